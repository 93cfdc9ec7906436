from django.db import models
from django.utils.translation import gettext_lazy as _


class Scale(models.TextChoices):
    """How much of the country a synthetic dataset covers."""

    NATIONAL = "national", _("Cả nước")
    PROVINCE = "province", _("Một tỉnh")
