from django.contrib import admin

from nongthon.synth.models import Dataset


@admin.register(Dataset)
class DatasetAdmin(admin.ModelAdmin):
    list_display = ["label", "scale", "province", "seed", "first_year", "last_year", "created_at"]
    readonly_fields = ["label", "scale", "province", "seed", "first_year", "last_year", "rows", "seconds",
                       "created_at"]
