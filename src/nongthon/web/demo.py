"""The demo data builder: one function shared by `nongthon demo` and the tests."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management import call_command
from django.db import transaction

SEEDS = Path(__file__).resolve().parent / "demo_data" / "seeds"


def prepare_demo(stdout=None) -> None:
    """Migrate the database and load the registry, then the seed documents when present.

    Each step is idempotent, so running the demo twice keeps one copy of everything.
    """
    out = stdout or sys.stdout
    call_command("migrate", interactive=False, verbosity=0)
    call_command("units", "load", "--if-empty", stdout=out)
    ingest_seed_articles(stdout=out)


def ingest_seed_articles(stdout=None) -> None:
    """Ingest the seed articles and accept their facts, so the monitoring data is populated.

    Accepting without review is for the demo only; facts whose unit cannot be pinned stay
    proposed, for the review page to show.
    """
    from nongthon.documents.operations import ReviewError, accept_fact, ingest_paths
    from nongthon.monitoring.choices import ReviewStatus

    out = stdout or sys.stdout
    accepted = left = 0
    with transaction.atomic():  # one commit for the whole step: the demo starts faster on SQLite
        summaries = ingest_paths(sorted(SEEDS.glob("*.txt")))
        for summary in summaries:
            for fact in summary.document.facts.filter(status=ReviewStatus.PROPOSED).order_by("id"):
                try:
                    accept_fact(fact)
                    accepted += 1
                except ReviewError:
                    left += 1
    new = sum(1 for s in summaries if s.new_document)
    out.write(f"Bài báo mẫu: {len(summaries)} tài liệu ({new} mới), {accepted} dữ kiện được chấp nhận, "
              f"{left} dữ kiện chờ duyệt.\n")
