"""The DOCX reader: Word documents through python-docx, within bounded memory and time.

A DOCX is a zip of XML parts, and hostile: its headers may lie about sizes (a zip bomb),
and a small file may hold millions of XML elements. ``_inflated`` hands python-docx only
a copy ``briefing.zipparts`` checked (declared sizes, each part read in pieces up to its
declared size, its tags counted); ``read_docx`` then walks the body's paragraphs one
at a time, up to ``MAX_DOCX_PARAGRAPHS`` and ``max_source_chars``. A document that refers
to a part it does not hold is skipped saying which (``_missing``). Like every reader it
ends in ``readers.build_document``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

from briefing.ingest import clutter, limits
from briefing.ingest.readers import SkipSource, build_document
from briefing.ingest.text import normalise_space
from briefing.model import Document, Skipped
from briefing.zipparts import MAX_DOCX_TAGS, ZipRefused, checked_copy

# python-docx stamps these on documents it creates from its own template.
_DOCX_DEFAULT_AUTHORS = {"python-docx", ""}
_DOCX_TEMPLATE_DATE = dt.date(2013, 12, 23)


# Paragraphs of a DOCX body looked at, empty ones too: python-docx reads one in ~35 us
# (1,000,000 empty paragraphs took 36 CPU s); max_source_chars ends a real text far sooner.
MAX_DOCX_PARAGRAPHS = 20_000

# How python-docx says a part is missing: the zip's own KeyError, or its content types'.
_NO_PART_RE = re.compile(r"There is no item named '(.+)' in the archive", re.DOTALL)
_NO_TYPE_RE = re.compile(r"no content type for partname '(.+)' in \[Content_Types\]\.xml")


def _inflated(data: bytes) -> bytes:
    """The DOCX checked and stored uncompressed for python-docx (``zipparts.checked_copy``);
    ``SkipSource`` with the reason when it is refused."""
    try:
        return checked_copy(io.BytesIO(data), limits.current().max_unzipped_mb, MAX_DOCX_TAGS)
    except ZipRefused as exc:
        raise SkipSource(str(exc)) from None


def read_docx(location: str, data: bytes) -> list[Document | Skipped]:
    """Word documents via python-docx: title from core properties or the first
    Title/Heading paragraph; later headings are labels and dropped; author and date
    from core properties."""
    import docx

    stored = _inflated(data)
    try:
        document = docx.Document(io.BytesIO(stored))
    except KeyError as exc:  # a part, or a part's type, the zip does not hold
        raise SkipSource(f"could not read DOCX: {_missing(exc)}") from None
    except Exception as exc:  # not a Word document, a malformed part, ...
        raise SkipSource(f"could not read DOCX ({type(exc).__name__})") from None
    props = document.core_properties
    meta = clutter.Meta(title=normalise_space(props.title or ""))
    if (props.author or "") not in _DOCX_DEFAULT_AUTHORS:
        meta.author = props.author
    created = props.created.date() if props.created else None
    if created and created != _DOCX_TEMPLATE_DATE:
        meta.date = created
    styles = _style_names(document)
    paragraphs: list[str] = []
    for style_id, para in _docx_paragraphs(location, document):
        text = normalise_space(para.text)
        if not text:
            continue
        style = styles.get(style_id, styles[None])
        if style == "Title" or style.startswith("Heading"):
            if not meta.title and not paragraphs:
                meta.title = text
            continue
        paragraphs.append(text)
    return [build_document(location, "docx", data, paragraphs, meta)]


def _missing(exc: KeyError) -> str:
    """What python-docx's ``KeyError`` says is missing, in a user's words: it follows each
    relationship to its part by name in the zip (zipfile's "There is no item named ...")
    and looks each part's type up in ``[Content_Types].xml``."""
    said = str(exc.args[0]) if exc.args else ""
    if part := _NO_PART_RE.fullmatch(said):
        return (
            f"it refers to {part[1]}, a part the file does not hold "
            "(the file is damaged or incomplete)"
        )
    if part := _NO_TYPE_RE.match(said):
        return (
            "its list of content types ([Content_Types].xml) does not give the type of its "
            f"part {part[1]} (the file is damaged)"
        )
    return f"a part it refers to is missing ({said or 'KeyError'}; the file is damaged)"


def _style_names(document: Any) -> dict[str | None, str]:
    """Paragraph style id -> its name as python-docx shows it ("Heading 1"), and None ->
    the default paragraph style's, in one pass over the styles part. ``para.style`` scans
    every style for the default on each paragraph: 1.6 ms a paragraph with python-docx's
    own template (2,900 paragraphs of a 200,000-character text took 9.7 CPU s), and
    paragraphs times styles with a hostile styles part of thousands."""
    from docx.oxml.ns import qn
    from docx.styles import BabelFish

    names: dict[str | None, str] = {None: ""}
    for element in document.styles.element.iterchildren(qn("w:style")):
        kind = element.get(qn("w:type"))
        if kind not in (None, "paragraph"):
            continue
        name = BabelFish.internal2ui(element.name_val) if element.name_val else ""
        names.setdefault(element.get(qn("w:styleId")), name)
        if kind == "paragraph" and element.get(qn("w:default")) in ("1", "true", "on"):
            names[None] = name  # the last default, as python-docx takes it
    return names


def _docx_paragraphs(location: str, document: Any) -> Iterator[tuple[str | None, Any]]:
    """The body's paragraphs with their style ids, one at a time (``document.paragraphs``
    makes them all first), stopping at ``MAX_DOCX_PARAGRAPHS`` or once ``max_source_chars``
    are read."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    cap = limits.current().max_source_chars
    size = 0
    for number, element in enumerate(document.element.body.iterchildren(qn("w:p"))):
        if number >= MAX_DOCX_PARAGRAPHS:
            cut = f"only the first {MAX_DOCX_PARAGRAPHS:,} paragraphs were read"
            limits.warn(location, f"{cut} (MAX_DOCX_PARAGRAPHS)")
            return
        if size > cap:
            limits.warn(location, f"only the first {cap:,} characters were read (max_source_chars)")
            return
        para = Paragraph(element, document)
        size += len(para.text)
        yield element.style, para
