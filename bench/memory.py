"""Memory of the server process at national scale: RSS after loading the main pages (goal < 500 MB).

Starts the WSGI application in a child process (wsgiref, one thread), requests the main pages —
home, country overview, every province overview, unit pages of communes, districts and provinces,
documents, criteria — and reads the child's resident memory (VmRSS, and the peak VmHWM) from /proc.

    .venv/bin/python bench/memory.py [--scale province] [--keep /tmp/nt-bench] [--units 60]
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from common import line, run

SERVER = """
import django, os, sys
from wsgiref.simple_server import make_server, WSGIRequestHandler
django.setup()
from django.core.wsgi import get_wsgi_application
class Quiet(WSGIRequestHandler):
    def log_message(self, *a):
        pass
make_server("127.0.0.1", int(sys.argv[1]), get_wsgi_application(), handler_class=Quiet).serve_forever()
"""


def _rss(pid: int) -> dict[str, int]:
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for row in f:
            if row.startswith(("VmRSS", "VmHWM")):
                name, value = row.split(":")
                out[name] = int(value.split()[0]) // 1024
    return out


def measure(args) -> None:
    from nongthon.rollups.models import UnitYearSummary
    from nongthon.units.models import Unit

    rng = random.Random(args.seed)
    today = list(Unit.objects.filter(level="tinh", valid_to__isnull=True).values_list("code", flat=True))
    before = list(Unit.objects.filter(level="tinh", valid_from__isnull=True).values_list("code", flat=True))
    keys = list(UnitYearSummary.objects.filter(year=2025, level__in=("xa", "huyen", "tinh"))
                .values_list("key", flat=True))
    pages = ["/", "/overview/", "/overview/?on=2025-06-30", "/documents/", "/criteria/", "/units/", "/review/"]
    pages += [f"/overview/{code}/" for code in today]
    pages += [f"/overview/{code}/?on=2025-06-30" for code in before]
    pages += [f"/units/{key}/" for key in rng.sample(keys, min(args.units, len(keys)))]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    child = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], env=os.environ.copy())
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/criteria/", timeout=60).read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        print(f"server started: {_rss(child.pid)['VmRSS']} MB")
        times, failed = [], {}
        for page in pages:
            t = time.perf_counter()
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{page}", timeout=120).read()
            except urllib.error.HTTPError as err:
                failed[page] = err.code
            times.append(time.perf_counter() - t)
        mem = _rss(child.pid)
        print(line(f"page load ({len(pages)} pages)", times))
        if failed:
            print(f"pages answering an error: {len(failed)}: {dict(list(failed.items())[:5])}")
        print(f"server RSS after the pages: {mem['VmRSS']} MB (peak {mem['VmHWM']} MB)")
    finally:
        child.terminate()
        child.wait()


def extra(p):
    p.add_argument("--units", type=int, default=60, help="how many unit pages to load")


if __name__ == "__main__":
    run(__doc__.splitlines()[0], measure, extra)
