"""The inventory's pages: organizations by group, one organization, activities, lessons,
instruments and the printable inventory."""
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from core.autocomplete import ChoicesView
from core.i18n import reader_order
from core.views import PagedList, TablePage
from organizations.filters import ActivityFilter
from organizations.models import (
    Activity,
    Consideration,
    Finding,
    Group,
    Instrument,
    Lesson,
    Mechanism,
    Organization,
    Participation,
    Theme,
)
from organizations.tables import ActivityTable


def grouped(rows, key, choices):
    """Rows (already fetched) under each choice's label, in the choices' order, empty ones kept
    out: [(label, [rows])]."""
    by_value = {}
    for row in rows:
        by_value.setdefault(getattr(row, key), []).append(row)
    return [(label, by_value[value]) for value, label in choices if value in by_value]


def timeline():
    return Activity.objects.with_organizations().chronological()


class OrganizationListView(PagedList):
    """The organizations under the report's headings A to E, with what each did and learnt,
    a page of them at a time in the headings' order."""

    queryset = Organization.objects.with_counts().select_related("parent").order_by(
        "group", "order", "pk")
    paginate_by = PagedList.max_per_page  # the report's own fit on one page
    template_name = "organizations/organization_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["groups"] = grouped(context["object_list"], "group", Group.choices)
        return context


class OrganizationDetailView(DetailView):
    queryset = Organization.objects.select_related("parent").prefetch_related(
        "bodies", "instruments", "lessons"
    )
    template_name = "organizations/organization_detail.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            activities=timeline().involving(self.object),
            body_lessons=Lesson.objects.filter(organization__parent=self.object)
            .select_related("organization"),
            **kwargs,
        )


class ActivityListView(TablePage):
    """The activities table: the filters decide the rows, on the page and in the export
    (CSV and XLSX, every page of rows); 25 rows a page."""

    queryset = timeline()
    table_class = ActivityTable
    filterset_class = ActivityFilter
    template_name = "organizations/activity_list.html"
    export_name = "activities"
    title = _("Activities")
    intro = _(
        "Every activity that section III of the report names, with its lead organization, "
        "the organizations taking part and the paragraph that describes it."
    )


class LessonListView(PagedList):
    """Lessons learned, under their theme or under the organization that drew them, a page
    of them at a time."""

    template_name = "organizations/lesson_list.html"
    paginate_by = PagedList.max_per_page  # the report's own fit on one page
    by = "theme"

    def get_queryset(self):
        lessons = Lesson.objects.select_related("organization")
        if self.by == "organization":
            return lessons.order_by("organization__group", "organization__order", "paragraph",
                                   "pk")
        return lessons.order_by("paragraph", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lessons = context["object_list"]
        if self.by == "organization":
            organizations = {lesson.organization_id: lesson.organization for lesson in lessons}
            choices = [(pk, org.label) for pk, org in organizations.items()]
            context["sections"] = grouped(lessons, "organization_id", choices)
        else:
            context["sections"] = grouped(lessons, "theme", Theme.choices)
        context["by"] = self.by
        return context


class InstrumentListView(ListView):
    """Each instrument, its stated status over time and how far it is from entry into force."""

    queryset = Instrument.objects.with_latest_status().select_related("organization")
    template_name = "organizations/instrument_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            mechanisms=Mechanism.objects.prefetch_related("organizations", "instruments"),
            **kwargs,
        )


class InventoryView(TemplateView):
    """Sections I, III and IV as a printable document: the considerations asked for (para 1),
    groups, entries, bodies, activities, lessons, the findings and the possible mechanisms."""

    template_name = "organizations/inventory.html"

    @staticmethod
    def entries():
        described = [
            Prefetch("activities", timeline()),
            "lessons",
            Prefetch(
                "participations",
                Participation.objects.select_related("activity__organization").order_by(
                    "activity__start", "activity__pk"
                ),
            ),
        ]
        bodies = Organization.objects.prefetch_related(*described)
        return (
            Organization.objects.in_inventory()
            .select_related("parent")
            .prefetch_related(*described, Prefetch("bodies", bodies), "instruments")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            considerations=Consideration.objects.all(),
            groups=grouped(self.entries(), "group", Group.choices),
            findings=Finding.objects.all(),
            mechanisms=Mechanism.objects.prefetch_related("organizations", "instruments"),
            **kwargs,
        )


class OrganizationChoicesView(ChoicesView):
    """Suggestions for the organization filter: names and acronyms."""

    queryset = Organization.objects.order_by(reader_order())  # the reader's, as each query runs
    search_fields = ("name__icontains", "name_fr__icontains", "acronym__icontains")
    value_field = "slug"

    def label(self, record) -> str:
        return record.label
