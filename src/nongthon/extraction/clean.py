"""Clean stage: keep the article, drop navigation and boilerplate.

A saved HTML page is turned into article text with the boilerplate gone. Plain text keeps
every character, because evidence offsets index the stored text: its boilerplate lines
are only marked as skipped, and the later stages do not look inside them.
"""

from __future__ import annotations

import re
import unicodedata

from nongthon.extraction.boilerplate import BOILERPLATE, HTML_ARTICLE, HTML_BLOCKS, HTML_DROP

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
