"""Rules for assignments of an organisation to help a commune: `support`."""

from __future__ import annotations

import re

from nongthon.extraction import patterns as P
from nongthon.extraction import words as W
from nongthon.extraction.facts_common import NTM_TRIGGER, modality_for, year_for
from nongthon.extraction.find_units import _ORG_HEAD
from nongthon.extraction.numbers import money_vnd
from nongthon.extraction.records import Candidate, Sentence
from nongthon.extraction.resolve import Context

_VERB = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, W.SUPPORT_VERBS)) + r")(?![^\W_])", re.I)
# The same over `Context.lowered` (the verbs are lower case), which the regex engine scans much faster.
_VERB_LOWER = P.AfterLookBehind(_VERB.pattern)
_TOKEN = re.compile(r"[^\s,;.:()“”\"]+")
_AMOUNT = re.compile(r"(?:kinh phí|số tiền|trị giá|hỗ trợ)(?: [^\W\d_]+){0,4}?\s+(?:trên |gần |khoảng |hơn )?")


def organisation_at(text: str, start: int, end: int) -> str | None:
    """The organisation's name that starts at `start` ("Ban Dân vận Tỉnh ủy")."""
    tokens = []
    lower_run = 0
    for m in _TOKEN.finditer(text, start, end):
        if m.start() != start and text[tokens[-1][1]:m.start()] != " ":
            break
        word = m.group()
        if word[0].isupper() or word[0].isdigit():
            lower_run = 0
        elif word == "hội" and tokens and text[tokens[-1][0]:tokens[-1][1]] == "xã":
            pass  # "Ngân hàng Chính sách xã hội": one word of the name, not a second lower-case one
        else:
            if word.lower() in W.NAME_STOP or lower_run >= 2:
                break
            lower_run += 1
        tokens.append((m.start(), m.end()))
    while tokens and not text[tokens[-1][0]].isupper() and text[tokens[-1][0]:tokens[-1][1]].lower() in {
            "tỉnh", "huyện", "xã"}:
        tokens.pop()
    if len(tokens) < 2:
        return None
    return text[tokens[0][0]:tokens[-1][1]]


_ITEM = re.compile(r"\s*\d{1,2}\s*[.)/-]\s*(?P<helper>[A-ZĐ][^:;,.]{2,80}?)\s+(?:chỉ đạo|giúp đỡ|phụ trách|đỡ đầu|hỗ trợ)"
                   r"\s+(?=(?:xã|phường|thị trấn)\s)")
_ASSIGNING = re.compile(r"(?:giao|phân công)[^.]{0,200}(?:chỉ đạo|giúp đỡ|phụ trách|đỡ đầu|hỗ trợ)", re.I)


def _assignment_item(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """"3. Sở Nội vụ chỉ đạo xã An Ninh" in a numbered list after a sentence that assigns departments."""
    m = _ITEM.match(ctx.text, sentence.start, sentence.end)
    if not m:
        return []
    intro = None
    for index in range(sentence.index - 1, max(-1, sentence.index - 16), -1):
        prior = ctx.sentences[index]
        if _ASSIGNING.search(ctx.text, prior.start, prior.end):
            intro = prior
            break
    if intro is None:
        return []
    communes = [u for u in ctx.mentions_between(m.end(), sentence.end) if u.level == "xa" and u.name]
    if not communes:
        return []
    unit = ctx.unit_of(communes[0], sentence)
    year = year_for(ctx, sentence, m.start(), communes[0].end) or year_for(ctx, intro, intro.start, intro.end)
    fields = {"helper": m["helper"].strip(), "unit": unit, "year": year, "amount_vnd": None}
    out = [Candidate("support", fields, m.start("helper"), communes[0].end, 0.7)]
    # "… chỉ đạo … ở các xã đăng ký đạt chuẩn nông thôn mới năm 2020. Cụ thể: 1. Sở Y tế chỉ đạo xã Sen Thủy":
    # each listed commune is one of those the introducing sentence says reach (or aim at) the standard.
    for trigger in NTM_TRIGGER.finditer(ctx.text, intro.start, intro.end):
        if re.search(r"các xã[^,;.]{0,30}$", ctx.text[max(intro.start, trigger.start() - 40):trigger.start()]):
            status = {"nâng cao": "nang_cao", "kiểu mẫu": "kieu_mau"}.get(trigger.groupdict().get("grade") or "",
                                                                           "dat_chuan")
            out.append(Candidate("ntm_status", {"unit": unit, "status": status,
                                                "modality": modality_for(ctx, intro.start, trigger.start()),
                                                "year": year_for(ctx, intro, trigger.start(), trigger.end())},
                                 communes[0].start, communes[0].end, 0.6))
            break
    return out


# "Ban Chỉ đạo tỉnh đã phân công Sở Nông nghiệp và Phát triển nông thôn giúp đỡ xã A": the helper named between
_ASSIGNED_BETWEEN = re.compile(r"phân công\s+(?=[A-ZĐ])(?P<org>[^;:.]{3,90}?)\s+(?:giúp đỡ|phụ trách|hỗ trợ|đỡ đầu)\s+"
                               r"(?=(?:xã|phường|thị trấn)\s)")


def _assigned_between(ctx: Context, sentence: Sentence) -> list[Candidate]:
    if "phân công" not in ctx.text[sentence.start:sentence.end]:
        return []
    out = []
    for m in _ASSIGNED_BETWEEN.finditer(ctx.text, sentence.start, sentence.end):
        communes = [u for u in ctx.mentions_between(m.end(), m.end() + 3) if u.level == "xa" and u.name]
        if not communes or not _ORG_HEAD.match(ctx.text, m.start("org")):
            continue
        unit = ctx.unit_of(communes[0], sentence)
        fields = {"helper": m["org"].strip(), "unit": unit,
                  "year": year_for(ctx, sentence, m.start(), communes[0].end), "amount_vnd": None}
        out.append(Candidate("support", fields, m.start("org"), communes[0].end, 0.75))
    return out


def find_support_facts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    text = ctx.text
    out = _assignment_item(ctx, sentence)
    out.extend(_assigned_between(ctx, sentence))
    verbs = _VERB.finditer(text, sentence.start, sentence.end) if ctx.lowered is None else \
        _VERB_LOWER.finditer(ctx.lowered, sentence.start, sentence.end)
    for verb in verbs:
        # "nhận đỡ đầu xã A": a named commune right after the verb, though "đầu" before it reads as a class
        communes = [m for m in ctx.mentions_between(verb.end(), sentence.end) if m.level == "xa" and m.name
                    and (not m.plural or m.start - verb.end() <= 1)]
        if not communes or communes[0].start - verb.end() > 20:
            continue
        commune = communes[0]
        helper = helper_start = None
        subject = text[sentence.start:verb.start()]
        for org in _ORG_HEAD.finditer(subject):
            name = organisation_at(text, sentence.start + org.start(), verb.start())
            if name:
                helper, helper_start = name, sentence.start + org.start()
                break
        if helper is None:
            for org in _ORG_HEAD.finditer(text, commune.end, sentence.end):
                if text[org.start() - 1:org.start()] not in {" ", ","} and org.start() != sentence.start:
                    continue
                name = organisation_at(text, org.start(), sentence.end)
                if name and "," in text[commune.end:org.start()]:
                    helper, helper_start = name, org.start()
                    break
        if helper is None:
            continue
        unit = ctx.unit_of(commune, sentence)
        amount = None
        am = _AMOUNT.search(text, verb.start(), sentence.end)
        if am:
            money = P.MONEY.match(text, am.end())
            if money:
                amount = money_vnd(money["num"], money["scale"])
        start = min(verb.start(), helper_start)
        end = max(commune.end, helper_start + len(helper))
        fields = {"helper": helper, "unit": unit, "year": year_for(ctx, sentence, start, end), "amount_vnd": amount}
        out.append(Candidate("support", fields, start, end, 0.8))
    return out
