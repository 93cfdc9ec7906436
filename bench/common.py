"""Shared set-up of the national benchmarks: a database of their own, the synthetic country, timings.

Each bench builds (or, with --keep DIR, reuses) a SQLite database in a temporary directory, fills it
with `nongthon synth` at the asked scale, and measures; when BENCH_DATABASE_URL is set it runs again
on that PostgreSQL database (which it owns: synthetic rows there are replaced).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--scale", choices=["national", "province"], default="national")
    p.add_argument("--province", default="20", help="province code for --scale province (default 20, Lạng Sơn)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--keep", help="directory to keep the SQLite database in and reuse it on the next run")
    p.add_argument("--engine", choices=["sqlite", "postgres"], help="run on one engine only")
    p.add_argument("--database", action="append", default=[],
                   help="measure this database as it is, built and migrated before (repeatable; each in a process "
                        "of its own); instead of building one")
    return p


def run(description: str, measure, extra=None) -> None:
    """Parse arguments; run `measure(args)` on SQLite, and on PostgreSQL when BENCH_DATABASE_URL is set."""
    p = parser(description)
    if extra:
        extra(p)
    args = p.parse_args()
    if args.database:
        if not os.environ.get("NONGTHON_BENCH_DATABASE"):
            for url in args.database:
                subprocess.run([sys.executable, sys.argv[0], *sys.argv[1:]], check=True,
                               env={**os.environ, "DATABASE_URL": url, "NONGTHON_BENCH_DATABASE": url})
            return
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
        import django

        django.setup()
        header(os.environ["NONGTHON_BENCH_DATABASE"])
        measure(args)
        return
    if args.engine is None:
        engines = ["sqlite"] + (["postgres"] if os.environ.get("BENCH_DATABASE_URL") else [])
        for engine in engines:
            subprocess.run([sys.executable, sys.argv[0], *sys.argv[1:], "--engine", engine], check=True)
        return
    with tempfile.TemporaryDirectory(prefix="nongthon-bench-") as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.engine == "postgres":
            url = os.environ["BENCH_DATABASE_URL"]
        else:
            url = f"sqlite:///{folder / f'bench-{args.scale}-{args.seed}.sqlite3'}"
        prepare(url, folder, args)
        measure(args)


def prepare(url: str, folder: Path, args) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("NONGTHON_DATA_DIR", str(folder))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nongthon.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from nongthon.synth.builder import Options, build
    from nongthon.synth.models import Dataset

    call_command("migrate", verbosity=0, interactive=False)
    province = args.province if args.scale == "province" else ""
    label_end = f"{args.scale}" + (f"-{province}" if province else "") + f":seed={args.seed}"
    existing = Dataset.objects.first()
    header(url)
    if existing is not None and existing.label.endswith(label_end):
        print(f"dataset: {existing.label} (reused; built in {existing.seconds:.0f} s)")
        return
    started = time.perf_counter()
    report = build(Options(scale=args.scale, province=province, seed=args.seed),
                   log=lambda message: print(message, file=sys.stderr))
    rows = sum(v for k, v in report.rows.items() if not k.startswith("rollups."))
    print(f"dataset: {report.label}, {rows:,} rows built in {time.perf_counter() - started:.0f} s")


def header(url: str) -> None:
    engine = "postgresql" if url.startswith("postgres") else "sqlite"
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load}; engine: {engine}; python {sys.version.split()[0]}")


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return samples


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def line(name: str, samples: list[float], unit: str = "ms") -> str:
    scale = {"ms": 1e3, "s": 1.0, "µs": 1e6}[unit]
    return (f"{name}: median {statistics.median(samples) * scale:.2f} {unit}, "
            f"p95 {percentile(samples, 0.95) * scale:.2f} {unit} (n={len(samples)})")
