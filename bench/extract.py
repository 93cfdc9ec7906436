"""Throughput of `nongthon extract` end to end (read → clean → extract → JSON), in MB/s of text.

Builds a corpus by repeating and mixing the seed and development-set articles, then times the
extraction with 1 and 2 worker processes (median of several runs), and beside it the tool a
user would otherwise reach for: underthesea's word segmentation + NER over the same texts
(if underthesea is installed; it is not a project dependency).

usage: python bench/extract.py [--mb 4] [--runs 3] [--peer-mb 0.3] [--stages]

`--stages` adds one pass in this process that times each stage of the pipeline (CPU seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "data" / "extraction" / "seeds", ROOT / "tests" / "data" / "devset" / "docs"]


def texts() -> list[str]:
    found = [p.read_text(encoding="utf-8") for folder in SOURCES if folder.exists() for p in sorted(folder.glob("*.txt"))]
    if not found:
        sys.exit("no seed or devset texts found under tests/data")
    return found


def build_corpus(folder: Path, megabytes: float) -> int:
    """Files made by mixing paragraphs of the real articles; returns the bytes written."""
    rng = random.Random(7)
    pool = texts()
    target = int(megabytes * 1_000_000)
    written = 0
    index = 0
    while written < target:
        first, second = rng.sample(pool, 2)
        paragraphs = first.split("\n\n") + second.split("\n\n")[1:]
        data = "\n\n".join(paragraphs).encode("utf-8")
        (folder / f"doc_{index:05d}.txt").write_bytes(data)
        written += len(data)
        index += 1
    return written


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_extract(folder: Path, workers: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process and its workers) of one end-to-end run."""
    from nongthon.extraction.runner import run

    start, cpu = time.perf_counter(), _cpu()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for outcome in run([folder], workers=workers):
            for fact in outcome.facts:
                sink.write(json.dumps(fact, ensure_ascii=False) + "\n")
    return time.perf_counter() - start, _cpu() - cpu


STAGES = ("read_path", "skipped_lines", "find_dateline", "recase_capitals", "segment", "find_units", "Context", "find_facts", "emit")


def time_stages(folder: Path) -> tuple[dict[str, float], float]:
    """CPU seconds of each stage of `extract_path` (and of the JSON) over the corpus, and the total."""
    from nongthon.extraction import pipeline
    from nongthon.extraction.runner import expand

    spent = dict.fromkeys((*STAGES, "json"), 0.0)
    originals = {name: getattr(pipeline, name) for name in STAGES}

    def timed(name, function):
        def call(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start
        return call

    for name, function in originals.items():
        setattr(pipeline, name, timed(name, function))
    try:
        start = time.process_time()
        for path in expand([folder]):
            facts = pipeline.extract_path(path)
            began = time.process_time()
            for fact in facts:
                json.dumps(fact, ensure_ascii=False)
            spent["json"] += time.process_time() - began
        total = time.process_time() - start
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    return spent, total


def time_peer(sample: list[str]) -> tuple[float | None, float | None, str]:
    try:
        from underthesea import ner, word_tokenize
    except ImportError:
        return None, None, "underthesea not installed (pip install underthesea to compare)"
    try:
        ner("Xã Tân Lập, huyện Bắc Sơn.")
    except Exception as err:  # NER models that need a download fail offline
        label = f"underthesea NER unavailable offline ({type(err).__name__}); word segmentation only"
        tasks = [word_tokenize]
    else:
        label = "underthesea word_tokenize + ner"
        tasks = [word_tokenize, ner]
    start, cpu = time.perf_counter(), _cpu()
    for text in sample:
        for line in text.split("\n"):
            if line.strip():
                for task in tasks:
                    task(line)
    return time.perf_counter() - start, _cpu() - cpu, label


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="size of the corpus (MB of text)")
    parser.add_argument("--runs", type=int, default=3, help="runs per setting; the median is reported")
    parser.add_argument("--peer-mb", type=float, default=0.3, help="MB of text given to underthesea")
    parser.add_argument("--stages", action="store_true", help="also time each stage of the pipeline")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from nongthon.extraction.pipeline import default_registry

    default_registry()  # loaded once before timing, as a long-running worker would have it
    print(f"cores: {os.cpu_count()}, load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, args.mb)
        mb = size / 1_000_000
        print(f"corpus: {len(list(folder.iterdir()))} files, {mb:.2f} MB of text (seed + devset articles, mixed)")
        results = {}
        for workers in (1, 2):
            runs = [time_extract(folder, workers) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            results[workers] = mb / wall
            print(f"nongthon extract, {workers} worker(s): {results[workers]:.2f} MB/s wall clock, "
                  f"{mb / cpu:.2f} MB per CPU-second (median of {args.runs}: "
                  f"{wall:.2f} s wall, {cpu:.2f} s CPU)")
        print(f"scaling 1 → 2 workers: ×{results[2] / results[1]:.2f} wall clock "
              f"(cores: {os.cpu_count()}, load average now {' '.join(f'{x:.1f}' for x in os.getloadavg())})")
        if args.stages:
            spent, total = time_stages(folder)
            print(f"stages (one pass, 1 process, {total:.2f} s CPU): " + ", ".join(
                f"{name} {100 * seconds / total:.1f} %" for name, seconds in
                sorted(spent.items(), key=lambda item: -item[1])))
    pool = texts()
    sample, total = [], 0
    while total < args.peer_mb * 1_000_000:
        text = pool[len(sample) % len(pool)]
        sample.append(text)
        total += len(text.encode("utf-8"))
    seconds, cpu, label = time_peer(sample)
    if seconds is None:
        print(f"peer: {label}")
    else:
        print(f"peer: {label}, 1 process: {total / 1_000_000 / seconds:.3f} MB/s wall clock, "
              f"{total / 1_000_000 / cpu:.3f} MB per CPU-second ({total / 1_000_000:.2f} MB in {seconds:.1f} s)")


if __name__ == "__main__":
    main()
