"""Counting: every occurrence of every alias of every cluster, in every document.

The small model misses many repeats of a name it found elsewhere (it tags "Facebook"
only now and then), so each alias is searched in all texts with one regex, longest
alias first, outside page clutter and the document's own outlet name.
"""

from __future__ import annotations

import re

from briefing.compose.actors.clusters import Cluster, Match
from briefing.compose.actors.filters import in_spans
from briefing.lang.places import PLACE_HEAD_WORDS
from briefing.model import Corpus

# Aliases this short (or written in capitals) must match their exact spelling: "US" is
# not "us", "AP" not "Ap".
EXACT_MAX_CHARS = 3
# A name followed by a capitalised place word is part of a place's name.
_PLACE_AFTER_RE = re.compile(
    r"\s+(?:International\s+|Air\s+Force\s+|Naval\s+|Memorial\s+)?(?:"
    + "|".join(sorted(w.title() for w in PLACE_HEAD_WORDS))
    + r")\b"
)


def _alias_pattern(surface: str) -> str:
    """A name as a regex that tolerates line breaks and double spaces between its words."""
    return r"\s+".join(re.escape(w) for w in surface.split())


def count_mentions(
    corpus: Corpus, clusters: list[Cluster], junk: list[list[tuple[int, int]]]
) -> None:
    """Find every occurrence of every alias (longest first), outside page clutter."""
    aliases: list[tuple[str, int, bool]] = []
    for ci, c in enumerate(clusters):
        for f in c.forms:
            if f.key in c.first_names:
                continue
            for s in set(f.surfaces) | {f.surface.upper()} if f.surface.isupper() else f.surfaces:
                exact = s.replace(".", "").isupper() or len(s) <= EXACT_MAX_CHARS
                aliases.append((s, ci, exact))
    if not aliases:
        return
    aliases.sort(key=lambda a: -len(a[0]))
    lookup: dict[str, tuple[int, bool]] = {}
    spellings = {(ci, s) for s, ci, _ in aliases}  # exact spelling test by lookup, not a scan
    for s, ci, exact in aliases:
        lookup.setdefault(s.lower(), (ci, exact))
    alternation = "|".join(_alias_pattern(s) for s, _, _ in aliases)
    pattern = re.compile(rf"(?<![\w@#])(?:{alternation})(?!\w)", re.IGNORECASE)
    for d, adoc in enumerate(corpus.docs):
        text = adoc.document.text
        outlet = (adoc.document.outlet or "").lower()
        for m in pattern.finditer(text):
            found = m.group(0)
            hit = lookup.get(" ".join(found.lower().split()))
            if hit is None:
                continue
            ci, exact = hit
            if not found[0].isupper():
                continue
            if exact and (ci, found) not in spellings:
                continue
            if in_spans(junk[d], m.start(), m.end()) or found.lower() == outlet:
                continue
            if _PLACE_AFTER_RE.match(text, m.end()):
                continue  # "John F. Kennedy International Airport": a place, not the man
            clusters[ci].matches.append(Match(ci, d, m.start(), m.end()))
