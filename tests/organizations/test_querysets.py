"""The activity filters against plain-Python readings of the same rows."""
import pytest

from organizations.models import Activity, Organization, Qualifier

pytestmark = pytest.mark.django_db


def years_of(activity) -> set[int]:
    """The years an activity is under way, read from its dates as a person would."""
    start, end = activity.start, activity.end
    if activity.qualifier == Qualifier.SINCE:
        return set(range(start.year, 2101))
    if start is None:
        return {end.year} if end else set()
    return set(range(start.year, (end or start).year + 1))


def titles(queryset) -> set[str]:
    return set(queryset.values_list("title", flat=True))


@pytest.mark.parametrize("year", range(1989, 2003))
def test_in_year_matches_the_dates(year):
    expected = {a.title for a in Activity.objects.all() if year in years_of(a)}
    assert titles(Activity.objects.in_year(year)) == expected


def test_in_year_takes_spans_and_since():
    in_1997 = titles(Activity.objects.in_year(1997))
    assert "Return programmes of migrants with microcredits for small entrepreneurs" in in_1997
    assert "Regional seminars on migration, free trade and regional integration" in in_1997
    assert "International Conference on Globalization, Migration and Development" not in in_1997


def everyone(activity):
    return [activity.organization, *(p.organization for p in activity.participations.all())]


@pytest.mark.parametrize("group", list("ABCDE"))
def test_of_group_takes_the_lead_and_the_others(group):
    expected = {
        a.title for a in Activity.objects.with_organizations()
        if any(o.group == group for o in everyone(a))
    }
    assert titles(Activity.objects.of_group(group)) == expected
    assert Activity.objects.of_group(group).count() == len(expected)  # no duplicate rows


@pytest.mark.parametrize("slug", ["eclac", "iom", "council-of-europe", "unfpa", "desa"])
def test_involving_takes_the_organization_its_bodies_and_its_partnerships(slug):
    organization = Organization.objects.get(slug=slug)
    expected = {
        a.title for a in Activity.objects.with_organizations()
        if organization in everyone(a) or a.organization.parent_id == organization.pk
    }
    assert expected
    assert titles(Activity.objects.involving(organization)) == expected


@pytest.mark.parametrize("text", ["Kosovo", "trafficking", "UNAIDS", "geneva", "Population"])
def test_search_looks_in_titles_descriptions_places_and_names(text):
    needle = text.lower()
    expected = {
        a.title for a in Activity.objects.with_organizations()
        if any(needle in field.lower() for field in (a.title, a.description, a.place))
        or any(needle in f"{o.name} {o.acronym}".lower() for o in everyone(a))
    }
    assert expected
    assert titles(Activity.objects.search(text)) == expected


def test_chronological_puts_undated_activities_last():
    dates = [a.start or a.end for a in Activity.objects.chronological()]
    dated = [d for d in dates if d]
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert dated == sorted(dated)
