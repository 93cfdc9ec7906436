"""Forms of the dossier pages; each step form carries what its operation needs, nothing more."""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from nongthon.dossiers.choices import DocumentKind, DossierState, StepKind
from nongthon.monitoring.choices import Tier


class DossierFilterForm(forms.Form):
    state = forms.ChoiceField(label=_("Trạng thái"), required=False,
                              choices=[("", _("Tất cả"))] + list(DossierState.choices))
    year = forms.IntegerField(label=_("Năm"), required=False, min_value=1990, max_value=2100)
    mine = forms.BooleanField(label=_("Chỉ hồ sơ chờ tôi"), required=False)


class DossierCreateForm(forms.Form):
    unit = forms.CharField(label=_("Khóa đơn vị"), max_length=40,
                           help_text=_("Khóa của đơn vị trên trang đơn vị, ví dụ 06100@2008-01-01."))
    year = forms.IntegerField(label=_("Năm xét công nhận"), min_value=2010, max_value=2100,
                              initial=lambda: datetime.date.today().year)
    tier = forms.ChoiceField(label=_("Mức"), choices=Tier.choices, initial=Tier.DAT_CHUAN)

    def clean_unit(self):
        from nongthon.units.models import Unit

        key = self.cleaned_data["unit"].strip()
        unit = Unit.objects.filter(key=key).first()
        if unit is None:
            raise forms.ValidationError(_("Không có đơn vị khóa %(key)s.") % {"key": key})
        return unit


class SurveyForm(forms.Form):
    percent = forms.DecimalField(label=_("Tỷ lệ người dân hài lòng (%)"), min_value=0, max_value=100,
                                 max_digits=5, decimal_places=2)
    note = forms.CharField(label=_("Ghi chú"), max_length=300, required=False)


class StepForm(forms.Form):
    """Submit, verify, appraise: a note is optional."""

    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReturnForm(forms.Form):
    reasons = forms.CharField(label=_("Lý do trả lại"), widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    number = forms.CharField(label=_("Số quyết định"), max_length=120)
    date = forms.DateField(label=_("Ngày quyết định"), widget=forms.DateInput(attrs={"type": "date"}))
    signer = forms.CharField(label=_("Người ký"), max_length=200)
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RevokeForm(DecisionForm):
    reasons = forms.CharField(label=_("Lý do thu hồi"), widget=forms.Textarea(attrs={"rows": 3}))
    note = None


class AttachForm(forms.Form):
    kind = forms.ChoiceField(label=_("Loại giấy tờ"), choices=DocumentKind.choices)
    title = forms.CharField(label=_("Tên, số hiệu"), max_length=300, required=False)
    file = forms.FileField(label=_("Tệp (PDF, Word, Excel, ảnh)"))


#: The form each step takes.
STEP_FORMS = {
    StepKind.SUBMIT: StepForm, StepKind.VERIFY: StepForm, StepKind.APPRAISE: StepForm,
    StepKind.RETURN: ReturnForm, StepKind.RECOGNISE: DecisionForm, StepKind.REVOKE: RevokeForm,
}
