"""Keeping the unit × year summaries right: `refresh_rollups` after a change, `rebuild_rollups` for all.

Called explicitly by whatever changed the monitoring data (accepting a fact, an import, the
synthetic builder) — never from signals. Stages for one year: the hierarchy of the year's
reference date → each commune's standing (highest accepted, unrevoked recognition; the reported
criteria count of the year, else its criteria statuses) → districts sum their communes, provinces
theirs, the country its provinces.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max, Min, Subquery, Sum

from nongthon.evaluation import load_set
from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus
from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Recognition
from nongthon.rollups.bulk import RowInserter
from nongthon.rollups.hierarchy import YearHierarchy, commune_set_for, hierarchy
from nongthon.rollups.models import COUNTED, COUNTRY_KEY, UnitYearSummary
from nongthon.rollups.version import bump
from nongthon.units.models import Unit

RANK = {tier.value: i for i, tier in enumerate(TIER_ORDER)}


@dataclass(frozen=True)
class Standing:
    """A unit's own standing in a year: highest tier ('' when none) and criteria met of total."""

    tier: str = ""
    met: int | None = None
    total: int | None = None


def _accepted(model, unit_ids: list[int] | None, fields: tuple, **filters) -> list[tuple]:
    """Accepted rows of `model` as tuples of `fields`, in id order.

    For a few units the review status is checked here rather than in SQL, so that SQLite's planner
    walks the unit index instead of the (much less selective) status index.
    """
    if unit_ids is None:
        qs = model.objects.filter(status=ReviewStatus.ACCEPTED, **filters)
        return list(qs.order_by("id").values_list(*fields))
    qs = model.objects.filter(unit_id__in=unit_ids, **filters).order_by("id").values_list("status", *fields)
    return [row[1:] for row in qs if row[0] == ReviewStatus.ACCEPTED]


def standings(year: int, on, unit_ids: list[int] | None) -> dict[int, Standing]:
    """Standing of each unit (all units with data when `unit_ids` is None) in `year`, in three queries."""
    tiers: dict[int, str] = {}
    for uid, tier, rec_year, revoked, revoked_date in _accepted(
            Recognition, unit_ids, ("unit_id", "tier", "year", "revoked", "revoked_date")):
        if rec_year is not None and rec_year > year:
            continue
        if revoked and not (revoked_date is not None and revoked_date > on):
            continue
        if RANK.get(tier, -1) > RANK.get(tiers.get(uid, ""), -1):
            tiers[uid] = tier
    counts: dict[int, tuple[int, int | None]] = {}
    for uid, achieved, total in _accepted(CriteriaCount, unit_ids, ("unit_id", "achieved", "total"), year=year):
        counts[uid] = (achieved, total)
    set_id = commune_set_for(year)
    if set_id:
        total = load_set(set_id).total
        statuses: dict[int, dict[str, bool]] = {}
        if unit_ids is None:
            counted = CriteriaCount.objects.filter(status=ReviewStatus.ACCEPTED, year=year).values("unit_id")
            rows = (CriterionStatus.objects.filter(status=ReviewStatus.ACCEPTED, year=year, criteria_set_id=set_id)
                    .exclude(unit_id__in=Subquery(counted))
                    .order_by("id").values_list("unit_id", "criterion_id", "met"))
        else:
            uncounted = [u for u in unit_ids if u not in counts]
            rows = _accepted(CriterionStatus, uncounted, ("unit_id", "criterion_id", "met"), year=year,
                             criteria_set_id=set_id) if uncounted else []
        for uid, criterion, met in rows:
            statuses.setdefault(uid, {})[criterion] = met
        for uid, by_criterion in statuses.items():
            counts[uid] = (sum(by_criterion.values()), total)
    out = {}
    for uid in tiers.keys() | counts.keys():
        met, total = counts.get(uid, (None, None))
        out[uid] = Standing(tiers.get(uid, ""), met, total)
    return out


def commune_counts(standing: Standing) -> dict[str, int]:
    """The counted fields of one commune (0 or 1 each; its criteria for the sum)."""
    rank = RANK.get(standing.tier, -1)
    row = dict.fromkeys(COUNTED, 0)
    row["communes"] = 1
    row["dat_chuan"] = int(rank >= 0)
    row["nang_cao"] = int(rank >= 1)
    row["kieu_mau"] = int(rank >= 2)
    row["hien_dai"] = int(rank >= 3)
    if standing.met is not None:
        row["criteria_known"] = 1
        row["criteria_sum"] = standing.met
        if standing.total:
            missing = standing.total - standing.met
            band = "band_all" if missing <= 0 else "band_high" if missing <= 4 else (
                "band_mid" if missing <= 9 else "band_low")
            row[band] = 1
    return row


def _row(h: YearHierarchy, year: int, uid: int | None, level: str, standing: Standing, counts: dict,
         district: int | None = None, province: int | None = None) -> dict:
    return {"key": h.keys[uid] if uid else COUNTRY_KEY, "unit_id": uid, "level": level, "year": year,
            "district_id": district, "province_id": province, "tier": standing.tier,
            "criteria_met": standing.met, "criteria_total": standing.total, **counts}


def _sum(rows: Iterable[dict]) -> dict[str, int]:
    total = dict.fromkeys(COUNTED, 0)
    for r in rows:
        for f in COUNTED:
            total[f] += r[f]
    return total


def _year_rows(year: int) -> list[dict]:
    """Every summary row of one year, computed from scratch."""
    h = hierarchy(year)
    st = standings(year, h.on, None)
    empty = Standing()
    communes = [_row(h, year, cid, "xa", st.get(cid, empty), commune_counts(st.get(cid, empty)), d, p)
                for cid, (d, p) in h.communes.items()]
    by_district: dict[int, list] = {}
    by_province: dict[int, list] = {}
    for r in communes:
        if r["district_id"]:
            by_district.setdefault(r["district_id"], []).append(r)
        if r["province_id"]:
            by_province.setdefault(r["province_id"], []).append(r)
    districts = [_row(h, year, did, "huyen", st.get(did, empty), _sum(by_district.get(did, ())), province=pid)
                 for did, pid in h.districts.items()]
    provinces = [_row(h, year, pid, "tinh", st.get(pid, empty), _sum(by_province.get(pid, ())))
                 for pid in h.provinces]
    country = _row(h, year, None, "country", empty, _sum(provinces))
    return [*communes, *districts, *provinces, country]


def data_years() -> list[int]:
    """The years to keep summaries for: those already summarised, up to the latest recognition.

    Cheap (two indexed aggregates), for the refresh after each accepted row; the full rebuild scans
    the monitoring tables instead (`all_data_years`).
    """
    agg = UnitYearSummary.objects.aggregate(lo=Min("year"), hi=Max("year"))
    if agg["lo"] is None:
        return all_data_years()
    newest = Recognition.objects.aggregate(hi=Max("year"))["hi"]
    return list(range(agg["lo"], max(agg["hi"], newest or agg["hi"]) + 1))


def all_data_years() -> list[int]:
    """The years the accepted monitoring data speaks of."""
    lo, hi = [], []
    for model in (CriteriaCount, CriterionStatus, Recognition):
        agg = model.objects.filter(status=ReviewStatus.ACCEPTED).aggregate(lo=Min("year"), hi=Max("year"))
        if agg["lo"] is not None:
            lo.append(agg["lo"])
            hi.append(agg["hi"])
    return list(range(min(lo), max(hi) + 1)) if lo else []


@dataclass
class RebuildReport:
    years: list[int]
    rows: int
    seconds: float


@transaction.atomic
def rebuild_rollups(years: Iterable[int] | None = None) -> RebuildReport:
    """Recompute the summaries of `years` (every year of the data when None) from scratch."""
    started = time.perf_counter()
    years = sorted(set(years)) if years is not None else all_data_years()
    if years:
        UnitYearSummary.objects.filter(year__in=years).delete()
    inserter = RowInserter(UnitYearSummary)
    for year in years:
        for row in _year_rows(year):
            inserter.add(**row)
        inserter.flush()
    bump()
    return RebuildReport(years, inserter.written, time.perf_counter() - started)


@transaction.atomic
def refresh_rollups(unit_keys: Iterable[str], years: Iterable[int]) -> int:
    """Bring the summaries of these units, and of their district, province and the country, up to date.

    Call it after changing accepted monitoring rows of the units (any level) for the years. Returns
    the number of rows written. Units not valid on a year's reference date are skipped for that year;
    a year with no summaries yet is summarised whole.
    """
    keys = set(unit_keys)
    ids = set(Unit.objects.filter(key__in=keys).values_list("id", flat=True))
    written = 0
    for year in sorted(set(years)):
        if not UnitYearSummary.objects.filter(year=year).exists():
            # A year without summaries gets all of them, never a partial set.
            inserter = RowInserter(UnitYearSummary)
            for row in _year_rows(year):
                inserter.add(**row)
            written += inserter.flush()
            continue
        h = hierarchy(year)
        communes = {i for i in ids if i in h.communes}
        districts = {i for i in ids if i in h.districts}
        provinces = {i for i in ids if i in h.provinces}
        for cid in communes:
            d, p = h.communes[cid]
            if d:
                districts.add(d)
            if p:
                provinces.add(p)
        for did in districts:
            if h.districts[did]:
                provinces.add(h.districts[did])
        st = standings(year, h.on, [*communes, *districts, *provinces])
        empty = Standing()
        own = [_row(h, year, cid, "xa", st.get(cid, empty), commune_counts(st.get(cid, empty)), *h.communes[cid])
               for cid in communes]
        _replace(year, own)
        parents = []
        for did in districts:
            sums = _db_sum(year, district_id=did)
            parents.append(_row(h, year, did, "huyen", st.get(did, empty), sums, province=h.districts[did]))
        _replace(year, parents)
        provs = [_row(h, year, pid, "tinh", st.get(pid, empty), _db_sum(year, province_id=pid)) for pid in provinces]
        _replace(year, provs)
        country = _row(h, year, None, "country", empty, _db_sum(year, level="tinh"))
        _replace(year, [country])
        written += len(own) + len(parents) + len(provs) + 1
    bump()
    return written


def _db_sum(year: int, level: str = "xa", **parent) -> dict[str, int]:
    agg = UnitYearSummary.objects.filter(year=year, level=level, **parent).aggregate(
        **{f: Sum(f) for f in COUNTED})
    return {f: agg[f] or 0 for f in COUNTED}


def _replace(year: int, rows: list[dict]) -> None:
    if not rows:
        return
    UnitYearSummary.objects.filter(year=year, key__in=[r["key"] for r in rows]).delete()
    inserter = RowInserter(UnitYearSummary)
    for row in rows:
        inserter.add(**row)
    inserter.flush()

