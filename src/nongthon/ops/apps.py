from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    name = "nongthon.ops"
    verbose_name = _("Vận hành: sao lưu, khôi phục")
