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
    for path in heatmap_paths():
        out.write(f"Bản đồ nhiệt tiêu chí có kết quả do bộ đánh giá tính từ bài báo mẫu: {path}\n")


def heatmap_paths() -> list[str]:
    """Heatmap pages where the evaluator has something to show: the province and year of each accepted
    recognition of a commune (the seed articles give no per-criterion result, so other years stay unknown)."""
    from nongthon.monitoring.choices import ReviewStatus
    from nongthon.monitoring.models import Recognition

    paths = set()
    rows = (Recognition.objects.filter(status=ReviewStatus.ACCEPTED, revoked=False, year__isnull=False,
                                       unit__level="xa")
            .select_related("unit__parent__parent"))
    for row in rows:
        province = row.unit
        while province is not None and province.level != "tinh":
            province = province.parent
        if province is not None:
            on = f"{row.year}-12-31" if row.year < 2025 else "2025-06-30"
            paths.add(f"/overview/{province.code}/criteria/?on={on}&year={row.year}")
    return sorted(paths)
