"""The reference fixture against what the report states in sections III and IV."""
import datetime
from collections import Counter
from itertools import chain

import pytest
from django.core.management import call_command

from organizations.models import (
    Activity,
    Consideration,
    Finding,
    Instrument,
    InstrumentStatus,
    Lesson,
    Mechanism,
    Organization,
    Participation,
)

pytestmark = pytest.mark.django_db

# The report's table of contents for section III (and, for the regional commissions, which have
# no sub-headings, the commissions paragraphs 23-25 describe), in its order.
CONTENTS = {
    "A": ["Population Division", "Statistics Division"],
    "B": [
        "Economic Commission for Europe",
        "Economic Commission for Latin America and the Caribbean",
        "Economic and Social Commission for Western Asia",
    ],
    "C": ["Committee for Development Policy"],
    "D": [
        "Commission on Human Rights",
        "Commission on Crime Prevention and Criminal Justice",
        "United Nations Institute for Training and Research",
        "United Nations Population Fund",
        "Office of the United Nations High Commissioner for Refugees",
        "Food and Agriculture Organization of the United Nations",
        "International Labour Organization",
    ],
    "E": [
        "International Organization for Migration",
        "Organisation for Economic Cooperation and Development",
        "Council of Europe",
        "European Union",
        "International Centre for Migration Policy Development",
        "International Metropolis Project",
    ],
}


def test_counts_per_group_are_the_reports():
    counts = Counter(Organization.objects.in_inventory().values_list("group", flat=True))
    assert counts == {group: len(names) for group, names in CONTENTS.items()}


def test_the_inventory_follows_the_reports_order_and_groups():
    entries = Organization.objects.in_inventory()
    assert [(o.group, o.name) for o in entries] == [
        (group, name) for group, names in CONTENTS.items() for name in names
    ]


def test_every_paragraph_from_19_to_55_is_cited_by_a_record():
    cited = set(
        chain.from_iterable(
            model.objects.values_list("paragraph", flat=True)
            for model in (Organization, Activity, Lesson, Instrument, InstrumentStatus)
        )
    )
    assert set(range(19, 56)) - cited == set()


def test_section_iv_mechanisms_cite_paragraphs_59_to_63():
    assert set(Mechanism.objects.values_list("paragraph", flat=True)) == set(range(59, 64))


def test_instruments_of_paragraphs_27_30_38_and_63_are_recorded():
    assert set(Instrument.objects.values_list("paragraph", flat=True)) == {27, 30, 38, 63}
    assert Instrument.objects.filter(paragraph=63).count() == 5  # 1951, 1967 and three more


@pytest.mark.parametrize(
    ("slug", "fields"),
    [
        ("iom", {"member_states": 86, "observers": 41}),
        ("council-of-europe", {"member_states": 43}),
        ("cdp", {"experts": 24, "established_year": 1998}),
        ("icmpd", {"established_year": 1993, "headquarters": "Geneva"}),
        ("metropolis", {"established_year": 1996}),
    ],
)
def test_what_the_report_states_of_an_organization(slug, fields):
    organization = Organization.objects.get(slug=slug)
    assert {name: getattr(organization, name) for name in fields} == fields


@pytest.mark.parametrize(
    ("body", "parent"),
    [
        ("population-division", "desa"),
        ("statistics-division", "desa"),
        ("celade", "eclac"),
        ("cdmg", "council-of-europe"),
    ],
)
def test_bodies_belong_where_the_report_puts_them(body, parent):
    assert Organization.objects.get(slug=body).parent.slug == parent


def test_the_migrant_workers_convention_on_18_may_2001():
    convention = Instrument.objects.with_latest_status().get(paragraph=27)
    status = convention.statuses.get(as_of=datetime.date(2001, 5, 18))
    assert (status.signatories, status.parties, convention.parties_required) == (10, 16, 20)
    assert convention.parties_missing == 4


def test_the_protocols_adopted_on_15_november_2000():
    protocols = Instrument.objects.filter(title__startswith="Protocol", paragraph=30)
    assert protocols.count() == 2
    assert set(protocols.values_list("adopted_on", flat=True)) == {datetime.date(2000, 11, 15)}


def test_imp_is_co_sponsored_by_unitar_unfpa_ilo_and_iom():
    imp = Activity.objects.get(title="International Migration Policy Programme (IMP)")
    co_sponsors = set(
        Participation.objects.filter(activity=imp, role="co_sponsor").values_list(
            "organization__acronym", flat=True
        )
    )
    assert {imp.organization.acronym, *co_sponsors} == {"UNITAR", "UNFPA", "ILO", "IOM"}


def test_the_migrant_workers_convention_is_open_for_signature_with_10_signatories():
    """Para 27: 10 countries had signed it by 18 May 2001, so it was open for signature."""
    status = InstrumentStatus.objects.get(instrument__paragraph=27, as_of="2001-05-18")
    assert status.open_for_signature is True and status.signatories == 10


def test_the_racial_discrimination_convention_is_resolution_2106_a_xx():
    """The report's note 11 prints '2016 A (XX)'; the General Assembly adopted the
    convention by resolution 2106 A (XX). The record keeps the note's misprint as a note."""
    convention = Instrument.objects.get(short_title="Convention on Racial Discrimination")
    assert convention.resolution == "resolution 2106 A (XX), annex"
    assert "2016 A (XX)" in convention.reference and "misprint" in convention.reference


def test_the_special_rapporteur_s_appointment_is_not_dated_with_the_resolution():
    """Para 28 dates resolution 1999/44, not the appointment it provided for."""
    appointment = Activity.objects.get(title__startswith="Appointment of a Special Rapporteur")
    assert appointment.start is None
    assert "resolution 1999/44 of 27 April 1999" in appointment.description


@pytest.mark.parametrize(("organization", "paragraph", "title"), [
    ("celade", 24, "National and regional technical meetings on international migration"),
    ("iom", 43, "Transportation of migrants and preparations for their safe travel"),
    ("iom", 45, "Migration health, and awareness-raising on HIV/AIDS and migration"),
    ("council-of-europe", 49, "Activities concerning clandestine migration"),
])
def test_the_activities_the_report_describes_are_recorded(organization, paragraph, title):
    activity = Activity.objects.get(title=title)
    assert (activity.organization.slug, activity.paragraph) == (organization, paragraph)


def test_the_four_considerations_of_para_1_and_where_each_is_addressed():
    rows = {c.letter: c for c in Consideration.objects.all()}
    assert list(rows) == ["a", "b", "c", "d"]
    assert rows["a"].paragraphs == (26,) and "not yet" in rows["a"].note
    assert rows["b"].paragraphs == tuple(range(18, 56))
    assert rows["c"].paragraphs == tuple(range(56, 64))
    assert not rows["d"].is_addressed and rows["d"].note.startswith("Not addressed")


def test_the_findings_of_section_iv_cite_paragraphs_56_to_63():
    findings = list(Finding.objects.all())
    assert {f.paragraph for f in findings} == {56, 57, 58, 60, 61, 62, 63}
    assert {f.kind for f in findings} == {"finding", "conclusion"}


def test_a_consideration_needs_paragraphs_or_a_reason():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as caught:
        Consideration(letter="e", text="x", addressed_in="18 to 55").full_clean()
    assert {"letter", "addressed_in"} <= set(caught.value.message_dict)
    with pytest.raises(ValidationError, match="Say why"):
        Consideration(letter="a", text="x").clean()
    with pytest.raises(ValidationError, match="1 to 63"):
        Consideration(letter="a", text="x", addressed_in="18-99").clean()
    with pytest.raises(ValidationError, match="56 to 63"):
        Finding(kind="finding", text="x", paragraph=12, order=99).clean()


def test_every_record_of_the_fixture_is_valid():
    for model in (Organization, Activity, Lesson, Instrument, Participation, Consideration,
                  Finding):
        for record in model.objects.all():
            record.full_clean()


def test_loading_the_fixture_twice_changes_nothing():
    models = (Organization, Activity, Participation, Lesson, Instrument, InstrumentStatus,
              Consideration, Finding)
    before = {model: list(model.objects.order_by("pk").values()) for model in models}
    call_command("loaddata", "fixtures/organizations.json", verbosity=0)
    assert {model: list(model.objects.order_by("pk").values()) for model in models} == before
