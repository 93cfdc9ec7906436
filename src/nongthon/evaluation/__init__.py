"""Criteria sets as data and the evaluator that turns indicator values into verdicts with reasons.

Plain Python, no Django.
"""
