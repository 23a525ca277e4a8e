"""Two sentences shown as a dispute: one party's claim and another's answer, in one
article (``corrections``: "But Brandt said it never …"; ``contentions``: "But associates
of the mayor contend …"), labelled as a dispute one source reports both sides of, or in
two (``guilt``: a charge and its party's denial).

A pair is shown when neither sentence is shown already (another divergence's claim, or
an earlier pair's) and the two are about the story: the same story words and bar as an
attributed dispute (``disputes``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.fact_words import stems
from briefing.compose.story_vocabulary import story_weights
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence

# A pair must be about the story: story words (stems in this share of the articles) it
# carries, weighted by that share, as for disputes (story_eval dev stories).
STORY_DF = 0.2
MIN_RELEVANCE = 1.5
MIN_STORY_DOCS = 5


def shown_pairs(
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
        label = ONE_SOURCE_LABEL if claim.source_id == answer.source_id else "Disputed: "
        out.append(Divergence(label + heading, claims, kind="dispute"))
        shown |= {claim.text, answer.text}
    return out


def article_pairs(
    corpus: Corpus,
    pairs_of: Callable[[AnalysedDocument], list[tuple[Sentence, Sentence]]],
    heading: Callable[[str], str],
    shown: set[str],
) -> list[Divergence]:
    """The pairs ``pairs_of`` finds in each parsed article, headed by ``heading`` of the
    answer's text, shown by ``shown_pairs``."""
    found = (
        (first, second, heading(second.text.strip()))
        for adoc in corpus.docs
        if adoc.parse is not None
        for first, second in pairs_of(adoc)
    )
    return shown_pairs(corpus, found, shown)
