"""Emit stage: candidates to facts in the contract's JSON form, one per distinct statement."""

from __future__ import annotations

import json
import unicodedata

from nongthon.extraction.records import Candidate, ExtractOptions, Unit
from nongthon.extraction.resolve import attach_registry

# The order of fields in each fact type, after `doc` and `type`.
FIELDS = {
    "ntm_status": ("unit", "status", "modality", "year"),
    "criteria_count": ("unit", "achieved", "total", "year"),
    "unit_tally": ("parent", "child_level", "count", "total", "state", "year", "modality"),
    "poverty_rate": ("unit", "value", "period", "standard"),
    "indicator": ("unit", "key", "value", "measure", "period", "modality", "total", "note"),
    "legal_ref": ("number", "kind", "date", "issuer"),
    "support": ("helper", "unit", "year", "amount_vnd"),
}
_UNSCORED = {"evidence", "span", "confidence", "unit_key", "unit_code", "note", "measure", "standard", "issuer"}


def _fold(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFD", str(text)).replace("đ", "d").replace("Đ", "D")
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Mn").lower().split())


def identity(fact: dict) -> str:
    """What makes two facts the same statement (the fields the contract scores)."""
    parts = []
    for key, value in fact.items():
        if key in _UNSCORED or key == "doc":
            continue
        if isinstance(value, dict):
            value = (_fold(value.get("name")), value.get("level"))
        elif key in {"helper", "number"}:
            value = _fold(value)
        parts.append((key, value))
    return json.dumps(parts, ensure_ascii=False, default=str)


def emit(candidates: list[Candidate], text: str, doc_id: str, options: ExtractOptions,
         registry=None, on=None) -> list[dict]:
    facts = []
    seen: set[str] = set()
    for c in candidates:
        if c.confidence < options.min_confidence:
            continue
        fact: dict = {"doc": doc_id, "type": c.type}
        for name in FIELDS[c.type]:
            if name not in c.fields:
                continue
            value = c.fields[name]
            if name in {"total", "note"} and c.type == "indicator" and value is None:
                continue
            fact[name] = value.as_contract() if isinstance(value, Unit) else value
        fact["evidence"] = text[c.start:c.end]
        key = identity(fact)
        if key in seen:
            continue
        seen.add(key)
        if options.extra_fields:
            fact["span"] = [c.start, c.end]
            main = fact.get("unit") or fact.get("parent")
            unit_key, unit_code = attach_registry(main, registry, on)
            if unit_key:
                fact["unit_key"], fact["unit_code"] = unit_key, unit_code
            fact["confidence"] = round(c.confidence, 2)
        facts.append(fact)
    return facts
