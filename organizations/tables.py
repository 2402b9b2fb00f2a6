"""The columns of the activities table, shared by the page and its CSV/XLSX export."""
import django_tables2 as tables
from django.db.models import F
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from core.tables import BaseTable
from organizations.models import Activity


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
    def taking_part(record):
        """(organization, role label) pairs: the lead first, then the others as recorded."""
        yield record.organization, _("lead")
        for participation in record.participations.all():
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

    def value_organizations(self, record):
        return "; ".join(f"{org.label} ({role})" for org, role in self.taking_part(record))
