"""Finding the `units.Unit` row a fact is about, from the extractor's key or the unit object."""

from __future__ import annotations

import datetime

from django.db.models import Q
from django.utils.translation import gettext as _

from nongthon.documents.facts import unit_label
from nongthon.units.models import Unit


class UnitNotResolved(Exception):
    """The unit of a fact cannot be pinned to one row; the message says why, in Vietnamese."""


def valid_on(on: datetime.date | None) -> Q:
    if on is None:
        return Q()
    return (Q(valid_from__isnull=True) | Q(valid_from__lte=on)) & (Q(valid_to__isnull=True) | Q(valid_to__gt=on))


def resolve_unit(unit: dict | None, *, unit_key: str | None = None, unit_code: str | None = None,
                 on: datetime.date | None = None) -> Unit:
    """The one unit meant, or `UnitNotResolved`.

    Order: the extractor's `unit_key`; its `unit_code` (the unit holding that code on `on`);
    the name, level and parent of the unit object among units valid on `on`.
    """
    if unit_key:
        found = Unit.objects.filter(key=unit_key).first()
        if found:
            return found
    if unit_code:
        rows = list(Unit.objects.filter(valid_on(on), code=unit_code)[:2])
        if len(rows) == 1:
            return rows[0]
    if not unit:
        raise UnitNotResolved(_("Dữ kiện không nêu đơn vị."))
    label = unit_label(unit)
    level, name = unit.get("level"), unit.get("name")
    if level == "nuoc":
        raise UnitNotResolved(_("Dữ kiện nói về cả nước, không phải một đơn vị hành chính trong danh mục."))
    if not name:
        raise UnitNotResolved(_("Văn bản không nêu tên đơn vị (%(unit)s): hãy chọn đơn vị khi duyệt.") % {"unit": label})
    rows = list(Unit.objects.filter(valid_on(on), level=level, name__iexact=name).select_related("parent")[:50])
    rows = [row for row in rows if row.name.casefold() == name.casefold()] or rows
    if len(rows) > 1 and unit.get("parent"):
        parent = unit["parent"].casefold()
        narrowed = [row for row in rows if row.parent and row.parent.name.casefold() == parent]
        rows = narrowed or rows
    if not rows:
        if on:
            raise UnitNotResolved(_("Không tìm thấy %(unit)s trong danh mục đơn vị vào ngày %(date)s.")
                                  % {"unit": label, "date": on.strftime("%d/%m/%Y")})
        raise UnitNotResolved(_("Không tìm thấy %(unit)s trong danh mục đơn vị.") % {"unit": label})
    if len(rows) > 1:
        keys = ", ".join(row.key for row in rows[:5])
        raise UnitNotResolved(_("Có %(n)d đơn vị trùng với %(unit)s (%(keys)s): hãy chọn đơn vị khi duyệt.")
                              % {"n": len(rows), "unit": label, "keys": keys})
    return rows[0]
