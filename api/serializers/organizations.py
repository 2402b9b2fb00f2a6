"""The inventory of sections III and IV: organizations, activities, lessons, instruments."""
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from api.serializers.base import RecordSerializer
from api.serializers.surveys import slug_of
from organizations.models import (
    Activity,
    Instrument,
    InstrumentStatus,
    Lesson,
    Organization,
    Participation,
)

PARAGRAPH = _("Paragraph of A/56/167 that describes it.")


class OrganizationSerializer(RecordSerializer):
    label = serializers.CharField(help_text=_("The name, with the acronym when there is one."))
    parent = slug_of("slug", _("The organization it belongs to (its slug), if any."),
                     allow_null=True)
    activity_count = serializers.IntegerField(help_text=_("Activities it led."))
    joint_count = serializers.IntegerField(help_text=_("Activities of others it took part in."))
    lesson_count = serializers.IntegerField(help_text=_("Lessons it drew."))

    class Meta:
        model = Organization
        fields = (
            "id", "slug", "name", "acronym", "label", "group", "parent", "inventory_order",
            "order", "established_year", "established_wording", "member_states", "observers",
            "experts", "membership_wording", "headquarters", "description", "paragraph",
            "activity_count", "joint_count", "lesson_count",
        )
        extra_kwargs = {
            "id": {"help_text": _("The organization's number: the `organization` filter of "
                                  "activities.")},
            "slug": {"help_text": _("The organization's address.")},
            "group": {"help_text": _("The heading of section III it is under (A to E).")},
            "order": {"help_text": _("Its place under its heading.")},
            "paragraph": {"help_text": PARAGRAPH},
        }


class ParticipationSerializer(RecordSerializer):
    organization = slug_of("slug", _("The organization taking part (its slug)."))

    class Meta:
        model = Participation
        fields = ("organization", "role")


class ActivitySerializer(RecordSerializer):
    organization = slug_of("slug", _("The lead organization (its slug)."))
    partners = ParticipationSerializer(
        source="participations", many=True,
        help_text=_("The other organizations taking part, with their role."),
    )
    when = serializers.CharField(help_text=_(
        "The dates as the report words them: “16 to 18 October 2000”, “since 1998”."
    ))

    class Meta:
        model = Activity
        fields = (
            "id", "organization", "partners", "kind", "title", "when", "start",
            "start_precision", "end", "end_precision", "qualifier", "place", "description",
            "paragraph",
        )
        extra_kwargs = {
            "id": {"help_text": _("The activity's number: its address.")},
            "paragraph": {"help_text": PARAGRAPH},
        }


class LessonSerializer(RecordSerializer):
    organization = slug_of("slug", _("The organization that drew it (its slug)."))

    class Meta:
        model = Lesson
        fields = ("id", "organization", "theme", "text", "paragraph")
        extra_kwargs = {
            "id": {"help_text": _("The lesson's number: its address.")},
            "paragraph": {"help_text": PARAGRAPH},
        }


class InstrumentStatusSerializer(RecordSerializer):
    class Meta:
        model = InstrumentStatus
        fields = ("as_of", "signatories", "parties", "in_force", "open_for_signature", "note",
                  "paragraph")
        extra_kwargs = {"paragraph": {"help_text": PARAGRAPH}}


class InstrumentSerializer(RecordSerializer):
    adopted = serializers.CharField(source="adopted_label", help_text=_(
        "The date adopted, as far as it is known."
    ))
    organization = slug_of("slug", _("The organization it is described under, if any."),
                           allow_null=True)
    statuses = InstrumentStatusSerializer(many=True, help_text=_(
        "What the report states of its signatures, parties and force, by date."
    ))
    parties_missing = serializers.IntegerField(allow_null=True, help_text=_(
        "States still needed for entry into force, as of its latest status; null if unknown."
    ))

    class Meta:
        model = Instrument
        fields = (
            "id", "title", "short_title", "adopting_body", "resolution", "adopted_on",
            "adopted_precision", "adopted", "entry_into_force_condition", "parties_required",
            "relevance", "organization", "reference", "paragraph", "order", "statuses",
            "parties_missing",
        )
        extra_kwargs = {
            "id": {"help_text": _("The instrument's number: its address.")},
            "paragraph": {"help_text": PARAGRAPH},
            "order": {"help_text": _("Its place in the report's list.")},
        }
