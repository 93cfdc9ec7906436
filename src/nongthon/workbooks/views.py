"""The workbook page: download a template, upload a filled one (errors as a table), export links.

Views only declare what they show; reading, checking and writing is `operations.import_workbook`.
"""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from nongthon.workbooks import operations
from nongthon.workbooks.build import WorkbookRequestError, template_for_province, to_bytes
from nongthon.workbooks.forms import WorkbookImportForm, WorkbookRequestForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class WorkbookIndexView(TemplateView):
    template_name = "workbooks/index.html"

    def get_context_data(self, **kwargs):
        request_form = WorkbookRequestForm(self.request.GET or None)
        return {
            **super().get_context_data(**kwargs),
            "nav": "workbooks",
            "request_form": request_form,
            "import_form": kwargs.get("import_form") or WorkbookImportForm(),
            "result": kwargs.get("result"),
            "query": self.request.GET.urlencode(),
            "provinces": _provinces(),
        }


def _provinces():
    import datetime

    from nongthon.units.choices import Level
    from nongthon.web.queries import units_on

    return units_on(datetime.date.today(), Level.TINH).order_by("code").only("code", "name")


class WorkbookUploadView(LoginRequiredMixin, WorkbookIndexView):
    """POST a filled workbook; the page shows what was written or every error, by sheet, row and column."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())

    def post(self, request, *args, **kwargs):
        form = WorkbookImportForm(request.POST, request.FILES)
        result = None
        if form.is_valid():
            upload = form.cleaned_data["file"]
            result = operations.import_workbook(upload, request.user, file_name=upload.name)
        status = 200 if result is None or result.ok else 403 if result.refused else 422
        return self.render_to_response(self.get_context_data(import_form=form, result=result), status=status)


def _request(request):
    form = WorkbookRequestForm(request.GET)
    if not form.is_valid():
        return None, HttpResponseBadRequest(_("Cần mã tỉnh (province) và năm (year) hợp lệ."),
                                            content_type="text/plain; charset=utf-8")
    return form.cleaned_data, None


def _refused(err: Exception) -> HttpResponse:
    return HttpResponse(str(err), status=404, content_type="text/plain; charset=utf-8")


@require_safe
def template_download(request):
    data, refusal = _request(request)
    if refusal:
        return refusal
    try:
        content = to_bytes(template_for_province(data["province"], data["year"], data["set"] or None))
    except WorkbookRequestError as err:
        return _refused(err)
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="bieu-mau-{data["province"]}-{data["year"]}.xlsx"'
    return response


@require_safe
def export_download(request, fmt: str):
    data, refusal = _request(request)
    if refusal:
        return refusal
    args = (data["province"], data["year"], data["set"] or None)
    try:
        if fmt == "csv":
            response = HttpResponse(operations.export_csv(*args), content_type="text/csv; charset=utf-8")
        else:
            response = HttpResponse(operations.export_workbook(*args), content_type=XLSX)
    except WorkbookRequestError as err:
        return _refused(err)
    response["Content-Disposition"] = f'attachment; filename="so-lieu-{data["province"]}-{data["year"]}.{fmt}"'
    return response
