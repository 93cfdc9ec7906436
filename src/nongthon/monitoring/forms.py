"""Data-entry forms for monitoring rows (used by the admin): a row is saved only over the version that was read.

Optimistic concurrency: the form carries the row's `updated_at` as it was when the page opened
(`version`). On save the row is read again under a lock (the admin saves inside a transaction)
and, if someone saved it meanwhile, the form is refused with a sentence saying who and when;
nothing is overwritten. `check_version` is shared with the API.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nongthon.extraction.numbers import parse_number


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


# --- numbers typed the Vietnamese way -----------------------------------------------------------

#: Digits a float carries exactly; a longer number would come back altered, so it is refused.
_EXACT_DIGITS = 15


def vietnamese_number(value: Decimal) -> str:
    """`Decimal("3600000.25")` → "3.600.000,25": dots between thousands, a comma before decimals."""
    text = format(value, ",f")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


class VietnameseNumberInput(forms.TextInput):
    """A text box showing its value as `vietnamese_number` whatever the reader's language, so a page
    sent back unchanged reads back the same value (an English "1.234" would read as 1234)."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, Decimal):
            return vietnamese_number(value)
        return super().format_value(value)


class VietnameseDecimalField(forms.DecimalField):
    """A number written as a Vietnamese office writes it: "3.600.000", "32,29", "1.234,5" (and "4.5").

    Read by `nongthon.extraction.numbers.parse_number`, the parser the document extraction uses, so a
    figure typed on a page and the same figure in a report mean the same; a leading minus is kept
    for the form's own checks to refuse with their message. An unreadable value is refused with a
    Vietnamese sentence naming the field by its label.
    """

    widget = VietnameseNumberInput

    def __init__(self, **kwargs):
        kwargs.setdefault("localize", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        negative = text[:1] in ("-", "\u2212")
        digits = text[1:] if negative else text
        number = parse_number(digits)
        if number is None:
            raise forms.ValidationError(
                _("%(label)s: không đọc được số “%(value)s”; hãy viết như 3.600.000 hoặc 32,29 "
                  "(dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân).")
                % {"label": self.label or _("Giá trị"), "value": str(value).strip()}, code="invalid")
        if sum(ch.isdigit() for ch in digits) > _EXACT_DIGITS:
            raise forms.ValidationError(
                _("%(label)s: số “%(value)s” dài quá %(n)s chữ số.")
                % {"label": self.label or _("Giá trị"), "value": str(value).strip(), "n": _EXACT_DIGITS},
                code="max_digits")
        result = Decimal(int(number)) if number.is_integer() else Decimal(str(number))
        return -result if negative else result
