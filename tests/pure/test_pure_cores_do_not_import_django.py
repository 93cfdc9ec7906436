import subprocess
import sys

import pytest

PURE = ["nongthon.registry", "nongthon.evaluation", "nongthon.extraction"]


@pytest.mark.parametrize("package", PURE)
def test_a_pure_core_imports_without_django(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{package} imported Django modules: {out.stdout.strip()}"
