"""POST /review/<id>/correct/: accept a proposed fact with the fields the reviewer corrected.

The correction goes through `documents.operations.accept_fact(corrected_payload=…)`, which keeps the
proposal in `Fact.original_payload`, leaves the evidence span as it was, writes the corrected row
and asks `accounts.authz` (the audit log records the fact's change and the row, origin `page`).
A form with errors shows the same fact again with the errors beside the fields.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from nongthon.web.forms import FactCorrectionForm
from nongthon.web.views.review import ReviewDecisionView, _fact_model, review_context


class ReviewCorrectView(ReviewDecisionView):
    decision = "correct"

    def post(self, request, pk: int):
        fact = get_object_or_404(_fact_model(), pk=pk)
        self.form = FactCorrectionForm(request.POST, fact=fact)
        if not self.form.is_valid():
            context = {"nav": "review", "correction": self.form,
                       **review_context(_fact_model(), str(fact.pk), request.POST.get("unit") or None)}
            if request.htmx:  # htmx swaps no 4xx answer into the page
                return TemplateResponse(request, "web/partials/review_body.html", context)
            return TemplateResponse(request, "web/review.html", context, status=400)
        return super().post(request, pk)

    def decide(self, request, fact) -> None:
        from nongthon.documents.operations import accept_fact

        changes = self.form.corrected_payload()
        accept_fact(fact, user=request.user, corrected_payload=changes or None, unit=self.form.unit)
        fact.refresh_from_db()
        if changes:
            message = _("Đã sửa và chấp nhận dữ kiện #%(id)s: %(summary)s (sửa: %(fields)s)") % {
                "id": fact.pk, "summary": fact.summary, "fields": ", ".join(sorted(changes))}
        else:
            message = _("Đã chấp nhận dữ kiện #%(id)s (không có gì để sửa): %(summary)s") % {
                "id": fact.pk, "summary": fact.summary}
        messages.success(request, message)
