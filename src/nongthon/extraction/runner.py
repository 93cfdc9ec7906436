"""Running extraction over many files: one process, a pool of workers, or a Dask cluster.

Each input is a document file (txt, html, docx, pdf) or a corpus (JSONL or Parquet, one
document per row). A file that cannot be read yields an error naming it; the others go on.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from nongthon.extraction.pipeline import default_registry, extract, extract_path
from nongthon.extraction.read import CORPUS_SUFFIXES, DOCUMENT_SUFFIXES, read_corpus
from nongthon.extraction.records import CorpusRow, ExtractOptions, ReadError


@dataclass(frozen=True)
class Outcome:
    """What came of one document: its facts, or the error that stopped it."""

    name: str
    facts: tuple[dict, ...] = ()
    error: str | None = None


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the document and corpus files under directories named, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file()
                              and p.suffix.lower() in DOCUMENT_SUFFIXES | CORPUS_SUFFIXES and p.suffix))
        else:
            out.append(path)
    return out


def _file_outcome(path: str, options: ExtractOptions | None = None) -> Outcome:
    try:
        return Outcome(path, tuple(extract_path(path, options)))
    except ReadError as err:
        return Outcome(path, error=str(err))
    except Exception as err:  # a bug in one rule must not stop a run over many files
        return Outcome(path, error=f"{path}: extraction failed ({type(err).__name__}: {err})")


def _row_outcome(row: CorpusRow, options: ExtractOptions | None = None) -> Outcome:
    return Outcome(row.id, tuple(extract(row.text, row.id, row.date, options=options)))


def _work(item) -> Outcome:
    kind, payload, options = item
    return _file_outcome(payload, options) if kind == "file" else _row_outcome(payload, options)


def _items(paths: list[Path], options: ExtractOptions | None, errors: list[Outcome]) -> Iterator[tuple]:
    for path in paths:
        if path.suffix.lower() in CORPUS_SUFFIXES:
            try:
                for row in read_corpus(path):
                    yield ("row", row, options)
            except ReadError as err:
                errors.append(Outcome(str(path), error=str(err)))
        else:
            yield ("file", str(path), options)


def run(paths: Iterable[str | Path], workers: int = 1, options: ExtractOptions | None = None,
        on_progress: Callable[[int], None] | None = None) -> Iterator[Outcome]:
    """Outcomes in input order; `workers` > 1 spreads documents over processes."""
    files = expand(paths)
    errors: list[Outcome] = []
    items = _items(files, options, errors)
    done = 0
    if workers <= 1:
        results: Iterable[Outcome] = map(_work, items)
        pool = None
    else:
        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        if context.get_start_method() == "fork" and (options is None or options.use_registry):
            default_registry()  # loaded once here and shared by the forked workers, instead of once in each
        pool = context.Pool(workers)
        results = pool.imap(_work, items, chunksize=8)
    try:
        for outcome in results:
            done += 1
            if on_progress:
                on_progress(done)
            yield outcome
            while errors:
                yield errors.pop(0)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    yield from errors


def count_inputs(paths: Iterable[str | Path]) -> int:
    return len(expand(paths))


# Dask: the same pure extraction over a corpus too big for one machine.

FACT_COLUMNS = ("doc", "type", "evidence", "span_start", "span_end", "confidence", "fact")


def extract_rows(rows: list[dict]) -> list[dict]:
    """Facts of a batch of corpus rows, flattened to the columns of the output table."""
    out = []
    for record in rows:
        row = CorpusRow(id=str(record["id"]), text=record.get("text") or "", date=_as_date(record.get("date")))
        for fact in extract(row.text, row.id, row.date):
            span = fact.get("span") or [None, None]
            out.append({"doc": fact["doc"], "type": fact["type"], "evidence": fact["evidence"],
                        "span_start": span[0], "span_end": span[1], "confidence": fact.get("confidence"),
                        "fact": json.dumps(fact, ensure_ascii=False)})
    return out


def _as_date(value):
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def run_dask(corpus: str | Path, out: str | Path, scheduler: str | None = None, client=None,
             batch_rows: int = 256) -> int:
    """Extract a Parquet or JSONL corpus on a Dask cluster and write the facts as Parquet; returns their count."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from dask.distributed import Client

    own = client is None
    if own:
        client = Client(scheduler) if scheduler else Client(processes=False)
    try:
        batches, batch = [], []
        for row in read_corpus(corpus):
            batch.append({"id": row.id, "text": row.text, "date": row.date.isoformat() if row.date else None})
            if len(batch) >= batch_rows:
                batches.append(batch)
                batch = []
        if batch:
            batches.append(batch)
        futures = client.map(extract_rows, batches, pure=False)
        rows = [fact for result in client.gather(futures) for fact in result]
    finally:
        if own:
            client.close()
    schema = pa.schema([("doc", pa.string()), ("type", pa.string()), ("evidence", pa.string()),
                        ("span_start", pa.int64()), ("span_end", pa.int64()), ("confidence", pa.float64()),
                        ("fact", pa.string())])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, str(out))
    return len(rows)
