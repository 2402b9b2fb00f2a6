"""The reference fixture against what the report states in sections III and IV."""
import datetime
from itertools import chain

import pytest
from django.core.management import call_command

from organizations.models import (
    Activity,
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
    counts = Organization.objects.in_inventory().count_by_group()
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


def test_every_record_of_the_fixture_is_valid():
    for model in (Organization, Activity, Lesson, Instrument, Participation):
        for record in model.objects.all():
            record.full_clean()


def test_loading_the_fixture_twice_changes_nothing():
    models = (Organization, Activity, Participation, Lesson, Instrument, InstrumentStatus)
    before = {model: list(model.objects.order_by("pk").values()) for model in models}
    call_command("loaddata", "fixtures/organizations.json", verbosity=0)
    assert {model: list(model.objects.order_by("pk").values()) for model in models} == before
