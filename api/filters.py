"""The FilterSets of the API's lists that have no table page (and so no FilterSet of their
own): policy views, published figures, organizations, lessons, instruments, Permanent
Missions and follow-up contacts.

The lists with a table page use the page's FilterSet (api.backends). Like those, these only
filter.
"""
import django_filters as filters
from django.utils.translation import gettext_lazy as _

from core.filters import ChoiceFilter, ModelChoiceFilter, between
from organizations.models import Group, Instrument, Lesson, Organization, Relevance, Theme
from surveys.filters import ReportFilter, distinct_values
from surveys.models import (
    ContactKind,
    DevelopmentGroup,
    FollowUp,
    Government,
    Language,
    Letter,
    Measure,
    PermanentMission,
    PolicyView,
    PublishedFigure,
)
from surveys.models.policies import Policy, PolicyFlow


def government_filter() -> ModelChoiceFilter:
    return ModelChoiceFilter(queryset=Government.objects.all(), to_field_name="iso3",
                             label=_("Government (ISO code)"))


class PolicyViewFilter(filters.FilterSet):
    government = government_filter()
    year = filters.NumberFilter(label=_("Year"))
    flow = ChoiceFilter(choices=PolicyFlow.choices, label=_("Flow"))
    policy = ChoiceFilter(choices=Policy.choices, label=_("Policy"))

    class Meta:
        model = PolicyView
        fields: list[str] = []


class PublishedFigureFilter(filters.FilterSet):
    report = ReportFilter(label=_("Figures of the report (its address, e.g. A-56-167)"))
    measure = ChoiceFilter(choices=Measure.choices, label=_("What the figure measures"))
    paragraph = filters.NumberFilter(label=_("Paragraph of the report that states it"))

    class Meta:
        model = PublishedFigure
        fields: list[str] = []


class OrganizationFilter(filters.FilterSet):
    group = ChoiceFilter(choices=Group.choices, label=_("Heading of section III (A to E)"))
    parent = ModelChoiceFilter(
        queryset=Organization.objects.all(), to_field_name="slug",
        label=_("Bodies of the organization (its slug)"),
    )

    class Meta:
        model = Organization
        fields: list[str] = []


class LessonFilter(filters.FilterSet):
    theme = ChoiceFilter(choices=Theme.choices, label=_("Theme"))
    organization = ModelChoiceFilter(
        queryset=Organization.objects.all(), to_field_name="slug",
        label=_("Drawn by the organization (its slug)"),
    )

    class Meta:
        model = Lesson
        fields: list[str] = []


class InstrumentFilter(filters.FilterSet):
    relevance = ChoiceFilter(choices=Relevance.choices, label=_("Relevance"))

    class Meta:
        model = Instrument
        fields: list[str] = []


class MissionFilter(filters.FilterSet):
    government = government_filter()
    language = ChoiceFilter(choices=Language.choices, label=_("Language of correspondence"))
    region = ChoiceFilter(field_name="government__region", choices=distinct_values("region"),
                          label=_("Region"))
    development_group = ChoiceFilter(field_name="government__development_group",
                                     choices=DevelopmentGroup.choices,
                                     label=_("Development group"))

    class Meta:
        model = PermanentMission
        fields: list[str] = []


class ContactFilter(filters.FilterSet):
    government = government_filter()
    letter = ModelChoiceFilter(queryset=Letter.objects.all(), to_field_name="number",
                               label=_("Letter"))
    kind = ChoiceFilter(choices=ContactKind.choices, label=_("Kind"))
    contacted_from, contacted_to = between(
        filters.DateFilter, "contacted_on",
        _("Contacted on or after (YYYY-MM-DD)"), _("Contacted on or before (YYYY-MM-DD)"),
    )

    class Meta:
        model = FollowUp
        fields: list[str] = []
