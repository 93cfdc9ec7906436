"""`nongthon extract` as a user runs it: a subprocess of the console script."""

import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "data" / "extraction" / "seeds"


def run(*args, tmp_path):
    env = {**os.environ, "NONGTHON_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "nongthon", "extract", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=600)  # generous: CI machines can be loaded


def test_it_prints_one_fact_per_line_with_the_file_name_as_doc(tmp_path):
    seed = next(SEEDS.glob("003_*.txt"))
    result = run(seed, "--format", "jsonl", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert facts and {f["doc"] for f in facts} == {seed.stem}
    assert all("evidence" in f and "span" in f for f in facts)


def test_a_bad_file_is_named_on_stderr_the_others_are_still_extracted_and_the_exit_is_non_zero(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    seed = next(SEEDS.glob("000_*.txt"))
    result = run(bad, seed, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "broken.pdf" in result.stderr
    assert any(json.loads(line)["doc"] == seed.stem for line in result.stdout.splitlines())


def test_workers_give_the_same_facts_in_the_same_order(tmp_path):
    one = run(SEEDS, tmp_path=tmp_path)
    two = run(SEEDS, "--workers", "2", tmp_path=tmp_path)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout


def test_the_table_format_has_a_header_and_a_row_per_fact(tmp_path):
    seed = next(SEEDS.glob("002_*.txt"))
    result = run(seed, "--format", "table", tmp_path=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["doc", "type"]
    assert len(lines) > 5


def test_a_jsonl_corpus_is_extracted_row_by_row(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))[:2]]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = run(corpus, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {r["id"] for r in rows}
