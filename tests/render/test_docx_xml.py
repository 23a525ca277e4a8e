"""The OOXML python-docx has no API for (render/docx_xml.py)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from docx import Document

from briefing.render.docx_xml import marker_run, normalise_zip, plain_run, styled_run


@pytest.mark.parametrize("text", ["plain words", " leading and trailing ", "a\ttab", "two\nlines"])
def test_plain_run_writes_what_add_run_writes(text: str) -> None:
    ours, theirs = Document().add_paragraph(), Document().add_paragraph()
    assert plain_run(ours, text).text == text
    theirs.add_run(text)
    assert ours._p.xml == theirs._p.xml


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("italic", [False, True])
@pytest.mark.parametrize("text", ["plain words", " leading and trailing ", "a\ttab", "", "x & <y>"])
def test_styled_run_writes_what_add_run_and_the_bold_and_italic_setters_write(
    text: str, bold: bool, italic: bool
) -> None:
    ours, theirs = Document().add_paragraph(), Document().add_paragraph()
    for _ in range(2):  # the second run is copied from the kept template
        styled_run(ours, text, bold=bold, italic=italic)
        run = theirs.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
    assert ours._p.xml == theirs._p.xml
    assert [r.text for r in ours.runs] == [text, text]


@pytest.mark.parametrize("marker", ["12.", "a)", " 3.", "", "x\ty"])
def test_marker_run_writes_what_add_run_writes_for_a_marker_and_its_tab(marker: str) -> None:
    ours, theirs = Document().add_paragraph(), Document().add_paragraph()
    for _ in range(2):  # the second run is copied from the kept template
        marker_run(ours, marker)
        theirs.add_run(f"{marker}\t")
    assert ours._p.xml == theirs._p.xml


def test_a_normalised_package_has_fixed_times_whatever_it_was_written_at() -> None:
    def package(stamp: tuple[int, ...]) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            z.writestr(zipfile.ZipInfo("[Content_Types].xml", date_time=stamp), "<Types/>")
            z.writestr(zipfile.ZipInfo("word/document.xml", date_time=stamp), "<w:document/>")
        return out.getvalue()

    when = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    first = normalise_zip(package((2020, 1, 1, 0, 0, 0)), when)
    assert first == normalise_zip(package((2023, 6, 9, 8, 7, 6)), when)
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert z.namelist() == ["[Content_Types].xml", "word/document.xml"]
        assert {i.date_time for i in z.infolist()} == {(2024, 5, 1, 12, 0, 0)}
