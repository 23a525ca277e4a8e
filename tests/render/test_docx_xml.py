"""The OOXML python-docx has no API for (render/docx_xml.py)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from docx import Document

from briefing.render.docx_xml import normalise_zip, plain_run


@pytest.mark.parametrize("text", ["plain words", " leading and trailing ", "a\ttab", "two\nlines"])
def test_plain_run_writes_what_add_run_writes(text: str) -> None:
    ours, theirs = Document().add_paragraph(), Document().add_paragraph()
    assert plain_run(ours, text).text == text
    theirs.add_run(text)
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
