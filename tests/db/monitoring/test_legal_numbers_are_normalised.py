import pytest

from nongthon.monitoring.legal import normalise_legal_number


@pytest.mark.parametrize(("raw", "number"), [
    ("Số 14-CT/HU", "14-CT/HU"),
    ("số 28/2022/nđ-cp", "28/2022/NĐ-CP"),
    ("855/NQ-UBTVQH14", "855/NQ-UBTVQH14"),
    ("06 - ĐA/TU", "06-ĐA/TU"),
    ("2341", "2341"),
    ("Luật Hợp tác xã  2012", "Luật Hợp tác xã 2012"),
])
def test_a_legal_number_is_written_as_the_contract_writes_it(raw, number):
    assert normalise_legal_number(raw) == number
