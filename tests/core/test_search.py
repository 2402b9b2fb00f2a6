"""The header's search: each app's registered records, grouped by kind, as the user may see."""
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from core import search
from organizations.models import Activity, Instrument, Lesson, Organization
from surveys.models import Government

pytestmark = pytest.mark.django_db
SEARCH = reverse("core:search")


def kinds(results) -> dict[str, list[str]]:
    return {str(group.kind.label): [hit.label for hit in group.hits] for group in results}


def test_every_app_registers_its_records():
    models = {kind.queryset.model for kind in search.registry}
    assert models == {Government, Organization, Activity, Lesson, Instrument}


@pytest.mark.parametrize("field", ["name", "name_fr", "iso3"])
def test_a_government_is_found_by_english_or_french_name_or_iso_code(viewer, field):
    government = Government.objects.exclude(name_fr="").exclude(name_fr=None).order_by("pk")[3]
    typed = getattr(government, field).lower()

    found = kinds(search.search(typed, viewer, limit=500))

    assert f"{government.name} ({government.iso3})" in found["Governments"]


def test_each_kind_lists_what_its_fields_hold_and_counts_all_of_them(viewer):
    word = "migra"
    results = {str(group.kind.label): group for group in search.search(word, viewer, limit=3)}
    expected = {
        "Activities": Activity.objects.filter(title__icontains=word)
        | Activity.objects.filter(description__icontains=word)
        | Activity.objects.filter(place__icontains=word),
        "Lessons": Lesson.objects.filter(text__icontains=word),
        "Organizations": Organization.objects.filter(name__icontains=word)
        | Organization.objects.filter(acronym__icontains=word),
    }
    for label, rows in expected.items():
        assert results[label].total == rows.distinct().count() > 0, label
        assert len(results[label].hits) == min(3, results[label].total)


def test_the_results_page_groups_by_kind_and_links_each_record(viewer_client):
    france = Government.objects.get(iso3="FRA")
    page = viewer_client.get(SEARCH, {"q": "fra"})
    html = page.content.decode()
    assert page.status_code == 200
    assert f'<a href="{france.get_absolute_url()}">France (FRA)</a>' in html
    assert '<h2 id="results-1">Governments' in html
    assert 'role="search"' in html and 'value="fra"' in html


def test_nothing_found_and_nothing_typed_say_so(viewer_client):
    assert "Nothing matches “zzqx”." in viewer_client.get(SEARCH, {"q": "zzqx"}).content.decode()
    assert "Type a word or a code" in viewer_client.get(SEARCH).content.decode()


def test_a_kind_the_user_may_not_view_is_left_out(viewer, django_user_model):
    stranger = django_user_model.objects.create_user(username="stranger")
    stranger.user_permissions.add(Permission.objects.get(codename="view_organization"))
    assert set(kinds(search.search("a", stranger))) == {"Organizations"}
    assert "Governments" in kinds(search.search("a", viewer))


def test_queries_do_not_grow_with_the_matches(viewer_client, django_assert_max_num_queries):
    # The session, the user, the permissions, then a count and a page of rows for each kind.
    with django_assert_max_num_queries(4 + 2 * len(search.registry) + 1):
        viewer_client.get(SEARCH, {"q": "a"})


def test_a_long_or_odd_query_is_cut_and_answered(viewer_client):
    for typed in ["%", "_", "'; drop table", "é" * 5000, "\\"]:
        assert viewer_client.get(SEARCH, {"q": typed}).status_code == 200
