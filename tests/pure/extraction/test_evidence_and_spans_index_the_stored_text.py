from pathlib import Path

import pytest

from nongthon.extraction import extract_path, read_path

SEEDS = sorted((Path(__file__).resolve().parents[2] / "data" / "extraction" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_fact_has_evidence_at_its_span_in_the_stored_text(path):
    text = read_path(path).text
    found = extract_path(path)
    assert found
    for fact in found:
        start, end = fact["span"]
        assert text[start:end] == fact["evidence"]
        assert 0 < fact["confidence"] <= 1
        assert fact["doc"] == path.stem


def test_boilerplate_lines_of_a_text_file_stay_in_the_stored_text_but_yield_nothing(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("PublishingPortal - Block_BanTin_Toolbar\n\n25/10/2022\nTăng cỡ chữ Giảm cỡ chữ\n"
                    "HUYEN UY0.jpg\nXã Quang Thuận đạt chuẩn nông thôn mới năm 2020.\n", encoding="utf-8")
    text = read_path(path).text
    assert text.startswith("PublishingPortal")
    found = extract_path(path)
    assert [(f["unit"]["name"], f["year"]) for f in found] == [("Quang Thuận", 2020)]
    assert text[found[0]["span"][0]:found[0]["span"][1]] == found[0]["evidence"]


def test_units_resolve_to_registry_codes_when_the_registry_is_available():
    registry = pytest.importorskip("nongthon.registry")
    try:
        registry.load_registry()
    except Exception:
        pytest.skip("the registry data is not built in this checkout")
    [path] = [p for p in SEEDS if p.stem.startswith("003")]
    found = [f for f in extract_path(path) if f["type"] == "criteria_count"]
    assert found[0]["unit"]["name"] == "Tân Lập"
    assert found[0].get("unit_code")
