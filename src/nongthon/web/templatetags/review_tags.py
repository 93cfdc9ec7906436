"""`{% correction_form fact bound as form %}`: the form correcting `fact`; `bound` (a form with errors) when it is for that fact."""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag
def correction_form(fact, bound=None):
    if bound is not None and getattr(bound, "fact", None) is not None and bound.fact.pk == fact.pk:
        return bound
    from nongthon.web.forms import FactCorrectionForm

    return FactCorrectionForm(fact=fact)
