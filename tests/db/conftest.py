"""Fixtures for the tests that use the database and Django."""

import pytest
from django.conf import settings
from django.utils import translation


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language (Vietnamese).

    Django's LocaleMiddleware activates the language of a request in the thread that serves it
    and leaves it active after the response; with the test client that thread is the test's own,
    so a request in English would otherwise make later tests (a command's output, a form's
    error) speak English.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
