"""Speed of the registry: resolutions per second and scanner throughput, on one core.

    .venv/bin/python bench/units.py [--rounds 5]

Reads the seed articles in ../shared/seeds at bench time (never at run time). Prints the median
of the rounds and the goals: ≥ 50,000 resolutions/s, ≥ 20 MB/s scanning, load well under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nongthon.registry import load_registry  # noqa: E402
from nongthon.registry.store import kind_name  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def name_mix(reg, n: int, rnd: random.Random) -> list[tuple[str, str | None, dt.date | None]]:
    """Names as people write them: bare, with level words, unaccented, misspelt, with parents."""
    units = [u for u in reg.units if u.level != "thon"]
    out = []
    for _ in range(n):
        u = rnd.choice(units)
        form = rnd.randrange(6)
        on = rnd.choice([None, dt.date(2019, 6, 1), dt.date(2022, 1, 1), dt.date(2024, 6, 1)])
        parent = None
        if form == 0:
            text = u.name
        elif form == 1:
            text = kind_name(u)
        elif form == 2:
            text = kind_name(u).upper()
        elif form == 3:
            from nongthon.registry.text import plain_key

            text = plain_key(u.name).title()
        elif form == 4:
            text = u.name
            anc = reg.ancestors(u.key)
            parent = anc[0].name if anc else None
        else:
            text = rnd.choice(["Nhất Tiến", "Sỹ Bình", "TP. Lạng Sơn", "Tân Lập", "không có tên này", "Hoà Bình"])
        out.append((text, parent, on))
    return out


def synthetic_text(reg, size: int, rnd: random.Random, density: float) -> str:
    """Report-like prose; `density` is the share of phrases that name a unit (0.05 gives about the
    mentions per MB of the seed articles, 0.15 about four times as many)."""
    words = ("Ủy ban nhân dân", "triển khai", "xây dựng nông thôn mới", "đạt chuẩn", "tiêu chí",
             "năm 2024", "người dân", "thu nhập bình quân", "hộ nghèo", "giao thông", "an toàn", "đoàn kết")
    units = [u for u in reg.units if u.level != "thon"]
    parts = []
    total = 0
    while total < size:
        if rnd.random() < density:
            u = rnd.choice(units)
            piece = kind_name(u) if rnd.random() < 0.7 else u.name
        else:
            piece = rnd.choice(words)
        parts.append(piece)
        total += len(piece) + 2
    return ", ".join(parts) + "."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--names", type=int, default=50_000)
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    reg = load_registry()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    scanner = reg.scanner()
    scanner_s = time.perf_counter() - t0
    rnd = random.Random(20250701)
    names = name_mix(reg, args.names, rnd)
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    corpus = (seeds + "\n\n") * max(1, 2_000_000 // max(1, len(seeds))) if seeds else ""
    synthetic = synthetic_text(reg, 2_000_000, rnd, 0.05)
    dense = synthetic_text(reg, 2_000_000, rnd, 0.15)

    res_rates, seed_rates, syn_rates, dense_rates, res_cpu, syn_cpu = [], [], [], [], [], []
    for _ in range(args.rounds):
        t, c = time.perf_counter(), time.process_time()
        for text, parent, on in names:
            reg.resolve(text, parent=parent, on=on)
        res_rates.append(len(names) / (time.perf_counter() - t))
        res_cpu.append(len(names) / (time.process_time() - c))
        if corpus:
            t = time.perf_counter()
            scanner.find(corpus)
            seed_rates.append(len(corpus.encode()) / 1e6 / (time.perf_counter() - t))
        t, c = time.perf_counter(), time.process_time()
        mentions = scanner.find(synthetic)
        syn_rates.append(len(synthetic.encode()) / 1e6 / (time.perf_counter() - t))
        syn_cpu.append(len(synthetic.encode()) / 1e6 / (time.process_time() - c))
        t = time.perf_counter()
        dense_mentions = scanner.find(dense)
        dense_rates.append(len(dense.encode()) / 1e6 / (time.perf_counter() - t))

    print(f"registry load:      {load_s:.2f} s ({len(reg):,} units, {len(reg.events):,} events); "
          f"scanner build {scanner_s:.2f} s")
    print(f"resolutions/s:      {statistics.median(res_rates):,.0f}  (median of {args.rounds}; goal ≥ 50,000)")
    if seed_rates:
        print(f"scan seeds MB/s:    {statistics.median(seed_rates):.1f}  "
              f"({len(corpus.encode()) / 1e6:.1f} MB of {len(list(SEEDS.glob('*.txt')))} articles repeated; goal ≥ 20)")
    print(f"scan synthetic MB/s:{statistics.median(syn_rates):.1f}  "
          f"({len(synthetic.encode()) / 1e6:.1f} MB, {len(mentions):,} mentions; goal ≥ 20)")
    print(f"per CPU second:     {statistics.median(res_cpu):,.0f} resolutions, "
          f"{statistics.median(syn_cpu):.1f} MB synthetic (less sensitive to a busy machine)")
    print(f"scan dense MB/s:    {statistics.median(dense_rates):.1f}  "
          f"({len(dense.encode()) / 1e6:.1f} MB, {len(dense_mentions):,} mentions: a stress case, no goal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
