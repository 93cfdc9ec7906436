from django import template
from django.utils.http import urlencode

from nongthon.web import formatting
from nongthon.web.charts import bar

register = template.Library()


@register.filter
def vn(value, decimals=None):
    """A number formatted for the active language (`{{ x|vn:1 }}` → "17,5")."""
    return formatting.number(value, None if decimals in (None, "") else int(decimals))


@register.filter
def percent(value, total):
    if not total or value is None:
        return "—"
    return formatting.number(100 * float(value) / float(total), 1) + " %"


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
