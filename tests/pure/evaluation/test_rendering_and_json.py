import json

from nongthon.evaluation import KnownData, UnitAttributes, evaluate, list_sets, load_set, render_text
from nongthon.evaluation.report import render_set, set_to_dict


def test_a_report_reads_as_vietnamese_sentences():
    result = evaluate(load_set("qd-1980-2016-xa"), UnitAttributes(region="tdmnpb", name="Xã Tân Lập", code="06352"),
                      KnownData(year=2020, asserted_count=(19, 19), source="Huyện ủy Bắc Sơn"))
    text = render_text(result)
    assert "Kết quả: 19/19 tiêu chí đạt — đạt" in text
    assert "Nguồn báo cáo, số liệu: Huyện ủy Bắc Sơn" in text
    assert "Suy ra từ báo cáo 19/19 tiêu chí đạt, không kèm số liệu:" in text
    assert "1980/QĐ-TTg ngày 17/10/2016" in text


def test_the_json_form_of_an_evaluation_round_trips():
    result = evaluate(load_set("qd-318-2022-xa"), UnitAttributes(region="dbscl"), KnownData(year=2023, values={"9.2": 90}))
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["count"] == "0/19"
    nine = next(c for c in data["criteria"] if c["id"] == "9")
    assert nine["indicators"][1]["status"] == "met"


def test_every_set_renders_and_serialises():
    for cset in list_sets():
        assert cset.id in render_set(cset)
        json.dumps(set_to_dict(cset), ensure_ascii=False)


def test_the_example_values_file_shows_a_conflict_between_report_and_values():
    from pathlib import Path

    from nongthon.evaluation import read_known_data

    cset = load_set("qd-1980-2016-xa")
    path = Path(__file__).parent / "fixtures" / "xa-gia-dinh-2020.json"
    result = evaluate(cset, UnitAttributes(region="tdmnpb"), read_known_data(path, 2020, cset))
    assert result.count_text == "17/19"
    assert [c.ref for c in result.conflicts] == ["10"]
    text = render_text(result)
    assert "[đạt] Tiêu chí 9 (Nhà ở dân cư): đạt theo báo cáo; số liệu đã có chưa đủ để tự kết luận" in text
    assert "    [đạt] 9.1: Không còn nhà tạm, nhà dột nát: đạt" in text
