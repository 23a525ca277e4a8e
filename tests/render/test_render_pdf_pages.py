"""The PDF's layout passes (briefing/render/pdf_pages.py)."""

from __future__ import annotations

import pytest
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
    assert {kind for drafting, kind in drawn if not drafting} == {"Heading", "Paragraph"}
    monkeypatch.setattr(pdf_pages, "_DRAFTED", ())
    assert render(brief, "pdf") == fast
