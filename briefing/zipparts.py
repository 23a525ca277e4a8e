"""A DOCX's zip parts inflated within bounds, for python-docx, which reads each part whole.

A DOCX is a zip of XML parts, and hostile: its headers may lie about sizes (a zip bomb),
and a small file may hold millions of XML elements. ``checked_copy`` checks the declared
sizes before inflating anything, reads each part in pieces up to its declared size, counts
its tags, and returns the parts stored again uncompressed: python-docx is only ever handed
such a copy (the DOCX source reader and the ``reference_docx`` of the DOCX writer).
"""

from __future__ import annotations

import io
import zipfile
from typing import IO

# Tags ("<") in one DOCX part, counted before python-docx parses it: lxml holds every
# element (8,000,000 empty paragraphs, 50 MB of XML, took 1 GB to parse; 1,000,000 fit in
# a 45 KB file and took python-docx 36 CPU s to walk). A text of max_source_chars (200,000)
# written with python-docx in paragraphs of four styled runs has 22,000: the cap leaves 90
# times that.
MAX_DOCX_TAGS = 2_000_000

# Bytes inflated per read of a DOCX part: zipfile's read() of a whole part inflates all
# the compressed data at once, whatever size the headers declare (a part declaring 4,000
# bytes that inflates to 500 MB peaked at 1 GB), so parts are read in pieces of this size.
_PIECE = 2**20
# How an XML part declares entities: a DOCTYPE, which no DOCX part holds (an "entity
# bomb" of nested entities only got "could not read DOCX (XMLSyntaxError)" from lxml).
_DECLARATION = b"<!DOCTYPE"


class ZipRefused(ValueError):
    """Why a DOCX was not inflated: ``str(exc)`` reads as a skip reason ("not a DOCX (not a
    zip file)"), ``exc.of(name)`` as a sentence about the file ("house.docx is not a DOCX
    (not a zip file)", "house.docx: could not read DOCX: ...")."""

    def __init__(self, reason: str, joint: str = ": ") -> None:
        super().__init__(reason)
        self.joint = joint  # what comes between the file's name and the reason

    def of(self, name: str) -> str:
        return f"{name}{self.joint}{self}"


def checked_copy(source: str | IO[bytes], max_unzipped_mb: float, max_tags: int) -> bytes:
    """The DOCX with its parts inflated, checked and stored again uncompressed.

    ``ZipRefused`` when it is no zip, when its parts declare more than ``max_unzipped_mb``
    (before inflating any), when a part inflates to other than its declared size (read in
    pieces, a part stops at its declared size, so memory and time stay within what the
    headers declare), or when an XML part holds more than ``max_tags`` tags."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ZipRefused("not a DOCX (not a zip file)", " is ") from None
    parts = {info.filename: info for info in archive.infolist()}  # the last of a name wins
    total = sum(info.file_size for info in parts.values())
    if total > max_unzipped_mb * 2**20:
        archive.close()
        raise ZipRefused(
            f"inflates to {total / 2**20:,.1f} MB, over {max_unzipped_mb:g} MB (max_unzipped_mb)",
            " ",
        )
    stored = io.BytesIO()
    with archive, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as copy:
        for name, info in parts.items():
            content = _part(archive, name, info)
            xml = name.endswith((".xml", ".rels"))
            if xml and _DECLARATION in content:
                raise ZipRefused(
                    f"could not read DOCX: {name} declares its own XML entities (a DOCTYPE), "
                    "which is refused: Word never writes one, and its entities can expand "
                    "a small file to gigabytes or read other files"
                )
            tags = content.count(b"<") if xml else 0
            if tags > max_tags:
                raise ZipRefused(
                    f"could not read DOCX: {name} holds {tags:,} XML tags, over "
                    f"{max_tags:,} (MAX_DOCX_TAGS)"
                )
            copy.writestr(zipfile.ZipInfo(name, info.date_time), content)
    return stored.getvalue()


def _part(archive: zipfile.ZipFile, name: str, info: zipfile.ZipInfo) -> bytes:
    """One part inflated in pieces of ``_PIECE``, never past its declared size."""
    try:
        with archive.open(info) as part:
            return b"".join(iter(lambda: part.read(_PIECE), b""))
    except zipfile.BadZipFile:
        raise ZipRefused(
            f"could not read DOCX: {name} inflates to other than its "
            f"{info.file_size:,} bytes, not what its zip header says "
            "(a damaged or forged file)"
        ) from None
    except (NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as exc:
        raise ZipRefused(f"could not read DOCX: {name}: {exc}") from None
