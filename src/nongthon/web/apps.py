from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "nongthon.web"
    verbose_name = _("Giao diện web")

    def ready(self):
        # The evaluator is plain Python; its reasons follow the language of each request from here on.
        from django.utils.translation import gettext

        from nongthon.evaluation import i18n

        i18n.use(gettext)
