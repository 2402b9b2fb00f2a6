"""Data in the reader's language (core.i18n): names in French falling back to English, the
UN M49 areas and development groups labelled in French, dates written the French way."""
import datetime
import json
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from core.dates import DatePrecision, format_date
from core.i18n import in_reader_language, reader_order
from organizations.models import Organization
from surveys.models import (
    DevelopmentGroup,
    Government,
    IntermediateRegion,
    Region,
    SubRegion,
    area_label,
)

pytestmark = pytest.mark.django_db

CATALOG = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
REFERENCE = Path(settings.BASE_DIR) / "fixtures" / "reference.json"
AREA_FIELDS = {"region": Region, "sub_region": SubRegion,
               "intermediate_region": IntermediateRegion, "development_group": DevelopmentGroup}



def test_a_name_is_french_for_a_french_reader_and_english_otherwise():
    france = Government.objects.get(iso3="FRA")
    with translation.override("fr"):
        assert str(france) == "France" and france.reader_name == france.name_fr
        egypt = Government.objects.get(iso3="EGY")
        assert str(egypt) == "Égypte"
    with translation.override("en"):
        assert str(egypt) == "Egypt"


def test_a_name_without_a_french_one_falls_back_to_english():
    egypt = Government.objects.get(iso3="EGY")
    egypt.name_fr = ""
    with translation.override("fr"):
        assert str(egypt) == "Egypt"
        assert in_reader_language("Egypt", None) == "Egypt"


def test_organizations_have_no_french_names_yet_and_show_the_english_ones():
    # The report's French version is not among the sources: no French name is invented.
    assert not Organization.objects.exclude(name_fr="").exists()
    division = Organization.objects.get(name="Population Division")
    with translation.override("fr"):
        assert division.reader_name == "Population Division"
        division.name_fr = "Division de la population"
        assert division.label.startswith("Division de la population")


def test_french_organization_names_are_searched_and_sorted(viewer_client):
    Organization.objects.filter(name="Population Division").update(
        name_fr="Division de la population")
    with translation.override("fr"):
        names = list(Organization.objects.order_by(reader_order()).values_list("name", flat=True))
    assert names.index("Population Division") < names.index("Economic Commission for Europe")
    found = viewer_client.get("/organizations/choices/", {"q": "Division de la"}).json()
    assert [row["value"] for row in found["results"]] == ["population-division"]


def _reference_values(field):
    rows = json.loads(REFERENCE.read_text())
    return {row["fields"][field] for row in rows if row["model"] == "surveys.government"} - {""}


@pytest.mark.parametrize("field", AREA_FIELDS)
def test_every_area_in_the_reference_data_is_an_m49_area_with_a_french_name(field):
    """Fails when a Government's data bring a region (or group) the catalogue cannot name."""
    values = _reference_values(field)
    assert values, field
    assert values <= set(AREA_FIELDS[field].values), values - set(AREA_FIELDS[field].values)
    catalog = polib.pofile(str(CATALOG))
    labels = dict(AREA_FIELDS[field].choices)
    for value in values:
        context = "UN M49 area" if field != "development_group" else None
        with translation.override("en"):
            entry = catalog.find(str(labels[value]), msgctxt=context)
        assert entry and entry.msgstr and not entry.fuzzy, (field, value)


def test_the_french_names_are_the_m49_ones():
    with translation.override("fr"):
        assert [area_label(v) for v in ("Africa", "Americas", "Oceania")] == [
            "Afrique", "Amériques", "Océanie"]
        assert area_label("Sub-Saharan Africa") == "Afrique subsaharienne"
        assert area_label("Northern America") == "Amérique septentrionale"
        assert area_label("Latin America and the Caribbean") == "Amérique latine et Caraïbes"
        assert area_label("Channel Islands") == "Îles Anglo-Normandes"
    with translation.override("en"):
        assert area_label("Sub-Saharan Africa") == "Sub-Saharan Africa"


def test_the_region_filter_keeps_english_values_under_french_labels(viewer_client):
    page = viewer_client.get("/governments/", {"region": "Africa"},
                             HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<option value="Africa" selected>Afrique</option>' in page
    assert "Égypte" in page  # an African Government, under its French name
    assert "Albanie" not in page


def test_dates_are_written_the_french_way():
    issued = datetime.date(2001, 7, 3)
    with translation.override("fr"):
        assert format_date(issued, DatePrecision.DAY) == "3 juillet 2001"
        assert format_date(issued.replace(day=1), DatePrecision.MONTH) == "juillet 2001"
    with translation.override("en"):
        assert format_date(issued, DatePrecision.DAY) == "3 July 2001"


def test_a_french_page_gives_the_report_date_in_french(viewer_client):
    french = viewer_client.get("/reports/A-56-167/", HTTP_ACCEPT_LANGUAGE="fr")
    english = viewer_client.get("/reports/A-56-167/", HTTP_ACCEPT_LANGUAGE="en")
    assert "3 juillet 2001" in french.content.decode()
    assert "3 juillet 2001" not in english.content.decode()
    assert "3 July 2001" in english.content.decode()


def test_french_dates_are_typed_as_iso_8601_too():
    from django.utils import formats
    with translation.override("fr"):
        assert formats.get_format("DATE_INPUT_FORMATS") == ["%Y-%m-%d"]
        assert formats.get_format("THOUSAND_SEPARATOR") == "\xa0"
        assert formats.get_format("DECIMAL_SEPARATOR") == ","


def test_staff_enter_an_organizations_french_name_and_exports_carry_it(admin_client_signed):
    from django.urls import reverse

    from organizations.resources import OrganizationResource

    division = Organization.objects.get(name="Population Division")
    page = admin_client_signed.get(
        reverse("admin:organizations_organization_change", args=[division.pk]))
    assert page.status_code == 200 and 'name="name_fr"' in page.content.decode()
    division.name_fr = "Division de la population"
    division.save()
    exported = OrganizationResource().export()
    assert "name_fr" in exported.headers
    assert "Division de la population" in exported.csv


def test_table_cells_and_exports_give_names_and_areas_in_french():
    from surveys.models import Response
    from surveys.tables import GovernmentTable, ResponseTable

    with translation.override("fr"):
        table = GovernmentTable(Government.objects.filter(iso3="EGY"))
        cells = [table.rows[0].get_cell(c) for c in ("name", "region", "sub_region",
                                                       "development_group")]
        exported = list(table.as_values())[1]
        responses = ResponseTable(Response.objects.filter(government__region="Africa")[:1])
        replier = responses.rows[0].record.government
        response_cells = [str(responses.rows[0].get_cell(c)) for c in ("government", "region")]
    assert "Égypte" in str(cells[0])
    assert cells[1:] == ["Afrique", "Afrique septentrionale", "Régions moins développées"]
    assert "Égypte" in exported and "Afrique" in exported
    assert f">{replier.name_fr}<" in response_cells[0] and response_cells[1] == "Afrique"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_area_s_display_is_its_choice_label_in_the_reader_s_language(language):
    """Government's own get_FOO_display (one dict lookup, for the exports' speed) says what
    Django's would: the choice's label, in the reader's language."""
    for field, choices in AREA_FIELDS.items():
        for value, label in choices.choices:
            seat = Government(**{field: value})
            with translation.override(language):
                assert getattr(seat, f"get_{field}_display")() == str(label), (field, value)
    with translation.override("fr"):
        assert Government(sub_region="Northern Africa").get_sub_region_display() != (
            "Northern Africa")
