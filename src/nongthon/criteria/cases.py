"""Every commune's evaluation input for whole years, read in bulk: what `nongthon evaluate --all` judges.

A case is one programme commune of a year's hierarchy (`rollups.hierarchy`) against the year's
commune criteria set (`rollups.hierarchy.commune_set_for`), with the input the commune's page gives
the evaluator (`nongthon.web.evaluations`, `recognition_as_count`), from accepted rows only:

- criterion statuses of the set in the year (a later row of the same criterion wins);
- the reported criteria count of the year, when it has a total (the latest row wins);
- figures of the indicators tied to the set or the set it extends, the latest up to the year;
- the highest recognition decided up to the year and not revoked (of one tier, the first recorded);
  one decided in the year at the set's tier or above stands for every criterion met when no count
  was reported;
- the attributes of `criteria.attributes` (region of its province, attribute rows).

A commune without any of these is left out (every verdict would be unknown).

Reading (`load_cases`): one query per table, the review status, the set and the years filtered in
SQL, only the columns needed, through a raw cursor returning tuples. The 1.6 million criterion
statuses of the country are grouped per commune and year in the database (`group_concat` /
`string_agg` of the met and the unmet criteria), over the index holding every column read
(`monitoring_cs_covering`), so that Python receives 86 thousand rows instead of building 1.6
million tuples; they and the figures are read in threads beside the rest.

Evaluating (`evaluate_years`): each year's cases, shared out among forked workers if asked.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from django.db import DEFAULT_DB_ALIAS, connections

from nongthon import evaluation as ev
from nongthon.criteria.attributes import attribute_rows_on, attributes_on, evaluated_on
from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus
from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Indicator, Observation, Recognition
from nongthon.registry import region_of
from nongthon.rollups.hierarchy import commune_set_for, communes_by_year
from nongthon.units.models import Unit, UnitAttribute

#: Where the known data comes from, as the unit page says it.
SOURCE = "dữ liệu đã duyệt trong nongthon"
_RANK = {tier.value: i for i, tier in enumerate(TIER_ORDER)}
#: Between the criterion ids a group's statuses are joined with: a control character, which no id holds.
_SEPARATOR = "\x1f"


class Case(NamedTuple):
    unit_id: int
    attributes: ev.UnitAttributes
    known: ev.KnownData


@dataclass
class YearCases:
    year: int
    criteria_set: ev.CriteriaSet
    cases: list[Case]


def load_cases(years: Iterable[int]) -> list[YearCases]:
    """The cases of each year that has a commune criteria set, in year order (default database)."""
    years = sorted({y for y in years if commune_set_for(y)})
    if not years:
        return []
    with _collector_paused():
        return _load(years, connections[DEFAULT_DB_ALIAS])


@contextmanager
def _collector_paused():
    """Millions of objects are made and kept, none in a cycle: the cyclic garbage collector would walk
    all of them again and again while they are built (over a quarter of the reading at national scale)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load(years: list[int], conn) -> list[YearCases]:
    sets = {y: ev.load_set(commune_set_for(y)) for y in years}
    # The two largest reads go on beside this thread, which reads and builds the rest.
    statuses_read = _beside(conn, _statuses, sets)
    figures_read = _beside(conn, _Figures, {s.id for s in sets.values()} | {s.extends for s in sets.values()
                                                                           if s.extends}, years[-1])
    counts = _counts(conn, years)
    recognitions = _Recognitions(conn, years[-1])
    attributes = _Attributes()
    communes_of = communes_by_year(years)
    statuses, figures = statuses_read(), figures_read()
    out = []
    for year, communes in communes_of.items():
        cset = sets[year]
        statuses_of, counts_of = statuses.get(year, {}), counts.get(year, {})
        values_of = figures.up_to(year, {cset.id, cset.extends} - {None})
        best = recognitions.up_to(year)
        attributes_of = attributes.of_year(year)
        full = (cset.total, cset.total) if cset.total is not None else None
        cases = []
        for uid in communes:
            status = statuses_of.get(uid)
            count = counts_of.get(uid)
            values = values_of.get(uid)
            rec = best.get(uid)
            decided_now = rec is not None and rec.year == year
            if not (status or count or values or decided_now):
                continue
            if count is None and decided_now and full is not None and rec.tier.rank >= cset.tier.rank:
                count = full
            known = ev.KnownData(year=year, values=dict(values) if values else {}, criterion_status=status or {},
                                 asserted_count=count, recognition=rec, source=SOURCE)
            cases.append(Case(uid, attributes_of(uid), known))
        out.append(YearCases(year, cset, cases))
    return out


def _beside(conn, read, *args):
    """Start `read(connection, *args)` on a connection of its own in a thread and return a function that
    waits for its result: the database (or SQLite's C code, which lets go of the interpreter lock)
    works on it while this thread reads and builds the rest. Inside a transaction it runs here and
    now, since another connection would not see the transaction's own rows."""
    if conn.in_atomic_block:
        result = read(conn, *args)
        return lambda: result

    def work():
        own = connections[conn.alias]  # a thread gets connections of its own
        try:
            return read(own, *args)
        finally:
            own.close()

    executor = ThreadPoolExecutor(max_workers=1)
    future = executor.submit(work)

    def wait():
        try:
            return future.result()
        finally:
            executor.shutdown()  # the thread ended, before any worker is forked

    return wait


def _table(conn, model) -> str:
    """The table to read whole: SQLite is told to scan it, since its planner would rather walk the
    review-status index (one value for nearly every row) and fetch each row by id."""
    name = conn.ops.quote_name(model._meta.db_table)
    return f"{name} NOT INDEXED" if conn.vendor == "sqlite" else name


def _marks(values) -> str:
    return ", ".join(["%s"] * len(values))


def _statuses(conn, sets: dict[int, ev.CriteriaSet]) -> dict[int, dict[int, dict[str, bool]]]:
    """Accepted statuses of each year's set, by year and commune, grouped in SQL."""
    set_ids = sorted({cset.id for cset in sets.values()})
    concat = "group_concat" if conn.vendor == "sqlite" else "string_agg"
    table = conn.ops.quote_name(CriterionStatus._meta.db_table)
    # Grouped in the index's order (unit, set, year), so that the database reads the index alone. A
    # set of one year stated in another is dropped below: cheaper than pairing them in the filter.
    sql = (f"SELECT unit_id, criteria_set_id, year, {concat}(CASE WHEN met THEN criterion_id END, %s), "
           f"{concat}(CASE WHEN NOT met THEN criterion_id END, %s), COUNT(*) FROM {table} "
           f"WHERE status = %s AND criteria_set_id IN ({_marks(set_ids)}) AND year IN ({_marks(sets)}) "
           "GROUP BY unit_id, criteria_set_id, year")
    params = [_SEPARATOR, _SEPARATOR, ReviewStatus.ACCEPTED.value, *set_ids, *sets]
    set_of = {year: cset.id for year, cset in sets.items()}
    out: dict[int, dict[int, dict[str, bool]]] = {year: {} for year in sets}
    repeated = []
    # Communes often share a pattern (a quarter as many patterns as commune-years at national scale):
    # one dict per pattern, never changed after (the evaluator only reads it).
    patterns: dict[tuple, dict[str, bool]] = {}
    with conn.cursor() as cursor:
        cursor.execute(sql, params)
        for uid, set_id, year, met, not_met, n in cursor.fetchall():
            if set_of[year] != set_id:
                continue
            found = patterns.get((met, not_met))
            if found is None:
                found = dict.fromkeys(met.split(_SEPARATOR), True) if met else {}
                if not_met:
                    found.update(dict.fromkeys(not_met.split(_SEPARATOR), False))
                patterns[met, not_met] = found
            if len(found) != n:  # a criterion stated twice (or an id holding the separator): its rows in order
                repeated.append((uid, set_id, year))
            out[year][uid] = found
        for uid, set_id, year in repeated:
            cursor.execute(f"SELECT criterion_id, met FROM {table} WHERE unit_id = %s AND criteria_set_id = %s "
                           "AND year = %s AND status = %s ORDER BY id",
                           [uid, set_id, year, ReviewStatus.ACCEPTED.value])
            out[year][uid] = {criterion: bool(met) for criterion, met in cursor.fetchall()}
    return out


def _counts(conn, years: list[int]) -> dict[int, dict[int, tuple[int, int]]]:
    """The latest accepted count with a total, by year and commune."""
    sql = (f"SELECT unit_id, year, achieved, total FROM {_table(conn, CriteriaCount)} WHERE status = %s "
           f"AND total > 0 AND year IN ({_marks(years)}) ORDER BY id")
    out: dict[int, dict[int, tuple[int, int]]] = {year: {} for year in years}
    with conn.cursor() as cursor:
        cursor.execute(sql, [ReviewStatus.ACCEPTED.value, *years])
        for uid, year, achieved, total in cursor.fetchall():
            out[year][uid] = (achieved, total)
    return out


class _Figures:
    """Accepted figures of the indicators tied to some sets, replayed year after year.

    `up_to(year, set_ids)` gives each commune's latest figure of each indicator of those sets up to
    the year (in year, then id order); call it with increasing years.
    """

    def __init__(self, conn, set_ids: set[str], last_year: int):
        self.tied = {pk: (set_id, ident) for pk, set_id, ident in Indicator.objects.using(conn.alias).filter(
            criteria_set_id__in=set_ids).exclude(criteria_indicator_id="").values_list(
            "pk", "criteria_set_id", "criteria_indicator_id")}
        self.by_year: dict[int, list[tuple]] = {}
        if self.tied:
            # Put in id order here: PostgreSQL would rather walk the primary key than sort (twice the time).
            sql = (f"SELECT id, unit_id, indicator_id, year, CAST(value AS DOUBLE PRECISION) "
                   f"FROM {_table(conn, Observation)} WHERE status = %s "
                   f"AND indicator_id IN ({_marks(self.tied)}) AND year <= %s")
            with conn.cursor() as cursor:
                cursor.execute(sql, [ReviewStatus.ACCEPTED.value, *self.tied, last_year])
                rows = cursor.fetchall()
            for row in rows:
                self.by_year.setdefault(row[3], []).append(row)
            for bucket in self.by_year.values():
                bucket.sort()
        self.state: dict[frozenset, tuple[int, dict[int, dict[str, float]]]] = {}

    def up_to(self, year: int, set_ids: set[str]) -> dict[int, dict[str, float]]:
        key = frozenset(set_ids)
        done, latest = self.state.get(key, (-1, {}))
        wanted = {pk: ident for pk, (set_id, ident) in self.tied.items() if set_id in key}
        for y in sorted(y for y in self.by_year if done < y <= year):
            for _id, uid, pk, _y, value in self.by_year[y]:
                ident = wanted.get(pk)
                if ident is not None:
                    found = latest.get(uid)
                    if found is None:
                        latest[uid] = {ident: value}
                    else:
                        found[ident] = value
        self.state[key] = (year, latest)
        return latest


class _Recognitions:
    """Accepted, unrevoked recognitions; `up_to(year)` the highest of each commune decided up to the year
    (of one tier, the first recorded). Call it with increasing years."""

    def __init__(self, conn, last_year: int):
        sql = (f"SELECT id, unit_id, tier, year, decision_number FROM {_table(conn, Recognition)} "
               "WHERE status = %s AND revoked = %s AND year <= %s ORDER BY id")
        with conn.cursor() as cursor:
            cursor.execute(sql, [ReviewStatus.ACCEPTED.value, False, last_year])
            rows = cursor.fetchall()
        self.by_year: dict[int, list[tuple]] = {}
        for pk, uid, tier, year, number in rows:
            rec = ev.Recognition(tier=ev.Tier(tier), decision=number or None, year=year)
            self.by_year.setdefault(year, []).append((uid, _RANK[tier], pk, rec))
        self.best: dict[int, tuple] = {}
        self.done = -1

    def up_to(self, year: int) -> dict[int, ev.Recognition]:
        best = self.best
        for y in sorted(y for y in self.by_year if self.done < y <= year):
            for uid, rank, pk, rec in self.by_year[y]:
                held = best.get(uid)
                if held is None or rank > held[0] or (rank == held[0] and pk < held[1]):
                    best[uid] = (rank, pk, rec)
        self.done = year
        return {uid: held[2] for uid, held in best.items()}


class _Attributes:
    """`criteria.attributes` for many communes: the units and attribute rows read once."""

    def __init__(self):
        rows = Unit.objects.filter(level__in=("tinh", "huyen", "xa")).values_list(
            "id", "code", "name", "kind", "level", "parent_id", "valid_to")
        units = {r[0]: r for r in rows}
        labels = dict(Unit._meta.get_field("kind").flatchoices)
        names = {kind: str(label) for kind, label in labels.items()}
        self.rows: dict[int, list] = {}
        for row in UnitAttribute.objects.filter(unit__level="xa").order_by("valid_from", "id"):
            self.rows.setdefault(row.unit_id, []).append(row)
        self.units = {}
        for uid, code, name, kind, level, parent, valid_to in units.values():
            if level != "xa":
                continue
            step = units.get(parent)
            for _ in range(5):  # communes sit at most three levels under the country
                if step is None or step[4] == "tinh":
                    break
                step = units.get(step[5])
            province = step[1] if step is not None else None
            self.units[uid] = (f"{names.get(kind, kind)} {name}", code, province, valid_to)
        self.cache: dict[tuple, ev.UnitAttributes] = {}

    def of_year(self, year: int):
        """A function giving a commune's attributes in the year."""
        last = evaluated_on(None, year)
        regions: dict[str, str | None] = {}

        def of(uid: int) -> ev.UnitAttributes:
            name, code, province, valid_to = self.units[uid]
            rows = self.rows.get(uid)
            if rows or (valid_to is not None and valid_to <= last):
                on = evaluated_on(valid_to, year)
                if rows:
                    return attributes_on(name, code, province, attribute_rows_on(rows, on), on, [])
                region = region_of(province, on) if province else None
            elif province in regions:
                region = regions[province]
            else:
                region = regions[province] = region_of(province, last) if province else None
            # Without rows of its own a commune's attributes change only with its province's region.
            found = self.cache.get((uid, region))
            if found is None:
                on = evaluated_on(valid_to, year)
                found = self.cache[uid, region] = attributes_on(name, code, province, {}, on, [])
            return found

        return of


@dataclass(frozen=True)
class YearSummary:
    """One year's re-evaluation: communes evaluated, those meeting the set, those eligible for its tier."""

    year: int
    set_id: str
    evaluated: int
    met: int
    eligible: int
    seconds: float


def evaluate_year(year_cases: YearCases) -> YearSummary:
    started = time.perf_counter()
    cset, met, eligible = year_cases.criteria_set, 0, 0
    for case in year_cases.cases:
        result = ev.evaluate(cset, case.attributes, case.known)
        met += result.status is ev.Status.MET
        eligible += result.tier_status is ev.Status.MET
    return YearSummary(year_cases.year, cset.id, len(year_cases.cases), met, eligible,
                       time.perf_counter() - started)


def evaluate_years(work: list[YearCases], workers: int = 1) -> list[YearSummary]:
    """`evaluate_year` of each year. With `workers` > 1 (where processes can be forked), each year's
    cases are shared out among that many processes, forked once the cases are loaded so that they
    inherit them instead of receiving them; they send back two counts per share."""
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [evaluate_year(year_cases) for year_cases in work]
    global _WORK
    _WORK = work
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            out = []
            for i, year_cases in enumerate(work):
                started = time.perf_counter()
                n = len(year_cases.cases)
                step = max(1, -(-n // workers))
                shares = pool.map(_evaluate_share, [(i, start, start + step) for start in range(0, n, step)])
                out.append(YearSummary(year_cases.year, year_cases.criteria_set.id, n, sum(m for m, _e in shares),
                                       sum(e for _m, e in shares), time.perf_counter() - started))
            return out
    finally:
        _WORK = None


#: The cases the forked workers of `evaluate_years` inherit.
_WORK: list[YearCases] | None = None


def _evaluate_share(share: tuple[int, int, int]) -> tuple[int, int]:
    index, start, stop = share
    year_cases = _WORK[index]
    summary = evaluate_year(YearCases(year_cases.year, year_cases.criteria_set, year_cases.cases[start:stop]))
    return summary.met, summary.eligible
