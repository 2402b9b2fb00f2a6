"""The admin for the survey records: daily data entry, with history and no lost updates."""
from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from accounts.roles import may_record_for_another_officer
from core.admin import ListedInline, TrackedAdmin
from core.imports import CheckedImportExportMixin
from surveys.forms import ResponseForm
from surveys.models import (
    Code,
    CorrespondenceName,
    FollowUp,
    Government,
    Letter,
    PermanentMission,
    PolicyView,
    PublishedFigure,
    ReminderTemplate,
    Report,
    Resolution,
    Response,
    Topic,
)
from surveys.models.followup import merge_fields_help
from surveys.resources import PermanentMissionResource, PolicyViewResource, ResponseResource


class ResponseInline(ListedInline):
    """A Government's replies, listed; each is recorded and changed in its own form."""

    model = Response
    fields = ("letter", "received_on", "stance")
    readonly_fields = fields
    related = ("letter", "government")
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


class FollowUpInline(ListedInline):
    """A Government's follow-up log, listed; each contact has its own form."""

    model = FollowUp
    fields = ("letter", "contacted_on", "kind", "officer", "entered_by", "outcome",
              "next_action_on")
    readonly_fields = fields
    related = ("letter", "officer", "entered_by", "government")
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


class CorrespondenceNameInline(ListedInline):
    """A State's names in correspondence, one a language (and period), entered here when the
    reference data lack one: a note verbale in that language waits for it."""

    model = CorrespondenceName
    fields = ("language", "short_name", "of_name", "valid_from", "valid_until", "source")
    related = ("government",)


class PolicyViewInline(ListedInline):
    model = PolicyView
    fields = ("year", "flow", "policy", "source", "is_illustrative")
    related = ("government",)


@admin.register(Government)
class GovernmentAdmin(TrackedAdmin):
    list_display = ("name", "iso3", "region", "development_group", "admitted_on", "left_on")
    list_filter = ("region", "development_group", "least_developed_today")
    search_fields = ("name", "name_fr", "iso3")
    inlines = (CorrespondenceNameInline, ResponseInline, FollowUpInline, PolicyViewInline)


@admin.register(Resolution)
class ResolutionAdmin(TrackedAdmin):
    list_display = ("symbol", "adopted_on", "title", "paragraph")
    search_fields = ("symbol", "title")
    date_hierarchy = "adopted_on"


@admin.register(Letter)
class LetterAdmin(TrackedAdmin):
    """A letter, and a new survey round: its recipients are the Members on its date."""

    list_display = ("number", "sent_label", "mandate", "reply_by", "response_count",
                    "paragraph")
    list_select_related = ("mandate",)
    search_fields = ("purpose",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(response_count=Count("responses"))

    def get_changeform_initial_data(self, request):
        """A new round: the next number proposed (the officer may change it)."""
        latest = Letter.objects.order_by("-number").values_list("number", flat=True).first()
        return {"number": (latest or 0) + 1, **super().get_changeform_initial_data(request)}

    @admin.display(description=_("sent"), ordering="sent_on")
    def sent_label(self, letter):
        return letter.sent_label

    @admin.display(description=_("responses"), ordering="response_count")
    def response_count(self, letter):
        return letter.response_count


class PublishedFigureInline(ListedInline):
    """The figures the report states; the full record (what a figure counts) has its own form."""

    model = PublishedFigure
    fk_name = "report"
    fields = ("paragraph", "key", "label", "measure", "value", "wording")
    related = ("report",)
    show_change_link = True


@admin.register(Report)
class ReportAdmin(TrackedAdmin):
    list_display = ("symbol", "issued_on", "cutoff_on", "denominator", "mandate")
    list_select_related = ("mandate",)
    search_fields = ("symbol", "title")
    date_hierarchy = "issued_on"
    filter_horizontal = ("letters",)
    inlines = (PublishedFigureInline,)


class CodeInline(ListedInline):
    model = Code
    fields = ("slug", "label", "origin", "paragraph", "order")
    related = ("topic",)


@admin.register(Topic)
class TopicAdmin(TrackedAdmin):
    list_display = ("name", "counted_within", "shares_among", "paragraph", "code_count", "order")
    list_filter = ("counted_within", "shares_among")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (CodeInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(code_count=Count("codes"))

    @admin.display(description=_("codes"), ordering="code_count")
    def code_count(self, topic):
        return topic.code_count


@admin.register(Code)
class CodeAdmin(TrackedAdmin):
    list_display = ("label", "topic", "slug", "origin", "paragraph")
    list_filter = ("origin", "topic")
    list_select_related = ("topic",)
    search_fields = ("label", "slug", "topic__name")


@admin.register(Response)
class ResponseAdmin(CheckedImportExportMixin, TrackedAdmin):
    """Recording a reply: one form, the codes grouped by topic."""

    form = ResponseForm
    resource_classes = [ResponseResource]
    list_display = ("government", "letter", "received_on", "stance", "code_count",
                    "is_illustrative")
    list_filter = ("letter", "stance", "is_illustrative", "government__region",
                   "government__development_group")
    list_select_related = ("government", "letter")
    search_fields = ("government__name", "government__name_fr", "government__iso3", "summary")
    autocomplete_fields = ("government",)
    plain_relations = ("government", "letter")
    date_hierarchy = "received_on"
    fieldsets = (
        (None, {"fields": ("government", "letter", "received_on", "stance")}),
        (_("Coded views"), {"fields": ("codes",)}),
        (_("The reply in words"), {"fields": ("summary", "source", "is_illustrative")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(code_count=Count("codes"))

    @admin.display(description=_("coded views"), ordering="code_count")
    def code_count(self, response):
        return response.code_count


@admin.register(PolicyView)
class PolicyViewAdmin(CheckedImportExportMixin, TrackedAdmin):
    """A Government's policy on a flow in a year; the year is a number, so no date hierarchy."""

    resource_classes = [PolicyViewResource]
    list_display = ("government", "year", "flow", "policy", "is_illustrative")
    list_filter = ("flow", "policy", "year", "is_illustrative", "government__region")
    list_select_related = ("government",)
    search_fields = ("government__name", "government__name_fr", "government__iso3")
    autocomplete_fields = ("government",)


@admin.register(PublishedFigure)
class PublishedFigureAdmin(TrackedAdmin):
    list_display = ("label", "report", "paragraph", "measure", "published", "stated_in")
    list_filter = ("report", "measure", "stance")
    list_select_related = ("report", "stated_in")
    search_fields = ("label", "key", "quote")
    autocomplete_fields = ("code", "codes", "topic")

    @admin.display(description=_("as published"))
    def published(self, figure):
        return figure.published


@admin.register(PermanentMission)
class PermanentMissionAdmin(CheckedImportExportMixin, TrackedAdmin):
    resource_classes = [PermanentMissionResource]
    list_display = ("name", "government", "language", "email", "telephone", "is_illustrative")
    list_filter = ("language", "is_illustrative", "government__region")
    list_select_related = ("government",)
    search_fields = ("name", "government__name", "government__iso3", "representative", "email")
    autocomplete_fields = ("government",)


@admin.register(CorrespondenceName)
class CorrespondenceNameAdmin(TrackedAdmin):
    """The names of States as notes verbales write them, in English, French and Spanish."""

    list_display = ("government", "language", "short_name", "of_name", "valid_from",
                    "valid_until")
    list_filter = ("language",)
    list_select_related = ("government",)
    search_fields = ("short_name", "of_name", "government__name", "government__iso3")
    autocomplete_fields = ("government",)


@admin.register(FollowUp)
class FollowUpAdmin(TrackedAdmin):
    """The follow-up log: each contact with a mission about a letter.

    A contact added here is entered by the signed-in user, and is theirs: only an
    Administrator may choose another officer (``may_record_for_another_officer``); for
    anyone else the officer is shown, never chosen, on a new contact as on an old one."""

    list_display = ("government", "letter", "contacted_on", "kind", "officer", "entered_by",
                    "next_action_on")
    list_filter = ("letter", "kind", "government__region")
    list_select_related = ("government", "letter", "officer", "entered_by")
    search_fields = ("government__name", "government__iso3", "outcome", "next_action")
    autocomplete_fields = ("government",)
    date_hierarchy = "contacted_on"

    def get_changeform_initial_data(self, request):
        return {"officer": request.user.pk, **super().get_changeform_initial_data(request)}

    def get_readonly_fields(self, request, obj=None):
        if may_record_for_another_officer(request.user):
            return ("entered_by",)
        return ("officer", "entered_by")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.entered_by = request.user
            if "officer" not in form.base_fields:
                obj.officer = request.user
        super().save_model(request, obj, form, change)


@admin.register(ReminderTemplate)
class ReminderTemplateAdmin(TrackedAdmin):
    """The wording of the reminders, one a language; Administrators alone change it."""

    list_display = ("language", "subject")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if "body" in form.base_fields:
            form.base_fields["body"].help_text = merge_fields_help()
        return form
