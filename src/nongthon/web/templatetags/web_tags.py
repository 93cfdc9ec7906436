from django import template
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from nongthon.web import formatting
from nongthon.web.charts import bar
from nongthon.web.sources import source_html

register = template.Library()


@register.filter
def vn(value, decimals=None):
    """A number formatted for the active language (`{{ x|vn:1 }}` → "17,5")."""
    return formatting.number(value, None if decimals in (None, "") else int(decimals))


@register.filter
def percent(value, total):
    if not total or value is None:
        return "—"
    return formatting.number(100 * float(value) / float(total), 1) + "%"


@register.filter
def source_link(row):
    """A monitoring row's source: a link to the document passage, the legal decision, or its label."""
    return source_html(row)


@register.simple_tag
def progress(value, total, label=""):
    return bar(float(value or 0), float(total or 0), label=label)


@register.simple_tag(takes_context=True)
def query(context, **changes):
    """The current query string with some parameters changed (None removes one)."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        if value is None or value == "":
            params.pop(name, None)
        else:
            params[name] = value
    encoded = urlencode(sorted((k, v) for k, v in params.items()))
    return "?" + encoded if encoded else "?"


_SHORT_KIND = {"thanh_pho": _("Thành phố"), "thanh_pho_tw": _("Thành phố")}
_KIND_WORDS: dict[str, dict[str, str]] = {}


def _kind_words() -> dict[str, str]:
    """Kind labels resolved once per language (get_kind_display per row costs a dict of lazy strings)."""
    from django.utils.translation import get_language

    from nongthon.units.choices import Kind

    language = get_language() or "vi"
    if language not in _KIND_WORDS:
        words = {value: str(label) for value, label in Kind.choices}
        words.update({value: str(label) for value, label in _SHORT_KIND.items()})
        _KIND_WORDS[language] = words
    return _KIND_WORDS[language]


def unit_labeller():
    """`unit_label` for the many units of one page: the language and its kind words looked up once."""
    from django.utils.translation import get_language

    words = _kind_words()
    if (get_language() or "vi").startswith("en"):
        return lambda unit: f"{unit.name} {words.get(unit.kind, unit.kind)}"
    return lambda unit: f"{words.get(unit.kind, unit.kind)} {unit.name}"


@register.filter
def unit_label(unit):
    """"Xã Nhất Tiến", "Thành phố Lạng Sơn" (not "Thành phố thuộc tỉnh Lạng Sơn")."""
    if unit is None or unit == "":
        return ""
    from django.utils.translation import get_language

    kind = _kind_words().get(unit.kind, unit.kind)
    if (get_language() or "vi").startswith("en"):
        return f"{unit.name} {kind}"  # "Lạng Sơn Province", as English writes it
    return f"{kind} {unit.name}"
