"""The `nongthon` console script: a thin front for Django management commands.

`nongthon units find ...` runs the `units` management command, and so on; `nongthon
manage ...` passes anything through to Django's own commands (migrate, createsuperuser).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
    from django.core.management import execute_from_command_line

    if argv and argv[0] == "manage":
        argv = argv[1:]
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__.strip())
        print("\ncommands: demo, units, criteria, evaluate, extract, ingest, review, synth, manage")
        return
    execute_from_command_line(["nongthon", *argv])


if __name__ == "__main__":
    main()
