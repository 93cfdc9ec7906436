"""Page and API timings: median and p95 per page in milliseconds, rendered and from the page cache.

Every web page a visitor can open and every API list, requested with Django's test client against the
database the settings point at (DATABASE_URL, else the demo database of NONGTHON_DATA_DIR), read-only.
Each page is requested once to warm up, then `--runs` times with the page cache off ("render": what
the first visitor after a change waits; also its CPU time in this process) and `--runs` times with it
on ("cached": every later anonymous visitor). The process starts as the server does
(`nongthon.web.startup.prepare_to_serve`: caches warmed, heap frozen out of garbage collection).
Goal: p95 < 150 ms. Also printed: the machine's cores and load average, the engine, the dataset.

    NONGTHON_DATA_DIR=data/demo nongthon demo --prepare-only          # the demo database
    NONGTHON_DATA_DIR=data/demo .venv/bin/python bench/web.py
    .venv/bin/python bench/web.py --database sqlite:///data/national.sqlite3 \\
        --database postgres://postgres@127.0.0.1:54329/nongthon_national   # each in its own process

`--database` may be given several times; each database is measured in a process of its own.
`--only TEXT` (repeatable) measures the pages whose name contains TEXT, e.g. `--only overview`.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def pages() -> list[tuple[str, str]]:
    """The pages and API lists to time, with real keys taken from the database."""
    from django.db.models import Count

    from nongthon.documents.models import Document
    from nongthon.units.models import Unit

    out = [
        ("home (redirect)", "/"),
        ("overview: country", "/overview/"),
        ("overview: country 2025-06-30", "/overview/?on=2025-06-30"),
        ("overview: Lạng Sơn", "/overview/20/"),
        ("overview: Lạng Sơn 2025-06-30", "/overview/20/?on=2025-06-30"),
    ]
    largest = (Unit.objects.filter(level="tinh", valid_to__isnull=True)
               .annotate(n=Count("children")).order_by("-n", "code").first())
    if largest is not None and largest.code != "20":
        out.append((f"overview: largest ({largest.code})", f"/overview/{largest.code}/"))
    out += [
        ("heatmap: Lạng Sơn", "/overview/20/criteria/"),
        ("heatmap: Lạng Sơn 2025-06-30", "/overview/20/criteria/?on=2025-06-30"),
        ("unit list: provinces", "/units/"),
        ("unit list: communes p.1", "/units/?level=xa"),
        ("unit search 'nhat tien'", "/units/?q=nhat+tien"),
    ]
    units = [
        ("unit: province", Unit.objects.filter(level="tinh", code="20", valid_to__isnull=True)),
        ("unit: district", Unit.objects.filter(level="huyen", parent__code="20")),
        ("unit: commune before 2025", Unit.objects.filter(level="xa", kind="xa", parent__parent__code="20")),
        ("unit: commune after 2025", Unit.objects.filter(level="xa", kind="xa", parent__code="20",
                                                          valid_to__isnull=True)),
    ]
    for name, qs in units:
        unit = qs.order_by("code").first()
        if unit is not None:
            out.append((name, f"/units/{unit.key}/"))
            if name == "unit: commune after 2025":  # with the rows of the communes it continues
                out.append((f"{name} ?predecessors=1", f"/units/{unit.key}/?predecessors=1"))  # last years
                out.append((f"{name} ?predecessors=all", f"/units/{unit.key}/?predecessors=all"))
    out += [("criteria sets", "/criteria/"), ("criteria set qd-318-2022-xa", "/criteria/qd-318-2022-xa/"),
            ("documents", "/documents/"), ("documents search", "/documents/?q=nong+thon+moi")]
    document = Document.objects.order_by("-date", "doc_id").first()
    if document is not None:
        out.append(("document", f"/documents/{document.pk}/"))
    out += [("review (anonymous)", "/review/"), ("API docs", "/api/docs/")]
    out += [(f"api {name}", f"/api/{name}/?limit=100") for name in
            ("units", "criteria-sets", "observations", "recognitions", "documents", "facts")]
    out.append(("api units ?level=xa", "/api/units/?level=xa&limit=100"))
    return out


class FullCollections:
    """The interpreter's full (generation 2) garbage collections during the run and their durations."""

    def __init__(self):
        self.durations: list[float] = []
        self._start = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.durations.append((time.perf_counter() - self._start) * 1000)


def timings(client, path: str, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of this process per request (CPU time leaves out waiting for a
    core on a loaded machine, and PostgreSQL's own work)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(path)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def measure(runs: int, only: list[str]) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from nongthon.synth.models import Dataset
    from nongthon.web.startup import prepare_to_serve

    setup_test_environment()  # allows the test client's 'testserver' host
    prepare_to_serve()  # what the WSGI entry point does at start: warm caches, collect, gc.freeze()
    engine = connection.vendor
    dataset = Dataset.objects.first()
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; "
          f"engine: {engine}; database: {settings.DATABASES['default']['NAME']}; "
          f"data: {dataset.label if dataset else 'no synthetic dataset'}; {runs} runs per page")
    client = Client()
    collections = FullCollections()
    gc.callbacks.append(collections)
    header = (f"{'page':34} {'status':>6} {'queries':>7} {'render median':>13} {'p95':>7} {'cpu median':>10} "
              f"{'cached median':>13} {'p95':>7}")
    print(header)
    over = []
    for name, path in pages():
        if only and not any(part in name for part in only):
            continue
        settings.NONGTHON_PAGE_CACHE = False
        with CaptureQueriesContext(connection) as context:
            status = client.get(path).status_code
        queries = len(context.captured_queries)
        rendered, cpu = timings(client, path, runs)
        settings.NONGTHON_PAGE_CACHE = True
        client.get(path)
        cached, _ = timings(client, path, runs)
        p95_render, p95_cached = percentile(rendered, 0.95), percentile(cached, 0.95)
        print(f"{name:34} {status:>6} {queries:>7} {statistics.median(rendered):>13.1f} {p95_render:>7.1f} "
              f"{statistics.median(cpu):>10.1f} {statistics.median(cached):>13.1f} {p95_cached:>7.1f}")
        if p95_cached >= 150 or p95_render >= 150:
            over.append(f"{name} (render p95 {p95_render:.0f} ms, cached p95 {p95_cached:.0f} ms)")
    gc.callbacks.remove(collections)
    durations = collections.durations
    print(f"full garbage collections: {len(durations)}" + (
        f", median {statistics.median(durations):.1f} ms, longest {max(durations):.1f} ms" if durations else ""))
    print("p95 at or over 150 ms: " + ("; ".join(over) if over else "none"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--database", action="append", default=[],
                        help="a database URL to measure (repeatable); default: the settings' database")
    parser.add_argument("--only", action="append", default=[],
                        help="measure only the pages whose name contains this text (repeatable)")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
    if len(args.database) > 1 or (args.database and os.environ.get("DATABASE_URL") != args.database[0]):
        for url in args.database:
            subprocess.run([sys.executable, __file__, "--runs", str(args.runs), "--database", url,
                            *(f"--only={part}" for part in args.only)],
                           env={**os.environ, "DATABASE_URL": url}, check=True)
        return 0
    measure(args.runs, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
