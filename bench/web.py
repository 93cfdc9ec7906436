"""Page timings with Django's test client: median and 95th percentile per page, in milliseconds.

    NONGTHON_DATA_DIR=/tmp/bench nongthon demo --prepare-only
    NONGTHON_DATA_DIR=/tmp/bench python bench/web.py [--runs 20]

Runs against the database the settings point at (the demo database by default), read-only.
Each page is requested once to warm caches, then `--runs` times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def pages() -> list[tuple[str, str]]:
    """The pages to time, with real keys taken from the database."""
    from nongthon.units.models import Unit

    out = [("home", "/"), ("overview (country)", "/overview/"), ("overview 20", "/overview/20/"),
           ("overview 20 before 2025", "/overview/20/?on=2025-06-30"), ("unit search", "/units/?q=nhat+tien"),
           ("documents", "/documents/"), ("documents search", "/documents/?q=nong+thon+moi"),
           ("review", "/review/"), ("criteria", "/criteria/"), ("api units", "/api/units/?level=xa&limit=100"),
           ("api facts", "/api/facts/?limit=100")]
    commune = Unit.objects.filter(level="xa", parent__parent__code="20").order_by("code").first()
    if commune is not None:
        out.append(("unit (commune)", f"/units/{commune.key}/"))
    district = Unit.objects.filter(level="huyen", parent__code="20").order_by("code").first()
    if district is not None:
        out.append(("unit (district)", f"/units/{district.key}/"))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # allows the test client's 'testserver' host
    client = Client()
    print(f"{'page':32} {'status':>6} {'median ms':>10} {'p95 ms':>8}")
    for name, path in pages():
        status = client.get(path).status_code
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        print(f"{name:32} {status:>6} {statistics.median(timings):>10.1f} {percentile(timings, 0.95):>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
