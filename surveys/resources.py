"""Import and export of responses, policy views and Permanent Missions (django-import-export),
all or nothing.

Every row is checked by the model's own rules before anything is written; one invalid
row and the whole file is rolled back, the error naming the row and the field.
"""
import difflib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from import_export import fields, widgets

from core.resources import AllOrNothingResource, ChoiceWidget, IsoDateWidget
from surveys.models import (
    Code,
    Government,
    Language,
    Letter,
    PermanentMission,
    Policy,
    PolicyFlow,
    PolicyView,
    Response,
    Stance,
)
from surveys.validation import validate_codes


class GovernmentWidget(widgets.ForeignKeyWidget):
    """A Government by its name, French name or ISO code; a near miss names the closest."""

    def __init__(self, **kwargs):
        super().__init__(Government, "name", **kwargs)
        self._by_key = None

    def clean(self, value, row=None, **kwargs):
        name = str(value or "").strip()
        if not name:
            raise ValueError(_("Name the Government."))
        if self._by_key is None:
            self._by_key = {}
            for government in Government.objects.all():
                for key in (government.name, government.name_fr, government.iso3):
                    self._by_key.setdefault(key.casefold(), government)
        government = self._by_key.get(name.casefold())
        if government is None:
            raise ValueError(self.no_match_message(name))
        return government

    def no_match_message(self, name: str) -> str:
        names = {key: str(g) for key, g in self._by_key.items() if len(key) > 3}
        close = difflib.get_close_matches(name.casefold(), names, n=3, cutoff=0.6)
        if not close:
            return _("No Government is named “%(name)s”, and no name is close.") % {"name": name}
        return _("No Government is named “%(name)s”. Closest names: %(close)s.") % {
            "name": name, "close": "; ".join(dict.fromkeys(names[key] for key in close)),
        }


class LetterWidget(widgets.ForeignKeyWidget):
    """A letter by its number (1, 2, 3) or the month it was sent (1995-02)."""

    def __init__(self, **kwargs):
        super().__init__(Letter, "number", **kwargs)

    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip().removesuffix(".0")
        for letter in Letter.objects.all():
            if text in (str(letter.number), letter.sent_on.strftime("%Y-%m")):
                return letter
        return self._no_letter(text)

    def _no_letter(self, text):
        known = ", ".join(
            f"{letter.number} ({letter.sent_on:%Y-%m})" for letter in Letter.objects.all()
        )
        raise ValueError(
            _("No letter has the number or sent month “%(value)s”. The letters are: %(known)s.")
            % {"value": text, "known": known}
        )


class CodesWidget(widgets.ManyToManyWidget):
    """Codes by slug, or topic/slug, separated by commas; an unknown slug is an error."""

    def __init__(self, **kwargs):
        super().__init__(Code, separator=",", field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        slugs = [part.strip() for part in str(value or "").split(self.separator) if part.strip()]
        codes = {}
        for code in Code.objects.select_related("topic"):
            codes.setdefault(code.slug, []).append(code)
            codes[f"{code.topic.slug}/{code.slug}"] = [code]
        unknown = [slug for slug in slugs if len(codes.get(slug, ())) != 1]
        if unknown:
            raise ValueError(_("Unknown or ambiguous codes: %(slugs)s.") % {
                "slugs": ", ".join(unknown)
            })
        return Code.objects.filter(pk__in=[codes[slug][0].pk for slug in slugs])


def government_field():
    return fields.Field("government", "government", widget=GovernmentWidget())


def choice_field(name, choices):
    return fields.Field(name, name, widget=ChoiceWidget(choices))


class ResponseResource(AllOrNothingResource):
    """Responses: Government, letter, date received, stance, codes (slugs), summary."""

    government = government_field()
    letter = fields.Field("letter", "letter", widget=LetterWidget())
    received_on = fields.Field("received_on", "received_on", widget=IsoDateWidget())
    stance = choice_field("stance", Stance)
    codes = fields.Field("codes", "codes", widget=CodesWidget())
    column_headers = {
        "government": pgettext_lazy("import column", "government"),
        "letter": pgettext_lazy("import column", "letter"),
        "received_on": pgettext_lazy("import column", "received_on"),
        "stance": pgettext_lazy("import column", "stance"),
        "codes": pgettext_lazy("import column", "codes"),
        "summary": pgettext_lazy("import column", "summary"),
        "source": pgettext_lazy("import column", "source"),
        "is_illustrative": pgettext_lazy("import column", "is_illustrative"),
        "version": pgettext_lazy("import column", "version"),
    }

    class Meta:
        model = Response
        fields = ("government", "letter", "received_on", "stance", "codes", "summary",
                  "source", "is_illustrative", "version")
        import_id_fields = ("government", "letter")
        clean_model_instances = True

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self._rows_by_key = {}

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("government", "letter").prefetch_related("codes")

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if "codes" in row and not errors.keys() & {"stance", "codes"}:
            self._check_codes(instance, row, errors)
        if not errors.keys() & {"government", "letter"}:
            self._check_repeat(instance, kwargs.get("row_number"), errors)
        if errors:
            raise ValidationError(errors)

    def _check_codes(self, instance, row, errors):
        try:
            codes = self.fields["codes"].clean(row)
        except ValueError as error:
            errors["codes"] = [str(error)]
            return
        try:
            validate_codes(instance.stance, codes.select_related("topic"))
        except ValidationError as error:
            errors["codes"] = error.messages

    def _check_repeat(self, instance, row_number, errors):
        key = (instance.government_id, instance.letter_id)
        first = self._rows_by_key.setdefault(key, row_number)
        if first != row_number:
            errors["letter"] = [_(
                "Row %(row)s already gives this Government's response to this letter."
            ) % {"row": first}]


class PolicyViewResource(AllOrNothingResource):
    """Policy views: Government, year, flow, policy."""

    government = government_field()
    flow = choice_field("flow", PolicyFlow)
    policy = choice_field("policy", Policy)
    column_headers = {
        "government": pgettext_lazy("import column", "government"),
        "year": pgettext_lazy("import column", "year"),
        "flow": pgettext_lazy("import column", "flow"),
        "policy": pgettext_lazy("import column", "policy"),
        "source": pgettext_lazy("import column", "source"),
        "is_illustrative": pgettext_lazy("import column", "is_illustrative"),
        "version": pgettext_lazy("import column", "version"),
    }

    class Meta:
        model = PolicyView
        fields = ("government", "year", "flow", "policy", "source", "is_illustrative",
                  "version")
        import_id_fields = ("government", "year", "flow")
        clean_model_instances = True

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("government")


class PermanentMissionResource(AllOrNothingResource):
    """Permanent Missions: Government, name, address, email, telephone, Permanent
    Representative and title, language (en, fr, es or its name)."""

    government = government_field()
    language = choice_field("language", Language)
    column_headers = {
        "government": pgettext_lazy("import column", "government"),
        "name": pgettext_lazy("import column", "name"),
        "address": pgettext_lazy("import column", "address"),
        "email": pgettext_lazy("import column", "email"),
        "telephone": pgettext_lazy("import column", "telephone"),
        "representative": pgettext_lazy("import column", "representative"),
        "representative_title": pgettext_lazy("import column", "representative_title"),
        "language": pgettext_lazy("import column", "language"),
        "is_illustrative": pgettext_lazy("import column", "is_illustrative"),
        "version": pgettext_lazy("import column", "version"),
    }

    class Meta:
        model = PermanentMission
        fields = ("government", "name", "address", "email", "telephone", "representative",
                  "representative_title", "language", "is_illustrative", "version")
        import_id_fields = ("government",)
        clean_model_instances = True

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("government")
