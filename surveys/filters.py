"""Which rows each table lists: one FilterSet per noun, shared by the page and its export.

A filter set only filters; the counting rules are ``surveys.querysets``'s and the columns a
table shows are annotated by its view. The dashboard's figures link here with parameters
chosen so that the table lists exactly the rows the figure counts: ``report`` on responses
means "each Government's latest response counted by that report" (paragraph 9 of A/56/167
counts Governments, not letters).
"""
import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from core.filters import (
    YES_NO,
    ChoiceFilter,
    ModelChoiceFilter,
    SearchableChoiceFilter,
    YearFilter,
    between,
)
from core.i18n import french_sort_key
from surveys.models import (
    Code,
    DevelopmentGroup,
    Government,
    Letter,
    Report,
    Resolution,
    Response,
    Stance,
    Topic,
    area_label,
)

NEW_REPEAT = (("new", _("New: no reply to an earlier letter")),
              ("repeat", _("Repeat: replied to an earlier letter too")))


class ReportFilter(ModelChoiceFilter):
    """A report chosen by its address (A-56-167)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, queryset=Report.objects.all(), to_field_name="slug", **kwargs)


def distinct_values(field: str):
    """Choices from the values a Government field takes, read when the form is drawn: the
    stored English value, which the address keeps, labelled and sorted in the reader's
    language (a handful of M49 areas: sorted here, not in SQL)."""
    def choices():
        values = Government.objects.order_by(field).values_list(field, flat=True).distinct()
        return sorted(((value, area_label(value)) for value in values),
                      key=lambda choice: french_sort_key(choice[1]))
    return choices


def search_governments(queryset, name, value):
    return queryset.filter(Q(name__icontains=value) | Q(name_fr__icontains=value))


class GovernmentFilterBase(filters.FilterSet):
    """The filters on a Government's own fields, shared by the Government tables."""

    q = filters.CharFilter(label=_("Name contains"), method=search_governments)
    region = ChoiceFilter(choices=distinct_values("region"), label=_("Region"))
    sub_region = ChoiceFilter(choices=distinct_values("sub_region"), label=_("Sub-region"))
    development_group = ChoiceFilter(
        choices=DevelopmentGroup.choices, label=_("Development group")
    )

    class Meta:
        model = Government
        fields: list[str] = []  # every filter is declared above


class GovernmentFilterForm(forms.Form):
    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("new") and not cleaned_data.get("report"):
            self.add_error("new", _(
                "Choose a report: “first counted” compares a report with the one before it."
            ))
        if cleaned_data.get("member") and not cleaned_data.get("report"):
            self.add_error("member", _(
                "Choose a report: the membership is the report's, on its membership date."
            ))
        return cleaned_data


class GovernmentFilter(GovernmentFilterBase):
    """Governments, with their replies counted by a report (or every reply ever received).

    With a report, the rows are whom it is about (its membership, and any other Government
    it counts); "Replied: No" lists its non-respondents and "First counted" its new
    respondents, exactly as its summary counts them.
    """

    report = ReportFilter(label=_("Replies counted by report"), method="filter_report")
    replied = ChoiceFilter(
        choices=YES_NO, label=_("Replied"), method="filter_replied",
        help_text=_("With a report: replied by its cutoff, as it counts (No: its "
                    "non-respondents, a figure it froze). Without one: replied to any letter, "
                    "whenever received (No: never replied to any). For who has not answered "
                    "one letter, see the follow-up list."))
    latest_stance = ChoiceFilter(
        choices=Stance.choices, label=_("Latest stance"), method="filter_latest_stance"
    )
    new = ChoiceFilter(
        choices=YES_NO, method="filter_new",
        label=_("First counted by this report (not by the previous one)"),
    )
    member = ChoiceFilter(
        choices=YES_NO, method="filter_member",
        label=_("A Member on the report's membership date"),
    )
    letter = ModelChoiceFilter(
        queryset=Letter.objects.all(), to_field_name="number", method="filter_recipients",
        label=_("Recipients of the letter"),
    )

    class Meta(GovernmentFilterBase.Meta):
        form = GovernmentFilterForm

    @property
    def counting_report(self) -> Report | None:
        """The report the replies are counted by; None counts every reply ever received."""
        if not self.is_bound or not self.form.is_valid():
            return None
        return self.form.cleaned_data.get("report")

    def filter_report(self, queryset, name, value):
        return queryset.surveyed_by(value)

    def filter_replied(self, queryset, name, value):
        report = self.counting_report
        if value == "yes":
            return queryset.respondents_of(report)
        if report is None:
            return queryset.exclude(pk__in=Government.objects.respondents_of(None).values("pk"))
        return queryset.non_respondents_of(report)

    def filter_latest_stance(self, queryset, name, value):
        return queryset.with_latest_stance(self.counting_report, value)

    def filter_new(self, queryset, name, value):
        report = self.counting_report
        if value == "yes":
            return queryset.new_respondents_of(report)
        return queryset.repeat_respondents_of(report)

    def filter_member(self, queryset, name, value):
        members = Government.objects.members_at(self.counting_report).values("pk")
        return queryset.filter(pk__in=members) if value == "yes" else queryset.exclude(
            pk__in=members)

    def filter_recipients(self, queryset, name, value):
        return queryset.recipients_of(value)


class ResponseFilter(filters.FilterSet):
    """Responses; ``report`` keeps each Government's latest response that report counted."""

    q = filters.CharFilter(label=_("Search the summaries and names"), method="search")
    report = ReportFilter(
        method="filter_report", label=_("Latest response of each Government counted by report"),
    )
    stance = ChoiceFilter(choices=Stance.choices, label=_("Stance"))
    letter = ModelChoiceFilter(
        queryset=Letter.objects.all(), to_field_name="number", label=_("Letter")
    )
    government = SearchableChoiceFilter(
        queryset=Government.objects.all(), to_field_name="iso3", label=_("Government"),
        url=reverse_lazy("surveys:government_choices"),
        lookups=("iso3__iexact", "name__iexact", "name_fr__iexact"),
        help_text=_("Type a name or an ISO code, then choose."),
    )
    region = ChoiceFilter(
        field_name="government__region", choices=distinct_values("region"), label=_("Region")
    )
    development_group = ChoiceFilter(
        field_name="government__development_group", choices=DevelopmentGroup.choices,
        label=_("Development group"),
    )
    topic = ModelChoiceFilter(
        queryset=Topic.objects.all(), to_field_name="slug", method="filter_topic",
        label=_("Commented on the topic"),
    )
    code = ModelChoiceFilter(
        field_name="codes", queryset=Code.objects.select_related("topic"), label=_("Coded view")
    )
    respondent = ChoiceFilter(
        choices=NEW_REPEAT, method="filter_respondent", label=_("New or repeat respondent")
    )
    received_from, received_to = between(
        filters.DateFilter, "received_on",
        _("Received on or after (YYYY-MM-DD)"), _("Received on or before (YYYY-MM-DD)"),
    )

    class Meta:
        model = Response
        fields: list[str] = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(summary__icontains=value) | Q(government__name__icontains=value))

    def filter_report(self, queryset, name, value):
        return queryset.latest_counted_by(value)

    def filter_topic(self, queryset, name, value):
        coded = Response.codes.through.objects.filter(response=OuterRef("pk"), code__topic=value)
        return queryset.filter(Exists(coded))

    def filter_respondent(self, queryset, name, value):
        # With a report, as of its cutoff (its summary's letters); without, as of each reply.
        report = self.form.cleaned_data.get("report")
        return queryset.with_is_repeat(report).filter(is_repeat=(value == "repeat"))


class LetterFilter(filters.FilterSet):
    q = filters.CharFilter(
        field_name="purpose", lookup_expr="icontains", label=_("Purpose contains")
    )
    mandate = ModelChoiceFilter(queryset=Resolution.objects.all(), label=_("Mandate"))
    sent_from, sent_to = between(
        YearFilter, "sent_on__year",
        _("Sent in or after the year"), _("Sent in or before the year"),
    )

    class Meta:
        model = Letter
        fields: list[str] = []
