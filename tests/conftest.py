"""Shared fixtures. Tests under tests/pure need no database; tests under tests/db do."""
