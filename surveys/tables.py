"""Which columns each table shows: one Table per noun, shared by the page and its export.

Every table carries an "Illustrative" column, so that a spreadsheet made from an export
still says, row by row, which figures rest on made-up responses. A Government that never
replied rests on them too when the replies counted are illustrative (whether it replied is
decided by them): the view sets ``counting_is_illustrative`` on the table.
"""
from collections import defaultdict

import django_tables2 as tables
from django.db import models
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import exports
from core.i18n import ReaderNameColumn
from core.tables import BaseTable, YesNoColumn
from surveys.models import Government, Letter, Response, Stance
from surveys.models.responses import marked_code_label
from surveys.summary.counts import count_label
from surveys.summary.quantifiers import per_cent

STANCES = dict(Stance.choices)
# A reply's first coded views in the responses table, each cut short; all on its page.
CODES_SHOWN = 2
CODE_CHARACTERS = 45


class RestsOnIllustrativeColumn(YesNoColumn):
    """'Yes' for a Government whose row rests on illustrative replies: its own replies are,
    or it has none counted and the replies counted (which decide that) are illustrative."""

    def __init__(self, **kwargs):
        kwargs.setdefault("verbose_name", _("Illustrative"))
        super().__init__(**kwargs)

    def rests(self, value, record, table) -> bool:
        if value:
            return True
        counting = getattr(table, "counting_is_illustrative", False)
        return counting and not getattr(record, "letters_answered", 0)

    def render(self, value, record=None, table=None):
        return _("Yes") if self.rests(value, record, table) else _("No")

    def value(self, value, record=None, table=None):
        return str(self.render(value, record, table))


class GovernmentTable(BaseTable):
    name = ReaderNameColumn(linkify=True, verbose_name=_("Government"))
    admitted_on = tables.DateColumn(format="Y", verbose_name=_("Member since"))
    letters_answered = tables.Column(verbose_name=_("Letters answered"))
    latest_stance = tables.Column(verbose_name=_("Latest stance"), default="")
    replied = YesNoColumn(
        accessor="letters_answered", order_by=("letters_answered",), verbose_name=_("Replied")
    )
    illustrative = RestsOnIllustrativeColumn(
        accessor="illustrative_replies", order_by=("illustrative_replies",),
    )

    # The follow-up columns first, so that they show on a laptop; the rest on request.
    always_shown = ("name",)
    hidden_by_default = ("sub_region", "admitted_on")

    class Meta(BaseTable.Meta):
        model = Government
        fields = ("name", "region", "sub_region", "development_group", "admitted_on")
        sequence = ("name", "replied", "latest_stance", "letters_answered", "illustrative",
                    "region", "development_group", "sub_region", "admitted_on")
        order_by = ("name",)

    def render_latest_stance(self, value):
        return STANCES.get(value, "")

    def value_latest_stance(self, value):
        return str(STANCES.get(value, ""))


class NonRespondentTable(BaseTable):
    """The follow-up list: no reply counts here, so the reply columns are left out; Editors
    get a "Record a reply" link on each row (the view leaves the column out for others)."""

    name = ReaderNameColumn(linkify=True, verbose_name=_("Government"))
    admitted_on = tables.DateColumn(format="Y", verbose_name=_("Member since"))
    illustrative = RestsOnIllustrativeColumn(accessor="no_reply_is_counted", empty_values=(),
                                             orderable=False)
    record_reply = tables.TemplateColumn(
        template_name="includes/record_reply_cell.html", verbose_name=_("Follow-up"),
        orderable=False, exclude_from_export=True,
    )
    always_shown = ("name", "record_reply")
    cell_permissions = ("surveys.add_response",)  # includes/record_reply_link.html
    hidden_by_default = ("sub_region",)

    class Meta(BaseTable.Meta):
        model = Government
        fields = ("name", "region", "sub_region", "development_group", "admitted_on")
        sequence = ("name", "record_reply", "region", "development_group", "sub_region",
                    "admitted_on", "illustrative")
        order_by = ("name",)


class ResponseTable(BaseTable):
    government = ReaderNameColumn(linkify=True, name="government__name",
                                  verbose_name=_("Government"))
    letter = tables.Column(linkify=True, order_by=("letter__sent_on",), verbose_name=_("Letter"))
    received_on = tables.DateColumn(format="j F Y", linkify=True, verbose_name=_("Date received"))
    # Not a ManyToManyColumn: its export would ask for each reply's codes (export_records).
    codes = tables.Column(verbose_name=_("Codes"), orderable=False,
                          attrs={"td": {"class": "codes"}})
    region = tables.Column(accessor="government__region", verbose_name=_("Region"))
    illustrative = YesNoColumn(accessor="is_illustrative", verbose_name=_("Illustrative"))
    summary = tables.Column(visible=False, verbose_name=_("Summary"))
    always_shown = ("government",)
    hidden_by_default = ("region",)

    class Meta(BaseTable.Meta):
        model = Response
        fields = ("government", "letter", "received_on", "stance")
        sequence = ("government", "received_on", "letter", "stance", "illustrative", "codes",
                    "region", "summary")

    def render_codes(self, value):
        """The first codes, and how many more: every one is on the response's page. A code
        the project added is marked so after its label is cut short, so the mark stays."""
        codes = list(value.all())
        if not codes:
            return "—"
        shown = ", ".join(
            marked_code_label(Truncator(code.reader_label).chars(CODE_CHARACTERS), code.origin)
            for code in codes[:CODES_SHOWN])
        labels = codes
        if len(labels) <= CODES_SHOWN:
            return shown
        more = len(labels) - CODES_SHOWN
        return format_html("{} <span class=\"note\">{}</span>", shown, ngettext(
            "and %(n)s more", "and %(n)s more", more) % {"n": more})

    def export_records(self):
        """The replies an export holds, their codes named from one lookup for all of them
        (``exported_codes``) rather than read again with every chunk of replies."""
        replies = self.data.data
        if not isinstance(replies, models.QuerySet):
            return super().export_records()
        self.exported_codes = code_labels_by_reply(replies)
        return replies.prefetch_related(None).iterator(chunk_size=exports.CHUNK_ROWS)

    def value_codes(self, record):
        """In exports the codes as recorded, the same in every language."""
        if not hasattr(self, "exported_codes"):
            self.exported_codes = code_labels_by_reply(self.data.data)
        return self.exported_codes.get(record.pk)


def code_labels_by_reply(replies) -> dict[int, str]:
    """Each reply's codes as its export cell holds them, their labels in the codes' order
    (topic, then code) joined by "; ", a code the project added for coding marked so
    (``marked_code_label``), in one query for all the replies; none for a reply without
    codes."""
    labels = defaultdict(list)
    links = Response.codes.through.objects.filter(response__in=replies.order_by().values("pk"))
    for reply, label, origin in links.order_by("code__topic__order", "code__order").values_list(
            "response_id", "code__label", "code__origin"):
        labels[reply].append(marked_code_label(label, origin))
    return {reply: "; ".join(names) for reply, names in labels.items()}


class LetterTable(BaseTable):
    sent = tables.Column(
        accessor="sent_label", order_by=("sent_on",), linkify=True, verbose_name=_("Sent")
    )
    mandate = tables.Column(order_by=("mandate__adopted_on",), verbose_name=_("Mandate"))
    recipients = tables.Column(verbose_name=_("Recipients"))
    replies = tables.Column(verbose_name=_("Replies"))
    response_rate = tables.Column(verbose_name=_("Response rate"))
    # First-time respondents of the letter, not a report's new respondents (with_is_repeat).
    first_time_respondents = tables.Column(verbose_name=_("First-time respondents"))
    repeat_respondents = tables.Column(verbose_name=_("Repeat respondents"))
    illustrative = YesNoColumn(
        accessor="illustrative_replies", order_by=("illustrative_replies",),
        verbose_name=_("Illustrative"),
    )

    class Meta(BaseTable.Meta):
        model = Letter
        fields = ("sent", "mandate")
        order_by = ("sent",)

    def render_replies(self, value, record):
        return count_label(value, illustrative=record.count_is_illustrative)

    def value_replies(self, value, record):
        return self.render_replies(value, record)

    def render_response_rate(self, value):
        return per_cent(value)

    def value_response_rate(self, value):
        return f"{value:.1f}" if value is not None else ""
