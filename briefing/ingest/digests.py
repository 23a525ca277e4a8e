"""News digests: pages that list unrelated short items instead of telling one story.

A newswire budget or digest ("The Harbor Wire evening news list for Sunday…",
"These features … are going out today to members…") is a list of items, each led by an
upper-case slug and a separator ("FERRY-STRIKE _ DOVERTON _ Crews walked out…",
"TOWN HALL: A CITY'S OLDEST ROOF _ …"), about different stories: the items share few
words with each other. Used as an article, its items leak into every section of a
brief. A page is a digest when enough of its paragraphs are slug-led items and those
items are lexically unrelated, or when it carries wire budget furniture (editors'
notes, "MOVED", desk phone lines) next to slug-led items. A wire story with a dateline
("MIAMI _ The boy…") has one slug, its first paragraph; a chronology ("Nov. 25 -- …")
is not led by capitals and its items share the story's words.
"""

from __future__ import annotations

import itertools

from briefing.lang.furniture import WIRE_BUDGET_RE, WIRE_SLUG_RE
from briefing.lang.sentences import paragraphs
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.words import words

# Fewest slug-led items, and their share of the paragraphs, for a list page; chosen on
# the DUC 2006 dev stories (D0647B: six Cox/NYT budgets, 5 to 33 items, 25-70% of
# paragraphs) against their real articles (one dateline slug each).
MIN_ITEMS = 3
MIN_ITEM_SHARE = 0.25
# Items of one story share words; a digest's items about a fifth of this or less.
# These three: chosen by hand in ce9db9e; not benchmarked.
MAX_ITEM_OVERLAP = 0.08
MAX_ITEMS_COMPARED = 20
# Furniture lines that, with slug-led items, make a page a budget whatever its items say.
MIN_FURNITURE = 2


def digest_reason(text: str) -> str | None:
    """Why the page is a news digest and not an article, or None."""
    blocks = paragraphs(text)
    if len(blocks) < MIN_ITEMS:
        return None
    items = [p[m.end() :] for p in blocks if (m := WIRE_SLUG_RE.match(p))]
    # A dateline slug leads the first paragraph of a wire story; it is no item.
    if blocks and WIRE_SLUG_RE.match(blocks[0]) and len(items) < MIN_ITEMS + 1:
        items = items[1:]
    if len(items) < MIN_ITEMS - 1:
        return None
    furniture = sum(bool(WIRE_BUDGET_RE.search(p)) for p in blocks)
    if furniture >= MIN_FURNITURE and len(items) >= MIN_ITEMS - 1:
        return f"news digest ({len(items)} listed items with wire budget notes), not an article"
    if len(items) < MIN_ITEMS or len(items) / len(blocks) < MIN_ITEM_SHARE:
        return None
    overlap = _mean_overlap(items[:MAX_ITEMS_COMPARED])
    if overlap <= MAX_ITEM_OVERLAP:
        return f"news digest ({len(items)} unrelated items), not an article"
    return None


def _mean_overlap(items: list[str]) -> float:
    sets = [{w for w in words(t) if w not in STOP_WORDS and len(w) > 3} for t in items]
    pairs = [len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2) if a and b]
    return sum(pairs) / len(pairs) if pairs else 1.0
