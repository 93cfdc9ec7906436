"""Reading Vietnamese documents into facts with evidence (see the stage list in pipeline.py).

Plain Python, no Django. The public surface:

- `read_path(path) -> ReadResult` and `read_corpus(path) -> Iterator[CorpusRow]`, raising `ReadError`;
- `extract(text, doc_id, doc_date=None, registry=None, options=None) -> list[dict]`;
- `extract_path(path)`, `ExtractOptions`, `ReadResult`, `CorpusRow`.
"""

from nongthon.extraction.pipeline import extract, extract_path
from nongthon.extraction.read import read_bytes, read_corpus, read_path
from nongthon.extraction.records import CorpusRow, ExtractOptions, ReadError, ReadResult

__all__ = [
    "CorpusRow", "ExtractOptions", "ReadError", "ReadResult", "extract", "extract_path", "read_bytes",
    "read_corpus", "read_path",
]
