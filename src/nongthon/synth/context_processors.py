"""`synthetic_dataset` in every template: the pages show a banner when the figures are made up."""

from __future__ import annotations

from django.db import DatabaseError


def synthetic(request) -> dict:
    """The synthetic dataset the database holds, or None; looked up once per request."""
    from nongthon.synth.models import Dataset

    if not hasattr(request, "_synthetic_dataset"):
        try:
            dataset = Dataset.objects.only("label", "scale", "seed").first()
        except DatabaseError:  # not migrated yet
            dataset = None
        request._synthetic_dataset = dataset
    return {"synthetic_dataset": request._synthetic_dataset}
