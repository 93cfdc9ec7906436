import pytest
from django.core.management import call_command
from django.test import RequestFactory

from nongthon.synth.context_processors import synthetic

BANNER_VI = "DỮ LIỆU TỔNG HỢP — không phải số liệu thật"
BANNER_EN = "SYNTHETIC DATA — not real figures"


def test_templates_learn_the_figures_are_synthetic_only_when_they_are(lang_son):
    assert synthetic(RequestFactory().get("/")) == {"synthetic_dataset": None}
    call_command("synth", scale="province", province="20", years="2025", seed=1, verbosity=0)
    dataset = synthetic(RequestFactory().get("/"))["synthetic_dataset"]
    assert dataset.label == "synthetic:province-20:seed=1"
    call_command("synth", remove=True, scale="national", verbosity=0)
    assert synthetic(RequestFactory().get("/")) == {"synthetic_dataset": None}


@pytest.mark.parametrize("path", ["/overview/", "/overview/20/", "/units/?level=xa", "/criteria/", "/documents/",
                                  "/accounts/login/"])
def test_every_page_shows_the_banner_on_a_synthetic_database_and_only_there(client, lang_son, path):
    assert BANNER_VI not in client.get(path).content.decode()
    call_command("synth", scale="province", province="20", years="2025", seed=1, verbosity=0)
    page = client.get(path).content.decode()
    assert BANNER_VI in page and "synthetic:province-20:seed=1" in page
    call_command("synth", remove=True, scale="national", verbosity=0)
    assert BANNER_VI not in client.get(path).content.decode()


def test_the_banner_reads_in_english(client, lang_son):
    call_command("synth", scale="province", province="20", years="2025", seed=1, verbosity=0)
    page = client.get("/overview/20/", headers={"accept-language": "en"}).content.decode()
    assert BANNER_EN in page and BANNER_VI not in page
