"""The follow-up list's columns, shared by the page and its CSV/XLSX export."""
import django_tables2 as tables
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.i18n import ReaderNameColumn
from core.tables import BaseTable, YesNoColumn
from surveys.models import Government
from surveys.querysets import follow_up_is_illustrative

# Classes of the cells (static/css/tables.css): a name has the room of most names on one
# line, short values keep one line and their column no wider than they need (figures
# right-aligned), so that the next action has the room left; the row's actions stay at the
# table's right edge (full-size buttons on a phone).
NAME = {"th": {"class": "name"}, "td": {"class": "name"}}
NUMBER = {"th": {"class": "num"}, "td": {"class": "num"}}
DATE = {"th": {"class": "date"}, "td": {"class": "date"}}
SHORT = {"th": {"class": "short"}, "td": {"class": "short"}}
ACTIONS = {"th": {"class": "actions"}, "td": {"class": "actions"}}


class FollowUpTable(BaseTable):
    """Recipients of a letter without a reply: how long, how often reminded, what is next.

    The view sets ``letter`` and ``rests_on_illustrative`` (whether who has replied is
    illustrative), which the Illustrative column adds to the mission's own flag.
    The columns an officer works from show by default, so that they fit a laptop's screen;
    region, development group and Illustrative on request (and always in the export).
    """

    name = ReaderNameColumn(linkify=True, verbose_name=_("Government"), attrs=NAME)
    # The mission's language of correspondence, named in the reader's language (the field's
    # choices, which django-tables2 displays and exports).
    language = tables.Column(accessor="mission__language", verbose_name=_("Language"),
                             default="", attrs=SHORT)
    days_since_letter = tables.Column(verbose_name=_("Days since the letter"), attrs=NUMBER)
    reminders_sent = tables.Column(verbose_name=_("Reminders sent"), attrs=NUMBER)
    # On screen the months are short ("7 Sept. 2026", "7 sept. 2026"), so that the list
    # fits a laptop; the export spells them out.
    last_contact_on = tables.DateColumn(format="j N Y", verbose_name=_("Last contact"),
                                        default="—", attrs=DATE)
    next_action = tables.Column(verbose_name=_("Next action"), default="—",
                                attrs={"th": {"class": "text"}, "td": {"class": "text"}})
    next_action_on = tables.DateColumn(format="j N Y", verbose_name=_("Next action due"),
                                       default="—", attrs=DATE)
    overdue = YesNoColumn(accessor="is_overdue", verbose_name=_("Overdue"), attrs=SHORT)
    illustrative = YesNoColumn(accessor="pk", orderable=False, verbose_name=_("Illustrative"))
    actions = tables.TemplateColumn(
        template_name="surveys/followup/row_actions.html", orderable=False,
        exclude_from_export=True, verbose_name=_("Actions"), attrs=ACTIONS,
    )

    always_shown = ("name", "actions")
    cell_permissions = ("surveys.add_response", "surveys.add_followup")  # row_actions.html
    hidden_by_default = ("region", "development_group", "illustrative")

    class Meta(BaseTable.Meta):
        model = Government
        fields = ("name", "region", "development_group")
        sequence = fields + ("language", "days_since_letter", "reminders_sent",
                             "last_contact_on", "next_action", "next_action_on", "overdue",
                             "illustrative", "actions")
        order_by = ("name",)

    letter = None
    rests_on_illustrative = False

    def render_next_action(self, value):
        """On a laptop the cell shows the first line (tables.css); the whole on hovering it,
        on a phone, on the Government's page and in the export."""
        return format_html('<span title="{}">{}</span>', value, value)

    def value_next_action(self, value):
        return value

    def value_last_contact_on(self, value):
        return date_format(value, "j F Y") if value else "—"

    value_next_action_on = value_last_contact_on

    def render_illustrative(self, record):
        illustrative = follow_up_is_illustrative(
            record, replies_are_illustrative=self.rests_on_illustrative)
        return _("Yes") if illustrative else _("No")

    def value_illustrative(self, record):
        return str(self.render_illustrative(record))
