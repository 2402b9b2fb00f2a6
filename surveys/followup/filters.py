"""Which rows the follow-up list shows: the recipients of a letter without a reply as of a
day, narrowed by region, development group, language, reminders sent and overdue.

``letter`` and ``as_of`` choose the round and the day; the view draws the rows for them
(``GovernmentQuerySet.awaiting_reply_to`` and ``with_follow_up``), so here they only filter
nothing and are checked. The other filters read the annotations of ``with_follow_up``.
"""
import django_filters as filters
from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import YES_NO, ChoiceFilter, ModelChoiceFilter
from surveys.filters import GovernmentFilterBase
from surveys.followup.forms import RoundFormMixin
from surveys.models import Language, Letter

REMINDERS = (("none", _("None yet")), ("one", _("Exactly one")),
             ("any", _("At least one")), ("several", _("Two or more")))
REMINDER_LOOKUPS = {"none": {"reminders_sent": 0}, "one": {"reminders_sent": 1},
                    "any": {"reminders_sent__gte": 1}, "several": {"reminders_sent__gte": 2}}
# Who the Governments without a reply to the letter are, as to the other letters.
EARLIER_REPLIES = (("never", _("Never replied to any letter")),
                   ("earlier", _("Answered an earlier letter")),
                   ("later", _("Answered a later letter only")))
EARLIER_REPLY_LOOKUPS = {"never": {"replied_any": False}, "earlier": {"replied_earlier": True},
                         "later": {"replied_any": True, "replied_earlier": False}}


class FollowUpFilterForm(RoundFormMixin, forms.Form):
    pass


def keep(queryset, name, value):
    """The rows as they are: the view has drawn them for this letter and day."""
    return queryset


class FollowUpFilter(GovernmentFilterBase):
    letter = ModelChoiceFilter(queryset=Letter.objects.all(), to_field_name="number",
                               method=keep, label=_("Letter (the latest when empty)"))
    as_of = filters.DateFilter(method=keep, label=_("No reply as of (YYYY-MM-DD; today when "
                                                    "empty)"))
    language = ChoiceFilter(field_name="mission__language", choices=Language.choices,
                            label=_("Language of correspondence"))
    reminders = ChoiceFilter(choices=REMINDERS, method="filter_reminders",
                             label=_("Reminders sent"))
    overdue = ChoiceFilter(choices=YES_NO, method="filter_overdue",
                           label=_("Next action overdue"))
    other_letters = ChoiceFilter(choices=EARLIER_REPLIES, method="filter_other_letters",
                                 label=_("Replies to other letters"))

    class Meta(GovernmentFilterBase.Meta):
        form = FollowUpFilterForm

    def filter_reminders(self, queryset, name, value):
        return queryset.filter(**REMINDER_LOOKUPS[value])

    def filter_other_letters(self, queryset, name, value):
        return queryset.filter(**EARLIER_REPLY_LOOKUPS[value])

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(is_overdue=(value == "yes"))
