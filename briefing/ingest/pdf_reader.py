"""The PDF reader: text of each page through pypdf, within bounded time.

A PDF is hostile: one page's content stream may hold millions of text operators (pypdf
takes ~10 us a token) and a small file may share one such stream over hundreds of pages.
``read_pdf`` reads pages in order up to ``max_pdf_pages`` and ``max_source_chars``, each
within ``PAGE_SECONDS`` of CPU time and all within ``PDF_SECONDS`` (``cpu_alarm``), then
re-flows the hard-wrapped lines into paragraphs (``reflow``). Like every reader it ends in
``readers.build_document``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from statistics import median
from typing import Any

from briefing.cpu_alarm import OutOfTime, cpu_limit
from briefing.ingest import clutter, limits
from briefing.ingest.readers import SkipForNow, SkipSource, build_document
from briefing.ingest.text import normalise_space
from briefing.model import Document, Skipped


def read_pdf(location: str, data: bytes) -> list[Document | Skipped]:
    """PDF via pypdf: text of every page, hard-wrapped lines re-flowed into paragraphs;
    title from the document info or the first headline-like line."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SkipSource("encrypted PDF")
        pages, slow = _pdf_pages(location, reader)
        info = reader.metadata or {}
    except SkipSource:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        # pypdf's own limits say which ("Reached maximum number of tokens per stream.").
        said = f": {exc}" if type(exc).__name__ == "LimitReachedError" else ""
        if said.startswith(": Limit reached while decompressing"):
            raise SkipSource(
                "could not read PDF: a compressed part of it inflates to more than pypdf "
                "allows (LimitReachedError), as a compression bomb does"
            ) from None
        raise SkipSource(f"could not read PDF ({type(exc).__name__}{said})") from None
    lines = [normalise_space(line) for page in pages for line in page.splitlines()]
    if not any(lines) and slow:  # not "scanned": its text took too long to read
        raise SkipForNow(
            f"no text read: {slow:,} page(s) took over {PAGE_SECONDS:g} CPU s each to read "
            "and were left out (PAGE_SECONDS)"
        )
    if not any(lines):
        raise SkipSource("no text in PDF (scanned or image-only?)")
    meta = clutter.Meta(detect_headline=True)
    meta.title = normalise_space(str(info.get("/Title") or ""))
    meta.author = normalise_space(str(info.get("/Author") or "")) or None
    meta.date = _pdf_date(info.get("/CreationDate"))
    return [build_document(location, "pdf", data, reflow(lines), meta)]


# CPU seconds one PDF's text may take, checked between pages: pypdf parses a content stream
# in ~10 us a token up to 2,000,000 tokens, so an 8 KB page of 100,000 tiny text operators
# took 10 CPU s and 300 such pages (one shared stream) would take 50 minutes. Pages after
# it are not read, with a warning. A normal page takes a few ms (hostile.py's PDF case).
PDF_SECONDS = 20.0
# CPU seconds one page may take (where ``cpu_alarm`` can stop pypdf mid-page): a page of
# 1 MB of "(a)'" operators took 5.5 CPU s, so the budget alone let one PDF run to ~30 s;
# a page of real text takes milliseconds. Set by hand (s30 hostile review), not tuned.
PAGE_SECONDS = 5.0


def _pdf_pages(location: str, reader: Any) -> tuple[list[str], int]:
    """Text of the first ``max_pdf_pages`` pages, stopping early at ``max_source_chars``
    or after ``PDF_SECONDS`` of CPU time; a page that takes over ``PAGE_SECONDS`` is left
    out (with a warning). With how many pages were left out so."""
    cap = limits.current()
    pages: list[str] = []
    size = slow = 0
    started = time.thread_time()
    for number, page in enumerate(reader.pages):
        spent = time.thread_time() - started
        if number and spent > PDF_SECONDS:
            _out_of_budget(location, number)
            break
        if number >= cap.max_pdf_pages:
            limits.warn(
                location, f"only the first {cap.max_pdf_pages} pages were read (max_pdf_pages)"
            )
            break
        if size > cap.max_source_chars:
            limits.warn(
                location,
                f"only the first {cap.max_source_chars:,} characters were read (max_source_chars)",
            )
            break
        allowed = PAGE_SECONDS if not number else min(PAGE_SECONDS, PDF_SECONDS - spent)
        try:
            with cpu_limit(allowed):
                text = page.extract_text() or ""
        except OutOfTime:
            if allowed < PAGE_SECONDS:
                _out_of_budget(location, number)
                break
            limits.warn(
                location,
                f"page {number + 1} was left out: it took over {PAGE_SECONDS:g} CPU s "
                "(PAGE_SECONDS)",
            )
            slow += 1
            continue
        size += len(text)
        pages.append(text)
    return pages, slow


def _out_of_budget(location: str, number: int) -> None:
    limits.warn(
        location,
        f"only the first {number} pages were read: they took over {PDF_SECONDS:g} "
        "CPU s (PDF_SECONDS)",
    )


# Reflowing PDF text: the measure is the median of the longer half of lines over
# MEASURED_LINE_CHARS characters (DEFAULT_MEASURE without any); a line under
# SHORT_LINE_SHARE of it, or under ENDED_LINE_SHARE when it ends a sentence, ends its
# paragraph. Set by hand on the PDF test fixtures when ingest was written (commit
# 2ccb86f); not benchmarked.
MEASURED_LINE_CHARS = 20
DEFAULT_MEASURE = 60
SHORT_LINE_SHARE = 0.7
ENDED_LINE_SHARE = 0.85


def reflow(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs. A paragraph ends at an empty line or
    after a line clearly shorter than the text measure (a paragraph's last line, a
    heading), since lines inside a paragraph run nearly full width."""
    lengths = [len(line) for line in lines if len(line) > MEASURED_LINE_CHARS]
    measure = median(sorted(lengths)[len(lengths) // 2 :]) if lengths else DEFAULT_MEASURE
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and re.search(r"[a-z]-$", current[-1]) and line[:1].islower():
            current[-1] = current[-1][:-1] + line
        else:
            current.append(line)
        ends = bool(re.search(r"[.!?:…][\"'”’)]?$", line))
        if len(line) < SHORT_LINE_SHARE * measure or (
            ends and len(line) < ENDED_LINE_SHARE * measure
        ):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _pdf_date(value: object) -> dt.date | None:
    m = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(value or ""))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
