"""The follow-up of the letters: the follow-up list's rows, the Permanent Missions and the
contacts logged with them. The rows' columns are ``GovernmentQuerySet.with_follow_up``'s
annotations, as on the page."""
import datetime

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from api.serializers.base import RecordSerializer
from api.serializers.surveys import slug_of
from surveys.models import FollowUp, Government, Language, PermanentMission
from surveys.querysets import follow_up_is_illustrative

GOVERNMENT = _("The Government (ISO code).")
GOVERNMENT_NAME = _("The Government's name.")


class FollowUpRowSerializer(RecordSerializer):
    """A row of the follow-up list: a recipient of the letter with no reply to it by the day,
    and where its follow-up stood on that day."""

    # The view gives the letter, the day and whether a reply to the letter is illustrative
    # (``replies_are_illustrative``, asked once for the list) in the context.
    letter = serializers.SerializerMethodField(help_text=_(
        "The letter followed up (its number): `?letter=`, the latest by default."
    ))
    as_of = serializers.SerializerMethodField(help_text=_(
        "The day the list is drawn for: no reply received by then (`?as_of=`, today by "
        "default)."
    ))
    language = serializers.ChoiceField(
        source="mission.language", choices=Language.choices, allow_null=True,
        help_text=_("The mission's language of correspondence; null without a mission."),
    )
    days_since_letter = serializers.IntegerField(help_text=_(
        "Days from the letter to the day of the list."
    ))
    reminders_sent = serializers.IntegerField(help_text=_(
        "Reminders logged about the letter by the day of the list, as the page counts them."
    ))
    last_contact_on = serializers.DateField(allow_null=True, help_text=_(
        "The latest contact about the letter by that day; null without one."
    ))
    next_action = serializers.CharField(allow_null=True, help_text=_(
        "The next action the latest contact set; null without a contact."
    ))
    next_action_on = serializers.DateField(allow_null=True, help_text=_(
        "When that next action is due; null without one."
    ))
    overdue = serializers.BooleanField(source="is_overdue", help_text=_(
        "True when the next action was due before the day of the list."
    ))
    is_illustrative = serializers.SerializerMethodField(help_text=_(
        "True when the row rests on illustrative data: a reply to the letter is illustrative "
        "(which decides who has not replied), or the mission is made up. As the Illustrative "
        "column of the page's export."
    ))

    class Meta:
        model = Government
        fields = (
            "iso3", "name", "region", "development_group", "letter", "as_of", "language",
            "days_since_letter", "reminders_sent", "last_contact_on", "next_action",
            "next_action_on", "overdue", "is_illustrative",
        )
        extra_kwargs = {
            "iso3": {"help_text": _("ISO 3166-1 alpha-3 code: the Government's address.")},
            "region": {"help_text": _("M49 region.")},
            "development_group": {"help_text": _("M49 development group.")},
        }

    def get_letter(self, row) -> int:
        return self.context["letter"].number

    def get_as_of(self, row) -> datetime.date:
        return self.context["as_of"]

    def get_is_illustrative(self, row) -> bool:
        return follow_up_is_illustrative(
            row, replies_are_illustrative=self.context["replies_are_illustrative"])


class MissionSerializer(RecordSerializer):
    government = slug_of("iso3", _("The Government whose mission it is (ISO code): its "
                                   "address."))
    government_name = serializers.CharField(source="government.name", help_text=GOVERNMENT_NAME)

    class Meta:
        model = PermanentMission
        fields = (
            "government", "government_name", "name", "address", "email", "telephone",
            "representative", "representative_title", "addressee_en", "addressee_fr",
            "addressee_es", "language", "is_illustrative",
        )


class ContactSerializer(RecordSerializer):
    government = slug_of("iso3", GOVERNMENT)
    government_name = serializers.CharField(source="government.name", help_text=GOVERNMENT_NAME)
    letter = slug_of("number", _("The letter it follows up (its number)."))
    officer = serializers.SerializerMethodField(help_text=_(
        "The officer who made the contact, as the Government's page names them."
    ))
    is_illustrative = serializers.SerializerMethodField(help_text=_(
        "True when the contact was with a made-up (illustrative) Permanent Mission."
    ))

    class Meta:
        model = FollowUp
        fields = (
            "id", "government", "government_name", "letter", "contacted_on", "kind",
            "officer", "outcome", "next_action", "next_action_on", "is_illustrative",
        )
        extra_kwargs = {
            "id": {"help_text": _("The contact's number: its address.")},
        }

    def get_officer(self, contact) -> str:
        return contact.officer.get_full_name() or contact.officer.get_username()

    def get_is_illustrative(self, contact) -> bool:
        return contact_is_illustrative(contact)


def contact_is_illustrative(contact) -> bool:
    """The follow-up list's rule for the mission alone: a contact is not drawn from who has
    replied, but it was made with the mission's address, staff and language."""
    return follow_up_is_illustrative(contact.government, replies_are_illustrative=False)
