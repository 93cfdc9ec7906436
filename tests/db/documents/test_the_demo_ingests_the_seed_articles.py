from io import StringIO

import pytest

from nongthon.documents.models import Document, Fact
from nongthon.monitoring.choices import ReviewStatus
from nongthon.web.demo import SEEDS, ingest_seed_articles

pytestmark = pytest.mark.django_db


def test_the_seed_articles_are_shipped_in_the_package():
    assert len(sorted(SEEDS.glob("*.txt"))) == 5


def test_the_demo_ingests_the_seed_articles_once_and_accepts_what_it_can(places):
    out = StringIO()

    ingest_seed_articles(stdout=out)
    documents, facts = Document.objects.count(), Fact.objects.count()
    ingest_seed_articles(stdout=out)

    assert documents == 5 and facts > 0
    assert (Document.objects.count(), Fact.objects.count()) == (documents, facts)
    assert Fact.objects.filter(status=ReviewStatus.ACCEPTED).exists()
    assert "Bài báo mẫu: 5 tài liệu (5 mới)" in out.getvalue()
    assert "Bài báo mẫu: 5 tài liệu (0 mới), 0 dữ kiện được chấp nhận" in out.getvalue()
