"""The report's own words that the regenerated paragraphs quote, with their paragraphs.

Only claims the records cannot compute are quoted (tests/surveys/summary/test_fidelity.py
checks each one, letter for letter, against the report in shared/sources/).

The report's French version is not among the sources: in French a quotation prints an
unofficial translation of the English words (their catalog entries), marked as such, with
the English original kept beside it (``Part.original``).
"""
from django.utils.translation import gettext, gettext_noop

from surveys.summary.kinds import Kind, Part

QUOTATIONS: dict[str, tuple[int, str]] = {
    "attention": (3, gettext_noop(
        "International migration has been receiving increasing attention at the policy level,"
        " as a global phenomenon involving a growing number of countries.")),
    "mid-1970s": (3, gettext_noop(
        "According to the data available from the Population Policy Database of the "
        "Population Division (Department of Economic and Social Affairs of the United Nations"
        " Secretariat), in the mid-1970s international migration was a topic of secondary "
        "concern for many Governments;")),
    "borders": (3, gettext_noop(
        "their intervention was mostly confined to the administrative regulation of national "
        "borders.")),
    "control": (3, gettext_noop(
        "Over the past decades, the number of Governments adopting measures to control these "
        "flows has increased.")),
    "concern": (5, gettext_noop(
        "Reflecting the growing concern about international population mobility and the weak "
        "understanding of its relationship to development, the possibility of convening a "
        "conference on international migration and development has been pursued.")),
    "A/52/314": (7, gettext_noop(
        "and discussed by the General Assembly at its fifty-second session.")),
    "A/54/207": (8, gettext_noop(
        "and submitted at its fifty-fourth session.")),
    "incorporating": (8, gettext_noop(
        "Incorporating these additional responses, the following section summarizes the views"
        " expressed by these Governments.")),
    "more-open": (9, gettext_noop(
        "While these Governments are somewhat more open to the possibility of convening a "
        "conference, they considered that other options should first be pursued to address "
        "the issue of international migration and development.")),
    "variety": (10, gettext_noop(
        "However, there existed a variety of views regarding its possible objectives and the "
        "issues to be addressed.")),
    "thus": (12, gettext_noop(
        "Thus, according to this view, convening regional or even subregional meetings prior "
        "to a global conference would be necessary.")),
    "efficient": (12, gettext_noop(
        "These meetings were also thought to be necessary to facilitate the efficient "
        "operation of the conference.")),
    "varied": (13, gettext_noop(
        "Regarding the possible composition of the secretariat for the proposed conference, "
        "the views varied considerably among the Governments.")),
    "consensus": (17, gettext_noop(
        "there was a lack of consensus on its objectives, its funding and the composition of "
        "its secretariat.")),
}

# What follows "the report of the Secretary-General (...) was prepared" in paras 7 and 8:
# the punctuation before the quoted clause.
REPORT_FATE_LEAD = {"A/52/314": ",", "A/54/207": ""}

# The report's own notes that the quoted sentences carry, numbered as in the report; in
# French, an unofficial translation (the catalog's), printed with the English beside it.
NOTES = {
    1: gettext_noop("See World Population Monitoring 1997: Issues of International Migration "
                    "and Development, United Nations publication, Sales No. E.98.XIII.4."),
}
NOTE_AFTER = {"mid-1970s": 1}


def quoted(key: str) -> Part:
    """The report's words, or in another language their unofficial translation."""
    paragraph, original = QUOTATIONS[key]
    text = gettext(original)
    return Part(Kind.QUOTED, text, paragraph, note=NOTE_AFTER.get(key),
                original=original if text != original else "")
