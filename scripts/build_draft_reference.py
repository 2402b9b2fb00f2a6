"""Writes surveys/drafts/reference.docx: the reference document every Word draft is built on.

It holds no text, only the page (A4, the margins of a United Nations document) and the styles
that surveys/drafts/word.py names, in the layout of the Secretariat's documents: Times New
Roman 10 points, numbered paragraphs indented 1.27 cm with their number hanging, the symbol
and "Distr.: General" block on the right of the first page, footnotes in 8 points. A drafter's
template can take its place, as long as it keeps these style names. Run from the project
folder after changing it, and commit the result:

    .venv/bin/python scripts/build_draft_reference.py
"""
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "surveys" / "drafts" / "reference.docx"
FONT = "Times New Roman"
TEXT_WIDTH = Cm(21.0 - 2 * 2.2)


def paragraph_style(document, name, *, size=10, bold=False, align=None, before=0, after=0,
                    left=None, right=None, first=None, italic=False):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.name, style.font.size, style.font.bold = FONT, Pt(size), bold
    style.font.italic = italic
    layout = style.paragraph_format
    layout.space_before, layout.space_after = Pt(before), Pt(after)
    if align is not None:
        layout.alignment = align
    for attribute, value in (("left_indent", left), ("right_indent", right),
                             ("first_line_indent", first)):
        if value is not None:
            setattr(layout, attribute, value)
    return style


def build() -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.2)

    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    organ = paragraph_style(document, "UN Organ", size=17, bold=True, after=6)
    organ.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    paragraph_style(document, "UN Distribution", left=Cm(11.5))
    paragraph_style(document, "UN Session", bold=True, before=12)
    paragraph_style(document, "UN Agenda Item", after=12)
    paragraph_style(document, "UN Title", size=14, bold=True, before=6, after=6,
                    right=Cm(3.0))
    paragraph_style(document, "UN Report Of", size=14, bold=True, before=6, after=18)
    paragraph_style(document, "UN Drafter Line", after=6)
    heading = paragraph_style(document, "UN Section Heading", size=11, bold=True, before=12,
                              after=12, left=Cm(1.27), right=Cm(1.27), first=Cm(-1.27))
    heading.paragraph_format.keep_with_next = True
    numbered = paragraph_style(document, "UN Numbered Paragraph", after=6, left=Cm(1.27),
                               right=Cm(1.27), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    numbered.paragraph_format.tab_stops.add_tab_stop(Cm(1.27 + 0.75))
    # Tables take the whole width of the text, as the Secretariat's do, and so do their titles.
    caption = paragraph_style(document, "UN Table Title", bold=True, before=12, after=6)
    caption.paragraph_format.keep_with_next = True
    paragraph_style(document, "UN Table Text", size=9)
    paragraph_style(document, "UN Running Notice", size=8, bold=True,
                    align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph_style(document, "UN Running Symbol", size=9, bold=True)
    paragraph_style(document, "Footnote Text", size=8, left=Cm(1.27), right=Cm(1.27),
                    first=Cm(-0.5))

    reference = document.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    reference.font.superscript = True
    note = document.styles.add_style("Drafter Note", WD_STYLE_TYPE.CHARACTER)
    note.font.italic = True
    note.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    document.core_properties.title = ""
    document.core_properties.author = "Migration Policy Survey Tracker"
    document.core_properties.comments = "Reference document of the drafts (styles only)."
    document.save(OUT)


if __name__ == "__main__":
    build()
    print(f"wrote {OUT}")
