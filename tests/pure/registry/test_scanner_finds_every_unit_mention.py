import unicodedata


def test_it_finds_mentions_with_offsets_and_level_words(registry):
    text = "UBND xã Nhất Tiến, huyện Bắc Sơn đạt chuẩn; TP.Lạng Sơn và Thành phố Hà Nội."
    found = registry.scanner().find(text)
    assert [(m.surface, m.level_word, m.name) for m in found] == [
        ("xã Nhất Tiến", "xã", "Nhất Tiến"),
        ("huyện Bắc Sơn", "huyện", "Bắc Sơn"),
        ("TP.Lạng Sơn", "TP.", "Lạng Sơn"),
        ("Thành phố Hà Nội", "Thành phố", "Hà Nội"),
    ]
    for m in found:
        assert text[m.start:m.end] == m.surface


def test_the_keys_of_a_mention_respect_its_level_word(registry):
    (district,) = registry.scanner().find("huyện Bắc Sơn")
    assert district.kinds == ("huyen",)
    assert district.keys == ("185@-",)


def test_it_finds_a_name_in_capitals_and_in_either_spelling(registry):
    found = registry.scanner().find("XÃ NHẤT TIẾN và xã Sỹ Bình")
    assert [m.name for m in found] == ["Nhất Tiến", "Sĩ Bình"]


def test_common_words_are_not_places(registry):
    text = "an toàn, đoàn kết, xã biên giới, thống nhất ý kiến"
    assert registry.scanner().find(text) == []


def test_a_bare_capitalised_name_of_two_syllables_is_a_mention(registry):
    (m,) = registry.scanner().find("Người dân Bính Xá đón Tết")
    assert m.level_word is None
    assert m.name == "Bính Xá"


def test_offsets_are_those_of_the_original_text_when_it_is_decomposed(registry):
    text = unicodedata.normalize("NFD", "Ở xã Hoà Bình, tỉnh Hòa Bình")
    found = registry.scanner().find(text)
    assert [text[m.start:m.end] == m.surface for m in found] == [True, True]
    assert [m.level_word for m in found] == [unicodedata.normalize("NFD", "xã"),
                                              unicodedata.normalize("NFD", "tỉnh")]


def test_an_empty_text_has_no_mentions(registry):
    assert registry.scanner().find("") == []


def test_the_scanner_is_built_once(registry):
    assert registry.scanner() is registry.scanner()
