import pytest

from nongthon.registry.attributes import AttributeFileError, read_attributes


def write(tmp_path, text, name="ubnd.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_gives_one_row_per_line(tmp_path, registry):
    path = write(tmp_path, "code,name,value,valid_from,valid_to,source\n"
                           "06382,dbkk,có,2021-01-01,2025-07-01,QĐ 861/QĐ-TTg\n"
                           "06376,commune_group,2,01/07/2025,,\n")
    rows = read_attributes(path, registry)
    assert [(r.unit_key, r.name, r.value, r.source) for r in rows] == [
        ("06382@-", "dbkk", "1", "QĐ 861/QĐ-TTg"),
        ("06376@2025-07-01", "commune_group", "2", "ubnd.csv"),
    ]


def test_the_code_is_read_at_the_start_of_validity(tmp_path, registry):
    path = write(tmp_path, "code,name,value,valid_from\n06436,atk,1,2024-01-01\n06436,atk,1,2025-08-01\n")
    assert [r.unit_key for r in read_attributes(path, registry)] == ["06436@-", "06436@2025-07-01"]


def test_a_malformed_file_reports_every_problem_with_file_line_and_field(tmp_path, registry):
    path = write(tmp_path, "code,name,value,valid_from,valid_to,source\n"
                           "06382,dbkk,có,2021-01-01,,QĐ\n"
                           "99999,dbkk,1,,,QĐ\n"
                           "06382,poverty,1,2021-01-01,,QĐ\n"
                           "06382,commune_group,7,2021-13-01,,QĐ\n"
                           "185,atk,1,2021-01-01,2020-01-01,QĐ\n")
    with pytest.raises(AttributeFileError) as err:
        read_attributes(path, registry)
    assert err.value.errors == [
        "ubnd.csv:3: code: không có đơn vị nào mang mã 99999",
        "ubnd.csv:4: name: «poverty» không phải thuộc tính đã biết (dbkk, atk, commune_group, region)",
        "ubnd.csv:5: value: «7» không phải nhóm 1, 2 hoặc 3",
        "ubnd.csv:5: valid_from: «2021-13-01» không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)",
        "ubnd.csv:6: valid_to: phải sau valid_from",
        "ubnd.csv:6: code: huyện Bắc Sơn không phải đơn vị cấp xã",
    ]


def test_a_code_not_held_on_the_date_is_refused(tmp_path, registry):
    path = write(tmp_path, "code,name,value,valid_from\n06382,dbkk,1,2025-08-01\n")
    with pytest.raises(AttributeFileError, match="ubnd.csv:2: code: mã 06382 không thuộc đơn vị nào vào ngày 2025-08-01"):
        read_attributes(path, registry)


def test_a_unit_name_column_is_checked_against_the_registry(tmp_path, registry):
    path = write(tmp_path, "code,unit_name,name,value,valid_from\n"
                           "01978,xã Sỹ Bình,dbkk,1,2021-01-01\n"
                           "01978,xã Quân Hà,dbkk,1,2021-01-01\n")
    with pytest.raises(AttributeFileError) as err:
        read_attributes(path, registry)
    assert err.value.errors == ["ubnd.csv:3: unit_name: «xã Quân Hà» khác tên trong danh mục (xã Sĩ Bình)"]


def test_missing_columns_are_named(tmp_path, registry):
    path = write(tmp_path, "ma,gia_tri\n06382,1\n")
    with pytest.raises(AttributeFileError) as err:
        read_attributes(path, registry)
    assert err.value.errors == ["ubnd.csv:1: code: thiếu cột", "ubnd.csv:1: name: thiếu cột", "ubnd.csv:1: value: thiếu cột"]


def test_a_missing_file_is_named(tmp_path, registry):
    with pytest.raises(AttributeFileError, match="khong-co.csv: không tìm thấy tệp"):
        read_attributes(tmp_path / "khong-co.csv", registry)
