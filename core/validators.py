"""What a single-line value may hold, the one rule for every app: no line break and no other
control character.

A value that reaches an email header (a reminder's subject, the names it merges), or that
filters a list of the API, is one line of text. A line break there would end the header
(Django refuses to send it at all), and a NUL or another control character is never typed
by a person: PostgreSQL cannot even store a NUL.

Refused: every character of Unicode's category Cc (U+0000 to U+001F, U+007F to U+009F, among
them CR, LF, NUL, ESC and NEL) but the tab, and the line and paragraph separators U+2028 and
U+2029. The tab is allowed: it is blank space, not a line break, an email header may hold
one, and a value pasted from a spreadsheet's cell often ends with one.
"""
import re

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

REFUSED = r"\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029"  # the characters, as a class's body
_REFUSED = re.compile(f"[{REFUSED}]")

# A RegexValidator itself, not a class of this module, so that the migrations that record it
# import Django's validator and no application code. It matches what is allowed, the whole
# value, rather than what is refused: the API's schema (drf-spectacular) copies the pattern
# and would not know that a refusing one is inverted. An empty value never reaches it (Django
# validates none), and the schema gives a blank field's empty value a pattern of its own.
single_line = RegexValidator(
    rf"^[^{REFUSED}]+\Z", code="single_line",
    message=_("Write this on one line: line breaks and other control characters cannot be "
              "used here (this text may appear in an email's subject)."),
)


def is_single_line(value: str) -> bool:
    """Whether ``value`` holds no line break and no control character but the tab."""
    return not _REFUSED.search(value)
