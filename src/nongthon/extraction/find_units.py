"""Find-units stage: every unit the text names or refers to, with offsets."""

from __future__ import annotations

import re

from nongthon.extraction import patterns as P
from nongthon.extraction import words as W
from nongthon.extraction.gazetteer import find_bare_names
from nongthon.extraction.records import UnitMention

_NOT_NAMES = {"NTM", "OCOP", "HTX", "UBND", "HĐND", "MTTQ", "BTV", "BCH", "GPMB", "THCS", "THPT", "KT-XH"}
_ORG_HEAD = re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, W.ORGANISATION_HEADS), key=len,
                                                          reverse=True)) + r")(?![^\W_])")
_BREAK = re.compile(r"[,;.:()“”\"\n–]| và | của | tại | với | cho ")
_FOLLOWING_WORD = re.compile(r"\s*([^\W\d_]+)")


def level_of(level_word: str, name: str | None) -> str:
    word = level_word.lower()
    if word in {"thành phố", "tp.", "tp"} and name and name.lower() in W.CENTRAL_CITIES:
        return "tinh"
    return W.LEVEL_OF_WORD.get(word, "xa")


def _clean_name(name: str) -> str | None:
    name = name.strip(" -")
    tokens = name.split(" ")
    while tokens and (tokens[-1] in _NOT_NAMES or tokens[-1].isdigit() and len(tokens) > 1):
        tokens.pop()
    if not tokens or tokens[0] in _NOT_NAMES or tokens[0].isupper() and len(tokens[0]) > 2 and len(tokens) == 1:
        return None
    return " ".join(tokens)


def _in_organisation(text: str, start: int) -> bool:
    window = text[max(0, start - 60):start]
    cut = max((m.end() for m in _BREAK.finditer(window)), default=0)
    return bool(_ORG_HEAD.search(window[cut:]))


def _plural(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].rstrip().lower()
    word = before.rsplit(" ", 1)[-1] if before else ""
    return word in W.PLURAL_BEFORE or word.isdigit() or before.endswith(("tại các", "trong đó", "từ"))


def find_units(text: str, skipped: list[tuple[int, int]] = (), registry=None) -> list[UnitMention]:
    """Unit mentions sorted by offset: named ("xã Nhất Tiến"), bare ("toàn huyện") and known names."""
    mentions: dict[int, UnitMention] = {}
    covered: list[tuple[int, int]] = []

    def add(mention: UnitMention) -> None:
        if any(a < mention.end and mention.start < b for a, b in covered):
            return
        mentions[mention.start] = mention
        covered.append((mention.start, mention.end))

    for m in P.NAMED_UNIT.finditer(text):
        name = _clean_name(m["name"])
        if name is None:
            continue
        lw = m["lw"]
        if lw.lower() == "bản" and text[max(0, m.start() - 4):m.start()].strip().lower() in {"văn", "cơ"}:
            continue
        end = m.start("name") + len(name)
        add(UnitMention(m.start(), end, level_of(lw, name), name, text[m.start():end],
                        _in_organisation(text, m.start()), _plural(text, m.start())))
    for m in P.NAME_IS_UNIT.finditer(text):
        name = _clean_name(m["name"])
        if name and not _ORG_HEAD.fullmatch(name.split(" ")[0]):
            add(UnitMention(m.start("name"), m.start("name") + len(name), level_of(m["lw"], name), name, name))
    known = {}
    for mention in mentions.values():
        if mention.name and mention.level in {"xa", "huyen", "tinh"} and len(mention.name) > 3:
            known.setdefault(mention.name, mention.level)
    for start, end, name, level in find_bare_names(text, registry):
        add(UnitMention(start, end, level, name, name, _in_organisation(text, start)))
    if known:
        alternation = "|".join(sorted(map(re.escape, known), key=len, reverse=True))
        for m in re.finditer(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", text):
            add(UnitMention(m.start(), m.end(), known[m.group()], m.group(), m.group(),
                            _in_organisation(text, m.start())))
    for m in P.BARE_UNIT.finditer(text):
        lw = m["lw"]
        follow = _FOLLOWING_WORD.match(text, m.end())
        next_word = follow.group(1) if follow else ""
        if next_word and next_word[0].isupper() and lw.lower() != "cả nước":
            continue
        if next_word.lower() in W.NOT_A_UNIT_AFTER:
            continue
        level = "nuoc" if lw.lower() == "cả nước" else level_of(lw, None)
        add(UnitMention(m.start(), m.end(), level, None, lw, _in_organisation(text, m.start()),
                        _plural(text, m.start())))
    if skipped:
        return [u for _, u in sorted(mentions.items()) if not any(a <= u.start < b for a, b in skipped)]
    return [u for _, u in sorted(mentions.items())]
