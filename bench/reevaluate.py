"""Full re-evaluation of every commune and year from the database, end to end (goal < 5 s).

What `nongthon evaluate --all` does, --repeat times: read every commune-year's input for 2016–2026
(`nongthon.criteria.cases.load_cases`: accepted criterion statuses, counts, figures, recognitions,
attributes), then evaluate each against the year's commune criteria set
(`nongthon.criteria.cases.evaluate_years`, shared out among --workers forked processes, by
default one per core). Prints the loading, the evaluation and the whole (wall
time, median and p95), the CPU time of this process and its workers for the whole (on PostgreSQL
the server's own work runs in its process, beside it), and one more pass in this process timing
each evaluation.

    .venv/bin/python bench/reevaluate.py [--scale province] [--keep /tmp/nt-bench] [--repeat 5]
    .venv/bin/python bench/reevaluate.py --database sqlite:///data/national.sqlite3 \\
        --database postgres://postgres@127.0.0.1:54329/nongthon_national    # databases built before
"""

from __future__ import annotations

import gc
import os
import time

from common import line

YEARS = range(2016, 2027)


def measure(args) -> None:
    from nongthon.criteria.cases import evaluate_years, load_cases
    from nongthon.evaluation import Status, evaluate

    loads, passes, totals, cpu, load_cpu = [], [], [], [], []
    clock = time.perf_counter
    summaries = []
    for _ in range(args.repeat):
        gc.collect()
        t0, c0 = clock(), _cpu()
        work = load_cases(YEARS)
        t1, c1 = clock(), _cpu()
        gc.freeze()  # as the command does: the loaded cases are not walked by later collections
        summaries = evaluate_years(work, args.workers)
        t2 = clock()
        cpu.append(_cpu() - c0)
        load_cpu.append(c1 - c0)
        gc.unfreeze()
        loads.append(t1 - t0)
        passes.append(t2 - t1)
        totals.append(t2 - t0)
    n = sum(s.evaluated for s in summaries)
    print(f"{n:,} commune-years; meeting the set {sum(s.met for s in summaries):,}, "
          f"eligible {sum(s.eligible for s in summaries):,}")
    print(line("reading the cases (load_cases)", loads, "s"))
    print(line(f"evaluating them ({n:,} evaluations)", passes, "s"))
    print(line("END TO END (read + evaluate), wall", totals, "s"))
    print(line("reading, CPU time of this process (its threads included)", load_cpu, "s"))
    print(line(f"end to end, CPU time of this process and its {args.workers} evaluating workers", cpu, "s"))
    per_eval, eligible = [], 0
    for year_cases in work:  # one more pass, timing each evaluation
        cset = year_cases.criteria_set
        for case in year_cases.cases:
            t = clock()
            eligible += evaluate(cset, case.attributes, case.known).tier_status is Status.MET
            per_eval.append(clock() - t)
    assert eligible == sum(s.eligible for s in summaries)
    print(line("one evaluation (verdict and tier eligibility)", per_eval, "µs"))
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the evaluating workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def extra(p):
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--workers", type=int, default=1,
                   help="processes evaluating (as `nongthon evaluate --all --workers`; default 1, as there)")


if __name__ == "__main__":
    from common import run

    run(__doc__.splitlines()[0], measure, extra)
