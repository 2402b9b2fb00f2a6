"""The follow-up list's columns, shared by the page and its CSV/XLSX export."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from core.i18n import ReaderNameColumn
from core.tables import BaseTable, YesNoColumn
from surveys.models import Government, Language

LANGUAGES = dict(Language.choices)


class FollowUpTable(BaseTable):
    """Recipients of a letter without a reply: how long, how often reminded, what is next.

    The view sets ``letter`` and ``rests_on_illustrative`` (whether who has replied is
    illustrative), which the Illustrative column adds to the mission's own flag.
    """

    name = ReaderNameColumn(linkify=True, verbose_name=_("Government"))
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
    actions = tables.TemplateColumn(
        template_name="surveys/followup/row_actions.html", orderable=False,
        exclude_from_export=True, verbose_name=_("Actions"),
    )

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
