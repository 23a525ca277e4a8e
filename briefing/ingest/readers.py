"""Source readers: one function per file format, listed in ``READERS`` by name.

A reader takes ``(location, raw bytes)`` and returns a list of
``Document`` or ``Skipped`` (a feed yields many; a file yields one). It raises
``SkipSource(reason)`` when the whole source is unusable. Every reader ends in
``build_document``, which runs the clutter rules, joins paragraphs with a blank line
and fills in the title, hash and kind, so all formats come out alike.

Names (one line each in :mod:`briefing.registrations`): text, markdown, html (files,
here), pdf (``briefing.ingest.pdf_reader``), docx (``briefing.ingest.docx_reader``) and url,
feed (web; see ``briefing.ingest.web``).
"""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser

from briefing.cpu_alarm import OutOfTime, cpu_limit
from briefing.ingest import clutter, limits
from briefing.ingest.decode import NotText, decode
from briefing.ingest.language import unsupported_language
from briefing.ingest.markup import MAX_TAG_ATTRIBUTES, excess_tags, tame_tags
from briefing.ingest.text import (
    DATE_YEARS,
    derive_title,
    in_calendar,
    normalise_space,
    parse_date,
    split_blocks,
)
from briefing.lang.contacts import is_contact_fragment
from briefing.lang.furniture import EDITORS_NOTE_RE, WIRE_INLINE_NOTE_RE
from briefing.model import Document, Skipped


class SkipSource(Exception):  # noqa: N818 - it is a signal, not an error
    """The source cannot be used; ``str(exc)`` is the reason shown to the user."""


class SkipForNow(SkipSource):
    """A skip that depends on the machine as much as on the source (it ran out of CPU time):
    the read cache does not keep it, so the next build reads the source again."""


# Paragraphs are cleaned only up to this many times max_source_chars: the text kept is cut
# at max_source_chars after cleaning anyway, and the clutter rules drop a few paragraphs of
# an article, never half of it. A feed entry holding 15 MB of paragraphs (120,000 of them)
# was cleaned whole, ~0.17 ms a paragraph: 22.7 CPU s to keep its first 200,000 characters.
# Set by reasoning, not tuned.
CLEANED_PER_KEPT_CHAR = 2
_OUT_OF_CALENDAR = (
    f"no article is dated before {DATE_YEARS.start} or after {DATE_YEARS.stop - 1} (DATE_YEARS)"
)


def build_document(
    location: str, kind: str, data: bytes, paragraphs: list[str], meta: clutter.Meta
) -> Document:
    """Clean ``paragraphs`` and wrap them in a Document; skip when no article text is left
    or the text is not in English; cut it at ``max_source_chars`` (with a warning)."""
    paragraphs = _within_reach(location, paragraphs)
    kept = clutter.clean(paragraphs, meta)
    language = unsupported_language("\n\n".join(kept or paragraphs))
    if language:
        raise SkipSource(f"language {language} is not supported")
    if not kept or sum(len(p.split()) for p in kept) < 5:
        raise SkipSource("no article text found")
    text = _capped(location, "\n\n".join(kept))
    if not (in_calendar(meta.date) and in_calendar(meta.filed)):
        bad = meta.date if not in_calendar(meta.date) else meta.filed
        limits.warn(location, f"its date {bad} was left out: {_OUT_OF_CALENDAR}")
        meta.date = meta.filed = None  # the article is read, undated
    return Document(
        location=location,
        text=text,
        title=_tidy_title(meta.title or "") or derive_title(text),
        outlet=meta.outlet,
        author=meta.author,
        date=meta.date,
        filed=meta.filed,
        place=meta.place,
        kind=kind,
        content_hash=hashlib.sha256(data).hexdigest(),
    )


def _within_reach(location: str, paragraphs: list[str]) -> list[str]:
    """The first ``paragraphs`` that may be kept: up to ``CLEANED_PER_KEPT_CHAR`` times
    ``max_source_chars`` (with a warning when some are left)."""
    cap = limits.current().max_source_chars
    total = 0
    for n, para in enumerate(paragraphs):
        total += len(para) + 2  # joined by a blank line
        if total > CLEANED_PER_KEPT_CHAR * cap and n:
            limits.warn(location, f"only the first {cap:,} characters were read (max_source_chars)")
            return paragraphs[:n]
    return paragraphs


def _capped(location: str, text: str) -> str:
    """``text`` cut to ``max_source_chars``, at a paragraph or word break when there is one."""
    cap = limits.current().max_source_chars
    if len(text) <= cap:
        return text
    cut = text.rfind("\n\n", 0, cap + 1)
    if cut < cap // 2:
        cut = text.rfind(" ", 0, cap + 1)
    limits.warn(location, f"only the first {cap:,} characters were read (max_source_chars)")
    return text[: cut if cut > cap // 2 else cap].rstrip()


def _decode(data: bytes) -> str:
    try:
        return decode(data)
    except NotText as exc:
        raise SkipSource(str(exc)) from None


# --------------------------------------------------------------------------- plain text


def read_text(location: str, data: bytes) -> list[Document | Skipped]:
    """Plain text: paragraphs by blank lines (or one per line for saved pages); the
    first headline-like line is the title."""
    text = _capped(location, _decode(data))
    meta = clutter.Meta(detect_headline=True)
    return [build_document(location, "text", data, split_blocks(text), meta)]


# --------------------------------------------------------------------------- markdown

_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n---\s*\n", re.S)


def read_markdown(location: str, data: bytes) -> list[Document | Skipped]:
    """Markdown via markdown-it-py: the first heading is the title, later headings are
    section labels (dropped), paragraphs and list items keep only their text, code and
    images are left out; YAML front matter may give title, author and date."""
    from markdown_it import MarkdownIt

    text = _capped(location, _decode(data))
    meta = clutter.Meta()
    fm = _FRONT_MATTER.match(text)
    if fm:
        text = text[fm.end() :]
        for line in fm["body"].splitlines():
            key, _, value = line.partition(":")
            value = value.strip().strip("\"'")
            key = key.strip().lower()
            if key == "title":
                meta.title = value
            elif key in {"author", "authors"}:
                meta.author = value or None
            elif key == "date":
                meta.date = parse_date(value)
            elif key in {"outlet", "source", "publisher", "site"}:
                meta.outlet = value or None
    tokens = MarkdownIt("commonmark").parse(text)
    paragraphs: list[str] = []
    heading = False
    for tok in tokens:
        if tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline":
            content = _inline_text(tok.children or [])
            if not content:
                continue
            if heading:
                if not meta.title and not paragraphs:
                    meta.title = content
                continue  # headings are labels, not sentences
            paragraphs.append(content)
    return [build_document(location, "markdown", data, paragraphs, meta)]


def _inline_text(children: list) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
    return normalise_space("".join(parts))


# --------------------------------------------------------------------------- HTML


class _FallbackHTML(HTMLParser):
    """Last-resort HTML reader: <title>, <h1> and the text of <p>/<li> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.paragraphs: list[str] = []
        self._stack: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in {"script", "style", "nav", "footer", "header", "aside", "form", "noscript"}:
            self._skip += 1
        elif tag in {"title", "h1", "p", "li", "blockquote"}:
            self._flush()
            self._stack.append(tag)
        elif tag == "br":
            self._buf.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "nav", "footer", "header", "aside", "form", "noscript"}:
            self._skip = max(0, self._skip - 1)
        elif tag in {"title", "h1", "p", "li", "blockquote"}:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._stack and not (self._skip and self._stack[-1] != "title"):
            self._buf.append(data)

    def _flush(self) -> None:
        if not self._stack:
            return
        tag = self._stack.pop()
        text = normalise_space("".join(self._buf))
        self._buf = []
        if not text:
            return
        if tag == "title" and not self.title:
            self.title = text
        elif tag == "h1" and not self.h1:
            self.h1 = text
        elif tag in {"p", "li", "blockquote"}:
            self.paragraphs.append(text)


# CPU seconds one HTML page may take to read (trafilatura with htmldate, the fallback parser,
# the clutter rules), stopped by ``cpu_alarm`` in any thread, as a PDF page is
# (PAGE_SECONDS). Measured in s33 (CPU s, this 2-core machine under load): the largest pages
# of duc2004-dev and duc2006-dev (33 and 34 KB, saved as make_story.py saves them) take 0.05,
# and the first page on which htmldate hands a string to dateparser adds 1.7 once (its
# locales); 0.5-0.7 MB manual pages dense with code took 2-5 (4.9 and 6.9 for one of them
# on its first read), a whole book on one page (1.9 MB, 49,507 tags) 7.8-11. Hostile pages
# under MAX_HTML_TAGS took 9-11: 6 MB of unknown entities 10.4, 49,000 paragraphs (4.8 MB)
# 9.6, 18 MB of entities 10.9. 5 s, as for a PDF page, is 100 times the largest dev page
# and over twice the time of one that pays dateparser's set-up too; a book or a long manual
# on one page may be skipped. The alarm stops Python code: a call into lxml or a regular
# expression under way runs to its end (4.8 MB of paragraphs stopped at 7.1 s, 18 MB of
# entities at 5.1 s). Set by hand, not tuned.
HTML_SECONDS = 5.0


def html_document(
    location: str, data: bytes, kind: str, meta: clutter.Meta | None = None
) -> Document:
    """Main text and metadata of an HTML page with trafilatura; the fallback parser
    takes over when trafilatura finds no main text. ``SkipSource`` when the page holds
    more than ``markup.MAX_HTML_TAGS`` tags; ``SkipForNow`` when reading it takes over
    ``HTML_SECONDS`` of CPU time."""
    import trafilatura  # noqa: F401 - imported before the CPU limit is armed, never inside it

    meta = meta or clutter.Meta()
    html = _decode(data)
    reason = excess_tags(html)
    if reason:
        raise SkipSource(reason)
    html, cut = tame_tags(html)
    if cut:
        limits.warn(location, f"{cut} tag(s) with over {MAX_TAG_ATTRIBUTES} attributes cut short")
    try:
        with cpu_limit(HTML_SECONDS):
            return _page_document(location, data, kind, meta, html)
    except OutOfTime:
        raise SkipForNow(f"page took over {HTML_SECONDS:g} CPU s to read (HTML_SECONDS)") from None


def _page_document(
    location: str, data: bytes, kind: str, meta: clutter.Meta, html: str
) -> Document:
    """``html_document``'s reading of the checked ``html``, within its CPU time."""
    import trafilatura

    url = location if location.startswith(("http://", "https://")) else None
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except Exception:  # trafilatura raises assorted lxml errors on broken markup
        result = None
    info = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    paragraphs = [p for p in (info.get("text") or "").split("\n") if p.strip()]
    fallback = _FallbackHTML()
    try:
        fallback.feed(html)
        fallback.close()
    except Exception:  # html.parser is lenient, but never let one page stop the run
        pass
    if not paragraphs:
        paragraphs = fallback.paragraphs
    meta.title = (
        meta.title
        or _headline(info.get("title") or "")
        or _headline(fallback.h1)
        or _headline(_strip_site(fallback.title))
    )
    meta.author = meta.author or _first_author(info.get("author"))
    meta.outlet = meta.outlet or info.get("sitename") or None
    meta.date = meta.date or parse_date(info.get("date"))
    return build_document(location, kind, data, paragraphs, meta)


# A wire desk's code after the headline: "TINY BEETLES GOBBLE THE GREENS (DW)", "(HLW)".
# Like every pattern on a title that opens with a run of spaces, it is tried only where
# the run starts (the look-behind): tried at each of its spaces, a title of 100,000
# spaces was scanned 100,000 times.
_DESK_CODE_RE = re.compile(r"(?<!\s)\s*\([A-Z]{2,3}\)\s*$")
_SITE_SEPARATOR_RE = re.compile(r"(?<!\s)\s+[|–—-]\s+")
# A title is a line of its page: the dev stories' longest is 91 characters, a long
# headline some 150. A longer one is cut at a word (and ends in "…", as a derived title
# does), so a page whose title holds a whole text gives a headline.
MAX_TITLE_CHARS = 300


def _tidy_title(title: str) -> str:
    """The headline without a wire note inside it ("... (FOR RELEASE THE WEEK OF TUES.,
    MAY 18, 1999)", "(FOR IMMEDIATE RELEASE)") or a desk's code after it ("(DW)"); none
    when it is a phone number or another fragment with no word of letters."""
    title = normalise_space(_DESK_CODE_RE.sub("", WIRE_INLINE_NOTE_RE.sub("", title)))
    if is_contact_fragment(title):
        return ""
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[: MAX_TITLE_CHARS + 1].rsplit(None, 1)[0]
    if len(cut) < MAX_TITLE_CHARS // 2:  # a run with no space to cut at
        cut = title[:MAX_TITLE_CHARS]
    return cut.rstrip(",;:—-，、 ") + "…"


def _headline(title: str) -> str:
    """A page title that opens with a separator (" | The New York Times": the page left its
    headline empty) names only the site, and a note to the wire's editors ("EDS: ADDS
    details ...") or a phone number ("555-010-2000.)") is none either: no title, so the
    next candidate is tried."""
    if re.match(r"\s*[|–—]", title) or EDITORS_NOTE_RE.match(title):
        return ""
    return "" if is_contact_fragment(title) else title


def _strip_site(title: str) -> str:
    """ "Headline | Site Name" -> "Headline"."""
    return _SITE_SEPARATOR_RE.split(title, maxsplit=1)[0] if title else ""


def _first_author(value: object) -> str | None:
    if not value:
        return None
    return str(value).split(";")[0].strip() or None


def read_html(location: str, data: bytes) -> list[Document | Skipped]:
    """A saved web page (.html/.htm)."""
    return [html_document(location, data, "html")]
