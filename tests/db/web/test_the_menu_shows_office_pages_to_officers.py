"""The site menu links the office pages (dossiers, data entry, audit) a signed-in user may open, and no other."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model


def menu(client, path="/units/") -> dict[str, str]:
    """The menu's links on a page: href → text."""
    page = client.get(path)
    assert page.status_code == 200
    nav = re.search(r'<nav class="site-nav".*?</nav>', page.content.decode(), re.S).group(0)
    return {href: " ".join(text.split()) for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', nav)}


def office(links: dict[str, str]) -> set[str]:
    return {href for href in links if href.startswith(("/dossiers/", "/audit/")) or href.endswith("/entry/")}


def test_a_public_visitor_sees_no_office_link(client, tree, staff):
    assert office(menu(client)) == set()
    assert office(menu(client, "/criteria/")) == set()


def test_a_signed_in_person_without_a_role_sees_no_office_link(client, tree, staff):
    client.force_login(staff.outsider)
    assert office(menu(client)) == set()


def test_a_commune_officer_sees_the_dossiers_and_the_entry_page_of_the_commune_not_the_audit(client, tree, staff):
    client.force_login(staff.commune_officer)
    links = menu(client)
    assert office(links) == {"/dossiers/", f"/units/{tree.nhat_tien.key}/entry/"}
    assert links["/dossiers/"] == "Hồ sơ công nhận"
    assert links[f"/units/{tree.nhat_tien.key}/entry/"] == "Nhập số liệu"
    for href in office(links):
        assert client.get(href).status_code == 200, href


def test_a_province_officer_also_sees_the_provinces_audit_log(client, tree, staff):
    client.force_login(staff.province_officer)
    links = menu(client)
    audit = f"/audit/unit/{tree.lang_son_new.key}/"
    assert office(links) == {"/dossiers/", f"/units/{tree.lang_son_new.key}/entry/", audit}
    assert links[audit] == "Nhật ký"
    assert client.get(audit).status_code == 200


def test_a_national_administrator_sees_the_dossiers_and_an_audit_log_they_may_read(client, tree, staff):
    client.force_login(staff.administrator)
    links = menu(client)
    assert office(links) == {"/dossiers/", "/audit/user/quan_tri/"}
    assert all(client.get(href).status_code == 200 for href in office(links))


def test_a_reviewer_sees_no_office_link(client, tree, staff):
    client.force_login(staff.reviewer)
    assert office(menu(client)) == set()


def test_the_links_are_in_the_readers_language(client, tree, staff):
    client.force_login(staff.commune_officer)
    client.cookies["django_language"] = "en"
    links = menu(client)
    assert links["/dossiers/"] == "Recognition dossiers"
    assert links[f"/units/{tree.nhat_tien.key}/entry/"] == "Enter figures"


def test_the_page_a_visitor_is_served_from_the_cache_never_holds_an_officers_links(client, tree, staff, settings):
    settings.NONGTHON_PAGE_CACHE = True
    client.force_login(staff.province_officer)
    assert "/dossiers/" in office(menu(client, "/units/"))
    client.logout()
    assert office(menu(client, "/units/")) == set()
    assert office(menu(client, "/units/")) == set()  # the second visit is the one the cache answers
    client.force_login(get_user_model().objects.get(username="can_bo_tinh"))
    assert "/dossiers/" in office(menu(client, "/units/"))
