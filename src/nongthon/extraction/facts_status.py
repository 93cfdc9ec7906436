"""Rules for NTM standing: `ntm_status`, `unit_tally` and `criteria_count`."""

from __future__ import annotations

import collections
import re

from nongthon.extraction import patterns as P
from nongthon.extraction import words as W
from nongthon.extraction.facts_common import (
    CHAIN_ITEM,
    COUNT_BEFORE,
    NOUNS,
    NTM_TRIGGER,
    NTM_TRIGGER_FAST,
    ORDINAL,
    RAISED_TOTAL,
    REFERRING_OPENER,
    child_level,
    clause_of,
    count_value,
    first_count_word,
    is_year,
    modality_for,
    previous_statement,
    year_for,
    year_of_goal_only,
)
from nongthon.extraction.facts_criteria import named_counts, respective_counts, subjects_listed
from nongthon.extraction.find_units import level_of
from nongthon.extraction.lists import OPENER, list_after, parse_list
from nongthon.extraction.records import Candidate, Sentence, Unit
from nongthon.extraction.resolve import Context, _rank

_GRADE = {"nâng cao": "nang_cao", "năng cao": "nang_cao", "kiểu mẫu": "kieu_mau"}
_CRITERIA = re.compile(
    # "duy trì 19/19 tiêu chí", "giữ vững", "nâng chất": a recognised commune keeping or raising its criteria
    r"(?:(?P<verb>đạt được là|đạt được|đạt chuẩn|đạt là|đạt|Đạt|đạt đủ|hoàn thành|có|còn|với|đủ|duy trì|giữ vững|nâng chất)"
    r"\s+|(?<=xã )(?=dưới|từ))"
    r"(?:được\s+|tổng cộng\s+|tổng số\s+)?(?:(?P<from>từ|dưới)\s+)?"
    # "19/19 TC NTM": the abbreviation of "tiêu chí"
    r"(?:(?P<lo>\d+)\s*(?:-|–|đến)\s*)?(?P<n>\d+)(?:\s*/\s*(?P<m>\d+))?\s+(?:tiêu chí|TC(?= NTM| nông thôn))"
    r"(?P<rest>[^;.,]{0,20})"
)
# searched from the words a match starts with, which the regex engine skips ahead to (not so the look-behind)
_CRITERIA = P.StartsAt(_CRITERIA, re.compile("đạt|Đạt|hoàn thành|có|còn|với|đủ|duy trì|giữ vững|nâng chất|dưới|từ"))
_FIRST_COUNT = re.compile(r"\d+(?:\s*/\s*\d+)?\s+(?:xã|phường|thị trấn|huyện|thị xã|thôn|bản|ấp|đơn vị)(?![^\W_])")
_INCREMENT = re.compile(r"(?:" + "|".join(map(re.escape, W.INCREMENT_BEFORE)) + r")\s*(?:được\s*)?$", re.I)
_CRITERIA_BEFORE = re.compile(r"tiêu chí\s*(?:về\s*)?$", re.I)
# "đạt chuẩn" without the programme's name, in a sentence of an article about it.
_STANDARD = re.compile(r"đạt chuẩn(?:\s+(?P<grade>nâng cao|kiểu mẫu))?")
_OWNER = re.compile(r"(?:\s(?:hiện|nay|đã|vẫn))*\s(?:có|còn)(?:\s+(?:tổng cộng|tổng số|thêm))?\s*$")
_COUNT_LIST_OPENER = re.compile(
    r"\s*(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)\s+(?:xã|huyện|thôn)[^.:;]{0,50}?"
    r"(?:là|gồm|bao gồm)\s*:?")
_COUNTED_ITEMS = re.compile(
    rf"(?:(?P<lw>huyện|thị xã|thành phố|TP\.?)\s+)?(?P<name>{P.NAME})\s*\(\s*(?P<n>\d+)\s+(?P<noun>xã|thôn|phường)\s*\)")
# What every _COUNTED_ITEMS match ends with, which the regex engine finds fast (it opens with a literal):
# without it, the scan for names is spared
_COUNTED_ITEM_TAIL = re.compile(r"\(\s*\d+\s+(?:xã|thôn|phường)\s*\)")
_ORDINAL_NOUN = re.compile(r"(?P<noun>đơn vị cấp huyện|đơn vị cấp xã|huyện|thị xã|thành phố|xã|phường|thị trấn|thôn|bản)"
                           r"\s+(?:nông thôn mới\s+|NTM\s+)?$")
_TRIGGER_REACH = 80
# Each branch opens with a literal letter, so that the regex engine skips ahead to N, n (a class such as
# "[Nn]" in front would make it try every position)
_HAS_NTM = re.compile(r"Nông [Tt]hôn(?:g)? [Mm]ới|nông [Tt]hôn(?:g)? [Mm]ới|NTM|nông thôn kiểu mẫu")
_GROUP_BEFORE = re.compile(
    r"(?:\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)\s+(?P<noun>xã|huyện|thôn|thị xã|đơn vị cấp huyện)"
    r"(?P<open>\s*,?\s*(?:gồm|bao gồm|là)\s*:?\s*)[^.]*$")
_INCREMENT_COUNT = re.compile(r"(?:[Cc]ông nhận|[Tt]hêm)\s+(?:được\s+)?\d+\s+(?:xã|huyện|thôn|bản|đơn vị)")
_ELLIPTIC = re.compile(
    # the digit first, which the regex engine skips ahead to (the same matches as "\d{1,3}(?:\.\d{3})+|\d+")
    r"(?P<count>\d(?:\d{0,2}(?:\.\d{3})+|\d*))(?:\s*/\s*(?P<total>\d{1,3}(?:\.\d{3})+|\d+))?\s+"
    r"(?P<noun>thành phố, thị xã|huyện, thị xã|xã|huyện|thị xã|thành phố|thôn|bản)(?: trực thuộc)?"
    r"(?:\s*\([^()]{0,60}\))?\s+(?:đã\s+)?"
    r"(?:được công nhận|đạt(?: chuẩn)?(?:\s+(?P<grade>nâng cao|kiểu mẫu))?)"
    r"(?!\s*(?:chuẩn\s+|đạt chuẩn\s+)?(?:nông thôn mới|Nông thôn mới|NTM|từ|dưới|trên|\d|tiêu chí))(?![^\W_])")
_PLURAL_SUBJECT = re.compile(rf"(?<![^\W_])(?:(?P<plural>[Cc]ác|[Nn]hững)\s+)?(?P<noun>[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Tt]hôn|[Bb]ản)"
                             rf"(?:\s+|(?<=[a-zãư])\s*:\s*(?={P.UP}))(?={P.UP})")
# searched from the words a match starts with, which the regex engine skips ahead to (not so the look-behind)
_PLURAL_SUBJECT = P.StartsAt(_PLURAL_SUBJECT, re.compile("Các|các|Những|những|Xã|xã|Phường|phường|Thị|thị|Huyện|huyện"
                                                         "|Thôn|thôn|Bản|bản"))
_CRITERIA_STATE = re.compile(r"đạt (?P<n>\d+)(?:/\d+)? tiêu chí")
_LIST_HEAD = re.compile(r"\s*(?:(?:các|những)\s+(?:xã|phường)\s*:)?")
# "… kiểu mẫu lĩnh vực nổi trội về sản xuất", "… nổi trội về lĩnh vực y tế": a model in a field
_IN_A_FIELD = re.compile(r"\s+(?:kiểu mẫu\s+)?(?:(?:về|trên)\s+lĩnh vực|nổi trội\s+(?:về|trên)|lĩnh vực\s+nổi trội)")
_NEGATED = re.compile(r"(?<![^\W_])(?:chưa|không)\s+(?:còn\s+(?:xã|huyện|thôn)\s+)?$")  # "không còn xã dưới 5 tiêu chí"
_NUMBER_OF_BEFORE = re.compile(r"(?<![^\W_])[Ss]ố (?:xã|huyện)\s+$")
_LEFT_AFTER = re.compile(r"[^;.]{0,40}?,?\s(?:chỉ\s+)?(?:còn|là)\s+(?P<count>\d+)\s+(?P<noun>xã|huyện)(?![^\W_])")
# "đạt 19 tiêu chí có 87 xã", "số xã hoàn thành 19/19 tiêu chí là 57xã", "Số xã đạt 10-14 tiêu chí   : 24 xã"
_COUNT_AFTER = re.compile(r"(?:\s+(?:có|là)|[^\S\n]*:)\s+(?P<count>\d+)\s*(?P<noun>xã|huyện)(?![^\W_])")
_DEMONSTRATIVE = re.compile(r"\s*(?:này|nói trên|kể trên|nêu trên|trên)(?![^\W_])")
_PURPOSE = re.compile(r"(?<![^\W_])(?:để|nhằm|cho)\s+$")  # "… cần thực hiện để 8 xã này đạt chuẩn"
_SHARE_SUBJECT = re.compile(r"\d\s*%\s*(?:số\s+)?(?:các\s+)?(?:xã|huyện|thôn)(?![^\W_])[^;.]*$")
_FIRST_OF_PROVINCE = re.compile(r"(?:địa phương|đơn vị) (?:đầu tiên|thứ \d+) của (?:toàn )?tỉnh")
_CLOSING = set(".!?…:;\"”)")
_MIXED_STATE = re.compile(r"\s*(?:và|,|/)\s*(?:nông thôn mới|NTM)\s+(?:nâng cao|kiểu mẫu)")
_GOM = re.compile(r",?\s*(?:(?:gồm|bao gồm|là)\s*:?|:)\s*")
_LISTED_BEFORE = re.compile(r"\s*:\s*[A-ZĐ]")


# "Các xã … phải thực hiện thừa nhận đạt chuẩn NTM": a recognition still due (or, with "không", not needed) states
# no standing
_PROCEDURE_DUE = re.compile(r"(?<![^\W_])phải\s+(?:thực hiện\s+|làm\s+)?(?:thủ tục\s+)?(?:xét\s+)?"
                            r"(?:thừa nhận|công nhận|thẩm định)(?:\s+lại)?\s+$")
_PROCEDURE_DUE = P.AfterLookBehind(_PROCEDURE_DUE.pattern)  # searched from "phải", which the engine skips ahead to


_THESE_ARE = re.compile(r"\s*(?:Đây là|Đó là|Đây đều là)\s+(?:các|những)\s+(?P<noun>xã|huyện|thôn)(?![^\W_])[^.;:]{0,60}$")


def find_status_facts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    first_ntm = _HAS_NTM.search(ctx.text, sentence.start, sentence.end)
    if first_ntm:
        # every trigger ends on the programme's name: none starts far before its first mention
        reach = first_ntm.start() - _TRIGGER_REACH
        start = sentence.start if reach <= sentence.start else max(sentence.start,
                                                                   ctx.text.rfind(" ", sentence.start, reach) + 1)
        triggered = False
        for m in _triggers(ctx.text, start, sentence.end):
            triggered = True
            if m["neg"] or _PROCEDURE_DUE.search(ctx.text, max(sentence.start, m.start() - 50), m.start()):
                continue
            referring = _THESE_ARE.match(ctx.text, sentence.start, m.start())
            listed = _listed_before(ctx, sentence, sentence.start, child_level(referring["noun"])) if referring else []
            if listed:
                # "Đây là các xã … đã được công nhận đạt chuẩn NTM nâng cao": the units the sentence before listed
                status, year = _status_of(m), year_for(ctx, sentence, m.start(), m.end())
                modality = modality_for(ctx, sentence.start, m.start())
                out.extend(Candidate("ntm_status", {"unit": unit, "status": status, "modality": modality, "year": year},
                                     sentence.start, m.end(), 0.7) for unit in listed)
                continue
            ctx.memo["last_standard"] = (sentence.index, m)
            out.extend(_from_trigger(ctx, sentence, m))
        if triggered and "công nhận hoàn thành" in ctx.text[start:sentence.end]:
            # "…; trước đó, 2 đơn vị cấp huyện là A và B đã được công nhận hoàn thành.": the name left out
            for m in _RECOGNISED_DONE.finditer(ctx.text, ctx.memo["last_standard"][1].end(), sentence.end):
                out.extend(_from_trigger(ctx, sentence, m))
        if not triggered and "đạt chuẩn" in ctx.text[first_ntm.end():sentence.end]:
            # "Trong tổng số 194 xã thực hiện chương trình NTM, đến nay đã có 118 xã được công nhận đạt chuẩn.":
            # the programme named earlier in the sentence, the standard left bare at its end
            for m in _BARE_STANDARD.finditer(ctx.text, first_ntm.end(), sentence.end):
                if not m["neg"] and m.group().startswith("đạt chuẩn"):
                    out.extend(_from_trigger(ctx, sentence, m))
    elif any(cue in ctx.text[sentence.start:sentence.end] for cue in _BARE_CUES) and (
            _after_ntm_statement(ctx, sentence) or ctx.memo.get("bare_standard") == sentence.index - 1):
        # "Theo đó, năm 2017 tỉnh có 7 xã đạt chuẩn gồm: …" after a sentence about the programme, or after
        # another such sentence ("15 xã đăng ký hoàn thành năm 2024 là: …. 3 xã đăng ký hoàn thành năm 2025 là: …")
        for m in _BARE_STANDARD.finditer(ctx.text, sentence.start, sentence.end):
            if not m["neg"]:
                found = _from_trigger(ctx, sentence, m)
                if found:
                    ctx.memo["bare_standard"] = sentence.index
                out.extend(found)
    if first_ntm and not out:
        out.extend(_named_ntm_units(ctx, sentence))
    if out:
        out.extend(_elliptic_items(ctx, sentence, out))
    chunk = ctx.text[sentence.start:sentence.end]
    if "số " in chunk and ("nâng" in chunk or "đưa" in chunk or "Đưa" in chunk):
        for m in RAISED_TOTAL.finditer(ctx.text, sentence.start, sentence.end):
            out.extend(_from_raised_total(ctx, sentence, m))
    if "ố " in chunk:
        for m in _COUNT_OF_STANDARD.finditer(ctx.text, sentence.start, sentence.end):
            out.extend(_from_raised_total(ctx, sentence, m))
    if "tiêu chí" in chunk or " TC " in chunk:
        pos = sentence.start
        while (m := _CRITERIA.search(ctx.text, pos, sentence.end)) is not None:
            out.extend(_from_criteria(ctx, sentence, m))
            # the next search starts where the criteria end, not past the words read after them ("… 10 – 14 tiêu
            # chí và 04 xã đạt từ 7 - 9 tiêu chí": the second item starts inside the first's tail)
            pos = max(m.end() - len(m["rest"]), m.start() + 1)
        out.extend(named_counts(ctx, sentence, out))
        if "lần lượt" in chunk:
            out.extend(respective_counts(ctx, sentence, sentence.start))
    if ":" in chunk:
        out.extend(_per_unit_counts(ctx, sentence, out))
    if not out:
        out.extend(_continued_list(ctx, sentence))
    if "chọn" in chunk and "xây dựng" in chunk:
        out.extend(_chosen_to_build(ctx, sentence))
    return out


# "chọn 3 xã A, B, C để xây dựng xã NTM kiểu mẫu", "chọn thôn D để xây dựng thôn nông thôn mới kiểu mẫu năm 2023":
# units chosen to be built up to a grade, a goal
_CHOSEN = re.compile(r"(?<![^\W_])chọn\s+(?:(?P<count>\d+|hai|ba|bốn|năm)\s+)?(?P<lw>xã|thôn|bản|huyện)\s+(?=[A-ZĐ])"
                     r"(?P<names>[^;.()]{1,120}?)\s+(?:để\s+)?xây dựng\s+(?:thành\s+)?(?:xã|thôn|bản|huyện)\s+"
                     r"(?:nông thôn mới|NTM)(?:\s+(?P<grade>nâng cao|kiểu mẫu))?")
_YEAR_AFTER = re.compile(r"\s+(?:vào\s+|trong\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")


def _chosen_to_build(ctx: Context, sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _CHOSEN.finditer(ctx.text, sentence.start, sentence.end):
        level = child_level(m["lw"])
        members, _ = parse_list(ctx.text, m.start("names"), m.end("names"), level)
        if not members or m["count"] and count_value(m["count"]) != len(members):
            continue
        status = _GRADE.get(m["grade"] or "", "dat_chuan")
        dated = _YEAR_AFTER.match(ctx.text, m.end(), sentence.end)
        year = int(dated["y"]) if dated else None
        out.extend(_members(ctx, sentence, status, "target", year, level, members, m.start(), m.end(), 0.7))
        if m["count"]:
            parent = _tally_parent(ctx, sentence, m.start(), (m.start("names"), m.end("names")), level)
            fields = {"parent": parent, "child_level": level, "count": count_value(m["count"]), "total": None,
                      "state": status, "year": year if year is not None else _tally_year(ctx, sentence, m.start(), m.end()),
                      "modality": "target"}
            out.append(Candidate("unit_tally", fields, m.start(), m.end(), 0.7))
    return out


# "xã nông thôn mới Tân Tiến", "huyện NTM kiểu mẫu A": a unit named as one of the programme's (a caption's wording)
_NTM_UNIT_NAMED = P.AfterLookBehind(
    rf"(?<![^\W_])(?P<lw>xã|huyện|thị xã)\s+(?:nông thôn mới|NTM)(?:\s+(?P<grade>nâng cao|kiểu mẫu))?\s+(?={P.UP})")


def _named_ntm_units(ctx: Context, sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _NTM_UNIT_NAMED.finditer(ctx.text, sentence.start, sentence.end):
        if _PENDING_WORDS.search(ctx.text, max(sentence.start, m.start() - 40), m.start()):
            continue
        named = [u for u in ctx.mentions_between(m.end(), m.end() + 1) if u.name and u.start == m.end()]
        if named:
            unit, end = ctx.unit_of(named[0], sentence), named[0].end
        else:  # a name the registry does not know: as written, at the level word's level
            name = _NAME_AFTER.match(ctx.text, m.end(), sentence.end)
            if name is None:
                continue
            unit, end = Unit(name.group().strip(), level_of(m["lw"], name.group())), name.end()
        if unit is None or unit.level not in {"xa", "huyen"}:
            continue
        fields = {"unit": unit, "status": _GRADE.get(m["grade"] or "", "dat_chuan"),
                  "modality": modality_for(ctx, sentence.start, m.start()), "year": None}
        out.append(Candidate("ntm_status", fields, m.start(), end, 0.6))
    return out


_NAME_AFTER = re.compile(P.NAME)
# building towards the standard, not holding it ("xây dựng xã nông thôn mới A")
_PENDING_WORDS = re.compile(r"(?:xây dựng|phấn đấu|hướng tới|hoàn thành|về đích)\s+$")


# "Gồm: Huyện Củ Chi: 20/20 xã, huyện Hóc Môn: 10/10 xã": a district's share of the stock just stated.
_COLON_COUNTED = re.compile(
    rf"(?P<lw>[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?)\s+(?P<name>{P.NAME})\s*:\s*"
    r"(?P<n>\d+)(?:\s*/\s*(?P<total>\d+))?\s+(?P<noun>xã|thôn|phường)(?![^\W_])")


def _per_unit_counts(ctx: Context, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    items = list(_COLON_COUNTED.finditer(ctx.text, sentence.start, sentence.end))
    last = ctx.memo.get("last_standard")
    if len(items) < 2 or last is None or last[0] not in {sentence.index, sentence.index - 1}:
        return []
    index, trigger = last
    state = _status_of(trigger)
    modality = modality_for(ctx, ctx.sentences[index].start, trigger.start())
    taken = {(c.fields["parent"].name, c.fields["count"]) for c in found if c.type == "unit_tally"}
    out = []
    for item in items:
        parent = Unit(item["name"], level_of(item["lw"], item["name"]), ctx.province)
        if (parent.name, int(item["n"])) in taken:
            continue
        fields = {"parent": parent, "child_level": child_level(item["noun"]), "count": int(item["n"]),
                  "total": int(item["total"]) if item["total"] else None, "state": state,
                  "year": _tally_year(ctx, sentence, item.start(), item.end()), "modality": modality}
        out.append(Candidate("unit_tally", fields, item.start(), item.end(), 0.7))
    return out


_BARE_CUES = ("đạt chuẩn", "đăng ký hoàn thành", "được công nhận")
# "đạt chuẩn" alone, closing its clause; the empty groups stand for NTM_TRIGGER's level words.
# "có 3 xã đăng ký hoàn thành năm 2020 là …" after such a sentence: the standard registered for.
# "Trong đó, huyện A có 02 xã được công nhận: xã B và xã C" after a sentence about recognitions.
_BARE_STANDARD = re.compile(r"(?P<neg>chưa |không |cơ bản |gần )?(?:đạt chuẩn|(?<=đăng ký )hoàn thành"
                            r"|được công nhận(?=\s*(?:(?:gồm|bao gồm)\s*)?:))"
                            r"(?P<lw1>)(?P<lw2>)(?P<lw3>)"
                            r"(?:\s+(?P<grade>nâng cao|kiểu mẫu))?(?=\s*(?:[,.;:(]|gồm\b|bao gồm\b|là\b|năm\b|theo [Bb]ộ tiêu chí\b"
                            r"|(?:trong|vào|trước) năm\b|$))")


_RECOGNISED_DONE = re.compile(r"(?P<neg>)(?<=công nhận )hoàn thành(?P<lw1>)(?P<lw2>)(?P<lw3>)(?P<grade>)(?=\s*(?:[.;]|$))")


# Every NTM_TRIGGER match holds the programme's name, with at most this much before and after it.
_NAME_AT = re.compile(r"Nông [Tt]hôn|nông [Tt]hôn|NTM")  # literal first letters, as _HAS_NTM
_BEFORE_NAME, _AFTER_NAME = 90, 40
# A word every trigger has before the name: its verb, or the count before a level word ("3 xã NTM").
_TRIGGER_WORD = P.AnyOf(re.compile(r"đạt|Đạt|đích|thành|là|công nhận|lên chuẩn"), re.compile(r"\d\s"))  # two fast scans


def _triggers(text: str, start: int, end: int):
    """NTM_TRIGGER.finditer(text, start, end), searching only around the programme's name: the
    trigger's alternatives cannot be skipped through by the regex engine, a literal name can."""
    cursor = start
    for name in _NAME_AT.finditer(text, start, end):
        if name.end() <= cursor:
            continue
        lo = max(cursor, name.start() - _BEFORE_NAME)
        if not _TRIGGER_WORD.search(text, lo, name.start()):
            continue  # "Chương trình … xây dựng nông thôn mới": no verb of standing before the name
        m = NTM_TRIGGER_FAST.search(text, lo, min(end, name.end() + _AFTER_NAME))
        if m is not None:
            cursor = m.end()
            yield m


def _after_ntm_statement(ctx: Context, sentence: Sentence) -> bool:
    prior = ctx.sentences[sentence.index - 1] if sentence.index else None
    if prior is not None and prior.paragraph >= sentence.paragraph - 1 and \
            _HAS_NTM.search(ctx.text, prior.start, prior.end) is not None:
        return True
    # a photo caption between the statement and this one does not break the passage
    prose = _prior_prose(ctx, sentence)
    return prose is not None and prose is not prior and _HAS_NTM.search(ctx.text, prose.start, prose.end) is not None


# "Trong tổng số 194 xã thực hiện chương trình, đến nay đã có 118 xã đạt chuẩn": the whole counted in
# "Trong số 14 xã của huyện, đã có 12 xã …" too, but not "Trong số 80 xã đạt chuẩn …" (a part of another state)
_TOTAL_BEFORE = P.AfterLookBehind(r"(?<![^\W_])[Tt]rong (?:tổng )?số (?P<total>\d+) (?P<noun>xã|huyện|thôn)(?![^\W_])"
                                    r"(?!\s+(?:đã\s+|được\s+)?(?:đạt|hoàn thành|công nhận))")


def _total_stated_before(ctx: Context, sentence: Sentence, count_start: int, noun: str, count: int) -> int | None:
    found = list(_TOTAL_BEFORE.finditer(ctx.text, sentence.start, count_start))
    if found and found[-1]["noun"] == noun.lower() and int(found[-1]["total"]) >= count:
        return int(found[-1]["total"])
    return None


_BATCH_LISTED = re.compile(r"\s*:")
_PASSIVE_RECOGNITION = re.compile(r"\s*(?:vừa\s+)?được\s+(?:[^,;.]{0,40}?\s)?công nhận")
_SUBJECT_START = re.compile(r"\s*(?:\([^()]{1,20}\)\s*[-–—]?\s*)?(?:(?:Theo đó|Như vậy|Vừa qua|Mới đây)\s*,?\s*)?")
# "… 3 huyện A, B, C sẽ được công nhận huyện đạt chuẩn NTM và tỉnh sẽ trở thành …": another subject after the count's
# "2 xã A và B đạt chuẩn NTM, xã C đạt chuẩn NTM nâng cao": the same after a comma
_AND_ANOTHER = re.compile(rf"(?:\svà|,)\s+(?:[Tt]ỉnh|[Hh]uyện|thị xã|thành phố|xã)(?:\s+{P.NAME})?(?:\s+(?:sẽ|đã|cũng|đều))*\s*$")
_AND_A_UNIT = re.compile(rf"\s*và\s+(?:huyện|thị xã|thành phố|xã)\s+{P.NAME}\s*$")


def _elliptic_items(ctx: Context, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Later items of a sentence about the standard that leave its name out:
    "98/98 xã đạt chuẩn NTM, trong đó 54/98 xã đạt nâng cao; 6/7 huyện đã được công nhận"."""
    taken = [(c.start, c.end) for c in found if c.type == "unit_tally"]
    out = []
    for m in _ELLIPTIC.finditer(ctx.text, sentence.start, sentence.end):
        if any(a <= m.start() < b for a, b in taken) or is_year(m["count"]) or m.start() in ctx.memo.get("counted", ()):
            continue
        if not m["total"] and _BATCH_LISTED.match(ctx.text, m.end()):
            continue  # "huyện A có 02 xã được công nhận: …": the share of a batch, listed
        lo, _ = clause_of(ctx, sentence, m.start())
        if _is_increment(ctx, sentence, lo, m.start(), ctx.text[m.end("noun"):m.end()]):
            continue
        child = child_level(m["noun"])
        parent = _tally_parent(ctx, sentence, m.start(), (m.end("noun"), m.end("noun")), child)
        status = _GRADE.get(m["grade"] or "", "dat_chuan")
        modality = "target" if _BEATEN_GOAL_BEFORE.search(ctx.text, max(lo, m.start() - 40), m.start()) \
            else modality_for(ctx, lo, m.start())
        fields = {"parent": parent, "child_level": child, "count": count_value(m["count"]),
                  "total": count_value(m["total"]) if m["total"] else None, "state": status,
                  "year": _tally_year(ctx, sentence, m.start(), m.end()), "modality": modality}
        out.append(Candidate("unit_tally", fields, m.start(), m.end(), 0.65))
    return out


def _status_of(m: re.Match) -> str:
    groups = m.groupdict()
    grade = groups.get("grade") or groups.get("grade2") or groups.get("grade3") or groups.get("grade4") or \
        groups.get("grade5") or ""
    return _GRADE.get(grade, "dat_chuan")


def _sentence_year(ctx: Context, sentence: Sentence, a: int, b: int):
    year = year_for(ctx, sentence, a, b)
    if year is None and REFERRING_OPENER.match(ctx.text, sentence.start, sentence.end):
        prior = previous_statement(ctx, sentence)
        if prior is not None:
            year = year_for(ctx, prior, prior.end, prior.end)
    return year


def _tally_year(ctx: Context, sentence: Sentence, a: int, b: int):
    """A tally's year: a year, or a span of years ("giai đoạn 2016 - 2020") of its sentence."""
    year = year_for(ctx, sentence, a, b, single=False)
    if isinstance(year, str) and len(year) == 7 and year[4] == "-" and year[5] in "01":
        return int(year[:4])  # "tháng 7/2022" dates the tally to its year
    return year


def _tally_parent(ctx: Context, sentence: Sentence, count_start: int, between: tuple[int, int], child: str) -> Unit:
    if child == "tinh":
        return Unit(None, "nuoc")  # provinces are counted in the country
    owner = _OWNER.search(ctx.text, max(sentence.start, count_start - 60), count_start)
    if owner:
        # "toàn huyện đã có 6 xã …", "tỉnh Sơn La có ba xã …": the unit that has them.
        # not a unit inside a closed parenthesis ("… (xã A, huyện B), có 43 xã …": B only places A)
        # nor one an ordinal belongs to ("huyện A trở thành huyện đầu tiên của tỉnh có 9 xã …": A has them)
        stated = [u for u in ctx.mentions_between(max(sentence.start, count_start - 80), owner.start() + 1)
                  if not u.plural and _rank(u.level) < _rank(child) and not _parenthesised(ctx.text, u.start, owner.start())
                  and not _ORDINAL_OF_BEFORE.search(ctx.text, max(0, u.start - 40), u.start)]
        if len(stated) >= 2 and ctx.text[stated[-2].end:stated[-1].start].strip() == "(" and \
                ctx.text[stated[-1].end:owner.start()].strip() == ")":
            stated.pop()  # "huyện Tháp Mười (Đồng Tháp) có 4 xã": the province only places the district
        if stated and ctx.text[stated[-1].end:owner.start()].strip() in {"", ","} or \
                stated and len(ctx.text[stated[-1].end:owner.start()]) < 25:
            unit = ctx.unit_of(stated[-1], sentence)
            if unit is not None:
                return unit
            if stated[-1].level == "huyen":
                return Unit(None, "huyen")  # "toàn huyện có …" in a text that never names the district
    # "3 xã: A, B, C (huyện X) đạt chuẩn": names listed after the count are members, their district places them
    inside = [u for u in ctx.mentions_between(*between) if not u.plural and _rank(u.level) < _rank(child)] \
        if not _LISTED_BEFORE.match(ctx.text, between[0]) else []
    if inside:
        unit = ctx.unit_of(inside[0], sentence)
        if unit is not None:
            return unit
    lo = max(ctx.text.rfind(";", sentence.start, count_start) + 1, sentence.start)
    first = _FIRST_COUNT.search(ctx.text, sentence.start, count_start)
    if first and lo > first.start():
        # A later item of a list of results shares the parent named before the first item.
        lo, count_start = sentence.start, first.start()
    mentions = ctx.mentions_between(lo, count_start)
    # a unit in a closed parenthesis qualifies an earlier item ("2 huyện … (Chơn Thành, Đồng Phú)")
    before = [u for u in mentions if not u.plural and _rank(u.level) < _rank(child)
              and not _parenthesised(ctx.text, u.start, count_start)]
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
            if candidate.level == "huyen" and candidate.name is None:
                return Unit(None, "huyen")
        before.pop()
    last = ctx.memo.get("last_tally_parent")
    if last and last[0] >= sentence.index - 1 and _rank(last[1].level) < _rank(child):
        # "Trong đó, có 351 xã …": the whole the previous sentence counted in.
        return last[1]
    if child in {"xa", "thon"} and ctx.focus_district:
        return Unit(ctx.focus_district, "huyen", ctx.province)
    if child == "thon":
        # the commune the passage named before the count ("Xã A … Đến nay, 7/9 thôn đạt chuẩn")
        para_lo, _ = ctx.paragraph_bounds(sentence)
        named = [u for u in ctx.mentions_between(para_lo, count_start) if u.level == "xa" and u.name and not u.plural]
        headline = ctx.text.lstrip().split("\n", 1)[0]
        commune = named[-1].name if named else (ctx.focus_commune if ctx.focus_commune and ctx.focus_commune in headline
                                                else None)  # the commune the article is about
        if commune:
            return Unit(commune, "xa")
    return Unit(ctx.province, "tinh")


# "6 xã này", "28 xã nói trên", "13 xã được công nhận đợt này": a group already counted, or a batch.
_BATCH = re.compile(r"^\s*(?:này|đó|nói trên|kể trên|nêu trên|trên)(?![^\W_])|(?:lần|đợt) này|^\s*vừa(?![^\W_])"
                    # "05 xã mới được công nhận …", "5 xã mới ở tỉnh A vừa được công nhận …": the newly recognised
                    r"|^\s*mới\s+được\s+công nhận|^\s*mới\s[^;.]{0,40}?vừa\s+được")
# "2 huyện đang hoàn thiện hồ sơ trình … công nhận đạt chuẩn": not recognised yet.
_DETAIL_OPENER = re.compile(r"\s*(?:Cụ thể|Theo đó)\s*[,:]?\s*(?:có\s+)?$")
_RECOGNITION = re.compile(r"(?:[Qq]uyết định|[Qq]uyết định số \S+)\s+(?:về việc\s+)?công nhận|công nhận (?:thêm )?\d+")
_RAISED_TO = re.compile(r"(?<![^\W_])(?:[Nn]âng|[Đđ]ưa)\s+tổng\s+số\s+[^;.]{0,40}?(?:có|lên|là)\s+(?:\d+\s*(?:xã|huyện|thôn)\s*,\s*)*$")
_ADDRESSED = re.compile(r"(?<![^\W_])[Đđ]ối với\s+(?:các\s+)?$")
_WITH_TOTAL = re.compile(r"\d+\s*/\s*\d+")
_PER_PERIOD = re.compile(r"(?<![^\W_])(?:mỗi năm|hằng năm|hàng năm|trung bình|bình quân|nếu|mỗi (?:huyện|xã|tỉnh))(?![^\W_])"
                         r"[^,;.]*$", re.I)  # "mỗi huyện lựa chọn 01 xã …": one per district
_PENDING = re.compile(r"(?<![^\W_])(?:đang|chưa)\s(?:[^,;.()]{0,40}?\s)?(?:hồ sơ|thẩm định|xét)(?![^\W_])"
                      r"|đề nghị (?:[^,;.()]{0,40}?\s)?(?:xét )?công nhận|chuẩn bị hồ sơ|hoàn thiện hồ sơ"
                      # "… làm việc tại hai xã để đánh giá các tiêu chí xét công nhận xã hoàn thành …"
                      r"|(?<![^\W_])(?:để|nhằm)\s[^,;.]{0,60}?(?:xét|thẩm định|đánh giá)(?![^\W_])")

_PENDING_CUES = ("hồ sơ", "thẩm định", "xét", "công nhận", "đánh giá")

# "… nông thôn mới vào tháng 8/2018", "… trong quý III/2024": when the pending recognition is due
_DATED_AFTER = re.compile(r"\s*(?:vào|trong)\s+(?:tháng|quý|năm|cuối năm|đầu năm)\s+[\dIVX]+(?:\s*/\s*\d{4})?")
# "hồ sơ xét, thẩm định, công nhận": a series of the steps of one procedure, not a new clause
_STEP_AFTER_COMMA = re.compile(r",\s*(?:xét|thẩm định|công nhận|trình|đề nghị)(?![^\W_])")


# "(01 trong 07 xã về đích nông thôn mới trong năm 2017)": units recognised within a year
_WITHIN_YEAR = P.AfterLookBehind(r"(?<![^\W_])[Tt]rong năm (?:19|20)\d\d(?!\d)")
_WITHIN_YEAR_AFTER = re.compile(r"[^,;.()]{0,20}?\s[Tt]rong năm (?:19|20)\d\d(?!\d)")  # right after the state
# "Theo đó, đợt này, 2 xã …": the details of a decision the text refers to
_BATCH_OPENER_START = re.compile(r"\s*(?:Theo đó|Cụ thể)\s*[,:]")
# a list sentence that opens with its count ("25 xã …", "Có 6 xã …", "Và 4 xã …")
_LIST_START = re.compile(r"\s*(?:(?:Có|Và|Còn)\s+)?")
_BATCH_OPENER = re.compile(r"\s*(?:Theo đó|Cụ thể)\s*[,:]?\s*(?:(?:đợt|lần) này\s*,?\s*)?$")


def _spelt_out_batch(ctx: Context, sentence: Sentence, count_start: int, count: re.Match) -> bool:
    """Whether a count spelt out by a list details a batch of recognitions: it opens a sentence with
    "Theo đó"/"Cụ thể", or opens the sentence right after one that did ("25 xã đạt chuẩn NTM nâng
    cao, gồm: …")."""
    opener = _BATCH_OPENER_START.match(ctx.text, sentence.start, count_start)
    if _BATCH_OPENER.fullmatch(ctx.text, sentence.start, count_start) or opener and (
            "công nhận" in ctx.text[opener.end():count_start] or _recognition_before(ctx, sentence)):
        # "… ban hành các Quyết định công nhận xã đạt chuẩn. Theo đó, năm 2017 tỉnh A có 7 xã đạt chuẩn gồm: …"
        # "Theo đó, công nhận đạt chuẩn NTM năm 2022 cho 3 xã …; 10 xã NTM nâng cao gồm: …" too
        ctx.memo["batch_detail"] = sentence.index
        return True
    if _LIST_START.fullmatch(ctx.text, sentence.start, count_start):
        prior = _prior_prose(ctx, sentence)
        if prior is not None and (ctx.memo.get("batch_detail") == prior.index or
                                  _recognised_count_in(ctx, prior, count)):
            # "… ký quyết định công nhận 05 xã … và 21 xã đạt chuẩn NTM nâng cao. 21 xã … gồm: …"
            ctx.memo["batch_detail"] = sentence.index
            return True
    return False


def _recognition_before(ctx: Context, sentence: Sentence) -> bool:
    """Whether one of the two sentences before reports a recognition decision."""
    return any(prior.paragraph >= sentence.paragraph - 1 and _RECOGNITION.search(ctx.text, prior.start, prior.end)
               for prior in ctx.sentences[max(0, sentence.index - 2):sentence.index])


def _recognised_count_in(ctx: Context, prior: Sentence, count: re.Match) -> bool:
    """Whether `prior` recognises as many units as `count` ("công nhận 05 xã … và 21 xã …")."""
    number = count_value(count["count"])
    if number <= 0:
        return False
    same = re.compile(rf"(?<![\d.,/])0*{number}\s+{re.escape(count['noun'])}(?![^\W_])", re.I)
    return any(_RECOGNISING.search(ctx.text, max(prior.start, found.start() - 100), found.start())
               for found in same.finditer(ctx.text, prior.start, prior.end))


_RECOGNISING = re.compile(r"(?:công nhận|có thêm)(?:\s+(?:thêm|được))?\s+[^;.]*$")


def _pending(ctx: Context, lo: int, a: int) -> bool:
    start = max(lo, a - 120)
    cut = ctx.text.rfind(";", start, a)
    comma = ctx.text.rfind(",", start, a)
    while comma > cut and _STEP_AFTER_COMMA.match(ctx.text, comma):
        comma = ctx.text.rfind(",", start, comma)
    cut = max(cut, comma)
    lo = max(start, cut + 1)
    window = ctx.text[lo:a]
    if not any(word in window for word in _PENDING_CUES):
        return False  # every _PENDING match holds one of these words
    return _PENDING.search(ctx.text, lo, a) is not None


def _parenthesised(text: str, pos: int, limit: int) -> bool:
    """Whether `pos` sits inside parentheses that close before `limit`."""
    opening = text.rfind("(", max(0, pos - 200), pos)
    if opening < 0 or text.find(")", opening, pos) >= 0:
        return False
    closing = text.find(")", pos, limit)
    return closing >= 0


def _increment_before(ctx: Context, sentence: Sentence, count_start: int) -> bool:
    increment = _INCREMENT.search(ctx.text[max(sentence.start, count_start - 25):count_start])
    # "xây dựng 36/36 xã đạt chuẩn" is the stock built, "xây dựng 39 thôn" a plan
    return bool(increment) and not (increment.group().startswith("xây dựng") and _WITH_TOTAL.match(ctx.text, count_start))


def _is_increment(ctx: Context, sentence: Sentence, lo: int, count_start: int, between: str) -> bool:
    if "thêm" in between or _BATCH.search(between):
        return True
    if _RAISED_TO.search(ctx.text, max(sentence.start, count_start - 60), count_start):
        return False  # "…; nâng tổng số toàn tỉnh có 80 xã, 113 khu dân cư đạt chuẩn": the stock after an increment
    if _PASSIVE_RECOGNITION.match(between) and _SUBJECT_START.fullmatch(ctx.text, sentence.start, count_start):
        return True  # "12 xã được UBND tỉnh công nhận đạt chuẩn …" opening a report: the batch recognised
    if _ADDRESSED.search(ctx.text, max(sentence.start, count_start - 12), count_start):
        return True  # "yêu cầu đối với 05 xã đạt chuẩn …, BCĐ các xã tiếp tục …": a group addressed, no stock
    if _PER_PERIOD.search(ctx.text, max(sentence.start, count_start - 40), count_start):
        return True  # "mỗi năm phải có 7 xã", "nếu không có 7 xã": a rate or a condition, not a stock
    if _increment_before(ctx, sentence, count_start):
        return True
    if sentence.index and _DETAIL_OPENER.match(ctx.text, sentence.start, count_start):
        # "… quyết định công nhận 3 xã. Cụ thể, 2 xã A và B đạt chuẩn, …": the parts of a batch
        # the decision may be a sentence further back ("… quyết định công nhận 6 xã … Với kết quả này, …")
        for prior in ctx.sentences[max(0, sentence.index - 2):sentence.index]:
            if prior.paragraph >= sentence.paragraph - 1 and _RECOGNITION.search(ctx.text, prior.start, prior.end):
                return True
    first = _FIRST_COUNT.search(ctx.text, sentence.start, count_start)
    # a later item of a semicolon list shares the increment of the first ("… có thêm 22 xã …; 4 xã …"); `lo` may
    # be a reach limit inside a long clause, which is no item boundary
    if first and first.start() < min(lo, clause_of(ctx, sentence, count_start)[0]):
        return _increment_before(ctx, sentence, first.start())
    if re.search(r"(?:\svà|,)\s*$", ctx.text[max(sentence.start, count_start - 6):count_start]):
        # "công nhận 05 xã … kiểu mẫu và 21 xã … nâng cao": the verb governs both counts
        return bool(_INCREMENT_COUNT.search(ctx.text, sentence.start, count_start))
    return False


_MEMBER_YEAR = re.compile(r"\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\d)(?=\s*(?:[,;)]|và\s|$))")


def _members(ctx, sentence, status, modality, year, level, members, start, end, confidence=0.8):
    out = []
    for name, name_start, name_end in members:
        own = _MEMBER_YEAR.match(ctx.text, name_end)  # "(xã A năm 2022 và xã B năm 2023)": each its own year
        known = [u for u in ctx.mentions_between(name_start, name_start + 1) if u.name == name and u.level != "thon"]
        # A listed name the registry knows as a province is one, whatever the list's level word.
        member_level = known[0].level if known and known[0].level == "tinh" else level
        out.append(Candidate("ntm_status", {"unit": Unit(name, member_level), "status": status,
                                            "modality": modality, "year": int(own["y"]) if own else year},
                             start, end, confidence))
    return out


def _from_trigger(ctx: Context, sentence: Sentence, m: re.Match) -> list[Candidate]:
    text = ctx.text
    a, b = m.start(), m.end()
    if _CRITERIA_BEFORE.search(text[max(sentence.start, a - 20):a]):
        return []
    status = _status_of(m)
    if status == "dat_chuan" and _IN_A_FIELD.match(text, b):
        status = "kieu_mau"  # "đạt chuẩn nông thôn mới về lĩnh vực văn hóa": a model commune in that field
    level_word = m["lw1"] or m["lw2"] or m["lw3"]
    lo, hi = clause_of(ctx, sentence, a)
    pending = _pending(ctx, lo, a)
    if pending and not _DATED_AFTER.match(text, b, hi):
        return []
    year = _sentence_year(ctx, sentence, a, b)
    recognised_batch = m.group().startswith("được công nhận")
    if recognised_batch:
        # "… xét công nhận 07 xã đạt chuẩn năm 2018. Trong đó, huyện A có 02 xã được công nhận: …":
        # the members of that batch, of its year and grade; the share of the batch is no stock
        prior = _prior_prose(ctx, sentence) if sentence.index else None
        if year is None and prior is not None:
            year = year_for(ctx, prior, prior.end, prior.end)
        last = ctx.memo.get("last_standard")
        if prior is not None and last is not None and last[0] == prior.index and last[1].re is NTM_TRIGGER:
            status = _status_of(last[1])  # "… công nhận 4 xã đạt chuẩn NTM nâng cao … Các xã được công nhận gồm: …"
    found = _from_standing(ctx, sentence, m, status, level_word, year, pending)
    return [c for c in found if c.type == "ntm_status"] if recognised_batch else found


def _from_standing(ctx: Context, sentence: Sentence, m: re.Match, status: str, level_word: str | None, year,
                   pending: bool) -> list[Candidate]:
    text = ctx.text
    a, b = m.start(), m.end()
    lo, hi = clause_of(ctx, sentence, a)
    # "đang lập hồ sơ … công nhận xã đạt chuẩn nông thôn mới vào tháng 8/2018": a dated plan
    modality = "target" if pending else modality_for(ctx, lo, a)
    if modality == "achieved" and year_of_goal_only(ctx, sentence, year, a):
        year = None  # "Trong năm 2020, tỉnh phấn đấu …; tiếp tục chỉ đạo 02 xã đã đạt chuẩn …": the goal's year
    if modality == "target" and isinstance(year, int) and _year_of_an_earlier_standing(ctx, sentence, year, a):
        year = None  # "Trên nền tảng được công nhận xã NTM năm 2015, xã A … phấn đấu trở thành xã NTM nâng cao"
    if modality == "achieved" and isinstance(year, int) and ctx.doc_date is not None and year > ctx.doc_date.year:
        modality = "target"  # "xã A nằm trong lộ trình đạt chuẩn … năm 2025" written in 2023: not reached yet
    if "xây dựng" in text[max(lo, a - 60):a] and _BUILDING_TOWARDS.search(text, max(lo, a - 60), a):
        # "đang tập trung xây dựng xã A đạt chuẩn NTM nâng cao (vào năm 2025)": a unit being built towards the
        # standard; a goal when dated, else a direction that states no fact
        if year is None:
            return []
        modality = "target"
    out: list[Candidate] = []
    lo = max(lo, a - 240)
    before = text[lo:a] if not m["lw3"] else text[lo:a + len(m["lw3"])]
    hint = first_count_word(ctx, lo, lo + len(before))  # without a count word, COUNT_BEFORE cannot match
    # A count starts where a hint does, unless a number word runs straight into a slash ("một/"): the search
    # starts at the first hint, sparing the engine the attempts before it.
    count = None if hint is None else COUNT_BEFORE.search(before, hint - lo if "/" not in before[:hint - lo] else 0)
    if m["lw3"] and count and count.end("noun") + lo > a + len(m["lw3"]):
        count = None
    if count and is_year(count["count"]):
        count = None  # "năm 2021 xã A đạt chuẩn": the year, then the unit
    if count and _AND_ANOTHER.search(count["between"] or "") and NTM_TRIGGER.search(count["between"]):
        count = None  # "có thêm 18 xã đạt chuẩn NTM và huyện A đạt huyện NTM": the count has its own standard
    subject_hi = None
    if count:
        count_start = lo + count.start()
        if _BEATEN_GOAL_BEFORE.search(text, max(lo, count_start - 40), count_start):
            modality = "target"  # "…, vượt chỉ tiêu có 83 xã đạt chuẩn": the goal that was beaten
        if _UNIT_HAS.search(text, max(lo, count_start - 60), count_start):
            # "Mục tiêu cho từng huyện: Huyện A có 1 xã đạt chuẩn …. Huyện B có 2 xã …": goals set out unit by unit,
            # one sentence each, the goal's word only in the first
            if modality == "achieved" and ctx.memo.get("goal_item") == sentence.index - 1 and \
                    _UNIT_HAS.match(text, sentence.start, count_start) and "đã" not in text[sentence.start:count_start]:
                modality = "target"
            if modality == "target":
                ctx.memo["goal_item"] = sentence.index
        child = child_level(count["noun"])
        between_text = count["between"] or ""
        members, list_end = list_after(text, b, sentence.end, child)
        gom = _GOM.search(between_text)
        if not members and gom:
            members, _ = parse_list(text, lo + count.start("between") + gom.end(), a, child)
            list_end = b
        elif not members and (between_text.strip()[:1].isupper() or child == "tinh" and
                              between_text.strip()[:1] == "("):
            # "5 tỉnh (Nam Định, Đồng Nai, …) đã được công nhận hoàn thành nhiệm vụ …"
            # "công nhận 5 xã Hòa Trị, Hòa An và Hòa Phong đạt chuẩn"
            between_start = lo + count.start("between")
            members, _ = parse_list(text, between_start + len(between_text) - len(between_text.lstrip()), a, child)
            list_end = b
        elif not members and between_text.strip()[:1] == "(" and between_text.strip()[1:2].isupper():
            # "2/4 huyện (Phong Điền và Vĩnh Thạnh) đạt chuẩn": the names, when there are as many as counted
            between_start = lo + count.start("between")
            members, _ = parse_list(text, between_start + len(between_text) - len(between_text.lstrip()), a, child)
            if len(members) != count_value(count["count"]):
                members = []
            list_end = b
        if count["of"]:
            subject_hi = count_start
        if members and year is None and _SUBJECT_START.fullmatch(text, sentence.start, count_start):
            # "… có 4/8 huyện đạt chuẩn … (2023). 4 huyện đạt chuẩn NTM gồm: A, B, C và D": the units of the
            # sentence before, spelt out, take its year
            year = _year_of_same_count(ctx, sentence, count_value(count["count"]), count["noun"])
        elif members and year is None and _BATCH_OPENER_START.match(text, sentence.start, count_start):
            # "… công nhận 10 xã đạt chuẩn … năm 2024. Theo đó, có 6 xã …, gồm: …; 4 xã …, gồm: …": the batch of
            # the sentence before, spelt out in parts, takes its year
            year = _year_of_counted_prior(ctx, sentence)
        mixed = _MIXED_STATE.match(text, b)  # "88 xã đạt chuẩn NTM và NTM nâng cao": no one state
        if _RANGE_BEFORE.search(text, max(lo, count_start - 8), count_start):
            mixed = True  # "có thêm 5-7 xã đạt chuẩn": a range, no count
        if modality == "achieved" and _LIST_OF_BEFORE.search(text, max(lo, count_start - 12), count_start):
            mixed = True  # "Danh sách 31 xã đạt chuẩn …:": the communes of a decision, listed; no stock
        if _NEGATION.search(between_text):
            mixed = True  # "Từ một huyện nói không với xã đạt chuẩn …", "2 xã chưa có thôn đạt chuẩn": none in the state
        if not members and _DEMONSTRATIVE.match(between_text) and modality == "achieved" and \
                not _PURPOSE.search(text, max(lo, count_start - 12), count_start):
            # "Hội đồng công nhận 4 xã trên đạt chuẩn NTM": the communes listed before
            for unit in _referred_units(ctx, sentence, count_start, child, count_value(count["count"]), reach=4):
                out.append(Candidate("ntm_status", {"unit": unit, "status": status, "modality": modality,
                                                    "year": year}, count_start, b, 0.7))
        ctx.memo.setdefault("counted", set()).add(count_start)  # no elliptic item again
        if members and _spelt_out_batch(ctx, sentence, count_start, count):
            mixed = True  # "Theo đó, 2 xã đạt chuẩn … gồm: A, B": the units of a decision, no stock
        if modality == "achieved" and (_WITHIN_YEAR.search(text, lo, count_start) or
                                       _WITHIN_YEAR_AFTER.match(text, b, hi)):
            mixed = True  # "trong năm 2023, toàn tỉnh có 9 xã đạt chuẩn …": recognised that year, no stock
        increment = not mixed and (_is_increment(ctx, sentence, lo, count_start, between_text) or
                                   _RAISED_AFTER.match(text, b, hi) is not None)
        if increment and members:
            ctx.memo["batch_detail"] = sentence.index  # the list sentences that follow detail the same batch
        if not mixed and not increment and "cơ bản" not in between_text:
            tally_year = year if year is not None else _tally_year(ctx, sentence, a, b)
            between = (lo + count.end("noun"), a)
            parent = _tally_parent(ctx, sentence, count_start, between, child)
            ctx.memo["last_tally_parent"] = (sentence.index, parent)
            items = [(count, count_start)]
            cursor = count_start
            while True:
                link = CHAIN_ITEM.search(text, lo, cursor)
                if not link:
                    break
                items.append((link, link.start()))
                cursor = link.start()
            for item, item_start in items:
                number = int(item["of"]) if "of" in item.groupdict() and item["of"] else count_value(item["count"])
                if number <= 0:
                    continue
                total = None if item.groupdict().get("of") else (count_value(item["total"]) if item["total"] else None)
                if total is None and item_start == count_start and not item.groupdict().get("of"):
                    total = _total_stated_before(ctx, sentence, count_start, item["noun"], number)
                fields = {"parent": parent, "child_level": child_level(item["noun"]), "count": number,
                          "total": total, "state": status, "year": tally_year, "modality": modality}
                out.append(Candidate("unit_tally", fields, item_start, max(b, list_end if members else b), 0.85))
        out.extend(_members(ctx, sentence, status, modality, year, child, members, count_start, max(b, list_end)))
        also = _AND_A_UNIT.match(between_text)
        if also:
            # "toàn tỉnh có 28/118 xã và huyện Tân Hiệp đạt chuẩn NTM": the district named beside the count
            for unit in ctx.mentions_between(lo + count.start("between"), a):
                if unit.name and not unit.plural and unit.level in {"huyen", "xa"}:
                    out.append(Candidate("ntm_status", {"unit": ctx.unit_of(unit, sentence), "status": status,
                                                        "modality": modality, "year": year}, unit.start, b, 0.75))
                    break
        if not count["of"]:
            return out
    per_unit = list(_COUNTED_ITEMS.finditer(text, b, sentence.end)) \
        if not count and _COUNTED_ITEM_TAIL.search(text, b, sentence.end) else []
    if len(per_unit) >= 2:
        # "số xã đạt chuẩn … thuộc các huyện gồm: Đức Trọng (10 xã), Lâm Hà (7 xã)"
        for item in per_unit:
            parent_level = level_of(item["lw"], item["name"]) if item["lw"] else "huyen"
            fields = {"parent": Unit(item["name"], parent_level, ctx.province), "child_level": child_level(item["noun"]),
                      "count": int(item["n"]), "total": None, "state": status,
                      "year": _tally_year(ctx, sentence, item.start(), item.end()), "modality": modality}
            out.append(Candidate("unit_tally", fields, item.start(), item.end(), 0.7))
        return out
    if not count:
        given = _GIVEN_TO.match(text, b, hi)
        if given:
            # "xét công nhận đạt chuẩn NTM cho các xã A (huyện X), B và C": the units the recognition is given to
            level = child_level(given["noun"])
            members, list_end = parse_list(text, given.end(), hi, level)
            if members:
                return out + _members(ctx, sentence, status, modality, year, level, members, a, list_end, 0.75)
        listed = _listed_subjects(ctx, sentence, lo, a, status, modality, year)
        if listed:
            return out + listed + _earlier_groups(ctx, sentence, lo, listed)
        counted = _COUNT_WITH.match(text, b, hi)
        if counted and not is_year(counted["count"]):
            return out + _counted_after(ctx, sentence, counted, status, modality, year)
        window = text[max(sentence.start, a - 400):a]
        grouped = _GROUP_BEFORE.search(window) if ("gồm" in window or "là" in window) else None
        if grouped:
            child = child_level(grouped["noun"])
            group_start = max(sentence.start, a - 400) + grouped.start()
            members, _ = parse_list(text, group_start + grouped.end("open") - grouped.start(), a, child)
            if members:
                modality = modality_for(ctx, sentence.start, group_start + len(grouped.group()))
                return out + _members(ctx, sentence, status, modality, year, child, members, group_start, b)
    if _SHARE_SUBJECT.search(text, max(lo, a - 120), a):
        # "phấn đấu có ít nhất 50% số xã được công nhận …": a share of communes, no unit's standing; but
        # "20% số xã đạt chuẩn NTM, tương đương 26 xã trong tổng số 122 xã" states the count too
        same = _EQUIVALENT_COUNT.match(text, b, hi)
        if same and not is_year(same["count"]):
            child = child_level(same["noun"])
            count_start = same.start("count")
            fields = {"parent": _tally_parent(ctx, sentence, count_start, (count_start, count_start), child),
                      "child_level": child, "count": int(same["count"]),
                      "total": int(same["total"] or same["slash"]) if same["total"] or same["slash"] else None,
                      "state": status,
                      "year": year if year is not None else _tally_year(ctx, sentence, a, b), "modality": modality}
            out.append(Candidate("unit_tally", fields, count_start, same.end(), 0.7))
        return out
    near = text[max(lo, a - 120):min(hi, b + 60)]
    ordinals = []
    if "thứ" in near or "đầu tiên" in near:
        # "Đây là xã thứ 52 của tỉnh A đạt chuẩn …": an ordinal right before the standing is its own, before one
        # after it (which may open the next statement: "… và huyện B trở thành huyện đầu tiên …")
        before = list(ORDINAL.finditer(text, max(lo, a - 120), a))
        if before and a - before[-1].end() <= 12:
            ordinals = before
        else:
            ordinals = list(ORDINAL.finditer(text, b, min(hi, b + 60))) or before
    level = (W.CHILD_LEVEL.get(level_word.lower()) or level_of(level_word, None)) if level_word else None
    if level is None and count is not None and count["of"]:
        level = child_level(count["noun"])  # "thôn A, xã B (01 trong 07 xã về đích …)": B is the one of the 07
    adjacent = ctx.mentions_between(max(lo, a - 4), a)
    if adjacent and adjacent[-1].name is None and adjacent[-1].end >= a - 2 and \
            ctx.unit_of(adjacent[-1], sentence) is None and \
            not (adjacent[-1].plural and OPENER.match(text, b, sentence.end)):
        # "công nhận xã đạt chuẩn": a commune the passage never names; but "Các xã đạt chuẩn … gồm: A, B":
        # the communes listed after the state
        return out
    # "A đã được công nhận nông thôn mới nâng cao, trong khi B chưa đạt": this wording has its subject before it
    if m.group().startswith("công nhận") and not m["lw2"] and not ctx.mentions_between(lo, a):
        return out
    unit, mention = ctx.subject(sentence, a, b, lo=lo, hi=sentence.end if subject_hi is None else subject_hi,
                                level=level)
    if unit is None and level is not None:
        unit, mention = ctx.subject(sentence, a, b, lo=lo, hi=subject_hi)
    if mention is not None and mention.end <= a and level is None:
        unit, mention = _owner_of_modifier(ctx, sentence, lo, unit, mention)
    # "tỉnh A hoàn thành xây dựng nông thôn mới", but not "… hoàn thành xây dựng xã nông thôn mới"
    province_wording = m.group().lower().startswith(_PROVINCE_WORDING) or \
        level is None and m.group().lower().startswith("hoàn thành xây dựng")
    if unit is not None and mention is not None and mention.end <= a and \
            (unit.level == "huyen" or unit.level == "tinh" and province_wording) and \
            _ORDINAL_OF_BEFORE.search(text, max(lo, mention.start - 40), mention.start):
        # "Đây là đơn vị cấp huyện thứ 3 của tỉnh A hoàn thành nhiệm vụ …": A only places the ordinal's unit
        unit, mention = None, None
    if unit is not None and unit.level == "tinh" and level != "tinh" and not province_wording:
        unit = None  # a province is said to reach the standard only in so many words
        if mention is not None and mention.end <= a and _FIRST_OF_PROVINCE.search(text, max(lo, a - 80), a):
            # "Ngay sau khi trở thành địa phương đầu tiên của tỉnh được công nhận đạt chuẩn NTM vào năm 2015,
            # thị xã Đông Triều …": the unit the sentence goes on to name
            unit, mention = ctx.subject(sentence, b, b, lo=b, hi=hi, level=level)
            if unit is not None and unit.level in {"tinh", "nuoc"}:
                unit, mention = None, None
    members, list_end = list_after(text, b, sentence.end, level or (unit.level if unit else "xa"))
    if members and not count:
        if year is None and _LIST_SUBJECT.match(ctx.text, sentence.start, a):
            year = _year_of_counted_prior(ctx, sentence)  # "Các xã được công nhận đợt này gồm: …"
        out.extend(_members(ctx, sentence, status, modality, year, level or "xa", members, a, list_end, 0.75))
    elif unit is not None and unit.level != "nuoc" and (unit.name or unit.level == "tinh"):
        start = min(a, mention.start) if mention else a
        end = max(b, mention.end) if mention else b
        out.append(Candidate("ntm_status", {"unit": unit, "status": status, "modality": modality, "year": year},
                             start, end, 0.8))
        for other in _coordinated(ctx, sentence, mention, lo):
            out.append(Candidate("ntm_status", {"unit": other, "status": status, "modality": modality,
                                                "year": year}, start, end, 0.75))
    for ordinal in ordinals:
        tally = _ordinal_tally(ctx, sentence, ordinal, a, b, status, year, modality,
                               level or (unit.level if unit else "xa"))
        if tally is not None:
            out.append(tally)
    return out + _earlier_groups(ctx, sentence, lo, out)


# "xã A, xã B (huyện X)": a group of a list set out district by district, semicolons between the groups
_GROUP_CLAUSE = re.compile(rf"\s*(?:(?:Ngoài ra|Bên cạnh đó|Đồng thời|Trong đó|Cụ thể|Theo đó)\s*[,:]?\s*)?(?P<list>[Xx]ã|[Tt]hôn|[Bb]ản)\s+{P.NAME}(?:\s*(?:,|,?\s+và)\s*(?:(?:xã|thôn|bản)\s+)?{P.NAME})*"
                           rf"\s*\((?:(?:huyện|thị xã|thành phố|TP\.?)\s*)?{P.NAME}\)\s*")


def _earlier_groups(ctx: Context, sentence: Sentence, lo: int, found: list[Candidate]) -> list[Candidate]:
    """"xã A, xã B (huyện X); xã C, xã D (huyện Y) đạt chuẩn …": the units of the groups before the clause whose
    subject reached the state hold it too."""
    subjects = [c for c in found if c.type == "ntm_status" and c.start >= lo]
    if not subjects or lo <= sentence.start or ctx.text[lo - 1] != ";":
        return []
    fields = subjects[0].fields
    level = fields["unit"].level
    out = []
    hi = lo - 1
    while hi > sentence.start:
        start = max(sentence.start, ctx.text.rfind(";", sentence.start, hi) + 1)
        group = _GROUP_CLAUSE.fullmatch(ctx.text, start, hi)
        if group is None:
            break
        members, _ = parse_list(ctx.text, group.start("list"), hi, level)
        out.extend(Candidate("ntm_status", {**fields, "unit": Unit(name, level)}, start, subjects[0].end, 0.7)
                   for name, _, _ in members)
        hi = start - 1
    return out


# the words a province is said to reach the standard in
_PROVINCE_WORDING = ("hoàn thành nhiệm vụ", "đạt chuẩn/", "hoàn thành chương trình")


# "… của huyện B", "… của tinh Ninh Bình" (a level word misspelt, the name known bare)
_MODIFIER_BEFORE = re.compile(r"(?:của|thuộc|trong|tại)(?:\s+toàn)?(?:\s+(?:tỉnh|tinh|huyện|thành phố))?\s*$")


_ORDINAL_AFTER = re.compile(r"\s+(?:thứ|đầu tiên)")  # "xã thứ 52 của tỉnh": the ordinal's noun, no subject


def _year_of_an_earlier_standing(ctx: Context, sentence: Sentence, year: int, a: int) -> bool:
    """Whether the sentence writes `year` only before the standing at `a`, right after another standing it dates."""
    text = ctx.text
    written = text.rfind(str(year), sentence.start, a)
    if written < 0 or text.find(str(year), a, sentence.end) >= 0:
        return False
    earlier = next(iter(collections.deque(_triggers(text, sentence.start, written), maxlen=1)), None)
    return earlier is not None and 0 <= written - earlier.end() <= 12 and \
        _YEAR_RIGHT_AFTER.fullmatch(text, earlier.end(), written) is not None


_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:vào\s+|trong\s+)?(?:năm\s+)?")
_BEATEN_GOAL_BEFORE = re.compile(r"(?<![^\W_])(?:vượt|so với)\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:đề ra|được giao|đặt ra))?"
                                 r"\s+(?:là\s+)?(?:có\s+)?$")
# "Huyện A có 1 xã …", "Huyện B có 2-3 xã …" (a name's words may stand two spaces apart in web text)
_UNIT_HAS = re.compile(rf"(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Xx]ã)\s+{P.UP}[^\s,;.]*(?:\s+{P.UP}[^\s,;.]*){{0,3}}"
                       r"\s+có\s+(?:\d+\s*[-–]\s*)?$")
# "…, các xã còn lại đạt …", "16/16 xã đạt chuẩn, huyện hoàn thành 9/9 tiêu chí": another subject's criteria
_OTHER_GROUP = re.compile(r"(?:,|\svà)\s+(?:(?:các|những)\s+(?:xã|huyện|thôn)|huyện|thị xã|tỉnh)(?![^\W_])")
# "… có 5 xã được công nhận đạt chuẩn, nâng tổng số lên 45 xã": the count before the raised total is the increment
_RAISED_AFTER = re.compile(r"[^;.\d]{0,80}?,\s*(?:nâng|đưa)\s+(?:tổng\s+)?số(?![^\W_])")
_LIST_OF_BEFORE = re.compile(r"(?<![^\W_])[Dd]anh sách\s+(?:các\s+)?$")
_NEGATION = re.compile(r"(?<![^\W_])(?:không|chưa)(?![^\W_])")
_RANGE_BEFORE = re.compile(r"(?<![\d.,/])\d{1,3}\s*(?:-|–|đến|tới)\s*$")
_GIVEN_TO = re.compile(r"(?:\s+(?:năm|trong năm)\s+(?:19|20)\d\d)?\s+cho\s+(?:(?:các|những)\s+)?"
                       r"(?P<noun>xã|huyện|thị xã|thôn|bản)\s+(?=[A-ZĐ])")


# "A là tỉnh có nhiều đơn vị … hoàn thành nhiệm vụ xây dựng NTM nhất cả nước với 6/9 đơn vị cấp huyện gồm …":
# the count of the units in the state, written after it
_COUNT_WITH = re.compile(rf"[^;.\d]{{0,30}}?(?<![Đđ]ối)\svới\s+(?P<count>\d+)(?:\s*/\s*(?P<total>\d+))?\s+(?P<noun>{NOUNS})(?![^\W_])"
                         r"(?=\s*(?:[,;.(:]|gồm|bao gồm|$))")


def _counted_after(ctx: Context, sentence: Sentence, counted: re.Match, status: str, modality: str, year) -> list[Candidate]:
    child = child_level(counted["noun"])
    parent = _tally_parent(ctx, sentence, counted.start("count"), (counted.start("count"), counted.start("count")), child)
    fields = {"parent": parent, "child_level": child, "count": int(counted["count"]),
              "total": int(counted["total"]) if counted["total"] else None, "state": status,
              "year": year if year is not None else _tally_year(ctx, sentence, counted.start(), counted.end()),
              "modality": modality}
    out = [Candidate("unit_tally", fields, counted.start("count"), counted.end(), 0.7)]
    inner = _COUNTED_GROUP.match(ctx.text, counted.end())  # "… gồm 5 huyện: A, B và C"
    members, list_end = list_after(ctx.text, inner.end() if inner else counted.end(), sentence.end,
                                   child_level(inner["noun"]) if inner else child)
    if members:
        out.extend(_members(ctx, sentence, status, modality, year, child, members, counted.start("count"), list_end))
    return out


_COUNTED_GROUP = re.compile(rf"\s*,?\s*(?:gồm|bao gồm)\s+\d+\s+(?P<noun>{NOUNS})(?=\s*:)")


def _owner_of_modifier(ctx, sentence, lo, unit, mention):
    """"Xã A (là xã đầu tiên) của huyện B đạt chuẩn": B only qualifies A, which is the subject."""
    if not _MODIFIER_BEFORE.search(ctx.text, max(lo, mention.start - 20), mention.start):
        return unit, mention
    # "Đây là huyện cuối cùng của tỉnh X được công nhận": a bare level word the article resolves counts too
    finer = [u for u in ctx.mentions_between(lo, mention.start)
             if not u.plural and _rank(u.level) > _rank(mention.level)
             and (u.name or not _ORDINAL_AFTER.match(ctx.text, u.end) and ctx.unit_of(u, sentence) is not None)]
    if not finer:
        return unit, mention
    finest = max(_rank(u.level) for u in finer)
    first = next(u for u in finer if _rank(u.level) == finest)  # the subject opens the clause
    owner = ctx.unit_of(first, sentence)
    return (owner, first) if owner is not None else (unit, mention)


def _listed_subjects(ctx, sentence, lo, a, status, modality, year) -> list[Candidate]:
    """"công nhận các xã A, B (huyện X) và xã C đạt chuẩn": each listed unit, when there are several."""
    # the first level word of the clause that opens a list ("xã A, B và C", "các xã A, B (huyện X) và xã C")
    found = next(_PLURAL_SUBJECT.finditer(ctx.text, lo, a), None)
    if lo > sentence.start:
        # "công nhận các xã: A, B, huyện X; C, D, huyện Y, đạt chuẩn …": a list in groups that runs up to the state
        grouped = next((g for g in _PLURAL_SUBJECT.finditer(ctx.text, sentence.start, lo) if g["plural"]), None)
        if grouped is not None:
            found = grouped
    if found is None:
        return []
    between = ctx.text[found.end():a]
    if re.search(r"\b(?:đạt|có|với)\b", between) or between.count("(") != between.count(")"):
        return []
    level = child_level(found["noun"].lower())
    members, _ = parse_list(ctx.text, found.end(), a, level)
    if (":" in found.group() or re.search(r"[;:]", between)) and not (found["plural"] and members and
                                           _LIST_RUNS_TO_STATE.fullmatch(ctx.text, members[-1][2], a)):
        return []
    plural = found.group().lower().startswith(("các", "những"))
    # "xã A, B đạt chuẩn" may be a commune and its district; "xã A, B và C" is a list
    # "xã A, B (huyện X)": the parenthesised district makes it a list
    if len(members) < 2 or not plural and len(members) < 3 and " và " not in between and "(" not in between:
        return []
    return _members(ctx, sentence, status, modality, year, level, members, found.start(), a, 0.75)


# what may stand between a list's last member and the state it reaches: its district, commas
_LIST_RUNS_TO_STATE = re.compile(rf"\s*(?:,?\s*\(?(?:huyện|thị xã|thành phố|TP\.?)\s+{P.NAME}\)?)?\s*,?\s*(?:đã\s+|đều\s+)*")


def _coordinated(ctx: Context, sentence: Sentence, mention, lo: int) -> list[Unit]:
    """Units named alongside the subject: "xã A, xã B và xã C đạt chuẩn"."""
    if mention is None or mention.name is None:
        return []
    out = []
    mentions = [u for u in ctx.mentions_between(lo, mention.start) if u.level == mention.level and u.name]
    current = mention
    for prior in reversed(mentions):
        gap = ctx.text[prior.end:current.start].strip()
        if gap not in {",", "và", ", và"}:
            break
        out.append(ctx.unit_of(prior, sentence))
        current = prior
    return [u for u in out if u is not None]


_ORDINAL_OF_BEFORE = re.compile(r"(?:thứ\s+\d+(?:\s*/\s*\d+)?|đầu tiên|cuối cùng)\s+(?:của|trong|tại)\s+(?:toàn\s+)?$")
_PLURAL_FIRST = re.compile(r"(?<![^\W_])(?:những|các)\s+(?:xã|huyện|đơn vị|địa phương)(?![^\W_])[^,;.\d]{0,25}$")
# "…, tương đương 26 xã", "… (12/12 xã)": the count of the share
_EQUIVALENT_COUNT = re.compile(r"[^;.()]{0,30}?,?\s*(?:tương (?:đương|ứng)(?:\s+với)?\s+|\(\s*)(?P<count>\d+)"
                               r"(?:\s*/\s*(?P<slash>\d+))?\s+(?P<noun>xã|huyện)(?![^\W_])"
                               r"(?:\s*(?:/|trong tổng số|trên tổng số|trên)\s*(?P<total>\d+)\s*(?:xã|huyện))?")
_FIRST_TO_HAVE = re.compile(r"(?<![^\W_])có(?![^\W_])")
_ONE_OF_BEFORE = re.compile(r"(?<![^\W_])(?:một|1|01)\s+trong\s+(?:số\s+)?\d+\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+$", re.I)


def _ordinal_tally(ctx, sentence, ordinal, a, b, status, year, modality, child) -> Candidate | None:
    if ordinal.end() <= a and _FIRST_TO_HAVE.search(ctx.text, ordinal.end(), a):
        return None  # "tỉnh đầu tiên trong cả nước có xã miền núi đạt chuẩn": first to have one, no tally
    if _ONE_OF_BEFORE.search(ctx.text, max(sentence.start, ordinal.start() - 40), ordinal.start()):
        return None  # "một trong 2 xã đầu tiên của tỉnh": the count of the 2 stands for it
    if ordinal["first"] and _PLURAL_FIRST.search(ctx.text, max(sentence.start, ordinal.start() - 40), ordinal.start()):
        return None  # "đây là những xã NTM đầu tiên của tỉnh …": the first ones, not one
    noun = _ORDINAL_NOUN.search(ctx.text, max(sentence.start, ordinal.start() - 30), ordinal.start())
    if noun:
        child = child_level(noun["noun"])
    parent_word = ordinal["parent"]
    if ordinal["bare"]:
        known = [u for u in ctx.mentions_between(ordinal.start("bare"), ordinal.start("bare") + 1)
                 if u.name and u.level in {"tinh", "huyen"} and u.start == ordinal.start("bare")]
        if not known:
            return None
        parent = Unit(known[0].name, known[0].level)
    elif ordinal["name"]:
        parent = Unit(ordinal["name"], level_of(parent_word, ordinal["name"]))
    elif parent_word == "cả nước":
        parent = Unit(None, "nuoc")
    elif parent_word == "tỉnh":
        named = [u for u in ctx.mentions_between(sentence.start, ordinal.start()) if u.level == "tinh" and u.name
                 and not u.in_organisation]
        # "tỉnh Quảng Ngãi phấn đấu …, huyện A đạt huyện NTM đầu tiên của tỉnh": the province just named
        parent = Unit(ctx.province or (named[-1].name if named else None), "tinh")
    else:
        parent = Unit(ctx.focus_district or ctx.topic(sentence, a, "huyen"), "huyen")
    fields = {"parent": parent, "child_level": child,
              "count": 1 if ordinal["first"] else int(ordinal["count"]),
              "total": int(ordinal["total"]) if ordinal["total"] else None,
              "state": status, "year": year, "modality": modality}
    if _rank(child) <= _rank(parent.level):
        return None
    return Candidate("unit_tally", fields, min(a, ordinal.start()), max(b, ordinal.end()), 0.8)


def _from_raised_total(ctx: Context, sentence: Sentence, m: re.Match) -> list[Candidate]:
    state_text = m["state"]
    noun = m["noun"] or m["noun2"]
    criteria = _CRITERIA_STATE.search(state_text)
    trigger = None if criteria else NTM_TRIGGER.search(state_text) or re.search(r"đạt chuẩn", state_text)
    # "… có thêm 3 xã đạt chuẩn NTM nâng cao, nâng tổng số xã nâng cao lên 8 xã": the grade alone, the programme
    # named in the sentence
    grade_only = None if trigger or criteria else _GRADE_ONLY.match(state_text)
    if grade_only and not _HAS_NTM.search(ctx.text, sentence.start, sentence.end):
        grade_only = None
    last = ctx.memo.get("last_standard")
    if not (trigger or criteria or grade_only) and _NO_STATE.fullmatch(state_text) and last and \
            last[0] == sentence.index and last[1].end() <= m.start() and last[1].re is NTM_TRIGGER:
        trigger = last[1]  # "… có thêm 8 xã đạt chuẩn NTM, nâng tổng số lên 102/120 xã": the state just named
    if not (trigger or criteria or grade_only) or not noun or is_year(m["count"]) or "cơ bản" in state_text:
        return []
    if criteria:
        status = f"criteria:{criteria['n']}-{criteria['n']}"  # "nâng tổng số xã đạt 19 tiêu chí lên 28 xã"
    elif grade_only:
        status = _GRADE[grade_only["grade"]]
    else:
        status = _status_of(trigger) if trigger.re is NTM_TRIGGER else "dat_chuan"
    child = child_level(noun)
    lo, _ = clause_of(ctx, sentence, m.start())
    parent = _tally_parent(ctx, sentence, m.start(), (m.start("state"), m.start("count")), child)
    ctx.memo["last_tally_parent"] = (sentence.index, parent)
    year = _tally_year(ctx, sentence, m.start(), m.end()) if criteria else _sentence_year(ctx, sentence, m.start(),
                                                                                          m.end())
    if year is None and not criteria:
        year = _tally_year(ctx, sentence, m.start(), m.end())  # "Giai đoạn 2021-2025, … nâng tổng số … lên 120 xã"
    fields = {"parent": parent, "child_level": child, "count": int(m["count"]),
              "total": int(m["total"]) if m["total"] else None, "state": status,
              "year": year, "modality": modality_for(ctx, lo, m.start())}
    return [Candidate("unit_tally", fields, m.start(), m.end(), 0.8)]


_BUILDING_TOWARDS = re.compile(rf"(?<![^\W_])xây dựng\s+(?:[Xx]ã|[Hh]uyện|thị xã|[Tt]hôn)\s+{P.NAME}\s+$")
_NO_STATE = re.compile(r"\s*(?:(?:toàn|của|trên địa bàn)\s+(?:tỉnh|huyện|xã)\s*)?")
_GRADE_ONLY = re.compile(r"\s*(?:đạt\s+)?(?:chuẩn\s+)?(?P<grade>nâng cao|kiểu mẫu)\s*(?:toàn (?:tỉnh|huyện)\s*)?$")


# "Số xã đạt chuẩn (19 tiêu chí) đã có quyết định công nhận là 35 xã": the stock named before its figure
_COUNT_OF_STANDARD = re.compile(
    # "có tổng số xã đạt chuẩn … là 280 xã", but not "nâng tổng số …" (a raised total, read as one)
    r"(?<![^\W_])(?<!âng tổng )(?<!ưa tổng )[Ss]ố\s+(?P<noun>xã|huyện|thôn)\s+(?P<state>đạt chuẩn[^;.]{0,70}?)\s(?:là|đạt)\s+"
    r"(?P<count>\d+)(?:\s*/\s*(?P<total>\d+))?\s*(?P<noun2>xã|huyện|thôn)(?![^\W_])")
_COUNT_OF_STANDARD = P.StartsAt(_COUNT_OF_STANDARD, re.compile("Số|số"))  # from its first word, as _CRITERIA


# A sentence whose subject is the group a list spells out.
_LIST_SUBJECT = re.compile(r"\s*(?:Các|Những)\s+(?:xã|huyện|thôn)\s")


_IMAGE_TAGS = ("<image>", "<img", "![")


def _prior_prose(ctx: Context, sentence: Sentence) -> Sentence | None:
    """The sentence before, passing over photo captions: lines past the headline and dateline that end no
    sentence, or a caption written twice over (an image's description and its caption)."""
    index = sentence.index - 1
    while index >= 0 and sentence.index - index <= 3:
        prior = ctx.sentences[index]
        line = ctx.text[prior.start:prior.end].rstrip()
        half = len(line) // 2
        doubled = len(line) > 40 and line[:half].strip() == line[half:].strip()
        # "Một góc xã Hương Thủy.": a short line of its own between paragraphs is a caption too
        caption = prior.paragraph >= 2 and len(line) < 40 and _whole_line(ctx, prior)
        # an image's tag, and the caption under it that repeats the image's description
        above = ctx.sentences[index - 1] if index else None
        caption = caption or line.startswith(_IMAGE_TAGS) or above is not None and len(line) > 20 and \
            ctx.text[above.start:above.end].lstrip().startswith(_IMAGE_TAGS) and \
            line.rstrip(".") in ctx.text[above.start:above.end]
        if (line[-1:] in _CLOSING or prior.paragraph < 2 and not doubled) and not caption:
            return prior
        index -= 1
    return None


def _whole_line(ctx: Context, sentence: Sentence) -> bool:
    index = sentence.index
    return all(0 <= i < len(ctx.sentences) and ctx.sentences[i].paragraph != sentence.paragraph or
               not 0 <= i < len(ctx.sentences) for i in (index - 1, index + 1))


def _year_of_counted_prior(ctx: Context, sentence: Sentence):
    """The year of the sentence before when it counts units reaching a standard ("… công nhận 13 xã
    đạt chuẩn NTM đợt 2 năm 2019."): a list that spells them out takes it."""
    prior = _prior_prose(ctx, sentence)
    if prior is None or not _FIRST_COUNT.search(ctx.text, prior.start, prior.end):
        return None
    trigger = NTM_TRIGGER.search(ctx.text, prior.start, prior.end)
    return year_for(ctx, prior, trigger.start(), trigger.end()) if trigger else None


def _year_of_same_count(ctx: Context, sentence: Sentence, number: int, noun: str):
    """The year the sentence before gives the same count of the same units."""
    prior = _prior_prose(ctx, sentence)
    if prior is None or number <= 0:
        return None
    same = re.compile(rf"(?<![\d.,/])0*{number}(?:\s*/\s*\d+)?\s+{re.escape(noun)}(?![^\W_])", re.I)
    found = same.search(ctx.text, prior.start, prior.end)
    return year_for(ctx, prior, found.start(), found.end()) if found else None


# "Huyện A: Xã B, C, D" — one line of a list set out district by district
_DISTRICT_LINE = re.compile(r"\s*(?:Huyện|Thị xã|Thành phố|TP\.?|TX\.?)\s+[^:\n.;]{2,40}?:\s*(?=(?:Xã|xã|Phường|Thị trấn)\s)")


def _district_lines(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """The communes of a line "Huyện A: Xã B, C" under a sentence about units reaching a standard that
    ends on a colon ("Cụ thể 12 xã được công nhận đạt chuẩn NTM:"), or under a line like it."""
    head = _DISTRICT_LINE.match(ctx.text, sentence.start, sentence.end)
    if not head or not sentence.index:
        return []
    inherited = ctx.memo.get("district_lines")
    if inherited and inherited[0] == sentence.index - 1:
        status, modality, year = inherited[1:]
    else:
        prior = ctx.sentences[sentence.index - 1]
        triggers = list(NTM_TRIGGER.finditer(ctx.text, prior.start, prior.end))
        if not triggers or not ctx.text[prior.start:prior.end].rstrip().endswith(":"):
            return []
        trigger = triggers[-1]
        status, modality = _status_of(trigger), modality_for(ctx, prior.start, trigger.start())
        year = year_for(ctx, prior, trigger.start(), trigger.end())
    members, end = parse_list(ctx.text, head.end(), sentence.end, "xa")
    if not members:
        return []
    ctx.memo["district_lines"] = (sentence.index, status, modality, year)
    return _members(ctx, sentence, status, modality, year, "xa", members, sentence.start, end, 0.7)


def _continued_list(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """"Đó là xã A, xã B …" after a sentence that counted units reaching a standard."""
    if _DISTRICT_LINE.match(ctx.text, sentence.start, sentence.end):
        return _district_lines(ctx, sentence)
    opener = REFERRING_OPENER.match(ctx.text, sentence.start, sentence.end) or \
        _COUNT_LIST_OPENER.match(ctx.text, sentence.start, sentence.end)
    if not opener or not sentence.index:
        return []
    counted = _COUNT_LIST_OPENER.match(ctx.text, _skip_spaces(ctx.text, opener.end(), sentence.end), sentence.end)
    if counted and opener.re is REFERRING_OPENER:
        opener = counted  # "Theo đó, 07 xã thuộc 03 huyện, bao gồm: …": the count of the decision before, spelt out
    prior = _prior_prose(ctx, sentence)
    if prior is None:
        return []
    triggers = list(NTM_TRIGGER.finditer(ctx.text, prior.start, prior.end)) or \
        list(_STANDARD.finditer(ctx.text, prior.start, prior.end))
    trigger = triggers[-1] if triggers else None
    if trigger is None:
        return []
    head = _LIST_HEAD.match(ctx.text, opener.end(), sentence.end)  # "Đó là các xã: …"
    members, end = parse_list(ctx.text, _skip_spaces(ctx.text, head.end(), sentence.end), sentence.end, "xa")
    if not members:
        return []
    year = year_for(ctx, sentence, sentence.start, sentence.end) or year_for(ctx, prior, trigger.start(),
                                                                             trigger.end())
    modality = modality_for(ctx, prior.start, trigger.start())
    return _members(ctx, sentence, _status_of(trigger), modality, year, "xa", members, sentence.start, end, 0.7)


def _skip_spaces(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " :,":
        pos += 1
    return pos


# "… 19/19 tiêu chí gồm: A, B", "có 3 xã hoàn thành 19 tiêu chí là A, B và C": the communes that have them
# "có 1 xã đạt 19/19 tiêu chí (xã A - huyện B đã được công nhận …)": named in a parenthesis after
_LISTED_RIGHT_AFTER = re.compile(rf"[^\S\n]*(?:(?:nông thôn mới|NTM)[^\S\n]*)?,?[^\S\n]*(?:(?:bao gồm|gồm|là)[^\S\n]*:?[^\S\n]*"
                                 rf"(?:(?:các[^\S\n]+)?(?:xã|phường|thị trấn)[^\S\n]+)?|\((?=(?:xã|phường|thị trấn)\s))"
                                 rf"(?:(?:xã|phường|thị trấn)\s+)?{P.UP}")
_RECOGNITION_YEAR_BEFORE = re.compile(r"(?:đạt chuẩn|công nhận)[^,;.\d]{0,40}?\snăm\s+(?:19|20)\d\d\s*[,;]\s*"
                                      r"(?:(?:xã|huyện|đã|đều|và|cũng|hiện|nay|hiện nay|đến nay)\s+)*$")
_AVERAGE = re.compile(r"(?<![^\W_])(?:[Bb]ình quân|[Tt]rung bình)(?![^\W_])(?! đầu người)(?P<each>\s+(?:mỗi|1|một)\s+xã)?")
_NEW_SUBJECT = re.compile(rf",\s*(?:(?:trong đó|trong số đó|còn lại|riêng)\s*,?\s*)?(?:[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+{P.UP}")
# "9/9 tiêu chí", "9 tiêu chí huyện": the set of criteria a district meets, not a commune
_DISTRICT_SET = re.compile(r"9\s*/\s*9\s+tiêu chí|\d\s*(?:/\s*\d+\s*)?tiêu chí (?:huyện|của huyện)(?![^\W_])")
_SHARE_OR_BASIC = re.compile(r"%\s*(?:số\s+)?(?:các\s+)?(?:xã|huyện|thôn)[^;.]{0,60}$|cơ bản\s+(?:đã\s+)?$")
_REFERRING_COUNT = re.compile(r"(?:Đây là|Đó là|[Cc]ả)\s+$")
_UPPER_OR_PAREN = set("(ABCDEFGHIJKLMNOPQRSTUVWXYZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ")


def _NAMED_AFTER_COUNT(ctx: Context, start: int, between: str) -> bool:
    """Whether a named unit opens a new clause between a count and its criteria."""
    if "," not in between:
        return False
    tail_start = start + between.rfind(",")
    return any(u.name and not u.plural for u in ctx.mentions_between(tail_start, start + len(between)))


def _referred_units(ctx: Context, sentence: Sentence, pos: int, level: str, count: int,
                    reach: int = 1) -> list[Unit]:
    """The `count` units of `level` that a referring count ("6 xã này") stands for: the units named
    earlier in its own sentence, or the list of one of the `reach` sentences before it."""
    own = [u for u in ctx.mentions_between(sentence.start, pos) if u.name and u.level == level]
    names = list(dict.fromkeys(u.name for u in own))
    index = sentence.index - 1
    while len(names) != count and index >= 0 and sentence.index - index <= reach:
        prior = ctx.sentences[index]
        opener = _LIST_OPENER.search(ctx.text, prior.start, prior.end)
        members = parse_list(ctx.text, opener.end(), prior.end, level)[0] if opener else []
        names = list(dict.fromkeys(name for name, _, _ in members))
        if len(names) != count:
            named = [u for u in ctx.mentions_between(prior.start, prior.end) if u.name and u.level == level]
            names = list(dict.fromkeys(u.name for u in named))
        index -= 1
    if len(names) != count:
        return []
    district = ctx.focus_district
    return [Unit(name, level, district) for name in names]


_LIST_OPENER = re.compile(r"(?:\bgồm|\blà|\bđó là)\s*:?\s*")
_PILOT_NAMED = re.compile(rf"(?<![^\W_])xã điểm(?:\s+(?:quốc gia|của\s+(?:tỉnh|huyện|Trung ương)))?\s+(?P<name>{P.NAME})"
                          r"\s+(?:(?:đã|đều|cũng)\s+)*$")
_TIME_ONLY = re.compile(r"\s*(?:(?:đến|tới|hết|cuối|đầu)\s+)*(?:năm|tháng)\s+[\d/]+\s*,?\s*(?:(?:đã|đều)\s+)?")
# "các xã này", "Các huyện trên", "những xã nói trên": a group of units a list has just spelt out
_GROUP_SUBJECT = re.compile(r"(?<![^\W_])(?:[Cc]ác|[Nn]hững|[Cc]ả)\s+(?P<noun>xã|huyện|thôn|bản|đơn vị)\s+"
                            r"(?:này|trên|nói trên|kể trên|nêu trên|đó)(?![^\W_])[^;.]{0,40}$")


def _listed_before(ctx: Context, sentence: Sentence, pos: int, level: str) -> list[Unit]:
    """The units of the list that the group at `pos` refers to: one opened earlier in its sentence
    ("… gồm A, B (huyện X) và C; các xã này …"), else in the sentence before."""
    spans = [(sentence.start, pos)]
    prior = _prior_prose(ctx, sentence)
    if prior is not None:
        spans.append((prior.start, prior.end))
    noun = {"xa": "xã", "huyen": "huyện", "thon": "thôn"}.get(level, "xã")
    for lo, hi in spans:
        for opener in reversed(list(_GROUP_LIST_OPENER.finditer(ctx.text, lo, hi))):
            if noun not in ctx.text[max(lo, opener.start() - 80):opener.start()]:
                continue  # a list of other units ("… các huyện gồm: …")
            members = parse_list(ctx.text, opener.end(), hi, level)[0]
            if len(members) >= 2:
                return [Unit(name, level, ctx.focus_district) for name in dict.fromkeys(n for n, _, _ in members)]
    return []


_GROUP_LIST_OPENER = re.compile(r"(?<![^\W_])(?:gồm|bao gồm|là|đó là)\s*:?\s*|:\s*")


# a list opened later in the sentence than the criteria it details, with no other count before it
_LIST_LATER = re.compile(r"[^.;:()]{0,160}?(?:\b(?:bao )?gồm\b\s*:?|:)\s*")
_GROUP_OF_LIST = re.compile(r"(?<![^\W_])(?:[Cc]ác|[Nn]hững)\s+xã\s+(?:(?:đã|đều)\s+)*$")


def _list_later(ctx: Context, sentence: Sentence, end: int, level: str) -> list[tuple[str, int, int]]:
    opener = _LIST_LATER.match(ctx.text, end, sentence.end)
    if not opener or _FIRST_COUNT.search(ctx.text, end, opener.start() + len(opener.group().rstrip())):
        return []
    return parse_list(ctx.text, opener.end(), sentence.end, level)[0]


def _from_criteria(ctx: Context, sentence: Sentence, m: re.Match) -> list[Candidate]:
    text = ctx.text
    a, b = m.start(), m.end("n")
    end = m.end() - len(m["rest"])
    if re.match(r"\s*/\s*(?:xã|huyện)", m["rest"]):
        return []
    if _NEGATED.search(text, max(sentence.start, a - 24), a):
        return []  # "cả 7 xã này đều chưa đạt 19 tiêu chí"
    lo, hi = clause_of(ctx, sentence, a)
    count = COUNT_BEFORE.search(text[lo:a])
    if count and is_year(count["count"]):
        count = None
    if count and _COUNT_AFTER.match(text, end, sentence.end):
        count = None  # "đạt 19 tiêu chí có 87 xã, đạt 15 - 18 tiêu chí có 8 xã": each state's count follows it
    year = year_for(ctx, sentence, a, end)
    if year is not None and _RECOGNITION_YEAR_BEFORE.search(text, max(sentence.start, a - 90), a):
        year = None  # "xã A đạt chuẩn NTM năm 2018, đã đạt 19/19 tiêu chí": the year of the recognition only
    rest = m["rest"]
    if count:
        year = _tally_year(ctx, sentence, a, end)
    if count and m["m"] and int(m["m"]) < 10 and count["noun"].lower() in {"xã", "phường", "thị trấn"}:
        count = None  # "10/10 xã được công nhận, đạt 9/9 tiêu chí": the district's criteria, not the communes'
    if count and _OTHER_GROUP.search(count["between"] or ""):
        count = None  # "1 huyện đạt chuẩn, các xã còn lại đạt từ 10 tiêu chí": the criteria are another group's
    named_after = count and _NAMED_AFTER_COUNT(ctx, lo + count.end("noun"), count["between"] or "")
    # "Huyện A có 10 xã, trong đó xã B đạt 19/19 tiêu chí": a commune named as the subject of a new clause
    new_subject = count and _NEW_SUBJECT.search(count["between"] or "")
    subject_from = lo + count.start("between") + new_subject.start() if new_subject else None
    if named_after or new_subject:
        count = None  # "06/07 xã đạt chuẩn, còn lại xã Phong Đông đạt 16/19 tiêu chí": Phong Đông has them
    district_set = _DISTRICT_SET.match(text, m.start("n"))
    if count and district_set and count["noun"] != "huyện":
        # "có 16/16 xã đạt chuẩn, huyện hoàn thành 9/9 tiêu chí huyện NTM": the district's own set, met by it
        count = None
    share = _SHARE_OR_BASIC.search(text, max(lo, a - 80), a)
    if share and not (district_set and share.group().startswith("%")):
        return []  # "100% số xã … hoàn thành 19/19 tiêu chí", "đã cơ bản đạt": no count of a unit
    if count:
        count_start = lo + count.start()
        between = count["between"] or ""
        if count["noun"] != "xã" and count["noun"] not in {"phường", "thị trấn", "huyện"}:
            return []
        referring = "đều" in between or _BATCH.search(between) or _REFERRING_COUNT.search(
            text, max(sentence.start, count_start - 14), count_start)
        if referring or _INCREMENT.search(text[max(lo, count_start - 25):count_start]):
            # "6 xã này đều đạt 19 tiêu chí": no stock, but each commune named just before has met them
            if not referring or m["lo"] or m["from"] or modality_for(ctx, sentence.start, count_start) != "achieved" \
                    or int(m["n"]) > 20 or m["m"] and int(m["m"]) > 20:
                return []  # "8 xã này đạt 90/152 tiêu chí" sums a group: no commune's count
            child = child_level(count["noun"])
            if between.strip()[:1] in _UPPER_OR_PAREN:  # "3 xã A, B, C đều đạt …": named right there
                between_start = lo + count.start("between") + len(between) - len(between.lstrip())
                units = [Unit(name, child, ctx.focus_district) for name, _, _ in parse_list(text, between_start, a,
                                                                                          child)[0]]
            else:
                units = _referred_units(ctx, sentence, count_start, child, count_value(count["count"]))
            return [Candidate("criteria_count", {"unit": unit, "achieved": int(m["n"]),
                                                 "total": int(m["m"]) if m["m"] else None, "year": year},
                              count_start, end, 0.7) for unit in units]
        child = child_level(count["noun"])
        low = int(m["lo"]) if m["lo"] else int(m["n"])
        if m["lo"]:
            high = int(m["n"])
        elif "trở lên" in rest[:12]:  # "từ 10 tiêu chí trở lên", "đạt 5 tiêu chí trở lên"
            high = int(m["m"]) if m["m"] else 19
        elif m["from"] == "dưới":
            low, high = 0, int(m["n"]) - 1
        else:
            high = low
        parent = _tally_parent(ctx, sentence, count_start, (lo + count.end("noun"), a), child)
        modality = modality_for(ctx, sentence.start, count_start)
        fields = {"parent": parent, "child_level": child, "count": count_value(count["count"]),
                  "total": None if count["of"] or not count["total"] else count_value(count["total"]),
                  "state": f"criteria:{low}-{high}", "year": year, "modality": modality}
        out = [Candidate("unit_tally", fields, count_start, end, 0.8)]
        listed_next = "gồm" in text[end:end + 12] or _LISTED_RIGHT_AFTER.match(text, end)
        listed = list_after(text, end, sentence.end, child)[0] \
            if not m["lo"] and not m["from"] and modality == "achieved" and listed_next else []
        if not listed and not m["lo"] and not m["from"] and modality == "achieved":
            # "17 xã đạt chuẩn 19/19 tiêu chí … và được công nhận … gồm: A, B": the list later in the sentence
            listed = _list_later(ctx, sentence, end, child)
        for name, _, _ in listed:
            # "Có 06/56 xã đạt 18/19 tiêu chí gồm: A, B, C": each listed commune has met them
            # ("(xã A - TP B …)": the dash before the parent is no part of the name)
            unit = Unit(name.rstrip(" -–"), child, parent.name if parent.level == "huyen" else None)
            out.append(Candidate("criteria_count", {"unit": unit, "achieved": int(m["n"]),
                                                    "total": int(m["m"]) if m["m"] else None, "year": year},
                                 count_start, end, 0.7))
        if not m["lo"] and not m["from"] and modality == "achieved" and between.strip()[:1] in _UPPER_OR_PAREN:
            # "3 xã A, B và C đạt 19/19 tiêu chí", "2 xã (A, B) đạt 11 tiêu chí": each named commune has met them
            between_start = lo + count.start("between") + len(between) - len(between.lstrip())
            members, _ = parse_list(text, between_start, a, child)
            for name, _, _ in members:
                unit = Unit(name, child, parent.name if parent.level == "huyen" else None)
                out.append(Candidate("criteria_count", {"unit": unit, "achieved": int(m["n"]),
                                                        "total": int(m["m"]) if m["m"] else None, "year": year},
                                     count_start, end, 0.7))
        return out
    after = _COUNT_AFTER.match(text, end, sentence.end)
    if after is None and _NUMBER_OF_BEFORE.search(text, max(lo, a - 12), a):
        # "Số xã dưới 7 tiêu chí giảm 52 xã, chỉ còn 38 xã": the stock named first, its figure after a change
        after = _LEFT_AFTER.match(text, end, sentence.end)
    if after and not is_year(after["count"]):
        # "Phân loại theo nhóm: …; đạt từ 15-18 tiêu chí có 14 xã": the count follows its state
        child = child_level(after["noun"])
        low = int(m["lo"]) if m["lo"] else int(m["n"])
        high = int(m["n"]) if m["lo"] else (0 if m["from"] == "dưới" else low)
        if m["from"] == "dưới" and not m["lo"]:
            low, high = 0, int(m["n"]) - 1
        parent = _tally_parent(ctx, sentence, a, (a, a), child)
        fields = {"parent": parent, "child_level": child, "count": count_value(after["count"]), "total": None,
                  "state": f"criteria:{low}-{high}", "year": _tally_year(ctx, sentence, a, after.end()),
                  "modality": modality_for(ctx, sentence.start, a)}
        return [Candidate("unit_tally", fields, a, after.end(), 0.7)]
    if m["lo"] or m["from"] or m["verb"] == "còn" or "chỉ tiêu" in text[b:end]:
        return []
    group = _GROUP_SUBJECT.search(text, lo, a)
    if group and (not m["m"] or int(m["n"]) <= int(m["m"]) <= 20):
        # "…; các xã này đều đã hoàn thành 19/19 tiêu chí", "Các xã trên đã hoàn thành 19 tiêu chí": each
        # unit of the list just given has met them
        if modality_for(ctx, sentence.start, a) != "achieved" or int(m["n"]) > 20:
            return []
        level = child_level(group["noun"])
        fields = {"achieved": int(m["n"]), "total": int(m["m"]) if m["m"] else None, "year": year}
        return [Candidate("criteria_count", {**fields, "unit": unit}, group.start(), end, 0.7)
                for unit in _listed_before(ctx, sentence, group.start(), level)]
    average = _AVERAGE.search(text, max(lo, a - 40), a)
    if average and (average["each"] or not any(u.name for u in ctx.mentions_between(average.end(), a))):
        return []  # "bình quân mỗi xã đạt 16 tiêu chí": an average, no unit's count
    if not district_set and _GROUP_OF_LIST.search(text, max(lo, a - 40), a) or not (district_set or new_subject) and \
            re.search(r"(?:các xã|những xã|(?<![\d.])\d{1,3} xã)[^;.]{0,40}$", text[lo:a]):
        if _GROUP_OF_LIST.search(text, max(lo, a - 40), a) and (not m["m"] or int(m["n"]) <= int(m["m"]) <= 20) \
                and modality_for(ctx, sentence.start, a) == "achieved":
            # "Các xã đạt 19/19 tiêu chí trong năm 2019: A, B (huyện X), C": each listed commune has met them
            fields = {"achieved": int(m["n"]), "total": int(m["m"]) if m["m"] else None, "year": year}
            return [Candidate("criteria_count", {**fields, "unit": Unit(name, "xa", ctx.focus_district)}, a, end, 0.7)
                    for name, _, _ in _list_later(ctx, sentence, end, "xa")]
        return []
    if modality_for(ctx, sentence.start, a) == "target":
        return []  # criteria a unit is to meet are not criteria it has met
    unit, mention = ctx.subject(sentence, a, end, lo=lo, hi=hi)
    named = [u for u in ctx.mentions_between(subject_from, a) if u.name] if subject_from is not None else []
    if named:
        mention = named[-1]  # "… có 10 xã, trong đó xã B đạt …": B, though read as a member of the count
        unit = Unit(mention.name, mention.level, ctx.parent_of(mention, sentence))
    pilot = _PILOT_NAMED.search(text, max(lo, a - 80), a) if unit is None else None
    if pilot:
        # "Riêng tại xã điểm quốc gia A đã hoàn thành 13 tiêu chí": a pilot commune named after its qualifier
        unit, mention = Unit(pilot["name"], "xa", ctx.focus_district), None
    if unit is None and lo > sentence.start and _TIME_ONLY.fullmatch(text, lo, a):
        # "Năm 2020, xã A đạt 14/19 tiêu chí; đến năm 2022 đạt 19/19 tiêu chí": the subject of the clause before
        unit, mention = ctx.subject(sentence, lo, lo, lo=sentence.start, hi=lo, after=False)
    listed = subjects_listed(ctx, lo, a, ctx.focus_district)
    if listed and (unit is None or unit.name in {u.name for u in listed}):
        # "xã A (huyện X) và xã B (huyện Y) đều đạt 16/19 tiêu chí", "Các xã A, B đạt 14 tiêu chí": each of them
        fields = {"achieved": int(m["n"]), "total": int(m["m"]) if m["m"] else None, "year": year}
        return [Candidate("criteria_count", {**fields, "unit": u}, a, end, 0.75) for u in listed]
    if unit is None or unit.level in {"tinh", "nuoc"}:
        return []  # criteria are met by communes and districts
    fields = {"unit": unit, "achieved": int(m["n"]), "total": int(m["m"]) if m["m"] else None, "year": year}
    start = min(a, mention.start) if mention else a
    out = [Candidate("criteria_count", fields, start, max(end, mention.end if mention else end), 0.8)]
    for other in _coordinated(ctx, sentence, mention, lo):
        out.append(Candidate("criteria_count", {**fields, "unit": other}, start, end, 0.75))
    return out
