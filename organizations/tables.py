"""The columns of the activities table, shared by the page and its CSV/XLSX export."""
from collections import defaultdict

import django_tables2 as tables
from django.db import models
from django.db.models import F
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from core import exports
from core.tables import BaseTable
from organizations.models import Activity, Participation


class ActivityTable(BaseTable):
    when = tables.Column(
        verbose_name=_("When"), accessor="when"
    )
    title = tables.Column(verbose_name=_("Title"))
    kind = tables.Column(verbose_name=_("Kind"))
    organizations = tables.Column(
        verbose_name=_("Organizations"), accessor="organization",
        order_by=("organization__name",),
    )
    place = tables.Column(verbose_name=_("Place"))
    paragraph = tables.Column(
        verbose_name=_("Paragraph"), attrs={"th": {"class": "num"}, "td": {"class": "num"}}
    )

    class Meta(BaseTable.Meta):
        model = Activity
        fields = ("when", "title", "kind", "organizations", "place", "paragraph")
        order_by = ("when",)
        empty_text = _("No activity matches these filters.")

    # Its own caption, which core.views.TablePage keeps; includes/table.html adds the row count.
    caption = _("Activities of the organizations, with their dates as the report gives them")

    @staticmethod
    def taking_part(record, participations=None):
        """(organization, role label) pairs: the lead first, then the others as recorded
        (``participations``; the record's own, prefetched on the page, when not given)."""
        yield record.organization, _("lead")
        if participations is None:
            participations = record.participations.all()
        for participation in participations:
            yield participation.organization, participation.get_role_display().lower()

    def order_when(self, queryset, is_descending):
        # Undated activities go last either way, on every database.
        date = F("sort_date").desc(nulls_last=True) if is_descending else F("sort_date").asc(
            nulls_last=True
        )
        return queryset.order_by(date, "paragraph", "pk"), True

    def render_organizations(self, record):
        return format_html_join(
            "; ", '<a href="{}">{}</a> ({})',
            ((org.get_absolute_url(), org, role) for org, role in self.taking_part(record)),
        )

    def export_records(self):
        """The activities an export holds, the organizations taking part in them read in one
        lookup for all of them (``exported_participations``) rather than again with every
        chunk of activities."""
        activities = self.data.data
        if not isinstance(activities, models.QuerySet):
            return super().export_records()
        self.exported_participations = participations_by_activity(activities)
        return activities.prefetch_related(None).iterator(chunk_size=exports.CHUNK_ROWS)

    def value_organizations(self, record):
        exported = getattr(self, "exported_participations", None)
        participations = None if exported is None else exported.get(record.pk, ())
        return "; ".join(
            f"{org.label} ({role})" for org, role in self.taking_part(record, participations))


def participations_by_activity(activities) -> dict[int, list[Participation]]:
    """The participations of each of the activities, with their organizations, in the order
    recorded, in one query for all the activities; none for an activity led alone."""
    participations = defaultdict(list)
    links = Participation.objects.filter(activity__in=activities.order_by().values("pk"))
    for participation in links.select_related("organization").order_by("activity", "pk"):
        participations[participation.activity_id].append(participation)
    return participations
