"""Shared fixtures. Tests under tests/pure need no database; tests under tests/db do."""

import os

from hypothesis import settings

# Local runs explore new random cases each time; CI (scripts/test sets HYPOTHESIS_PROFILE=ci) runs a fixed
# derivation of them so that a run on a clean checkout is reproducible. A case found locally is kept as an
# @example on its test.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
