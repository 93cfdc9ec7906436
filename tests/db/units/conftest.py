import datetime as dt

import pytest

from nongthon.units.models import LineageEvent, LineageLink, Unit, UnitAttribute


def clear_units() -> None:
    """Remove every unit, fast: raw deletes, children before parents, nothing to audit."""
    from django.db import connection

    with connection.cursor() as cursor:
        for model in (UnitAttribute, LineageLink, LineageEvent):
            cursor.execute(f"DELETE FROM {model._meta.db_table}")
        for level in ("thon", "xa", "huyen", "tinh"):
            cursor.execute(f"DELETE FROM {Unit._meta.db_table} WHERE level = %s", [level])


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The whole registry in the database, loaded once for the module and removed after it."""
    from nongthon.units.operations import load_units

    with django_db_blocker.unblock():
        clear_units()
        report = load_units()
        yield report
        clear_units()


def commune(key: str, name: str, parent: Unit | None = None, **extra) -> Unit:
    code, _, start = key.partition("@")
    fields = {"kind": "xa", "level": "xa", "valid_from": None if start == "-" else dt.date.fromisoformat(start)}
    fields.update(extra)
    return Unit.objects.create(key=key, code=code, name=name, parent=parent, **fields)
