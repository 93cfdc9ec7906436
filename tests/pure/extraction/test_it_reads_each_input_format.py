import io
import json

import pytest

from nongthon.extraction import read_corpus, read_path

ARTICLE = "Xã Tân Lập hoàn thành 19/19 tiêu chí nông thôn mới."


def test_it_reads_a_plain_text_file_as_nfc(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Xa\u0303 Tân Lập\n".encode())
    result = read_path(path)
    assert result.text == "Xã Tân Lập\n"
    assert result.format == "txt"


def test_it_keeps_the_article_of_a_saved_page_and_drops_the_boilerplate(tmp_path):
    page = f"""<!doctype html><html><head><title>Tin NTM</title>
    <meta property="article:published_time" content="2022-10-25T08:00:00"></head><body>
    <nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
    <div class="toolbar">PublishingPortal - Block_BanTin_Toolbar</div>
    <div class="share">Chia sẻ Facebook Zalo</div>
    <div class="article-content"><h1>Tân Lập về đích</h1>
    <p>Tăng cỡ chữ Giảm cỡ chữ</p><p>{ARTICLE}</p><p>HUYEN UY0.jpg</p><p>Đoạn thứ hai của bài.</p></div>
    <footer>Bản quyền thuộc về Cổng thông tin</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = read_path(path)
    assert ARTICLE in result.text
    assert "Đoạn thứ hai" in result.text
    for junk in ("Trang chủ", "PublishingPortal", "Chia sẻ", "Tăng cỡ chữ", "HUYEN UY0.jpg", "Bản quyền"):
        assert junk not in result.text
    assert result.title == "Tin NTM"
    assert result.date.isoformat() == "2022-10-25"


def test_it_reads_a_word_document(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Huyện Bắc Sơn")
    document.add_paragraph(ARTICLE)
    path = tmp_path / "report.docx"
    document.save(path)
    result = read_path(path)
    assert result.format == "docx"
    assert ARTICLE in result.text


def test_it_reads_the_text_layer_of_a_pdf(tmp_path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    from reportlab.lib.pagesizes import A4

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.drawString(72, 760, "Tong thu ngan sach dat 34 ty dong")
    page.save()
    path = tmp_path / "report.pdf"
    path.write_bytes(buffer.getvalue())
    result = read_path(path)
    assert result.format == "pdf"
    assert "34 ty dong" in result.text


def test_it_reads_a_jsonl_corpus_one_document_per_row(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": "a", "text": ARTICLE, "date": "2020-09-15"}, {"id": "b", "text": "Không có gì.", "title": "B"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    documents = list(read_corpus(path))
    assert [d.id for d in documents] == ["a", "b"]
    assert documents[0].date.isoformat() == "2020-09-15"
    assert documents[1].title == "B"


def test_it_reads_a_parquet_corpus_one_document_per_row(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.table({"id": ["a", "b"], "text": [ARTICLE, "Không có gì."]}), path)
    assert [d.text for d in read_corpus(path)] == [ARTICLE, "Không có gì."]
