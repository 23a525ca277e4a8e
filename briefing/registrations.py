"""The one list of built-in implementations: source readers, summarizers, output formats.

Like spaCy's ``registrations.py``: every name the config file and the CLI accept is
listed here, next to the ``"module:attribute"`` that implements it. References are
imported on first use (:class:`briefing.registry.Registry`), so ``briefing --help``
lists the names without importing sumy, spaCy or reportlab, and a build imports only
the readers, summarizer and formats it uses.

Adding a reader, format or summarizer is one module plus one line here; the first
name is the one listed, the others are accepted aliases. Order is the listing order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.registry import Registry

if TYPE_CHECKING:  # types only: importing this module must stay cheap (briefing --help)
    from collections.abc import Callable

    from briefing.model import Document, Skipped
    from briefing.render import Renderer

    # A reader turns (location, raw bytes) into documents; see briefing.ingest.readers.
    Reader = Callable[..., list[Document | Skipped]]

READERS: Registry[Reader] = Registry("reader")
READERS.add("text", "briefing.ingest.readers:read_text", "txt")
READERS.add("markdown", "briefing.ingest.readers:read_markdown", "md")
READERS.add("html", "briefing.ingest.readers:read_html", "htm")
READERS.add("pdf", "briefing.ingest.pdf_reader:read_pdf")
READERS.add("docx", "briefing.ingest.docx_reader:read_docx")
READERS.add("url", "briefing.ingest.web:read_url")
READERS.add("feed", "briefing.ingest.web:read_feed", "rss", "atom")

# sumy summarizer classes; briefing.summarise.sumy_methods adapts any of them. LexRank is
# sumy's, computed faster with the same scores (briefing/summarise/lexrank.py).
SUMMARIZERS: Registry[type] = Registry("summarizer")
SUMMARIZERS.add("lexrank", "briefing.summarise.lexrank:LexRankSummarizer")
SUMMARIZERS.add("lsa", "sumy.summarizers.lsa:LsaSummarizer")
SUMMARIZERS.add("textrank", "sumy.summarizers.text_rank:TextRankSummarizer", "text-rank")
SUMMARIZERS.add("luhn", "sumy.summarizers.luhn:LuhnSummarizer")
SUMMARIZERS.add("edmundson", "sumy.summarizers.edmundson:EdmundsonSummarizer")
SUMMARIZERS.add("sum-basic", "sumy.summarizers.sum_basic:SumBasicSummarizer", "sumbasic")
SUMMARIZERS.add("kl", "sumy.summarizers.kl:KLSummarizer", "kl-sum")
SUMMARIZERS.add("reduction", "sumy.summarizers.reduction:ReductionSummarizer")

# Renderer classes (see briefing.render.Renderer): an extension, a media type, render().
FORMATS: Registry[type[Renderer]] = Registry("output format")
FORMATS.add("docx", "briefing.render.docx_writer:DocxRenderer")
FORMATS.add("html", "briefing.render.html_writer:HtmlRenderer")
FORMATS.add("json", "briefing.render.json_writer:JsonRenderer")
FORMATS.add("md", "briefing.render.markdown_writer:MarkdownRenderer", "markdown")
FORMATS.add("pdf", "briefing.render.pdf_writer:PdfRenderer")
