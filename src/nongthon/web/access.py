"""Who may write, asked of the `accounts` app (`authz`) when it is installed.

Pages and the API call these before a domain operation; none decides anything itself. Without
the accounts app, a signed-in user with Django's model permission may write (the API) and any
signed-in user may review (the pages), as before roles existed.
"""

from __future__ import annotations

from django.apps import apps


def accounts_installed() -> bool:
    return apps.is_installed("nongthon.accounts")


def check_review(user, fact, unit=None) -> None:
    """Raise `PermissionDenied` (its message a Vietnamese reason) unless the user may review the fact.

    `unit` is the unit the reviewer chose for a fact whose own was not resolved.
    """
    if not accounts_installed():
        return
    from nongthon.accounts.authz import require_write, target_of
    from nongthon.accounts.choices import Action

    target, on = target_of(fact)
    require_write(user, unit or target, on, Action.REVIEW_FACT)


def check_write(user, row) -> None:
    """Raise `PermissionDenied` unless the user may enter or change this monitoring row."""
    if not accounts_installed():
        return
    from nongthon.accounts.authz import require_write_on
    from nongthon.accounts.choices import Action

    require_write_on(user, row, Action.EDIT_MONITORING)
