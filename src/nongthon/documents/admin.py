from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from nongthon.accounts.access import AuthorisedAdmin, NationalAdmin
from nongthon.accounts.choices import Action
from nongthon.documents.models import Document, Fact
from nongthon.documents.operations import ReviewError, accept_fact, reject_fact


@admin.register(Document)
class DocumentAdmin(NationalAdmin):
    write_action = Action.MANAGE_DOCUMENTS
    list_display = ["doc_id", "title", "date", "format", "created_at"]
    search_fields = ["doc_id", "title", "sha256"]
    readonly_fields = ["sha256", "created_at"]


@admin.register(Fact)
class FactAdmin(AuthorisedAdmin):
    write_action = Action.REVIEW_FACT
    list_display = ["id", "document", "type", "summary", "unit", "confidence", "status"]
    list_filter = ["status", "type"]
    search_fields = ["evidence", "document__doc_id"]
    raw_id_fields = ["document", "unit", "reviewed_by"]
    readonly_fields = ["fingerprint", "created_at", "reviewed_at", "original_payload"]
    actions = ["accept_selected", "reject_selected"]

    @admin.action(description=_("Chấp nhận các dữ kiện đã chọn"))
    def accept_selected(self, request, queryset):
        accepted = 0
        for fact in queryset:
            try:
                accept_fact(fact, user=request.user)
                accepted += 1
            except ReviewError as err:
                self.message_user(request, str(err), messages.WARNING)
        self.message_user(request, _("Đã chấp nhận %(n)d dữ kiện.") % {"n": accepted})

    @admin.action(description=_("Bác bỏ các dữ kiện đã chọn"))
    def reject_selected(self, request, queryset):
        for fact in queryset:
            reject_fact(fact, user=request.user)
        self.message_user(request, _("Đã bác bỏ %(n)d dữ kiện.") % {"n": queryset.count()})
