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
    find_status_facts: ("nông thôn mới", "Nông thôn mới", "NTM", "nông thôn kiểu mẫu", "tiêu chí", "Đó là", "Cụ thể", "Theo đó", "là:", "gồm",
                        "Gồm", "đạt chuẩn", "đăng ký hoàn thành", "được công nhận"),
    find_legal_facts: ("/", "-", "Luật", "số", "Nghị", "Quyết", "Chỉ", "Kế", "Thông", "Kết", "Đề án", "Công văn"),
    find_support_facts: ("phân công", "đỡ đầu", "kết nghĩa", "được giao", "chỉ đạo", "giúp đỡ", "phụ trách"),
}


# One compiled alternation per rule: a single C-level scan instead of a Python loop over the cues.
_NEEDED = {rule: re.compile("|".join(map(re.escape, cues))) for rule, cues in _NEEDS.items()}


def find_facts(ctx: Context) -> list[Candidate]:
    found: list[Candidate] = []
    legal: list[Candidate] = []
    text = ctx.text
    for sentence in ctx.sentences:
        chunk = text[sentence.start:sentence.end]
        has_digit = _DIGIT.search(chunk) is not None
        for rule in RULES:
            needs = _NEEDED.get(rule)
            if needs is not None and needs.search(chunk) is None:
                continue
            if rule is find_measure_facts and not has_digit:
                continue
            for candidate in rule(ctx, sentence):
                (legal if candidate.type == "legal_ref" else found).append(candidate)
    found.extend(merge_legal(legal))
    found.sort(key=lambda c: (c.start, c.end))
    return found
