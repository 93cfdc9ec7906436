"""Reading an office's CSV of per-unit attributes (ĐBKK, ATK, commune group, region), checked
row by row against the registry before anything is written.

Columns: `code` (or `key`), `name` (dbkk, atk, commune_group, region), `value`, and optionally
`valid_from`, `valid_to` (YYYY-MM-DD or DD/MM/YYYY), `source` (the file name when empty) and
`unit_name` (checked against the unit's name when given). Every problem is reported as
`FILE:LINE: field: problem`; one bad row rejects the whole file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from nongthon.registry.regions import REGIONS
from nongthon.registry.store import Registry, kind_name
from nongthon.registry.text import split_level_word, tone_key

ATTRIBUTE_NAMES = ("dbkk", "atk", "commune_group", "region")
_TRUE = {"1", "true", "có", "co", "x", "yes"}
_FALSE = {"0", "false", "không", "khong", "no"}


class AttributeFileError(ValueError):
    """The file cannot be loaded; `errors` lists every problem as FILE:LINE: field: problem."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class AttributeRow:
    line: int
    unit_key: str
    name: str
    value: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    source: str


def parse_date(text: str) -> dt.date:
    text = text.strip()
    if "/" in text:
        day, month, year = text.split("/")
        return dt.date(int(year), int(month), int(day))
    return dt.date.fromisoformat(text)


def _value(name: str, raw: str) -> str:
    value = raw.strip().lower()
    if name in ("dbkk", "atk"):
        if value in _TRUE:
            return "1"
        if value in _FALSE:
            return "0"
        raise ValueError(f"«{raw}» không phải có/không (1/0)")
    if name == "commune_group":
        if value in ("1", "2", "3"):
            return value
        raise ValueError(f"«{raw}» không phải nhóm 1, 2 hoặc 3")
    if value in REGIONS:
        return value
    raise ValueError(f"«{raw}» không phải mã vùng ({', '.join(REGIONS)})")


def read_attributes(path: str | Path, registry: Registry, text: str | None = None) -> list[AttributeRow]:
    """Every row of the file, checked; raises AttributeFileError listing all problems."""
    path = Path(path)
    label = path.name
    errors: list[str] = []
    if text is None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise AttributeFileError([f"{label}: không tìm thấy tệp"]) from None
        except UnicodeDecodeError as exc:
            raise AttributeFileError([f"{label}: tệp không phải UTF-8 ({exc.reason})"]) from None
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip() for f in (reader.fieldnames or [])]
    reader.fieldnames = fields
    missing = [f for f in ("name", "value") if f not in fields]
    if "code" not in fields and "key" not in fields:
        missing.insert(0, "code")
    if missing:
        raise AttributeFileError([f"{label}:1: {f}: thiếu cột" for f in missing])
    rows: list[AttributeRow] = []
    for row in reader:
        line = reader.line_num
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        before = len(errors)

        def err(field: str, problem: str, line: int = line) -> None:
            errors.append(f"{label}:{line}: {field}: {problem}")

        name = (row.get("name") or "").strip()
        if name not in ATTRIBUTE_NAMES:
            err("name", f"«{name}» không phải thuộc tính đã biết ({', '.join(ATTRIBUTE_NAMES)})")
        value = ""
        if name in ATTRIBUTE_NAMES:
            try:
                value = _value(name, row.get("value") or "")
            except ValueError as exc:
                err("value", str(exc))
        dates = {}
        for field in ("valid_from", "valid_to"):
            raw = (row.get(field) or "").strip()
            dates[field] = None
            if raw:
                try:
                    dates[field] = parse_date(raw)
                except ValueError:
                    err(field, f"«{raw}» không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)")
        if dates["valid_from"] and dates["valid_to"] and dates["valid_from"] >= dates["valid_to"]:
            err("valid_to", "phải sau valid_from")
        unit = None
        key = (row.get("key") or "").strip()
        code = (row.get("code") or "").strip()
        if key:
            unit = registry.get(key)
            if unit is None:
                err("key", f"không có đơn vị khóa {key}")
        elif not code:
            err("code", "trống")
        elif (row.get("valid_from") or "").strip() and dates["valid_from"] is None:
            pass  # the date is wrong; which unit held the code cannot be told
        else:
            on = dates["valid_from"] or dt.date.today()
            unit = registry.by_code(code, on)
            if unit is None:
                if registry.versions(code):
                    err("code", f"mã {code} không thuộc đơn vị nào vào ngày {on.isoformat()}")
                else:
                    err("code", f"không có đơn vị nào mang mã {code}")
        if unit is not None:
            if name in ("dbkk", "atk", "commune_group") and unit.level != "xa":
                err("code", f"{kind_name(unit)} không phải đơn vị cấp xã")
            written = (row.get("unit_name") or "").strip()
            if written and tone_key(split_level_word(written)[2]) != tone_key(unit.name):
                err("unit_name", f"«{written}» khác tên trong danh mục ({kind_name(unit)})")
            if unit.valid_to and dates["valid_to"] and dates["valid_to"] > unit.valid_to:
                err("valid_to", f"sau ngày {kind_name(unit)} hết hiệu lực ({unit.valid_to.isoformat()})")
        if len(errors) == before and unit is not None:
            rows.append(AttributeRow(line, unit.key, name, value, dates["valid_from"], dates["valid_to"],
                                     (row.get("source") or "").strip() or label))
    if errors:
        raise AttributeFileError(errors)
    return rows
