"""Whether a measured figure is a result or a goal: the modality of `poverty_rate` and `indicator` facts."""

from __future__ import annotations

import re

from nongthon.extraction.facts_common import TARGET_CUES, modality_for
from nongthon.extraction.records import Sentence
from nongthon.extraction.resolve import Context

# "Năm 2020, …", "cuối năm 2019": a year the statement gives itself
OWN_YEAR_BEFORE = re.compile(r"(?:[Nn]ăm|[Cc]uối năm|[Hh]ết năm)\s+(?:19|20)\d\d")

# "dự kiến thu nhập … năm 2019 ước đạt 43,6 triệu đồng": an estimate of a year's result, not a goal
_ESTIMATE = re.compile(r"(?<![^\W_])ước(?: tính| thực hiện| đạt| cả năm)(?![^\W_])")
_GOAL_WORDS = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|định hướng|hướng tới", re.I)
_ANY_GOAL = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, TARGET_CUES)) + r")(?![^\W_])", re.I)
_EFFORT_BEFORE = re.compile(r"(?<![^\W_])(?:[Nn]hờ|sự|tập trung|với|bằng|kết quả|quá trình)(?: sự)?\s+$")
_NOW_STATED = re.compile(r"(?<![^\W_])(?:đến nay|tới nay|hiện nay|đã đạt|đã có)(?![^\W_])")
_GOAL_CUE = re.compile(r"(?<![^\W_])(?:[Pp]hấn đấu|(?<!so với )(?<!vượt )(?<!trình )[Mm]ục tiêu(?! [Qq]uốc gia)(?! đề ra)|[Hh]ướng tới"
                       r"|[Đđ]ịnh hướng)(?![^\W_])")
_GOAL_CUE_WORDS = ("phấn đấu", "mục tiêu", "hướng tới", "định hướng")
_NOW_OR_DONE = re.compile(r"(?<![^\W_])(?:đã|đến nay|hiện nay|hiện|đạt được)(?![^\W_])")
# "… 68 triệu đồng/người/năm trở lên", "còn dưới 0,5%" under a goal set out in the sentence before: its thresholds
_THRESHOLD_AFTER = re.compile(r"[^,;.()]{0,25}?\s(?:trở lên|trở xuống)(?![^\W_])")
_THRESHOLD_WORDS = re.compile(r"trở lên|trở xuống|dưới|tối thiểu|ít nhất|không quá")
_THRESHOLD_BEFORE = re.compile(r"(?<![^\W_])(?:dưới|tối thiểu|ít nhất|không quá|không dưới)\s+$")


def figure_modality(ctx: Context, sentence: Sentence, lo: int, pos: int, vm: re.Match) -> str:
    """'target' or 'achieved' for the figure `vm` whose statement starts at `pos` (clause from `lo`): the
    sentence's modality, corrected for estimates, efforts, present figures and thresholds under a goal."""
    modality = modality_for(ctx, lo, pos)
    text = ctx.text
    if modality == "target":
        window = text[max(lo, pos - 160):vm.start()]
        if "dự kiến" in window.lower() and _ESTIMATE.search(window) and not _GOAL_WORDS.search(window):
            return "achieved"
        found = list(_ANY_GOAL.finditer(text, sentence.start, vm.start()))
        cues = [c for c in found if not _EFFORT_BEFORE.search(text, max(sentence.start, c.start() - 20), c.start())]
        if found and (not cues or _NOW_STATED.search(text, cues[-1].end(), vm.start())):
            # "Nhờ tập trung phấn đấu, năm 2022 thu nhập … đạt 48 triệu đồng": the effort that brought a result;
            # "Xã A phấn đấu năm 2024 đạt chuẩn …; hiện nay thu nhập … đạt 58 triệu đồng": the present figure
            return "achieved"
        return modality
    lowered = ctx.memo.get(("lowered", sentence.start))
    if lowered is None:
        lowered = ctx.memo[("lowered", sentence.start)] = text[sentence.start:sentence.end].lower()
    # the alternation is slow to scan (it opens with a look-behind): most sentences hold none of its words
    goals = list(_GOAL_CUE.finditer(text, sentence.start, vm.start())) if any(
        w in lowered for w in _GOAL_CUE_WORDS) else []
    goal = goals[-1] if goals else None
    if goal is not None and not _NOW_OR_DONE.search(text, goal.end(), vm.start()):
        # "phấn đấu giai đoạn 2021-2025 có 30% số xã được công nhận …, thu nhập bình quân … đạt 60 triệu đồng/năm":
        # every figure after the goal's word is part of the goal until a result is stated
        return "target"
    if sentence.index > 0 and (_THRESHOLD_AFTER.match(text, vm.end()) or _THRESHOLD_BEFORE.search(
            text, max(lo, vm.start() - 12), vm.start())) and not OWN_YEAR_BEFORE.search(text, sentence.start, vm.start()):
        for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
            prior = ctx.sentences[index]
            if _GOAL_WORDS.search(text, prior.start, prior.end) and "đã" not in text[prior.start:prior.end]:
                return "target"
            if not _THRESHOLD_WORDS.search(text, prior.start, prior.end):
                break  # the goal's thresholds may run over several sentences, each with its own
    return modality
