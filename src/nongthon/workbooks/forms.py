from django import forms
from django.utils.translation import gettext_lazy as _


def _current_year() -> int:
    import datetime

    return datetime.date.today().year


class WorkbookRequestForm(forms.Form):
    """A province and year, for a blank template or an export."""

    province = forms.CharField(label=_("Mã tỉnh"), max_length=10, help_text=_("Ví dụ 20 (Lạng Sơn)."),
                               widget=forms.TextInput(attrs={"list": "provinces", "size": 6}))
    year = forms.IntegerField(label=_("Năm"), min_value=1990, max_value=2100, initial=_current_year)
    set = forms.CharField(label=_("Bộ tiêu chí"), max_length=60, required=False,
                          help_text=_("Để trống: bộ tiêu chí xã quốc gia của năm."))


class WorkbookImportForm(forms.Form):
    """An .xlsx file filled in from the template."""

    file = forms.FileField(label=_("Tệp .xlsx"))
