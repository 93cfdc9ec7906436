from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from nongthon.accounts.access import AuthorisedAdmin, NationalAdmin
from nongthon.accounts.choices import Action
from nongthon.units.models import LineageEvent, LineageLink, Unit, UnitAttribute


class UnitAttributeInline(admin.TabularInline):
    model = UnitAttribute
    extra = 0
    verbose_name = _("thuộc tính")
    verbose_name_plural = _("thuộc tính")


@admin.register(Unit)
class UnitAdmin(NationalAdmin):
    write_action = Action.MANAGE_UNITS
    list_display = ["key", "name", "kind", "level", "parent", "valid_from", "valid_to"]
    list_filter = ["level", "kind", "from_registry"]
    search_fields = ["key", "code", "name", "folded_name"]
    raw_id_fields = ["parent"]
    readonly_fields = ["folded_name"]
    inlines = [UnitAttributeInline]


class LineageLinkInline(admin.TabularInline):
    model = LineageLink
    extra = 0
    raw_id_fields = ["predecessor", "successor"]
    verbose_name = _("liên kết")
    verbose_name_plural = _("liên kết")


@admin.register(LineageEvent)
class LineageEventAdmin(NationalAdmin):
    write_action = Action.MANAGE_UNITS
    list_display = ["id", "kind", "effective", "legal_basis", "inferred"]
    list_filter = ["kind", "inferred", "effective"]
    search_fields = ["legal_basis", "note", "links__predecessor__name", "links__successor__name"]
    inlines = [LineageLinkInline]


@admin.register(UnitAttribute)
class UnitAttributeAdmin(AuthorisedAdmin):
    write_action = Action.EDIT_UNIT_ATTRIBUTE
    list_display = ["unit", "name", "value", "valid_from", "valid_to", "source"]
    list_filter = ["name"]
    search_fields = ["unit__name", "unit__code", "source"]
    raw_id_fields = ["unit"]
