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

from nongthon.monitoring.forms import VietnameseDecimalField, vietnamese_number

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
    # With no set covering the year, the nearest one: its period check then says what is wrong.
    nearest = sorted(sets, key=lambda s: min(abs(year - s.period_from), abs(year - s.period_to)))
    chosen = covering[0] if covering else (nearest[0] if nearest else None)
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
        value = self.row.value  # shown without the stored trailing zeros: 4.5000 → 4.5, 100.0000 → 100
        return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


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
                field = VietnameseDecimalField(required=False, max_digits=24, decimal_places=4)
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
            label = {"label": cell.label, "value": vietnamese_number(value)}  # as the officer typed it
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

        A field that showed a value and was cleared gives the value None: the officer withdraws it.
        """
        out = []
        for cell in self.cells:
            raw = self.cleaned_data.get(cell.field)
            if raw in (None, ""):
                if cell.row is not None:
                    out.append((cell, None, self.cleaned_data.get(f"{cell.field}__version") or ""))
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


# --- correcting a proposed fact in the review queue ----------------------------------------------

#: The fields of each fact type a reviewer may correct: what the fact states and what is scored.
CORRECTABLE = {
    "ntm_status": ("status", "year", "modality"),
    "criteria_count": ("achieved", "total", "year"),
    "unit_tally": ("count", "total", "state", "child_level", "year", "modality"),
    "poverty_rate": ("value", "period", "standard"),
    "indicator": ("key", "value", "total", "period", "modality"),
    "legal_ref": ("number", "kind", "date"),
    "support": ("helper", "year", "amount_vnd"),
}


def _correction_field(name: str, fact_type: str) -> forms.Field:
    from nongthon.monitoring.choices import ChildLevel, LegalKind, Modality, Tier

    blank = [("", "—")]
    year = {"min_value": 1945, "max_value": 2100}
    # Values typed as an office writes them ("3.600.000", "32,29"), read by the data-entry page's field.
    number = {"max_digits": 24, "decimal_places": 4}
    fields = {
        "status": lambda: forms.ChoiceField(label=gettext_lazy("Mức"), choices=Tier.choices),
        "year": lambda: forms.IntegerField(label=gettext_lazy("Năm"), **year),
        "modality": lambda: forms.ChoiceField(label=gettext_lazy("Đã đạt hay mục tiêu"),
                                              choices=blank + list(Modality.choices)),
        "achieved": lambda: forms.IntegerField(label=gettext_lazy("Số tiêu chí đạt"), min_value=0),
        "count": lambda: forms.IntegerField(label=gettext_lazy("Số đơn vị"), min_value=0),
        "total": lambda: (VietnameseDecimalField(label=gettext_lazy("Trên tổng số"), min_value=0, **number)
                          if fact_type == "indicator" else
                          forms.IntegerField(label=gettext_lazy("Trên tổng số"), min_value=0)),
        "state": lambda: forms.CharField(label=gettext_lazy("Trạng thái (dat_chuan, nang_cao, criteria:15-18 …)")),
        "child_level": lambda: forms.ChoiceField(label=gettext_lazy("Cấp được đếm"), choices=ChildLevel.choices),
        "value": lambda: VietnameseDecimalField(label=gettext_lazy("Giá trị"), **number),
        "period": lambda: forms.CharField(label=gettext_lazy("Thời kỳ (2019, 2016-2020, 2020-06)"), max_length=21),
        "standard": lambda: forms.CharField(label=gettext_lazy("Chuẩn áp dụng"), max_length=120),
        "key": lambda: forms.ChoiceField(label=gettext_lazy("Chỉ tiêu"), choices=_indicator_choices),
        "number": lambda: forms.CharField(label=gettext_lazy("Số, ký hiệu"), max_length=120),
        "kind": lambda: forms.ChoiceField(label=gettext_lazy("Loại văn bản"), choices=LegalKind.choices),
        "date": lambda: forms.DateField(label=gettext_lazy("Ngày ban hành")),
        "helper": lambda: forms.CharField(label=gettext_lazy("Cơ quan, đơn vị giúp đỡ"), max_length=300),
        "amount_vnd": lambda: VietnameseDecimalField(label=gettext_lazy("Kinh phí (đồng)"), min_value=0,
                                                     max_digits=20, decimal_places=0),
    }
    return fields[name]()


def _indicator_choices():
    from nongthon.monitoring.models import Indicator

    return [(i.key, f"{i.name} ({i.key})") for i in Indicator.objects.order_by("key")]


def _as_json(value):
    """A cleaned value as the payload holds it: JSON numbers, ISO dates, plain strings."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


class FactCorrectionForm(forms.Form):
    """The correctable fields of a proposed fact, filled from its payload; `corrected_payload()` the changes.

    `unit_key` pins the unit (a key of the unit list) when the one the fact names is wrong or unresolved.
    """

    unit_key = forms.CharField(label=gettext_lazy("Khóa đơn vị (để trống: giữ đơn vị của dữ kiện)"), required=False,
                               max_length=40)

    def __init__(self, *args, fact, **kwargs):
        from nongthon.documents.facts import REQUIRED

        super().__init__(*args, prefix="fix", **kwargs)
        self.fact, self.unit = fact, None
        payload = fact.payload or {}
        required = set(REQUIRED.get(fact.type, ()))
        for name in CORRECTABLE.get(fact.type, ()):
            field = _correction_field(name, fact.type)
            field.required = name in required
            value = payload.get(name)
            if isinstance(field, forms.DecimalField) and value is not None:
                value = Decimal(str(value))
            field.initial = value
            self.fields[name] = field
        if fact.type == "legal_ref":
            del self.fields["unit_key"]
        elif fact.unit_id:
            self.fields["unit_key"].initial = fact.unit.key
        self.order_fields([*CORRECTABLE.get(fact.type, ()), "unit_key"])  # what the fact states first

    def clean_period(self):
        from nongthon.documents.facts import PayloadError, read_period

        text = (self.cleaned_data.get("period") or "").strip()
        if not text:
            return None
        try:
            read_period(text)
        except PayloadError:
            raise forms.ValidationError(_("Thời kỳ: “%(value)s” không đọc được; viết 2019, 2016-2020 hoặc 2020-06.")
                                        % {"value": text}) from None
        return int(text) if text.isdigit() else text

    def clean_state(self):
        from nongthon.monitoring.models import TALLY_STATE_RE

        state = self.cleaned_data.get("state", "").strip()
        if state and not TALLY_STATE_RE.match(state):
            raise forms.ValidationError(_("Trạng thái: “%(value)s” không hợp lệ; viết dat_chuan, nang_cao, kieu_mau, "
                                          "hien_dai hoặc criteria:15-18.") % {"value": state})
        return state

    def clean_unit_key(self):
        from nongthon.units.models import Unit

        key = (self.cleaned_data.get("unit_key") or "").strip()
        if not key:
            self.unit = None
            return ""
        self.unit = Unit.objects.filter(key=key).first()
        if self.unit is None:
            raise forms.ValidationError(_("Khóa đơn vị: không có đơn vị khóa %(key)s.") % {"key": key})
        return key

    def clean(self):
        cleaned = super().clean()
        value = cleaned.get("value")
        if self.fact.type == "poverty_rate" and isinstance(value, Decimal) and not 0 <= value <= 100:
            self.add_error("value", _("Giá trị: tỷ lệ hộ nghèo phải từ 0 đến 100%%, không phải %(value)s.")
                           % {"value": value})
        return cleaned

    def corrected_payload(self) -> dict:
        """The fields whose value differs from the proposal, as the payload holds them (None clears one)."""
        payload = self.fact.payload or {}
        changes = {}
        for name in CORRECTABLE.get(self.fact.type, ()):
            new = _as_json(self.cleaned_data.get(name))
            if new in ("", None):
                new = None
            old = payload.get(name)
            if new != old and not (new is None and old in ("", None)):
                changes[name] = new
        if self.unit is not None and self.unit.pk != self.fact.unit_id:
            changes["unit_key"] = self.unit.key
        return changes
