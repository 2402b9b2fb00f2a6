"""Searchable choices for filters over large sets (Governments, organizations).

A drop-down with every Government holds 19,400 options at a hundred times the data; these
filters are a text box instead, tied to a ``<datalist>`` that ``static/js/autocomplete.js``
fills, as the user types, from a small JSON view of the app (``ChoicesView``: at most 20
matches). It is the browser's own combobox: keyboard and screen readers use it as any text
box with suggestions, it needs no inline script (CSP) and nothing from another site, and
without JavaScript the box still takes a code or an exact name.
"""
from __future__ import annotations

from functools import reduce
from operator import or_

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import JsonResponse
from django.utils.html import format_html
from django.views import View
from django.views.decorators.http import require_safe

MOST_CHOICES = 20


class AutocompleteInput(forms.TextInput):
    """A text box whose suggestions come from ``url`` (a ``ChoicesView``) as one types."""

    def __init__(self, url, attrs=None):
        super().__init__(attrs)
        self.url = url

    def _list_id(self, name, attrs) -> str:
        return f"{(attrs or {}).get('id') or f'id_{name}'}-choices"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].update({
            "list": self._list_id(name, attrs), "data-choices-url": str(self.url),
            "autocomplete": "off", "spellcheck": "false",
        })
        return context

    def render(self, name, value, attrs=None, renderer=None):
        box = super().render(name, value, attrs, renderer)
        return format_html('{}<datalist id="{}"></datalist>', box, self._list_id(name, attrs))


class SearchableChoiceField(forms.ModelChoiceField):
    """A record typed into an ``AutocompleteInput``: found by each of ``lookups`` in turn
    (its code first, then, say, its exact name), so that a typed name works as well."""

    def __init__(self, *args, lookups: tuple[str, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.lookups = lookups

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value).strip()
        for lookup in self.lookups:
            if lookup == "pk" and not value.isdigit():
                continue
            found = self.queryset.filter(**{lookup: value})[:2]
            if len(found) == 1:
                return found[0]
        raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")

    def prepare_value(self, value):
        if hasattr(value, "_meta"):
            return getattr(value, self.to_field_name or "pk")
        return value


class ChoicesView(View):
    """``?q=text``: up to 20 records whose ``search_fields`` match, as JSON
    ``{"results": [{"value": ..., "label": ...}]}``, for an ``AutocompleteInput``."""

    queryset = None
    search_fields: tuple[str, ...] = ()
    value_field = "pk"

    def label(self, record) -> str:
        return str(record)

    def get(self, request):
        text = request.GET.get("q", "").strip()[:100]
        records = []
        if text:
            matching = reduce(or_, (Q(**{field: text}) for field in self.search_fields))
            records = self.queryset.filter(matching)[:MOST_CHOICES]
        return JsonResponse({"results": [
            {"value": str(getattr(record, self.value_field)), "label": self.label(record)}
            for record in records]})

    @classmethod
    def as_view(cls, **initkwargs):
        return require_safe(super().as_view(**initkwargs))
