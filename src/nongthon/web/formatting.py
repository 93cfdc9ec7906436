"""Numbers the Vietnamese way: 1.234,5 (dot for thousands, comma for decimals)."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import get_language


def number(value, decimals: int | None = None) -> str:
    """Format a number for the active language; `decimals=None` keeps up to two, trimming zeros."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        value = float(value)
    if decimals is None:
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if not float(value).is_integer() else f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    if (get_language() or "vi").startswith("en"):
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
