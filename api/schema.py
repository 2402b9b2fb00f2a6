"""The OpenAPI description: drf-spectacular's, with what every endpoint of this API shares.

Every list and record takes ``?fields=``; a record takes its list's filters too (DRF applies
them when it looks the record up); and every operation may answer 401 (no or a bad token),
404, 429 (throttled) and, with parameters, 400.
"""
from django.db.models import Field
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters import ModelChoiceFilter, NumberFilter
from drf_spectacular import openapi
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

from api.backends import FilterSetBackend
from api.serializers.base import ALWAYS_INCLUDED, RecordSerializer


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text=gettext_lazy("Why the request was refused."))


VALIDATION_ERROR = {
    "type": "object",
    "description": gettext_lazy("Each parameter that is not valid, with what is wrong with it."),
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}


class FilterSetExtension(DjangoFilterExtension):
    """The pages' FilterSets, typed as their records are addressed.

    A filter that chooses a record by a method (``report`` chooses Governments by whom the
    report counts) has no model field of its own: its type is that of the chosen record's
    address (a report's slug, a letter's number).
    """

    target_class = "api.backends.FilterSetBackend"
    match_subclasses = True
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )
        if self.is_year(field_name, filter_field):
            for parameter in parameters:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": 9999}
        return parameters

    @staticmethod
    def is_year(field_name, filter_field) -> bool:
        """A number that is a year (``sent_on__year``, activities' ``year``): 1 to 9999."""
        return isinstance(filter_field, NumberFilter) and (
            field_name == "year" or (filter_field.field_name or "").endswith("__year")
        )

    def _get_model_field(self, filter_field, model):
        field = super()._get_model_field(filter_field, model)
        if not isinstance(field, Field) and isinstance(filter_field, ModelChoiceFilter):
            chosen = filter_field.extra["queryset"].model
            to_field = filter_field.extra.get("to_field_name")
            return chosen._meta.get_field(to_field) if to_field else chosen._meta.pk
        return field


class AutoSchema(openapi.AutoSchema):
    def serves_records(self) -> bool:
        serializer = self.get_response_serializers()
        return isinstance(serializer, RecordSerializer) and self.method == "GET"

    def get_filter_backends(self):
        if self._is_list_view():
            return super().get_filter_backends()
        if getattr(self.view, "action", None) == "retrieve":
            return [b for b in getattr(self.view, "filter_backends", [])
                    if issubclass(b, FilterSetBackend)]
        return []

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if self.serves_records():
            names = type(self.get_response_serializers()).field_names()
            parameters.append(OpenApiParameter(
                "fields", location=OpenApiParameter.QUERY, style="form", explode=False,
                type={"type": "array", "items": {"type": "string", "enum": names}},
                description=_(
                    "Only these fields of each record, comma-separated (%(kept)s is always "
                    "kept where the record has it)."
                ) % {"kept": ", ".join(ALWAYS_INCLUDED)},
            ))
        return parameters

    def get_description(self):
        description = super().get_description()
        if getattr(self.view, "action", None) == "retrieve":
            return _(
                "One record, by its address. The list's filters apply to it too: a record "
                "they leave out is not found (404); `report` chooses the report its counts "
                "are counted by."
            ) + "\n\n" + description
        return description

    def _resolve_path_parameters(self, variables):
        parameters = super()._resolve_path_parameters(variables)
        for parameter in parameters:
            parameter.setdefault("description", _("The record's address: its %(field)s.") % {
                "field": parameter["name"]})
        return parameters

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method != "GET":
            return responses
        if "200" in responses and not responses["200"].get("description"):
            responses["200"]["description"] = (
                _("The matching records, a page at a time.") if self._is_list_view()
                else _("The record.") if self.serves_records() else _("The figures.")
            )
        errors = {
            "401": (ErrorSerializer, _("No token or session, or a token that is not valid.")),
            "404": (ErrorSerializer, _("No such record or page.")),
            "429": (ErrorSerializer, _("Too many requests: wait as the Retry-After header says.")),
        }
        if self._get_filter_parameters() or self.serves_records():
            errors["400"] = (VALIDATION_ERROR, _("A parameter is not valid."))
        for code, (body, description) in sorted(errors.items()):
            response = self._get_response_for_code(body, code, direction=direction)
            responses[code] = {**response, "description": description}
        return responses
