"""The roll-ups recomputed the slow, obvious way: unit by unit, one query at a time."""

from __future__ import annotations

from nongthon.evaluation import load_set
from nongthon.monitoring.choices import TIER_ORDER, ReviewStatus
from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Recognition
from nongthon.rollups.hierarchy import commune_set_for, reference_date
from nongthon.units.models import Unit

RANK = {t.value: i for i, t in enumerate(TIER_ORDER)}
FIELDS = ("communes", "dat_chuan", "nang_cao", "kieu_mau", "hien_dai", "criteria_known", "criteria_sum",
          "band_all", "band_high", "band_mid", "band_low", "tier", "criteria_met", "criteria_total")


def _valid(unit, on) -> bool:
    return (unit.valid_from is None or unit.valid_from <= on) and (unit.valid_to is None or unit.valid_to > on)


def _ancestors(unit, on, by_id: dict, by_code: dict) -> list:
    """Parents up the chain; a parent not valid on the date is replaced by its code's unit of that date."""
    chain = []
    parent = by_id.get(unit.parent_id)
    while parent is not None:
        if not _valid(parent, on):
            parent = next((u for u in by_code[parent.code, parent.level] if _valid(u, on)), None)
            if parent is None:
                break
        chain.append(parent)
        parent = by_id.get(parent.parent_id)
    return chain


def _own(unit, year, on) -> tuple[str, int | None, int | None]:
    tier = ""
    for rec in Recognition.objects.filter(unit=unit, status=ReviewStatus.ACCEPTED):
        if rec.year is not None and rec.year > year:
            continue
        if rec.revoked and not (rec.revoked_date and rec.revoked_date > on):
            continue
        if RANK[rec.tier] > RANK.get(tier, -1):
            tier = rec.tier
    count = CriteriaCount.objects.filter(unit=unit, status=ReviewStatus.ACCEPTED, year=year).order_by("id").last()
    if count is not None:
        return tier, count.achieved, count.total
    set_id = commune_set_for(year)
    statuses = {}
    for row in CriterionStatus.objects.filter(unit=unit, status=ReviewStatus.ACCEPTED, year=year,
                                              criteria_set_id=set_id).order_by("id"):
        statuses[row.criterion_id] = row.met
    if statuses:
        return tier, sum(statuses.values()), load_set(set_id).total
    return tier, None, None


def summaries(year: int) -> dict[str, dict]:
    """Every unit's summary for the year, keyed by unit key ("VN" for the country)."""
    on = reference_date(year)
    units = list(Unit.objects.all())
    by_id = {u.pk: u for u in units}
    by_code: dict[tuple, list] = {}
    for u in units:
        by_code.setdefault((u.code, u.level), []).append(u)
    valid = [u for u in units if _valid(u, on)]
    out: dict[str, dict] = {}
    empty = dict.fromkeys(FIELDS[:11], 0)
    for u in valid:
        if u.level in ("tinh", "huyen") or (u.level == "xa" and u.kind == "xa"):
            tier, met, total = _own(u, year, on)
            out[u.key] = {**empty, "tier": tier, "criteria_met": met, "criteria_total": total}
    out["VN"] = {**empty, "tier": "", "criteria_met": None, "criteria_total": None}
    for u in valid:
        if not (u.level == "xa" and u.kind == "xa"):
            continue
        own = out[u.key]
        flags = {"communes": 1, "dat_chuan": own["tier"] != "", "nang_cao": RANK.get(own["tier"], -1) >= 1,
                 "kieu_mau": RANK.get(own["tier"], -1) >= 2, "hien_dai": RANK.get(own["tier"], -1) >= 3}
        if own["criteria_met"] is not None:
            flags["criteria_known"] = 1
            flags["criteria_sum"] = own["criteria_met"]
            missing = own["criteria_total"] - own["criteria_met"]
            flags["band_all" if missing <= 0 else "band_high" if missing < 5 else "band_mid" if missing < 10
                  else "band_low"] = 1
        for target in [u, *_ancestors(u, on, by_id, by_code)]:
            for name, value in flags.items():
                out[target.key][name] += int(value)
        for name, value in flags.items():
            out["VN"][name] += int(value)
    return out
