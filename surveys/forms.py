"""The admin form for recording a reply: Government, letter, date, stance, codes, summary."""
from django import forms
from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from surveys.models import Code, Response, Stance, Topic


def codebook_choices() -> list[tuple[str, list[tuple[int, str]]]]:
    """The codes grouped by topic, in codebook order, from one query."""
    groups: dict[Topic, list[tuple[int, str]]] = {}
    for code in Code.objects.select_related("topic").order_by("topic__order", "order", "pk"):
        groups.setdefault(code.topic, []).append((code.pk, code.label))
    return [(topic_legend(topic), options) for topic, options in groups.items()]


def counted_among(stance: str) -> str:
    """The group of Governments a topic is counted among, in the report's words."""
    return {
        Stance.IN_FAVOUR: _("Governments in favour"),
        Stance.RESERVATIONS: _("Governments with reservations"),
        Stance.PARTIAL_SUPPORT: _("Governments giving only partial support"),
    }[stance]


def topic_legend(topic: Topic) -> str:
    return _("%(topic)s — counted among %(group)s (para. %(paragraph)s)") % {
        "topic": topic.name, "group": counted_among(topic.counted_within),
        "paragraph": topic.paragraph,
    }


def topics_outside_stance(stance: str, codes) -> list[Topic]:
    """The topics of ``codes`` that the report counts among another stance than ``stance``.

    The report counts the nature, objectives ... funding only among Governments in favour
    (paras 10-14), reasons for reservations only among those with reservations (para 15)
    and conditions only among those giving partial support (para 16). A code outside the
    reply's stance would never be counted, so it is almost surely a slip of the hand.
    """
    topics = {code.topic for code in codes if code.topic.counted_within != stance}
    return sorted(topics, key=lambda topic: topic.order)


def stance_mismatch_message(stance: str, topics: list[Topic]) -> str:
    counted = "; ".join(
        _("“%(topic)s” is counted only among %(group)s (para. %(paragraph)s)") % {
            "topic": topic.name, "group": counted_among(topic.counted_within),
            "paragraph": topic.paragraph,
        }
        for topic in topics
    )
    return _(
        "%(counted)s, but this reply's stance is “%(stance)s”. Untick those codes or correct "
        "the stance; views that the report does not count can go in the summary."
    ) % {"counted": counted, "stance": Stance(stance).label}


class CodesByTopicWidget(forms.CheckboxSelectMultiple):
    """Checkboxes for the codebook, one fieldset per topic."""

    template_name = "admin/surveys/widgets/codes_by_topic.html"

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template engine, so that the template lives with the admin's own.
        context = self.get_context(name, value, attrs)
        return mark_safe(render_to_string(self.template_name, context))


class ResponseForm(forms.ModelForm):
    """One reply, in one form; the rules are the model's, the messages in plain words."""

    class Meta:
        model = Response
        fields = [
            "government", "letter", "received_on", "stance",
            "codes", "summary", "source", "is_illustrative",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "codes" in self.fields:
            codes = self.fields["codes"]
            codes.widget = CodesByTopicWidget(choices=codebook_choices())
            codes.help_text = _(
                "Tick every view the reply expresses. Each topic is counted only among the "
                "Governments of the stance its heading names."
            )

    def clean(self):
        cleaned_data = super().clean()
        self._check_duplicate(cleaned_data)
        stance, codes = cleaned_data.get("stance"), cleaned_data.get("codes")
        if stance and codes:
            topics = topics_outside_stance(stance, codes.select_related("topic"))
            if topics:
                self.add_error("codes", stance_mismatch_message(stance, topics))
        return cleaned_data

    def _check_duplicate(self, cleaned_data):
        """One response per Government per letter, said next to the letter.

        An error on the letter also keeps the model's constraint from repeating it at the
        top of the form: constraints on a field with an error are not checked again.
        """
        government, letter = cleaned_data.get("government"), cleaned_data.get("letter")
        if not (government and letter):
            return
        existing = Response.objects.filter(government=government, letter=letter)
        existing = existing.exclude(pk=self.instance.pk).first()
        if existing is not None:
            constraint = next(
                c for c in Response._meta.constraints if c.name == "one_response_per_letter"
            )
            self.add_error("letter", _("%(message)s It was received on %(date)s.") % {
                "message": constraint.violation_error_message,
                "date": date_format(existing.received_on, "j F Y"),
            })
