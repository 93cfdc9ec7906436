"""Rules for measured figures: `poverty_rate` and `indicator`."""

from __future__ import annotations

import re

from nongthon.extraction import indicators as I
from nongthon.extraction import patterns as P
from nongthon.extraction import words as W
from nongthon.extraction.facts_common import clause_of, modality_for, year_for
from nongthon.extraction.figure_modality import OWN_YEAR_BEFORE, figure_modality
from nongthon.extraction.numbers import as_int_if_whole, money_vnd, parse_number
from nongthon.extraction.records import Candidate, Sentence, Unit
from nongthon.extraction.resolve import Context

_PART_BEFORE = re.compile(r"(?:" + "|".join(map(re.escape, W.SUBSET_BEFORE)) + r")(?: có)?(?: gần| khoảng| trên| hơn| dưới)?\s*$",
                          re.I)
_SUBSET = re.compile(r"(?:" + "|".join(map(re.escape, W.SUBSET_BEFORE)) + r")(?: có)?\s*$", re.I)
_LOCATED = re.compile(r"\s*(?:ở|tại|của)\s+(?=(?:xã|huyện|thị trấn|phường)\s)")
# "18,22% (năm 2011)", "32,21% (đầu năm 2016)", "11,56% (vào cuối năm 2019)", "4,5% năm 2020": the value's own year
_IN_YEAR = r"\(\s*(?:vào\s+)?(?:(?:đầu|cuối|hết|giữa)\s+)?(?:năm\s+)?"
_OWN_YEAR = re.compile(r"\s*(?:" + _IN_YEAR + r"(?P<y>(?:19|20)\d\d)\s*\)|năm\s+(?P<y2>(?:19|20)\d\d)(?!\d))")
_DATED_ITEM = re.compile(r"\s*\d+(?:,\d+)?\s*%\s*" + _IN_YEAR + r"(?:19|20)\d\d\s*\)\s*(?=[;.]|$)")
_NEXT_DATED_RATE = re.compile(r";\s*(?:(?:đến|tới)\s+)?(?:(?:cuối|hết|đầu)\s+)?năm\s+(?P<y>(?:19|20)\d\d)\s*,?\s*"
                              r"(?:(?:đã\s+|chỉ\s+)?giảm\s+(?:xuống\s+)?)?(?:chỉ\s+)?(?:còn\s+)?(?P<num>\d+(?:,\d+)?)\s*%"
                              r"(?P<y2>)")
_SHARE_AFTER = re.compile(r",\s*(?:đạt|chiếm)\s+(?:tỷ lệ|tỉ lệ)\s+(?P<num>\d+(?:,\d+)?)\s*%")
_SHARE_OF_POOR = re.compile(r"\s*(?:so với|trên|của)\s+tổng số\s+hộ")
# A rate of part of a unit's households or of a group of units: ethnic minorities, the poorest communes,
# "hai huyện A và B"
_PART_OF_THE_POOR = re.compile(r"(?<![^\W_])(?:dân tộc|đồng bào|DTTS|người Khmer|Khmer|đặc biệt khó khăn|khu vực (?:II|III|2|3)"
                               r"|vùng (?:cao|sâu|biên giới|bãi ngang|đồng bào)|(?:hai|ba|bốn|(?<![\d.,])\d{1,3})\s+(?:huyện|xã|thị xã)\s+"
                               + P.UP + r"[^\W\d_]*(?:\s+" + P.UP + r"[^\W\d_]*)*\s*(?:,|và))(?![^\W_])")
_CHANGE = re.compile(r"(?:giảm|tăng)(?: bình quân| được| thêm)?(?: mỗi năm| hằng năm| hàng năm)?\s*$")


def _unit_for(ctx: Context, sentence: Sentence, lo: int, value_start: int, phrase_start: int) -> tuple[Unit | None, int]:
    """The unit a figure is about: a mention before it in its clause or sentence, else the article's."""
    limit = value_start
    for window_lo in (lo, sentence.start):
        # not a unit inside a parenthesis closed before the figure ("61 tỉnh (còn A và B) … 4.847 sản phẩm")
        found = [m for m in ctx.mentions_between(window_lo, limit) if not m.plural
                 and not _closed_parenthesis(ctx.text, m.start, limit)]
        while found:
            mention = found.pop()
            unit = ctx.unit_of(mention, sentence)
            if unit is not None and (unit.name or unit.level in {"tinh", "nuoc"}):
                return unit, mention.start
    para_lo, _ = ctx.paragraph_bounds(sentence)
    earlier = [m for m in ctx.mentions_between(para_lo, sentence.start) if not m.plural]
    if earlier and earlier[-1].level == "huyen" and earlier[-1].name is None and ctx.unit_of(
            earlier[-1], sentence) is None:
        # "Huyện đã xây dựng …. Hiện có 95% số dân …" in an excerpt that never names the district
        return Unit(None, "huyen"), limit
    if ctx.focus_commune and _about_commune(ctx):
        return Unit(ctx.focus_commune, "xa", ctx.focus_district), limit
    if ctx.focus_district:
        return Unit(ctx.focus_district, "huyen", ctx.province), limit
    if earlier and earlier[-1].level == "xa" and earlier[-1].name is None and not ctx.focus_commune and (
            unit := ctx.unit_of(earlier[-1], sentence)) is not None and unit.name:
        # "Thu nhập … ở xã đạt 29 triệu đồng. Riêng tỷ lệ hộ nghèo còn 4,4%.": the commune the paragraph is about
        return unit, limit
    if ctx.focus_commune:
        return Unit(ctx.focus_commune, "xa"), limit
    if ctx.province:
        return Unit(ctx.province, "tinh"), limit
    district = ctx.topic(sentence, limit, "huyen")
    if district:
        return Unit(district, "huyen", ctx.province), limit
    return None, limit


def _closed_parenthesis(text: str, pos: int, limit: int) -> bool:
    opening = text.rfind("(", max(0, pos - 120), pos)
    if opening < 0 or text.find(")", opening, pos) >= 0:
        return False
    return text.find(")", pos, limit) >= 0


def _about_commune(ctx: Context) -> bool:
    """Whether the headline names the article's commune and not its district: figures stated
    without a subject are then the commune's."""
    headline = ctx.memo.get("headline")
    if headline is None:
        body = ctx.text.lstrip()
        headline = ctx.memo["headline"] = body[:body.find("\n")] if "\n" in body else body
    if ctx.focus_commune not in headline:
        return False
    # "Xã Tân Hưng, huyện Bàu Bàng …": the district only places the commune the headline is about
    return not (ctx.focus_district and ctx.focus_district in headline) or \
        headline.find(ctx.focus_commune) < headline.find(ctx.focus_district)


def find_measure_facts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    out = _poverty(ctx, sentence) if "ộ nghèo" in ctx.text[sentence.start:sentence.end] else []  # "hộ", "Hộ"
    if out:
        ctx.memo["last_poverty"] = (sentence.index, out[-1])
    elif (last := ctx.memo.get("last_poverty")) and last[0] == sentence.index - 1:
        out = _poverty_continued(ctx, sentence, last[1])
    out.extend(_indicators(ctx, sentence))
    return out


# "…; 8,40% (năm 2014). Năm 2015, chỉ còn khoảng 6,2% …": the rate of the sentence before, a year later
_CONTINUED_RATE = re.compile(r"\s*(?:(?:Đến|Tới|Hết|Cuối|Đầu)\s+(?:cuối\s+|hết\s+)?năm|Năm)\s+(?P<y>(?:19|20)\d\d)\s*,\s*"
                             r"(?:tỷ lệ này\s+)?(?:(?:chỉ|đã|giảm|xuống)\s+)*còn\s+(?:khoảng\s+|dưới\s+|gần\s+)?"
                             r"(?P<num>\d+(?:,\d+)?)\s*%")


def _poverty_continued(ctx: Context, sentence: Sentence, last: Candidate) -> list[Candidate]:
    m = _CONTINUED_RATE.match(ctx.text, sentence.start, sentence.end)
    value = parse_number(m["num"]) if m else None
    if value is None or value > 100:
        return []
    fields = {**last.fields, "value": as_int_if_whole(value), "period": int(m["y"])}
    return [Candidate("poverty_rate", fields, sentence.start, m.end(), 0.6)]


def _poverty(ctx: Context, sentence: Sentence) -> list[Candidate]:
    text = ctx.text
    out = []
    triggers = list(I.POVERTY.finditer(text, sentence.start, sentence.end))
    for index, m in enumerate(triggers):
        lo, hi = clause_of(ctx, sentence, m.start())
        hi = min(hi, m.end() + 160)
        if index + 1 < len(triggers):
            hi = min(hi, triggers[index + 1].start())  # the next mention of the rate states its own value
        near_poor = text.find("cận nghèo", m.end(), hi)
        if near_poor >= 0:
            hi = near_poor  # "…còn 1,8%, hộ cận nghèo còn 3,5%": the near-poor have their own rate
        # "…, giảm xuống còn 18,22% (năm 2011); 14,51% (năm 2012); …": a series of dated values
        while hi < sentence.end and text[hi] == ";" and (item := _DATED_ITEM.match(text, hi + 1, sentence.end)):
            hi = item.end()
        values = []
        for pm in P.PERCENT.finditer(text, m.end(), hi):
            before = text[max(m.end(), pm.start() - 25):pm.start()]
            if _CHANGE.search(before) and "còn" not in before:
                continue
            values.append(pm)
            if not re.search(r"(?:từ|năm \d{4})\s*$", before) or len(values) > 1:
                pass
        if not values:
            continue
        # "giảm từ 24,31% xuống còn 8,88%", "năm 2011 là 3,29%, đến cuối năm 2019 giảm còn 0,78%": the start and the end
        chosen = values[:2] if len(values) > 1 and re.search(r"xuống|còn", text[values[0].end():values[1].start()]) \
            else values[:1]
        dated = {v.start(): d for v in values if (d := _OWN_YEAR.match(text, v.end()))}
        if dated:
            chosen = values  # each value of a series with its own year
        standard = None
        sm = I.POVERTY_STANDARD.search(text, m.end(), chosen[0].start())
        if sm:
            standard = sm["num"].rstrip(".")
        located = [v for v in values if _LOCATED.match(ctx.text, v.end())]
        if len(located) > 1:
            chosen = located
        if _PART_OF_THE_POOR.search(text, m.end(), chosen[0].start()):
            continue  # "tỷ lệ hộ nghèo trong các hộ đồng bào dân tộc thiểu số …": a part of the population, no unit's rate
        if figure_modality(ctx, sentence, lo, m.start(), chosen[0]) == "target":
            continue  # "phấn đấu đến năm 2025, tỷ lệ hộ nghèo còn dưới 3%": a goal, not a rate
        respectively = text.find("lần lượt", lo, values[0].start())
        if respectively >= 0:
            # "Tỷ lệ hộ nghèo của xã A và xã B lần lượt là 2,1% và 3,4%": one rate per unit, in order
            units = [u for u in (ctx.unit_of(u, sentence) for u in ctx.mentions_between(lo, respectively))
                     if u is not None and u.name]
            units = [u for u in units if u.level == units[0].level]
            rates = [v for v in P.PERCENT.finditer(text, values[0].start(), hi)]
            if len(units) >= 2 and len(rates) == len(units):
                out.extend(Candidate("poverty_rate", {"unit": u, "value": as_int_if_whole(parse_number(v["num"])),
                                                      "period": year_for(ctx, sentence, m.start(), v.end(), single=False),
                                                      "standard": standard}, m.start(), v.end(), 0.6)
                           for u, v in zip(units, rates, strict=True) if parse_number(v["num"]) is not None)
            continue
        later = _NEXT_DATED_RATE.match(text, hi, sentence.end) if text[hi:hi + 1] == ";" else None
        if later and OWN_YEAR_BEFORE.search(text, max(lo, m.start() - 40), chosen[-1].start()):
            # "Năm 2020, tỷ lệ hộ nghèo … là 4,5%; năm 2022 giảm còn 1,2%": the same rate, dated again, next clause
            chosen = [*chosen, later]
            dated = {**dated, later.start(): later}
            if len(dated) == 1:  # the first value keeps the year of its own clause
                dated[chosen[0].start()] = None
        for pm in chosen:
            value = parse_number(pm["num"])
            if value is None or value > 100 or _SHARE_OF_POOR.match(text, pm.end()):
                continue  # "… chiếm tỷ lệ 94,52% so với tổng số hộ nghèo": a share of the poor
            place = _LOCATED.match(ctx.text, pm.end())
            following = ctx.mentions_between(place.end(), place.end() + 1) if place else []
            if following and following[0].name:
                unit, ustart = ctx.unit_of(following[0], sentence), m.start()
            else:
                unit, ustart = _unit_for(ctx, sentence, lo, pm.start(), m.start())
            if unit is None:
                continue
            own = dated.get(pm.start())
            period = int(own["y"] or own["y2"]) if own else year_for(ctx, sentence, m.start() if pm is chosen[0] else pm.start(),
                                                         pm.end(), single=False)
            fields = {"unit": unit, "value": as_int_if_whole(value), "period": period, "standard": standard}
            out.append(Candidate("poverty_rate", fields, min(m.start(), ustart), pm.end(), 0.85))
            base = _BASE_VALUE.match(text, pm.end(), sentence.end) if pm is chosen[-1] else None
            if base and base["unit"] == "%" and (value := parse_number(base["num"])) is not None and value <= 100:
                # "… là 2,34%, giảm 1,1% so với năm 2022 (3,44%)": the base year's own rate
                out.append(Candidate("poverty_rate", {**fields, "value": as_int_if_whole(value), "period": int(base["y"])},
                                     min(m.start(), ustart), base.end(), 0.6))
    return out


_PER_MONTH = re.compile(r"\s*(?:/\s*(?:người|khẩu)\s*)?(?:/\s*|\s(?:một|mỗi|1|trên)\s+)tháng(?![^\W_])")


def _value_after(ctx: Context, measure: str, start: int, end: int):
    text = ctx.text
    if measure == "percent":
        m = P.PERCENT.search(text, start, end)
        return (m, parse_number(m["num"])) if m else (None, None)
    if measure == "ha":
        m = P.AREA.search(text, start, end)
        if not m or parse_number(m["num"]) is None:
            return None, None
        return m, parse_number(m["num"]) * (1000 if m["scale"] else 1)
    m = P.MONEY.search(text, start, end)
    if not m:
        return None, None
    if measure == "million_vnd_per_year":
        if _PER_MONTH.match(text, m.end()):
            return None, None  # "4,2 triệu đồng/người/tháng": a month's income, not the yearly figure
        vnd = money_vnd(m["num"], m["scale"])
        return (m, vnd / 1e6) if vnd is not None else (None, None)
    return m, money_vnd(m["num"], m["scale"])


def _indicator(ctx, sentence, key, measure, value, vm, phrase_start, lo, total=None, note=None):
    if value is None:
        return None
    unit, ustart = _unit_for(ctx, sentence, lo, vm.start(), phrase_start)
    if unit is None:
        return None
    start = min(vm.start(), phrase_start)
    fields = {"unit": unit, "key": key, "value": as_int_if_whole(value), "measure": measure,
              "period": year_for(ctx, sentence, start, vm.end(), single=False),
              "modality": figure_modality(ctx, sentence, lo, start, vm)}
    if total is not None:
        fields["total"] = total
    if note:
        fields["note"] = note
    return Candidate("indicator", fields, start, max(vm.end(), phrase_start), 0.8)


_BASE_VALUE = re.compile(r"[^;.()]{0,60}?so với (?:cùng kỳ )?năm (?P<y>(?:19|20)\d\d)\s*\(\s*(?P<num>\d[\d.,]*)\s*"
                         r"(?P<scale>nghìn tỷ|tỷ|triệu)?\s*(?P<unit>đồng|%)?\s*\)")
_BASE_SCALE = {"vnd", "million_vnd_per_year", "percent"}


def _base_value(m: re.Match, measure: str):
    if measure == "percent":
        return parse_number(m["num"]) if m["unit"] == "%" else None
    if m["unit"] == "%":
        return None
    vnd = money_vnd(m["num"], m["scale"])
    if vnd is None:
        return None
    return vnd / 1e6 if measure == "million_vnd_per_year" else vnd


# Every indicator's keywords in one alternation: a sentence without any of them skips the indicators.
_ANY_KEYWORD = re.compile("|".join(sorted(map(re.escape, {k for *_, keywords in I.COMPILED for k in keywords}))))
_COUNTED_WORDS = re.compile("trường|OCOP|hợp tác xã|HTX|kinh phí|số tiền|trị giá|tổng giá trị")


def _indicators(ctx: Context, sentence: Sentence) -> list[Candidate]:
    text = ctx.text
    out = []
    seen_keys: set[tuple[str, int]] = set()
    chunk = text[sentence.start:sentence.end].lower()
    for key, measure, phrase, where, keywords in I.COMPILED if _ANY_KEYWORD.search(chunk) else ():
        if not any(k in chunk for k in keywords):
            continue
        for m in phrase.finditer(text, sentence.start, sentence.end):
            lo, hi = clause_of(ctx, sentence, m.start())
            vm = value = None
            if where in {"before", "both"}:
                prior = list(P.PERCENT.finditer(text, max(lo, m.start() - 40), m.start()))
                if prior and not re.search(r"[,;]", text[prior[-1].end():m.start()]):
                    vm, value = prior[-1], parse_number(prior[-1]["num"])
            if vm is None and where in {"after", "both"}:
                stop = min(hi, m.end() + 90)
                comma = text.find(", ", m.end(), stop)  # a clause break, not a decimal comma
                vm, value = _value_after(ctx, measure, m.end(), stop if comma < 0 or measure != "percent" else comma)
                if vm is None and measure == "percent" and comma >= 0:
                    # "2222/2222 hộ sử dụng điện thường xuyên, đạt tỉ lệ 100%": the share after the clause
                    share = _SHARE_AFTER.match(text, comma)
                    if share:
                        vm, value = share, parse_number(share["num"])
                if vm is not None and measure == "percent" and value is not None and value > 100:
                    vm = None
            if vm is None or (key, vm.start()) in seen_keys:
                continue
            if _CHANGE.search(text[max(lo, vm.start() - 20):vm.start()]):
                continue
            if measure == "percent" and _PART_BEFORE.search(text, max(lo, vm.start() - 30), vm.start()):
                continue  # "100% hộ dùng điện lưới, trong đó có 99,4% hộ dùng điện an toàn": a part of the figure
            if _BAND_OF_UNITS.search(text, max(lo, m.start() - 30), m.start()):
                continue  # "3 xã đạt thu nhập bình quân trên 30 triệu đồng": units counted in a band, no unit's figure
            seen_keys.add((key, vm.start()))
            respectively = text.find("lần lượt", m.start(), vm.start())
            if respectively >= 0:
                # "… của xã A và xã B lần lượt đạt 48 triệu đồng và 52 triệu đồng": one figure per unit, in order
                out.extend(_respectively(ctx, sentence, key, measure, lo, hi, respectively, vm, seen_keys))
                continue
            if _RANGE_BEFORE.search(text, max(lo, vm.start() - 25), vm.start()):
                # "3 xã … đạt từ 40,3 - 42,5 triệu đồng/người/năm, xã B đạt 33 triệu đồng": a range over a group is no
                # unit's figure; the units named after it have theirs
                out.extend(_same_figure_for_others(ctx, sentence, key, measure, vm, seen_keys))
                continue
            fact = _indicator(ctx, sentence, key, measure, value, vm, m.start(), lo)
            if fact:
                out.append(fact)
                out.extend(_same_figure_for_others(ctx, sentence, key, measure, vm, seen_keys))
                out.extend(_same_figure_later(ctx, sentence, key, measure, vm, m.start(), seen_keys))
                out.extend(_same_figure_raised(ctx, sentence, fact, measure, vm, seen_keys))
    out.extend(_counted(ctx, sentence))
    for c in [c for c in out if c.type == "indicator" and c.fields["measure"] in _BASE_SCALE]:
        base = _BASE_VALUE.match(text, c.end, sentence.end)
        if base:
            # "… 8.368 tỷ đồng, tăng gấp 4 lần so với năm 2010 (2.106 tỷ đồng)": the base year's own figure
            value = _base_value(base, c.fields["measure"])
            if value is not None:
                out.append(Candidate("indicator", {**c.fields, "value": as_int_if_whole(value), "period": int(base["y"]),
                                                   "modality": "achieved"}, c.start, base.end(), 0.6))
    return out


def _respectively(ctx, sentence, key, measure, lo, hi, at, vm, seen_keys) -> list[Candidate]:
    units = [ctx.unit_of(u, sentence) for u in ctx.mentions_between(lo, at) if u.name and not u.plural]
    units = [u for u in units if u is not None and u.level == units[0].level]  # "xã A (huyện X)": not X
    values = []
    pos = vm.start()
    while len(values) <= len(units):
        m, value = _value_after(ctx, measure, pos, hi)
        if m is None or value is None:
            break
        values.append((m, value))
        pos = m.end()
    if len(units) < 2 or len(values) != len(units):
        return []  # no figure can be tied to its unit
    out = []
    for unit, (m, value) in zip(units, values, strict=True):
        seen_keys.add((key, m.start()))
        fields = {"unit": unit, "key": key, "value": as_int_if_whole(value), "measure": measure,
                  "period": year_for(ctx, sentence, at, m.end(), single=False),
                  "modality": figure_modality(ctx, sentence, lo, at, m)}
        out.append(Candidate("indicator", fields, at, m.end(), 0.6))
    return out


_RANGE_BEFORE = re.compile(r"(?<![\d.,])\d+(?:,\d+)?\s*(?:triệu(?: đồng)?\s*)?(?:-|–|đến)\s*$")
_BAND_OF_UNITS = re.compile(r"(?<![\d.,])\d+\s+(?:xã|huyện|thôn|bản|hộ)\s+(?:(?:có|đạt)\s+)?$")
_NEXT_NAME_FIGURE = re.compile(rf"\s*;\s*(?P<name>{P.UP}[^\W\d_]*(?: {P.UP}[^\W\d_]*){{0,3}})\s+(?:đạt|là)\s+"
                               r"(?:trên\s+|gần\s+|khoảng\s+|hơn\s+)?(?=\d)")
_NEXT_UNIT_FIGURE = re.compile(r"\s*[;,]\s*(?=(?:xã|huyện|thị trấn|phường)\s)")


def _same_figure_for_others(ctx, sentence, key, measure, vm, seen_keys) -> list[Candidate]:
    """"thu nhập … của xã Quảng Phú đạt 19,4 triệu đồng/năm; xã Phú Thượng 28 triệu đồng/năm": the same figure
    of the next unit named in the list."""
    out = []
    pos = vm.end()
    first = None
    while True:
        link = _NEXT_UNIT_FIGURE.match(ctx.text, _skip_units(ctx, pos))
        bare = _NEXT_NAME_FIGURE.match(ctx.text, _skip_units(ctx, pos), sentence.end) if not link else None
        if bare:
            # "… của xã A đạt 46,2 triệu đồng/người/năm; B đạt 45,99 triệu đồng/người/năm": the next commune of the
            # list, its level word left out
            if first is None:
                first = _unit_for(ctx, sentence, sentence.start, vm.start(), vm.start())[0]
            m, value = _value_after(ctx, measure, bare.end(), min(sentence.end, bare.end() + 30))
            if first is None or not first.name or first.level not in {"xa", "huyen"} or m is None or value is None \
                    or m.start() != bare.end():
                return out
            seen_keys.add((key, m.start()))
            fields = {"unit": Unit(bare["name"], first.level, first.parent), "key": key, "value": as_int_if_whole(value),
                      "measure": measure, "period": year_for(ctx, sentence, bare.start(), m.end(), single=False),
                      "modality": modality_for(ctx, sentence.start, bare.start())}
            out.append(Candidate("indicator", fields, bare.start("name"), m.end(), 0.6))
            pos = m.end()
            continue
        if not link:
            return out
        following = ctx.mentions_between(link.end(), link.end() + 1)
        if not following or not following[0].name:
            return out
        value_at = ctx.text[following[0].end:following[0].end + 30]
        m, value = _value_after(ctx, measure, following[0].end, min(sentence.end, following[0].end + 30))
        if m is None or not re.match(r"\s*(?:đạt\s+|là\s+|:\s*)?(?:trên\s+|gần\s+|khoảng\s+|hơn\s+)?[\d]", value_at):
            return out
        seen_keys.add((key, m.start()))
        unit = ctx.unit_of(following[0], sentence)
        if unit is None or value is None:
            return out
        fields = {"unit": unit, "key": key, "value": as_int_if_whole(value), "measure": measure,
                  "period": year_for(ctx, sentence, following[0].start, m.end(), single=False),
                  "modality": modality_for(ctx, sentence.start, following[0].start)}
        out.append(Candidate("indicator", fields, following[0].start, m.end(), 0.6))
        pos = m.end()


# "…đạt 36 triệu đồng/người, ước năm 2018 đạt 40 triệu đồng", "…; năm 2020 ước đạt 40,3 triệu đồng": the same
# figure again, for a later year.
_LATER_FIGURE = re.compile(r"[,;]\s*(?:(?:ước|dự kiến)(?: đến| tới| hết)?|đến|tới|hết|riêng)?\s*năm\s+(?:19|20)\d\d\s*,?\s*"
                           r"(?:ước\s+|dự kiến\s+)?(?:đạt|là|lên|tăng lên)\s+")


def _same_figure_later(ctx, sentence, key, measure, vm, phrase_start, seen_keys) -> list[Candidate]:
    link = _LATER_FIGURE.match(ctx.text, _skip_units(ctx, vm.end()))
    if not link:
        return []
    m, value = _value_after(ctx, measure, link.end(), min(sentence.end, link.end() + 40))
    if m is None or value is None or m.start() - link.end() > 12 or (key, m.start()) in seen_keys:
        return []
    seen_keys.add((key, m.start()))
    fact = _indicator(ctx, sentence, key, measure, value, m, link.start() + 1, link.start() + 1)
    if fact is not None:
        fact.fields["unit"] = _unit_for(ctx, sentence, sentence.start, vm.start(), phrase_start)[0] or fact.fields["unit"]
    return [fact] if fact is not None else []


# "tăng từ 10,9 triệu đồng/năm (năm 2010) lên 14 triệu đồng/năm (năm 2012) và lên 16,5 triệu đồng năm 2013":
# each later value of a rise or fall, with the year written after it
_OWN_YEAR_AFTER = r"(?:[^\S\n]*\(\s*(?:năm\s+)?(?:19|20)\d\d\s*\)|[^\S\n]+(?:vào\s+)?(?:cuối\s+)?năm\s+(?:19|20)\d\d(?!\d))"
_RAISED = re.compile(r"(?:/(?:người|năm|hộ|khẩu))*" + _OWN_YEAR_AFTER + r"?\s*,?\s*(?:và\s+)?(?:đã\s+)?(?:(?:tăng|giảm)\s+)?"
                     r"(?:lên|xuống còn|xuống)\s+(?:mức\s+)?(?=\d)")
_YEAR_AFTER_VALUE = re.compile(r"(?:/(?:người|năm|hộ|khẩu))*(?:[^\S\n]*\(\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*\)"
                               r"|[^\S\n]+(?:vào\s+)?(?:cuối\s+)?năm\s+(?P<y2>(?:19|20)\d\d)(?!\d))")


def _same_figure_raised(ctx, sentence, fact, measure, vm, seen_keys) -> list[Candidate]:
    out = []
    text = ctx.text
    if measure not in {"million_vnd_per_year", "percent"} or not re.search(r"(?<![^\W_])từ\s*$", text[max(
            sentence.start, vm.start() - 12):vm.start()]):
        return out
    while (link := _RAISED.match(text, vm.end(), sentence.end)) is not None:
        m, value = _value_after(ctx, measure, link.end(), min(sentence.end, link.end() + 40))
        if m is None or value is None or m.start() != link.end() or (fact.fields["key"], m.start()) in seen_keys:
            return out
        seen_keys.add((fact.fields["key"], m.start()))
        own = _YEAR_AFTER_VALUE.match(text, m.end(), sentence.end)
        period = int(own["y"] or own["y2"]) if own else year_for(ctx, sentence, m.start(), m.end(), single=False)
        out.append(Candidate("indicator", {**fact.fields, "value": as_int_if_whole(value), "period": period},
                             m.start(), m.end(), 0.6))
        vm = m
    return out


def _skip_units(ctx, pos: int) -> int:
    """Past the measure words that follow a figure ("triệu đồng/người/năm")."""
    m = re.match(r"[^;,]{0,25}", ctx.text[pos:])
    return pos + (m.end() if m else 0)


def _excluded(ctx: Context, lo: int, start: int) -> bool:
    before = ctx.text[max(lo, start - 30):start]
    return bool(_SUBSET.search(before)) or bool(re.search(r"(?:thêm|mới)\s*$", before))


def _counted(ctx: Context, sentence: Sentence) -> list[Candidate]:
    text = ctx.text
    out = []
    chunk = text[sentence.start:sentence.end]
    if not _COUNTED_WORDS.search(chunk):
        return out
    for m in I.SCHOOLS.finditer(text, sentence.start, sentence.end):
        lo, _ = clause_of(ctx, sentence, m.start())
        if _excluded(ctx, lo, m.start()):
            continue
        n, total = (m["n"], m["m"]) if m["n"] else (m["n2"], m["m2"])
        fact = _indicator(ctx, sentence, "national_standard_schools", "count", parse_number(n), m, m.start(), lo,
                          total=int(parse_number(total)) if total else None)
        if fact:
            out.append(fact)
    counted_at: set[int] = set()
    for m in [*I.OCOP.finditer(text, sentence.start, sentence.end), *I.OCOP_AFTER.finditer(text, sentence.start, sentence.end)]:
        lo, _ = clause_of(ctx, sentence, m.start())
        if m.start("n") in counted_at or _excluded(ctx, lo, m.start("n")):
            continue
        counted_at.add(m.start("n"))
        stars = I.STARS.search(m["tail"])
        fact = _indicator(ctx, sentence, "ocop_products", "count", parse_number(m["n"]), m, m.start(), lo,
                          note=f"{stars.group(1)} sao" if stars else None)
        if fact:
            fact.end = m.start("tail") + (stars.end() if stars else 0)
            out.append(fact)
    for m in I.COOPERATIVES.finditer(text, sentence.start, sentence.end):
        lo, _ = clause_of(ctx, sentence, m.start())
        if _excluded(ctx, lo, m.start()) or re.search(r"(?:Luật|luật)\s*$", text[max(lo, m.start() - 8):m.start()]):
            continue
        value = parse_number(m["n"])
        fact = _indicator(ctx, sentence, "cooperatives", "count", value, m, m.start(), lo)
        if fact:
            out.append(fact)
    for m in I.SUPPORT_FUNDS.finditer(text, sentence.start, sentence.end):
        money = P.MONEY.match(text, m.end())
        if not money:
            continue
        lo, _ = clause_of(ctx, sentence, m.start())
        fact = _indicator(ctx, sentence, "support_funds", "vnd", money_vnd(money["num"], money["scale"]), money,
                          m.start(), sentence.start)
        if fact:
            out.append(fact)
    return out
