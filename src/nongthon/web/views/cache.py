"""Rendered public pages kept in the cache, keyed by the data's version: a write shows at once.

Only what every anonymous visitor sees the same is cached: GET requests of anonymous users, no
htmx fragment, no pending message, answers 200. The key holds the data's version
(`nongthon.rollups.version.current`: one small query per request), the language and the full
path, so any change to the data leaves the old renders unused — in every process, since the
version is read from the database — and they expire after `NONGTHON_PAGE_CACHE_SECONDS`.

A page carries CSRF tokens (the language switch, htmx headers); they are cut out before storing
and each visitor's own token is put back when a stored page is served.

Django's `cache_page` is not used: its keys cannot follow the data's version, and it would store
one copy per CSRF cookie.
"""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token

from nongthon.rollups import version
from nongthon.synth import context_processors as synthetic

CACHE_ALIAS = "pages"
_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value="|"X-CSRFToken": ")[A-Za-z0-9]{32,64}(")')
_PLACEHOLDER = "\x00csrf\x00"


def enabled() -> bool:
    return getattr(settings, "NONGTHON_PAGE_CACHE", True) and CACHE_ALIAS in settings.CACHES


def _cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD") or "HX-Request" in request.headers:
        return False
    if request.user.is_authenticated:  # loads the session, if any, which the check below reads
        return False
    # A message waiting for the visitor (in its cookie, or in the session) is part of the page.
    return "messages" not in request.COOKIES and not request.session.get("_messages")


class PublicPageCacheMixin:
    """For a TemplateView: serve an anonymous visitor's page from the cache while the data is unchanged."""

    def dispatch(self, request, *args, **kwargs):
        if not enabled() or not _cacheable(request):
            return super().dispatch(request, *args, **kwargs)
        found = version.current(**synthetic.dataset_subqueries())  # one query for both
        if found is None:
            return super().dispatch(request, *args, **kwargs)
        data_version, extra = found
        synthetic.remember(request, extra)
        language = getattr(request, "LANGUAGE_CODE", "")
        raw = f"{data_version}|{language}|{request.get_full_path()}"
        key = "page:" + hashlib.sha256(raw.encode()).hexdigest()
        cache = caches[CACHE_ALIAS]
        stored = cache.get(key)
        if stored is not None:
            content, content_type = stored
            token = get_token(request)  # also sets the visitor's CSRF cookie when missing
            return HttpResponse(content.replace(_PLACEHOLDER, token), content_type=content_type)
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200 and hasattr(response, "render"):
            response.render()
            content = _TOKEN.sub(lambda m: m.group(1) + _PLACEHOLDER + m.group(2), response.content.decode())
            cache.set(key, (content, response["Content-Type"]),
                      getattr(settings, "NONGTHON_PAGE_CACHE_SECONDS", 600))
        return response
