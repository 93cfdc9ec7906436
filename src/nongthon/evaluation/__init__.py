"""Criteria sets as data and the evaluator that turns indicator values into verdicts with reasons.

Plain Python, no Django. Public API:

- `load_set(set_id)`, `list_sets()`, `load_set_file(path)`, `load_set_text(text, path)` → `CriteriaSet`;
  a bad file raises `SetFileError` whose `errors` name file, line and field.
- `evaluate(criteria_set, attributes: UnitAttributes, known: KnownData) -> Evaluation`.
- `read_known_data(path, year, criteria_set=None) -> KnownData` for CSV/JSON values files
  (`ValuesFileError`), `render_text(evaluation)` for a plain-text report.
"""

from nongthon.evaluation.evaluator import evaluate
from nongthon.evaluation.loader import list_sets, load_set, load_set_file, load_set_text
from nongthon.evaluation.model import (
    CriteriaSet,
    Criterion,
    Indicator,
    KnownData,
    LegalBasis,
    Recognition,
    Rule,
    Scope,
    Status,
    Threshold,
    Tier,
    UnitAttributes,
    Verification,
)
from nongthon.evaluation.reasons import format_number
from nongthon.evaluation.regions import COMMUNE_GROUPS, FLAGS, REGIONS
from nongthon.evaluation.report import render_text
from nongthon.evaluation.results import (
    Conflict,
    CriterionResult,
    Evaluation,
    IndicatorResult,
    MissingData,
    TierEligibility,
)
from nongthon.evaluation.values import ValuesFileError, read_known_data
from nongthon.evaluation.yamlnodes import SetError, SetFileError

__all__ = [
    "COMMUNE_GROUPS", "FLAGS", "REGIONS",
    "Conflict", "CriteriaSet", "Criterion", "CriterionResult", "Evaluation", "Indicator", "IndicatorResult",
    "KnownData", "LegalBasis", "MissingData", "Recognition", "Rule", "Scope", "SetError", "SetFileError",
    "Status", "Threshold", "Tier", "TierEligibility", "UnitAttributes", "ValuesFileError", "Verification",
    "evaluate", "format_number", "list_sets", "load_set", "load_set_file", "load_set_text", "read_known_data",
    "render_text",
]
