"""From reading to editing in one step: "Record a reply" and "Edit" on the pages, the reply
form prefilled from the address, and back to the page after saving. Viewers see none of it."""
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from surveys.models import Government, Letter, Report, Response
from tests.admin.conftest import reply_data

pytestmark = pytest.mark.django_db
ADD = reverse("admin:surveys_response_add")


def latest_report() -> Report:
    return Report.objects.order_by("-issued_on").first()


def record_reply_links(html: str) -> list[dict]:
    """The query of every "Record a reply" link of a page."""
    hrefs = re.findall(r'<a class="record-reply" href="([^"]+)"', html)
    assert all(urlsplit(h.replace("&amp;", "&")).path == ADD for h in hrefs)
    return [parse_qs(urlsplit(h.replace("&amp;", "&")).query) for h in hrefs]


def test_the_follow_up_list_offers_a_reply_on_every_row(editor_client):
    report = latest_report()
    address = reverse("surveys:non_respondents", args=[report.slug])
    html = editor_client.get(address + "?per_page=100").content.decode()

    links = record_reply_links(html)
    shown = list(Government.objects.non_respondents_of(report).order_by("name")[:100])
    latest_letter = report.letters.order_by("-sent_on").first()
    assert [link["government"] for link in links] == [[str(g.pk)] for g in shown]
    assert {link["letter"][0] for link in links} == {str(latest_letter.pk)}
    assert {link["next"][0] for link in links} == {address + "?per_page=100"}


def test_the_follow_up_list_export_has_no_reply_column(editor_client):
    report = latest_report()
    address = reverse("surveys:non_respondents", args=[report.slug])
    exported = editor_client.get(address + "?_export=csv").getvalue().decode("utf-8-sig")
    assert "Follow-up" not in exported.splitlines()[0]
    assert "Record a reply" not in exported


def test_a_government_page_offers_a_reply_to_each_letter_it_left_unanswered(editor_client,
                                                                          silent_government,
                                                                          third_letter):
    html = editor_client.get(silent_government.get_absolute_url()).content.decode()
    links = record_reply_links(html)
    assert {"government": [str(silent_government.pk)],
            "letter": [str(third_letter.pk)],
            "next": [silent_government.get_absolute_url()]} in links
    change = reverse("admin:surveys_government_change", args=[silent_government.pk])
    assert f'href="{change}?next=%2Fgovernments%2F{silent_government.iso3}%2F"' in html


def test_a_letter_page_offers_a_reply_to_it(editor_client, third_letter):
    html = editor_client.get(third_letter.get_absolute_url()).content.decode()
    assert {"letter": [str(third_letter.pk)], "next": [third_letter.get_absolute_url()]} in (
        record_reply_links(html))


def test_every_detail_page_has_edit_for_an_editor(editor_client):
    response = Response.objects.order_by("pk").first()
    for record in (response, response.government, response.letter, latest_report()):
        html = editor_client.get(record.get_absolute_url()).content.decode()
        assert 'class="edit-link"' in html, record
    assert 'href="/admin/"' in html  # the header's "Admin"


def test_viewers_see_no_reply_edit_or_admin_link(viewer_client, silent_government,
                                                 third_letter):
    report = latest_report()
    response = Response.objects.order_by("pk").first()
    for address in (silent_government.get_absolute_url(), third_letter.get_absolute_url(),
                    reverse("surveys:non_respondents", args=[report.slug]),
                    response.get_absolute_url(), report.get_absolute_url(), "/"):
        html = viewer_client.get(address).content.decode()
        assert "Record a reply" not in html, address
        assert 'class="edit-link"' not in html, address
        assert "/admin/" not in html, address
        assert 'class="record_reply' not in html, address  # the non-respondents' column


def test_the_reply_form_is_prefilled_from_the_address(editor_client, silent_government,
                                                      third_letter):
    page = editor_client.get(ADD, {"government": silent_government.pk,
                                   "letter": third_letter.pk, "next": "/governments/"})
    form = page.context["adminform"].form
    assert form.initial["government"] == str(silent_government.pk)
    assert form.initial["letter"] == str(third_letter.pk)
    html = page.content.decode()
    assert f'<option value="{silent_government.pk}" selected>' in html
    # The Government and the letter are chosen, not edited, from the reply's form.
    assert "related-widget-wrapper-link" not in html


def test_after_saving_the_editor_is_back_on_the_list_without_the_government(editor_client):
    report = latest_report()
    follow_up = reverse("surveys:non_respondents", args=[report.slug])
    government = Government.objects.non_respondents_of(report).order_by("name").first()
    letter = report.letters.order_by("-sent_on").first()
    data = reply_data(government, letter)
    assert data["received_on"] <= report.cutoff_on.isoformat()  # so that the report counts it

    saved = editor_client.post(
        f"{ADD}?government={government.pk}&letter={letter.pk}&next={follow_up}", data
    )

    assert saved.status_code == 302 and saved["Location"] == follow_up
    assert government not in Government.objects.non_respondents_of(report)
    listed = editor_client.get(follow_up + "?per_page=100").content.decode()
    assert f"government={government.pk}&amp;" not in listed
    assert government.get_absolute_url() not in listed


@pytest.mark.parametrize("target", ["https://example.com/", "//example.com/x",
                                    "javascript:alert(1)"])
def test_a_next_off_the_site_is_ignored(editor_client, silent_government, third_letter,
                                        target):
    saved = editor_client.post(ADD + "?" + f"next={target}",
                               reply_data(silent_government, third_letter))
    assert saved.status_code == 302
    assert saved["Location"] == reverse("admin:surveys_response_changelist")


def test_save_and_continue_stays_in_the_admin(editor_client, silent_government, third_letter):
    saved = editor_client.post(ADD + "?next=/governments/",
                               {**reply_data(silent_government, third_letter), "_continue": "1"})
    response = Response.objects.get(government=silent_government, letter=third_letter)
    assert saved["Location"].startswith(
        reverse("admin:surveys_response_change", args=[response.pk]))


def test_edit_goes_back_to_the_record_page(editor_client):
    letter = Letter.objects.get(number=1)
    change = reverse("admin:surveys_letter_change", args=[letter.pk])
    form = editor_client.get(change).context["adminform"].form
    data = {name: form.initial.get(name) for name in form.fields if form.initial.get(name)
            is not None}
    data["mandate"] = letter.mandate_id
    data["seen_version"] = form.fields["seen_version"].initial
    saved = editor_client.post(f"{change}?next={letter.get_absolute_url()}", data)
    assert saved.status_code == 302, saved.context["adminform"].form.errors
    assert saved["Location"] == letter.get_absolute_url()


def test_a_date_that_is_not_iso_is_refused_with_how_to_write_it(editor_client,
                                                                 silent_government,
                                                                 third_letter):
    page = editor_client.post(ADD, reply_data(silent_government, third_letter,
                                              received_on="05/08/1999"))
    assert page.status_code == 200
    assert page.context["adminform"].form.errors["received_on"] == [
        "Write the date as year-month-day, for example 2001-05-08."
    ]
    assert "Year-month-day, as 2001-05-08" in page.content.decode()
    assert not Response.objects.filter(government=silent_government,
                                       letter=third_letter).exists()
