"""The figures the reports publish, which the computed figures are checked against."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from surveys.models.letters import Letter, Report
from surveys.models.policies import PolicyFlow
from surveys.models.responses import Code, Stance, Topic


class Measure(models.TextChoices):
    """What a published figure measures; surveys.reports computes each one."""

    LETTERS_SENT = "letters_sent", _("Letters sent")
    RESPONDENTS = "respondents", _("Governments that replied")
    NEW_RESPONDENTS = "new_respondents", _("Governments the previous report did not count")
    NON_RESPONDENTS = "non_respondents", _("Governments that never replied")
    MEMBERSHIP_SHARE = "membership_share", _("Share of the membership (per cent)")
    LETTER_RESPONSES = "letter_responses", _("Replies to one letter")
    STANCE_COUNT = "stance_count", _("Governments of one stance")
    STANCE_SHARE = "stance_share", _("Quantifier: one stance among the respondents")
    TOPIC_COMMENTING = "topic_commenting", _("Governments that commented on a topic")
    CODE_SHARE = "code_share", _("Quantifier: one coded view within its group")
    MOST_FREQUENT = "most_frequent", _("The view most frequently mentioned on a topic")
    POLICY_PERCENT = "policy_percent", _("Percentage of countries with a policy")
    POLICY_STRONGEST = "policy_strongest", _(
        "The development group most inclined to a policy")
    POLICY_TRENDS = "policy_trends", _(
        "Whether developed and developing countries' shares moved the same way")
    NON_RESPONSE = "non_response", _("Quantifier: Governments that did not reply, of the "
                                     "membership")
    CODES_MENTIONED = "codes_mentioned", _("Quantifier: how many of the named views were "
                                           "mentioned")
    QUOTED = "quoted", _("Quoted from the report: the records cannot compute it")


class PublishedFigure(models.Model):
    """A figure the report states, which the computed figure is checked against.

    ``measure`` says what is computed (surveys.summary.reconciliation.check_figure);
    ``letter``, ``stance``, ``topic``, ``code`` (or ``codes``), ``among``, ``year``,
    ``flow`` and ``policies`` say of what. A count is published as ``value``; a quantifier
    ("the majority") as ``wording``. A statement the records cannot compute (para 3's
    "many" Governments of the mid-1970s) has the measure ``quoted``: the reconciliation
    lists it as quoted, not computed, never as a match.
    """

    class Among(models.TextChoices):
        STANCE_GROUP = "stance_group", _("the Governments of the topic's stance")
        COMMENTING = "commenting", _("those of them that commented on the topic")
        RESPONDENTS = "respondents", _("all responding Governments")

    report = models.ForeignKey(Report, models.CASCADE, related_name="published_figures",
                               verbose_name=_("report"))
    stated_in = models.ForeignKey(
        Report, models.PROTECT, related_name="+", verbose_name=_("stated in")
    )
    paragraph = models.PositiveSmallIntegerField(_("paragraph"))
    key = models.SlugField(_("key"), max_length=80)
    label = models.CharField(_("label"), max_length=200)
    measure = models.CharField(_("measure"), max_length=20, choices=Measure.choices)
    value = models.IntegerField(_("value"), null=True, blank=True)
    wording = models.CharField(_("wording"), max_length=100, blank=True)
    letter = models.ForeignKey(Letter, models.PROTECT, null=True, blank=True, related_name="+",
                               verbose_name=_("letter"))
    code = models.ForeignKey(Code, models.PROTECT, null=True, blank=True, related_name="+",
                             verbose_name=_("code"))
    codes = models.ManyToManyField(
        Code, blank=True, related_name="+", verbose_name=_("codes"),
        help_text=_("The views a 'how many of the named views' figure counts (para 10)."),
    )
    topic = models.ForeignKey(Topic, models.PROTECT, null=True, blank=True, related_name="+",
                              verbose_name=_("topic"))
    stance = models.CharField(_("stance"), max_length=20, choices=Stance.choices, blank=True)
    among = models.CharField(_("among"), max_length=16, choices=Among.choices, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    flow = models.CharField(_("flow"), max_length=12, choices=PolicyFlow.choices, blank=True)
    policies = models.CharField(_("policies"), max_length=60, blank=True,
                                help_text=_("Comma-separated policies."))
    quote = models.TextField(_("quote"), blank=True)

    history = HistoricalRecords(m2m_fields=[codes])

    class Meta:
        ordering = ["report__issued_on", "paragraph", "pk"]
        verbose_name = _("published figure")
        verbose_name_plural = _("published figures")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "key"], name="unique_figure_key_per_report",
                violation_error_message=_("This report already has a figure with this key."),
            )
        ]

    def __str__(self):
        return _("%(report)s para %(paragraph)s: %(label)s") % {
            "report": self.report, "paragraph": self.paragraph, "label": self.label}

    @property
    def published(self) -> str:
        return self.wording or str(self.value)

    @property
    def is_quoted(self) -> bool:
        return self.measure == Measure.QUOTED
