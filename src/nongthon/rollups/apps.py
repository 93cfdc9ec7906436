from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RollupsConfig(AppConfig):
    name = "nongthon.rollups"
    verbose_name = _("Tổng hợp theo đơn vị và năm")
