import io

import pytest

from nongthon.extraction import ReadError, read_path


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("image.txt", bytes(range(256)) * 8, "binary"),
    ("broken.docx", b"PK\x03\x04 this is not really a zip archive", "docx"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "pdf"),
])
def test_a_bad_file_raises_a_read_error_naming_it(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert name in str(err.value)
    assert reason in str(err.value).lower()


def test_a_truncated_word_document_is_refused(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Xã Tân Lập đạt chuẩn nông thôn mới")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "cut.docx"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(ReadError, match="cut.docx"):
        read_path(path)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(ReadError, match="nowhere.txt"):
        read_path(tmp_path / "nowhere.txt")


def test_text_in_no_known_encoding_is_refused(tmp_path):
    path = tmp_path / "mystery.txt"
    path.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 50)
    with pytest.raises(ReadError, match="mystery.txt"):
        read_path(path)
