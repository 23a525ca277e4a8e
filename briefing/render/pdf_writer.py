"""PDF output with reportlab platypus.

What a reader gets: embedded Unicode fonts (see :mod:`briefing.render.fonts`), a bookmark
outline with every section, a linked table of contents, "Page X of Y" and the marking on
every page, citations ``[3]`` that jump to source 3, clickable URLs, document metadata, a
shaded executive summary and a key-actors table with a repeating header row. With
``SOURCE_DATE_EPOCH`` set, reportlab runs in invariant mode and dates come from the epoch,
so equal input gives equal bytes.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from briefing.clock import reproducible
from briefing.model import Brief
from briefing.render import RenderOptions, shared
from briefing.render.blocks import Block, Run
from briefing.render.fonts import FontSet, markup_with_fallback, register_fonts
from briefing.render.pdf_pages import (
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_H,
    PAGE_W,
    BodyFrame,
    BriefDoc,
    Furniture,
    Grid,
    Para,
)
from briefing.render.templating import accent_hex, clean_text, label

FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
# What a table or the shaded box may fill: the frame's width less reportlab's default frame
# padding (6 points each side), where the text runs; as wide as the margins, they ran 12
# points into the right margin, past the rule under each heading.
FRAME_PADDING = 6
BODY_W = PAGE_W - 2 * MARGIN_X - 2 * FRAME_PADDING
# Column shares of the key-actors table (actor, type, role, sources, quote): wide enough
# that "Transportation" (bold) and "government" fit in a cell unbroken at the cell's 8.6
# points (read on D0617H's PDF: "National Tran sportation Safety Board" at 0.17), and the
# longest words of the actor names (17 letters, bold) and roles (the sample's
# "telecommunications"; "telecom munications" at 0.19) of 9 dev stories and the sample.
ACTOR_COLUMNS = (0.23, 0.15, 0.22, 0.12, 0.28)
# A table row (or the shaded box) taller than this share of a page may split inside the
# row, so no content is too large to lay out; shorter rows keep moving whole to the next
# page. MIN_ROW_PIECE (points, about three lines) is the smallest piece a split leaves.
# Both chosen by hand in 80249f9; not benchmarked.
SPLIT_ROW_SHARE = 0.8
MIN_ROW_PIECE = 33
TINT = colors.HexColor("#EEF2F7")


class PdfRenderer:
    extension = "pdf"
    media_type = "application/pdf"

    def render(self, brief: Brief, options: RenderOptions) -> bytes:
        fonts = register_fonts()
        accent = colors.HexColor(accent_hex(options.accent_color))
        styles = _styles(fonts, accent)
        blocks = shared.blocks(brief, options)
        story = _Story(styles, fonts, accent).build(blocks, label(options, "contents"))

        marking = clean_text(brief.audience).upper() if brief.audience else ""
        buffer = io.BytesIO()
        furniture = Furniture(
            marking=marking,
            title=clean_text(brief.title),
            logo=options.logo,
            fonts=fonts,
            accent=accent,
        )
        doc = BriefDoc(
            buffer,
            furniture=furniture,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clean_text(brief.title),
            author=clean_text(options.author or brief.organisation or ""),
            subject=clean_text(brief.focus or brief.title),
            keywords=["policy brief", *(clean_text(a.name) for a in brief.key_actors[:8])],
            creator=clean_text(brief.generator) or "briefing",
            lang=options.language,
            invariant=1 if reproducible() else None,
            displayDocTitle=1,
            initialFontName=fonts.family,
        )
        frame = BodyFrame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=doc.on_page)])
        doc.multiBuild(story)
        return buffer.getvalue()


# --------------------------------------------------------------------------- styles


def _styles(fonts: FontSet, accent: colors.Color) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=fonts.family,
        bulletFontName=fonts.family,
        fontSize=9.8,
        leading=14,
        spaceAfter=5,
        alignment=TA_LEFT,
    )
    # Headings are bold and stay with what follows; a table's head row is a bold cell.
    heading = ParagraphStyle("heading", base, fontName=fonts.bold, keepWithNext=1)
    cell = ParagraphStyle("cell", base, fontSize=8.6, leading=11, spaceAfter=0)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            base,
            fontName=fonts.bold,
            fontSize=21,
            leading=26,
            textColor=accent,
            spaceAfter=8,
        ),
        "meta": ParagraphStyle("meta", base, fontSize=8.8, leading=12.5, textColor=GREY),
        "h2": ParagraphStyle(
            "h2", heading, fontSize=13.5, leading=17, textColor=accent, spaceBefore=14, spaceAfter=8
        ),
        "h3": ParagraphStyle("h3", heading, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        "item": ParagraphStyle("item", base, leftIndent=16, bulletIndent=3, spaceAfter=3),
        "cell": cell,
        "head": ParagraphStyle("head", cell, fontName=fonts.bold, textColor=colors.white),
        "toc0": ParagraphStyle("toc0", base, fontSize=9.5, leading=13, leftIndent=0),
        "toc1": ParagraphStyle(
            "toc1", base, fontSize=8.8, leading=12, leftIndent=14, textColor=GREY
        ),
    }


# --------------------------------------------------------------------------- flowables


class Heading(Para):
    """A section heading that adds itself to the outline and the TOC wherever it is drawn
    (also inside the executive-summary box, where afterFlowable would never see it)."""

    def __init__(
        self,
        text: str,
        plain: str,
        level: int,
        key: str,
        style: ParagraphStyle,
        rule: colors.Color | None = None,
    ) -> None:
        super().__init__(text, style)
        self.plain, self.level, self.key, self.rule = plain, level, key, rule

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.plain, self.key, level=self.level, closed=False)
        doc = getattr(canv, "_doctemplate", None)
        if doc is not None:
            doc.notify("TOCEntry", (self.level, self.plain, canv.getPageNumber(), self.key))
        if self.rule is not None:
            canv.saveState()
            canv.setStrokeColor(self.rule)
            canv.setLineWidth(1.2)
            canv.line(0, -3, self.width, -3)
            canv.restoreState()


class _Story:
    def __init__(self, styles: dict[str, ParagraphStyle], fonts: FontSet, accent: Any) -> None:
        self.styles, self.fonts, self.accent = styles, fonts, accent
        self.link_color = accent.hexval().replace("0x", "#")
        self._headings = 0
        self._toc_flowable: TableOfContents | None = None
        self._entries: list[tuple[int, str, str]] = []  # level, plain text, bookmark key

    def build(self, blocks: list[Block], contents_label: str) -> list[Flowable]:
        story: list[Flowable] = []
        boxes: list[tuple[str, list[Flowable]]] = []
        previous = Block("")
        for block in blocks:
            target = boxes[-1][1] if boxes else story
            if block.kind == "para" and block.depth and previous.kind == "item" and target:
                # A list item's first line stays with the paragraph under it: a source's
                # title is never left at a page's foot with its digest overleaf.
                target[-1].keepWithNext = 1
            previous = block
            if block.kind == "box":
                boxes.append((block.style, []))
            elif block.kind == "endbox":
                if not boxes:
                    continue
                style, inner = boxes.pop()
                outer = boxes[-1][1] if boxes else story
                if style == "executive-summary":
                    outer.extend(self._shaded(inner))
                else:
                    outer.extend(inner)
                if style == "brief-meta":
                    outer.append(
                        HRFlowable(
                            width="100%", thickness=0.6, color=GREY, spaceBefore=4, spaceAfter=10
                        )
                    )
                    outer.extend(self._toc(contents_label))
            else:
                if block.kind == "table" and target and isinstance(target[-1], Heading):
                    # keepWithNext would move heading + whole table to the next page and
                    # leave a blank half page; instead start a new page only when not even
                    # the heading and a few rows fit.
                    heading = target.pop()
                    heading.keepWithNext = 0
                    target.extend([CondPageBreak(5 * cm), heading])
                target.extend(self._block(block, boxes[-1][0] if boxes else ""))
        self._seed_toc()
        return story

    def _seed_toc(self) -> None:
        """Give the table of contents every heading before the first pass.

        The first pass lays the contents out from these entries (page numbers still 0, drawn
        after the text, so they change no line break), so its page breaks are already the
        final ones: the second pass confirms the contents and prints the page total, where
        an empty first contents meant a third pass (a third of the PDF's layout time).
        """
        if self._toc_flowable is not None:
            for level, plain, key in self._entries:
                self._toc_flowable.addEntry(level, plain, 0, key)

    def _block(self, block: Block, box: str) -> list[Flowable]:
        s = self.styles
        if block.kind == "title":
            return [Para(self.markup(block.runs), s["title"])]
        if block.kind == "heading":
            self._headings += 1
            key = f"section-{self._headings}"
            level = max(0, block.level - 2)
            style = s["h2"] if level == 0 else s["h3"]
            rule = self.accent if level == 0 and box != "executive-summary" else None
            self._entries.append((level, block.text, key))
            return [Heading(self.markup(block.runs), block.text, level, key, style, rule)]
        if block.kind == "table":
            return [self._table(block.rows)]
        if block.kind == "item":
            indent = 16 * block.depth
            style = ParagraphStyle("item-d", s["item"], leftIndent=indent, bulletIndent=indent - 13)
            marker = "•" if block.marker == "•" else block.marker
            return [Para(self.markup(block.runs), style, bulletText=marker)]
        style = s["meta"] if box == "brief-meta" else s["body"]
        if block.depth:
            style = ParagraphStyle("cont", style, leftIndent=16 * block.depth)
        return [Para(self.markup(block.runs), style)]

    def markup(self, runs: list[Run]) -> str:
        """Runs -> reportlab paragraph markup; source text is escaped so it prints literally."""
        parts: list[str] = []
        for run in runs:
            if run.anchor:
                parts.append(f"<a name={quoteattr(run.anchor)}/>")
                continue
            if run.text == "\n":
                parts.append("<br/>")
                continue
            text = markup_with_fallback(
                escape(clean_text(run.text) or run.text.strip()), self.fonts
            )
            if run.text[:1].isspace() and run.text.strip():
                text = " " + text
            if run.text[-1:].isspace():
                text += " "
            if run.code:
                text = f'<font size="8.5" color="#444444">{text}</font>'
            if run.italic:
                text = f"<i>{text}</i>"
            if run.bold:
                text = f"<b>{text}</b>"
            if run.href:
                underline = "" if run.href.startswith("#") else ' underline="1"'
                text = (
                    f'<a href={quoteattr(run.href)} color="{self.link_color}"{underline}>{text}</a>'
                )
            parts.append(text)
        return "".join(parts)

    def _table(self, rows: list[list[list[Run]]]) -> Table:
        ncols = max(len(r) for r in rows)
        data = [
            [
                Para(
                    self.markup(row[c]) if c < len(row) else "",
                    self.styles["head" if r == 0 else "cell"],
                )
                for c in range(ncols)
            ]
            for r, row in enumerate(rows)
        ]
        shares = ACTOR_COLUMNS if ncols == len(ACTOR_COLUMNS) else [1 / ncols] * ncols
        widths = [BODY_W * f for f in shares]
        table = Grid(
            data,
            colWidths=widths,
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=MIN_ROW_PIECE if _any_row_too_tall(data, widths) else 0,
        )
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.family),  # else Helvetica, unembedded
            ("BACKGROUND", (0, 0), (-1, 0), self.accent),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#C8CDD3")),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for r in range(2, len(data), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F4F6F8")))
        table.setStyle(TableStyle(commands))
        return table

    def _shaded(self, inner: list[Flowable]) -> list[Flowable]:
        """``inner`` in shaded boxes, but a flowable taller than a page on its own (no real
        statement: one of 150,000 characters, a single "word") between them, unshaded: a
        table breaks the lines of what is left of a split cell again on every page it
        spans (a 150,000-character statement took 18 CPU s, while ``Para.split`` hands its
        rest its lines)."""
        out: list[Flowable] = []
        run: list[Flowable] = []
        for flowable in inner:
            if _any_row_too_tall([[flowable]], [BODY_W - 24]):
                out += [self._box(run), flowable] if run else [flowable]
                run = []
            else:
                run.append(flowable)
        return out + [self._box(run)] if run else out

    def _box(self, inner: list[Flowable]) -> Table:
        width = BODY_W
        # Normally one cell holding the whole box. A box taller than a page gets one row per
        # flowable instead, so it splits between rows like any table (a single cell would
        # be re-wrapped whole on every page it spans).
        rows: list[list[Any]] = [[inner]]
        if _any_row_too_tall(rows, [width - 24]):
            rows = [[[flowable]] for flowable in inner]
        box = Table(
            rows,
            colWidths=[width],
            hAlign="LEFT",
            splitInRow=MIN_ROW_PIECE if _any_row_too_tall(rows, [width - 24]) else 0,
        )
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.family),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 4, self.accent),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
        if len(rows) > 1:
            commands += [
                ("TOPPADDING", (0, 1), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -2), 0),
            ]
        box.setStyle(TableStyle(commands))
        return box

    def _toc(self, contents_label: str) -> list[Flowable]:
        toc = self._toc_flowable = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.styles["toc0"], self.styles["toc1"]]
        toc.tableStyle = TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.family),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        heading = Para(
            escape(contents_label),
            ParagraphStyle(
                "toc-h",
                self.styles["body"],
                fontName=self.fonts.bold,
                fontSize=11,
                textColor=self.accent,
                spaceAfter=4,
            ),
        )
        return [heading, toc, Spacer(1, 6)]


def _any_row_too_tall(rows: list[list[Any]], widths: list[float]) -> bool:
    """Whether some row of cells (a flowable or a list of them) would fill most of a page."""
    limit = FRAME_H * SPLIT_ROW_SHARE
    for row in rows:
        for cell, width in zip(row, widths, strict=False):
            height = 0.0
            for flowable in cell if isinstance(cell, list) else [cell]:
                _, h = flowable.wrap(width - 12, FRAME_H)  # minus the default cell padding
                height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
                if height > limit:
                    return True
    return False
