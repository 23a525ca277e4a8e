"""The DOCX reader on hostile files (s29): many XML tags, floods of empty paragraphs, and
styles looked up once per document, not once per paragraph."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from briefing.ingest import docx_reader, ingest

_PARA = "The council of Marlow said on Monday that it would close the Kestrel bridge in May."


def _docx(tmp_path: Path, body: bytes, name: str = "hostile.docx") -> Path:
    """A DOCX made by python-docx whose document.xml body is ``body``."""
    import docx

    base = io.BytesIO()
    docx.Document().save(base)
    head = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
    head += b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        dst.writestr("word/document.xml", head + body + b"</w:body></w:document>")
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def _para(text: str, style: str = "") -> bytes:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def test_a_part_of_too_many_xml_tags_is_skipped_before_parsing(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_DOCX_TAGS", 20_000)  # the template's styles: 11,844
    path = _docx(tmp_path, _para(_PARA) + b"<w:p/>" * 25_000)
    result = ingest([str(path)])
    assert result.documents == []
    (skipped,) = result.skipped
    assert "word/document.xml holds 25,011 XML tags" in skipped.reason
    assert skipped.reason.endswith("over 20,000 (MAX_DOCX_TAGS)")


def test_a_flood_of_empty_paragraphs_is_read_no_further_than_the_cap(tmp_path, monkeypatch) -> None:
    # 1,000,000 empty paragraphs (a 45 KB file) took python-docx 36 CPU s to walk.
    monkeypatch.setattr(docx_reader, "MAX_DOCX_PARAGRAPHS", 50)
    path = _docx(tmp_path, _para(_PARA) + b"<w:p/>" * 200 + _para("Never read."))
    result = ingest([str(path)])
    (doc,) = result.documents
    assert _PARA in doc.text and "Never read" not in doc.text
    assert result.warnings == [
        f"{path.name}: only the first 50 paragraphs were read (MAX_DOCX_PARAGRAPHS)"
    ]


def test_paragraphs_stop_once_max_source_chars_are_read(tmp_path) -> None:
    from briefing.ingest import Limits

    body = b"".join(_para(f"{_PARA} Item {n}.") for n in range(400))
    result = ingest([str(_docx(tmp_path, body))], limits=Limits(max_source_chars=2_000))
    (doc,) = result.documents
    assert "Item 20." in doc.text and "Item 399." not in doc.text
    assert any("max_source_chars" in w for w in result.warnings)


def test_styles_are_read_once_not_per_paragraph(tmp_path, monkeypatch) -> None:
    # python-docx's para.style scans every style for the default on each paragraph: 1.6 ms a
    # paragraph with its own template, paragraphs times styles with a styles part of many.
    from docx.text.paragraph import Paragraph

    def scan(self):
        raise AssertionError("para.style looked up per paragraph")

    monkeypatch.setattr(Paragraph, "style", property(scan))
    body = _para("Marlow closes its bridge", "Title") + _para(_PARA)
    body += _para("What happens next", "Heading2") + _para(f"Later, {_PARA}")
    (doc,) = ingest([str(_docx(tmp_path, body))]).documents
    assert doc.title == "Marlow closes its bridge"
    assert doc.text == f"{_PARA}\n\nLater, {_PARA}"  # headings are labels, not text


@pytest.mark.parametrize(
    ("xml", "want"),
    [
        (b"", "Normal"),  # no pStyle: the default paragraph style
        (b'<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', "Heading 1"),
        (b'<w:pPr><w:pStyle w:val="NoSuchStyle"/></w:pPr>', "Normal"),
        (b'<w:pPr><w:pStyle w:val="DefaultParagraphFont"/></w:pPr>', "Normal"),  # a run style
    ],
)
def test_style_names_are_python_docxs(xml: bytes, want: str) -> None:
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("x")
    names = docx_reader._style_names(document)
    body = document.element.body
    element = docx.oxml.parse_xml(
        b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + xml
        + b"<w:r><w:t>x</w:t></w:r></w:p>"
    )
    body.replace(paragraph._p, element)
    (para,) = document.paragraphs
    assert para.style.name == want
    assert names.get(element.style, names[None]) == want


def _without(tmp_path: Path, drop: str, types: bytes | None = None) -> Path:
    """A DOCX made by python-docx without its part ``drop`` (its relationship kept), and
    with ``types`` as its ``[Content_Types].xml`` when given."""
    import docx

    base = io.BytesIO()
    made = docx.Document()
    made.add_paragraph(_PARA)
    made.save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "[Content_Types].xml" and types is not None:
                dst.writestr(info, types)
            elif info.filename != drop:
                dst.writestr(info, src.read(info))
    path = tmp_path / "damaged.docx"
    path.write_bytes(out.getvalue())
    return path


def test_a_docx_naming_a_part_it_does_not_hold_is_skipped_saying_so(tmp_path) -> None:
    # A relationship to a part the zip lacks: python-docx's KeyError was the whole reason.
    result = ingest([str(_without(tmp_path, "word/styles.xml"))])
    (skipped,) = result.skipped
    assert skipped.reason == (
        "could not read DOCX: it refers to word/styles.xml, a part the file does not hold "
        "(the file is damaged or incomplete)"
    )


def test_a_docx_giving_no_content_type_for_a_part_is_skipped_saying_so(tmp_path) -> None:
    types = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
        b'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
        b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'
    )
    result = ingest([str(_without(tmp_path, "", types))])
    (skipped,) = result.skipped
    assert skipped.reason.startswith("could not read DOCX: its list of content types")
    assert "does not give the type of its part /" in skipped.reason
