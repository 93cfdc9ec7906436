"""Full re-evaluation of every commune and year from the database, end to end (goal < 5 s).

What `nongthon evaluate --all` does, --repeat times: read every commune-year's input for 2016–2026
(`nongthon.criteria.cases.load_cases`: accepted criterion statuses, counts, figures, recognitions,
attributes), then evaluate each against the year's commune criteria set
(`nongthon.criteria.cases.evaluate_year`). Prints the loading, the evaluation and the whole (wall
time, median and p95), the CPU time of this process for the whole (on PostgreSQL the server's own
work runs in its process, beside it), and one more pass timing each evaluation.

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
    from nongthon.criteria.cases import evaluate_year, load_cases
    from nongthon.evaluation import Status, evaluate

    loads, passes, totals, cpu = [], [], [], []
    clock = time.perf_counter
    summaries = []
    for _ in range(args.repeat):
        gc.collect()
        t0, c0 = clock(), time.process_time()
        work = load_cases(YEARS)
        t1 = clock()
        gc.freeze()  # as the command does: the loaded cases are not walked by later collections
        summaries = [evaluate_year(year_cases) for year_cases in work]
        t2 = clock()
        cpu.append(time.process_time() - c0)
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
    print(line("end to end, CPU time of this process", cpu, "s"))
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


def extra(p):
    p.add_argument("--repeat", type=int, default=5)


if __name__ == "__main__":
    from common import run

    run(__doc__.splitlines()[0], measure, extra)
