"""Small SVG charts rendered on the server, so pages need no JavaScript chart library."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

from nongthon.web.formatting import number

PALETTE = ["#1f6f4a", "#c0392b", "#2c6ea4", "#b7791f", "#6b46c1", "#2f855a"]


@dataclass(frozen=True)
class Series:
    label: str
    points: list[tuple[float, float]]  # (x, y), x usually a year


def _fmt(value: float) -> str:
    return number(value)


def _year(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else number(value)


def line_chart(series: list[Series], *, title: str, width: int = 560, height: int = 220) -> SafeString:
    """A line chart of one or more series, with labelled axes and a title for screen readers."""
    points = [p for s in series for p in s.points]
    if not points:
        return mark_safe("")
    left, right, top, bottom = 48, 12, 16, 28
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    x_min, x_max = min(xs), max(xs)
    y_min, y_max = min(0.0, min(ys)), max(ys)
    if x_max == x_min:
        x_min, x_max = x_min - 1, x_max + 1
    if y_max == y_min:
        y_max = y_min + 1
    plot_w, plot_h = width - left - right, height - top - bottom

    def sx(x: float) -> float:
        return left + (x - x_min) / (x_max - x_min) * plot_w

    def sy(y: float) -> float:
        return top + plot_h - (y - y_min) / (y_max - y_min) * plot_h

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" class="axis"/>',
    ]
    for tick in range(5):
        value = y_min + (y_max - y_min) * tick / 4
        y = sy(value)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_fmt(round(value, 2))}</text>')
    for x in sorted(set(xs)):
        parts.append(f'<text x="{sx(x):.1f}" y="{height - 8}" text-anchor="middle">{_year(x)}</text>')
    for index, item in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        ordered = sorted(item.points)
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in ordered)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in ordered:
            parts.append(
                f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3.5" fill="{colour}">'
                f"<title>{escape(item.label)} {_year(x)}: {_fmt(y)}</title></circle>"
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def bar(value: float, total: float, *, label: str = "") -> SafeString:
    """A thin horizontal progress bar (value out of total) as inline SVG."""
    share = 0.0 if not total else max(0.0, min(1.0, value / total))
    return mark_safe(
        f'<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" '
        f'aria-label="{escape(label)}"><rect width="100" height="8" class="bar-bg"/>'
        f'<rect width="{share * 100:.1f}" height="8" class="bar-fg"/></svg>'
    )
