from django.contrib import admin

from nongthon.dossiers.models import Dossier, DossierDocument, DossierStep


class DossierStepInline(admin.TabularInline):
    model = DossierStep
    extra = 0
    can_delete = False
    readonly_fields = ["kind", "from_state", "to_state", "actor", "at", "note", "survey_check", "verdict"]


class DossierDocumentInline(admin.TabularInline):
    model = DossierDocument
    extra = 0
    can_delete = False
    readonly_fields = ["kind", "title", "file", "uploaded_by", "uploaded_at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Dossier)
class DossierAdmin(admin.ModelAdmin):
    """Read-only here: steps go through `dossiers.operations`, which checks roles and scope."""

    list_display = ["unit", "year", "tier", "state", "decision_number", "updated_at"]
    list_filter = ["state", "tier", "year"]
    search_fields = ["unit__name", "unit__code", "decision_number"]
    inlines = [DossierStepInline, DossierDocumentInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
