"""Helpers of the `criteria_count` rule: the units a statement of criteria met is about."""

from __future__ import annotations

import re

from nongthon.extraction import patterns as P
from nongthon.extraction.facts_common import modality_for, year_for
from nongthon.extraction.lists import parse_list
from nongthon.extraction.records import Candidate, Sentence, Unit
from nongthon.extraction.resolve import Context

# The level word that opens a list of subjects ("xã A, B", "Các xã A, B và C", "xã A (huyện X) và xã B (huyện Y)")
_LIST_HEAD = re.compile(rf"(?<![^\W_])(?:(?:[Cc]ác|[Nn]hững)\s+)?(?P<lw>[Xx]ã|[Pp]hường|[Hh]uyện)\s+(?={P.UP})")
# Words between the last subject and the verb ("… đều đạt", "… đã hoàn thành")
_BEFORE_VERB = re.compile(r"(?:\s+(?:đã|đều|cũng|hiện|vẫn|mới|nay|có số tiêu chí))*\s*$")
_LIST_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*")  # the last member's parent in parentheses
_LEVEL = {"xã": "xa", "phường": "xa", "thị trấn": "xa", "huyện": "huyen"}
_REACH = 200


def subjects_listed(ctx: Context, lo: int, verb_start: int, parent: str | None) -> list[Unit]:
    """The units named as a list right before the verb of a criteria statement, when there are two or more:
    "xã A (huyện X) và xã B (huyện Y) đều đạt 16/19 tiêu chí", "xã A, B đạt 14 tiêu chí"."""
    text = ctx.text
    window_lo = max(lo, verb_start - _REACH)
    end = _BEFORE_VERB.search(text, window_lo, verb_start).start()
    if "," not in text[window_lo:end] and " và " not in text[window_lo:end]:
        return []  # one name at most
    for head in _LIST_HEAD.finditer(text, window_lo, end):
        level = _LEVEL[head["lw"].lower()]
        members, list_end = parse_list(text, head.end(), end, level)
        if len(members) >= 2 and _LIST_TAIL.fullmatch(text, list_end, end):
            return [Unit(name, level, parent if level == "xa" else None) for name in dict.fromkeys(n for n, _, _ in members)]
    return []


# "xã A 17/19 tiêu chí; xã B 15/19 tiêu chí", "gồm: xã A (16 tiêu chí), xã B (12 tiêu chí)", "xã A: 17/19 tiêu chí",
# "Số tiêu chí đạt được của xã A là 17/19": a commune's count written right after its name, with no verb
_NAME = rf"{P.UP}[^\W\d_]*(?:[ ]{P.UP}[^\W\d_]*){{0,4}}"
# the count first, which the regex engine finds fast (it opens with a digit); the name is then read before it
_COUNT = re.compile(r"(?P<n>\d{1,2})(?:\s*/\s*(?P<m>\d{1,2}))?\s+tiêu chí(?![^\W_]*\s*(?:/|chưa|còn lại))")
_NAMED_BEFORE = re.compile(
    rf"(?P<number_of>[Ss]ố tiêu chí đạt(?: được| chuẩn)?\s+(?:của\s+)?)?(?<![^\W_])(?P<lw>[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện)"
    rf"\s+(?P<name>{_NAME})(?P<link>\s+(?:hiện\s+)?(?:là|đạt)\s+|\s*:\s*|\s*\(\s*|\s+)$")
_NAME_REACH = 90
_NUMBER_GOES_ON = set("0123456789/.,")


def named_counts(ctx: Context, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Criteria counts written as "xã A 17/19 tiêu chí", each commune's figure beside its name."""
    have = {(c.fields["unit"].name, c.fields["achieved"]) for c in found if c.type == "criteria_count"}
    out = []
    for m in _COUNT.finditer(ctx.text, sentence.start, sentence.end):
        if ctx.text[m.start() - 1:m.start()] in _NUMBER_GOES_ON:
            continue  # "119 tiêu chí", "3/15 tiêu chí": inside a longer number
        named = _NAMED_BEFORE.search(ctx.text, max(sentence.start, m.start() - _NAME_REACH), m.start())
        if named is None or not named["number_of"] and named["link"].strip() in {"đạt", "hiện đạt"}:
            continue  # "xã A đạt 17/19 tiêu chí": the verb's own rule reads it
        achieved, total = int(m["n"]), int(m["m"]) if m["m"] else None
        if (named["name"], achieved) in have or total is not None and not achieved <= total <= 20 or achieved > 20:
            continue
        if modality_for(ctx, sentence.start, named.start()) != "achieved":
            continue
        level = _LEVEL.get(named["lw"].lower(), "xa")
        unit = Unit(named["name"], level, ctx.focus_district if level == "xa" else None)
        fields = {"unit": unit, "achieved": achieved, "total": total,
                  "year": year_for(ctx, sentence, named.start(), m.end())}
        out.append(Candidate("criteria_count", fields, named.start(), m.end(), 0.7))
    return out


# "Các xã A, B và C lần lượt đạt 15, 16 và 17 tiêu chí": one count per commune, in order
_RESPECTIVE = re.compile(r"lần lượt\s+(?:đạt|là|có|hoàn thành)\s+(?P<counts>\d{1,2}(?:\s*/\s*\d{1,2})?"
                         r"(?:\s*(?:,|và)\s*\d{1,2}(?:\s*/\s*\d{1,2})?)+)\s+tiêu chí")
_ONE = re.compile(r"(?P<n>\d{1,2})(?:\s*/\s*(?P<m>\d{1,2}))?")


def respective_counts(ctx: Context, sentence: Sentence, lo: int) -> list[Candidate]:
    out = []
    for m in _RESPECTIVE.finditer(ctx.text, sentence.start, sentence.end):
        units = subjects_listed(ctx, lo, m.start(), ctx.focus_district)
        values = list(_ONE.finditer(m["counts"]))
        if len(units) < 2 or len(units) != len(values) or modality_for(ctx, sentence.start, m.start()) != "achieved":
            continue
        year = year_for(ctx, sentence, m.start(), m.end())
        for unit, value in zip(units, values, strict=True):
            achieved, total = int(value["n"]), int(value["m"]) if value["m"] else None
            if achieved > 20 or total is not None and not achieved <= total <= 20:
                return []
            out.append(Candidate("criteria_count", {"unit": unit, "achieved": achieved, "total": total, "year": year},
                                 m.start(), m.end(), 0.7))
    return out
