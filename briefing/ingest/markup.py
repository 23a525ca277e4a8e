"""A linear pre-pass over hostile HTML before the parsers see it.

lxml (under trafilatura and justext) takes time that grows faster than the page when one tag
carries tens of thousands of attributes: 5,000 attributes took 1.2 CPU s, 20,000 5.5 s and
40,000 (a 370 kB page) about 45 s; 200,000 did not finish in 300 s. No real page needs more
than a few dozen attributes on a tag, so a tag whose attribute text is long keeps only its
first ``MAX_TAG_ATTRIBUTES`` attributes; its text and every other tag are untouched.
"""

from __future__ import annotations

import re

# A tag's attribute text past this many characters is looked at attribute by attribute
# (a long data: URI or srcset alone stays whole: it is one attribute).
LONG_TAG_CHARS = 2_000
# Attributes kept on such a tag: real pages carry a few dozen at most (class, id, data-*,
# aria-*, event handlers); set by hand, well above any page in the test fixtures.
MAX_TAG_ATTRIBUTES = 64

# Possessive quantifiers: a failed match never backtracks, so the scan is linear in the page.
_LONG_TAG_RE = re.compile(rf"<([A-Za-z][^\s/<>]*+)([^<>]{{{LONG_TAG_CHARS},}}+)>")
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
