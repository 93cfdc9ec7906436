import subprocess
import sys
import time
from pathlib import Path

from nongthon.registry import provenance
from nongthon.registry.store import DATA_FILE

PACKAGE = Path(__file__).resolve().parents[3] / "src" / "nongthon" / "registry"


def test_the_data_file_is_small():
    assert DATA_FILE.stat().st_size < 5_000_000


def test_provenance_names_every_source_with_its_checksum_and_rows():
    record = provenance()
    files = {s["file"] for s in record["sources"]}
    assert "conversion-2025-07-01.csv" in files and "communes-2020-02-25.csv" in files
    assert all(len(s["sha256"]) == 64 for s in record["sources"])
    assert record["aliases_from"]["licence"].startswith("MIT")
    assert record["output"]["units"] > 15000


def test_the_package_never_reads_the_shared_folder_at_run_time():
    for path in PACKAGE.rglob("*.py"):
        assert "shared" not in path.read_text(encoding="utf-8"), path


def test_loading_takes_well_under_two_seconds():
    # CPU time, so a busy machine does not fail the test; the bench reports wall time.
    code = ("import time; t = time.process_time(); from nongthon.registry import load_registry; "
            "load_registry(); print(time.process_time() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 2.0


def test_load_registry_is_cached():
    from nongthon.registry import load_registry

    load_registry()
    t = time.perf_counter()
    assert load_registry() is load_registry()
    assert time.perf_counter() - t < 0.01
