"""The demo data builder: one function shared by `nongthon demo` and the tests."""

from __future__ import annotations

import sys

from django.core.management import call_command


def prepare_demo(stdout=None) -> None:
    """Migrate the database and load the registry, then the seed documents when present.

    Each step is idempotent, so running the demo twice keeps one copy of everything.
    """
    out = stdout or sys.stdout
    call_command("migrate", interactive=False, verbosity=0)
    call_command("units", "load", "--if-empty", stdout=out)
