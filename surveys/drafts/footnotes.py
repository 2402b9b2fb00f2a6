"""Word footnotes, which python-docx (1.2) does not make: the one place the drafts reach below
its documented API, into its oxml layer.

A footnote is a ``w:footnote`` in the document's footnotes part (``word/footnotes.xml``,
made here on the first footnote, with the two separators Word expects) and a
``w:footnoteReference`` run where it is called; Word and LibreOffice number them in order.
Everything else (the part, its relationship and content type, the runs and their styles) goes
through python-docx's own classes. tests/surveys/drafts/test_footnotes.py fails the day
python-docx changes under it: when it makes footnotes itself, use that instead.
"""
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

SEPARATORS = (
    f'<w:footnotes {nsdecls("w")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote></w:footnotes>'
)


def add_footnote(paragraph, text: str) -> None:
    """Calls a footnote reading ``text`` at the end of ``paragraph`` (a python-docx Paragraph
    of the document's body), styled "Footnote Reference" and "Footnote Text"."""
    document_part = paragraph.part
    footnotes = next((rel.target_part for rel in document_part.rels.values()
                      if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES), None)
    if footnotes is None:
        footnotes = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES,
                            parse_xml(SEPARATORS), document_part.package)
        document_part.relate_to(footnotes, RELATIONSHIP_TYPE.FOOTNOTES)
    number = str(len(footnotes.element.findall(qn("w:footnote"))) - 1)

    footnote = OxmlElement("w:footnote", {qn("w:id"): number})
    note = OxmlElement("w:p")
    footnote.append(note)
    note.get_or_add_pPr().style = "FootnoteText"
    mark = note.add_r()
    mark.get_or_add_rPr().style = "FootnoteReference"
    mark.append(OxmlElement("w:footnoteRef"))
    note.add_r().text = " " + text
    footnotes.element.append(footnote)

    call = paragraph.add_run()
    call.style = "Footnote Reference"
    call.element.append(OxmlElement("w:footnoteReference", {qn("w:id"): number}))
