"""Full re-evaluation of every commune and year from the database (goal < 5 s for the evaluation).

Reads the accepted rows of every year in bulk (criteria statuses, reported counts, observations of
the set's indicators, recognitions), then runs `nongthon.evaluation.evaluate` on every commune ×
year of the synthetic country. Loading and evaluating are timed apart; the evaluation pass runs
--repeat times.

    .venv/bin/python bench/reevaluate.py [--scale province] [--keep /tmp/nt-bench] [--repeat 3]
"""

from __future__ import annotations

import gc
import time

from common import line, run


def load_all(years: list[int]):
    """Every year's evaluation cases, from one scan of each table (the status filter applied here)."""
    from nongthon import evaluation as ev
    from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus
    from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Indicator, Observation, Recognition
    from nongthon.registry import region_of
    from nongthon.rollups.hierarchy import commune_set_for, hierarchy
    from nongthon.units.models import Unit

    ok = ReviewStatus.ACCEPTED
    sets = {y: commune_set_for(y) for y in years}
    statuses: dict[tuple, dict] = {}
    for uid, cid, met, year, set_id, status in CriterionStatus.objects.values_list(
            "unit_id", "criterion_id", "met", "year", "criteria_set_id", "status").iterator(chunk_size=50000):
        if status == ok and sets.get(year) == set_id:
            statuses.setdefault((year, uid), {})[cid] = met
    counts = {}
    for uid, year, achieved, total, status in CriteriaCount.objects.order_by("id").values_list(
            "unit_id", "year", "achieved", "total", "status").iterator(chunk_size=50000):
        if status == ok and total:
            counts[year, uid] = (achieved, total)
    tied = {pk: (set_id, ind) for pk, set_id, ind in Indicator.objects.exclude(criteria_set_id="").values_list(
        "id", "criteria_set_id", "criteria_indicator_id")}
    values: dict[tuple, dict] = {}
    for uid, ind_pk, year, value, status in Observation.objects.values_list(
            "unit_id", "indicator_id", "year", "value", "status").iterator(chunk_size=50000):
        if ind_pk in tied and status == ok and tied[ind_pk][0] == sets.get(year):
            values.setdefault((year, uid), {})[tied[ind_pk][1]] = float(value)
    rank = {t.value: i for i, t in enumerate(TIER_ORDER)}
    recs = [r for r in Recognition.objects.filter(status=ok, revoked=False).values_list(
        "unit_id", "tier", "year", "decision_number")]
    codes = dict(Unit.objects.filter(level="tinh").values_list("id", "code"))
    work = []
    for year in years:
        cset = ev.load_set(sets[year])
        best: dict[int, tuple] = {}
        for uid, tier, y, number in recs:
            if (y is None or y <= year) and (uid not in best or rank[tier] > rank[best[uid][0]]):
                best[uid] = (tier, y, number)
        cases = []
        for cid, (_d, p) in hierarchy(year).communes.items():
            if (year, cid) not in statuses and (year, cid) not in counts:
                continue
            rec = best.get(cid)
            known = ev.KnownData(
                year=year, values=values.get((year, cid), {}), criterion_status=statuses.get((year, cid), {}),
                asserted_count=counts.get((year, cid)),
                recognition=ev.Recognition(tier=ev.Tier(rec[0]), decision=rec[2] or None, year=rec[1]) if rec else None,
            )
            attrs = ev.UnitAttributes(region=region_of(codes[p]) if p in codes else None, code=str(cid))
            cases.append((attrs, known))
        work.append((cset, cases))
    return work


def measure(args) -> None:
    from nongthon.evaluation import evaluate

    started = time.perf_counter()
    work = load_all(list(range(2016, 2027)))
    load = time.perf_counter() - started
    n = sum(len(cases) for _c, cases in work)
    print(f"loaded {n:,} commune-years from the database in {load:.1f} s")
    # The loaded cases are long-lived: keep the cyclic collector from walking them at every pass.
    gc.collect()
    gc.freeze()
    passes, cpu, per_eval = [], [], []
    met = 0
    clock = time.perf_counter
    for _ in range(args.repeat):
        t0, c0 = clock(), time.process_time()
        met = 0
        for cset, cases in work:
            for attrs, known in cases:
                met += evaluate(cset, attrs, known).met_count
        passes.append(clock() - t0)
        cpu.append(time.process_time() - c0)
    for cset, cases in work:  # one more pass, timing each evaluation
        for attrs, known in cases:
            t = clock()
            evaluate(cset, attrs, known)
            per_eval.append(clock() - t)
    print(line(f"full evaluation pass ({n:,} evaluations), wall", passes, "s"))
    print(line("full evaluation pass, CPU time of this process", cpu, "s"))
    print(line("one evaluation", per_eval, "µs"))
    print(f"criteria met on average: {met / max(1, n):.2f}")


def extra(p):
    p.add_argument("--repeat", type=int, default=3)


if __name__ == "__main__":
    run(__doc__.splitlines()[0], measure, extra)
