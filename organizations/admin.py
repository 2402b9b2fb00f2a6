"""Data entry for the inventory: activities and lessons inline under their organization."""
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import TrackedAdmin
from core.imports import CheckedImportExportMixin
from organizations.models import (
    Activity,
    Consideration,
    Finding,
    Instrument,
    InstrumentStatus,
    Lesson,
    Mechanism,
    Organization,
    Participation,
)
from organizations.resources import ActivityResource, OrganizationResource


class ActivityInline(admin.StackedInline):
    model = Activity
    extra = 0
    show_change_link = True
    fields = (
        "kind", "title", ("start", "start_precision"), ("end", "end_precision"), "qualifier",
        "place", "description", "paragraph",
    )


class LessonInline(admin.TabularInline):
    model = Lesson
    extra = 0
    fields = ("text", "theme", "paragraph")


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ("organization",)


class InstrumentStatusInline(admin.TabularInline):
    model = InstrumentStatus
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(CheckedImportExportMixin, TrackedAdmin):
    resource_classes = [OrganizationResource]
    list_display = ("name", "acronym", "group", "parent", "inventory_order", "paragraph")
    list_filter = ("group",)
    search_fields = ("name", "name_fr", "acronym", "description")
    autocomplete_fields = ("parent",)
    prepopulated_fields = {"slug": ("name",)}
    list_select_related = ("parent",)
    inlines = [ActivityInline, LessonInline]


@admin.register(Activity)
class ActivityAdmin(CheckedImportExportMixin, TrackedAdmin):
    resource_classes = [ActivityResource]
    list_display = ("title", "organization", "kind", "when", "place", "paragraph")
    list_filter = ("kind", "organization__group", "qualifier")
    search_fields = ("title", "description", "place", "organization__name", "organization__acronym")
    autocomplete_fields = ("organization",)
    list_select_related = ("organization",)
    inlines = [ParticipationInline]

    @admin.display(description=_("When"), ordering="start")
    def when(self, obj):
        return obj.when


@admin.register(Lesson)
class LessonAdmin(TrackedAdmin):
    list_display = ("organization", "theme", "paragraph", "text")
    list_filter = ("theme", "organization__group")
    search_fields = ("text", "organization__name", "organization__acronym")
    autocomplete_fields = ("organization",)
    list_select_related = ("organization",)


@admin.register(Instrument)
class InstrumentAdmin(TrackedAdmin):
    list_display = ("short_title", "adopting_body", "resolution", "adopted_on", "relevance")
    list_filter = ("relevance",)
    search_fields = ("title", "short_title", "resolution")
    autocomplete_fields = ("organization",)
    inlines = [InstrumentStatusInline]


@admin.register(Mechanism)
class MechanismAdmin(TrackedAdmin):
    list_display = ("number", "title", "paragraph")
    search_fields = ("title", "summary")
    filter_horizontal = ("organizations", "instruments")


@admin.register(Consideration)
class ConsiderationAdmin(TrackedAdmin):
    list_display = ("letter", "text", "addressed_in")
    search_fields = ("text", "note")


@admin.register(Finding)
class FindingAdmin(TrackedAdmin):
    list_display = ("order", "kind", "paragraph", "text")
    list_filter = ("kind",)
    search_fields = ("text",)
