"""Clean stage: keep the article, drop navigation and boilerplate.

A saved HTML page is turned into article text with the boilerplate gone. Plain text keeps
every character, because evidence offsets index the stored text: its boilerplate lines
are only marked as skipped, and the later stages do not look inside them.
"""

from __future__ import annotations

import re
import unicodedata

from nongthon.extraction.boilerplate import BOILERPLATE, HTML_ARTICLE, HTML_BLOCKS, HTML_DROP
from nongthon.extraction.words import ORDINARY_WORDS

_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_BLANKS = re.compile(r"\n{3,}")


def skipped_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the boilerplate lines of `text`."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and BOILERPLATE.match(line):
            out.append((pos, end))
        pos = end + 1
    return out


_WORD = re.compile(r"[^\W\d_]+")
# The shape of a Vietnamese syllable: a word in capitals without it is an abbreviation ("UBND", "KH", "NTM")
_VOWELS = "aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
_SYLLABLE = re.compile(rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}"
                       r"(?:ng|nh|ch|[cmnpt])?", re.I)


def recase_capitals(text: str) -> str:
    """`text` with its lines written in capitals ("XÃ TÂN LẬP ĐẠT CHUẨN NÔNG THÔN MỚI", a headline) in the
    ordinary case, so that the rules, written for ordinary text, read them; every other character, and every
    offset, stays as it was.

    The article itself says how each word is written: a word it writes in lower case is lowered, one it
    writes beside another as part of a capitalised name ("Tân Lập") keeps its capital, an abbreviation it
    writes in capitals ("NTM", "UBND") stays; a word it never writes is taken for a name, unless it is one of
    the programme's ordinary words."""
    if not any(_is_capital_line(line) for line in text.split("\n")):
        return text  # most texts: nothing to do, and no vocabulary to gather
    lines = text.split("\n")
    ordinary = "\n".join(line for line in lines if not line.isupper())  # the article's own casing
    written = set(_WORD.findall(ordinary))  # every word as the article writes it
    return "\n".join(_recased(line, written, ordinary) if _is_capital_line(line) else line for line in lines)


# A line in capitals is read only when it speaks of the programme's standing (the rules read nothing else in it)
_STANDING_CUES = ("NÔNG THÔN", "NTM", "CHUẨN", "ĐÍCH", "TIÊU CHÍ", "HOÀN THÀNH")


def _is_capital_line(line: str) -> bool:
    # two words at least, so that a lone abbreviation ("UBND") is left alone
    return line.isupper() and any(cue in line for cue in _STANDING_CUES) and len(_WORD.findall(line)) >= 2


def _recased(line: str, written: set[str], ordinary: str) -> str:
    words = list(_WORD.finditer(line))
    titles = [m.group()[:1] + m.group()[1:].lower() for m in words]
    out = []
    cursor = 0
    for i, m in enumerate(words):
        word, title = m.group(), titles[i]
        joined_before = i > 0 and line[words[i - 1].end():m.start()] == " "
        joined_after = i + 1 < len(words) and line[m.end():words[i + 1].start()] == " "
        if len(word) > 1 and word in written or not _SYLLABLE.fullmatch(word) or \
                line[m.end():m.end() + 1] in ("-", "/") or line[max(0, m.start() - 1):m.start()] in ("-", "/"):
            new = word  # an abbreviation, or a part of a document's number ("KH-UBND")
        elif joined_before and f"{titles[i - 1]} {title}" in ordinary or \
                joined_after and f"{title} {titles[i + 1]}" in ordinary:
            new = title  # a name the article writes ("Tân Lập")
        elif word.lower() in written or word.lower() in ORDINARY_WORDS:
            new = word.lower()
        else:
            new = title
        if i == 0 and new == word.lower():
            new = title  # the line opens a sentence
        if len(new) != len(word):
            new = word  # a letter whose other case is longer ("ß"): offsets must not move
        out.append(line[cursor:m.start()] + new)
        cursor = m.end()
    out.append(line[cursor:])
    return "".join(out)


def drop_boilerplate(text: str) -> str:
    """The text without its boilerplate lines (for sources whose text we build ourselves)."""
    lines = [line for line in text.split("\n") if not (line.strip() and BOILERPLATE.match(line))]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Article text, title and published date (as written) of a saved page."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    title = None
    if tree.css_first("title") is not None:
        title = tree.css_first("title").text(strip=True) or None
    published = None
    for selector in ('meta[property="article:published_time"]', 'meta[name="pubdate"]',
                     'meta[itemprop="datePublished"]', 'meta[name="date"]'):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            published = node.attributes["content"]
            break
    body = tree.body or tree.root
    if body is None:
        return "", title, published
    for node in body.css(HTML_DROP):
        if node.tag not in {"body", "html"}:
            node.decompose()
    container = _article_container(body)
    heading = body.css_first("h1")
    text = _block_text(container)
    if heading is not None and heading.text(strip=True) and heading.text(strip=True) not in text:
        text = heading.text(strip=True) + "\n\n" + text
    text = unicodedata.normalize("NFC", text)
    return drop_boilerplate(text), title, published


def _article_container(body):
    best, best_score = body, 0
    for node in body.css(HTML_ARTICLE):
        score = sum(len(p.text(strip=True)) for p in node.css("p"))
        if score > best_score * 1.0 and score > 0:
            # A smaller container holding nearly all the paragraphs is the better one.
            if best is body or score >= 0.8 * best_score:
                best, best_score = node, score
    return best


def _block_text(node) -> str:
    parts: list[str] = []

    def walk(current):
        child = current.child
        while child is not None:
            if child.tag == "-text":
                parts.append(child.text_content or "")
            elif child.tag in HTML_BLOCKS:
                parts.append("\n\n")
                walk(child)
                parts.append("\n\n")
            elif child.tag not in {"-comment"}:
                walk(child)
            child = child.next

    walk(node)
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
