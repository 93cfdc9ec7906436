"""Finding a unit in the database and the attributes its criteria depend on, for a year.

The `Unit` and `UnitAttribute` models and the region table (`nongthon.registry.region_of`) belong
to other parts of the system; they are imported when needed so that a missing piece gives a
sentence, not a stack trace.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from nongthon.evaluation import UnitAttributes

_TRUE = {"1", "true", "có", "co", "x", "yes", "đúng"}


class UnitLookupError(Exception):
    """The unit or its attributes cannot be found; the message says why, in Vietnamese."""


@dataclass
class UnitContext:
    unit: object
    attributes: UnitAttributes
    full_name: str
    on: dt.date
    notes: list[str] = field(default_factory=list)


def _overlaps(unit, start: dt.date, end: dt.date) -> bool:
    return (unit.valid_from is None or unit.valid_from < end) and (unit.valid_to is None or unit.valid_to > start)


def find_unit(code: str, year: int):
    """The unit with this code valid during `year`; the one still valid at the year's end if several."""
    try:
        from nongthon.units.models import Unit
    except ImportError as err:  # pragma: no cover - the units app ships with the project
        raise UnitLookupError(_("Chưa có bảng đơn vị hành chính (nongthon.units): %(error)s") % {"error": err}) from err
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    candidates = [u for u in Unit.objects.filter(code=code).select_related("parent") if _overlaps(u, start, end)]
    if not candidates:
        known = list(Unit.objects.filter(code=code).order_by("valid_from"))
        if known:
            spans = ", ".join(f"{u.name} ({u.valid_from or '…'} – {u.valid_to or _('nay')})" for u in known)
            raise UnitLookupError(_("Mã %(code)s không có đơn vị nào còn hiệu lực trong năm %(year)s; mã này từng là: "
                                    "%(spans)s") % {"code": code, "year": year, "spans": spans})
        raise UnitLookupError(_("Không có đơn vị hành chính mã %(code)s trong cơ sở dữ liệu "
                                "(nạp danh mục bằng `nongthon units load`)") % {"code": code})
    candidates.sort(key=lambda u: (u.valid_to is None or u.valid_to >= end, u.valid_from or dt.date.min), reverse=True)
    return candidates[0]


def _chain(unit) -> list:
    out = []
    while unit is not None and len(out) < 6:
        out.append(unit)
        unit = unit.parent
    return out


def _full_name(chain: list, kind_label=None) -> str:
    kind_label = kind_label or (lambda u: u.get_kind_display())
    return ", ".join(f"{kind_label(u)} {u.name}" for u in chain)


def attribute_rows_on(rows, on: dt.date) -> dict[str, str]:
    out = {}
    for row in rows:  # oldest first, so the latest valid row wins
        if (row.valid_from is None or row.valid_from <= on) and (row.valid_to is None or row.valid_to > on):
            out[row.name] = str(row.value).strip()
    return out


def unit_context(code: str, year: int) -> UnitContext:
    """The unit of `code` during `year` and its attributes valid on the last day it was valid in that year."""
    unit = find_unit(code, year)
    return unit_contexts([unit], year)[unit.pk]


def unit_contexts(units, year: int) -> dict[int, UnitContext]:
    """`unit_context` for units already found, by primary key: three queries whatever their number."""
    from nongthon.units.models import Unit

    ids = [u.pk for u in units]
    # Communes sit at most three levels under the country; deeper chains cost a query per step.
    loaded = Unit.objects.filter(pk__in=ids).select_related("parent__parent__parent")
    notes_all: list[str] = []
    try:
        from nongthon.units.models import UnitAttribute
    except ImportError:
        notes_all.append(_("Chưa có bảng thuộc tính đơn vị (units.UnitAttribute): không biết xã ĐBKK, ATK, nhóm xã"))
        rows_of: dict[int, list] = {}
    else:
        rows_of = {}
        for row in UnitAttribute.objects.filter(unit_id__in=ids).order_by("valid_from", "id"):
            rows_of.setdefault(row.unit_id, []).append(row)
    # get_kind_display() hashes the field's choices at every call: a tenth of a second per province.
    labels = dict(Unit._meta.get_field("kind").flatchoices)

    def kind_label(u) -> str:
        return str(labels.get(u.kind, u.kind))

    return {unit.pk: _context(unit, year, rows_of.get(unit.pk, []), list(notes_all), kind_label) for unit in loaded}


def _context(unit, year: int, attribute_rows: list, notes: list[str], kind_label) -> UnitContext:
    on = evaluated_on(unit.valid_to, year)
    chain = _chain(unit)
    province = next((u for u in chain if u.level == "tinh"), None)
    attributes = attributes_on(f"{kind_label(unit)} {unit.name}", unit.code, province.code if province else None,
                               attribute_rows_on(attribute_rows, on), on, notes)
    return UnitContext(unit, attributes, _full_name(chain, kind_label), on, notes)


def evaluated_on(valid_to: dt.date | None, year: int) -> dt.date:
    """The day a unit is evaluated on for a year: 31 December, or its last day if it ended in the year."""
    on = dt.date(year, 12, 31)
    if valid_to is not None and valid_to <= on:
        on = valid_to - dt.timedelta(days=1)
    return on


def attributes_on(name: str, code: str, province_code: str | None, rows: dict[str, str], on: dt.date,
                  notes: list[str]) -> UnitAttributes:
    """The evaluator's attributes of a unit from its attribute rows valid on `on` (`region` overrides the
    region of its province); what cannot be worked out is said in `notes`."""
    region = rows.get("region") or None
    if region is None:
        if province_code is None:
            notes.append(_("Không tìm thấy tỉnh của đơn vị nên không xác định được vùng"))
        else:
            try:
                from nongthon.registry import region_of
            except ImportError:
                notes.append(_("Chưa có bảng vùng (nongthon.registry.region_of); dùng --region để chỉ định vùng"))
            else:
                region = region_of(province_code, on)
                if region is None:
                    notes.append(_("Tỉnh mã %(code)s không có trong bảng vùng") % {"code": province_code})
    group = None
    if rows.get("commune_group"):
        try:
            group = int(rows["commune_group"])
        except ValueError:
            notes.append(_("Nhóm xã %(group)r không hợp lệ (cần 1, 2 hoặc 3)") % {"group": rows["commune_group"]})
    flags = frozenset(f for f in ("dbkk", "atk") if rows.get(f, "").lower() in _TRUE)
    return UnitAttributes(region=region, commune_group=group, flags=flags, name=name, code=code)
