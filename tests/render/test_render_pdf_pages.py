"""The PDF's layout passes (briefing/render/pdf_pages.py)."""

from __future__ import annotations

import copy

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


@pytest.fixture
def calls(monkeypatch) -> list[float]:
    """The width of every line breaking reportlab does (``Paragraph.breakLines``)."""
    widths: list[float] = []
    real = Paragraph.breakLines

    def counting(self, given):
        widths.append(given[-1])
        return real(self, given)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return widths


def test_a_paragraph_breaks_its_lines_once_per_width(calls):
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
@pytest.mark.parametrize("stock", [("wrap",), ("split", "breakLines")])
def test_kept_lines_change_no_byte(which, stock, request, monkeypatch):
    # Lines kept per width, and those handed to the rest of a split (huge_brief's
    # 5,000-word paragraph runs over several pages), give reportlab's own layout.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714608000")
    brief = request.getfixturevalue(which)
    kept = render(brief, "pdf")
    for name in stock:
        monkeypatch.setattr(pdf_pages.Para, name, getattr(Paragraph, name))
    assert render(brief, "pdf") == kept


def _line_texts(para: Paragraph) -> list[str]:
    """The text of each line a paragraph was broken into (the first part of a split of a
    plain paragraph has plain lines, ``(space, words)``, under kind 1)."""
    return [
        " ".join(line[1])
        if isinstance(line, tuple)
        else "".join(getattr(w, "text", "") for w in line.words).strip()
        for line in para.blPara.lines
    ]


@pytest.mark.parametrize("markup", [False, True])
def test_the_rest_of_a_split_paragraph_keeps_its_lines(markup, calls):
    # A paragraph over many pages was broken into lines again for every page it spans.
    text = " ".join(f"<b>w{i}</b> x&amp;y" if markup else f"w{i} xy" for i in range(400))
    style = ParagraphStyle("x", leading=12, leftIndent=10, firstLineIndent=8)
    para = pdf_pages.Para(text, style, bulletText="•")
    para.wrap(200, 1000)
    whole = _line_texts(para)
    shown: list[str] = []
    while True:
        parts = para.split(200, 60)  # five lines a page
        if len(parts) < 2:
            shown += _line_texts(para)
            break
        first, para = parts
        shown += _line_texts(first)
        para.wrap(200, 1000)
    assert len(whole) > 40 and shown == whole
    assert len(calls) == 1
    # The rest breaks its own words into the same lines (a fresh break agrees).
    fresh = Paragraph(None, para.style, frags=para.frags)
    fresh.wrap(200, 1000)
    assert _line_texts(fresh) == _line_texts(para)
    para.wrap(150, 1000)  # another width: broken anew
    assert len(calls) == 3


def test_the_rest_after_a_line_break_starts_with_its_next_line():
    # reportlab left the <br/> ending the last line shown at the head of the rest, which
    # then began the next page with an empty line.
    text = "<b>x</b> " + "<br/>".join(f"line{i} more words" for i in range(10))
    para = pdf_pages.Para(text, ParagraphStyle("x", leading=10))
    para.wrap(200, 1000)
    first, rest = para.split(200, 30)
    assert _line_texts(first) == ["x line0 more words", "line1 more words", "line2 more words"]
    assert rest.wrap(200, 1000) == (200, 70)
    assert _line_texts(rest) == [f"line{i} more words" for i in range(3, 10)]
    again = Paragraph(None, rest.style, frags=rest.frags)
    again.wrap(200, 1000)
    assert _line_texts(again) == _line_texts(rest)


def test_a_copied_body_frame_copies_only_its_lists(monkeypatch):
    # reportlab deep-copies the frame for every group kept together: the copy equals the
    # frame, shares none of its lists, and is made without walking each number.
    frame = pdf_pages.BodyFrame(0, 0, 400, 600, id="body")
    frame._frameBGs = [[1, 2]]  # set by reportlab as a page begins
    walked: list[object] = []
    real = pdf_pages.deepcopy

    def counting(value, memo=None):
        walked.append(value)
        return real(value, memo)

    monkeypatch.setattr(pdf_pages, "deepcopy", counting)
    copied = copy.deepcopy(frame)
    assert type(copied) is pdf_pages.BodyFrame
    assert vars(copied) == vars(frame)
    assert copied._frameBGs is not frame._frameBGs
    assert copied._frameBGs[0] is not frame._frameBGs[0]
    assert walked == [frame._frameBGs]


def test_a_brief_renders_the_same_with_the_generic_frame_copy(brief, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714608000")
    fast = render(brief, "pdf")
    monkeypatch.delattr(pdf_pages.BodyFrame, "__deepcopy__")
    assert render(brief, "pdf") == fast
