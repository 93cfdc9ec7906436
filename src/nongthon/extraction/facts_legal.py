"""Rules for cited documents: `legal_ref`."""

from __future__ import annotations

import re

from nongthon.extraction import patterns as P
from nongthon.extraction.numbers import parse_date
from nongthon.extraction.records import Candidate, Sentence
from nongthon.extraction.resolve import Context

_KIND_HINTS = tuple(P.KIND_OF_WORD) + ("công văn", "thông báo", "hướng dẫn", "quy định", "chương trình", "văn bản",
                                      "pháp lệnh")
# What every LEGAL_RANGE match holds ("395 - 399", "2931 đến 2936"), found fast: it opens with a digit
_RANGE_HINT = re.compile(r"\d\s*(?:-|–|đến|tới)")
_CODE = re.compile(r"^\d+[a-z]?(?:/\d{4})?[/-](?P<code>[A-ZĐa-z]+)")
_PAREN = re.compile(r"\s*\([^()]*\)")
_DATE_BEFORE = re.compile(r"(?:[Nn]gày|[Vv]ào(?: ngày)?)\s+(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2} tháng \d{1,2} năm \d{4})"
                          r"\s*,?\s*(?P<issuer>[^,;]*?)\s*(?:đã\s+|vừa\s+)?(?:ký ban hành|ký|ban hành|phê duyệt|ra|có)"
                          r"(?:\s+(?:các|hai|\d+))?\s*$")
_JOINED_CITE = re.compile(r"[^.;]{0,120}?\svà\s+")
_MORE_SYMBOLS = re.compile(rf"\s*(?:,|và)\s*(?:[Ss]ố\s+)?(?P<num>{P.SYMBOL})")


def normalise_number(number: str) -> str:
    number = re.sub(r"^[Ss]ố\s*", "", number)
    number = re.sub(r"\s+", "", number).rstrip(".,").replace("Ð", "Đ").replace("–", "-")
    return re.sub(r"\.(?=[A-ZĐ])", "-", number)  # "QĐ.UBND" is "QĐ-UBND" typed with a dot


def kind_of(word: str | None, number: str) -> str:
    code = _CODE.match(number)
    if code and code["code"] == "TB":
        return "other"  # "Thông báo kết luận số 45-TB/TU": a notice, whatever it reports
    if word:
        kind = P.KIND_OF_WORD.get(word.lower())
        if kind:
            return kind
    m = _CODE.match(number)
    if m:
        return P.SYMBOL_KIND.get(m["code"], "other")
    return "other"


def _year_default(ctx: Context) -> int | None:
    return ctx.doc_date.year if ctx.doc_date else None


def _details_after(ctx: Context, end: int, limit: int) -> tuple[str | None, str | None, int]:
    """Signing date and issuer written after a symbol ("..., ngày 15/5/2016 của Bộ Chính trị")."""
    text = ctx.text
    date = issuer = None
    pos = end
    for _ in range(2):
        dm = P.LEGAL_DATE_AFTER.match(text, pos, limit)
        if dm and date is None:
            date = parse_date(re.sub(r"\s+", "", dm["date"]) if "tháng" not in dm["date"] else dm["date"],
                              _year_default(ctx))
            pos = dm.end()
            continue
        im = P.ISSUER_AFTER.match(text, pos, limit)
        if im and issuer is None:
            issuer = _PAREN.sub("", im["issuer"]).strip()
            pos = im.end("issuer")
            continue
        break
    return date, issuer, pos


def _date_before(ctx: Context, sentence: Sentence, pos: int) -> tuple[str | None, str | None]:
    """"Ngày 18/3, UBND tỉnh … ban hành Quyết định …": the signing date and issuer written first."""
    db = _DATE_BEFORE.search(ctx.text, sentence.start, pos)
    if not db:
        return None, None
    raw = db["date"]
    date = parse_date(re.sub(r"\s+", "", raw) if "tháng" not in raw else raw, _year_default(ctx))
    return date, _PAREN.sub("", db["issuer"]).strip() or None


_HEADER_NUMBER = re.compile(r"[^\S\n]*(?:[Ss]ố\s*:?\s*)?")
_HEADER_REACH = 1500


def _header_date(ctx: Context) -> str | None:
    """The date in an administrative document's header, near its top."""
    if "header_date" not in ctx.memo:
        m = P.HEADER_DATE.search(ctx.text, 0, _HEADER_REACH)
        ctx.memo["header_date"] = parse_date(f"{m['d']}/{m['m']}/{m['y']}", None) if m else None
    return ctx.memo["header_date"]


# "Ngày 2-12-2024, UBND tỉnh ban hành các quyết định công nhận …": decisions announced with their date,
# each cited by its number in the sentences that follow
_ANNOUNCED = re.compile(
    r"(?:[Nn]gày|[Vv]ào ngày)\s+(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2} tháng \d{1,2} năm \d{4})"
    r"\s*,?[^;.]{0,80}?\s(?:đã\s+|vừa\s+)?(?:ký ban hành|ký|ban hành|ra)\s+(?:các|(?P<count>\d+))\s+"
    r"(?P<kind>[Qq]uyết định|[Nn]ghị quyết)(?!\s*(?:số\s*)?\d)")
_ANNOUNCED_REACH = 6  # sentences, captions included


def _announced_date(ctx: Context, sentence: Sentence, kind: str, count: int) -> str | None:
    """The date of decisions announced before, for `count` numbers of the same kind cited now: near the
    announcement, or anywhere after it when as many numbers are cited as it counted ("đã ký 6 Quyết
    định …" … "Quyết định từ số 2931 đến 2936")."""
    found = ctx.memo.get("announced")
    if found is None or found[1] != kind.lower():
        return None
    if sentence.index - found[0] > _ANNOUNCED_REACH and found[3] != count:
        return None
    return found[2]


def _details_limit(ctx: Context, sentence: Sentence) -> int:
    """Where a symbol's date and issuer may end: past the sentence when a hard line break cut it
    ("… Nghị định số 38/2023/NĐ-CP ngày\n24/6/2023 của Chính phủ …")."""
    text = ctx.text
    if text[sentence.end - 1:sentence.end] in ".;!?:" or sentence.index + 1 >= len(ctx.sentences):
        return sentence.end
    following = ctx.sentences[sentence.index + 1]
    if text[sentence.end:following.start].count("\n") != 1 or text[following.start:following.start + 1].isupper():
        return sentence.end
    return min(following.end, sentence.end + 120)


def find_legal_facts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    text = ctx.text
    out = []
    covered: list[tuple[int, int]] = []
    chunk = text[sentence.start:sentence.end]
    lower = chunk.lower()
    limit = _details_limit(ctx, sentence)
    if "các " in lower or "ký" in lower:
        announced = _ANNOUNCED.search(text, sentence.start, sentence.end)
        if announced:
            raw = announced["date"]
            ctx.memo["announced"] = (sentence.index, announced["kind"].lower(),
                                     parse_date(re.sub(r"\s+", "", raw) if "tháng" not in raw else raw,
                                                _year_default(ctx)),
                                     int(announced["count"]) if announced["count"] else None)
    cites = P.LEGAL_CITE.finditer(text, sentence.start, sentence.end) if any(
        k in lower for k in _KIND_HINTS) else ()
    previous = None
    for m in cites:
        symbol = m["num"]
        has_symbol = not symbol.isdigit() and not re.fullmatch(r"\d+[a-z]?", symbol)
        written_so = re.search(r"[Ss]ố", text[m.end("kind"):m.start("num")]) is not None
        if not has_symbol and not written_so and not (m["kind"][0].isupper() and len(symbol) >= 2):
            continue
        if not has_symbol and not written_so and m["kind"].lower() == "chương trình":
            continue  # "Chương trình 135", "Chương trình 30a": programmes named by a number, not documents
        covered.append((m.start(), m.end()))
        date, issuer, _ = _details_after(ctx, m.end(), limit)
        if date is None:
            date, issuer_before = _date_before(ctx, sentence, m.start())
            issuer = issuer or issuer_before
        if date is None and previous and _JOINED_CITE.fullmatch(text, previous[0], m.start()):
            # "Ngày 13/5, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND công nhận xã A và Quyết định số 13/QĐ-UBND
            # công nhận xã B": the second decision of the same act
            date, issuer = previous[1], issuer or previous[2]
        previous = (m.end(), date, issuer)
        numbers = [normalise_number(symbol)]
        tail = m.end()
        while has_symbol and (more := _MORE_SYMBOLS.match(text, tail, sentence.end)):
            numbers.append(normalise_number(more["num"]))
            covered.append((more.start(), more.end()))
            tail = more.end()
        if date is None and tail > m.end():
            # "các Quyết định số 1495/QĐ-UBND, 1496/QĐ-UBND ngày 23/6/2020": one date for the list
            date, issuer_after, _ = _details_after(ctx, tail, limit)
            issuer = issuer or issuer_after
        if date is None:
            date = _announced_date(ctx, sentence, m["kind"], len(numbers) + len(re.findall(r"\d+", m["nums"] or "")))
        if m["nums"]:
            suffix = re.sub(r"^\d+[a-z]?", "", numbers[0])
            # "các quyết định số 593, 594 và 598/QĐ-UBND": numbers that share one symbol
            numbers = [n.strip() + suffix for n in re.split(r",|và", m["nums"]) if n.strip()] + numbers
        for number in numbers:
            fields = {"number": number, "kind": kind_of(m["kind"], number), "date": date, "issuer": issuer,
                      "_bare": not has_symbol}
            out.append(Candidate("legal_ref", fields, m.start(), m.end(), 0.9 if has_symbol else 0.6))
    ranges = P.LEGAL_RANGE.finditer(text, sentence.start, sentence.end) \
        if cites and _RANGE_HINT.search(text, sentence.start, sentence.end) else ()
    for m in ranges:
        first, last = int(m["lo"]), int(m["hi"])
        if not 0 < last - first <= 30:
            continue
        date, issuer = _date_before(ctx, sentence, m.start())
        after_date, after_issuer, _ = _details_after(ctx, m.end(), limit)
        date, issuer = after_date or date, after_issuer or issuer
        date = date or _announced_date(ctx, sentence, m["kind"], last - first + 1)
        covered.append((m.start(), m.end()))
        for number in range(first, last + 1):
            fields = {"number": str(number), "kind": kind_of(m["kind"], ""), "date": date, "issuer": issuer,
                      "_bare": True}
            out.append(Candidate("legal_ref", fields, m.start(), m.end(), 0.6))
    symbols = P.BARE_SYMBOL.finditer(text, sentence.start, sentence.end) if P.SYMBOL_HINT.search(chunk) else ()
    for m in symbols:
        if any(a <= m.start() < b for a, b in covered):
            continue
        number = normalise_number(m["num"])
        code = _CODE.match(number)
        if not code or code["code"] not in P.SYMBOL_KIND:
            continue
        date, issuer, _ = _details_after(ctx, m.end(), limit)
        if date is None and m.start() < _HEADER_REACH and _HEADER_NUMBER.fullmatch(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            date = _header_date(ctx)  # "Số: 24/KH-UBND" heading a document dated in its header
        fields = {"number": number, "kind": kind_of(None, number), "date": date, "issuer": issuer, "_bare": False}
        out.append(Candidate("legal_ref", fields, m.start(), m.end(), 0.7))
    laws = P.LAW_BY_NAME.finditer(text, sentence.start, sentence.end) if "Luật" in chunk else ()
    for m in laws:
        if any(a <= m.start() < b for a, b in covered):
            continue
        name = m["name"].strip()
        fields = {"number": f"Luật {name} {m['year']}", "kind": "luat", "date": None, "issuer": None, "_bare": False}
        out.append(Candidate("legal_ref", fields, m.start(), m.end(), 0.8))
    return out


def merge_legal(candidates: list[Candidate]) -> list[Candidate]:
    """One fact per document number: the first mention, completed with the most detail."""
    by_number: dict[str, Candidate] = {}
    for c in candidates:
        key = re.sub(r"\s+", "", c.fields["number"]).upper()
        if key in by_number:
            kept = by_number[key]
            for field in ("date", "issuer"):
                if kept.fields[field] is None and c.fields[field] is not None:
                    kept.fields[field] = c.fields[field]
            continue
        by_number[key] = c
    symbols = [k for k, c in by_number.items() if not c.fields["_bare"]]
    out = []
    for key, c in by_number.items():
        if c.fields["_bare"] and any(re.match(rf"{re.escape(key)}[-/]", s) for s in symbols):
            continue
        out.append(c)
    return out
