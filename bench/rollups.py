"""Roll-up queries at national scale: the country, a province, a district (goal p95 < 50 ms).

Also the write path: refreshing one commune's summaries after a change (`refresh_rollups`).

    .venv/bin/python bench/rollups.py [--scale province] [--keep /tmp/nt-bench] [--repeat 200]
"""

from __future__ import annotations

import random

from common import line, run, timed


def measure(args) -> None:
    from nongthon.rollups import queries
    from nongthon.rollups.models import UnitYearSummary
    from nongthon.rollups.operations import refresh_rollups

    rng = random.Random(args.seed)
    provinces = list(UnitYearSummary.objects.filter(level="tinh", year=2025, communes__gt=0)
                     .values_list("unit_id", flat=True))
    districts = list(UnitYearSummary.objects.filter(level="huyen", year=2025, communes__gt=0)
                     .values_list("unit_id", flat=True))
    communes = list(UnitYearSummary.objects.filter(level="xa", year=2025).values_list("key", flat=True))
    years = list(range(2016, 2027))

    def country():
        v = queries.country(rng.choice(years))
        assert v.summary is not None

    def province():
        queries.province(rng.choice(provinces), rng.choice(years[:-1]))

    def district():
        queries.district(rng.choice(districts), rng.choice(years[:-1]))

    for name, fn in (("country (its provinces)", country), ("province (its districts)", province),
                     ("district (its communes)", district)):
        fn()  # warm the connection and caches
        print(line(name, timed(fn, args.repeat)))
    refresh = timed(lambda: refresh_rollups([rng.choice(communes)], [2025]), max(10, args.repeat // 10))
    print(line("refresh_rollups(one commune, 2025)", refresh))
    top = queries.country(2025).summary
    print(f"2025: {top.communes} communes, {top.dat_chuan} recognised ({top.dat_chuan / top.communes:.1%}), "
          f"{top.criteria_sum / max(1, top.criteria_known):.2f} criteria on average")


def extra(p):
    p.add_argument("--repeat", type=int, default=200)


if __name__ == "__main__":
    run(__doc__.splitlines()[0], measure, extra)
