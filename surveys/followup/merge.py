"""Reminder templates filled in with Django's template engine, from a restricted context.

The engine has no template loaders and no tag libraries beyond the built-in ones, so a
template cannot include a file or load code; its context holds only plain strings, so a
merge field cannot reach a record's methods. An unknown merge field is an error when the
template is saved, never a silent blank in a note verbale.
"""
import re

from django.template import Context, Engine, TemplateSyntaxError
from django.utils.translation import gettext as _

from surveys.models.followup import MERGE_FIELDS

UNKNOWN = re.compile("\x00unknown:([^\x00]*)\x00")
ENGINE = Engine(loaders=[], libraries={}, autoescape=False,
                string_if_invalid="\x00unknown:%s\x00")


def fill(text: str, fields: dict[str, str]) -> str:
    """``text`` with its merge fields filled in from ``fields`` (strings only)."""
    context = {name: str(fields.get(name, "")) for name in MERGE_FIELDS}
    filled = ENGINE.from_string(text).render(Context(context, autoescape=False))
    return UNKNOWN.sub("", filled)


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
