"""Contrasted contentions: one party's contention and the next sentence's "But another
party contends …", in one article.

"Many residents contend the harbour fee drove the traders away. But associates of the
mayor contend the fee has kept the quay open." No stance word need be shared and
neither sentence denies the other, yet the writer sets two parties' readings of one
thing against each other (issue 11). Both sentences are shown, as a dispute one source
reports, when:

* the second sentence opens with a contrast ("But", "However", "Yet", "By contrast",
  ``CONTRAST_OPENING_RE``) and credits a named party with a contending verb
  (``CONTENDING``: "contend", "argue", "insist", not a mere "said", which so often only
  adds a fact);
* the first sentence, just before it, credits another named party (no word of the
  name in common) with an asserting verb (``ASSERTING``, "said" among them);
* the two share a noun or an adjective of what they say (no word of either party's
  name): one thing.

The heading is the second sentence without its contrast word.
"""

from __future__ import annotations

from itertools import pairwise

from briefing.compose.dispute_gate import readable_claim
from briefing.compose.dispute_topics import (
    MAX_SENTENCE_HEADING_WORDS,
    unlinked,
)
from briefing.compose.paired_sentences import article_pairs
from briefing.compose.positions import party_of, speaker_of
from briefing.lang.both_sides import CONTRAST_OPENING_RE
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence
from briefing.parsed import tokens_at

CONTENDING = frozenset({"contend", "argue", "insist", "maintain", "claim", "counter"})
ASSERTING = CONTENDING | {"say", "believe", "charge", "complain", "warn"}
_CONTENT = ("NOUN", "PROPN", "ADJ")


def _credited(
    adoc: AnalysedDocument, sent: Sentence, verbs: frozenset[str]
) -> frozenset[str] | None:
    """The words of the named party ``sent`` credits with one of ``verbs``, or None."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    if span is None:
        return None
    speaker = speaker_of(span, verbs)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    party = party_of(speaker, None)
    return party[0] if party is not None else None


def said_words(adoc: AnalysedDocument, sent: Sentence, parties: frozenset[str]) -> set[str]:
    """The lemmas of the nouns and adjectives of ``sent`` that are no party's words."""
    span = tokens_at(adoc.parse, sent.start, sent.end) or []
    return {
        t.lemma_.lower()
        for t in span
        if t.pos_ in _CONTENT and t.lower_ not in parties and t.lemma_.lower() not in STOP_WORDS
    }


def _contentions(adoc: AnalysedDocument) -> list[tuple[Sentence, Sentence]]:
    """(claim, contention) of every contrasted contention in one article."""
    out = []
    for first, second in pairwise(adoc.sentences):
        if not CONTRAST_OPENING_RE.match(second.text) or not readable_claim(first.text):
            continue
        if len(second.text.split()) > MAX_SENTENCE_HEADING_WORDS:
            continue
        other = _credited(adoc, second, CONTENDING)
        one = _credited(adoc, first, ASSERTING) if other is not None else None
        if one is None or other is None or one & other:
            continue
        if said_words(adoc, first, one | other) & said_words(adoc, second, one | other):
            out.append((first, second))
    return out


def _heading(text: str) -> str:
    """The contention without the contrast opening it ("By contrast, the guild …" -> "The
    guild …")."""
    m = CONTRAST_OPENING_RE.match(text)
    if m is None:
        return unlinked(text)
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:]


def find_contentions(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Contrasted contentions (the module's rules); a sentence in ``shown`` (another
    divergence's claim) is not shown again."""
    return article_pairs(corpus, _contentions, _heading, shown)
