from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "nongthon.accounts"
    verbose_name = _("Người dùng, vai trò và nhật ký thay đổi")

    def ready(self):
        # Audit registration lives here so that no other app's files need to know about it.
        from nongthon.accounts import audit

        audit.register_models()
