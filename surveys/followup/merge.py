"""Reminder templates filled in with Django's template engine, in a restricted environment.

A reminder's text holds what a note verbale needs and nothing else: plain text, merge fields
printed as they are (``{{ mission }}``, no filters, no lookups), and conditions on merge fields
(``{% if reply_by %}`` … ``{% elif … %}`` … ``{% else %}`` … ``{% endif %}``, a condition
naming merge fields joined by ``not``, ``and``, ``or``), nested ``NESTING_LIMIT`` deep at
most. The notes use no more than that (surveys.followup.wording): no loop, no other tag, no
filter, no comment. Anything else (``{% for %}``, ``{% with %}``, ``{% widthratio %}``,
``{% load %}``, ``|ljust:"1000000"``) is refused, in plain words naming it and what a reminder
may hold, when the template is saved (``template_errors``, from ReminderTemplate.clean) and
again each time it is filled (``fill``), so that a template written to the database some other
way is refused with a message rather than run.

Two locks, one behind the other: the template's tokens are read first and every one must be
text, a merge field or a condition; and the engine that compiles it knows the ``if`` tag alone
(no other tag, no filter, no loader, no library), so that nothing a reading missed can run.
Both rest on parts of Django it does not document, the lexer (``django.template.base``) and
``Engine.default_builtins``; tests/surveys/followup/test_merge.py fails if either changes.

A budget bounds the work. A text has ``TEXT_LIMIT`` characters at most and
``PIECE_LIMIT`` merge fields and tags (the places where ``{{``, ``{%`` or ``{#`` open); its
output, once filled in, ``OUTPUT_LIMIT`` characters. With text, merge fields and conditions
alone, reading, compiling and filling in take time in proportion to the text and its
output, so no clock is needed (the worst, two hundred fields of ten thousand characters
each, makes two million characters in milliseconds before the output limit refuses them). The
piece limit also bounds the lexer's search for each tag's end, which is quadratic in the
number of unclosed openings on a line (five thousand take a third of a second).

An unknown merge field is an error when the template is saved, never a silent blank in a note
verbale; a known field with no value in the note's language stops the note
(``MissingFields``), while ``{% if reply_by %}`` may test a field that can be empty and say
something else instead. The context holds only plain strings, so a merge field cannot reach a
record's methods.
"""
import re

from django.template import Context, Engine, Library, Template, TemplateSyntaxError
from django.template.base import Lexer, TokenType
from django.template.defaulttags import do_if
from django.utils.translation import gettext as _

from core.fields import LONG_TEXT_LIMIT
from surveys.models.followup import MERGE_FIELDS

# The budget of one text (a subject or a body): its length, as its field allows; its merge
# fields and tags (a note has about fifteen); how deep its conditions nest (a note needs one);
# and its output, under a spreadsheet cell's 32,767 characters so that the mail merge holds
# every note whole.
TEXT_LIMIT = LONG_TEXT_LIMIT
PIECE_LIMIT = 200
NESTING_LIMIT = 3
OUTPUT_LIMIT = 30_000

CONDITION_TAGS = ("if", "elif")
CONNECTIVES = ("not", "and", "or")
OPENING = re.compile(r"\{(?=[{%#])")
UNKNOWN = re.compile("\x00unknown:([^\x00]*)\x00")
MISSING = re.compile("\x00missing:([^\x00]*)\x00")

# The one tag the engine knows; read by the engine as a built-in library, by this module's
# dotted name.
register = Library()
register.tag("if", do_if)


class NoteEngine(Engine):
    """Django's engine without its built-in tags and filters: only the libraries given."""

    default_builtins = []


ENGINE = NoteEngine(loaders=[], libraries={}, builtins=[__name__], autoescape=False,
                    string_if_invalid="\x00unknown:%s\x00")


class TemplateRefused(ValueError):
    """A template that may not be filled in; the message says why, in plain words."""


class MissingFields(Exception):
    """A template printed merge fields that have no value; ``names`` lists them."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


class Missing(str):
    """An empty field: false in ``{% if %}``, a marker when printed."""

    def __new__(cls, name: str):
        return super().__new__(cls, f"\x00missing:{name}\x00")

    def __bool__(self):
        return False


def allowed() -> str:
    """What a reminder's text may hold, in plain words."""
    return _("A reminder's text holds plain text, merge fields written {{ field }}, and "
             "conditions written {% if field %} … {% else %} … {% endif %} (with "
             "{% elif field %} if need be), which name merge fields joined by not, and, or.")


def context_of(fields: dict[str, str]) -> dict[str, str]:
    return {name: str(fields.get(name) or "") or Missing(name) for name in MERGE_FIELDS}


def fill(text: str, fields: dict[str, str]) -> str:
    """``text`` with its merge fields filled in from ``fields`` (strings only); raises
    ``TemplateRefused`` when the text is not a reminder's or its output is over budget, and
    ``MissingFields`` when it prints a field that is empty."""
    filled = compiled(text).render(Context(context_of(fields), autoescape=False))
    if len(filled) > OUTPUT_LIMIT:
        raise TemplateRefused(_(
            "Filled in, this text would have %(length)s characters; a reminder's text may "
            "have %(limit)s at most.") % {"length": len(filled), "limit": OUTPUT_LIMIT})
    missing = list(dict.fromkeys(MISSING.findall(filled)))
    if missing:
        raise MissingFields(missing)
    return UNKNOWN.sub("", filled)


def empty_fields(text: str, fields: dict[str, str]) -> list[str]:
    """The merge fields ``text`` prints that are empty in ``fields``."""
    try:
        fill(text, fields)
    except MissingFields as missing:
        return missing.names
    return []


def template_errors(text: str) -> str:
    """What is wrong with a template's text, in plain words; empty when it can be used."""
    try:
        compiled(text)
    except TemplateRefused as refused:
        return str(refused)
    return ""


def compiled(text: str) -> Template:
    """``text`` compiled, once it is read as a reminder's and within budget; raises
    ``TemplateRefused`` otherwise."""
    if len(text) > TEXT_LIMIT:
        raise TemplateRefused(_("This text has %(length)s characters; a reminder's text may "
                                "have %(limit)s at most.") % {
            "length": len(text), "limit": TEXT_LIMIT})
    pieces = len(OPENING.findall(text))
    if pieces > PIECE_LIMIT:
        raise TemplateRefused(_("This text has %(count)s merge fields and tags; a reminder's "
                                "text may have %(limit)s at most.") % {
            "count": pieces, "limit": PIECE_LIMIT})
    refusals, unknown = reading_errors(text)
    if refusals:
        raise TemplateRefused(" ".join([*refusals, allowed()]))
    if unknown:
        raise TemplateRefused(_(
            "Unknown merge fields: %(unknown)s. The merge fields are: %(known)s.") % {
            "unknown": ", ".join(sorted(unknown)), "known": ", ".join(MERGE_FIELDS)})
    try:
        return ENGINE.from_string(text)
    except TemplateSyntaxError as error:  # e.g. an {% if %} with no {% endif %}
        raise TemplateRefused(_(
            "This text cannot be filled in: %(error)s. Merge fields are written "
            "{{ field }}.") % {"error": str(error).rstrip(".")}) from error


def is_name(bit: str) -> bool:
    return bool(re.fullmatch(r"\w+", bit)) and not bit[0].isdigit()


def reading_errors(text: str) -> tuple[list[str], set[str]]:
    """What in ``text`` a reminder may not hold (distinct messages, in the order met), and
    the unknown merge fields it names, read from the tokens the engine's lexer makes of it."""
    refusals, named, depth = [], set(), 0

    def refuse(message):
        if message not in refusals:
            refusals.append(message)

    for token in Lexer(text).tokenize():
        if token.token_type == TokenType.TEXT:
            if any(brace in token.contents for brace in ("{{", "}}", "{%", "%}")):
                refuse(_("This text cannot be filled in: a merge field is not closed. Write "
                         "each one {{ field }}."))
        elif token.token_type == TokenType.COMMENT:
            refuse(_("Comments, written {# … #}, cannot be used in a reminder."))
        elif token.token_type == TokenType.VAR:
            name, *filters = token.contents.split("|")
            name = name.strip()
            if filters:
                refuse(_("A merge field is printed as it is: filters such as |%(filter)s "
                         "cannot be used in a reminder.") % {
                    "filter": filters[0].split(":")[0].strip()})
            elif is_name(name):
                named.add(name)
            else:
                refuse(_("%(piece)s is not a merge field: write each one {{ field }}, with "
                         "its name alone.") % {"piece": f"{{{{ {token.contents} }}}}"})
        else:
            tag, *bits = token.split_contents() or [""]
            if tag in ("elif", "else", "endif") and not depth:
                refuse(_("%(tag)s has no %(if)s before it.") % {
                    "tag": f"{{% {tag} %}}", "if": "{% if %}"})
            elif tag in CONDITION_TAGS:
                for bit in bits:
                    if bit in CONNECTIVES:
                        continue
                    if is_name(bit):
                        named.add(bit)
                    else:
                        refuse(_("The condition %(tag)s may only name merge fields, joined "
                                 "by not, and, or.") % {"tag": f"{{% {token.contents} %}}"})
                depth += tag == "if"
                if depth > NESTING_LIMIT:
                    refuse(_("Conditions may be nested %(limit)s deep at most in a "
                             "reminder.") % {"limit": NESTING_LIMIT})
            elif tag in ("else", "endif"):
                depth -= tag == "endif"
                if bits:
                    refuse(_("The tag %(tag)s cannot be used in a reminder.") % {
                        "tag": f"{{% {token.contents} %}}"})
            elif not tag.startswith("end"):  # the closing tag of one refused already
                refuse(_("The tag %(tag)s cannot be used in a reminder.") % {
                    "tag": f"{{% {tag} %}}"})
    return refusals, named - set(MERGE_FIELDS)
