"""Request size limit: refuse large bodies before Django reads them."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _


class UploadLimitMiddleware:
    """Answer 413 to a request whose body exceeds `NONGTHON_MAX_UPLOAD_BYTES`.

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE leaves file parts out of its count, so an uploaded
    file has no size limit of its own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = getattr(settings, "NONGTHON_MAX_UPLOAD_BYTES", 25 * 1024 * 1024)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit and length > limit:
            # This runs before LocaleMiddleware, so the reader's language is chosen here.
            with translation.override(translation.get_language_from_request(request)):
                message = _("Tệp gửi lên quá lớn (%(length)d byte; tối đa %(limit)d byte).") % {
                    "length": length, "limit": limit}
            return HttpResponse(message.encode(), status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
