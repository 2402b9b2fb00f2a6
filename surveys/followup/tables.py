"""The follow-up list's columns, shared by the page and its CSV/XLSX export."""
import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from core.tables import BaseTable, YesNoColumn
from surveys.models import Government, Language

LANGUAGES = dict(Language.choices)


class FollowUpTable(BaseTable):
    """Recipients of a letter without a reply: how long, how often reminded, what is next.

    The view sets ``letter`` and ``rests_on_illustrative`` (whether who has replied is
    illustrative), which the Illustrative column adds to the mission's own flag.
    """

    name = tables.Column(linkify=True, verbose_name=_("Government"))
    language = tables.Column(accessor="mission__language", verbose_name=_("Language"),
                             default="")
    days_since_letter = tables.Column(verbose_name=_("Days since the letter"))
    reminders_sent = tables.Column(verbose_name=_("Reminders sent"))
    last_contact_on = tables.DateColumn(format="j F Y", verbose_name=_("Last contact"),
                                        default="—")
    next_action = tables.Column(verbose_name=_("Next action"), default="—")
    next_action_on = tables.DateColumn(format="j F Y", verbose_name=_("Next action due"),
                                       default="—")
    overdue = YesNoColumn(accessor="is_overdue", verbose_name=_("Overdue"))
    illustrative = YesNoColumn(accessor="pk", orderable=False, verbose_name=_("Illustrative"))
    actions = tables.Column(accessor="pk", orderable=False, exclude_from_export=True,
                            verbose_name=_("Actions"))

    class Meta(BaseTable.Meta):
        model = Government
        fields = ("name", "region", "development_group")
        sequence = fields + ("language", "days_since_letter", "reminders_sent",
                             "last_contact_on", "next_action", "next_action_on", "overdue",
                             "illustrative", "actions")
        order_by = ("name",)

    letter = None
    rests_on_illustrative = False

    def render_language(self, value):
        return LANGUAGES.get(value, "")

    def value_language(self, value):
        return str(LANGUAGES.get(value, ""))

    def render_illustrative(self, record):
        mission = record.mission if hasattr(record, "mission") else None  # None: no mission
        illustrative = self.rests_on_illustrative or bool(mission and mission.is_illustrative)
        return _("Yes") if illustrative else _("No")

    def value_illustrative(self, record):
        return str(self.render_illustrative(record))

    def render_actions(self, record):
        user = self.request.user
        back = self.request.get_full_path()
        links = []
        if user.has_perm("surveys.add_response"):
            query = urlencode({"government": record.pk, "letter": self.letter.pk, "next": back})
            links.append((reverse("admin:surveys_response_add") + "?" + query,
                          _("Record a reply")))
        if user.has_perm("surveys.add_followup"):
            query = urlencode({"government": record.iso3, "letter": self.letter.number,
                               "next": back})
            links.append((reverse("surveys:followup_contact_add") + "?" + query,
                          _("Log a contact")))
        links.append((reverse("surveys:followup_reminder_pdf",
                              args=[record.iso3, self.letter.number]), _("Reminder (PDF)")))
        items = format_html_join(
            "", '<li><a href="{}">{}<span class="visually-hidden"> — {}</span></a></li>',
            ((href, label, record.name) for href, label in links))
        return format_html('<ul class="row-actions">{}</ul>', items)
