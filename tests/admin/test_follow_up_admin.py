"""The follow-up in the admin: missions imported all or nothing, a new round opened as a
letter, a reply recorded today that leaves the live list while the report stays as it was."""
import datetime

import pytest
import tablib
from django.urls import reverse
from django.utils import timezone

from surveys.models import FollowUp, Government, Letter, PermanentMission, Resolution
from surveys.resources import PermanentMissionResource
from surveys.summary.counts import report_summary

pytestmark = pytest.mark.django_db
HEADERS = ["government", "name", "email", "language", "is_illustrative"]


def missions(*rows) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=HEADERS)
    for row in rows:
        dataset.append([row.get(h, "") for h in HEADERS])
    return dataset


def test_missions_import_all_or_nothing_naming_the_bad_row():
    before = list(PermanentMission.objects.order_by("pk").values_list("name", "language"))
    dataset = missions(
        {"government": "France", "name": "Mission permanente de la France", "language": "fr"},
        {"government": "Brazil", "name": "Missão do Brasil", "language": "Portuguese"},
    )

    result = PermanentMissionResource().import_data(dataset, dry_run=False)

    errors = {row.number: row.field_specific_errors for row in result.invalid_rows}
    assert list(errors) == [2] and "“Portuguese” is not one of: en, fr, es" in (
        errors[2]["language"][0])
    after = list(PermanentMission.objects.order_by("pk").values_list("name", "language"))
    assert after == before


def test_missions_import_updates_by_government_with_history():
    dataset = missions({"government": "FRA", "name": "Mission permanente de la France",
                        "email": "france@example.org", "language": "French"})

    result = PermanentMissionResource().import_data(dataset, dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    mission = Government.objects.get(iso3="FRA").mission
    assert (mission.name, mission.language, mission.email) == (
        "Mission permanente de la France", "fr", "france@example.org")
    assert mission.history.count() >= 1


def new_letter_data(**overrides) -> dict:
    data = {"number": "4", "sent_on": "2003-03-03", "sent_precision": "day",
            "mandate": Resolution.objects.order_by("-adopted_on").first().pk,
            "purpose": "Views on a high-level dialogue.", "reply_by": "2003-06-30",
            "reminder_interval_days": "21", "reminder_max_count": "2",
            "purpose_clause": "in which he sought views on a high-level dialogue",
            "purpose_clause_fr": "par laquelle il sollicitait des vues sur un dialogue de haut "
                                 "niveau",
            "purpose_clause_es": "en la que solicitaba opiniones sobre un diálogo de alto nivel",
            "paragraph": ""}
    data.update(overrides)
    return data


def test_an_administrator_opens_a_new_round_for_2003_with_191_recipients(
        admin_client_signed, viewer_client):
    page = admin_client_signed.post(reverse("admin:surveys_letter_add"), new_letter_data())

    assert page.status_code == 302, page.context["adminform"].form.errors
    letter = Letter.objects.get(number=4)
    assert Government.objects.recipients_of(letter).count() == 191
    pages = [reverse("surveys:followup_list") + "?letter=4",
             reverse("surveys:government_list") + "?letter=4",
             reverse("surveys:letter_list"), letter.get_absolute_url(), reverse("surveys:home"),
             reverse("surveys:round_comparison") + "?first=letter-3&second=letter-4",
             reverse("surveys:followup_batch_pdf") + "?letter=4&region=Oceania"]
    for address in pages:
        assert viewer_client.get(address).status_code == 200, address
    home = viewer_client.get(reverse("surveys:home"))
    assert home.context["open_round"].letter == letter
    assert home.context["open_round"].recipients == 191
    assert home.context["open_round"].not_reminded == 191


def test_a_reply_by_date_before_the_letter_is_refused(admin_client_signed):
    page = admin_client_signed.post(reverse("admin:surveys_letter_add"),
                                    new_letter_data(reply_by="2003-01-01"))

    assert page.status_code == 200
    assert "cannot come before the letter was sent" in page.content.decode()
    assert not Letter.objects.filter(number=4).exists()


def test_a_reply_recorded_today_leaves_the_live_list_but_not_the_2001_report(
        editor_client, viewer_client):
    from tests.admin.conftest import reply_data

    letter = Letter.objects.get(number=3)
    today = timezone.localdate()
    government = Government.objects.awaiting_reply_to(letter, today).order_by("name").first()
    report = "A-56-167"
    from surveys.models import Report

    before = report_summary(report=Report.objects.get(slug=report))
    listed = reverse("surveys:followup_list") + "?letter=3&per_page=100&q=" + government.name

    assert viewer_client.get(listed).context["table"].paginator.count == 1
    page = editor_client.post(reverse("admin:surveys_response_add"),
                              reply_data(government, letter, received_on=today.isoformat()))
    assert page.status_code == 302

    assert viewer_client.get(listed).context["table"].paginator.count == 0
    after = report_summary(report=Report.objects.get(slug=report))
    assert (after.respondents, after.non_respondents, [s.count for s in after.stances]) == (
        before.respondents, before.non_respondents, [s.count for s in before.stances])


def test_the_follow_up_log_is_listed_in_the_admin_with_history(editor_client, editor):
    letter = Letter.objects.get(number=3)
    government = Government.objects.awaiting_reply_to(letter, timezone.localdate()).first()
    contact = FollowUp.objects.create(
        government=government, letter=letter, kind="email", officer=editor,
        contacted_on=letter.sent_on + datetime.timedelta(days=90), outcome="No answer.")

    listing = editor_client.get(reverse("admin:surveys_followup_changelist"))
    history = editor_client.get(reverse("admin:surveys_followup_history", args=[contact.pk]))
    on_government = editor_client.get(
        reverse("admin:surveys_government_change", args=[government.pk]))

    assert listing.status_code == history.status_code == 200
    assert "No answer." in on_government.content.decode()


def test_the_admin_add_form_offers_the_signed_in_administrator_as_officer(
        admin_client_signed, administrator):
    page = admin_client_signed.get(reverse("admin:surveys_followup_add"))

    assert "officer" in page.context["adminform"].form.fields
    assert page.context["adminform"].form.initial["officer"] == administrator.pk


def test_editors_read_but_do_not_change_the_reminder_templates(editor_client):
    assert editor_client.get(reverse("admin:surveys_remindertemplate_add")).status_code == 403
    assert editor_client.get(
        reverse("admin:surveys_remindertemplate_changelist")).status_code == 200


def test_a_new_report_over_the_2003_round_counts_its_replies_by_its_cutoff(viewer_client):
    from surveys.models import Report
    from tests import builders

    letter = builders.letter(4, "2003-03-03", mandate=Resolution.objects.first())
    silent = list(Government.objects.recipients_of(letter).order_by("name")[:2])
    builders.reply(silent[0], letter, "2003-05-01")
    builders.reply(silent[1], letter, "2003-09-01")  # after the cutoff
    report = builders.report("A/58/98", "2003-07-01", [letter], "2003-06-30")

    summary = report_summary(report=Report.objects.get(pk=report.pk))

    assert summary.respondents == 1 and summary.non_respondents == 190
    for address in (report.get_absolute_url(), f"/reports/{report.slug}/non-respondents/",
                    f"/rounds/compare/?first=report-A-56-167&second=report-{report.slug}"):
        assert viewer_client.get(address).status_code == 200, address


def test_a_new_letter_is_offered_the_next_number_and_its_mandate_can_be_added_there(
        editor_client):
    page = editor_client.get(reverse("admin:surveys_letter_add"))
    text = page.content.decode()

    assert page.context["adminform"].form.initial["number"] == 4
    # The related-object "+" beside the mandate: a new resolution from the letter's form.
    assert 'id="add_id_mandate"' in text
    assert page.context["adminform"].form.initial.get("reminder_interval_days", 14) == 14


def test_the_letters_page_shows_its_reply_by_date_policy_and_progress(viewer_client):
    letter = Letter.objects.get(number=3)
    letter.reminder_interval_days, letter.reminder_max_count = 21, 2
    letter.save()

    page = viewer_client.get(letter.get_absolute_url())
    text = " ".join(page.content.decode().split())

    assert "At least 21 days between two reminders to one mission, at most 2 reminders" in text
    status = page.context["status"]
    assert f"{status.awaiting} recipients of the Letter of March 1999 had not answered it" in (
        text)
    assert status.awaiting == status.never_replied + status.answered_earlier + (
        status.answered_later_only)
