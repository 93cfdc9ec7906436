"""The criteria matrix of a unit: criteria as rows, years as columns, met / not met / unknown."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass
class MatrixRow:
    criteria_set_id: str
    criterion_id: str
    label: str
    cells: list[dict] = field(default_factory=list)  # one per year: {"state", "source", "year"}

    @property
    def cells_html(self) -> SafeString:
        """The row's cells joined here rather than looped over in the template: a commune formed in
        2025 carries the rows of the communes it continues, some sixty criteria over ten years or more."""
        return mark_safe("".join(  # noqa: S308 - the states and glyphs are ours, the source is escaped
            f'<td class="cell {cell["state"]}" title="{escape(cell["source"])}">{_GLYPH[cell["state"]]}</td>'
            for cell in self.cells))


_GLYPH = {"met": "✓", "not_met": "✗", "unknown": "?"}


@dataclass
class Matrix:
    years: list[int] = field(default_factory=list)
    rows: list[MatrixRow] = field(default_factory=list)


def criterion_labels(set_id: str) -> dict[str, str]:
    """Criterion names from the criteria set file, when the evaluation package can load it."""
    try:
        from nongthon.evaluation import load_set
    except ImportError:
        return {}
    try:
        criteria_set = load_set(set_id)
    except Exception:  # an unknown or broken set only loses the labels here
        return {}
    labels = {}
    for criterion in getattr(criteria_set, "criteria", []) or []:
        number = getattr(criterion, "number", None)
        name = getattr(criterion, "name", "") or getattr(criterion, "title", "")
        prefix = f"{number}. " if number else ""
        labels[getattr(criterion, "id", "")] = f"{prefix}{name}".strip()
    return labels


def from_statuses(statuses) -> Matrix:
    """Accepted `CriterionStatus` rows (the latest per criterion and year wins)."""
    if not statuses:
        return Matrix()
    years = sorted({s.year for s in statuses if s.year is not None})
    column = {year: index for index, year in enumerate(years)}
    labels: dict[str, dict[str, str]] = {}
    rows: dict[tuple[str, str], MatrixRow] = {}
    for status in statuses:
        if status.criteria_set_id not in labels:  # the set's file is read once, not once per row
            labels[status.criteria_set_id] = criterion_labels(status.criteria_set_id)
        set_labels = labels[status.criteria_set_id]
        key = (status.criteria_set_id, status.criterion_id)
        if key not in rows:
            rows[key] = MatrixRow(
                status.criteria_set_id, status.criterion_id, set_labels.get(status.criterion_id, status.criterion_id),
                [{"state": "unknown", "source": "", "year": year} for year in years],
            )
        if status.year is None:
            continue
        cell = rows[key].cells[column[status.year]]
        cell["state"] = "met" if status.met else "not_met"
        cell["source"] = status.source_label
    return Matrix(years, sorted(rows.values(), key=lambda r: (r.criteria_set_id, _natural(r.criterion_id))))


def _natural(text: str):
    import re

    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]
