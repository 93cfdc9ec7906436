"""Reading what an office knows about a unit from a CSV or JSON file into `KnownData`.

CSV: a header `indicator,value` (measured values) or `criterion,status` (asserted statuses);
the row `tong,19/19` under `criterion,status` is a reported count. Numbers may be written
Vietnamese style ("32,29", "1.234,5") or machine style ("32.29"); "85%" reads as 85.
JSON: {"values": {"10": 32.29}, "criteria": {"10": "đạt"}, "count": "19/19",
"recognition": {"tier": "dat_chuan", "decision": "…", "year": 2020}, "source": "…"}.
Every problem is reported as file:line: field: message, all at once.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from nongthon.evaluation.model import CriteriaSet, KnownData, Recognition, Rule, Tier
from nongthon.evaluation.yamlnodes import LMap, SetError, SetFileError, parse_yaml

_TRUE = {"đạt", "dat", "met", "true", "1", "x", "có", "co", "yes", "đ"}
_FALSE = {"chưa đạt", "chua dat", "không đạt", "khong dat", "not_met", "false", "0", "không", "khong", "no"}
_COUNT = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_COUNT_KEYS = {"tong", "tổng", "count", "*"}


class ValuesFileError(SetFileError):
    """A values file that cannot be used; `errors` name file, line and field."""


def parse_number(text: str) -> float | None:
    raw = text.strip().replace(" ", "").removesuffix("%")
    if not raw:
        return None
    if "," in raw and "." in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif "," in raw:
        raw = raw.replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        return None


def parse_status(text) -> bool | None:
    if isinstance(text, bool):
        return text
    value = str(text).strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None


class _Collector:
    def __init__(self, path: str, cset: CriteriaSet | None):
        self.path = path
        self.errors: list[SetError] = []
        self.cset = cset
        self.values: dict[str, float | bool] = {}
        self.statuses: dict[str, bool] = {}
        self.count: tuple[int, int] | None = None

    def error(self, line: int, field: str, message: str) -> None:
        self.errors.append(SetError(self.path, line, field, message))

    def value(self, line: int, key: str, raw) -> None:
        rule = None
        if self.cset is not None:
            try:
                rule = self.cset.indicator(key).rule
            except KeyError:
                self.error(line, "indicator", f"{key!r} không có trong bộ {self.cset.id}")
                return
        if key in self.values:
            self.error(line, "indicator", f"{key!r} đã có giá trị ở dòng trước")
            return
        if rule is Rule.BOOL:
            status = parse_status(raw)
            if status is None:
                self.error(line, "value", f"{raw!r}: cần đạt/chưa đạt (hoặc 1/0)")
                return
            self.values[key] = status
            return
        if isinstance(raw, bool):
            self.error(line, "value", f"{raw!r}: cần một số")
            return
        number = raw if isinstance(raw, (int, float)) else parse_number(str(raw))
        if number is None:
            self.error(line, "value", f"{raw!r} không phải là số")
            return
        self.values[key] = number

    def status(self, line: int, key: str, raw) -> None:
        if key.strip().lower() in _COUNT_KEYS:
            match = _COUNT.match(str(raw))
            if not match:
                self.error(line, "status", f"{raw!r}: số tiêu chí đạt cần dạng 19/19")
                return
            self.count = (int(match.group(1)), int(match.group(2)))
            return
        if self.cset is not None:
            try:
                self.cset.criterion(key)
            except KeyError:
                self.error(line, "criterion", f"{key!r} không có trong bộ {self.cset.id}")
                return
        status = parse_status(raw)
        if status is None:
            self.error(line, "status", f"{raw!r}: cần đạt hoặc chưa đạt")
            return
        self.statuses[key] = status


def _read_csv(text: str, col: _Collector) -> None:
    reader = csv.reader(io.StringIO(text))
    header = None
    for row in reader:
        line = reader.line_num
        if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip().lower() for c in row]
            if header[:2] not in (["indicator", "value"], ["criterion", "status"]):
                col.error(line, "(tiêu đề)", "dòng đầu phải là 'indicator,value' hoặc 'criterion,status'")
                return
            continue
        if len(row) < 2:
            col.error(line, header[1], "thiếu cột thứ hai")
            continue
        key, raw = row[0].strip(), row[1].strip()
        if not key:
            col.error(line, header[0], "thiếu mã")
            continue
        if header[0] == "indicator":
            col.value(line, key, raw)
        else:
            col.status(line, key, raw)
    if header is None:
        col.error(1, "(tệp)", "tệp rỗng")


def _read_json(text: str, col: _Collector) -> dict:
    try:
        data = parse_yaml(text, col.path)
    except SetFileError as err:
        col.errors.extend(err.errors)
        return {}
    extra: dict = {}
    for key in data:
        line = data.key_lines[key]
        value = data[key]
        if key == "values" and isinstance(value, LMap):
            for ident, raw in value.items():
                col.value(value.key_lines[ident], str(ident), raw)
        elif key == "criteria" and isinstance(value, LMap):
            for ident, raw in value.items():
                col.status(value.key_lines[ident], str(ident), raw)
        elif key == "count":
            col.status(line, "tong", value)
        elif key == "source":
            extra["source"] = str(value)
        elif key == "year":
            extra["year"] = value
        elif key == "recognition" and isinstance(value, LMap):
            try:
                tier = Tier(str(value.get("tier", "dat_chuan")))
            except ValueError:
                col.error(value.key_lines.get("tier", line), "recognition.tier", f"{value.get('tier')!r} không hợp lệ")
                continue
            extra["recognition"] = Recognition(tier, value.get("decision"), value.get("year"))
        else:
            col.error(line, key, "khóa không được hỗ trợ hoặc sai kiểu (values, criteria, count, recognition, source, year)")
    return extra


def read_known_data(path: str | Path, year: int, cset: CriteriaSet | None = None,
                    source: str | None = None) -> KnownData:
    """Read a values file; with `cset`, ids and value types are checked against the set."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise ValuesFileError([SetError(str(path), 0, "(tệp)", f"không đọc được: {err.strerror}")]) from None
    except UnicodeDecodeError:
        raise ValuesFileError([SetError(str(path), 0, "(tệp)", "không phải văn bản UTF-8")]) from None
    col = _Collector(str(path), cset)
    extra: dict = {}
    if path.suffix.lower() == ".json":
        extra = _read_json(text, col)
    elif path.suffix.lower() == ".csv":
        _read_csv(text, col)
    else:
        col.error(0, "(tệp)", "chỉ đọc tệp .csv hoặc .json")
    if extra.get("year") not in (None, year):
        col.error(1, "year", f"tệp ghi năm {extra['year']} nhưng đang đánh giá năm {year}")
    if col.errors:
        raise ValuesFileError(col.errors)
    return KnownData(year=year, values=col.values, criterion_status=col.statuses, asserted_count=col.count,
                     recognition=extra.get("recognition"), source=extra.get("source") or source)
