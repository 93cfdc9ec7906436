from django.contrib import admin

from nongthon.accounts.access import NationalAdmin
from nongthon.accounts.choices import Action
from nongthon.synth.models import Dataset


@admin.register(Dataset)
class DatasetAdmin(NationalAdmin):
    write_action = Action.MANAGE_SYSTEM
    list_display = ["label", "scale", "province", "seed", "first_year", "last_year", "created_at"]
    readonly_fields = ["label", "scale", "province", "seed", "first_year", "last_year", "rows", "seconds",
                       "created_at"]
