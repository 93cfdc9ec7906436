from pathlib import Path

import pytest

from nongthon.documents.models import Document, Fact
from nongthon.documents.operations import IngestError, ingest_path

BAD = Path(__file__).resolve().parents[2] / "data" / "bad-input"
FILES = sorted(p for p in BAD.iterdir() if p.is_file() and p.name not in ("README.md", "make.py"))


def test_the_corpus_has_every_kind_of_broken_file():
    suffixes = {p.suffix for p in FILES}
    assert {".txt", ".docx", ".pdf", ".xlsx", ".html", ".bin"} <= suffixes and len(FILES) >= 15


@pytest.mark.django_db
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_file_is_refused_with_its_name_and_nothing_is_stored(path):
    with pytest.raises(IngestError) as error:
        ingest_path(path)
    assert path.name in str(error.value) and "không đọc được" in str(error.value)
    assert Document.objects.count() == 0 and Fact.objects.count() == 0
