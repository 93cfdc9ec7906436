"""Reading and checking criteria-set files (`evaluation/sets/*.yaml`).

Every problem is reported with file, line and field, all at once, so an office can fix its
own file in one pass. A set may `extends:` another: it inherits the parent's criteria and
overrides thresholds by selector (region, group, flag, years), adds criteria and indicators,
or removes them (`remove_criteria`, `remove_indicators`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from pathlib import Path

from nongthon.evaluation.model import (
    CriteriaSet,
    Criterion,
    Indicator,
    LegalBasis,
    RelativeTo,
    Rule,
    Scope,
    Threshold,
    Tier,
    Verification,
)
from nongthon.evaluation.regions import FLAGS, REGIONS
from nongthon.evaluation.yamlnodes import LMap, LSeq, SetError, SetFileError, parse_yaml

SETS_DIR = Path(__file__).resolve().parent / "sets"

_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

_SET_KEYS = {
    "id", "title", "legal_basis", "period", "scope", "tier", "extends", "province", "criteria",
    "conditions", "remove_criteria", "criteria_complete", "criteria_count", "indicator_count",
    "flag_regions", "notes",
}
_CRITERION_KEYS = {"id", "name", "group", "indicators", "indicators_complete", "note", "remove_indicators"}
_INDICATOR_KEYS = {
    "id", "name", "unit", "short_unit", "rule", "thresholds", "relative_to", "recognition_tier",
    "verified", "source", "note",
}
_THRESHOLD_KEYS = {"value", "region", "group", "flag", "year", "years", "verified", "source", "note"}


class _Reader:
    """Collects errors while turning the parsed mapping into model records."""

    def __init__(self, path: str):
        self.path = path
        self.errors: list[SetError] = []

    def error(self, line: int, field: str, message: str) -> None:
        self.errors.append(SetError(self.path, line, field, message))

    def line_of(self, mapping: LMap, key: str) -> int:
        return mapping.key_lines.get(key, mapping.line)

    def check_keys(self, mapping: LMap, allowed: set[str], where: str) -> None:
        for key in mapping:
            if key not in allowed:
                self.error(self.line_of(mapping, key), _join(where, key),
                           "khóa không được hỗ trợ; các khóa hợp lệ: " + ", ".join(sorted(allowed)))

    def mapping(self, value, line: int, field: str, required: bool = True) -> LMap | None:
        if value is None:
            if required:
                self.error(line, field, "thiếu")
            return None
        if not isinstance(value, LMap):
            self.error(line, field, "phải là một ánh xạ khóa: giá trị")
            return None
        return value

    def seq(self, mapping: LMap, key: str, where: str) -> LSeq:
        value = mapping.get(key)
        if value is None:
            return LSeq()
        if not isinstance(value, LSeq):
            self.error(self.line_of(mapping, key), _join(where, key), "phải là một danh sách")
            return LSeq()
        return value

    def text(self, mapping: LMap, key: str, where: str, required: bool = False) -> str | None:
        value = mapping.get(key)
        if value is None:
            if required:
                self.error(self.line_of(mapping, key), _join(where, key), "thiếu")
            return None
        if isinstance(value, bool) or isinstance(value, (LMap, LSeq)):
            self.error(self.line_of(mapping, key), _join(where, key), "phải là chuỗi")
            return None
        return str(value).strip()

    def integer(self, mapping: LMap, key: str, where: str, required: bool = False) -> int | None:
        value = mapping.get(key)
        if value is None:
            if required:
                self.error(self.line_of(mapping, key), _join(where, key), "thiếu")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(self.line_of(mapping, key), _join(where, key), f"phải là số nguyên, không phải {value!r}")
            return None
        return value

    def boolean(self, mapping: LMap, key: str, where: str, default: bool) -> bool:
        value = mapping.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(self.line_of(mapping, key), _join(where, key), "phải là true hoặc false")
            return default
        return value

    def choice(self, mapping: LMap, key: str, where: str, enum, required: bool = False):
        raw = mapping.get(key)
        if raw is None:
            if required:
                self.error(self.line_of(mapping, key), _join(where, key), "thiếu")
            return None
        try:
            return enum(str(raw))
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.error(self.line_of(mapping, key), _join(where, key), f"{raw!r} không hợp lệ; chọn một trong: {allowed}")
            return None

    def verification(self, mapping: LMap, key: str, where: str) -> Verification:
        raw = mapping.get(key)
        if raw is None or raw is False:
            return Verification.UNVERIFIED
        if raw is True:
            return Verification.VERIFIED
        if raw == "partly":
            return Verification.PARTLY
        self.error(self.line_of(mapping, key), _join(where, key), "phải là true, false hoặc partly")
        return Verification.UNVERIFIED


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _item_id(reader: _Reader, item: LMap, where: str) -> str | None:
    raw = item.get("id")
    if raw is None:
        reader.error(item.line, _join(where, "id"), "thiếu")
        return None
    text = str(raw)
    if not _ITEM_ID.match(text):
        reader.error(reader.line_of(item, "id"), _join(where, "id"), f"{text!r}: chỉ dùng chữ, số, dấu chấm, gạch")
        return None
    return text


# --- thresholds -----------------------------------------------------------------------


def _threshold(reader: _Reader, item, line: int, where: str) -> Threshold | None:
    item = reader.mapping(item, line, where)
    if item is None:
        return None
    reader.check_keys(item, _THRESHOLD_KEYS, where)
    if "value" not in item:
        reader.error(item.line, _join(where, "value"), "thiếu (ghi value: null nếu chưa có ngưỡng chính thức)")
    value = item.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        reader.error(reader.line_of(item, "value"), _join(where, "value"), f"phải là số hoặc null, không phải {value!r}")
        value = None
    region = reader.text(item, "region", where)
    if region is not None and region not in REGIONS:
        reader.error(reader.line_of(item, "region"), _join(where, "region"),
                     f"{region!r} không phải mã vùng; chọn một trong: {', '.join(REGIONS)}")
    group = reader.integer(item, "group", where)
    if group is not None and group not in (1, 2, 3):
        reader.error(reader.line_of(item, "group"), _join(where, "group"), "nhóm xã phải là 1, 2 hoặc 3")
    flag = reader.text(item, "flag", where)
    if flag is not None and flag not in FLAGS:
        reader.error(reader.line_of(item, "flag"), _join(where, "flag"), f"{flag!r} không hợp lệ; chọn: {', '.join(FLAGS)}")
    year_from = year_to = None
    if "year" in item and "years" in item:
        reader.error(reader.line_of(item, "years"), _join(where, "years"), "dùng year hoặc years, không dùng cả hai")
    if "year" in item:
        year_from = year_to = reader.integer(item, "year", where)
    elif "years" in item:
        span = reader.mapping(item["years"], reader.line_of(item, "years"), _join(where, "years"))
        if span is not None:
            year_from = reader.integer(span, "from", _join(where, "years"))
            year_to = reader.integer(span, "to", _join(where, "years"))
            if year_from is not None and year_to is not None and year_from > year_to:
                reader.error(span.line, _join(where, "years"), "năm bắt đầu sau năm kết thúc")
    verified = reader.verification(item, "verified", where)
    source = reader.text(item, "source", where)
    if value is None and verified is not Verification.UNVERIFIED:
        reader.error(reader.line_of(item, "verified"), _join(where, "verified"),
                     "ngưỡng để trống (chưa có giá trị chính thức) phải ghi verified: false")
    if verified is not Verification.UNVERIFIED and not source:
        reader.error(item.line, _join(where, "source"), "ngưỡng đã xác minh phải ghi nguồn (source)")
    if value is not None and verified is Verification.UNVERIFIED:
        reader.error(reader.line_of(item, "value"), _join(where, "value"),
                     "không ghi giá trị chưa xác minh; để value: null (khoảng trống) cho đến khi có văn bản chính thức")
    return Threshold(
        value=float(value) if value is not None else None, region=region, group=group, flag=flag,
        year_from=year_from, year_to=year_to, verified=verified, source=source,
        note=reader.text(item, "note", where), line=item.line,
    )


def _merge_thresholds(own: list[Threshold], base: tuple[Threshold, ...]) -> tuple[Threshold, ...]:
    replaced = {t.selector for t in own}
    return tuple(own) + tuple(t for t in base if t.selector not in replaced)


# --- indicators and criteria ------------------------------------------------------------


def _indicator(reader: _Reader, item: LMap, where: str, base: Indicator | None) -> Indicator | None:
    reader.check_keys(item, _INDICATOR_KEYS, where)
    indicator_id = _item_id(reader, item, where)
    name = reader.text(item, "name", where, required=base is None)
    rule = reader.choice(item, "rule", where, Rule, required=base is None)
    if indicator_id is None:
        return None
    thresholds = []
    for index, raw in enumerate(reader.seq(item, "thresholds", where)):
        seq = item["thresholds"]
        t = _threshold(reader, raw, seq.item_lines[index], f"{where}.thresholds[{index}]")
        if t is not None:
            thresholds.append(t)
    seen: dict[tuple, int] = {}
    for t in thresholds:
        if t.selector in seen:
            reader.error(t.line, f"{where}.thresholds", f"trùng phạm vi áp dụng với ngưỡng ở dòng {seen[t.selector]}")
        seen[t.selector] = t.line
    relative = None
    if "relative_to" in item:
        rel = reader.mapping(item["relative_to"], reader.line_of(item, "relative_to"), _join(where, "relative_to"))
        if rel is not None:
            rel_where = _join(where, "relative_to")
            set_id = reader.text(rel, "set", rel_where, required=True)
            target = reader.text(rel, "indicator", rel_where, required=True)
            factor = rel.get("factor")
            if isinstance(factor, bool) or not isinstance(factor, (int, float)) or factor <= 0:
                reader.error(reader.line_of(rel, "factor"), _join(rel_where, "factor"), "phải là số dương, ví dụ 1.1")
                factor = None
            label = reader.text(rel, "label", rel_where, required=True)
            if set_id and target and factor and label:
                relative = RelativeTo(set_id, target, float(factor), label)
    recognition_tier = reader.choice(item, "recognition_tier", where, Tier)
    if base is not None:
        merged_rule = rule or base.rule
        result = Indicator(
            id=indicator_id, name=name or base.name, rule=merged_rule,
            unit=reader.text(item, "unit", where) or base.unit,
            short_unit=reader.text(item, "short_unit", where) or base.short_unit,
            thresholds=_merge_thresholds(thresholds, base.thresholds),
            relative_to=relative or base.relative_to,
            recognition_tier=recognition_tier or base.recognition_tier,
            verified=reader.verification(item, "verified", where) if "verified" in item else base.verified,
            source=reader.text(item, "source", where) or base.source,
            note=reader.text(item, "note", where) or base.note, line=item.line,
        )
    else:
        if rule is None or name is None:
            return None
        unit = reader.text(item, "unit", where) or ""
        result = Indicator(
            id=indicator_id, name=name, rule=rule, unit=unit,
            short_unit=reader.text(item, "short_unit", where) or unit,
            thresholds=tuple(thresholds), relative_to=relative, recognition_tier=recognition_tier,
            verified=reader.verification(item, "verified", where), source=reader.text(item, "source", where),
            note=reader.text(item, "note", where), line=item.line,
        )
    if result.rule is Rule.BOOL and result.thresholds:
        reader.error(reader.line_of(item, "thresholds"), _join(where, "thresholds"), "chỉ tiêu kiểu bool không có ngưỡng")
    if result.relative_to is not None and result.thresholds:
        reader.error(reader.line_of(item, "relative_to"), _join(where, "relative_to"),
                     "chỉ tiêu tính theo chỉ tiêu khác không có ngưỡng riêng")
    if result.recognition_tier is not None and result.rule is not Rule.BOOL:
        reader.error(reader.line_of(item, "recognition_tier"), _join(where, "recognition_tier"), "chỉ dùng với rule: bool")
    return result


def _indicators(reader: _Reader, owner: LMap, key: str, where: str,
                base: tuple[Indicator, ...] = (), removed: set[str] | None = None) -> tuple[Indicator, ...]:
    by_id = {i.id: i for i in base if not removed or i.id not in removed}
    order = list(by_id)
    own: set[str] = set()
    seq = reader.seq(owner, key, where)
    for index, raw in enumerate(seq):
        field = f"{where}.{key}[{index}]"
        item = reader.mapping(raw, seq.item_lines[index], field)
        if item is None:
            continue
        ident = item.get("id")
        if ident is not None:
            field = f"{where}.{key}[{ident}]"
        if ident is not None and str(ident) in own:
            reader.error(item.line, field, f"mã chỉ tiêu {ident!r} lặp lại")
            continue
        indicator = _indicator(reader, item, field, by_id.get(str(ident)) if ident is not None else None)
        if indicator is None:
            continue
        own.add(indicator.id)
        if indicator.id not in by_id:
            order.append(indicator.id)
        by_id[indicator.id] = indicator
    return tuple(by_id[i] for i in order)


def _removals(reader: _Reader, owner: LMap, key: str, where: str, known: set[str]) -> set[str]:
    out = set()
    seq = reader.seq(owner, key, where)
    for index, raw in enumerate(seq):
        ident = str(raw)
        if ident not in known:
            reader.error(seq.item_lines[index], f"{_join(where, key)}[{index}]", f"{ident!r} không có trong bộ tiêu chí gốc")
        out.add(ident)
    return out


def _criteria(reader: _Reader, data: LMap, base: tuple[Criterion, ...]) -> tuple[Criterion, ...]:
    removed = _removals(reader, data, "remove_criteria", "", {c.id for c in base})
    by_id = {c.id: c for c in base if c.id not in removed}
    order = list(by_id)
    base_ids = {c.id for c in base}
    seq = reader.seq(data, "criteria", "")
    own_ids: set[str] = set()
    for index, raw in enumerate(seq):
        field = f"criteria[{index}]"
        item = reader.mapping(raw, seq.item_lines[index], field)
        if item is None:
            continue
        reader.check_keys(item, _CRITERION_KEYS, field)
        ident = _item_id(reader, item, field)
        if ident is None:
            continue
        field = f"criteria[{ident}]"
        if ident in own_ids:
            reader.error(item.line, field, f"mã tiêu chí {ident!r} lặp lại")
            continue
        own_ids.add(ident)
        parent = by_id.get(ident)
        name = reader.text(item, "name", field, required=parent is None)
        if parent is None and ident in base_ids:
            reader.error(item.line, field, "tiêu chí vừa bị bỏ (remove_criteria) vừa được khai báo")
        removed_ind = _removals(reader, item, "remove_indicators", field,
                                {i.id for i in parent.indicators} if parent else set())
        indicators = _indicators(reader, item, "indicators", field,
                                 parent.indicators if parent else (), removed_ind)
        criterion = Criterion(
            id=ident, name=name or (parent.name if parent else ""),
            indicators=indicators,
            group=reader.text(item, "group", field) or (parent.group if parent else None),
            indicators_complete=reader.boolean(item, "indicators_complete", field,
                                               parent.indicators_complete if parent else True),
            note=reader.text(item, "note", field) or (parent.note if parent else None),
            line=item.line,
        )
        if ident not in by_id:
            order.append(ident)
        by_id[ident] = criterion
    return tuple(by_id[i] for i in order)


# --- the set ------------------------------------------------------------------------------


def _legal_basis(reader: _Reader, data: LMap, base: LegalBasis | None) -> LegalBasis | None:
    raw = data.get("legal_basis")
    if raw is None and base is not None:
        return base
    item = reader.mapping(raw, reader.line_of(data, "legal_basis"), "legal_basis")
    if item is None:
        return None
    reader.check_keys(item, {"number", "date", "issuer", "source", "in_force"}, "legal_basis")
    number = reader.text(item, "number", "legal_basis", required=True)
    issuer = reader.text(item, "issuer", "legal_basis", required=True)
    dates = {}
    for key in ("date", "in_force"):
        value = item.get(key)
        if value is None:
            if key == "date":
                reader.error(item.line, "legal_basis.date", "thiếu")
            continue
        if not isinstance(value, dt.date):
            reader.error(reader.line_of(item, key), f"legal_basis.{key}", f"phải là ngày dạng YYYY-MM-DD, không phải {value!r}")
            continue
        dates[key] = value.isoformat()
    if not number or not issuer or "date" not in dates:
        return None
    return LegalBasis(number=number, date=dates["date"], issuer=issuer,
                      source=reader.text(item, "source", "legal_basis"), in_force=dates.get("in_force"))


def build_set(data: LMap, path: str, resolve=None) -> CriteriaSet:
    """Turn a parsed file into a CriteriaSet, or raise SetFileError listing every problem.

    `resolve(set_id)` returns the parent of a set that `extends:` another (default: shipped sets).
    """
    reader = _Reader(path)
    reader.check_keys(data, _SET_KEYS, "")
    set_id = reader.text(data, "id", "", required=True)
    if set_id and not _ID.match(set_id):
        reader.error(reader.line_of(data, "id"), "id", f"{set_id!r}: chỉ dùng chữ thường không dấu, số, gạch ngang")
    parent = None
    extends = reader.text(data, "extends", "")
    if extends:
        try:
            if extends.endswith((".yaml", ".yml")):  # an office's own parent file, next to this one
                parent = load_set_file(Path(path).parent / extends, resolve)
            else:
                parent = (resolve or load_set)(extends)
        except KeyError:
            reader.error(reader.line_of(data, "extends"), "extends", f"không có bộ tiêu chí {extends!r}")
        except SetFileError as err:
            reader.error(reader.line_of(data, "extends"), "extends", f"bộ tiêu chí gốc {extends!r} có lỗi: {err.errors[0]}")
    title = reader.text(data, "title", "", required=True)
    legal = _legal_basis(reader, data, None)
    period_from = period_to = None
    if "period" in data:
        period = reader.mapping(data["period"], reader.line_of(data, "period"), "period")
        if period is not None:
            reader.check_keys(period, {"from", "to"}, "period")
            period_from = reader.integer(period, "from", "period", required=True)
            period_to = reader.integer(period, "to", "period", required=True)
            if period_from and period_to and period_from > period_to:
                reader.error(period.line, "period", "năm bắt đầu sau năm kết thúc")
    elif parent is None:
        reader.error(data.line, "period", "thiếu")
    scope = reader.choice(data, "scope", "", Scope, required=parent is None)
    tier = reader.choice(data, "tier", "", Tier, required=parent is None)
    flag_regions = dict(parent.flag_regions) if parent else {}
    if "flag_regions" in data:
        mapping = reader.mapping(data["flag_regions"], reader.line_of(data, "flag_regions"), "flag_regions")
        for flag, region in (mapping or {}).items():
            where = f"flag_regions.{flag}"
            if flag not in FLAGS:
                reader.error(mapping.key_lines[flag], where, f"{flag!r} không hợp lệ; chọn: {', '.join(FLAGS)}")
            elif region not in REGIONS:
                reader.error(mapping.key_lines[flag], where, f"{region!r} không phải mã vùng")
            else:
                flag_regions[flag] = region
    if parent is None and not data.get("criteria"):
        reader.error(reader.line_of(data, "criteria"), "criteria", "thiếu: một bộ tiêu chí cần ít nhất một tiêu chí")
    criteria = _criteria(reader, data, parent.criteria if parent else ())
    conditions = _indicators(reader, data, "conditions", "", parent.conditions if parent else ())
    criteria_complete = reader.boolean(data, "criteria_complete", "", parent.criteria_complete if parent else True)
    criteria_count = reader.integer(data, "criteria_count", "")
    if criteria_count is None and parent is not None and not data.get("criteria") and not data.get("remove_criteria"):
        criteria_count = parent.declared_criteria_count
    if criteria_complete and criteria_count is not None and criteria_count != len(criteria):
        reader.error(reader.line_of(data, "criteria_count"), "criteria_count",
                     f"khai báo {criteria_count} tiêu chí nhưng danh sách có {len(criteria)}")
    ids: dict[str, str] = {}
    for criterion in criteria:
        for indicator in criterion.indicators:
            if indicator.id in ids and ids[indicator.id] != criterion.id:
                reader.error(indicator.line, f"criteria[{criterion.id}].indicators[{indicator.id}]",
                             f"mã chỉ tiêu đã dùng ở tiêu chí {ids[indicator.id]}")
            ids[indicator.id] = criterion.id
    for condition in conditions:
        if condition.id in ids:
            reader.error(condition.line, f"conditions[{condition.id}]", "mã điều kiện trùng mã chỉ tiêu")
    if reader.errors or not (set_id and title and legal):
        raise SetFileError(reader.errors or [SetError(path, 1, "(gốc)", "tệp không đủ thông tin")])
    return CriteriaSet(
        id=set_id, title=title, legal_basis=legal,
        period_from=period_from if period_from is not None else parent.period_from,
        period_to=period_to if period_to is not None else parent.period_to,
        scope=scope or parent.scope, tier=tier or parent.tier,
        criteria=criteria, conditions=conditions, extends=extends,
        province=reader.text(data, "province", "") or (parent.province if parent else None),
        criteria_complete=criteria_complete, declared_criteria_count=criteria_count,
        declared_indicator_count=reader.integer(data, "indicator_count", "")
        or (parent.declared_indicator_count if parent and not data.get("criteria") else None),
        flag_regions=flag_regions, notes=reader.text(data, "notes", ""), path=path,
    )


def load_set_text(text: str, path: str = "<text>", resolve=None) -> CriteriaSet:
    return build_set(parse_yaml(text, path), path, resolve)


def load_set_file(path: str | Path, resolve=None) -> CriteriaSet:
    """Read and check one set file; raise SetFileError naming file, line and field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise SetFileError([SetError(str(path), 0, "(tệp)", f"không đọc được: {err.strerror}")]) from None
    except UnicodeDecodeError:
        raise SetFileError([SetError(str(path), 0, "(tệp)", "không phải văn bản UTF-8")]) from None
    return load_set_text(text, str(path), resolve)


@lru_cache(maxsize=1)
def _shipped_paths() -> dict[str, Path]:
    out = {}
    for path in sorted(SETS_DIR.glob("*.yaml")):
        data = parse_yaml(path.read_text(encoding="utf-8"), str(path))
        out[str(data.get("id"))] = path
    return out


@cache
def load_set(set_id: str) -> CriteriaSet:
    """A shipped set by id (cached). Raises KeyError for an unknown id."""
    paths = _shipped_paths()
    if set_id not in paths:
        raise KeyError(set_id)
    return load_set_file(paths[set_id])


def list_sets() -> list[CriteriaSet]:
    """Every shipped set, in the order of their period then id."""
    sets = [load_set(set_id) for set_id in _shipped_paths()]
    return sorted(sets, key=lambda s: (s.period_from, s.scope.value, s.tier.rank, s.id))
