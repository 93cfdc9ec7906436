import json
from pathlib import Path

import pytest

from nongthon.extraction import extract
from nongthon.extraction.runner import run_dask

SEEDS = Path(__file__).resolve().parents[2] / "data" / "extraction" / "seeds"


def test_a_parquet_corpus_gives_the_same_facts_on_a_local_dask_cluster(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    from dask.distributed import Client, LocalCluster

    paths = sorted(SEEDS.glob("*.txt"))
    corpus = tmp_path / "corpus.parquet"
    pq.write_table(pa.table({"id": [p.stem for p in paths],
                             "text": [p.read_text(encoding="utf-8") for p in paths]}), corpus)
    out = tmp_path / "facts.parquet"
    with LocalCluster(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        count = run_dask(corpus, out, client=client, batch_rows=2)
    table = pq.read_table(out).to_pylist()
    assert count == len(table) > 0
    expected = [f for p in paths for f in extract(p.read_text(encoding="utf-8"), p.stem)]
    assert sorted(row["fact"] for row in table) == sorted(json.dumps(f, ensure_ascii=False) for f in expected)
