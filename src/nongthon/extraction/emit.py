"""Emit stage: candidates to facts in the contract's JSON form, one per distinct statement."""

from __future__ import annotations

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


def identity(fact: dict) -> tuple:
    """What makes two facts the same statement (the fields the contract scores)."""
    parts = []
    for key, value in fact.items():
        if key in _UNSCORED or key == "doc":
            continue
        if isinstance(value, dict):
            name = value.get("name")
            value = (name.lower() if name else None, value.get("level"))
        elif key in {"helper", "number"} and isinstance(value, str):
            value = value.lower()
        parts.append((key, value))
    return tuple(parts)


def emit(candidates: list[Candidate], text: str, doc_id: str, options: ExtractOptions,
         registry=None, on=None) -> list[dict]:
    facts = []
    seen: set[tuple] = set()
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
