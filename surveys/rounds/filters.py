"""Which Governments the comparison lists: by region, group, movement and either stance."""
import django_filters as filters
from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import ChoiceFilter, QuickSelect
from surveys.filters import GovernmentFilterBase
from surveys.rounds.comparison import Movement, movement_labels
from surveys.rounds.sides import STANCES, side_choices


def keep(queryset, name, value):
    """The rows as they are: the view draws them for the two sides."""
    return queryset


class ComparisonForm(forms.Form):
    def clean(self):
        cleaned_data = super().clean()
        first, second = cleaned_data.get("first"), cleaned_data.get("second")
        if first and second and first == second:
            self.add_error("second", _("Choose two different letters or reports to compare."))
        return cleaned_data


class ComparisonFilter(GovernmentFilterBase):
    first = filters.ChoiceFilter(choices=side_choices, method=keep, empty_label=_("Default"),
                                 label=_("First round (letter or report)"), widget=QuickSelect)
    second = filters.ChoiceFilter(choices=side_choices, method=keep, empty_label=_("Default"),
                                  label=_("Second round (letter or report)"), widget=QuickSelect)
    movement = ChoiceFilter(choices=Movement.choices, label=_("Movement"))
    stance_first = ChoiceFilter(choices=STANCES, label=_("Stance in the first"))
    stance_second = ChoiceFilter(choices=STANCES, label=_("Stance in the second"))

    class Meta(GovernmentFilterBase.Meta):
        form = ComparisonForm

    def __init__(self, *args, first=None, **kwargs):
        """``first``, the first side the page compares, names its round in the movement
        "No new reply (1997 view stands)"."""
        super().__init__(*args, **kwargs)
        # Read once for both selects, not once each when the form is checked and again
        # when it is drawn.
        sides = side_choices()
        for name in ("first", "second"):
            self.filters[name].extra["choices"] = sides
        self.filters["movement"].extra["choices"] = list(movement_labels(first).items())
