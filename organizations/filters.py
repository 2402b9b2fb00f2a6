"""Which activities the table shows: one FilterSet for the page and its export."""
import django_filters
from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from core.filters import ChoiceFilter, SearchableChoiceFilter, YearFilter
from organizations.models import Activity, Group, Kind, Organization


class ActivityFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    group = ChoiceFilter(label=_("Group"), choices=Group.choices, method="filter_group")
    kind = ChoiceFilter(label=_("Kind"), choices=Kind.choices)
    year = YearFilter(
        label=_("Year"), method="filter_year",
        widget=forms.NumberInput(attrs={"min": 1900, "max": 2100}),
    )
    organization = SearchableChoiceFilter(
        label=_("Organization"), method="filter_organization",
        queryset=Organization.objects.order_by("name"),
        url=reverse_lazy("organizations:organization_choices"),
        lookups=("pk", "slug", "name__iexact", "name_fr__iexact", "acronym__iexact"),
        help_text=_("Type a name or an acronym, then choose."),
    )
    place = django_filters.CharFilter(label=_("Place"), lookup_expr="icontains")

    class Meta:
        model = Activity
        fields = ["q", "group", "kind", "year", "organization", "place"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value.strip()) if value.strip() else queryset

    def filter_group(self, queryset, name, value):
        return queryset.of_group(value)

    def filter_year(self, queryset, name, value):
        return queryset.in_year(int(value))

    def filter_organization(self, queryset, name, value):
        return queryset.involving(value)
