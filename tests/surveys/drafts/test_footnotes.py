"""Word footnotes through python-docx's oxml layer (surveys/drafts/footnotes.py): these fail
the day python-docx changes under the one function that reaches below its API."""
import importlib.metadata
import io

import docx
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from surveys.drafts.footnotes import add_footnote
from surveys.drafts.word import REFERENCE


def footnotes_of(document) -> list[str]:
    """The text of each footnote of a saved and reopened document, separators left out."""
    part = next(rel.target_part for rel in document.part.rels.values()
                if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES)
    assert part.content_type == CONTENT_TYPE.WML_FOOTNOTES
    root = parse_xml(part.blob)
    return ["".join(t.text for t in note.iter(qn("w:t")))
            for note in root.findall(qn("w:footnote")) if note.get(qn("w:type")) is None]


def test_the_pinned_python_docx_is_the_one_the_footnotes_were_written_for():
    """python-docx 1.2 makes no footnotes; a newer one may. Check it, then move this pin."""
    assert importlib.metadata.version("python-docx") == "1.2.0"
    assert not hasattr(docx.text.paragraph.Paragraph, "add_footnote")


def test_footnotes_are_word_footnotes_called_in_order():
    document = docx.Document(REFERENCE)
    first = document.add_paragraph("Counted by the cutoff.")
    add_footnote(first, "The first note.")
    second = document.add_paragraph("Counted again.")
    add_footnote(second, "The second note.")
    saved = io.BytesIO()
    document.save(saved)

    reopened = docx.Document(io.BytesIO(saved.getvalue()))
    assert footnotes_of(reopened) == [" The first note.", " The second note."]
    calls = [r.get(qn("w:id")) for r in reopened.element.body.iter(qn("w:footnoteReference"))]
    assert calls == ["1", "2"]
    assert [p.text for p in reopened.paragraphs] == ["Counted by the cutoff.", "Counted again."]
    styles = {s.style_id for s in reopened.styles}
    assert {"FootnoteText", "FootnoteReference"} <= styles
