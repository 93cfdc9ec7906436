"""Resolve stage: which unit a statement is about, and where the registry places it.

Discourse rules: a bare "xã" is the commune the paragraph is about; "huyện" / "toàn huyện"
is the district the whole article is about; "tỉnh" / "toàn tỉnh" is the province the
text names outside an organisation's name (else a province with no name).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from nongthon.extraction.records import Sentence, Unit, UnitMention
from nongthon.extraction.words import CENTRAL_CITIES

_CITY_WORDS = {"thành phố", "tp", "tp."}
_ORGANISATION_BEFORE = re.compile(r"(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban Nhân dân|Hội đồng nhân dân"
                                  r"|Ban Chỉ đạo|BCĐ|Ban chỉ đạo|Đảng bộ|Huyện ủy|Tỉnh ủy|Mặt trận Tổ quốc)\s+$")
_PROGRAMME_NAME = re.compile(r"Nông thôn(?:g)? mới")
_NOT_FOLDED_LIKE_RE = ("ı", "ſ", "Σ")
_SUBJECT_AFTER = re.compile(r"\s+(?:đã|hiện đã|đến nay đã)\s+(?:hoàn thành|đạt|có)(?![^\W_])")


@dataclass
class Context:
    """What the rules know about a document beyond one sentence."""

    text: str
    sentences: list[Sentence]
    mentions: list[UnitMention]
    doc_date: dt.date | None = None
    focus_district: str | None = None
    focus_commune: str | None = None
    province: str | None = None
    _starts: list[int] = field(default_factory=list)
    memo: dict = field(default_factory=dict)
    # The text lower-cased once, offset for offset, for the rules' case-insensitive cues (a lower-case pattern
    # over it is searched much faster than an re.I one over the text); None where lower-casing would move
    # offsets or depend on a slice's ends (final sigma), or where re.I would match more (ı, ſ).
    lowered: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        lowered = self.text.lower()
        if len(lowered) == len(self.text) and not any(c in self.text for c in _NOT_FOLDED_LIKE_RE):
            self.lowered = lowered
        # "đạt chuẩn huyện Nông thôn mới": the programme's name capitalised after a level word is no unit
        self.mentions = [m for m in self.mentions
                         if not (m.name and m.name.startswith("Nông") and _PROGRAMME_NAME.match(self.text, m.end - len(m.name)))]
        # "chỉ đạo xã điểm" (pilot communes as a class), "12 tiêu chí/xã" (a rate): no reference to one unit
        self.mentions = [replace(m, plural=True) if m.name is None and not m.plural and (
            self.text.startswith(" điểm", m.end) or self.text[m.start - 1:m.start] == "/") else m for m in self.mentions]
        self._starts = [m.start for m in self.mentions]
        first_line_end = self.text.find("\n", len(self.text) - len(self.text.lstrip()))
        headline_end = first_line_end if first_line_end >= 0 else len(self.text)
        self.focus_district = _focus(self.mentions, "huyen", headline_end)
        self.focus_commune = _focus(self.mentions, "xa", headline_end)
        headline = [m for m in self.mentions if m.start < headline_end and m.name]
        if self.focus_district and any(m.level == "tinh" for m in headline) and \
                not any(m.level == "huyen" for m in headline):
            # "Vĩnh Phúc có 74 xã đạt chuẩn NTM": an article about a province, whatever district a caption names
            self.focus_district = None
        provinces = Counter(m.name for m in self.mentions if m.level == "tinh" and m.name and not m.in_organisation)
        if provinces:
            (top, n), total = provinces.most_common(1)[0], sum(provinces.values())
            self.province = top if n / total >= 0.6 else None
            if self.province is None:
                # no province dominates (related-article headlines after the text name others):
                # the one the headline names, when no other is named more often
                named = {m.name for m in self.mentions if m.level == "tinh" and m.name and m.start < headline_end}
                if len(named) == 1 and provinces[next(iter(named))] == n:
                    self.province = next(iter(named))

    def mentions_between(self, start: int, end: int) -> list[UnitMention]:
        i = bisect_left(self._starts, start)
        return self.mentions[i:bisect_left(self._starts, end, i)]

    def paragraph_bounds(self, sentence: Sentence) -> tuple[int, int]:
        same = [s for s in self.sentences if s.paragraph == sentence.paragraph]
        return same[0].start, same[-1].end

    def topic(self, sentence: Sentence, pos: int, level: str) -> str | None:
        """The named unit of `level` the passage at `pos` is about."""
        start, end = self.paragraph_bounds(sentence)
        before = [m for m in self.mentions_between(start, pos) if m.level == level and m.name and not m.plural]
        if before:
            return before[-1].name
        after = [m for m in self.mentions_between(pos, end) if m.level == level and m.name and not m.plural]
        if after:
            return after[0].name
        if level == "huyen":
            return self.focus_district
        return None

    def unit_of(self, mention: UnitMention, sentence: Sentence) -> Unit | None:
        """The contract unit a mention stands for (resolving bare level words)."""
        if mention.level == "nuoc":
            return Unit(None, "nuoc")
        if mention.name is not None:
            return Unit(mention.name, mention.level, self.parent_of(mention, sentence))
        if mention.level == "tinh":
            return Unit(self.province, "tinh")
        if mention.level == "huyen" and self.province and mention.surface.lower() in _CITY_WORDS and \
                self.province.lower() in CENTRAL_CITIES:
            return Unit(self.province, "tinh")  # "thành phố" in an article about Hà Nội is the city
        if mention.level == "huyen":
            name = self.focus_district or self.topic(sentence, mention.start, "huyen")
            return Unit(name, "huyen", self.province) if name else None
        if mention.level == "xa":
            name = self.topic(sentence, mention.start, "xa")
            if name is None and _SUBJECT_AFTER.match(self.text, mention.end):
                name = self.focus_commune  # "xã đã hoàn thành …" in an article about one commune
            if name:
                return Unit(name, "xa", self.topic(sentence, mention.start, "huyen"))
        return None

    def parent_of(self, mention: UnitMention, sentence: Sentence) -> str | None:
        if mention.level == "xa":
            follow = self.mentions_between(mention.end, mention.end + 4)
            if follow and follow[0].level == "huyen" and follow[0].name:
                return follow[0].name
            return self.topic(sentence, mention.start, "huyen")
        if mention.level == "huyen":
            return self.province
        if mention.level == "thon":
            return self.topic(sentence, mention.start, "xa")
        return None

    def subject(self, sentence: Sentence, start: int, end: int, lo: int | None = None, hi: int | None = None,
                level: str | None = None, after: bool = True) -> tuple[Unit | None, UnitMention | None]:
        """The unit a statement at [start, end) is about: the nearest mention before it in the
        sentence (an apposition "xã X, huyện Y" gives X), else the first after it."""
        lo = sentence.start if lo is None else lo
        hi = sentence.end if hi is None else hi
        usable = [m for m in self.mentions_between(lo, hi) if not m.plural and (level is None or m.level == level)
                  and not (m.start >= start and m.end <= end)]
        # a unit inside an organisation's name ("được UBND tỉnh công nhận") is no subject; when it is the only
        # one before the statement, the organisation acts on units the clause names, not on one after it
        acting = [m for m in usable if m.end <= start and (m.in_organisation or _ORGANISATION_BEFORE.search(
            self.text, max(0, m.start - 30), m.start))]
        if acting:
            usable = [m for m in usable if m not in acting]
            after = after and any(m.end <= start for m in usable)
        before = [m for m in usable if m.end <= start]
        if before:
            index = len(before) - 1
            chosen = before[index]
            while index > 0:
                # "xã X, huyện Y" / "xã X (huyện Y)" / "xã X, huyện Y, tỉnh Z": the statement is about X
                prior = before[index - 1]
                gap = self.text[prior.end:chosen.start]
                if not (gap.strip() in {",", "-", "–", "("} and _rank(prior.level) > _rank(chosen.level) and prior.name):
                    break
                index, chosen = index - 1, prior
            unit = self.unit_of(chosen, sentence)
            if unit is not None:
                return unit, chosen
        if after:
            for m in usable:
                if m.start >= end:
                    unit = self.unit_of(m, sentence)
                    if unit is not None:
                        return unit, m
        return None, None


def _rank(level: str) -> int:
    return {"nuoc": 0, "tinh": 1, "huyen": 2, "xa": 3, "thon": 4}.get(level, 0)


def _focus(mentions: list[UnitMention], level: str, headline_end: int = 0) -> str | None:
    """The unit of `level` a whole article is about: named most, and most of the time
    (a name in the headline counts twice)."""
    counts = Counter()
    for m in mentions:
        if m.level == level and m.name:
            counts[m.name] += 2 if m.start < headline_end else 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common()
    total = sum(counts.values())
    if (n >= 2 or len(counts) == 1) and n / total >= 0.6:
        return top
    return None


_PARENT_LEVEL = {"xa": "huyen", "huyen": "tinh", "thon": "xa"}
# Without a document date, units are looked up today and, failing that, just before the
# July 2025 reform, when most reports in the corpus were written.
_UNDATED = (None, dt.date(2025, 6, 30))
_resolved: dict[tuple, tuple[str | None, str | None]] = {}


def attach_registry(unit: dict | None, registry, on: dt.date | None) -> tuple[str | None, str | None]:
    """Key and code of a unit the registry resolves unambiguously, else (None, None)."""
    if registry is None or not unit or not unit.get("name") or unit.get("level") in {None, "nuoc", "thon"}:
        return None, None
    key = (id(registry), unit["name"], unit["level"], unit.get("parent"), on)
    if key in _resolved:
        return _resolved[key]
    answer: tuple[str | None, str | None] = (None, None)
    for when in ((on,) if on else _UNDATED):
        try:
            found = _resolve(registry, unit, when)
        except Exception:  # the registry is optional and may still be changing
            break
        if found is not None:
            answer = (found.key, found.code)
            break
    if len(_resolved) > 50_000:
        _resolved.clear()
    _resolved[key] = answer
    return answer


def _resolve(registry, unit: dict, on):
    parent = None
    if unit.get("parent") and unit["level"] in _PARENT_LEVEL:
        result = registry.resolve(unit["parent"], level=_PARENT_LEVEL[unit["level"]], on=on)
        if getattr(result, "status", None) == "found":
            parent = result.candidates[0].unit.key
    result = registry.resolve(unit["name"], level=unit["level"], parent=parent, on=on)
    if getattr(result, "status", None) != "found" and parent is not None:
        result = registry.resolve(unit["name"], level=unit["level"], on=on)
    if getattr(result, "status", None) == "found" and result.candidates:
        return result.candidates[0].unit
    return None
