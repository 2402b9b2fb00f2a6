"""The shape of a report's summary: ``Summary.as_dict()`` (what ``manage.py summary --format
json`` prints), with its reconciliation and the illustrative flag.

``summary_answer()`` builds the answer from ``as_dict()`` itself; the serializers only
describe it for the schema (tests/api check that the two agree).
"""
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from surveys.models import Stance
from surveys.summary.reconciliation import Reconciliation

STATUSES = (("matches", _("Matches")), ("differs", _("Differs")),
            ("cannot_compute", _("The records cannot give it")),
            ("quoted", _("A statement of the report the records cannot compute: quoted, not "
                         "computed, never a match")))


class StancesSerializer(serializers.Serializer):
    """Respondents by the stance of their latest counted reply."""

    def get_fields(self):
        return {value: serializers.IntegerField(help_text=_("Respondents: %(stance)s.") % {
            "stance": label}) for value, label in Stance.choices}


class LetterCountSerializer(serializers.Serializer):
    sent = serializers.CharField(help_text=_("Month the letter was sent (YYYY-MM)."))
    responses = serializers.IntegerField(help_text=_("Replies to it the report counts."))
    new = serializers.IntegerField(help_text=_(
        "Of them, first-time replies: from Governments with no reply to an earlier letter "
        "received by the report's cutoff (not the report's new respondents)."))
    repeat = serializers.IntegerField(help_text=_(
        "Of them, from Governments with a reply to an earlier letter received by the "
        "report's cutoff."))
    after_cutoff = serializers.IntegerField(help_text=_("Replies to it after the cutoff."))
    cumulative = serializers.IntegerField(help_text=_(
        "Governments counted from this letter and the earlier ones."))
    count_is_illustrative = serializers.BooleanField(help_text=_(
        "True when the replies counted are illustrative and no report states their number: "
        "the count itself is illustrative."))


class TopicCountSerializer(serializers.Serializer):
    group = serializers.CharField(help_text=_("The stance group the topic is counted within."))
    group_size = serializers.IntegerField(help_text=_("Respondents of that stance."))
    commenting = serializers.IntegerField(help_text=_("Of them, those that commented on it."))
    codes = serializers.DictField(
        child=serializers.IntegerField(), help_text=_(
            "Each code the report names (by slug): respondents of the group whose latest "
            "reply has it."
        ),
    )
    added_codes = serializers.DictField(
        child=serializers.IntegerField(), help_text=_(
            "The same for the codes the project adds for coding (never the report's)."
        ),
    )


class FigureCheckSerializer(serializers.Serializer):
    paragraph = serializers.IntegerField(help_text=_("Paragraph that states the figure."))
    key = serializers.CharField(help_text=_("The figure's name within its report."))
    published = serializers.CharField(help_text=_("The figure as published."))
    computed = serializers.CharField(help_text=_("The figure computed from the records "
                                                 "(empty when it cannot be)."))
    status = serializers.ChoiceField(choices=STATUSES, help_text=_(
        "Whether the computed figure matches the published one."
    ))


class ReconciliationSerializer(serializers.Serializer):
    checked = serializers.IntegerField(help_text=_("Published figures of the report."))
    matches = serializers.IntegerField(help_text=_("Figures whose computed value matches."))
    differs = serializers.IntegerField(help_text=_("Figures whose computed value differs."))
    cannot_compute = serializers.IntegerField(help_text=_("Figures the records cannot give."))
    quoted = serializers.IntegerField(help_text=_(
        "Statements the records cannot compute, quoted from the report."))
    all_match = serializers.BooleanField(help_text=_(
        "True when the figures reconcile, as when `manage.py reconcile` exits with status 0."
    ))


class SummarySerializer(serializers.Serializer):
    report = serializers.CharField(help_text=_("The report's symbol."))
    cutoff = serializers.DateField(help_text=_("Replies received on or before it count."))
    cutoff_is_assumed = serializers.BooleanField(help_text=_(
        "True when the report publishes no cutoff and this date is an assumption."))
    respondents = serializers.IntegerField(help_text=_("Governments with a counted reply."))
    new_respondents = serializers.IntegerField(help_text=_(
        "Respondents the previous report did not count."
    ))
    non_respondents = serializers.IntegerField(help_text=_(
        "Members on the denominator date without a counted reply."
    ))
    denominator = serializers.IntegerField(help_text=_(
        "The membership the shares are taken of, as published."
    ))
    membership_share_percent = serializers.IntegerField(help_text=_(
        "Respondents per hundred of the denominator, rounded."
    ))
    illustrative = serializers.BooleanField(help_text=_(
        "As in `manage.py summary --format json`: true when a counted reply is illustrative."
    ))
    stances = StancesSerializer(help_text=_("Respondents by the stance of their latest reply."))
    letters = LetterCountSerializer(many=True, help_text=_("Each letter the report counts."))
    migrant_types_commented = serializers.IntegerField(help_text=_(
        "Respondents that commented on the types of migrants to consider."
    ))
    topics = serializers.DictField(child=TopicCountSerializer(), help_text=_(
        "Each topic of the codebook (by slug), counted within its stance group."
    ))
    figures = FigureCheckSerializer(many=True, help_text=_(
        "Each published figure beside the computed one."
    ))
    reconciliation = ReconciliationSerializer(help_text=_(
        "How many published figures match the computed ones."
    ))
    is_illustrative = serializers.BooleanField(help_text=_(
        "The same as `illustrative`, under the name every response of the API uses."
    ))


def summary_answer(reconciled: Reconciliation) -> dict:
    """What /api/reports/<slug>/summary/ returns: ``reconciled.as_dict()``, with how many
    published figures reconcile and the flag every answer of the API carries."""
    statuses = [check.status for check in reconciled.checks]
    return {
        **reconciled.as_dict(),
        "reconciliation": {
            "checked": len(statuses),
            **{status: statuses.count(status) for status, _label in STATUSES},
            "all_match": reconciled.all_match,
        },
        "is_illustrative": reconciled.summary.is_illustrative,
    }
