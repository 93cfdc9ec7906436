"""Forms of the office pages: entering the indicators and criterion statuses of a unit for a year.

`EntryPeriodForm` chooses the criteria set and the year and checks them against the unit (the year
within the set's period, the unit valid during that year). `UnitYearEntryForm` has one field per
indicator and per criterion of the set, each with the version of the cell it was read at, and
checks values by their measure: a percentage lies in 0–100, money and counts are not negative.
Messages name the field, in Vietnamese.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MET, NOT_MET = "met", "not_met"
YES, NO = "1", "0"


def applicable_sets(unit) -> list:
    """The shipped national sets for the unit's level, lowest tier and oldest period first."""
    from nongthon.evaluation import list_sets

    found = [s for s in list_sets() if s.scope.value == unit.level and not s.province]
    return sorted(found, key=lambda s: (s.period_from, s.tier.rank, s.id))


def valid_in_year(unit, year: int) -> bool:
    start, end = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    return (unit.valid_from is None or unit.valid_from < end) and (unit.valid_to is None or unit.valid_to > start)


def default_period(unit, sets: list, asked: str | None = None) -> tuple[int | str, str]:
    """The year asked (else this year, or the unit's last year of validity) and the lowest-tier set covering it."""
    year = datetime.date.today().year
    if unit.valid_to is not None and not valid_in_year(unit, year):
        year = (unit.valid_to - datetime.timedelta(days=1)).year
    if asked:
        if not asked.isdigit():
            return asked, ""
        year = int(asked)
    covering = [s for s in sets if s.period_from <= year <= s.period_to]
    chosen = covering[0] if covering else (sets[-1] if sets else None)
    return year, chosen.id if chosen else ""


class EntryPeriodForm(forms.Form):
    criteria_set = forms.ChoiceField(label=gettext_lazy("Bộ tiêu chí"))
    year = forms.IntegerField(label=gettext_lazy("Năm"), min_value=1990, max_value=2100)

    def __init__(self, *args, unit, sets: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit
        self.sets = {s.id: s for s in sets}
        self.fields["criteria_set"].choices = [
            (s.id, f"{s.title} ({s.period_from}–{s.period_to})") for s in sets]

    def clean(self):
        cleaned = super().clean()
        criteria_set, year = self.sets.get(cleaned.get("criteria_set")), cleaned.get("year")
        if criteria_set is None or year is None:
            return cleaned
        if not criteria_set.period_from <= year <= criteria_set.period_to:
            self.add_error("year", _("Năm: %(year)s nằm ngoài giai đoạn %(start)s–%(end)s của bộ tiêu chí “%(set)s”.")
                           % {"year": year, "start": criteria_set.period_from, "end": criteria_set.period_to,
                              "set": criteria_set.title})
        elif not valid_in_year(self.unit, year):
            self.add_error("year", _("Năm: %(unit)s không có hiệu lực trong năm %(year)s (hiệu lực từ %(start)s "
                                     "đến %(end)s).")
                           % {"unit": self.unit, "year": year, "start": _day(self.unit.valid_from),
                              "end": _day(self.unit.valid_to) if self.unit.valid_to else _("nay")})
        cleaned["set_object"] = criteria_set
        return cleaned


def _day(value) -> str:
    return value.strftime("%d/%m/%Y") if value else "…"


@dataclass
class Cell:
    """One field of the entry form: an indicator of the set (`indicator`) or a criterion (`criterion`)."""

    field: str
    label: str
    kind: str  # percent, money, count, bool, status
    criterion_id: str
    indicator: object | None = None  # evaluation.model.Indicator
    row: object | None = None  # the current accepted row, if any
    version: str = ""
    unit_label: str = ""

    @property
    def is_status(self) -> bool:
        return self.kind == "status"

    @property
    def initial(self):
        if self.row is None:
            return None
        if self.kind == "status":
            return MET if self.row.met else NOT_MET
        if self.kind == "bool":
            return YES if self.row.value else NO
        return self.row.value.normalize() if self.row.value == self.row.value.to_integral() else self.row.value


def kind_of(indicator) -> str:
    if indicator.rule.value == "bool":
        return "bool"
    if indicator.unit == "%":
        return "percent"
    if "đồng" in indicator.unit:  # i18n: data (the criteria set's unit of measure)
        return "money"
    return "count"


class UnitYearEntryForm(forms.Form):
    """A field per cell, and a hidden `<field>__version` holding the version the cell was read at."""

    def __init__(self, *args, cells: list[Cell], **kwargs):
        super().__init__(*args, **kwargs)
        self.cells = cells
        for cell in cells:
            if cell.kind == "status":
                field = forms.ChoiceField(required=False, choices=[
                    ("", _("— chưa có —")), (MET, _("Đạt")), (NOT_MET, _("Chưa đạt"))])
            elif cell.kind == "bool":
                field = forms.ChoiceField(required=False, choices=[("", _("— chưa có —")), (YES, _("Có")),
                                                                   (NO, _("Không"))])
            else:
                field = forms.DecimalField(required=False, max_digits=24, decimal_places=4, localize=True,
                                           widget=forms.TextInput(attrs={"inputmode": "decimal"}))
            field.label = cell.label
            field.initial = cell.initial
            self.fields[cell.field] = field
            self.fields[f"{cell.field}__version"] = forms.CharField(
                required=False, widget=forms.HiddenInput, initial=cell.version)

    def clean(self):
        cleaned = super().clean()
        for cell in self.cells:
            value = cleaned.get(cell.field)
            if not isinstance(value, Decimal):
                continue
            label = {"label": cell.label, "value": value}
            if cell.kind == "percent" and not Decimal(0) <= value <= Decimal(100):
                self.add_error(cell.field, _("%(label)s: tỷ lệ phần trăm phải từ 0 đến 100, không phải %(value)s.")
                               % label)
            elif cell.kind == "money" and value < 0:
                self.add_error(cell.field, _("%(label)s: số tiền không được âm (%(value)s).") % label)
            elif cell.kind == "count" and (value < 0 or value != value.to_integral()):
                self.add_error(cell.field, _("%(label)s: phải là số nguyên không âm, không phải %(value)s.") % label)
        return cleaned

    def changed_cells(self) -> list[tuple[Cell, object, str]]:
        """(cell, value, version read) for every cell given a value different from the one shown.

        A cleared field is left as it was: this page records values, it does not delete them.
        """
        out = []
        for cell in self.cells:
            raw = self.cleaned_data.get(cell.field)
            if raw in (None, ""):
                continue
            if cell.kind == "status":
                value = raw == MET
                current = cell.row.met if cell.row is not None else None
            elif cell.kind == "bool":
                value = Decimal(1) if raw == YES else Decimal(0)
                current = cell.row.value if cell.row is not None else None
            else:
                value, current = raw, (cell.row.value if cell.row is not None else None)
            if value != current:
                out.append((cell, value, self.cleaned_data.get(f"{cell.field}__version") or ""))
        return out
