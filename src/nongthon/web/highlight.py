"""Documents as HTML with spans marked: facts (`<mark id="fact-N">`), evidence and search matches."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    anchor: str = ""  # the id of the <mark>, so /documents/<id>/#fact-<id> lands on it
    css: str = ""
    title: str = ""


def marked(text: str, spans: list[Span]) -> SafeString:
    """`text` escaped, with each span wrapped in <mark>; overlapping spans keep the first one."""
    out: list[str] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = max(span.start, position), min(span.end, len(text))
        if start >= end:
            if span.anchor and span.start >= position:
                out.append(f'<span id="{escape(span.anchor)}"></span>')
            continue
        out.append(escape(text[position:start]))
        attrs = f' id="{escape(span.anchor)}"' if span.anchor else ""
        attrs += f' class="{escape(span.css)}"' if span.css else ""
        attrs += f' title="{escape(span.title)}"' if span.title else ""
        out.append(f"<mark{attrs}>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


def window(text: str, start: int, end: int, context: int = 600) -> tuple[str, int]:
    """The part of `text` around a span, cut at white space, and its offset in `text`."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    if left > 0:
        space = text.find(" ", left)
        left = space + 1 if 0 <= space < start else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space > end else right
    return text[left:right], left
