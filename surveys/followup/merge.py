"""Reminder templates filled in with Django's template engine, from a restricted context.

The engine has no template loaders and no tag libraries beyond the built-in ones, so a
template cannot include a file or load code; its context holds only plain strings, so a
merge field cannot reach a record's methods. An unknown merge field is an error when the
template is saved, never a silent blank in a note verbale; a known field with no value in
the note's language stops the note (``MissingFields``), while ``{% if reply_by %}`` may
test a field that can be empty and say something else instead.
"""
import re

from django.template import Context, Engine, TemplateSyntaxError
from django.utils.translation import gettext as _

from surveys.models.followup import MERGE_FIELDS

UNKNOWN = re.compile("\x00unknown:([^\x00]*)\x00")
MISSING = re.compile("\x00missing:([^\x00]*)\x00")
ENGINE = Engine(loaders=[], libraries={}, autoescape=False,
                string_if_invalid="\x00unknown:%s\x00")


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


def context_of(fields: dict[str, str]) -> dict[str, str]:
    return {name: str(fields.get(name) or "") or Missing(name) for name in MERGE_FIELDS}


def fill(text: str, fields: dict[str, str]) -> str:
    """``text`` with its merge fields filled in from ``fields`` (strings only); raises
    ``MissingFields`` when it prints a field that is empty."""
    filled = ENGINE.from_string(text).render(Context(context_of(fields), autoescape=False))
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
        rendered = ENGINE.from_string(text).render(
            Context({name: name for name in MERGE_FIELDS}, autoescape=False))
    except TemplateSyntaxError as error:
        return _("This text cannot be filled in: %(error)s. Merge fields are written "
                 "{{ field }}.") % {"error": error}
    except Exception as error:  # noqa: BLE001 - e.g. {% include %} with no loader
        return _("This text cannot be filled in: %(error)s.") % {"error": error}
    if any(brace in rendered for brace in ("{{", "}}", "{%", "%}")):
        return _("This text cannot be filled in: a merge field is not closed. Write each "
                 "one {{ field }}.")
    unknown = sorted(set(UNKNOWN.findall(rendered)))
    if unknown:
        return _("Unknown merge fields: %(unknown)s. The merge fields are: %(known)s.") % {
            "unknown": ", ".join(unknown), "known": ", ".join(MERGE_FIELDS)}
    return ""
