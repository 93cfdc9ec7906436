"""Benchmark the evaluator on a synthetic national dataset.

10,600 communes × 57 numeric indicators × 10 years, all in memory. The set is synthetic (the
shipped 2021–2025 set has its thresholds as gaps): 19 criteria of 3 indicators each, every
threshold set per region and year, so every comparison runs. Prints the wall time of the whole
run and the median time of one evaluation.

    .venv/bin/python bench/evaluate.py [--communes 10600] [--years 10]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from array import array

from nongthon.evaluation import KnownData, UnitAttributes, evaluate, load_set_text
from nongthon.evaluation.regions import REGIONS

CRITERIA, PER_CRITERION, FIRST_YEAR = 19, 3, 2016


def synthetic_set_yaml(years: int) -> str:
    lines = [
        "id: bench-synthetic", "title: Bộ tiêu chí tổng hợp để đo tốc độ",
        "legal_basis: {number: bench, date: 2022-03-08, issuer: bench}",
        f"period: {{from: {FIRST_YEAR}, to: {FIRST_YEAR + years - 1}}}", "scope: xa", "tier: dat_chuan",
        "flag_regions: {dbkk: tdmnpb, atk: tdmnpb}", "criteria:",
    ]
    rng = random.Random(1)
    for c in range(1, CRITERIA + 1):
        lines += [f'  - id: "{c}"', f"    name: Tiêu chí {c}", "    indicators:"]
        for i in range(1, PER_CRITERION + 1):
            rule = ">=" if (c + i) % 4 else "<="
            lines += [f'      - id: "{c}.{i}"', f"        name: Chỉ tiêu {c}.{i}", f'        rule: "{rule}"',
                      '        unit: "%"', "        thresholds:"]
            for region in REGIONS:
                for year in range(FIRST_YEAR, FIRST_YEAR + years):
                    value = round(rng.uniform(40, 60), 1)
                    lines.append(f"          - {{region: {region}, year: {year}, value: {value}, "
                                 "verified: true, source: bench}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=10_600)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()

    t0 = time.perf_counter()
    cset = load_set_text(synthetic_set_yaml(args.years), "<bench>")
    ids = [i.id for c in cset.criteria for i in c.indicators]
    n = len(ids)
    t_load = time.perf_counter() - t0

    rng = random.Random(7)
    regions = list(REGIONS)
    units = []
    for k in range(args.communes):
        flags = frozenset({"dbkk"}) if rng.random() < 0.1 else frozenset()
        units.append(UnitAttributes(region=rng.choice(regions), flags=flags, code=f"{k:05d}"))
    data = array("d", (rng.uniform(30, 70) for _ in range(args.communes * args.years * n)))
    t_data = time.perf_counter() - t0 - t_load

    per_eval = []
    met = 0
    start = time.perf_counter()
    pos = 0
    clock = time.perf_counter
    for attrs in units:
        for y in range(args.years):
            known = KnownData(year=FIRST_YEAR + y, values=dict(zip(ids, data[pos:pos + n], strict=True)))
            pos += n
            t = clock()
            result = evaluate(cset, attrs, known)
            per_eval.append(clock() - t)
            met += result.met_count
    wall = time.perf_counter() - start

    sample = [evaluate(cset, units[k], KnownData(year=FIRST_YEAR, values=dict(zip(ids, data[k * n:(k + 1) * n], strict=True))))
              for k in range(min(1000, args.communes))]
    t = time.perf_counter()
    reasons = sum(len(c.reason) for r in sample for c in r.criteria)
    t_reasons = (time.perf_counter() - t) / len(sample)

    count = len(per_eval)
    print(f"set: {len(cset.criteria)} criteria, {n} indicators, "
          f"{sum(len(i.thresholds) for c in cset.criteria for i in c.indicators)} thresholds (loaded in {t_load:.2f} s)")
    print(f"data: {args.communes} communes × {n} indicators × {args.years} years = {args.communes * n * args.years:,} "
          f"numbers (built in {t_data:.2f} s)")
    print(f"evaluations: {count:,}; wall {wall:.2f} s (incl. building each year's value mapping); "
          f"evaluator only {sum(per_eval):.2f} s")
    print(f"per evaluation: median {statistics.median(per_eval) * 1e6:.1f} µs, "
          f"p99 {sorted(per_eval)[int(count * 0.99)] * 1e6:.1f} µs; criteria met on average {met / count:.2f}")
    print(f"reasons on demand: {t_reasons * 1e6:.0f} µs per evaluation for all {CRITERIA} criteria "
          f"({reasons / len(sample):.0f} characters)")


if __name__ == "__main__":
    main()
