"""The PDF's layout passes (briefing/render/pdf_pages.py)."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefing.render import pdf_pages, render


@pytest.mark.parametrize("which", ["brief", "huge_brief"])
def test_first_pass_draws_no_plain_text_and_changes_no_byte(which, request, monkeypatch):
    # The first pass only finds page breaks and the page total: laying its paragraphs and
    # table cells out without drawing them gives the same document, byte for byte.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714608000")
    brief = request.getfixturevalue(which)
    drawn: list[tuple[bool, str]] = []  # (first pass?, class) of what the body frame drew
    real = Paragraph.drawOn

    def counting(self, canv, *args, **kwargs):
        if isinstance(getattr(self, "_frame", None), pdf_pages.BodyFrame):
            drawn.append((canv._doctemplate.drafting, type(self).__name__))
        return real(self, canv, *args, **kwargs)

    monkeypatch.setattr(Paragraph, "drawOn", counting)
    fast = render(brief, "pdf")
    # Headings are drawn on the first pass too: they report their page to the contents.
    assert {kind for drafting, kind in drawn if drafting} == {"Heading"}
    assert {kind for drafting, kind in drawn if not drafting} == {"Heading", "Para"}
    monkeypatch.setattr(pdf_pages, "_DRAFTED", ())
    assert render(brief, "pdf") == fast


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch):
    calls: list[float] = []
    real = Paragraph.breakLines

    def counting(self, widths):
        calls.append(widths[-1])
        return real(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    para = pdf_pages.Para("word " * 60, ParagraphStyle("x"))
    size = para.wrap(200, 500)
    assert para.wrap(200, 80) == size  # another height: the same lines
    assert len(calls) == 1
    narrower = para.wrap(100, 500)
    assert narrower[1] > size[1] and len(calls) == 2
    assert para.wrap(200, 500) == size and len(calls) == 3  # only the last width is kept
    # A split that finds no room for two lines drops them; the next wrap breaks again.
    assert para.split(200, 1) == []
    assert para.wrap(200, 500) == size and len(calls) == 4
    assert para.wrap(0, 500) == (0, pdf_pages.NO_FIT)  # too narrow: nothing kept
    assert para.wrap(200, 500) == size and len(calls) == 5


@pytest.mark.parametrize("which", ["brief", "huge_brief"])
def test_kept_lines_change_no_byte(which, request, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714608000")
    brief = request.getfixturevalue(which)
    kept = render(brief, "pdf")
    monkeypatch.setattr(pdf_pages.Para, "wrap", Paragraph.wrap)
    assert render(brief, "pdf") == kept
