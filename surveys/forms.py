"""The admin form for recording a reply: Government, letter, date, stance, codes, summary."""
from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from surveys import validation
from surveys.models import Code, Response, Topic
from surveys.validation import counted_among


def codebook_choices() -> list[tuple[str, list[tuple[int, str]]]]:
    """The codes grouped by topic, in codebook order, from one query."""
    groups: dict[Topic, list[tuple[int, str]]] = {}
    for code in Code.objects.select_related("topic").order_by("topic__order", "order", "pk"):
        groups.setdefault(code.topic, []).append((code.pk, code.reader_label))
    return [(topic_legend(topic), options) for topic, options in groups.items()]


def topic_legend(topic: Topic) -> str:
    return _("%(topic)s — counted among %(group)s (para. %(paragraph)s)") % {
        "topic": str(topic), "group": counted_among(topic.counted_within),
        "paragraph": topic.paragraph,
    }


class CodesByTopicWidget(forms.CheckboxSelectMultiple):
    """Checkboxes for the codebook, one fieldset per topic."""

    template_name = "admin/surveys/widgets/codes_by_topic.html"

    class Media:
        css = {"all": ("css/admin-codes.css",)}

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
        """The response's rules (surveys.validation), each error next to its field."""
        cleaned_data = super().clean()
        self._add_error_of(
            validation.validate_not_duplicate, cleaned_data.get("government"),
            cleaned_data.get("letter"), exclude_pk=self.instance.pk, field="letter",
        )
        stance, codes = cleaned_data.get("stance"), cleaned_data.get("codes")
        if stance and codes:
            self._add_error_of(validation.validate_codes, stance, codes.select_related("topic"),
                               field="codes")
        return cleaned_data

    def _add_error_of(self, rule, *args, field: str, **kwargs):
        # An error on the letter also keeps the model's constraint from repeating it at the
        # top of the form: constraints on a field with an error are not checked again.
        try:
            rule(*args, **kwargs)
        except ValidationError as error:
            self.add_error(field, error)
