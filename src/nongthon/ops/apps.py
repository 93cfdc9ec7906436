from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "nongthon.ops"
    verbose_name = "Vận hành: sao lưu, khôi phục"
