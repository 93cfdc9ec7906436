from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "nongthon.dossiers"
    verbose_name = _("Hồ sơ công nhận nông thôn mới")

    def ready(self):
        from nongthon.accounts.authz import register_lock
        from nongthon.dossiers.operations import locked_reason

        register_lock(locked_reason)
