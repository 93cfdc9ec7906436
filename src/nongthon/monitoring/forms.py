"""Data-entry forms for monitoring rows (used by the admin): a row is saved only over the version that was read.

Optimistic concurrency: the form carries the row's `updated_at` as it was when the page opened
(`version`). On save the row is read again under a lock (the admin saves inside a transaction)
and, if someone saved it meanwhile, the form is refused with a sentence saying who and when;
nothing is overwritten. `check_version` is shared with the API.
"""

from __future__ import annotations

import datetime

from django import forms
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class StaleVersion(Exception):
    """The row changed after the user read it; the message says when and asks to reload."""


def version_of(row) -> str:
    return row.updated_at.isoformat() if row.updated_at else ""


def check_version(row, version) -> None:
    """Lock `row` and raise `StaleVersion` unless it is still at `version` (an ISO time or datetime)."""
    if isinstance(version, str):
        version = parse_datetime(version.strip()) if version.strip() else None
    current = (type(row).objects.select_for_update().filter(pk=row.pk)
               .values_list("updated_at", flat=True).first())
    if current is None or version is None or _same_time(current, version):
        return
    # The format is translated: English readers get their own word order around the date.
    when = current.astimezone(datetime.UTC).strftime(_("%H:%M:%S ngày %d/%m/%Y (UTC)"))
    raise StaleVersion(_("Số liệu này đã được sửa lúc %(when)s, sau khi bạn mở nó; không ghi đè. "
                         "Hãy tải lại để xem giá trị mới rồi sửa lại.") % {"when": when})


def _same_time(a: datetime.datetime, b: datetime.datetime) -> bool:
    if (a.tzinfo is None) != (b.tzinfo is None):
        return False
    return a == b


class VersionedForm(forms.ModelForm):
    """A ModelForm refused when its row was saved by someone else after the form was opened."""

    version = forms.CharField(widget=forms.HiddenInput, required=False, label=gettext_lazy("phiên bản"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = version_of(self.instance)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            version = cleaned.get("version") or ""
            if not version:
                raise forms.ValidationError(_("Thiếu phiên bản của bản ghi; hãy tải lại trang rồi sửa."))
            try:
                check_version(self.instance, version)
            except StaleVersion as err:
                raise forms.ValidationError(str(err), code="stale") from err
        return cleaned
