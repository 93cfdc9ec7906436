"""Load on the public pages and the API, in process (Django's test client; no network), bounded in count.

    NONGTHON_DATA_DIR=/tmp/load .venv/bin/python bench/load.py [--requests 500] [--path /api/units/ ...]

Runs against the database of DATABASE_URL / NONGTHON_DATA_DIR (migrate it first, e.g. `nongthon demo`).
Prints, per path, the status codes, requests per second and the 50th/95th percentile latency,
with the whole middleware stack (CSP, audit, axes) in the loop.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

DEFAULT_PATHS = ["/", "/api/units/?level=tinh", "/api/observations/", "/api/recognitions/", "/accounts/login/"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500, help="requests per path (at most 100000)")
    parser.add_argument("--path", action="append", help="a path to load (repeatable)")
    args = parser.parse_args()
    count = max(1, min(args.requests, 100_000))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
    import django

    django.setup()
    from django.test import Client

    client = Client()
    for path in args.path or DEFAULT_PATHS:
        codes, times = Counter(), []
        started = time.perf_counter()
        for _ in range(count):
            t0 = time.perf_counter()
            codes[client.get(path).status_code] += 1
            times.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - started
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(f"{path:40} {dict(codes)}  {count / elapsed:8.1f} req/s  "
              f"p50 {statistics.median(times) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
