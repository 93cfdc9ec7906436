"""`synthetic_dataset` in every template: the pages show a banner when the figures are made up."""

from __future__ import annotations

from django.db import DatabaseError
from django.db.models import Subquery


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


def dataset_subqueries() -> dict:
    """Subqueries reading the dataset's label, scale and seed, for a query the request makes anyway."""
    from nongthon.synth.models import Dataset

    latest = Dataset.objects.order_by("-created_at")
    return {f"synthetic_{name}": Subquery(latest.values(name)[:1]) for name in ("label", "scale", "seed")}


def remember(request, values: dict) -> None:
    """Keep what `dataset_subqueries` read, so that `synthetic` needs no query of its own."""
    from nongthon.synth.models import Dataset

    label = values.get("synthetic_label")
    request._synthetic_dataset = Dataset(label=label, scale=values["synthetic_scale"],
                                         seed=values["synthetic_seed"]) if label else None
