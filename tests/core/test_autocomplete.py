"""The searchable filters: a text box with suggestions from the app, never every record."""
import pytest
from django.urls import reverse

from organizations.models import Activity, Organization
from surveys.models import Government, Response

pytestmark = pytest.mark.django_db
CHOICES = "surveys:government_choices"


def test_the_government_filter_is_a_text_box_with_suggestions_not_a_drop_down(viewer_client):
    page = viewer_client.get(reverse("surveys:response_list")).text
    assert 'list="id_government-choices"' in page
    assert '<datalist id="id_government-choices">' in page
    assert f'data-choices-url="{reverse(CHOICES)}"' in page
    assert "Zimbabwe" not in page.split('name="government"')[1].split("</datalist>")[0]
    assert "js/autocomplete.js" in page


def test_suggestions_match_names_french_names_and_codes(viewer_client):
    def values(q):
        answer = viewer_client.get(reverse(CHOICES), {"q": q})
        assert answer.status_code == 200
        return [choice["value"] for choice in answer.json()["results"]]

    assert "FRA" in values("franc") and "FRA" in values("fra")
    assert "DEU" in values("Allemagne")  # the French name
    assert values("") == [] and values("no such place") == []
    assert len(values("a")) == 20  # at most twenty, whatever the number of Governments


@pytest.mark.parametrize("typed", [lambda g: g.iso3, lambda g: g.iso3.lower(),
                                   lambda g: g.name.upper()], ids=["code", "lower", "name"])
def test_the_filter_takes_a_code_or_an_exact_name(viewer_client, typed):
    replied = Government.objects.filter(responses__isnull=False).order_by("name").first()
    answer = viewer_client.get(reverse("surveys:response_list"), {"government": typed(replied)})
    rows = answer.context["table"].data
    assert len(rows) == Response.objects.filter(government=replied).count() > 0
    assert all(row.government_id == replied.pk for row in rows)


def test_an_unknown_government_is_a_plain_error_that_keeps_what_was_typed(viewer_client):
    answer = viewer_client.get(reverse("surveys:response_list"), {"government": "Atlantis"})
    assert answer.status_code == 200
    assert "Select a valid choice" in answer.text and 'value="Atlantis"' in answer.text


@pytest.mark.parametrize("typed", ["iom", "IOM", "International Organization for Migration"])
def test_the_organization_filter_takes_a_slug_an_acronym_a_name_or_its_old_number(
        viewer_client, typed):
    iom = Organization.objects.get(slug="iom")
    for value in (typed, str(iom.pk)):
        answer = viewer_client.get(reverse("organizations:activity_list"),
                                   {"organization": value})
        listed = {row.pk for row in answer.context["table"].data}
        assert listed == set(Activity.objects.involving(iom).values_list("pk", flat=True))


def test_suggestions_need_sign_in(client):
    answer = client.get(reverse(CHOICES), {"q": "fr"})
    assert answer.status_code == 302
