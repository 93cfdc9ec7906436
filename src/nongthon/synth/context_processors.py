"""`synthetic_dataset` in every template: the pages show a banner when the figures are made up."""

from __future__ import annotations

from django.db import DatabaseError


def synthetic(request) -> dict:
    from nongthon.synth.models import Dataset

    try:
        dataset = Dataset.objects.only("label", "scale", "seed").first()
    except DatabaseError:  # not migrated yet
        dataset = None
    return {"synthetic_dataset": dataset}
