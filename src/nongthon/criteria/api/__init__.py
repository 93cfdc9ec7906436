"""The criteria API: the shipped criteria sets, and the evaluator's verdict on a unit for a year."""
