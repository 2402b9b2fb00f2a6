"""Which rows each table lists: one FilterSet per noun, shared by the page and its export.

The dashboard's figures link here with parameters chosen so that the table lists exactly
the rows the figure counts: ``report`` on responses means "each Government's latest response
counted by that report" (paragraph 9 of A/56/167 counts Governments, not letters).
"""
import django_filters as filters
from django import forms
from django.db.models import (
    Exists,
    OuterRef,
    Q,
)
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from surveys import reports
from surveys.annotations import with_replies
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
)
from surveys.querysets import earlier_replies

ANY = _("Any")
YES_NO = (("yes", _("Yes")), ("no", _("No")))
NEW_REPEAT = (("new", _("New: no reply to an earlier letter")),
              ("repeat", _("Repeat: replied to an earlier letter too")))


class ReportField(forms.ModelChoiceField):
    """A report chosen by its slug (A-56-167), the form used in addresses."""

    def prepare_value(self, value):
        return value.slug if isinstance(value, Report) else value

    def to_python(self, value):
        if value in self.empty_values:
            return None
        for report in self.queryset:
            if report.slug == value:
                return report
        raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")

    def label_from_instance(self, obj):
        return obj.symbol


class ChoiceFilter(filters.ChoiceFilter):
    """A select whose empty choice reads "Any" rather than a row of dashes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, empty_label=ANY, **kwargs)


class ModelChoiceFilter(filters.ModelChoiceFilter):
    """A select of records whose empty choice reads "Any"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, empty_label=ANY, **kwargs)


class ReportFilter(ModelChoiceFilter):
    field_class = ReportField


def distinct_values(field: str):
    """Choices from the values a Government field takes, read when the form is drawn."""
    def choices():
        values = Government.objects.order_by(field).values_list(field, flat=True).distinct()
        return [(value, value) for value in values]
    return choices


def between(filter_class, field: str, from_label, to_label):
    """Two filters bounding ``field``: from (inclusive) and to (inclusive)."""
    return (filter_class(field_name=field, lookup_expr="gte", label=from_label),
            filter_class(field_name=field, lookup_expr="lte", label=to_label))


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


class GovernmentFilter(GovernmentFilterBase):
    """Governments, with their replies counted as of a report's cutoff (or all replies)."""

    report = ReportFilter(
        queryset=Report.objects.all(), label=_("Replies counted by report"), method="keep"
    )
    replied = ChoiceFilter(choices=YES_NO, label=_("Replied"), method="filter_replied")
    latest_stance = ChoiceFilter(choices=Stance.choices, label=_("Latest stance"))
    new = ChoiceFilter(
        choices=YES_NO, method="filter_new",
        label=_("First counted by this report (not by the previous one)"),
    )
    letter = ModelChoiceFilter(
        queryset=Letter.objects.all(), to_field_name="number", method="filter_recipients",
        label=_("Recipients of the letter"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.queryset = with_replies(self.queryset, self.counting_report)

    @cached_property
    def counting_report(self) -> Report | None:
        """The report the replies are counted by; None counts every reply ever received."""
        if not self.is_bound:
            return None
        self.form.is_valid()
        return self.form.cleaned_data.get("report")

    def keep(self, queryset, name, value):
        return queryset  # the report sets the counting in with_replies, not a filter

    def filter_replied(self, queryset, name, value):
        return queryset.filter(letters_answered__gt=0) if value == "yes" else queryset.filter(
            letters_answered=0
        )

    def filter_new(self, queryset, name, value):
        report = self.counting_report
        previous = report.previous() if report else None
        if previous is None:
            return queryset
        counted = reports.counted_responses(report=previous).filter(government=OuterRef("pk"))
        return queryset.exclude(Exists(counted)) if value == "yes" else queryset.filter(
            Exists(counted)
        )

    def filter_recipients(self, queryset, name, value):
        return queryset.filter(pk__in=Government.objects.members_on(value.sent_on).values("pk"))


class ResponseFilter(filters.FilterSet):
    """Responses; ``report`` keeps each Government's latest response that report counted."""

    q = filters.CharFilter(label=_("Search the summaries and names"), method="search")
    report = ReportFilter(
        queryset=Report.objects.all(), method="filter_report",
        label=_("Latest response of each Government counted by report"),
    )
    stance = ChoiceFilter(choices=Stance.choices, label=_("Stance"))
    letter = ModelChoiceFilter(
        queryset=Letter.objects.all(), to_field_name="number", label=_("Letter")
    )
    government = ModelChoiceFilter(
        queryset=Government.objects.all(), to_field_name="iso3", label=_("Government")
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
        return queryset.filter(letter__reports=value).latest_by_government(
            value.cutoff_on, letters=value.letters.all()
        )

    def filter_topic(self, queryset, name, value):
        coded = Response.codes.through.objects.filter(response=OuterRef("pk"), code__topic=value)
        return queryset.filter(Exists(coded))

    def filter_respondent(self, queryset, name, value):
        earlier = Exists(earlier_replies())
        return queryset.filter(earlier) if value == "repeat" else queryset.exclude(earlier)


class LetterFilter(filters.FilterSet):
    q = filters.CharFilter(
        field_name="purpose", lookup_expr="icontains", label=_("Purpose contains")
    )
    mandate = ModelChoiceFilter(queryset=Resolution.objects.all(), label=_("Mandate"))
    sent_from, sent_to = between(
        filters.NumberFilter, "sent_on__year",
        _("Sent in or after the year"), _("Sent in or before the year"),
    )

    class Meta:
        model = Letter
        fields: list[str] = []

