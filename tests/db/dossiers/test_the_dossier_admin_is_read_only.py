from nongthon.dossiers import operations as ops
from tests.db.dossiers.papers import attach_papers


def test_the_admin_shows_a_dossier_with_its_steps_and_papers_but_changes_nothing(client, people, places,
                                                                                  django_user_model):
    dossier = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(dossier, "submit")
    root = django_user_model.objects.create_superuser("root", password="mat-khau-dai-va-kho-doan-9")
    client.force_login(root)
    page = client.get(f"/admin/dossiers/dossier/{dossier.pk}/change/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "to_trinh.pdf" in text and "Lập hồ sơ" in text
    assert client.post(f"/admin/dossiers/dossier/{dossier.pk}/change/", {"state": "recognised"}).status_code == 403
    dossier.refresh_from_db()
    assert dossier.state == "draft"
