from datetime import date

from django.views.generic import TemplateView

from nongthon.units.choices import Level
from nongthon.units.models import Unit


class HomeView(TemplateView):
    """The provinces valid today; the full overview replaces this page."""

    template_name = "web/home.html"

    def get_context_data(self, **kwargs):
        today = date.today()
        provinces = (
            Unit.objects.filter(level=Level.TINH)
            .exclude(valid_from__gt=today)
            .exclude(valid_to__lte=today)
            .order_by("code")
        )
        return {**super().get_context_data(**kwargs), "provinces": provinces, "today": today}
