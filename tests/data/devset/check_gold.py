#!/usr/bin/env python3
"""Check the development-set gold facts against the fact contract (facts.md).

usage: check_gold.py [GOLD.jsonl] [DOCS_DIR]

Defaults to gold.jsonl and docs/ beside this file. Verifies that every line is a JSON
object of a known type with the required fields and allowed values, that its document
exists, and that its evidence is an exact substring of the document (after NFC).
Also reports documents that are not NFC, documents without facts, and facts that
repeat another fact's key fields; a unit name starting with a level word is only flagged
for a look (some names do: "Bản Cầm"). Exits 1 when a problem is found. Standard library only.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEVELS = {"nuoc", "tinh", "huyen", "xa", "thon"}
STATUSES = {"dat_chuan", "nang_cao", "kieu_mau"}
MODALITIES = {"achieved", "target"}
KINDS = {"chi_thi", "nghi_dinh", "nghi_quyet", "quyet_dinh", "de_an", "thong_tu", "luat",
         "ke_hoach", "ket_luan", "other"}
KEYS = {
    "income_per_capita": "million_vnd_per_year",
    "health_insurance_coverage": "percent",
    "electricity_households": "percent",
    "clean_water_rural": "percent",
    "paved_road_to_commune": "percent",
    "national_standard_schools": "count",
    "ocop_products": "count",
    "cooperatives": "count",
    "budget_revenue": "vnd",
    "budget_expenditure": "vnd",
    "sown_area": "ha",
    "new_forest_area": "ha",
    "support_funds": "vnd",
}
REQUIRED = {
    "ntm_status": ["unit", "status", "modality", "year"],
    "criteria_count": ["unit", "achieved", "total", "year"],
    "unit_tally": ["parent", "child_level", "count", "total", "state", "year", "modality"],
    "poverty_rate": ["unit", "value", "period", "standard"],
    "indicator": ["unit", "key", "value", "measure", "period", "modality"],
    "legal_ref": ["number", "kind", "date", "issuer"],
    "support": ["helper", "unit", "year", "amount_vnd"],
}
LEVEL_WORDS = ["xã", "huyện", "tỉnh", "thôn", "thị trấn", "thành phố", "tp", "tp.", "thị xã", "tx",
               "tx.", "phường", "đặc khu", "bản", "ấp", "xóm", "làng", "buôn", "khu phố", "tổ dân phố"]
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SPAN_RE = re.compile(r"^\d{4}-\d{4}$")
STATE_RE = re.compile(r"^criteria:(\d+)-(\d+)$")
WARNINGS = []
# level words that also begin real names ("Bản Cầm", "Buôn Đôn", "Làng Giàng")
NAME_WORDS = {"bản", "buôn", "làng", "ấp"}


def is_num(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_year(value, where, problems, allow_span=True, allow_date=False):
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and 1900 < value < 2100):
        return
    if isinstance(value, str) and allow_span and SPAN_RE.match(value):
        a, b = map(int, value.split("-"))
        if a < b:
            return
    if isinstance(value, str) and allow_date and DATE_RE.match(value):
        return
    problems.append(f"{where}: bad year/period {value!r}")


def check_unit(unit, where, problems):
    if not isinstance(unit, dict):
        problems.append(f"{where}: unit must be an object")
        return
    for field in ("name", "level", "parent"):
        if field not in unit:
            problems.append(f"{where}: unit lacks {field}")
    if unit.get("level") not in LEVELS:
        problems.append(f"{where}: bad level {unit.get('level')!r}")
    name = unit.get("name")
    if name is not None:
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: bad unit name {name!r}")
        else:
            if unicodedata.normalize("NFC", name) != name:
                problems.append(f"{where}: unit name not NFC")
            low = name.lower()
            for word in LEVEL_WORDS:
                if low.startswith(word + " ") and word not in NAME_WORDS:
                    problems.append(f"{where}: unit name keeps the level word: {name!r}")
                elif low.startswith(word + " "):
                    WARNINGS.append(f"{where}: unit name starts with a level word, check it is part "
                                    f"of the proper name: {name!r}")
    if unit.get("level") == "nuoc" and (name is not None or unit.get("parent") is not None):
        problems.append(f"{where}: the country has no name and no parent")


def check_fact(fact, where, problems):
    t = fact.get("type")
    if t not in REQUIRED:
        problems.append(f"{where}: unknown type {t!r}")
        return
    for field in ["doc", "evidence"] + REQUIRED[t]:
        if field not in fact:
            problems.append(f"{where}: {t} lacks {field}")
    if problems and problems[-1].startswith(where) and "lacks" in problems[-1]:
        return
    if t in ("ntm_status", "criteria_count", "poverty_rate", "indicator", "support"):
        check_unit(fact["unit"], where, problems)
    if t == "ntm_status":
        if fact["status"] not in STATUSES:
            problems.append(f"{where}: bad status {fact['status']!r}")
        if fact["modality"] not in MODALITIES:
            problems.append(f"{where}: bad modality {fact['modality']!r}")
        check_year(fact["year"], where, problems, allow_span=False)
    elif t == "criteria_count":
        if not isinstance(fact["achieved"], int):
            problems.append(f"{where}: achieved must be an integer")
        if fact["total"] is not None and (not isinstance(fact["total"], int) or fact["total"] < fact["achieved"]):
            problems.append(f"{where}: bad total {fact['total']!r}")
        check_year(fact["year"], where, problems, allow_span=False)
    elif t == "unit_tally":
        check_unit(fact["parent"], where, problems)
        if fact["child_level"] not in LEVELS - {"nuoc"}:
            problems.append(f"{where}: bad child_level {fact['child_level']!r}")
        if not isinstance(fact["count"], int) or fact["count"] < 0:
            problems.append(f"{where}: count must be a non-negative integer")
        if fact["total"] is not None and (not isinstance(fact["total"], int) or fact["total"] < fact["count"]):
            problems.append(f"{where}: bad total {fact['total']!r}")
        state = fact["state"]
        m = STATE_RE.match(state) if isinstance(state, str) else None
        if state not in STATUSES and not (m and int(m.group(1)) <= int(m.group(2))):
            problems.append(f"{where}: bad state {state!r}")
        if fact["modality"] not in MODALITIES:
            problems.append(f"{where}: bad modality {fact['modality']!r}")
        check_year(fact["year"], where, problems)
    elif t == "poverty_rate":
        if not is_num(fact["value"]) or not 0 <= fact["value"] <= 100:
            problems.append(f"{where}: bad percentage {fact['value']!r}")
        check_year(fact["period"], where, problems, allow_date=True)
    elif t == "indicator":
        key = fact["key"]
        if key not in KEYS:
            problems.append(f"{where}: key {key!r} is not in the closed list")
        elif fact["measure"] != KEYS[key]:
            problems.append(f"{where}: measure of {key} is {KEYS[key]}, not {fact['measure']!r}")
        if not is_num(fact["value"]):
            problems.append(f"{where}: value must be a number")
        if fact["modality"] not in MODALITIES:
            problems.append(f"{where}: bad modality {fact['modality']!r}")
        if "total" in fact and fact["total"] is not None and not is_num(fact["total"]):
            problems.append(f"{where}: total must be a number")
        if KEYS.get(key) == "percent" and is_num(fact["value"]) and not 0 <= fact["value"] <= 100:
            problems.append(f"{where}: bad percentage {fact['value']!r}")
        check_year(fact["period"], where, problems, allow_date=True)
    elif t == "legal_ref":
        number = fact["number"]
        if not isinstance(number, str) or not number:
            problems.append(f"{where}: number must be a non-empty string")
        elif fact["kind"] != "luat" and (" " in number or number.lower().startswith("số")):
            problems.append(f"{where}: number not normalised: {number!r}")
        if fact["kind"] not in KINDS:
            problems.append(f"{where}: bad kind {fact['kind']!r}")
        if fact["date"] is not None and not (isinstance(fact["date"], str) and DATE_RE.match(fact["date"])):
            problems.append(f"{where}: bad date {fact['date']!r}")
    elif t == "support":
        if not isinstance(fact["helper"], str) or not fact["helper"]:
            problems.append(f"{where}: helper must be a non-empty string")
        check_year(fact["year"], where, problems, allow_span=False)
        if fact["amount_vnd"] is not None and not is_num(fact["amount_vnd"]):
            problems.append(f"{where}: amount_vnd must be a number")


def scored_key(fact):
    """Rough form of the scorer's key fields, to spot a fact labelled twice."""
    drop = {"evidence", "measure", "standard", "issuer", "note"}
    out = {}
    for k, v in fact.items():
        if k in drop:
            continue
        if isinstance(v, dict):
            v = (str(v.get("name")).lower(), v.get("level"))
        out[k] = v
    return json.dumps(out, ensure_ascii=False, sort_keys=True, default=str)


def main():
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.jsonl"
    docs_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "docs"
    problems, texts = [], {}
    for path in sorted(docs_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        if unicodedata.normalize("NFC", raw) != raw:
            problems.append(f"{path.name}: not NFC")
        texts[path.stem] = unicodedata.normalize("NFC", raw)
    counts, per_doc, seen = Counter(), Counter(), Counter()
    with gold.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            where = f"{gold.name}:{line_no}"
            if not line.strip():
                continue
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{where}: not JSON: {err}")
                continue
            if not isinstance(fact, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            before = len(problems)
            check_fact(fact, where, problems)
            doc = fact.get("doc")
            if doc not in texts:
                problems.append(f"{where}: no document {doc!r} in {docs_dir}")
            else:
                ev = fact.get("evidence")
                if not isinstance(ev, str) or not ev.strip():
                    problems.append(f"{where}: empty evidence")
                elif unicodedata.normalize("NFC", ev) not in texts[doc]:
                    problems.append(f"{where}: evidence is not a substring of {doc}: {ev[:80]!r}")
            if len(problems) == before:
                key = scored_key(fact)
                if seen[key]:
                    problems.append(f"{where}: repeats the key fields of an earlier fact")
                seen[key] += 1
            counts[fact.get("type")] += 1
            per_doc[doc] += 1
    for doc in sorted(set(texts) - set(per_doc)):
        print(f"note: {doc} has no facts")
    print(f"{len(texts)} documents, {sum(counts.values())} facts: "
          + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))
    for warning in WARNINGS:
        print("check", warning)
    for problem in problems:
        print("PROBLEM", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
