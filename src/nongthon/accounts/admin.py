from django.contrib import admin

from nongthon.accounts.models import Membership


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "unit", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__username", "unit__name", "unit__code"]
    raw_id_fields = ["unit"]
