"""API list pages whose `count` is read from the cache while the data is unchanged.

DRF's `LimitOffsetPagination` counts every row the filters select on every request: 809,067
accepted observations at national scale, a scan of the whole table each time. The count depends only
on the query and on the data, so it is kept in the page cache under the data's version
(`nongthon.rollups.version.current`, the number every write moves on, read in one small query) and
the SQL of the filtered query with its parameters: a write changes the version and the next request
counts again, so `count` stays exact. It follows the page cache's switch (`NONGTHON_PAGE_CACHE`) and
expiry, and counts every time when the version cannot be read.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import caches
from rest_framework.pagination import LimitOffsetPagination

from nongthon.rollups import version
from nongthon.web.views import cache as page_cache


class VersionedCountPagination(LimitOffsetPagination):
    def get_count(self, queryset) -> int:
        if not page_cache.enabled() or not hasattr(queryset, "query"):
            return super().get_count(queryset)
        found = version.current(queryset.db)
        if found is None:
            return super().get_count(queryset)
        sql, params = queryset.query.sql_with_params()
        raw = f"{found[0]}|{queryset.db}|{sql}|{params!r}"
        key = "count:" + hashlib.sha256(raw.encode()).hexdigest()
        cache = caches[page_cache.CACHE_ALIAS]
        count = cache.get(key)
        if count is None:
            count = super().get_count(queryset)
            cache.set(key, count, getattr(settings, "NONGTHON_PAGE_CACHE_SECONDS", 600))
        return count
