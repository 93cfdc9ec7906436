"""Decode stage: bytes or legacy-font text to Unicode NFC.

Handles UTF-8 (with or without BOM), UTF-16, Windows-1258 (decomposed tone marks) and the
legacy Vietnamese font encodings TCVN3 (ABC) and VNI, whose text reaches us as Latin-1
looking glyphs ("x· n«ng th«n míi"). The TCVN3 and VNI tables come from `viparse`
(MIT licence, pure Python, works offline); we only decide when to apply them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from nongthon.extraction.records import ReadError

# Vietnamese letters outside Latin-1: present in real Unicode Vietnamese, absent from
# legacy-font text.
_VIETNAMESE = re.compile("[ăĂơƠưƯđĐ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
# Glyphs that TCVN3 and VNI put where Vietnamese letters should be.
_LEGACY_TELL = re.compile("[\u00a1-\u00ff\u2212\u2219]")
# Latin-1 letters that are ordinary in Vietnamese Unicode text.
_ORDINARY_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_COMBINING_TONES = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _at_least(pattern: re.Pattern, text: str, count: int) -> bool:
    """Whether `pattern` occurs `count` times in `text`, counting no further than that."""
    if count <= 0:
        return True
    for seen, _ in enumerate(pattern.finditer(text), 1):
        if seen >= count:
            return True
    return False


def _looks_vietnamese(text: str) -> bool:
    return _at_least(_VIETNAMESE, text[:20000], max(1, len(text[:20000]) // 400))


def legacy_encoding_of(text: str) -> str | None:
    """'tcvn3' or 'vni' when the text is a legacy font encoding read as Latin-1, else None."""
    sample = text[:20000]
    if _VIETNAMESE.search(sample) and _looks_vietnamese(sample):
        return None
    tells = [c for c in _LEGACY_TELL.findall(sample) if c not in _ORDINARY_LATIN1]
    if len(tells) < 2:
        return None
    import viparse

    found = viparse.detect_text_encoding(sample)
    return found if found in {"tcvn3", "vni"} else None


def fix_legacy(text: str) -> tuple[str, str | None]:
    """Convert legacy-font text to Unicode NFC; returns the text and the encoding found."""
    encoding = legacy_encoding_of(text)
    if encoding is None:
        return unicodedata.normalize("NFC", text), None
    import viparse

    return viparse.fix(text, encoding=encoding), encoding


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Text (NFC, newlines as \\n) and the encoding it was written in; ReadError if not text."""
    if not data.strip():
        raise ReadError(name, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8", name), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "utf-16"
    elif (wide := _utf16_without_bom(data)) is not None:
        text, encoding = _strict(data, wide, name), wide
    else:
        if b"\x00" in data[:8000]:
            raise ReadError(name, "binary content, not a text document")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _eight_bit(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _at_least(_CONTROL, text[:8000], max(8, len(text[:8000]) // 50) + 1):
        raise ReadError(name, "binary content, not a text document")
    converted = True
    if encoding not in {"tcvn3", "vni"}:
        text, legacy = fix_legacy(text)
        encoding = legacy or encoding
        converted = legacy is not None  # else fix_legacy gave the text in NFC already
    if not text.strip():
        raise ReadError(name, "no text")
    return (unicodedata.normalize("NFC", text) if converted else text), encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ReadError(name, f"not valid {encoding} text ({err.reason} at byte {err.start})") from None


def _eight_bit(data: bytes, name: str) -> tuple[str, str]:
    """An 8-bit file: Windows-1258 when it reads as Vietnamese, else a legacy font encoding."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    # Windows-1258 writes most tone marks as combining characters: they are its signature.
    if text is not None and len(_COMBINING_TONES.findall(text)) >= max(1, len(text) // 60):
        return unicodedata.normalize("NFC", text), "windows-1258"
    latin = data.decode("latin-1")
    legacy = legacy_encoding_of(latin)
    if legacy is None:
        cp1252 = data.decode("cp1252", errors="replace")
        legacy = legacy_encoding_of(cp1252)
        if legacy is not None:
            latin = cp1252
    if legacy is None:
        raise ReadError(name, "cannot tell the text encoding (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)")
    import viparse

    return viparse.fix(latin, encoding=legacy), legacy
