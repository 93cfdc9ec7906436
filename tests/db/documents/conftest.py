import datetime
import json
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model

from tests.db.monitoring.places import make_places


@pytest.fixture
def places(db):
    return make_places()


@pytest.fixture
def province_officer(places):
    """An officer of both provinces of `make_places` (these tests write data of either)."""
    from nongthon.accounts.choices import Role
    from nongthon.accounts.models import Membership

    user = get_user_model().objects.create_user("can_bo_tinh")  # no password: hashing is slow on purpose
    for province in (places.bac_kan, places.lang_son):
        Membership.objects.create(user=user, role=Role.PROVINCE_OFFICER, unit=province)
    return user


DATA = Path(__file__).resolve().parents[2] / "data" / "documents"
ARTICLES = DATA / "articles"


def facts_of(doc_id: str, text: str) -> list[dict]:
    """The hand-written facts of a test article, with spans found from their evidence."""
    facts = []
    for line in (DATA / "facts" / f"{doc_id}.jsonl").read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        start = text.find(fact["evidence"])
        assert start >= 0, f"evidence not in {doc_id}: {fact['evidence']}"
        facts.append({"doc": doc_id, **fact, "span": [start, start + len(fact["evidence"])]})
    return facts


def read_article(path) -> SimpleNamespace:
    path = Path(path)
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    day, month, year = text.split("\n", 1)[0].strip().split("/")
    return SimpleNamespace(text=text, title=path.stem, date=datetime.date(int(year), int(month), int(day)),
                           format="txt", encoding="utf-8")


@pytest.fixture
def fake_extraction(monkeypatch):
    """The extractor's contract (read_path, extract) served from the hand-written test facts."""
    calls = []

    def extract(text, doc_id, doc_date=None, registry=None):
        calls.append(doc_id)
        return facts_of(doc_id, text)

    monkeypatch.setattr("nongthon.extraction.read_path", read_article, raising=False)
    monkeypatch.setattr("nongthon.extraction.extract", extract, raising=False)
    return calls


@pytest.fixture
def bach_thong_article(places, fake_extraction):
    """The Bạch Thông article ingested: its eight facts proposed."""
    from nongthon.documents.operations import ingest_path

    return ingest_path(ARTICLES / "bach_thong_2022.txt").document


@pytest.fixture
def support_article(places, fake_extraction):
    from nongthon.documents.operations import ingest_path

    return ingest_path(ARTICLES / "giup_do_xa_2024.txt").document
