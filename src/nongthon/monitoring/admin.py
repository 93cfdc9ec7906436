from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from nongthon.accounts.access import AuthorisedAdmin, NationalAdmin
from nongthon.accounts.choices import Action
from nongthon.monitoring.forms import VersionedForm
from nongthon.monitoring.models import (
    Cooperative,
    CriteriaCount,
    CriterionStatus,
    Indicator,
    LegalDocument,
    Observation,
    OcopProduct,
    Recognition,
    SupportAssignment,
    Target,
    UnitTally,
)
from nongthon.monitoring.operations import rows_changed

SOURCE_FIELDSET = (
    _("Nguồn và trạng thái duyệt"),
    {"fields": ["status", "source_kind", "source_document", "source_start", "source_end", "source_evidence",
                "source_fact", "source_legal", "source_file", "source_row", "source_user", "reviewed_by",
                "reviewed_at"]},
)
SOURCE_FILTERS = ["status", "source_kind"]
SOURCE_RAW_IDS = ["source_document", "source_fact", "source_legal", "source_user", "reviewed_by"]


class SourcedAdmin(AuthorisedAdmin):
    """Admin shared by every sourced model: source fields grouped, filters by status and source.

    Every add, change and delete asks `accounts.authz` for `Action.EDIT_MONITORING` on the row's unit
    and date; rows without a unit (legal documents) are national data.
    """

    write_action = Action.EDIT_MONITORING
    form = VersionedForm  # a second officer saving the same row is told, not allowed to overwrite
    list_filter = SOURCE_FILTERS
    readonly_fields = ["created_at", "updated_at"]
    raw_id_fields = SOURCE_RAW_IDS

    def save_model(self, request, obj, form, change):
        original = type(obj).objects.get(pk=obj.pk) if change else None
        super().save_model(request, obj, form, change)
        # The summaries follow the row: its unit and year now, and those it had before a change.
        rows_changed([row for row in (original, obj) if row is not None])

    def rows_deleted(self, rows) -> None:
        super().rows_deleted(rows)
        rows_changed(rows)

    def get_fieldsets(self, request, obj=None):
        source_names = set(SOURCE_FIELDSET[1]["fields"]) | {"created_at", "updated_at"}
        own = [name for name in self.get_fields(request, obj) if name not in source_names]
        return [(None, {"fields": own}), SOURCE_FIELDSET, (_("Thời điểm"), {"fields": ["created_at", "updated_at"]})]


@admin.register(Indicator)
class IndicatorAdmin(NationalAdmin):
    write_action = Action.MANAGE_CRITERIA
    list_display = ["key", "name", "measure", "direction", "criteria_set_id", "criteria_indicator_id"]
    search_fields = ["key", "name"]


@admin.register(LegalDocument)
class LegalDocumentAdmin(SourcedAdmin):
    list_display = ["number", "kind", "date", "issuer", "status"]
    list_filter = ["kind", *SOURCE_FILTERS]
    search_fields = ["number", "issuer", "title"]


@admin.register(Observation)
class ObservationAdmin(SourcedAdmin):
    list_display = ["unit", "indicator", "period_label", "value", "total", "standard", "programme", "status"]
    list_filter = ["indicator", "programme", *SOURCE_FILTERS]
    search_fields = ["unit__name", "indicator__name", "source_evidence"]
    raw_id_fields = ["unit", *SOURCE_RAW_IDS]


@admin.register(CriterionStatus)
class CriterionStatusAdmin(SourcedAdmin):
    list_display = ["unit", "criteria_set_id", "criterion_id", "year", "met", "status"]
    list_filter = ["criteria_set_id", "met", *SOURCE_FILTERS]
    raw_id_fields = ["unit", *SOURCE_RAW_IDS]


@admin.register(CriteriaCount)
class CriteriaCountAdmin(SourcedAdmin):
    list_display = ["unit", "achieved", "total", "year", "status"]
    raw_id_fields = ["unit", *SOURCE_RAW_IDS]


@admin.register(UnitTally)
class UnitTallyAdmin(SourcedAdmin):
    list_display = ["parent", "child_level", "count", "total", "state", "year", "status"]
    list_filter = ["child_level", *SOURCE_FILTERS]
    raw_id_fields = ["parent", *SOURCE_RAW_IDS]


@admin.register(Recognition)
class RecognitionAdmin(SourcedAdmin):
    list_display = ["unit", "tier", "year", "decision_number", "revoked", "status"]
    list_filter = ["tier", "revoked", *SOURCE_FILTERS]
    search_fields = ["unit__name", "decision_number"]
    raw_id_fields = ["unit", "decision", "revoked_decision", *SOURCE_RAW_IDS]


@admin.register(Target)
class TargetAdmin(SourcedAdmin):
    list_display = ["unit", "kind", "what_label", "deadline_year", "status"]
    list_filter = ["kind", *SOURCE_FILTERS]
    raw_id_fields = ["unit", "plan", *SOURCE_RAW_IDS]


@admin.register(SupportAssignment)
class SupportAssignmentAdmin(SourcedAdmin):
    list_display = ["helper", "unit", "year", "amount_vnd", "status"]
    search_fields = ["helper", "unit__name"]
    raw_id_fields = ["unit", *SOURCE_RAW_IDS]


@admin.register(OcopProduct)
class OcopProductAdmin(SourcedAdmin):
    list_display = ["name", "owner", "unit", "stars", "year", "status"]
    list_filter = ["stars", *SOURCE_FILTERS]
    raw_id_fields = ["unit", *SOURCE_RAW_IDS]


@admin.register(Cooperative)
class CooperativeAdmin(SourcedAdmin):
    list_display = ["name", "unit", "members", "capital_vnd", "effective", "status"]
    list_filter = ["effective", *SOURCE_FILTERS]
    raw_id_fields = ["unit", *SOURCE_RAW_IDS]
