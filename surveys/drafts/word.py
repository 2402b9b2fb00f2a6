"""The draft of a report's section II as a Word document in the layout of the United Nations.

Built with python-docx on ``reference.docx`` (its styles and page; rebuilt by
scripts/build_draft_reference.py): the first page as the Secretariat's documents open (organ
and symbol, "Distr.: General", the date, "Original: English", the session and agenda item,
the title and "Report of the Secretary-General"), then section II's heading and its numbered
paragraphs, continuing the report's numbering (section II opens at paragraph 3), the report's
own notes as Word footnotes, and the response rates as Word tables. Where the data are
illustrative the notice is in the header of every page. A blank session or agenda item is
left as a bracketed blank, a drafter's note like every other (``surveys.drafts.composition``
decides what those are).

It reads the summary page's context (``surveys.summary.views.document_context``): the page,
its PDF and the draft say the same thing.
"""
from __future__ import annotations

import io
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from docx import Document

from surveys.drafts.footnotes import add_footnote
from surveys.models import Report
from surveys.summary.kinds import Kind
from surveys.summary.paragraphs import Paragraph

REFERENCE = Path(__file__).with_name("reference.docx")
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def organ(symbol: str) -> str:
    """The principal organ a symbol is issued to: A/ the General Assembly, E/ the Council."""
    names = {"A/": _("General Assembly"), "E/": _("Economic and Social Council")}
    return next((name for prefix, name in names.items() if symbol.startswith(prefix)), "")


def draft_document(report: Report, context: dict) -> bytes:
    """The .docx of ``report``'s draft, from the summary's ``context``, in the active
    language."""
    document = Document(REFERENCE)
    document.core_properties.title = _("Draft of section II of %(symbol)s") % {
        "symbol": report.symbol}
    document.core_properties.language = translation.get_language()
    running_heads(document, report, context["is_illustrative"] and context["running_notice"])
    first_page(document, report)
    document.add_paragraph(style="UN Drafter Line").add_run(
        drafter_line(report, context["paragraphs"])).style = "Drafter Note"
    document.add_paragraph("II.\t" + _(
        "National policies on international migration and the views of Governments regarding "
        "the convening of a United Nations conference on international migration and "
        "development"), style="UN Section Heading")
    notes = {number: (text, original) for number, text, original in context["notes"]}
    for paragraph in context["paragraphs"]:
        numbered_paragraph(document, paragraph, notes)
    for number, (rates, title, _slug) in enumerate(context["rate_tables"], start=1):
        rate_table(document, number, title, rates)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def running_heads(document, report: Report, notice: str) -> None:
    """The symbol at the head of every page but the first (which prints it large), and the
    illustrative ``notice`` (the summary PDF's, when the data are illustrative) at the head of
    every page, the first included."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    heads = [(section.first_page_header, False), (section.header, True)]
    for header, with_symbol in heads:
        paragraphs = []
        if with_symbol:
            paragraphs.append((report.symbol, "UN Running Symbol"))
        if notice:
            paragraphs.append((notice, "UN Running Notice"))
        header.is_linked_to_previous = False
        first, *others = paragraphs or [("", "UN Running Symbol")]
        header.paragraphs[0].text = first[0]
        header.paragraphs[0].style = first[1]
        for text, style in others:
            header.add_paragraph(text, style=style)


def blank(value: str, what: str) -> tuple[str, bool]:
    """The value, or a bracketed blank for the drafter to fill (and True)."""
    if value:
        return value, False
    return _("[Drafter's note: %(what)s to be filled in]") % {"what": what}, True


def drafter_line(report: Report, paragraphs: list[Paragraph]) -> str:
    """What the draft is, under its title: counted by the cutoff ("assumed" when it is); in
    another language than English, A/56/167's own words are unofficial translations."""
    line = _("This draft was made by the Migration Policy Survey Tracker from the replies "
             "received by %(cutoff)s. Text in square brackets is not text of the report.") % {
        "cutoff": report.cutoff_label}
    if any(part.kind == Kind.QUOTED and part.is_translation
           for paragraph in paragraphs for part in paragraph.parts):
        line += " " + _("The sentences of A/56/167 are unofficial translations of its English "
                        "text.")
    return _("[Drafter's note: %(note)s]") % {"note": line}


def first_page(document, report: Report) -> None:
    document.add_paragraph(f"{organ(report.symbol)}\t{report.symbol}", style="UN Organ")
    for line in (_("Distr.: General"), report.issued_label, "", _("Original: English")):
        document.add_paragraph(line, style="UN Distribution")
    for value, what, style in ((report.session, _("session"), "UN Session"),
                               (report.agenda_item, _("agenda item"), "UN Agenda Item")):
        text, is_note = blank(value, what)
        run = document.add_paragraph(style=style).add_run(text)
        if is_note:
            run.style = "Drafter Note"
    document.add_paragraph(report.title, style="UN Title")
    document.add_paragraph(_("Report of the Secretary-General"), style="UN Report Of")


def numbered_paragraph(document, paragraph: Paragraph, notes: dict) -> None:
    """'3.<tab>' and the paragraph's parts; a drafter's note in its own style; the report's
    own note as a footnote after the part that carries it; a computed figure that differs
    from the report's is flagged as a drafter's note."""
    out = document.add_paragraph(f"{paragraph.number}.\t", style="UN Numbered Paragraph")
    for i, part in enumerate(paragraph.parts):
        run = out.add_run(("" if i == 0 else " ") + part.text)
        if part.kind == Kind.NOTE:
            run.style = "Drafter Note"
        if part.note:
            add_footnote(out, footnote_text(*notes[part.note]))
        for check in part.differences:
            out.add_run(" " + _("[Drafter's note: %(note)s]") % {"note": _(
                "differs from the report (para. %(paragraph)s: “%(published)s”); the records "
                "give %(computed)s") % {"paragraph": check.figure.paragraph,
                                         "published": check.figure.published,
                                         "computed": check.computed}}).style = "Drafter Note"


def footnote_text(text: str, original: str) -> str:
    if not original:
        return text
    words = _("unofficial translation; the report's words:")
    return f"{text} ({words} {original})"


def rate_table(document, number: int, title: str, rates) -> None:
    """'Table 1. Response rate by region' as a Word table: group, Members, replied, rate."""
    document.add_paragraph(_("Table %(number)s. %(title)s") % {"number": number, "title": title},
                           style="UN Table Title")
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    headings = (_("Group"), _("Members"), pgettext("how many Governments", "Replied"),
                _("Response rate"))
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
        cell.paragraphs[0].style = "UN Table Text"
    for rate in rates:
        cells = table.add_row().cells
        values = (rate.label, str(rate.members), str(rate.respondents), rate.rate_label)
        for cell, text in zip(cells, values, strict=True):
            cell.paragraphs[0].add_run(text)
            cell.paragraphs[0].style = "UN Table Text"
