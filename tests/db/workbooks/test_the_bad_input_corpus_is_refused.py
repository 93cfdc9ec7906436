"""Every malformed workbook of tests/data/bad-input/workbooks/ is refused with an error naming its place,
and the database is exactly as it was (rows, values and the audit log).

The files and their expected errors are written by tests/data/bad-input/make.py.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from auditlog.models import LogEntry

from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import CriterionStatus, Indicator, Observation
from nongthon.workbooks.operations import MAX_BYTES, import_workbook

CORPUS = Path(__file__).resolve().parents[2] / "data" / "bad-input" / "workbooks"
CASES = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def _snapshot():
    return (sorted(Observation.objects.values_list("pk", "unit_id", "year", "value", "source_file", "updated_at")),
            sorted(CriterionStatus.objects.values_list("pk", "unit_id", "year", "met", "updated_at")),
            LogEntry.objects.count())


@pytest.fixture
def earlier(places, people):
    """Data already in the database, which a refused upload must leave as it was."""
    Observation.objects.create(unit=places.nhat_tien, indicator=Indicator.objects.get(key="poverty_rate"), year=2024,
                               value=Decimal("3.9"), source_kind=SourceKind.IMPORT, source_file="truoc.xlsx [Chỉ tiêu]",
                               source_row=3, status=ReviewStatus.ACCEPTED)
    return _snapshot()


def test_the_corpus_has_at_least_a_hundred_files_each_with_its_expected_error():
    files = {p.name for p in CORPUS.glob("*.xlsx")}
    assert len(CASES) >= 100 and files == {c["file"] for c in CASES}
    assert all(c["words"] and c["what"] for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_each_malformed_workbook_is_refused_where_it_is_wrong_and_nothing_changes(people, earlier, case):
    result = import_workbook(CORPUS / case["file"], people.province_officer)
    assert not result.ok and result.written == 0
    first = result.errors[0]
    assert (first.file, first.sheet, first.row, first.column) == (case["file"], case["sheet"], case["row"],
                                                                   case["column"]), str(first)
    assert case["words"] in first.message, str(first)
    assert str(first).startswith(case["file"])  # the message a person reads names the file, then the place
    assert _snapshot() == earlier


def test_a_file_over_the_limit_is_refused_before_it_is_read(people, earlier, tmp_path):
    path = tmp_path / "qua-lon.xlsx"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk is used
    result = import_workbook(path, people.province_officer)
    assert [str(e) for e in result.errors] == ["qua-lon.xlsx: Tệp lớn hơn 20 MB."]
    assert _snapshot() == earlier
