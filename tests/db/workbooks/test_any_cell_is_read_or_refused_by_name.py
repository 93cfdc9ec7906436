"""Property: whatever the cells of an upload hold, the import never crashes; it either writes the rows or
refuses the file with errors that each name a place in it, and then writes nothing."""

from __future__ import annotations

import datetime
import io

from auditlog.models import LogEntry
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nongthon.monitoring.models import CriterionStatus, Observation
from nongthon.workbooks.operations import import_workbook
from tests.db.workbooks.places import INDICATOR_HEADERS, INDICATOR_KEYS, sheet_workbook, xlsx_bytes

# openpyxl refuses control characters in cells, so the text has none (a file cannot hold them either).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=24)
CELL = st.one_of(
    st.none(), st.booleans(), TEXT,
    st.integers(min_value=-10 ** 24, max_value=10 ** 24),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.datetimes(min_value=datetime.datetime(1900, 3, 1), max_value=datetime.datetime(2100, 1, 1)),
    st.sampled_from(["06100", "06101", "06200", "6100", "01900", "99999", "2024", "Đạt", "Chưa đạt", "=1+1",
                     "12/05/2024", "-5%", "3,5", "100,5", " ", "1e400"]),
)
ROW = st.lists(CELL, min_size=5, max_size=7)
CODES = st.sampled_from(["06100", "06101", "06200"])


def _snapshot():
    return (Observation.objects.count(), CriterionStatus.objects.count(), LogEntry.objects.count())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(rows=st.lists(st.one_of(ROW, st.tuples(CODES, TEXT, st.integers(2015, 2024), CELL, CELL).map(list)),
                     min_size=1, max_size=4))
# Found by this property: a code or number cell at the edge of a double reads back as infinity.
@example(rows=[[None] * 5, [1.7976931348623155e+308, None, None, None, None]])
@example(rows=[["06100", "x", 2020, 1.7976931348623157e+308, -1.7976931348623157e+308]])
def test_any_upload_is_written_whole_or_refused_with_each_place_named(places, people, rows):
    data = xlsx_bytes(sheet_workbook("Chỉ tiêu", INDICATOR_HEADERS, INDICATOR_KEYS, rows))
    before = _snapshot()
    result = import_workbook(io.BytesIO(data), people.province_officer, file_name="ngau-nhien.xlsx")
    if result.ok:
        observations, statuses, entries = _snapshot()
        assert observations == before[0] + result.observations and statuses == before[1]
        assert entries == before[2] + result.observations + result.updated  # each row created or changed is audited
        return
    assert result.written == 0 and _snapshot() == before
    last_row = 2 + len(rows)
    for error in result.errors:
        assert error.file == "ngau-nhien.xlsx" and error.message
        if error.row is not None:
            assert error.sheet == "Chỉ tiêu" and 1 <= error.row <= last_row, str(error)
        if error.column is not None:
            assert error.column.isalpha() and error.column.isupper(), str(error)
