"""Workbook operations, written once and called by the upload page and the `workbook` command.

`import_workbook(path_or_file, user)` reads every sheet, checks every cell, unit and permission,
and then either writes every row or none: the writes run inside one `transaction.atomic`, and
nothing is written at all while a single error remains. Each row written is a monitoring record
whose source is the import file and row (`SourceKind.IMPORT`, `source_file` = "file [sheet]",
`source_row`), accepted by the importing user. A unit, column and year holds one imported row:
uploading the same workbook again changes nothing, and a corrected workbook updates the values
that changed in place. Every row created or changed is audited with origin `import` and the file
(`accounts.audit.log_bulk`, since bulk writes send no signals).

`export_workbook(province_code, year)` and `export_csv(...)` write the accepted data of a province
in the same shape as the template, so an export can be corrected and uploaded again.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nongthon.workbooks import layout as L
from nongthon.workbooks.build import build_workbook, resolve_request, scope_units, unit_rows
from nongthon.workbooks.places import UnitIndex, reference_day
from nongthon.workbooks.reading import ColumnCatalogue, ParsedWorkbook, WorkbookError, read_bytes

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class ImportResult:
    """What an import did: the errors (then nothing was written) or the counts of rows written."""

    file: str
    errors: list[WorkbookError] = field(default_factory=list)
    rows: int = 0  # data rows read
    rows_without_values: int = 0
    observations: int = 0  # rows created
    statuses: int = 0
    updated: int = 0  # imported rows whose value or source changed
    unchanged: int = 0  # imported rows the file repeats as they were
    refused: bool = False  # `accounts.authz` refused at least one row (the page answers 403)
    sheets: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def written(self) -> int:
        return self.observations + self.statuses + self.updated

    def summary(self) -> str:
        if self.errors:
            return ngettext("%(file)s: %(n)s lỗi; không ghi dòng nào.", "%(file)s: %(n)s lỗi; không ghi dòng nào.",
                            len(self.errors)) % {"file": self.file, "n": len(self.errors)}
        text = _("%(file)s: đã ghi %(observations)s số liệu chỉ tiêu và %(statuses)s kết quả tiêu chí từ %(rows)s "
                 "dòng") % {"file": self.file, "observations": self.observations, "statuses": self.statuses,
                            "rows": self.rows}
        if self.updated or self.unchanged:
            text += "; " + _("cập nhật %(updated)s giá trị đã nhập trước, giữ nguyên %(unchanged)s giá trị không đổi") % {
                "updated": self.updated, "unchanged": self.unchanged}
        if self.rows_without_values:
            text += " (" + _("%(n)s dòng chưa có số liệu") % {"n": self.rows_without_values} + ")"
        return text + "."


def _read_input(path_or_file, file_name: str | None) -> tuple[bytes | None, str, WorkbookError | None]:
    if isinstance(path_or_file, str | os.PathLike):
        path = Path(path_or_file)
        name = file_name or path.name
        if not path.is_file():
            return None, name, WorkbookError(name, _("Không tìm thấy tệp %(path)s.") % {"path": path})
        if path.stat().st_size > MAX_BYTES:
            return None, name, WorkbookError(name, _("Tệp lớn hơn 20 MB."))
        return path.read_bytes(), name, None
    name = file_name or Path(getattr(path_or_file, "name", "") or "tep-tai-len.xlsx").name
    if hasattr(path_or_file, "seek"):
        path_or_file.seek(0)
    data = path_or_file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return None, name, WorkbookError(name, _("Tệp lớn hơn 20 MB."))
    return data, name, None


def _catalogue() -> ColumnCatalogue:
    from nongthon.monitoring.models import Indicator

    return ColumnCatalogue({f"indicator:{i.key}": L.indicator_column(i) for i in Indicator.objects.all()})


def _permission(user, unit, on):
    """(allowed, reason) from `accounts.authz` when installed; otherwise any signed-in user may write."""
    try:
        from nongthon.accounts.authz import can_write
        from nongthon.accounts.choices import Action
    except ImportError:
        if user is None or getattr(user, "is_authenticated", False):
            return True, ""
        return False, _("Cần đăng nhập để nhập dữ liệu từ tệp.")
    decision = can_write(user, unit, on, Action.IMPORT_DATA)
    return decision.allowed, decision.reason


def import_workbook(path_or_file, user=None, *, file_name: str | None = None) -> ImportResult:
    """Check every cell of the workbook, then write all its rows in one transaction, or none.

    `user` None is an operator at the server (the CLI); the web view always passes `request.user`.
    """
    data, name, problem = _read_input(path_or_file, file_name)
    result = ImportResult(name)
    if problem is not None:
        result.errors.append(problem)
        return result
    parsed = read_bytes(data, name, _catalogue())
    result.errors.extend(parsed.errors)
    result.sheets = list(parsed.sheets_read)
    result.rows = len(parsed.rows)
    planned = _plan(parsed, user, result)
    if result.errors:
        result.errors.sort(key=_error_order(parsed))
        return result
    from nongthon.accounts.audit import audit_origin
    from nongthon.accounts.choices import Origin

    with transaction.atomic(), audit_origin(Origin.IMPORT, ref=name, actor=user):
        _write(planned, name, user, result)
    return result


def _error_order(parsed: ParsedWorkbook):
    """Errors about the file first, then by sheet as in the file, row and column."""
    from openpyxl.utils import column_index_from_string

    sheets = {name: i for i, name in enumerate(parsed.sheets_read)}

    def key(error: WorkbookError):
        if error.sheet is None:
            return (-1, 0, 0)
        column = column_index_from_string(error.column) if error.column else 0
        return (sheets.get(error.sheet, len(sheets)), error.row or 0, column)

    return key


@dataclass
class _Planned:
    row: object  # ParsedRow
    unit: object
    columns: dict[str, L.Column]


def _plan(parsed: ParsedWorkbook, user, result: ImportResult) -> list[_Planned]:
    index = UnitIndex(r.code for r in parsed.rows)
    planned: list[_Planned] = []
    allowed_cache: dict[tuple[int, int], tuple[bool, str]] = {}
    for row in parsed.rows:
        columns = parsed.columns[row.sheet]
        unit, why = index.get(row.code, row.year)
        if unit is None:
            if row.code_was_number:
                why += " " + _("Mã đơn vị đang ở dạng số nên có thể đã mất số 0 ở đầu; định dạng ô là chữ (Text).")
            result.errors.append(WorkbookError(parsed.file, why, row.sheet, row.row, "A", "Mã đơn vị"))
            continue
        scopes = {_set_scope(c.set_id) for key, c in columns.items() if key in row.values and c.set_id}
        wrong = [s for s in scopes if s and s != unit.level]
        if wrong:
            result.errors.append(WorkbookError(
                parsed.file, _("Đơn vị %(code)s là cấp %(level)s, bộ tiêu chí của trang này dành cho cấp %(scope)s.") % {
                    "code": unit.code, "level": unit.get_level_display(), "scope": wrong[0]},
                row.sheet, row.row, "A", "Mã đơn vị"))
            continue
        if not row.values:
            result.rows_without_values += 1
            continue
        cache_key = (unit.pk, row.year)
        if cache_key not in allowed_cache:
            allowed_cache[cache_key] = _permission(user, unit, reference_day(unit, row.year))
        allowed, reason = allowed_cache[cache_key]
        if not allowed:
            result.refused = True
            result.errors.append(WorkbookError(parsed.file, _("Không được ghi số liệu của %(unit)s: %(reason)s") % {
                "unit": unit, "reason": reason},
                                               row.sheet, row.row, "A", "Mã đơn vị"))
            continue
        planned.append(_Planned(row, unit, columns))
    return planned


def _set_scope(set_id: str) -> str | None:
    criteria_set = L.load_criteria_set(set_id)
    return str(criteria_set.scope) if criteria_set is not None else None


#: Fields an import sets on a row it repeats with a different value or from another file.
_REFRESHED = ["source_file", "source_row", "source_evidence", "source_user", "reviewed_by", "reviewed_at",
              "updated_at"]


def _write(planned: list[_Planned], file_name: str, user, result: ImportResult) -> None:
    from nongthon.monitoring.choices import PeriodPrecision, ReviewStatus, SourceKind
    from nongthon.monitoring.models import CriterionStatus, Indicator, Observation

    indicators = {i.key: i for i in Indicator.objects.all()}
    now = timezone.now()
    signed_in = user if getattr(user, "is_authenticated", False) else None
    observations, statuses = [], []
    for item in planned:
        row = item.row
        source = {
            "source_kind": SourceKind.IMPORT,
            "source_file": f"{file_name} [{row.sheet}]"[:500],
            "source_row": row.row,
            "source_user": signed_in,
            "status": ReviewStatus.ACCEPTED,
            "reviewed_by": signed_in,
            "reviewed_at": now,
        }
        for key, value in row.values.items():
            column = item.columns[key]
            evidence = f"Trang “{row.sheet}”, dòng {row.row}, cột “{column.label}”: {value}"
            if column.indicator_key:
                observations.append(Observation(
                    unit=item.unit, indicator=indicators[column.indicator_key], year=row.year,
                    precision=PeriodPrecision.YEAR, value=value, source_evidence=evidence, **source))
            elif column.set_id:
                statuses.append(CriterionStatus(
                    unit=item.unit, criteria_set_id=column.set_id, criterion_id=column.criterion_id,
                    year=row.year, met=bool(value), source_evidence=evidence, **source))
    result.observations = _upsert(Observation, observations, ("unit_id", "indicator_id", "year"), "value", result)
    result.statuses = _upsert(CriterionStatus, statuses, ("unit_id", "criteria_set_id", "criterion_id", "year"),
                              "met", result)


def _upsert(model, rows: list, key: tuple[str, ...], value_field: str, result: ImportResult) -> int:
    """Create the rows new to the database; update earlier imported rows of the same key; audit both.

    An earlier imported row (accepted, `SourceKind.IMPORT`, a whole year) with the same key is the
    one to update; rows from documents or people are left as they are. Returns the rows created.
    """
    import copy

    from nongthon.accounts.audit import log_bulk
    from nongthon.monitoring.choices import PeriodPrecision, ReviewStatus, SourceKind

    if not rows:
        return 0
    earlier = {}
    existing = model.objects.filter(
        source_kind=SourceKind.IMPORT, status=ReviewStatus.ACCEPTED, unit_id__in={r.unit_id for r in rows},
        year__in={r.year for r in rows}).order_by("id")
    if model._meta.model_name == "observation":
        existing = existing.filter(precision=PeriodPrecision.YEAR, date__isnull=True, year_from__isnull=True)
    for row in existing:
        earlier[tuple(getattr(row, name) for name in key)] = row  # the latest of any duplicates wins
    created, changed = [], []
    for row in rows:
        before = earlier.get(tuple(getattr(row, name) for name in key))
        if before is None:
            created.append(row)
            continue
        if (getattr(before, value_field) == getattr(row, value_field) and before.source_file == row.source_file
                and before.source_row == row.source_row):
            result.unchanged += 1
            continue
        after = copy.copy(before)
        for name in [value_field, *_REFRESHED]:
            if name != "updated_at":
                setattr(after, name, getattr(row, name))
        after.updated_at = timezone.now()
        changed.append((before, after))
    model.objects.bulk_create(created, batch_size=500)
    model.objects.bulk_update([after for _, after in changed], [value_field, *_REFRESHED], batch_size=500)
    log_bulk([(None, row) for row in created] + changed)
    result.updated += len(changed)
    return len(created)


# --- export --------------------------------------------------------------------------------


@dataclass
class ExportData:
    province: object
    year: int
    criteria_set: object
    sheets: list[tuple[L.SheetLayout, list[dict]]]
    sources: dict[tuple[str, str, str], str]  # (sheet, unit code, column key) → source label


def export_data(province_code: str, year: int, set_id: str | None = None) -> ExportData:
    """Accepted values of the province's communes for `year`, in the template's shape.

    For each unit and column the latest accepted row of that year wins (highest id).
    Raises `WorkbookRequestError` for an unknown province or set.
    """
    from nongthon.monitoring.choices import ReviewStatus
    from nongthon.monitoring.models import CriterionStatus, Observation

    province, communes, criteria_set = resolve_request(province_code, year, set_id)
    units = [province, *communes]
    rows = unit_rows(units, year)
    by_pk = {u.pk: r for u, r in zip(units, rows, strict=True)}
    sources: dict[tuple[str, str, str], str] = {}
    indicators = L.indicators_layout()
    observations = (Observation.objects.filter(unit__in=units, year=year, status=ReviewStatus.ACCEPTED)
                    .select_related("indicator", "unit", "source_document", "source_legal", "source_user")
                    .order_by("id"))
    for obs in observations:
        key = f"indicator:{obs.indicator.key}"
        by_pk[obs.unit_id][key] = _number(obs.value)
        sources[(L.SHEET_INDICATORS, obs.unit.code, key)] = obs.source_label
    sheets = [(indicators, rows)]
    if criteria_set is not None:
        criteria_units = scope_units(province, year, criteria_set)
        criteria_rows = unit_rows(criteria_units, year)
        crit_by_pk = {u.pk: r for u, r in zip(criteria_units, criteria_rows, strict=True)}
        statuses = (CriterionStatus.objects.filter(unit__in=criteria_units, year=year, status=ReviewStatus.ACCEPTED,
                                                   criteria_set_id=criteria_set.id)
                    .select_related("unit", "source_document", "source_legal", "source_user").order_by("id"))
        for status in statuses:
            key = f"criterion:{criteria_set.id}:{status.criterion_id}"
            crit_by_pk[status.unit_id][key] = L.MET if status.met else L.NOT_MET
            sources[(L.SHEET_CRITERIA, status.unit.code, key)] = status.source_label
        sheets.append((L.criteria_layout(criteria_set), criteria_rows))
    return ExportData(province, year, criteria_set, sheets, sources)


def _number(value: Decimal):
    value = Decimal(value).normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def export_workbook(province_code: str, year: int, set_id: str | None = None) -> bytes:
    """The accepted data as an .xlsx in the template's shape (it can be uploaded again)."""
    from nongthon.workbooks.build import to_bytes

    data = export_data(province_code, year, set_id)
    title = (f"Số liệu đã duyệt — {data.province.get_kind_display()} {data.province.name} — năm {year}")
    return to_bytes(build_workbook(data.sheets, title, extra_rows=0))


CSV_HEADER = ["Trang", "Mã đơn vị", "Tên đơn vị", "Năm", "Mã cột", "Tên cột", "Giá trị", "Nguồn"]


def export_csv(province_code: str, year: int, set_id: str | None = None) -> str:
    """The same data as the .xlsx export, one line per value (long form), UTF-8 with a BOM for Excel."""
    data = export_data(province_code, year, set_id)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for sheet, rows in data.sheets:
        value_columns = [c for c in sheet.columns if c.kind in ("number", "percent", "met")]
        for row in rows:
            for column in value_columns:
                value = row.get(column.key)
                if value is None:
                    continue
                text = str(value).replace(".", ",") if isinstance(value, float) else str(value)
                writer.writerow([sheet.name, row[L.UNIT_CODE], row[L.UNIT_NAME], row[L.YEAR], column.key,
                                 column.label, text,
                                 data.sources.get((sheet.name, row[L.UNIT_CODE], column.key), "")])
    return out.getvalue()
