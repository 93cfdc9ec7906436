"""Public reads answer with an ETag and cache headers; a matching If-None-Match gets 304."""

from __future__ import annotations

import hashlib

from rest_framework import status
from rest_framework.response import Response

PUBLIC_MAX_AGE = 60


class CachedReadMixin:
    """For views whose GET responses depend only on the URL and the data (no per-user content)."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != status.HTTP_200_OK:
            return response
        response.render()
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        scope = "private" if request.user.is_authenticated else "public"
        if etag in _tags(request.headers.get("If-None-Match", "")):
            not_modified = Response(status=status.HTTP_304_NOT_MODIFIED)
            not_modified = super().finalize_response(request, not_modified, *args, **kwargs)
            not_modified.render()
            response = not_modified
        response["ETag"] = etag
        response["Cache-Control"] = f"{scope}, max-age={PUBLIC_MAX_AGE}"
        response["Vary"] = "Accept, Cookie, Authorization"
        return response


def _tags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}
