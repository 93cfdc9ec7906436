from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RollupsConfig(AppConfig):
    name = "nongthon.rollups"
    verbose_name = _("Tổng hợp theo đơn vị và năm")

    def ready(self):
        from django.db.models.signals import post_save

        from nongthon.rollups.version import on_change

        # Saves only: a delete receiver would make Django fetch and signal every row of a bulk delete
        # (millions when a synthetic dataset is removed) instead of deleting them in one statement.
        post_save.connect(on_change, dispatch_uid="nongthon.rollups.version.save")
