"""The OOXML of a Word document that python-docx has no API for: paragraph and cell
shading, repeating table headers, fields (page numbers, the table of contents), plain
and bold/italic runs written fast, and a package with fixed timestamps (identical bytes on
every run)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from copy import deepcopy
from typing import Any

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph

GREY = RGBColor(0x55, 0x55, 0x55)  # footer and placeholder text


def shade(para: Paragraph, fill: str, border: str) -> None:
    """Shade a paragraph with ``fill`` and a thick left border in ``border``."""
    ppr = para._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("w:val", "single"), ("w:sz", "24"), ("w:space", "8"), ("w:color", border)):
        left.set(qn(key), value)
    bdr.append(left)
    shd = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(key), value)
    # Schema order inside w:pPr: ... pBdr, shd, tabs ...; insert before later siblings.
    later = [qn(t) for t in ("w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc")]
    anchor = next((c for c in ppr if c.tag in later), None)
    for element in (bdr, shd):
        if anchor is not None:
            anchor.addprevious(element)
        else:
            ppr.append(element)


def cell_shade(cell: Any, fill: str) -> None:
    """Shade a table cell with ``fill``."""
    shd = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(key), value)
    cell._tc.get_or_add_tcPr().append(shd)


def repeat_header(row: Any) -> None:
    """Repeat a table row at the top of every page the table runs onto."""
    trpr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    trpr.append(flag)


def simple_field(para: Paragraph, instr: str, placeholder: str) -> None:
    """A field Word computes (``PAGE``, ``NUMPAGES``), shown as ``placeholder`` until then."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    # Match the footer's small grey text (Word keeps the result run's formatting on update).
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "555555")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "17")
    rpr.append(color)
    rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    para._p.append(field)


def complex_field(para: Paragraph, instr: str, placeholder: str) -> None:
    """begin / instrText / separate / placeholder / end: the form Word writes for a TOC."""

    def fld(kind: str) -> Any:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            el.set(qn("w:dirty"), "true")
        return el

    run = para.add_run()
    run._r.append(fld("begin"))
    run = para.add_run()
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run._r.append(instr_el)
    run = para.add_run()
    run._r.append(fld("separate"))
    shown = para.add_run(placeholder)
    shown.italic = True
    shown.font.color.rgb = GREY
    run = para.add_run()
    run._r.append(fld("end"))


def normalise_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite the package with fixed timestamps and attributes so equal input = equal bytes."""
    stamp = max(when.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():  # python-docx writes [Content_Types].xml first; keep order
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


def plain_run(para: Paragraph, text: str) -> Any:
    """``para.add_run(text)`` with the same XML, without python-docx's per-character walk.

    ``Run.text`` feeds every character through a small state machine that only matters
    for tabs and line breaks; text without them becomes one ``w:t`` either way (a
    seventh of the DOCX time of a 200-article brief, benchmarks/scale.py's folder).
    """
    if not text or any(c in text for c in "\t\r\n"):
        return para.add_run(text)
    piece = para.add_run()
    piece._r.add_t(text)
    return piece


# A run's XML once per (bold, italic), copied for each run: what ``add_run`` and setting
# ``bold``/``italic`` (``None`` when off, which still leaves an empty ``w:rPr``) write.
_RUN_TEMPLATES: dict[tuple[bool, bool], Any] = {}
_XML_SPACE = qn("xml:space")


def styled_run(para: Paragraph, text: str, *, bold: bool, italic: bool) -> None:
    """``plain_run(para, text)`` then ``bold = bold or None``, ``italic = italic or None``:
    the same XML, copied from a ready-made run instead of built by python-docx element by
    element (its property setters were half of the DOCX time of benchmarks/scale.py's
    880-source brief)."""
    if not text or any(c in text for c in "\t\r\n"):
        piece = para.add_run(text)
        piece.bold = bold or None
        piece.italic = italic or None
        return
    key = (bold, italic)
    template = _RUN_TEMPLATES.get(key)
    if template is None:
        marks = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        template = parse_xml(f"<w:r {nsdecls('w')}><w:rPr>{marks}</w:rPr><w:t/></w:r>")
        _RUN_TEMPLATES[key] = template
    run = deepcopy(template)
    t = run[-1]
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_XML_SPACE, "preserve")
    para._p.append(run)


_MARKER_TEMPLATE: list[Any] = []


def marker_run(para: Paragraph, marker: str) -> None:
    """``para.add_run(marker + "\\t")`` (a list item's number and the tab after it): the
    same XML, copied from a ready-made run."""
    if not marker or marker.strip() != marker or any(c in marker for c in "\t\r\n"):
        para.add_run(f"{marker}\t")
        return
    if not _MARKER_TEMPLATE:
        _MARKER_TEMPLATE.append(parse_xml(f"<w:r {nsdecls('w')}><w:t/><w:tab/></w:r>"))
    run = deepcopy(_MARKER_TEMPLATE[0])
    run[0].text = marker
    para._p.append(run)
