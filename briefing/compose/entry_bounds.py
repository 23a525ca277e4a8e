"""How much of each compose cache entry (``briefing.compose.features``) is read.

The cache folder is hostile input: an entry is read only up to what its inputs could make
and never decoded past that, so a planted or damaged entry costs a build no more than a
real one (a hostile 42 MB concept-totals entry cost 440 MB to decode, whatever the size of
the build; the other entries were read up to 32 MB each). An article's entry is sized by
the article's own title, text and sentences; a folder-wide table by all the articles of
the coming build (``FeatureCache.expect``).
"""

from __future__ import annotations

from briefing.model import Document

# Caps on any entry read, whatever the articles (an article's answers; the folder-wide
# tables); the concept totals of 718 articles take 6.2 MB (about 9 KB an article).
MAX_ENTRY_BYTES = 32 * 2**20
MAX_TOTALS_BYTES = 128 * 2**20
# Within the caps, an entry is read up to a header, so many bytes per byte of UTF-8 text
# (an article's own title and text for its entry; all the build's articles for a table)
# and so many per sentence of the article (its entry) or per article (a table). Measured
# in bytes per character on the caches of the 20 DUC 2006 dev stories (session 39):
# an article's entry 4.9-15.0 (the highest a 220-character one; the bound below holds
# each at most 44% full; 256 a sentence, by hand, for lists of one-word sentences, which
# a made-up article of them filled to 28%), the stem table 0.58-0.99, the near-duplicate pairs
# 0.16-0.23, the lower-case counts 0.56-0.87, the concept totals 1.7-2.1 (3.0-4.1 as
# measured for 944c9d2); on 717 duc2004-dev and duc2006-dev articles in one folder (the
# held-out stories left out) an article's 4.2-13.7, the tables 0.21, 0.19, 0.20 and 2.2.
# Each bound is twice the highest or more (none of these entries over 44% of its bound).
BOUNDS = {  # what: (bytes per byte of text, per sentence or article, the cap)
    "article": (24, 256, MAX_ENTRY_BYTES),
    "stems": (4, 0, MAX_ENTRY_BYTES),
    "pairs": (2, 0, MAX_ENTRY_BYTES),
    "written": (4, 64, MAX_ENTRY_BYTES),
    "totals": (8, 64, MAX_TOTALS_BYTES),
}
HEADER_BYTES = 4096


def text_bytes(document: Document) -> int:
    """The bytes of ``document``'s title and text in UTF-8, what its entries are sized by."""
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in (document.title, document.text))


def bound(what: str, text: int, parts: int) -> int:
    """The most bytes an entry of ``what`` (``BOUNDS``) is read up to, made of ``text``
    bytes of text in ``parts`` articles (an article's entry: sentences)."""
    per_byte, per_part, cap = BOUNDS[what]
    return min(cap, HEADER_BYTES + per_byte * text + per_part * parts)
