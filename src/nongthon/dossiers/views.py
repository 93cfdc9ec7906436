"""Dossier pages: the dashboard of who each dossier waits on, a dossier with its steps, and the step forms.

Views only declare what they show and hand each form to `dossiers.operations`, which asks
`accounts.authz`; a refusal answers 403 with the dossier page and the reason, a step the state does
not allow answers 409 with the reason.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from nongthon.accounts.authz import can_write
from nongthon.accounts.choices import Action
from nongthon.dossiers import operations as ops
from nongthon.dossiers.choices import DossierState, StepKind
from nongthon.dossiers.forms import STEP_FORMS, AttachForm, DossierCreateForm, DossierFilterForm, SurveyForm
from nongthon.dossiers.models import Dossier, DossierDocument

LIST_SIZE = 300


class DossierListView(LoginRequiredMixin, TemplateView):
    """GET /dossiers/: counts by state, then each dossier with whom it waits on and what the user may do."""

    template_name = "dossiers/list.html"

    def get_context_data(self, **kwargs):
        form = DossierFilterForm(self.request.GET or None)
        data = form.cleaned_data if form.is_valid() else {}
        qs = Dossier.objects.select_related("unit__parent").order_by("-year", "unit__code", "tier")
        if data.get("state"):
            qs = qs.filter(state=data["state"])
        if data.get("year"):
            qs = qs.filter(year=data["year"])
        waiting = {w.dossier.pk: w for w in ops.pending()}
        user, rows = self.request.user, []
        for dossier in qs[:LIST_SIZE]:
            steps = ops.next_steps(user, dossier) if dossier.state in ops.OPEN_STATES else []
            if data.get("mine") and not steps:
                continue
            rows.append({"dossier": dossier, "waiting": waiting.get(dossier.pk),
                         "steps": [StepKind(s).label for s in steps]})
        counts = dict(Dossier.objects.values_list("state").annotate(n=Count("id")))
        return {
            **super().get_context_data(**kwargs), "nav": "dossiers", "form": form, "rows": rows,
            "counts": [(label, counts.get(value, 0), value) for value, label in DossierState.choices],
            "create_form": DossierCreateForm(), "truncated": qs.count() > LIST_SIZE,
        }


def dossier_context(request, dossier: Dossier, **forms) -> dict:
    """What the dossier page shows; `forms` replace the blank forms (to show their errors)."""
    dossier = Dossier.objects.select_related("unit", "recognition", "created_by").get(pk=dossier.pk)
    user, on = request.user, ops.dossier_date(dossier.unit, dossier.year)
    step_forms = [(kind, StepKind(kind).label, forms.get(kind) or STEP_FORMS[kind](prefix=kind))
                  for kind in ops.next_steps(user, dossier)]
    may_edit = dossier.state in ops.OPEN_STATES and can_write(user, dossier.unit, on, Action.DOSSIER_CREATE).allowed
    may_survey = (dossier.state in (DossierState.DRAFT, DossierState.RETURNED, DossierState.SUBMITTED)
                  and can_write(user, dossier.unit, on, Action.DOSSIER_SURVEY).allowed)
    outcome, survey_message = ops.survey_check(dossier)
    return {
        "nav": "dossiers", "dossier": dossier,
        "steps": dossier.steps.select_related("actor").order_by("at", "id"),
        "checklist": ops.documents_checklist(dossier),
        "documents": dossier.documents.select_related("uploaded_by"),
        "survey_outcome": outcome, "survey_message": survey_message,
        "step_forms": step_forms,
        "survey_form": (forms.get("survey") or SurveyForm(initial={"percent": dossier.survey_percent}))
        if may_survey else None,
        "attach_form": (forms.get("attach") or AttachForm()) if may_edit else None,
        "waiting": next((w for w in ops.pending() if w.dossier.pk == dossier.pk), None)
        if dossier.state in ops.OPEN_STATES else None,
    }


class DossierDetailView(LoginRequiredMixin, View):
    def get(self, request, pk: int):
        dossier = get_object_or_404(Dossier, pk=pk)
        return TemplateResponse(request, "dossiers/detail.html", dossier_context(request, dossier))


class DossierActionView(LoginRequiredMixin, View):
    """A POST that hands a form to an operation: success redirects to the dossier, refusal explains."""

    def act(self, request, dossier: Dossier):
        """Validate the form and call the operation: (message, {}) when done, (None, {key: bound form}) when
        the form is invalid; the operation's `PermissionDenied` and `WorkflowError` pass through."""
        raise NotImplementedError

    def post(self, request, pk: int, **kwargs):
        dossier = get_object_or_404(Dossier, pk=pk)
        forms: dict = {}
        try:
            message, forms = self.act(request, dossier, **kwargs)
        except PermissionDenied as err:
            return self.again(request, dossier, forms, str(err), 403)
        except ops.WorkflowError as err:
            return self.again(request, dossier, forms, str(err), 409)
        if message is None:
            return self.again(request, dossier, forms, _("Thông tin chưa hợp lệ, xem các ô báo lỗi."), 400)
        messages.success(request, message)
        return HttpResponseRedirect(dossier_url(dossier))

    def again(self, request, dossier, forms: dict, error: str, status: int):
        context = {**dossier_context(request, dossier, **forms), "error": error}
        return TemplateResponse(request, "dossiers/detail.html", context, status=status)


def dossier_url(dossier) -> str:
    from django.urls import reverse

    return reverse("dossiers:detail", args=[dossier.pk])


class DossierStepView(DossierActionView):
    """POST /dossiers/<pk>/<step>/: submit, verify, appraise, return, recognise or revoke."""

    def act(self, request, dossier, step: str):
        if step not in STEP_FORMS:
            raise Http404(step)
        form = STEP_FORMS[step](request.POST, prefix=step)
        if not form.is_valid():
            return None, {step: form}
        data, user = form.cleaned_data, request.user
        if step == StepKind.RETURN:
            ops.return_dossier(user, dossier, data["reasons"])
        elif step == StepKind.RECOGNISE:
            ops.recognise(user, dossier, number=data["number"], date=data["date"], signer=data["signer"],
                          note=data["note"])
        elif step == StepKind.REVOKE:
            ops.revoke(user, dossier, number=data["number"], date=data["date"], signer=data["signer"],
                       reasons=data["reasons"])
        else:
            {StepKind.SUBMIT: ops.submit, StepKind.VERIFY: ops.verify, StepKind.APPRAISE: ops.appraise}[step](
                user, dossier, data["note"])
        return _("Đã ghi bước “%(step)s”.") % {"step": StepKind(step).label}, {}


class DossierSurveyView(DossierActionView):
    def act(self, request, dossier):
        form = SurveyForm(request.POST)
        if not form.is_valid():
            return None, {"survey": form}
        outcome = ops.record_survey(request.user, dossier, form.cleaned_data["percent"], form.cleaned_data["note"])
        return _("Đã ghi kết quả lấy ý kiến: %(outcome)s.") % {"outcome": outcome.label}, {}


class DossierAttachView(DossierActionView):
    def act(self, request, dossier):
        from django.core.exceptions import ValidationError

        form = AttachForm(request.POST, request.FILES)
        if not form.is_valid():
            return None, {"attach": form}
        try:
            document = ops.attach_document(request.user, dossier, form.cleaned_data["kind"],
                                           form.cleaned_data["file"], form.cleaned_data["title"])
        except ValidationError as err:
            for field, errors in err.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            return None, {"attach": form}
        return _("Đã đính kèm: %(document)s.") % {"document": document.get_kind_display()}, {}


class DossierCreateView(LoginRequiredMixin, View):
    def post(self, request):
        form = DossierCreateForm(request.POST)
        if not form.is_valid():
            messages.error(request, "; ".join(e for errors in form.errors.values() for e in errors))
            return HttpResponseRedirect(_list_url())
        data = form.cleaned_data
        try:
            dossier = ops.create_dossier(request.user, data["unit"], data["year"], data["tier"])
        except PermissionDenied as err:
            return TemplateResponse(request, "dossiers/refused.html", {"nav": "dossiers", "error": str(err)},
                                    status=403)
        except ops.WorkflowError as err:
            messages.error(request, str(err))
            return HttpResponseRedirect(_list_url())
        messages.success(request, _("Đã lập hồ sơ %(dossier)s.") % {"dossier": dossier})
        return HttpResponseRedirect(dossier_url(dossier))


def _list_url() -> str:
    from django.urls import reverse

    return reverse("dossiers:list")


@require_safe
def dossier_document(request, pk: int, document: int):
    """GET a paper of a dossier (signed-in users only: dossiers are not published)."""
    if not request.user.is_authenticated:
        from django.contrib.auth.views import redirect_to_login

        return redirect_to_login(request.get_full_path())
    paper = get_object_or_404(DossierDocument, pk=document, dossier_id=pk)
    return FileResponse(paper.file.open("rb"), as_attachment=True, filename=paper.name)
