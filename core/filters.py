"""What every FilterSet shares: selects whose empty choice reads "Any", years, ranges, and
searchable choices of records for the large sets."""
import django_filters as filters
from django import forms
from django.utils.translation import gettext_lazy as _

from core.autocomplete import AutocompleteInput, SearchableChoiceField

ANY = _("Any")
YES_NO = (("yes", _("Yes")), ("no", _("No")))


class ChoiceFilter(filters.ChoiceFilter):
    """A select whose empty choice reads "Any" rather than a row of dashes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, empty_label=ANY, **kwargs)


class ModelChoiceFilter(filters.ModelChoiceFilter):
    """A select of records whose empty choice reads "Any"."""

    def __init__(self, *args, **kwargs):
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
