from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SynthConfig(AppConfig):
    name = "nongthon.synth"
    verbose_name = _("Dữ liệu tổng hợp (giả lập)")
