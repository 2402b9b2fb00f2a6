"""The admin's index grouped by what staff do, each group with its help."""
import re

import pytest

from config.admin_site import ADMIN_GROUPS

pytestmark = pytest.mark.django_db


def sections(html: str) -> list[str]:
    return re.findall(r'<span class="section">([^<]+)</span>', html)


def test_the_index_opens_with_the_groups_in_the_order_of_the_work(admin_client_signed):
    html = admin_client_signed.get("/admin/").content.decode()
    assert sections(html)[:4] == ["Replies", "Governments and missions", "Reference data",
                                  "Organizations"]
    for group in ADMIN_GROUPS:
        assert str(group.help).replace("'", "&#x27;") in html
    replies = html[html.index(">Replies<"):html.index(">Governments and missions<")]
    assert "Responses" in replies and "Policy views" in replies
    assert "Users" in html and "Groups" in html  # the other apps keep their sections


def test_an_editor_sees_the_groups_without_the_accounts(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert sections(html)[:4] == ["Replies", "Governments and missions", "Reference data",
                                  "Organizations"]
    assert "/admin/auth/user/" not in html


def test_an_apps_own_page_lists_it_as_django_does(editor_client):
    html = editor_client.get("/admin/surveys/").content.decode()
    assert 'href="/admin/surveys/" class="section"' in html
    assert sections(html) == []


def test_the_export_pages_select_all_is_labelled_and_has_no_inline_script(editor_client):
    html = editor_client.get("/admin/surveys/response/export/").content.decode()
    assert '<input type="checkbox" class="select-toggle" id="select-all-toggle"' in html
    assert '<label class="select-toggle-label" for="select-all-toggle">' in html
    assert "onchange=" not in html and 'style="' not in html
