"""Read stage: a file (txt, html, docx, pdf) or a corpus (JSONL, Parquet) to documents.

Every failure raises ReadError naming the file; nothing is half-produced.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

from nongthon.extraction.clean import html_to_text
from nongthon.extraction.decode import decode_bytes, fix_legacy
from nongthon.extraction.numbers import find_dateline
from nongthon.extraction.records import CorpusRow, ReadError, ReadResult

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
CORPUS_SUFFIXES = {".jsonl", ".parquet"}
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def read_path(path: str | Path) -> ReadResult:
    """Read one document file; raises ReadError naming the file when it cannot."""
    path = Path(path)
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(name, err.strerror or str(err)) from None
    return read_bytes(data, name, suffix=path.suffix.lower())


def read_bytes(data: bytes, name: str, suffix: str = "") -> ReadResult:
    """Read a document given as bytes; the suffix (or the content) says its format."""
    if not data.strip():
        raise ReadError(name, "empty file")
    kind = _format_of(data, suffix)
    if kind == "docx":
        text, title, encoding = _read_docx(data, name)
        published = None
    elif kind == "pdf":
        text, title, encoding = _read_pdf(data, name)
        published = None
    elif kind == "html":
        html, encoding = _decode_html(data, name)
        text, title, published = html_to_text(html)
    else:
        text, encoding = decode_bytes(data, name)
        title, published = None, None
    if kind != "txt":  # decode_bytes gives NFC text: a second pass over it would find nothing to change
        text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise ReadError(name, "no text in the document")
    date = _parse_published(published) or find_dateline(text)
    return ReadResult(text=text, title=title, date=date, format=kind, encoding=encoding)


def _format_of(data: bytes, suffix: str) -> str:
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in HTML_SUFFIXES:
        return "html"
    head = data[:2000].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def _decode_html(data: bytes, name: str) -> tuple[str, str]:
    m = _META_CHARSET.search(data[:4000])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)


def _read_docx(data: bytes, name: str) -> tuple[str, str | None, str]:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise ReadError(name, f"not a readable .docx file ({err})") from None
    except Exception as err:  # python-docx raises its own errors for broken packages
        raise ReadError(name, f"not a readable .docx file ({type(err).__name__}: {err})") from None
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.append(" | ".join(cell.text for cell in row.cells))
    raw = "\n\n".join(b.strip() for b in blocks if b.strip())
    text, legacy = fix_legacy(raw)
    title = document.core_properties.title or None
    return text, title, legacy or "unicode"


def _read_pdf(data: bytes, name: str) -> tuple[str, str | None, str]:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except Exception as err:  # pypdf raises many kinds for damaged files
        raise ReadError(name, f"not a readable .pdf file ({type(err).__name__}: {err})") from None
    raw = "\n\n".join(p.strip() for p in pages if p.strip())
    if not raw.strip():
        raise ReadError(name, "the PDF has no text layer (a scan needs OCR first)")
    text, legacy = fix_legacy(raw)
    return text, (str(title) if title else None), legacy or "unicode"


def _parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", value.strip())
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    return None


def read_corpus(path: str | Path) -> Iterator[CorpusRow]:
    """Documents of a JSONL or Parquet corpus (fields id, text, optional date and title)."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        yield from _read_parquet(path)
    else:
        yield from _read_jsonl(path)


def _row(record: dict, where: str) -> CorpusRow:
    if not isinstance(record, dict) or "text" not in record or "id" not in record:
        raise ReadError(where, "a corpus row needs the fields id and text")
    text = record["text"]
    if not isinstance(text, str):
        raise ReadError(where, "the field text must be a string")
    text, _ = fix_legacy(text.replace("\r\n", "\n"))
    date = record.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    elif isinstance(date, str):
        date = _parse_published(date)
    elif not isinstance(date, dt.date):
        date = None
    return CorpusRow(id=str(record["id"]), text=text, date=date, title=record.get("title"))


def _read_jsonl(path: Path) -> Iterator[CorpusRow]:
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as err:
        raise ReadError(str(path), err.strerror or str(err)) from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ReadError(f"{path}:{number}", f"not JSON ({err.msg})") from None
                yield _row(record, f"{path}:{number}")
        except UnicodeDecodeError:
            raise ReadError(str(path), "a JSONL corpus must be UTF-8") from None


def _read_parquet(path: Path) -> Iterator[CorpusRow]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises ArrowInvalid, OSError and others
        raise ReadError(str(path), f"not a readable Parquet file ({err})") from None
    if "text" not in parquet.schema_arrow.names or "id" not in parquet.schema_arrow.names:
        raise ReadError(str(path), "a corpus needs the columns id and text")
    row_number = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            row_number += 1
            yield _row(record, f"{path}:row {row_number}")
