"""The evaluator's sentences in the reader's language, without importing Django.

Reasons are written in Vietnamese, the source language, and marked with `_` so that
`makemessages` puts them in the project's catalogue. The web application installs Django's
`gettext` with `use()` when it starts; the pure core alone (its tests, the command line)
keeps the Vietnamese text.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] | None = None


def use(translate: Callable[[str], str] | None) -> None:
    """Translate every later sentence with `translate` (None: back to Vietnamese)."""
    global _translate
    _translate = translate


def _(text: str) -> str:
    return _translate(text) if _translate is not None else text
