"""core.filters: the quick select draws the HTML Django's select draws."""
import re

import pytest
from django import forms

from core.filters import QuickSelect

CHOICES = [("", "Any"), ("a", "A & <B>"), (1, "One"),
           ("A group", [("x", "X"), ("y", "Y \"quoted\"")])]


def between_tags(html: str) -> str:
    """The HTML without the line breaks Django's templates put between tags."""
    return re.sub(r">\s+<", "><", html.strip())


@pytest.mark.parametrize("value", ["", "a", "1", "y", None, "not a choice"])
def test_the_quick_select_draws_what_django_draws(value):
    attrs = {"id": "id_letter", "required": True, "aria-describedby": "id_letter_helptext"}
    django = forms.Select(choices=CHOICES, attrs=attrs).render("letter", value)
    quick = QuickSelect(choices=CHOICES, attrs=attrs).render("letter", value)
    assert between_tags(quick) == between_tags(django)
