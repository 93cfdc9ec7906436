"""Rows read from a document name it in their source; the lists never read the document's text."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/observations/", "/api/recognitions/"])
def test_a_list_names_the_source_document_without_reading_its_text(api, article, province_officer, path):
    from nongthon.documents.operations import accept_fact

    for fact in article.facts.all():
        accept_fact(fact, user=province_officer)
    with CaptureQueriesContext(connection) as context:
        body = api.get(path).json()
    assert body["results"][0]["source"]["label"].startswith(article.doc_id)
    assert not any('"documents_document"."text"' in query["sql"] for query in context.captured_queries)
