"""The single-line rule: no line break and no control character but the tab, the same in the
models' validator and in the check of the API's parameters and of an email's headers."""
import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from core.validators import is_single_line, single_line


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "\x00", "\x1b", "\x7f", "\x85", "\x9f",
                                   "\u2028", "\u2029", "end\n"], ids=repr)
def test_line_breaks_and_control_characters_are_refused(value):
    assert not is_single_line(value)
    with pytest.raises(ValidationError):
        single_line(value)


@pytest.mark.parametrize("value", ["Mission permanente de la France", "tab\there", "\u202e",
                                   "d’Haïti", "\xa0"], ids=repr)
def test_one_line_of_text_passes(value):
    assert is_single_line(value)
    single_line(value)


@given(st.text(min_size=1, max_size=30))
def test_the_validator_and_the_check_agree(value):
    try:
        single_line(value)
        valid = True
    except ValidationError:
        valid = False
    assert valid is is_single_line(value)
