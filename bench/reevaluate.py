"""Full re-evaluation of every commune and year from the database (goal < 5 s for the evaluation).

Reads the accepted rows of every year in bulk (criteria statuses, reported counts, observations of
the set's indicators, recognitions), then runs `nongthon.evaluation.evaluate` on every commune ×
year of the synthetic country. Loading and evaluating are timed apart; the evaluation pass runs
--repeat times.

    .venv/bin/python bench/reevaluate.py [--scale province] [--keep /tmp/nt-bench] [--repeat 3]
"""

from __future__ import annotations

import time

from common import line, run


def load_year(year: int):
    from django.db.models import Q

    from nongthon import evaluation as ev
    from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus
    from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Observation, Recognition
    from nongthon.registry import region_of
    from nongthon.rollups.hierarchy import commune_set_for, hierarchy
    from nongthon.units.models import Unit

    set_id = commune_set_for(year)
    cset = ev.load_set(set_id)
    h = hierarchy(year)
    codes = dict(Unit.objects.filter(level="tinh").values_list("id", "code"))
    accepted = {"status": ReviewStatus.ACCEPTED}
    statuses: dict[int, dict] = {}
    for uid, cid, met in CriterionStatus.objects.filter(**accepted, year=year, criteria_set_id=set_id).values_list(
            "unit_id", "criterion_id", "met").iterator(chunk_size=20000):
        statuses.setdefault(uid, {})[cid] = met
    counts = {uid: (a, t) for uid, a, t in CriteriaCount.objects.filter(**accepted, year=year).exclude(
        total=None).values_list("unit_id", "achieved", "total")}
    values: dict[int, dict] = {}
    for uid, ind, value in Observation.objects.filter(**accepted, year=year, indicator__criteria_set_id=set_id).values_list(
            "unit_id", "indicator__criteria_indicator_id", "value").iterator(chunk_size=20000):
        values.setdefault(uid, {})[ind] = float(value)
    rank = {t.value: i for i, t in enumerate(TIER_ORDER)}
    recognitions: dict[int, tuple] = {}
    for uid, tier, y, number in Recognition.objects.filter(**accepted, year__lte=year).filter(
            Q(revoked=False)).values_list("unit_id", "tier", "year", "decision_number"):
        if uid not in recognitions or rank[tier] > rank[recognitions[uid][0]]:
            recognitions[uid] = (tier, y, number)
    cases = []
    for cid, (_d, p) in h.communes.items():
        if cid not in statuses and cid not in counts:
            continue
        rec = recognitions.get(cid)
        known = ev.KnownData(
            year=year, values=values.get(cid, {}), criterion_status=statuses.get(cid, {}),
            asserted_count=counts.get(cid),
            recognition=ev.Recognition(tier=ev.Tier(rec[0]), decision=rec[2] or None, year=rec[1]) if rec else None,
        )
        attrs = ev.UnitAttributes(region=region_of(codes[p]) if p in codes else None, code=str(cid))
        cases.append((attrs, known))
    return cset, cases


def measure(args) -> None:
    from nongthon.evaluation import evaluate

    started = time.perf_counter()
    work = [load_year(year) for year in range(2016, 2027)]
    load = time.perf_counter() - started
    n = sum(len(cases) for _c, cases in work)
    print(f"loaded {n:,} commune-years from the database in {load:.1f} s")
    passes, per_eval = [], []
    met = 0
    clock = time.perf_counter
    for _ in range(args.repeat):
        t0 = clock()
        met = 0
        for cset, cases in work:
            for attrs, known in cases:
                t = clock()
                result = evaluate(cset, attrs, known)
                per_eval.append(clock() - t)
                met += result.met_count
        passes.append(clock() - t0)
    print(line(f"full evaluation pass ({n:,} evaluations)", passes, "s"))
    print(line("one evaluation", per_eval, "µs"))
    print(f"criteria met on average: {met / max(1, n):.2f}")


def extra(p):
    p.add_argument("--repeat", type=int, default=3)


if __name__ == "__main__":
    run(__doc__.splitlines()[0], measure, extra)
