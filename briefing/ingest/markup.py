"""A linear pre-pass over hostile HTML before the parsers see it.

lxml (under trafilatura and justext) takes time that grows faster than the page when one tag
carries tens of thousands of attributes: 5,000 attributes took 1.2 CPU s, 20,000 5.5 s and
40,000 (a 370 kB page) about 45 s; 200,000 did not finish in 300 s. No real page needs more
than a few dozen attributes on a tag, so a tag whose attribute text is long keeps only its
first ``MAX_TAG_ATTRIBUTES`` attributes; its text and every other tag are untouched.

Time also grows with the number of tags, whatever their nesting: a page of more than
``MAX_HTML_TAGS`` is skipped before any parser sees it (``excess_tags`` says why).
"""

from __future__ import annotations

import re

# A tag's attribute text past this many characters is looked at attribute by attribute
# (a long data: URI or srcset alone stays whole: it is one attribute).
# Measured in 3abc77a: read_html at 20,000 attributes 6.24 -> 0.18 CPU s with this cut;
# no tag of the 20 dev stories comes near it.
LONG_TAG_CHARS = 2_000
# Attributes kept on such a tag: real pages carry a few dozen at most (class, id, data-*,
# aria-*, event handlers); set by hand, well above any page in the test fixtures.
MAX_TAG_ATTRIBUTES = 64
# Tags a page may hold, counted before it is parsed. Measured (s32, CPU s to read the page):
# 1,000,000 nested divs (11 MB) 8.6 s and 1,000,000 empty sibling divs 105 s and 660 MB;
# 100,000 sibling divs 11 s. The largest real page at hand, a whole book on one page (the
# Rust book's print.html, 1.9 MB) holds 49,507 tags and took 14 s; a news article holds a
# few thousand. The cap is twice that book. Set by hand, not tuned.
MAX_HTML_TAGS = 100_000

# Possessive quantifiers: a failed match never backtracks, so the scan is linear in the page.
_LONG_TAG_RE = re.compile(rf"<([A-Za-z][^\s/<>]*+)([^<>]{{{LONG_TAG_CHARS},}}+)>")
_TAG_RE = re.compile(r"<[A-Za-z/!?]")  # a "<" alone (in text, in a script) opens no tag
_ATTRIBUTE_RE = re.compile(r"""\s*+[^\s=<>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+""")


def tame_tags(html: str) -> tuple[str, int]:
    """The page with each over-long tag cut to its first attributes, and how many tags were
    cut (0: the page is returned as it was)."""
    cut = 0

    def shorten(match: re.Match[str]) -> str:
        nonlocal cut
        kept: list[str] = []
        for number, attribute in enumerate(_ATTRIBUTE_RE.finditer(match.group(2))):
            if number >= MAX_TAG_ATTRIBUTES:
                cut += 1
                return f"<{match.group(1)}{''.join(kept)}>"
            kept.append(attribute.group(0))
        return match.group(0)

    if len(html) <= LONG_TAG_CHARS:
        return html, 0
    tamed = _LONG_TAG_RE.sub(shorten, html)
    return tamed, cut


def excess_tags(html: str) -> str | None:
    """Why the page is skipped when it holds more than ``MAX_HTML_TAGS`` tags, else None.
    Its "<" are counted first (in C, milliseconds for 11 MB); only a page with more of them
    than the cap has its tags counted one by one."""
    if html.count("<") <= MAX_HTML_TAGS:
        return None
    tags = sum(1 for _ in _TAG_RE.finditer(html))
    if tags <= MAX_HTML_TAGS:
        return None
    return f"page holds {tags:,} HTML tags, over {MAX_HTML_TAGS:,} (MAX_HTML_TAGS)"
