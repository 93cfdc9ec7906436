"""Criteria heatmap timings: the page (rendered, page cache off) and the evaluator's part alone.

Median and p95 in milliseconds per province and year, with the number of cells a source asserts
and the number the evaluator computes, and for comparison the time to read only the asserted
statuses (what the page did before it asked the evaluator), on the database the settings point
at (DATABASE_URL):

    .venv/bin/python bench/heatmap.py --database sqlite:///data/national.sqlite3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def asserted_only(communes, set_id: str, year: int) -> dict:
    """The accepted statuses of the communes for the set and year: one query, no evaluator."""
    from nongthon.monitoring.choices import ReviewStatus
    from nongthon.monitoring.models import CriterionStatus

    rows = (CriterionStatus.objects.filter(unit_id__in=[c.pk for c in communes], criteria_set_id=set_id, year=year)
            .order_by("id").values_list("unit_id", "criterion_id", "met", "status"))
    return {(u, c): met for u, c, met, status in rows if status == ReviewStatus.ACCEPTED}


def measure(runs: int, provinces: list[str]) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from nongthon.evaluation import load_set
    from nongthon.web import queries
    from nongthon.web.evaluations import heatmap_cells
    from nongthon.web.views.heatmap import _sets

    setup_test_environment()
    settings.NONGTHON_PAGE_CACHE = False
    client = Client()
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; "
          f"engine: {connection.vendor}; {runs} runs each")
    print(f"{'page':48} {'communes':>8} {'asserted':>8} {'computed':>8} "
          f"{'page median':>11} {'p95':>6} {'cells median':>12} {'p95':>6} {'asserted only':>13} {'p95':>6}")
    import datetime as dt

    for code in provinces:
        for on, year in ((dt.date(2025, 6, 30), 2024), (dt.date(2026, 11, 1), 2026)):
            path = f"/overview/{code}/criteria/?on={on.isoformat()}&year={year}"
            province = queries.province(code, on)
            if province is None:
                continue
            communes = list(queries.communes_of(province, on))
            chosen = _sets(year)[0]
            cells = heatmap_cells(communes, load_set(chosen.id), year)
            asserted = sum(c.basis == "source" for c in cells.values())
            computed = len(cells) - asserted
            client.get(path)  # warm-up
            page, part, plain = [], [], []
            for _ in range(runs):
                start = time.perf_counter()
                client.get(path)
                page.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                heatmap_cells(communes, chosen, year)
                part.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                asserted_only(communes, chosen.id, year)
                plain.append((time.perf_counter() - start) * 1000)
            print(f"{path:48} {len(communes):>8} {asserted:>8} {computed:>8} "
                  f"{statistics.median(page):>11.1f} {percentile(page, 0.95):>6.1f} "
                  f"{statistics.median(part):>12.1f} {percentile(part, 0.95):>6.1f} "
                  f"{statistics.median(plain):>13.1f} {percentile(plain, 0.95):>6.1f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--database", help="a database URL (default: the settings' database)")
    parser.add_argument("--province", action="append", default=[], help="province code (repeatable; default 20, 01)")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
    if args.database:
        os.environ["DATABASE_URL"] = args.database
    measure(args.runs, args.province or ["20", "01"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
