"""Find-facts stage: run every rule over every sentence."""

from __future__ import annotations

import re

from nongthon.extraction.facts_legal import find_legal_facts, merge_legal
from nongthon.extraction.facts_measures import find_measure_facts
from nongthon.extraction.facts_status import find_status_facts
from nongthon.extraction.facts_support import find_support_facts
from nongthon.extraction.records import Candidate
from nongthon.extraction.resolve import Context

_DIGIT = re.compile(r"\d")
RULES = (find_status_facts, find_measure_facts, find_legal_facts, find_support_facts)

# Cheap tests that let a sentence skip rules that cannot fire on it.
_NEEDS = {
    find_status_facts: ("nông thôn mới", "Nông thôn mới", "ông thông mới", "Nông Thôn", "NTM", "nông thôn kiểu mẫu", "tiêu chí", "Đó là", "Cụ thể", "Theo đó", "là:", "gồm",
                        "Gồm", "đạt chuẩn", "đăng ký hoàn thành", "được công nhận",
                        ": Xã", ": xã"),  # "Huyện A: Xã B, C", a list set out district by district
    find_legal_facts: ("/", "-", "Luật", "số", "Nghị", "Quyết", "Chỉ", "Kế", "Thông", "Kết", "Đề án", "Công văn"),
    find_support_facts: ("phân công", "đỡ đầu", "kết nghĩa", "được giao", "chỉ đạo", "giúp đỡ", "phụ trách"),
}


# Every measure holds a figure, and every legal reference a number, a date or a year.
_NEED_A_DIGIT = (find_measure_facts, find_legal_facts)


# One compiled alternation per rule: a single C-level scan instead of a Python loop over the cues.
_NEEDED = {rule: re.compile("|".join(map(re.escape, cues))) for rule, cues in _NEEDS.items()}


# "Tiền Giang: Sức sống mới ở huyện …\n13:32 | 16/04/2025 Nông thôn mới": headlines of other articles listed
# after the text, each above its time and date
_LISTED_ARTICLE = re.compile(r"(?m)^(?P<headline>[^\n]{10,300})\n[^\S\n]*\d{1,2}:\d{2}\s*\|\s*\d{1,2}/\d{1,2}/\d{4}\b[^\n]{0,40}$")
_BODY_START = 400  # characters: a time line this early dates the article itself


def _listed_articles(text: str) -> list[tuple[int, int]]:
    if "|" not in text:
        return []
    listed = [(m.start("headline"), m.end("headline")) for m in _LISTED_ARTICLE.finditer(text)
              if m.start() > _BODY_START]
    return listed if len(listed) >= 2 else []  # a list of them, not one late dateline of the text itself


def find_facts(ctx: Context) -> list[Candidate]:
    found: list[Candidate] = []
    legal: list[Candidate] = []
    text = ctx.text
    listed = _listed_articles(text)
    for sentence in ctx.sentences:
        if listed and any(a <= sentence.start < b for a, b in listed):
            continue
        chunk = text[sentence.start:sentence.end]
        has_digit = _DIGIT.search(chunk) is not None
        for rule in RULES:
            needs = _NEEDED.get(rule)
            if needs is not None and needs.search(chunk) is None:
                continue
            if not has_digit and rule in _NEED_A_DIGIT:
                continue
            for candidate in rule(ctx, sentence):
                (legal if candidate.type == "legal_ref" else found).append(candidate)
    found.extend(merge_legal(legal))
    found.sort(key=lambda c: (c.start, c.end))
    return found
