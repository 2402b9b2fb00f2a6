"""What every FilterSet shares: selects whose empty choice reads "Any", years, ranges, and
searchable choices of records for the large sets."""
import django_filters as filters
from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core.autocomplete import AutocompleteInput, SearchableChoiceField

ANY = _("Any")
YES_NO = (("yes", _("Yes")), ("no", _("No")))


def attributes(attrs: dict) -> str:
    """A tag's attributes as Django's widget templates draw them (attrs.html): in their
    order, a true one by its name alone, a false one left out."""
    return format_html_join("", "{}", (
        (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
        for name, value in attrs.items() if value is not False and value is not None))


class QuickSelect(forms.Select):
    """Django's select, drawn in Python: the same HTML, without a template an option.

    Django draws each option with a template of its own (about a tenth of a millisecond
    each). The selects of letters and reports grow with them: the comparison of two rounds
    has two of every letter and report, 700 options each at 100 times the demo data, which
    took half of the page's time to draw."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group_name, options, _index in widget["optgroups"]:
            drawn = format_html_join("", "<option value=\"{}\"{}>{}</option>", (
                (option["value"], attributes(option["attrs"]), option["label"])
                for option in options))
            groups.append(format_html('<optgroup label="{}">{}</optgroup>', group_name, drawn)
                          if group_name else drawn)
        return format_html("<select name=\"{}\"{}>{}</select>", name,
                           attributes(widget["attrs"]),
                           format_html_join("", "{}", ((group,) for group in groups)))


class ChoiceFilter(filters.ChoiceFilter):
    """A select whose empty choice reads "Any" rather than a row of dashes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", QuickSelect)
        super().__init__(*args, empty_label=ANY, **kwargs)


class ModelChoiceFilter(filters.ModelChoiceFilter):
    """A select of records whose empty choice reads "Any"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", QuickSelect)
        super().__init__(*args, empty_label=ANY, **kwargs)


def between(filter_class, field: str, from_label, to_label):
    """Two filters bounding ``field``: from (inclusive) and to (inclusive)."""
    return (filter_class(field_name=field, lookup_expr="gte", label=from_label),
            filter_class(field_name=field, lookup_expr="lte", label=to_label))


class YearField(forms.IntegerField):
    """A year a date can have (1 to 9999): anything else is a plain error, not a crash."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 9999)
        super().__init__(*args, **kwargs)


class YearFilter(filters.NumberFilter):
    field_class = YearField


class SearchableChoiceFilter(filters.ModelChoiceFilter):
    """A record chosen by typing into a text box with suggestions (core.autocomplete), not
    from a drop-down of every record: for Governments and organizations, which grow.

    ``url`` is the ``ChoicesView`` that suggests; ``lookups`` find the typed record, its
    code first (``to_field_name``'s), then any other, say its exact name."""

    field_class = SearchableChoiceField

    def __init__(self, *args, url, lookups: tuple[str, ...], **kwargs):
        super().__init__(*args, widget=AutocompleteInput(url), lookups=lookups, **kwargs)
