import pytest
import tablib
from django.contrib.admin.sites import site
from django.urls import reverse

from core.admin import TrackedAdmin
from organizations.models import (
    Activity,
    Instrument,
    Lesson,
    Mechanism,
    Organization,
    Participation,
)
from organizations.resources import ActivityResource, OrganizationResource

pytestmark = pytest.mark.django_db

MODELS = [Organization, Activity, Lesson, Instrument, Mechanism]


@pytest.mark.parametrize("model", MODELS)
def test_every_admin_derives_from_tracked_admin(model):
    assert isinstance(site._registry[model], TrackedAdmin)


@pytest.mark.parametrize("model", MODELS)
def test_admin_list_search_and_change_pages(admin_client, model):
    info = model._meta.app_label, model._meta.model_name
    changelist = reverse("admin:{}_{}_changelist".format(*info))
    assert admin_client.get(changelist).status_code == 200
    assert admin_client.get(changelist, {"q": "migration"}).status_code == 200
    record = model.objects.first()
    change = reverse("admin:{}_{}_change".format(*info), args=[record.pk])
    assert admin_client.get(change).status_code == 200


def test_activities_and_lessons_are_inline_under_their_organization(admin_client):
    iom = Organization.objects.get(slug="iom")
    response = admin_client.get(reverse("admin:organizations_organization_change", args=[iom.pk]))
    formsets = {f.formset.prefix: f for f in response.context["inline_admin_formsets"]}
    assert formsets["activities"].formset.queryset.count() == iom.activities.count()
    assert formsets["lessons"].formset.queryset.count() == iom.lessons.count()


def activity_post(organization, **fields):
    data = {
        "organization": organization.pk, "kind": "meeting", "title": "A work session",
        "start": "", "start_precision": "day", "end": "", "end_precision": "day",
        "qualifier": "exact", "place": "", "description": "", "paragraph": "23",
        "participations-TOTAL_FORMS": "0", "participations-INITIAL_FORMS": "0",
    }
    return {**data, **fields}


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"start": "2001-05-18", "end": "2001-05-01"}, "end",
         "The end cannot be before the start."),
        ({"start": "2001-05-18", "start_precision": "month"}, "start",
         "Only the month is known: store the date on the 1st of the month."),
        ({"start": "2001-05-01", "start_precision": "year"}, "start",
         "Only the year is known: store the date on 1 January."),
    ],
)
def test_the_admin_says_what_is_wrong_next_to_the_field(admin_client, fields, field, message):
    ece = Organization.objects.get(slug="ece")
    before = Activity.objects.count()
    response = admin_client.post(
        reverse("admin:organizations_activity_add"), activity_post(ece, **fields)
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field] == [message]
    assert Activity.objects.count() == before


def test_the_admin_saves_a_valid_activity_with_its_partners(admin_client):
    ece, eurostat = Organization.objects.get(slug="ece"), Organization.objects.get(slug="eurostat")
    data = activity_post(
        ece, start="2001-05-01", start_precision="month", **{
            "participations-TOTAL_FORMS": "1", "participations-0-organization": eurostat.pk,
            "participations-0-role": "co_sponsor",
        }
    )
    response = admin_client.post(reverse("admin:organizations_activity_add"), data)
    assert response.status_code == 302
    activity = Activity.objects.get(title="A work session")
    assert activity.when == "May 2001"
    assert list(activity.participations.values_list("organization__slug", "role")) == [
        ("eurostat", "co_sponsor")
    ]
    assert activity.history.count() == 1


def test_the_admin_offers_import_and_export(admin_client):
    for model in ("organization", "activity"):
        assert admin_client.get(reverse(f"admin:organizations_{model}_import")).status_code == 200
        assert admin_client.get(reverse(f"admin:organizations_{model}_export")).status_code == 200


def test_activities_export_and_import_with_organizations_by_name():
    dataset = ActivityResource().export()
    imp = next(row for row in dataset.dict if row["title"].startswith("International Migration"))
    assert imp["organization"] == "United Nations Institute for Training and Research"
    assert "United Nations Population Fund (co_sponsor)" in imp["participations"]

    new = tablib.Dataset(headers=dataset.headers)
    new.append([
        {"organization": "Council of Europe", "kind": "meeting", "title": "Imported meeting",
         "start": "2001-10-01", "start_precision": "month", "end": "", "end_precision": "day",
         "qualifier": "exact", "place": "Greece", "paragraph": "49", "description": "",
         "participations": "European Committee on Migration (partner)", "id": "",
         "version": ""}[h]
        for h in dataset.headers
    ])
    result = ActivityResource().import_data(new, dry_run=False, raise_errors=True)
    assert not result.has_errors()
    activity = Activity.objects.get(title="Imported meeting")
    assert activity.organization.slug == "council-of-europe"
    assert activity.when == "October 2001"
    assert Participation.objects.get(activity=activity).organization.acronym == "CDMG"


@pytest.mark.parametrize(
    ("organization", "start", "end", "field"),
    [
        ("Nobody at all", "", "", None),  # an error of the row, not of one field
        ("Council of Europe", "2001-10-01", "2001-09-01", "end"),
    ],
)
def test_the_import_preview_refuses_a_bad_row(organization, start, end, field):
    """The admin's first step, the dry run, names the row and field; no confirm is offered."""
    headers = ["id", "organization", "kind", "title", "start", "end", "paragraph"]
    dataset = tablib.Dataset(headers=headers)
    dataset.append(["", "Council of Europe", "meeting", "Good meeting", "", "", "49"])
    dataset.append(["", organization, "meeting", "Ghost meeting", start, end, "49"])
    result = ActivityResource().import_data(dataset, dry_run=True)
    bad = [row.number for row in result.invalid_rows] + [n for n, _ in result.row_errors()]
    assert bad == [2]
    if field:
        assert list(result.invalid_rows[0].error_dict) == [field]
    assert not Activity.objects.filter(title__in=["Good meeting", "Ghost meeting"]).exists()


def test_organizations_import_by_name_updates_the_existing_record():
    dataset = OrganizationResource().export()
    row = next(i for i, r in enumerate(dataset.dict) if r["name"] == "Council of Europe")
    data = dataset.dict
    data[row]["headquarters"] = "Strasbourg"
    updated = tablib.Dataset(headers=dataset.headers)
    for r in data:
        updated.append([r[h] for h in dataset.headers])
    count = Organization.objects.count()
    result = OrganizationResource().import_data(updated, dry_run=False, raise_errors=True)
    assert not result.has_errors()
    assert Organization.objects.count() == count
    assert Organization.objects.get(name="Council of Europe").headquarters == "Strasbourg"
    assert Organization.objects.get(slug="cdmg").parent.name == "Council of Europe"


def test_a_real_import_with_one_bad_row_writes_nothing():
    """Not only the preview: the confirmed import is all or nothing too."""
    headers = ["id", "organization", "kind", "title", "start", "end", "paragraph"]
    dataset = tablib.Dataset(headers=headers)
    dataset.append(["", "Council of Europe", "meeting", "Good meeting", "", "", "49"])
    dataset.append(["", "Council of Europe", "meeting", "Bad meeting", "2001-10-01",
                    "2001-09-01", "49"])
    before = Activity.objects.count()
    result = ActivityResource().import_data(dataset, dry_run=False)
    assert result.has_validation_errors()
    assert Activity.objects.count() == before
