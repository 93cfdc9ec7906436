"""Rules for NTM standing: `ntm_status`, `unit_tally` and `criteria_count`."""

from __future__ import annotations

import re

from nongthon.extraction import words as W
from nongthon.extraction.facts_common import (
    COUNT_BEFORE,
    NTM_TRIGGER,
    ORDINAL,
    child_level,
    clause_of,
    modality_for,
    year_for,
)
from nongthon.extraction.find_units import level_of
from nongthon.extraction.records import Candidate, Sentence, Unit
from nongthon.extraction.resolve import Context, _rank

_GRADE = {"nâng cao": "nang_cao", "kiểu mẫu": "kieu_mau"}
_CRITERIA = re.compile(
    r"(?P<verb>đạt được|đạt|hoàn thành|có|còn)\s+(?:được\s+)?(?:(?P<from>từ)\s+)?"
    r"(?:(?P<lo>\d+)\s*(?:-|–|đến)\s*)?(?P<n>\d+)(?:\s*/\s*(?P<m>\d+))?\s+tiêu chí(?P<rest>[^;.,]{0,20})"
)
_LIST_AFTER = re.compile(r"\s*(?:\((?P<paren>[^()]{3,300})\)|,?\s*(?:gồm|là)(?: các)?(?: xã| thôn| huyện)?\s*:?\s*"
                         r"(?P<list>[^;.()]{3,300}))")
_NAME_ITEM = re.compile(r"^(?:(?:xã|thôn|huyện|phường|thị trấn|bản)\s+)?(?P<name>[^\W\d_][\w ]*[\w])$")
_FIRST_COUNT = re.compile(r"\d+(?:\s*/\s*\d+)?\s+(?:xã|phường|thị trấn|huyện|thị xã|thôn|bản|ấp)(?![^\W_])")
_INCREMENT = re.compile(r"(?:" + "|".join(map(re.escape, W.INCREMENT_BEFORE)) + r")\s*$", re.I)


def find_status_facts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    tallied: list[tuple[int, int]] = []
    for m in NTM_TRIGGER.finditer(ctx.text, sentence.start, sentence.end):
        if m["neg"]:
            continue
        out.extend(_from_trigger(ctx, sentence, m, tallied))
    for m in _CRITERIA.finditer(ctx.text, sentence.start, sentence.end):
        out.extend(_from_criteria(ctx, sentence, m))
    return out


def _tally_parent(ctx: Context, sentence: Sentence, count_start: int, between: tuple[int, int], child: str) -> Unit:
    inside = [u for u in ctx.mentions_between(*between) if not u.plural and _rank(u.level) < _rank(child)]
    if inside:
        unit = ctx.unit_of(inside[0], sentence)
        if unit is not None:
            return unit
    lo = max(ctx.text.rfind(";", sentence.start, count_start) + 1, sentence.start)
    first = _FIRST_COUNT.search(ctx.text, sentence.start, count_start)
    if first and lo > first.start():
        # A later item of a list of results shares the parent named before the first item.
        lo, count_start = sentence.start, first.start()
    before = [u for u in ctx.mentions_between(lo, count_start) if not u.plural and _rank(u.level) < _rank(child)]
    mentions = ctx.mentions_between(lo, count_start)
    while before:
        candidate = before[-1]
        index = mentions.index(candidate)
        prior = mentions[index - 1] if index else None
        apposition = prior is not None and ctx.text[prior.end:candidate.start].strip() == "," and \
            _rank(prior.level) > _rank(candidate.level)
        if not apposition:
            unit = ctx.unit_of(candidate, sentence)
            if unit is not None:
                return unit
        before.pop()
    if child in {"xa", "thon"} and ctx.focus_district:
        return Unit(ctx.focus_district, "huyen", ctx.province)
    if child == "thon":
        commune = ctx.topic(sentence, count_start, "xa")
        if commune:
            return Unit(commune, "xa")
    return Unit(ctx.province, "tinh")


def _listed_names(ctx: Context, start: int, end: int) -> tuple[list[str], int]:
    m = _LIST_AFTER.match(ctx.text, start, end)
    if not m:
        return [], start
    body = m["paren"] or m["list"]
    items = [i.strip() for i in re.split(r",|\svà\s", body) if i.strip()]
    names = []
    for item in items:
        im = _NAME_ITEM.match(item)
        if not im or not im["name"][0].isupper():
            return [], start
        names.append(im["name"])
    return (names, m.end()) if 0 < len(names) <= 30 else ([], start)


def _from_trigger(ctx: Context, sentence: Sentence, m: re.Match, tallied: list) -> list[Candidate]:
    text = ctx.text
    a, b = m.start(), m.end()
    if re.search(r"tiêu chí\s*(?:về\s*)?$", text[max(sentence.start, a - 20):a], re.I):
        return []
    status = _GRADE.get(m["grade"] or m["grade2"] or "", "dat_chuan")
    level_word = m["lw1"] or m["lw2"]
    lo, hi = clause_of(ctx, sentence, a)
    year = year_for(ctx, sentence, a, b)
    modality = modality_for(ctx, lo, a)
    out: list[Candidate] = []
    head = text[lo:a]
    count = COUNT_BEFORE.search(head)
    names, list_end = _listed_names(ctx, b, hi)
    subject_hi = None
    if count:
        count_start = lo + count.start()
        prefix = text[max(lo, count_start - 25):count_start]
        child = child_level(count["noun"])
        increment = bool(_INCREMENT.search(prefix)) or "thêm" in count["between"]
        if count["of"]:
            subject_hi = count_start
        if not increment:
            between = (lo + count.end("noun"), a)
            parent = _tally_parent(ctx, sentence, count_start, between, child)
            number = int(count["of"] or count["count"])
            total = None if count["of"] else (int(count["total"]) if count["total"] else None)
            fields = {"parent": parent, "child_level": child, "count": number, "total": total,
                      "state": status, "year": year, "modality": modality}
            out.append(Candidate("unit_tally", fields, count_start, max(b, list_end), 0.85))
        for name in names:
            fields = {"unit": Unit(name, child), "status": status, "modality": modality, "year": year}
            out.append(Candidate("ntm_status", fields, count_start, list_end, 0.85))
        if not count["of"]:
            return out
    ordinal = ORDINAL.search(text, b, min(hi, b + 40)) or ORDINAL.search(text, max(lo, a - 40), a)
    level = level_of(level_word, None) if level_word else None
    unit, mention = ctx.subject(sentence, a, b, lo=lo, hi=sentence.end if subject_hi is None else subject_hi,
                                level=level)
    if unit is None and level is not None:
        unit, mention = ctx.subject(sentence, a, b, lo=lo, hi=subject_hi)
    if unit is not None and unit.level not in {"nuoc"} and (unit.name or unit.level == "tinh"):
        start = min(a, mention.start) if mention else a
        end = max(b, mention.end) if mention else b
        out.append(Candidate("ntm_status", {"unit": unit, "status": status, "modality": modality, "year": year},
                             start, end, 0.8))
    if ordinal:
        parent_word = ordinal["parent"]
        parent = Unit(None, "nuoc") if parent_word == "cả nước" else (
            Unit(ctx.province, "tinh") if parent_word == "tỉnh" else
            Unit(ctx.focus_district or ctx.topic(sentence, a, "huyen"), "huyen"))
        child = level or (unit.level if unit else "xa")
        fields = {"parent": parent, "child_level": child,
                  "count": 1 if ordinal["first"] else int(ordinal["count"]),
                  "total": int(ordinal["total"]) if ordinal["total"] else None,
                  "state": status, "year": year, "modality": modality}
        out.append(Candidate("unit_tally", fields, min(a, ordinal.start()), max(b, ordinal.end()), 0.8))
    for name in names:
        child = level or (unit.level if unit else "xa")
        out.append(Candidate("ntm_status", {"unit": Unit(name, child), "status": status, "modality": modality,
                                            "year": year}, a, list_end, 0.75))
    return out


def _from_criteria(ctx: Context, sentence: Sentence, m: re.Match) -> list[Candidate]:
    text = ctx.text
    a, b = m.start(), m.end("n")
    end = m.end() - len(m["rest"])
    lo, hi = clause_of(ctx, sentence, a)
    count = COUNT_BEFORE.search(text[lo:a])
    year = year_for(ctx, sentence, a, end)
    rest = m["rest"]
    if count:
        count_start = lo + count.start()
        if _INCREMENT.search(text[max(lo, count_start - 25):count_start]):
            return []
        child = child_level(count["noun"])
        low = int(m["lo"]) if m["lo"] else int(m["n"])
        if m["lo"]:
            high = int(m["n"])
        elif m["from"] and "trở lên" in rest:
            high = int(m["m"]) if m["m"] else 19
        elif m["m"] and m["n"] == m["m"]:
            high = low
        else:
            high = low
        parent = _tally_parent(ctx, sentence, count_start, (lo + count.end("noun"), a), child)
        fields = {"parent": parent, "child_level": child, "count": int(count["of"] or count["count"]),
                  "total": None if count["of"] or not count["total"] else int(count["total"]),
                  "state": f"criteria:{low}-{high}", "year": year,
                  "modality": modality_for(ctx, sentence.start, count_start)}
        return [Candidate("unit_tally", fields, count_start, end, 0.8)]
    if m["lo"] or m["from"] or m["verb"] == "còn" or "chỉ tiêu" in text[b:end]:
        return []
    unit, mention = ctx.subject(sentence, a, end, lo=lo, hi=hi)
    if unit is None or unit.level in {"tinh", "nuoc"} and unit.name is None:
        return []
    fields = {"unit": unit, "achieved": int(m["n"]), "total": int(m["m"]) if m["m"] else None, "year": year}
    start = min(a, mention.start) if mention else a
    return [Candidate("criteria_count", fields, start, max(end, mention.end if mention else end), 0.8)]
