"""Names sorted in French order, in SQL (core.i18n.reader_order): on SQLite by the collation
registered on each connection, on PostgreSQL by ICU's fr-x-icu; both equal Python's key."""
import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.i18n import french_sort_key, reader_order
from surveys.models import Government
from surveys.tables import GovernmentTable

pytestmark = pytest.mark.django_db

E_NAMES = ["Égypte", "El Salvador", "Émirats arabes unis", "Équateur", "Érythrée", "Espagne",
           "Estonie", "Eswatini", "États-Unis d'Amérique", "Éthiopie"]
QUICK = settings(deadline=None, database=None, max_examples=60,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])
LETTERS = "aAbcCeEéÉèêëiîïoOôöuùûüçÇ"
NAMES = st.text(alphabet=LETTERS + " -'", min_size=1, max_size=8).filter(str.strip)


def _seats(french_names):
    """Governments named in French as given (their English names in another order)."""
    return Government.objects.bulk_create([
        Government(iso3=f"9{i:02d}", m49="999", name=f"zz {len(french_names) - i:03d}",
                   name_fr=name, admitted_on=datetime.date(1990, 1, 1), region="Africa",
                   sub_region="Sub-Saharan Africa", development_group="less developed")
        for i, name in enumerate(french_names)])


def _ordered(**kwargs):
    return list(Government.objects.filter(iso3__startswith="9").order_by(reader_order(**kwargs))
                .values_list("name_fr", flat=True))


def test_french_order_ignores_accents_before_letters():
    _seats(list(reversed(E_NAMES)))
    with translation.override("fr"):
        assert _ordered() == E_NAMES
        assert _ordered(descending=True) == list(reversed(E_NAMES))


def test_the_french_members_sort_as_the_reference_key_sorts_them():
    with translation.override("fr"):
        names = [str(g) for g in Government.objects.order_by(reader_order())]
    assert names == sorted(names, key=french_sort_key)
    assert names.index("Égypte") < names.index("El Salvador") < names.index("Équateur")


def test_english_readers_keep_the_english_order():
    with translation.override("en"):
        names = list(Government.objects.order_by(reader_order()).values_list("name", flat=True))
    assert names == list(Government.objects.order_by("name").values_list("name", flat=True))


def test_a_government_without_a_french_name_sorts_by_its_english_one():
    _seats(["Brésil", "", "Danemark"])
    Government.objects.filter(iso3="901").update(name="Cuba (test)")
    with translation.override("fr"):
        assert _ordered() == ["Brésil", "", "Danemark"]  # "" is "Cuba (test)": between B and D


@QUICK
@given(names=st.lists(NAMES, min_size=2, max_size=12))
def test_the_database_sorts_french_names_as_the_reference_key(names):
    with transaction.atomic():
        _seats(names)
        with translation.override("fr"):
            assert _ordered() == sorted(names, key=french_sort_key)
        transaction.set_rollback(True)


def test_a_key_orders_accents_then_case_only_between_otherwise_equal_names():
    assert sorted(["côté", "Cote", "coté", "cote", "côte"], key=french_sort_key) == [
        "cote", "Cote", "coté", "côte", "côté"]


def test_the_government_table_sorts_in_sql_in_french(viewer_client):
    with translation.override("fr"):
        table = GovernmentTable(Government.objects.all(), order_by="-name")
        with CaptureQueriesContext(connection) as queries:
            rows = [str(row.record) for row in table.rows]
    assert rows == sorted(rows, key=french_sort_key, reverse=True)
    assert any("COLLATE" in q["sql"] for q in queries.captured_queries)



def test_a_french_page_of_governments_costs_the_queries_of_an_english_one(
        viewer_client):
    counts, pages = {}, {}
    for language in ("en", "fr"):
        with CaptureQueriesContext(connection) as queries:
            response = viewer_client.get("/governments/", {"sort": "name"},
                                         HTTP_ACCEPT_LANGUAGE=language)
        counts[language], pages[language] = len(queries.captured_queries), response
    assert counts["fr"] == counts["en"]
    french = pages["fr"].content.decode()
    names = ["Afghanistan", "Afrique du Sud", "Albanie", "Algérie", "Allemagne"]  # sorted in SQL
    assert [french.index(f">{name}<") for name in names] == sorted(
        french.index(f">{name}<") for name in names)
    assert ">Afrique du Sud<" not in pages["en"].content.decode()


def test_the_government_suggestions_are_in_french_order_with_french_names(viewer_client):
    with translation.override("fr"):
        found = viewer_client.get("/governments/choices/", {"q": "é"},
                                  HTTP_ACCEPT_LANGUAGE="fr").json()["results"]
    labels = [row["label"] for row in found]
    assert labels and labels == sorted(labels, key=french_sort_key)


def test_a_name_order_combines_with_another_columns():
    with translation.override("fr"):
        table = GovernmentTable(Government.objects.all(), order_by=("region", "-name"))
        rows = [(row.record.region, str(row.record)) for row in table.rows]
    regions = [region for region, _name in rows]
    assert regions == sorted(regions) and len(set(regions)) == 5
    africa = [name for region, name in rows if region == "Africa"]
    assert africa == sorted(africa, key=french_sort_key, reverse=True)
