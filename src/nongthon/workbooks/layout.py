"""The shape of the office workbooks: which sheets, which columns, and where each part sits.

Each form is one sheet with a row per unit. Row 1 holds the Vietnamese headers an officer reads;
row 2 (hidden) holds a machine key per column, so that a renamed header or a moved column is still
read right, and a column whose key is unknown is reported instead of being skipped. Data starts on
row 3.

- "Chỉ tiêu": Mã đơn vị, Tên đơn vị, Năm, then one column per indicator of the catalogue
  (`monitoring.Indicator`), key `indicator:<key>`.
- "Tiêu chí": Mã đơn vị, Tên đơn vị, Năm, then one column per criterion of one criteria set,
  key `criterion:<set id>:<criterion id>`, values "Đạt" / "Chưa đạt".
"""

from __future__ import annotations

from dataclasses import dataclass

SHEET_INDICATORS = "Chỉ tiêu"
SHEET_CRITERIA = "Tiêu chí"
SHEET_HELP = "Hướng dẫn"

HEADER_ROW = 1
KEY_ROW = 2
FIRST_DATA_ROW = 3

MET = "Đạt"
NOT_MET = "Chưa đạt"

UNIT_CODE = "unit_code"
UNIT_NAME = "unit_name"
YEAR = "year"


@dataclass(frozen=True)
class Column:
    """One column of a form: its machine key, its Vietnamese header, and what its cells hold.

    `kind` is `code`, `text`, `year`, `number`, `percent` or `met`.
    """

    key: str
    label: str
    kind: str
    indicator_key: str = ""
    set_id: str = ""
    criterion_id: str = ""


@dataclass(frozen=True)
class SheetLayout:
    name: str
    columns: tuple[Column, ...]

    def by_key(self) -> dict[str, Column]:
        return {c.key: c for c in self.columns}


BASE_COLUMNS = (
    Column(UNIT_CODE, "Mã đơn vị", "code"),
    Column(UNIT_NAME, "Tên đơn vị", "text"),
    Column(YEAR, "Năm", "year"),
)


# Short units in headers; a count needs none.
SHORT_UNITS = {
    "percent": "%", "vnd": "đồng", "million_vnd_per_year": "triệu đồng/người/năm", "ha": "ha",
    "m2": "m²", "km": "km", "workday": "ngày công",
}


def indicator_column(indicator) -> Column:
    """A column for a `monitoring.Indicator`; percentages are checked to lie in 0–100."""
    from nongthon.monitoring.choices import Measure

    kind = "percent" if indicator.measure == Measure.PERCENT else "number"
    unit = SHORT_UNITS.get(indicator.measure, "")
    label = f"{indicator.name} ({unit})" if unit else indicator.name
    return Column(f"indicator:{indicator.key}", label, kind, indicator_key=indicator.key)


def indicators_layout() -> SheetLayout:
    """The "Chỉ tiêu" sheet: one column per indicator of the catalogue, by key."""
    from nongthon.monitoring.models import Indicator

    columns = [indicator_column(i) for i in Indicator.objects.order_by("key")]
    return SheetLayout(SHEET_INDICATORS, (*BASE_COLUMNS, *columns))


def criterion_column(criteria_set, criterion) -> Column:
    return Column(f"criterion:{criteria_set.id}:{criterion.id}", f"TC {criterion.id}. {criterion.name}", "met",
                  set_id=criteria_set.id, criterion_id=criterion.id)


def criteria_layout(criteria_set) -> SheetLayout:
    """The "Tiêu chí" sheet: one column per criterion of `criteria_set`."""
    columns = [criterion_column(criteria_set, c) for c in criteria_set.criteria]
    return SheetLayout(SHEET_CRITERIA, (*BASE_COLUMNS, *columns))


def default_set(year: int, level: str = "xa"):
    """The national set of the lowest tier for communes (or `level`) whose period covers `year`."""
    from nongthon.evaluation import list_sets

    candidates = [s for s in list_sets()
                  if str(s.scope) == level and s.period_from <= year <= s.period_to and not s.province]
    candidates.sort(key=lambda s: (s.tier.rank, s.id))
    return candidates[0] if candidates else None


def load_criteria_set(set_id: str):
    """The criteria set `set_id`, or None when no shipped set has that id."""
    from nongthon.evaluation import load_set

    try:
        return load_set(set_id)
    except (KeyError, FileNotFoundError, ValueError):
        return None


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
