"""Checking what documents state against what the database knows.

A tally ("huyện có 3/13 xã đạt chuẩn") is compared with the registry (how many communes the
district has on that date) and with accepted recognitions (how many of them hold that tier).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from nongthon.documents.facts import subject, to_year
from nongthon.documents.models import Fact
from nongthon.documents.resolution import UnitNotResolved, resolve_unit, valid_on
from nongthon.monitoring.choices import TIER_ORDER, Modality, ReviewStatus
from nongthon.monitoring.models import Recognition
from nongthon.units.models import Unit

#: The kinds of unit the programme recognises, per level: "13 xã" leaves out wards and townships.
NTM_KINDS = {"xa": ["xa"], "huyen": ["huyen"]}


@dataclass(frozen=True)
class TallyMismatch:
    """A stated tally that differs from the database: `field` is `total` or `count`."""

    fact: Fact
    parent: Unit
    field: str
    stated: int
    known: int
    message: str


def tally_mismatches(facts=None) -> list[TallyMismatch]:
    """Mismatches for the given unit-tally facts (default: every one not rejected)."""
    if facts is None:
        facts = Fact.objects.filter(type="unit_tally").exclude(status=ReviewStatus.REJECTED)
        facts = facts.select_related("document", "unit")
    found: list[TallyMismatch] = []
    for fact in facts:
        if fact.type == "unit_tally":
            found += check_tally(fact)
    return found


def check_tally(fact: Fact) -> list[TallyMismatch]:
    payload = fact.payload
    if (payload.get("modality") or Modality.ACHIEVED) != Modality.ACHIEVED or payload.get("state") not in TIER_ORDER:
        return []
    year = to_year(payload.get("year")) if str(payload.get("year") or "").isdigit() else None
    on = datetime.date(year, 12, 31) if year else fact.document.date
    parent = fact.unit
    if parent is None:
        try:
            parent = resolve_unit(subject(fact.type, payload), unit_key=payload.get("unit_key"),
                                  unit_code=payload.get("unit_code"), on=on)
        except UnitNotResolved:
            return []
    children = Unit.objects.filter(valid_on(on), parent=parent, level=payload.get("child_level"))
    if payload.get("child_level") in NTM_KINDS:
        children = children.filter(kind__in=NTM_KINDS[payload["child_level"]])
    children = list(children)
    if not children:
        return []
    found = []
    stated_total = payload.get("total")
    if stated_total is not None and int(stated_total) != len(children):
        found.append(TallyMismatch(
            fact, parent, "total", int(stated_total), len(children),
            _("%(parent)s: văn bản nêu tổng %(stated)s, danh mục có %(known)d đơn vị.")
            % {"parent": parent, "stated": stated_total, "known": len(children)},
        ))
    recognitions = Recognition.objects.filter(unit__in=children, status=ReviewStatus.ACCEPTED, revoked=False)
    if year:
        recognitions = recognitions.exclude(year__gt=year)
    highest: dict[int, int] = {}
    for unit_id, tier in recognitions.values_list("unit_id", "tier"):
        highest[unit_id] = max(highest.get(unit_id, -1), TIER_ORDER.index(tier))
    if highest:
        known = sum(1 for rank in highest.values() if TIER_ORDER[rank] == payload["state"])
        if known != int(payload["count"]):
            found.append(TallyMismatch(
                fact, parent, "count", int(payload["count"]), known,
                _("%(parent)s: văn bản nêu %(stated)s đơn vị ở mức %(state)s, cơ sở dữ liệu có %(known)d đơn vị "
                  "đã được công nhận ở mức này.")
                % {"parent": parent, "stated": payload["count"], "state": payload["state"], "known": known},
            ))
    return found
