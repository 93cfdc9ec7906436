"""The administrative-unit registry as plain Python: units with validity, lineage, resolver, scanner.

Knows nothing of Django; the `units` app stores the same data in the database.
"""
