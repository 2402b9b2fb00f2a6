"""A list applies every backend of its view's ``filter_backends``, in order, as DRF does: one
added to them filters the list and its records, wherever it stands."""
import pytest
from rest_framework.filters import BaseFilterBackend

from api.backends import AnnotatedRows, FilterSetBackend, TableOrderingFilter
from api.views.surveys import GovernmentViewSet

pytestmark = pytest.mark.django_db


class OnlyEurope(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        return queryset.filter(region="Europe")


@pytest.mark.parametrize("backends", [
    (OnlyEurope, FilterSetBackend, AnnotatedRows, TableOrderingFilter),
    (FilterSetBackend, AnnotatedRows, TableOrderingFilter, OnlyEurope),
], ids=["first", "last"])
def test_a_backend_added_to_filter_backends_is_applied(api, monkeypatch, backends):
    monkeypatch.setattr(GovernmentViewSet, "filter_backends", backends)

    rows = api.get("/api/governments/?report=A-56-167&replied=yes&page_size=500").json()
    assert rows["results"] and {row["region"] for row in rows["results"]} == {"Europe"}
    assert api.get("/api/governments/FRA/").status_code == 200
    assert api.get("/api/governments/JPN/").status_code == 404


def test_the_filters_and_the_counted_columns_follow_the_same_report(api):
    """The FilterSet chooses the rows and the report the columns are counted by, once."""
    rows = api.get("/api/governments/?report=A-56-167&replied=yes&page_size=500").json()
    assert rows["results"] and all(row["replied"] for row in rows["results"])
