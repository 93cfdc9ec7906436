import codecs
import unicodedata

from nongthon.extraction import read_path
from nongthon.extraction.decode import decode_bytes, fix_legacy

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def windows_1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: base letters precomposed, tone marks as combining characters."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(p for p in parts if p in TONES)
        out.append(unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES)) + tones)
    return "".join(out).encode("cp1258")


def test_it_converts_tcvn3_text_read_as_latin1(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("x· n«ng th«n míi ®¹t chuÈn, huyÖn B¾c S¬n".encode("latin-1"))
    result = read_path(path)
    assert result.text == "xã nông thôn mới đạt chuẩn, huyện Bắc Sơn"
    assert result.encoding == "tcvn3"


def test_it_converts_vni_text_read_as_latin1(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("xaõ noâng thoân môùi ñaït chuaån".encode("cp1252"))
    result = read_path(path)
    assert result.text == "xã nông thôn mới đạt chuẩn"
    assert result.encoding == "vni"


def test_it_converts_legacy_glyphs_inside_a_unicode_string():
    text, encoding = fix_legacy("x· n«ng th«n míi")
    assert (text, encoding) == ("xã nông thôn mới", "tcvn3")


def test_it_leaves_ordinary_unicode_vietnamese_alone():
    text = "Xã Tân Lập hoàn thành 19/19 tiêu chí nông thôn mới, đạt 95% kế hoạch."
    assert fix_legacy(text) == (text, None)


def test_it_decodes_windows_1258_with_decomposed_tone_marks_to_nfc():
    original = "Xã Nhất Tiến đạt chuẩn nông thôn mới năm 2019"
    text, encoding = decode_bytes(windows_1258(original), "w.txt")
    assert encoding == "windows-1258"
    assert text == original
    assert unicodedata.is_normalized("NFC", text)


def test_it_decodes_utf16_with_and_without_a_byte_order_mark():
    original = "Huyện Bạch Thông có 3/13 xã đạt chuẩn nông thôn mới"
    assert decode_bytes(original.encode("utf-16"), "a.txt")[0] == original
    assert decode_bytes(original.encode("utf-16-le"), "b.txt")[0] == original
    assert decode_bytes(codecs.BOM_UTF8 + original.encode(), "c.txt") == (original, "utf-8-sig")
