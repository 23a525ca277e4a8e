"""Which sentences of an article get the full spaCy pass in a large build (issue 13).

The parse (tagger, parser, lemmas) and the entities are most of a build's time: on a
folder of hundreds of articles, spaCy over every sentence was four fifths of the CPU
(benchmarks/scale.py). Later stages read them only where they look: the opening of an
article (who, what, when, and the appositions that say who someone is), the sentences
the summarizer ranks high (summary candidates), and sentences that raise a question or
reject a claim. In a story of a few dozen articles every sentence may be the only
witness of something, so all of them are parsed; in a large folder every actor, event
and question recurs across many articles, so these sentences carry them, and names
found there are counted everywhere else by their text (``compose.actors.mentions``).

``deep_sentences`` picks the sentences of one article from its text and summarizer
scores only, so the choice is the same in every build and per-article results stay
cacheable.
"""

from __future__ import annotations

from briefing.lang.disputes import CLAIM_FALSE_RE, DISAGREE_RE, PASSIVE_RE, VERDICT_FIRST_RE
from briefing.lang.figures import DISPUTE_RE
from briefing.lang.questions import (
    ASK_RE,
    DEMAND_RE,
    NOT_AWARE_RE,
    REFUSAL_RE,
    URGE_RE,
    WH_RE,
)
from briefing.model import AnalysedDocument

# The opening sentences of an article, always parsed: news says who, what and when first.
LEAD_SENTENCES = 4
# The summarizer's best sentences of an article, always parsed (summary candidates).
TOP_SENTENCES = 4
# Cues of a question raised or a claim rejected (open questions, divergences).
CUES = (
    ASK_RE,
    WH_RE,
    DEMAND_RE,
    URGE_RE,
    REFUSAL_RE,
    NOT_AWARE_RE,
    DISAGREE_RE,
    VERDICT_FIRST_RE,
    CLAIM_FALSE_RE,
    PASSIVE_RE,
    DISPUTE_RE,
)


def deep_sentences(adoc: AnalysedDocument, scores: list[float]) -> set[int]:
    """Indices of the sentences of ``adoc`` to parse: its lead, its best-scored sentences
    (``scores``: the summarizer's, one per sentence) and those with a question or
    dispute cue."""
    chosen = {s.index for s in adoc.sentences[:LEAD_SENTENCES]}
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    chosen.update(adoc.sentences[i].index for i in ranked[:TOP_SENTENCES])
    for s in adoc.sentences:
        if "?" in s.text or any(cue.search(s.text) for cue in CUES):
            chosen.add(s.index)
    return chosen
