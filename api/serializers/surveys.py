"""The survey records: Governments, letters, reports, responses, policy views, published
figures and the codebook. The counts are the querysets' annotations, as on the pages."""
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from api.serializers.base import RecordSerializer
from surveys.models import (
    Code,
    Government,
    Letter,
    PolicyView,
    PublishedFigure,
    Report,
    Response,
    Stance,
    Topic,
)
from surveys.tables import GovernmentTable

ILLUSTRATIVE = _("True when the record rests on illustrative responses or policy views.")
# The Illustrative column of the Governments page and its exports decides a Government's
# flag: its counted replies are illustrative, or it has none counted and the replies counted
# (which decide that it did not reply) include an illustrative one.
RESTS_ON_ILLUSTRATIVE = GovernmentTable.base_columns["illustrative"]


def government_is_illustrative(government, view) -> bool:
    """The Governments page's Illustrative cell of ``government``: ``view`` says, as the
    page's table does, whether the replies counted include an illustrative one
    (``counting_is_illustrative``)."""
    return RESTS_ON_ILLUSTRATIVE.rests(government.illustrative_replies, government, view)


def slug_of(field: str, help_text, **kwargs) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(
        slug_field=field, read_only=True, help_text=help_text, **kwargs
    )


class GovernmentSerializer(RecordSerializer):
    letters_answered = serializers.IntegerField(help_text=_(
        "Letters the Government answered, among the replies the chosen report counts "
        "(`?report=`); without a report, among all replies ever received."
    ))
    replied = serializers.SerializerMethodField(help_text=_(
        "Whether the chosen report (or, without one, any letter) counts a reply of it."
    ))
    latest_stance = serializers.ChoiceField(
        choices=Stance.choices, allow_null=True,
        help_text=_("The stance of its latest counted reply; null when it never replied."),
    )
    is_illustrative = serializers.SerializerMethodField(help_text=_(
        "True when a counted reply of the Government is illustrative, or when it has none "
        "counted and the replies counted, which decide that, include an illustrative one: "
        "as the Illustrative column of the page's export."
    ))

    class Meta:
        model = Government
        fields = (
            "iso3", "m49", "name", "name_fr", "admitted_on", "left_on", "region", "sub_region",
            "intermediate_region", "development_group", "least_developed_today", "notes",
            "letters_answered", "replied", "latest_stance", "is_illustrative",
        )
        extra_kwargs = {
            "iso3": {"help_text": _("ISO 3166-1 alpha-3 code: the Government's address.")},
            "admitted_on": {"help_text": _("Date of admission to the United Nations.")},
            "region": {"help_text": _("M49 region.")},
            "sub_region": {"help_text": _("M49 sub-region.")},
            "development_group": {"help_text": _("M49 development group.")},
        }

    def get_replied(self, government) -> bool:
        return government.letters_answered > 0

    def get_is_illustrative(self, government) -> bool:
        return government_is_illustrative(government, self.context.get("view"))


class LetterSerializer(RecordSerializer):
    sent = serializers.CharField(source="sent_label", help_text=_(
        "The date sent, as far as it is known (the report gives the month)."
    ))
    mandate = slug_of("symbol", _("The resolution that mandated the letter."))
    recipients = serializers.IntegerField(help_text=_("Members on the day it was sent."))
    replies = serializers.IntegerField(help_text=_(
        "Replies received, whatever the date (a report counts those by its cutoff)."
    ))
    response_rate = serializers.FloatField(allow_null=True, help_text=_(
        "Replies per hundred recipients; null without recipients."
    ))
    first_time_respondents = serializers.IntegerField(help_text=_(
        "Replies from Governments that had answered no earlier letter when they replied "
        "(not a report's new respondents, which the previous report did not count)."
    ))
    new_respondents = serializers.IntegerField(source="first_time_respondents", help_text=_(
        "The same as first_time_respondents, under its former name; kept for existing "
        "scripts."
    ))
    repeat_respondents = serializers.IntegerField(help_text=_(
        "Replies from Governments that had answered an earlier letter by the time they "
        "replied."
    ))
    illustrative_replies = serializers.IntegerField(help_text=_("Replies that are illustrative."))
    count_is_illustrative = serializers.BooleanField(help_text=_(
        "True when the replies are illustrative and no report states their number: the count "
        "itself is illustrative (the 1997 letter's)."))
    is_illustrative = serializers.SerializerMethodField(help_text=ILLUSTRATIVE)

    class Meta:
        model = Letter
        fields = (
            "number", "sent_on", "sent_precision", "sent", "mandate", "purpose", "paragraph",
            "recipients", "replies", "response_rate", "first_time_respondents",
            "new_respondents", "repeat_respondents",
            "illustrative_replies", "count_is_illustrative", "is_illustrative",
        )
        extra_kwargs = {
            "number": {"help_text": _("The letter's number (1 to 3): its address.")},
            "sent_precision": {"help_text": _("How far the date sent is known.")},
            "paragraph": {"help_text": _("Paragraph of A/56/167 that mentions it.")},
        }

    def get_is_illustrative(self, letter) -> bool:
        return letter.illustrative_replies > 0


class ReportSerializer(RecordSerializer):
    issued = serializers.CharField(source="issued_label", help_text=_(
        "The date issued, as far as it is known."
    ))
    mandate = slug_of("symbol", _("The resolution that mandated the report."))
    letters = slug_of("number", _("The numbers of the letters whose replies it counts."),
                      many=True)
    cutoff = serializers.CharField(source="cutoff_label", help_text=_(
        "The cutoff as the pages print it, with “(assumed)” when the report publishes none."
    ))
    respondents = serializers.IntegerField(help_text=_(
        "Governments with a reply the report counts (to its letters, by its cutoff)."
    ))
    is_illustrative = serializers.BooleanField(help_text=_(
        "True when a reply the report counts is illustrative."
    ))

    class Meta:
        model = Report
        fields = (
            "slug", "symbol", "title", "issued_on", "issued_precision", "issued", "mandate",
            "letters", "cutoff_on", "cutoff_is_assumed", "cutoff", "cutoff_note",
            "denominator", "denominator_on",
            "denominator_note", "paragraph", "respondents", "is_illustrative",
        )
        extra_kwargs = {
            "issued_precision": {"help_text": _("How far the date issued is known.")},
            "paragraph": {"help_text": _("Paragraph of A/56/167 that mentions it.")},
            "cutoff_is_assumed": {"help_text": _(
                "True when the report publishes no cutoff and `cutoff_on` is an assumption.")},
        }


class CodeSerializer(RecordSerializer):
    topic = slug_of("slug", _("The topic (question) of the codebook the view answers."))

    class Meta:
        model = Code
        fields = ("id", "topic", "slug", "label", "origin", "added_because", "paragraph",
                  "order")
        extra_kwargs = {
            "id": {"help_text": _("The code's number: the `code` filter of responses.")},
            "origin": {"help_text": _(
                "`report` for a view the report names; `added` for one the project adds for "
                "coding, which is never the report's.")},
            "added_because": {"help_text": _("Why the project added it (added codes only).")},
            "slug": {"help_text": _("The code's name within its topic.")},
            "paragraph": {"help_text": _("Paragraph of A/56/167 that reports it.")},
            "order": {"help_text": _("Its place within the topic.")},
        }


class TopicSerializer(RecordSerializer):
    codes = CodeSerializer(many=True, help_text=_("The coded views of the topic, in order."))

    class Meta:
        model = Topic
        fields = ("slug", "name", "counted_within", "shares_among", "paragraph", "order",
                  "codes")
        extra_kwargs = {
            "shares_among": {"help_text": _(
                "Whom the topic's quantifiers are shares of: its stance group, or those of them "
                "that commented.")},
            "slug": {"help_text": _("The topic's address: the `topic` filter of responses.")},
            "paragraph": {"help_text": _("Paragraph of A/56/167 that reports it.")},
            "order": {"help_text": _("Its place in the codebook.")},
        }


class ResponseSerializer(RecordSerializer):
    government = slug_of("iso3", _("The Government that replied (ISO code)."))
    government_name = serializers.CharField(
        source="government.name", help_text=_("The Government's name.")
    )
    region = serializers.CharField(source="government.region", help_text=_(
        "The Government's M49 region."
    ))
    letter = slug_of("number", _("The letter it answers (its number)."))
    codes = CodeSerializer(many=True, help_text=_("The coded views of the reply."))

    class Meta:
        model = Response
        fields = (
            "id", "government", "government_name", "region", "letter", "received_on", "stance",
            "codes", "summary", "source", "is_illustrative",
        )
        extra_kwargs = {
            "id": {"help_text": _("The response's number: its address.")},
            "is_illustrative": {"help_text": _(
                "True when the response is made up to reproduce the published counts."
            )},
        }


class PolicyViewSerializer(RecordSerializer):
    government = slug_of("iso3", _("The Government (ISO code)."))

    class Meta:
        model = PolicyView
        fields = ("id", "government", "year", "flow", "policy", "source", "is_illustrative")
        extra_kwargs = {
            "id": {"help_text": _("The policy view's number: its address.")},
            "is_illustrative": {"help_text": _("True when the policy view is made up.")},
        }


class PublishedFigureSerializer(RecordSerializer):
    report = slug_of("slug", _("The report whose figure it is (its address)."))
    stated_in = slug_of("slug", _("The report whose text states it (its address)."))
    letter = slug_of("number", _("The letter it is about, if any."), allow_null=True)
    topic = slug_of("slug", _("The topic it is about, if any."), allow_null=True)
    code = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text=_("The code it is about, if any.")
    )
    published = serializers.CharField(help_text=_(
        "What the report states: the wording of a quantifier, otherwise the value."
    ))

    class Meta:
        model = PublishedFigure
        fields = (
            "id", "report", "stated_in", "paragraph", "key", "label", "measure", "value",
            "wording", "published", "letter", "code", "topic", "stance", "among", "year",
            "flow", "policies", "quote",
        )
        extra_kwargs = {
            "id": {"help_text": _("The figure's number: its address.")},
            "key": {"help_text": _("The figure's name within its report.")},
            "paragraph": {"help_text": _("Paragraph of the report that states it.")},
            "value": {"help_text": _("The number stated, for a count.")},
            "wording": {"help_text": _("The words stated, for a quantifier (“the majority”).")},
            "stance": {"help_text": _("The stance it is about, if any.")},
            "among": {"help_text": _("Of whom a quantifier is a share.")},
            "year": {"help_text": _("The year of a policy figure.")},
            "flow": {"help_text": _("The flow of a policy figure.")},
            "quote": {"help_text": _("The sentence of the report it comes from.")},
        }
