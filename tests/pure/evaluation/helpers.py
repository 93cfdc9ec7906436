"""Small builders shared by the evaluation tests."""

from __future__ import annotations

from pathlib import Path

from nongthon.evaluation import load_set_file, load_set_text

FIXTURES = Path(__file__).parent / "fixtures"

HEADER = """\
id: thu
title: Bộ thử
legal_basis: {number: 1/QĐ-TTg, date: 2022-03-08, issuer: Thủ tướng Chính phủ}
period: {from: 2021, to: 2025}
scope: xa
tier: dat_chuan
"""


def set_from_text(body: str, header: str = HEADER):
    """A set written literally in the test (header plus the given criteria)."""
    return load_set_text(header + body, "thu.yaml")


def provincial_fixture():
    return load_set_file(FIXTURES / "tinh-thu-nghiem-2022-xa.yaml")
