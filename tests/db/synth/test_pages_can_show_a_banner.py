from django.core.management import call_command
from django.test import RequestFactory

from nongthon.synth.context_processors import synthetic


def test_templates_learn_the_figures_are_synthetic_only_when_they_are(lang_son):
    request = RequestFactory().get("/")
    assert synthetic(request) == {"synthetic_dataset": None}
    call_command("synth", scale="province", province="20", years="2025", seed=1, verbosity=0)
    dataset = synthetic(request)["synthetic_dataset"]
    assert dataset.label == "synthetic:province-20:seed=1"
    call_command("synth", remove=True, scale="national", verbosity=0)
    assert synthetic(request) == {"synthetic_dataset": None}
