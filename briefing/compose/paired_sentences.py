"""Two sentences of one article shown as a dispute that one source reports both sides of:
one party's claim and another's answer (``corrections``: "But Brandt said it never …";
``contentions``: "But associates of the mayor contend …").

A pair is shown when neither sentence is shown already (another divergence's claim, or
an earlier pair's) and the two are about the story: the same story words and bar as an
attributed dispute (``disputes``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.fact_words import stems
from briefing.compose.story_vocabulary import story_weights
from briefing.model import Claim, Corpus, Divergence, Sentence

# A pair must be about the story: story words (stems in this share of the articles) it
# carries, weighted by that share, as for disputes (story_eval dev stories).
STORY_DF = 0.2
MIN_RELEVANCE = 1.5
MIN_STORY_DOCS = 5


def one_source_disputes(
    corpus: Corpus, pairs: Iterable[tuple[Sentence, Sentence, str]], shown: set[str]
) -> list[Divergence]:
    """The (claim, answer, heading) ``pairs`` shown (the module's rules), in their order;
    ``shown`` gains the sentences of each."""
    story: dict[str, float] | None = None  # read only when a pair is found
    out: list[Divergence] = []
    for claim, answer, heading in pairs:
        if claim.text in shown or answer.text in shown:
            continue
        if story is None:
            story = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
        about = stems(claim.words) | stems(answer.words)
        relevance = math.fsum(story.get(w, 0.0) for w in about) if story else MIN_RELEVANCE
        if relevance < MIN_RELEVANCE:
            continue
        claims = [Claim(claim.text, [claim.source_id]), Claim(answer.text, [answer.source_id])]
        out.append(Divergence(ONE_SOURCE_LABEL + heading, claims, kind="dispute"))
        shown |= {claim.text, answer.text}
    return out
