"""Find-units stage: every unit the text names or refers to, with offsets."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from nongthon.extraction import patterns as P
from nongthon.extraction import words as W
from nongthon.extraction.gazetteer import find_bare_names
from nongthon.extraction.records import UnitMention

# Acronyms, and demonstratives that open "Đây là xã …" like a name would.
_NOT_NAMES = {"NTM", "OCOP", "HTX", "UBND", "HĐND", "MTTQ", "BTV", "BCH", "GPMB", "THCS", "THPT", "KT-XH",
              "Đây", "Đó", "Đấy", "Nơi"}
_ORG_HEADS = "|".join(sorted(map(re.escape, W.ORGANISATION_HEADS), key=len, reverse=True))
_ORG_HEAD = re.compile(r"(?<![^\W_])(?:" + _ORG_HEADS + r")(?![^\W_])")
# The same words without the look-behind, which keeps the regex engine from skipping ahead to their
# first letters: five times faster on a window without them, which then holds no _ORG_HEAD either.
_ORG_WORD = re.compile(r"(?:" + _ORG_HEADS + r")(?![^\W_])")
# "và" joins the words of an organisation's name when a capital follows ("Sở Nông nghiệp và Phát triển nông thôn").
_BREAK = re.compile(r"[,;.:()“”\"\n–]| và (?![A-ZĐ])| của | tại | với | cho | trên địa bàn | thuộc | ở ")
_QUALIFIED = re.compile(r"\s*\((?:huyện |thị xã |thành phố |TP\.? ?)?[A-ZĐÀ-Ỹ][^()0-9]{0,30}\)")
_FOLLOWING_WORD = re.compile(r"\s*([^\W\d_]+)")


def _level_word_automaton():
    import ahocorasick

    machine = ahocorasick.Automaton()
    words = set()
    for word in W.LEVEL_OF_WORD:
        words.update({word, word[0].upper() + word[1:], word.upper()})
    words.update({"cả nước", "Cả nước"})
    for word in words:
        machine.add_word(word, len(word))
    machine.make_automaton()
    return machine


_LEVEL_WORDS = _level_word_automaton()


def _level_word_starts(text: str) -> list[int]:
    """Offsets where a level word starts a word, in order (one scan of the text)."""
    starts = set()
    for end, length in _LEVEL_WORDS.iter(text):
        start = end - length + 1
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):  # _glued, inlined: hot
            starts.add(start)
    return sorted(starts)


def _glued(text: str, start: int) -> bool:
    """Whether the match at `start` continues a word instead of starting one."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")


def level_of(level_word: str, name: str | None) -> str:
    word = level_word.lower()
    if word in {"thành phố", "tp.", "tp"} and name and name.lower() in W.CENTRAL_CITIES:
        return "tinh"
    return W.LEVEL_OF_WORD.get(word, "xa")


# a number of one or two digits closing a name, followed by what ends a name: "xã Tân Lập 1, huyện …"
_NUMBERED_NAME = re.compile(r" \d{1,2}(?!\d)")
_NUMBERED_NAME_END = re.compile(r" \d{1,2}(?=\s*(?:[,;:)]|\(|$|\s(?:huyện|thị xã|thành phố|tỉnh|TP|TX)(?![^\W_])))", re.M)
_PLACE_AFTER_DASH = re.compile(r"(?:TP|TX|Tp|Huyện|Thị xã|Thành phố|Tỉnh|Quận)(?![^\W_])")


def _clean_name(name: str) -> str | None:
    # "Ð" (U+00D0, Icelandic eth) is a common stand-in for "Đ" in Vietnamese web text.
    name = name.strip(" -").replace("\u00d0", "Đ")
    if " - " in name:
        # "xã Song Lâm - TP Hòa Bình", "xã A - huyện B": the unit the name lies in, after a dash
        head, _, tail = name.partition(" - ")
        if _PLACE_AFTER_DASH.match(tail):
            name = head
    tokens = name.split(" ")
    while tokens and (tokens[-1] in _NOT_NAMES or tokens[-1].isdigit() and len(tokens) > 1):
        tokens.pop()
    if not tokens or tokens[0] in _NOT_NAMES or tokens[0].isupper() and len(tokens[0]) >= 2:
        return None
    return " ".join(tokens)


# An abbreviation in parentheses ("Sở Nông nghiệp và PTNT (NN-PTNT) tỉnh X") is part of the name.
_PREDICATE = re.compile(r"\s+(?:đến nay|hiện nay|hiện có|hiện đã|đã có|có thêm|vừa có)(?![^\W_])")
_ABBREVIATION = re.compile(r"\([A-ZĐ0-9&\-– ]{2,15}\)")


def _in_organisation(text: str, start: int, end: int | None = None) -> bool:
    window = text[max(0, start - 60):start]
    if not _ORG_WORD.search(window) or not _ORG_HEAD.search(window):
        return False  # no organisation's first word before the name at all
    if "(" in window:
        window = _ABBREVIATION.sub(lambda m: " " * len(m.group()), window)
    cut = max((m.end() for m in _BREAK.finditer(window)), default=0)
    if not _ORG_HEAD.search(window[cut:]):
        return False
    # "Theo Văn phòng Điều phối (NTM) Thừa Thiên Huế đến nay có …": the source phrase ends before the
    # name, which opens the main clause
    if end is None or not _PREDICATE.match(text, end):
        return True
    source = text.rfind("Theo ", max(0, start - 120), start)
    return source < 0 or "," in text[source:start]


_COUNT_OF = re.compile(r"\d+/\d+")
_KIND = r"(?:xã|phường|thị trấn|huyện|thị xã|thành phố|thôn|bản|ấp|xóm)"
_COUNTED_KINDS = re.compile(rf"\d\s+{_KIND}(?:,\s*{_KIND})*,\s*$")


def _plural(text: str, start: int) -> bool:
    before = text[max(0, start - 16):start].rstrip().lower()
    word = before.rsplit(" ", 1)[-1] if before else ""
    counted = word.isdigit() and not (len(word) == 4 and 1945 <= int(word) <= 2100)  # "năm 2021 xã A" names A
    counted = counted or "/" in word and bool(_COUNT_OF.fullmatch(word))  # "3/11 huyện"
    if counted or word in W.PLURAL_BEFORE or before.endswith(("tại các", "trong đó", "từ")):
        return True
    # "3/11 huyện, thị xã, thành phố": the later nouns of a counted list of kinds
    return before.endswith(",") and _COUNTED_KINDS.search(text, max(0, start - 40), start) is not None


def find_units(text: str, skipped: list[tuple[int, int]] = (), registry=None) -> list[UnitMention]:
    """Unit mentions sorted by offset: named ("xã Nhất Tiến"), bare ("toàn huyện") and known names."""
    mentions: dict[int, UnitMention] = {}
    starts: list[int] = []
    ends: list[int] = []

    # The first mention found over a stretch keeps it. `free` is tested before a mention is built, so
    # that the work of building one (its organisation and plural tests) is only done for those kept.
    def free(start: int, end: int) -> bool:
        i = bisect_left(starts, start)
        return not (i < len(starts) and starts[i] < end or i > 0 and ends[i - 1] > start)

    def add(mention: UnitMention) -> None:
        i = bisect_left(starts, mention.start)
        starts.insert(i, mention.start)
        ends.insert(i, mention.end)
        mentions[mention.start] = mention

    starts_of_level_words = _level_word_starts(text)
    for at in starts_of_level_words:
        if ends and ends[-1] > at:
            continue  # inside the named mention before it (this loop adds them in order)
        m = P.NAMED_UNIT.match(text, at)
        if m is None:
            continue
        name = _clean_name(m["name"])
        if name is None:
            continue
        if len(name) < len(m["name"]) and (numbered := _NUMBERED_NAME.match(text, m.start("name") + len(name))):
            # "xã Tân Lập 1, huyện A": the number is the name's; so it is where the text writes that name so elsewhere
            # ("Xã Tân Lập 1 bứt phá …")
            full = name + numbered.group()
            if _NUMBERED_NAME_END.match(text, numbered.start()) or \
                    re.search(re.escape(full) + r"(?=\s*(?:[,;:)(]|$))", text, re.M):
                name = full
        lw = m["lw"]
        if lw.lower() == "bản" and text[max(0, m.start() - 4):m.start()].strip().lower() in {"văn", "cơ"}:
            continue
        end = m.start("name") + len(name)
        if not free(m.start(), end):
            continue
        level = level_of(lw, name)
        add(UnitMention(m.start(), end, level, name, text[m.start():end],
                        level == "tinh" and _in_organisation(text, m.start(), end), _plural(text, m.start())))
    for m in _names_said_to_be_units(text):
        name = _clean_name(m["name"])
        if name and not _ORG_HEAD.fullmatch(name.split(" ")[0]) and free(m.start("name"), m.start("name") + len(name)):
            add(UnitMention(m.start("name"), m.start("name") + len(name), level_of(m["lw"], name), name, name))
    known = {}
    for mention in mentions.values():
        if mention.name and mention.level in {"xa", "huyen", "tinh"} and len(mention.name) > 3:
            known.setdefault(mention.name, mention.level)
    # a commune the text names with its level word stays a commune where it is written bare, even when a
    # district or province elsewhere has its name ("xã Hòa Bình" … "Hòa Bình")
    for name, level in known.items():
        if level == "xa":
            _add_bare(text, name, level, free, add)
    for start, end, name, level in find_bare_names(text, registry):
        if not free(start, end):
            continue
        if level == "tinh" and _QUALIFIED.match(text, end):
            continue  # "Thái Bình (Yên Sơn)": a commune qualified by its district, not the province
        add(UnitMention(start, end, level, name, name, level == "tinh" and _in_organisation(text, start, end)))
    for name, level in known.items():
        if level != "xa":
            _add_bare(text, name, level, free, add)
    for at in starts_of_level_words:
        i = bisect_left(starts, at)
        if i < len(starts) and starts[i] == at or i > 0 and ends[i - 1] > at:
            continue  # a mention already covers the level word: none starting here would be kept
        m = P.BARE_UNIT.match(text, at)
        if m is None:
            continue
        lw = m["lw"]
        follow = _FOLLOWING_WORD.match(text, m.end())
        next_word = follow.group(1) if follow else ""
        if next_word and next_word[0].isupper() and lw.lower() != "cả nước":
            continue
        if next_word.lower() in W.NOT_A_UNIT_AFTER:
            continue
        if not free(m.start(), m.end()):
            continue
        level = "nuoc" if lw.lower() == "cả nước" else level_of(lw, None)
        add(UnitMention(m.start(), m.end(), level, None, lw, level == "tinh" and _in_organisation(text, m.start()),
                        _plural(text, m.start())))
    ordered = [u for _, u in sorted(mentions.items())]
    if skipped:
        ordered = [u for u in ordered if not any(a <= u.start < b for a, b in skipped)]
    return _one_spelling(ordered)


def _add_bare(text: str, name: str, level: str, free, add) -> None:
    """Every whole-word occurrence of `name` as a mention of `level`."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not _glued(text, start) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")) \
                and free(start, end):
            add(UnitMention(start, end, level, name, name, level == "tinh" and _in_organisation(text, start, end)))
        start = text.find(name, end)


# What follows the name in every NAME_IS_UNIT match: a literal the regex engine finds fast.
_IS_UNIT_TAIL = re.compile(r" là (?:một |1 )?(?:trong (?:những|các|số) )?(?:xã|huyện|thị xã|thị trấn|phường|tỉnh|thôn|bản)\b")


def _names_said_to_be_units(text: str):
    """P.NAME_IS_UNIT.finditer(text), run only on the stretches that end in its tail ("… là xã")."""
    done = 0
    for tail in _IS_UNIT_TAIL.finditer(text):
        if tail.end() <= done:
            continue
        region = max(text.rfind("\n", 0, tail.start()) + 1, text.rfind(". ", 0, tail.start()) + 2, done)
        for m in P.NAME_IS_UNIT.finditer(text, region, tail.end()):
            done = m.end()
            yield m


def _one_spelling(mentions: list[UnitMention]) -> list[UnitMention]:
    """Spelling variants of one name (H'leo / H’leo) take the form written first (the headline's)."""
    first: dict[str, str] = {}
    out = []
    for mention in mentions:
        if mention.name is None:
            out.append(mention)
            continue
        key = mention.name.replace("’", "'").replace("‘", "'")
        canonical = first.setdefault(key, mention.name)
        out.append(mention if canonical == mention.name else replace(mention, name=canonical))
    return out
