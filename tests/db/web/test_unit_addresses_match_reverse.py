"""The overview and heatmap write a few hundred unit addresses with `links.unit_url_maker`, which
reverses the pattern once: each address must be the one `reverse()` gives."""

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from nongthon.web.links import unit_url_maker


@pytest.mark.parametrize("key", ["20@-", "06376@2025-07-01", "xã Nhất Hòa@-", "a b&c?d#e%f", "k:~@!$'()*+,;="])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_address_is_the_one_reverse_gives(key, language):
    with translation.override(language):
        assert unit_url_maker()(key) == reverse("web:unit-detail", args=[key])


def test_a_key_reverse_refuses_is_refused_alike():
    url = unit_url_maker()
    for key in ("a/b", ""):
        with pytest.raises(NoReverseMatch):
            url(key)
