"""The PDF's pages: geometry, running header and footer, and the layout passes.

``BriefDoc`` runs reportlab's ``multiBuild`` knowing the page total of the previous pass
("Page X of Y"); ``BodyFrame`` is the frame text flows into, which on the first pass lays
out plain paragraphs and tables of cells without drawing them (that pass's pages are
thrown away); ``Furniture`` draws the header and footer of every page.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, Paragraph, Table
from reportlab.platypus.paragraph import _FK_BREAK, ParaLines, _processed_frags

from briefing.render.fonts import FontSet

PAGE_W, PAGE_H = A4
MARGIN_X = 2.2 * cm
MARGIN_TOP, MARGIN_BOTTOM = 2.3 * cm, 2.0 * cm
MARKING_RED = colors.HexColor("#8B0000")
GREY = colors.HexColor("#555555")
# The height reportlab's Paragraph.wrap gives when nothing fits the width offered.
NO_FIT = 0x7FFFFFFF


class BriefDoc(BaseDocTemplate):
    """Knows the page count of the previous pass, so every page can say "Page X of Y".

    (Holding pages back in the canvas until the end, the usual recipe, breaks links and
    bookmarks: they would all point at page 1.) multiBuild runs another pass whenever the
    count changed, so the final pass always prints the true total.
    """

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.total_pages = 0
        self.furniture = furniture

    @property
    def drafting(self) -> bool:
        """True on the first pass, which is never the last: it has no page total yet."""
        return self.total_pages == 0

    def _allSatisfied(self) -> bool:  # noqa: N802 - reportlab's name
        satisfied = super()._allSatisfied()
        stable = self.page == self.total_pages
        self.total_pages = self.page
        return bool(satisfied and stable)

    def on_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if canv.getPageNumber() == 1:
            canv.showOutline()
        self.furniture.draw(canv, canv.getPageNumber(), self.total_pages)


class Para(Paragraph):
    """A paragraph that breaks its lines once per width.

    reportlab wraps a paragraph again and again at the same width: a heading and what it
    is kept with are wrapped to measure them (``KeepTogether``), then again as the frame
    places them, and every pass of ``multiBuild`` does it all again. A paragraph's lines
    depend only on its text, its style and the width (not on the height offered), so the
    lines of the last width are kept. Rendering benchmarks/scale.py's 880-article brief,
    line breaking was a third of the PDF's time.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None  # width, the size it gave
    _given: tuple[list[float], Any] | None = None  # widths, lines: the rest of a split

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # A split that found no room deletes the lines (``del self.blPara``): break again.
        if self._wrapped is not None and self._wrapped[0] == availWidth and self._has_lines():
            self.width, self.height = size = self._wrapped[1]
            return size
        self._wrapped = None
        size = super().wrap(availWidth, availHeight)
        if size[1] != NO_FIT:  # reportlab's answer for a width too narrow: no lines set
            self._wrapped = (availWidth, size)
        return size

    def _has_lines(self) -> bool:
        return "blPara" in self.__dict__

    def _broken_at(self, width: float) -> bool:
        """Whether the lines this paragraph holds are those of ``width``."""
        return self._has_lines() and self._wrapped is not None and self._wrapped[0] == width

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split as reportlab does, but hand the part that goes on its lines already broken.

        reportlab gives the rest of a split paragraph its words only, so the rest breaks
        its lines again, and again on every page it spans: a paragraph of N pages was
        broken N times (10,000 words took 4 CPU s, 20,000 words 16). The rest's lines are
        this paragraph's lines after the split (one width, no bullet, no first-line indent:
        greedy breaking from the same word gives the same lines), so it keeps them.
        """
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or not isinstance(parts[1], Para) or not self._broken_at(availWidth):
            return parts
        first, rest = parts
        style = rest.style
        if style.wordWrap == "CJK" or getattr(style, "autoLeading", "") not in ("", "off"):
            return parts
        lines = self.blPara.lines
        kept = len(first.blPara.lines)
        if self.blPara.kind == 0:
            given = self.blPara.clone(lines=lines[kept:])
        elif _processed_frags(rest.frags):
            # Each line's sFW indexes its first word in this paragraph's words; after a line
            # break (<br/>) it is the break ending the line before, which reportlab leaves at
            # the head of the rest (broken again, the rest began with an empty line).
            start = lines[kept].sFW
            if rest.frags[0][1][0]._fkind == _FK_BREAK:
                rest.frags = rest.frags[1:]
                start += 1
            shifted = [line.clone(sFW=line.sFW - start) for line in lines[kept:]]
            shifted[0].sFW = 0
            given = ParaLines(kind=1, lines=shifted)
        else:
            return parts
        width = availWidth - style.leftIndent - style.rightIndent
        rest._given = ([width, width], given)
        return parts

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        """The lines handed down by a split when the widths are those it was broken at."""
        given = self._given
        if given is not None and list(width) == given[0]:
            return given[1]
        return super().breakLines(width)


class Grid(Table):
    """A table of plain cells (key actors): no heading inside, so ``BodyFrame`` need not draw
    it on the first pass. Its split parts are of this class too (reportlab splits into
    ``self.__class__``)."""


# What the first pass lays out without drawing: nothing in them reports to the contents.
_DRAFTED = (Paragraph, Para, Grid)


def _not_drawn(*args: Any, **kwargs: Any) -> None:
    """Stands in for a paragraph's ``drawOn`` while a pass's pages are thrown away."""


class BodyFrame(Frame):
    """The body frame; on the first pass of ``multiBuild`` it lays plain paragraphs and
    tables of cells out without drawing them.

    The first pass only finds the page breaks, the page total and where each heading
    lands: its pages are thrown away (``BriefDoc`` never stops after it), and where a
    paragraph or table goes depends on its ``wrap`` and ``split`` alone. Drawing the text
    (glyph subsetting, escaping) was about half of that pass. Headings and the shaded box
    (which holds headings) are still drawn: a heading reports its page to the contents as
    it is drawn.
    """

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:  # noqa: N803
        doc = getattr(canv, "_doctemplate", None)  # not kept here: reportlab copies frames
        if not (isinstance(doc, BriefDoc) and doc.drafting and type(flowable) in _DRAFTED):
            return super()._add(flowable, canv, trySplit)
        flowable.drawOn = _not_drawn  # type: ignore[method-assign]
        try:
            return super()._add(flowable, canv, trySplit)
        finally:
            del flowable.drawOn

    add = _add

    def __deepcopy__(self, memo: dict[int, Any]) -> BodyFrame:
        """What ``copy.deepcopy`` makes, copying only the attributes that are not numbers or
        strings. reportlab deep-copies the frame each time it measures a group kept together
        (a source's title with its digest): the generic copy walked every float, 10% of the
        PDF's time on benchmarks/scale.py's 880-source brief."""
        copied = object.__new__(type(self))
        memo[id(self)] = copied
        copied.__dict__.update(
            (k, v if type(v) in _ATOMS else deepcopy(v, memo)) for k, v in self.__dict__.items()
        )
        return copied


# Values ``copy.deepcopy`` returns as they are.
_ATOMS = (int, float, str, bool, type(None))


class Furniture:
    """Running header (logo, short title, marking) and footer (marking, Page X of Y)."""

    def __init__(
        self, *, marking: str, title: str, logo: str | None, fonts: FontSet, accent: Any
    ) -> None:
        self.marking, self.title, self.fonts, self.accent = marking, title, fonts, accent
        self.logo = ImageReader(logo) if logo else None

    def draw(self, canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        top = PAGE_H - 1.3 * cm
        x = MARGIN_X
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            h = 0.9 * cm
            w = h * iw / ih
            canv.drawImage(self.logo, x, top - 0.25 * cm, width=w, height=h, mask="auto")
            x += w + 0.3 * cm
        canv.setFont(self.fonts.family, 7.5)
        canv.setFillColor(GREY)
        short = self.title if len(self.title) <= 80 else self.title[:77] + "…"
        canv.drawString(x, top, short)
        if self.marking:
            canv.setFont(self.fonts.bold, 8)
            canv.setFillColor(MARKING_RED)
            canv.drawRightString(PAGE_W - MARGIN_X, top, self.marking)
        canv.setStrokeColor(self.accent)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 0.35 * cm, PAGE_W - MARGIN_X, top - 0.35 * cm)
        footer = f"Page {page} of {max(total, page)}"
        if self.marking:
            footer = f"{self.marking}  ·  {footer}"
        canv.setFont(self.fonts.family, 7.5)
        canv.setFillColor(GREY)
        canv.drawCentredString(PAGE_W / 2, 1.1 * cm, footer)
        canv.restoreState()
