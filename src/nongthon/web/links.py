"""Addresses of many units' pages at once.

`reverse()` costs some 30 µs a call (it tries each pattern of the name and quotes the result); a
province's overview or heatmap links a few hundred communes. The pattern is reversed once here and
each key quoted as `reverse()` quotes it (`django.urls.resolvers`: `quote(…, safe=RFC3986_SUBDELIMS
+ "/~:@")`); a key `reverse()` would refuse (one holding a slash) still goes through it.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS

_MARKER = "0unit0key0"


def unit_url_maker() -> Callable[[str], str]:
    """A function from a unit's key to the address of its page, as `reverse("web:unit-detail", …)`."""
    template = reverse("web:unit-detail", args=[_MARKER])

    def url(key: str) -> str:
        if "/" in key or not key:
            return reverse("web:unit-detail", args=[key])
        return template.replace(_MARKER, quote(key, safe=RFC3986_SUBDELIMS + "/~:@"))

    return url
