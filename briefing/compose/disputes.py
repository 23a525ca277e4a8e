"""Attributed disputes: one party says another's report or claim is wrong.

"Hall disputed an AP report that officials were preparing to say the co-pilot crashed
the plane", "the commission denied the fraud allegations", "Continental rejected the
claim that its DC-10 caused the crash": the sentence states a disagreement itself, so
it is shown as one, with the sentences of other sources that make the disputed claim
when they can be found (they must carry most of the claim's rare words). Only
sentences about the story count (enough of the words most of its articles use), and a
dispute verb needs a claim as its object ("denied a request", "was denied entry" are
no dispute).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from briefing.compose.corroboration import stems as content
from briefing.compose.corroboration import story_weights
from briefing.lang.figures import BACK_POINTING, CLAIM_NOUN, DISPUTE_RE, NEGATED_BEFORE
from briefing.model import Claim, Corpus, Divergence, Sentence

# A dispute must be about the story: story words (stems in this share of the articles)
# it carries, weighted by that share. story_eval dev stories.
STORY_DF = 0.2
MIN_RELEVANCE = 1.5
MIN_STORY_DOCS = 5
# A sentence makes the disputed claim when it carries this share of the claim's weight
# (rarer words weigh more) and this many of its stems.
CLAIM_COVER = 0.5
CLAIM_MIN_SHARED = 3
MAX_DISPUTES = 4
# A sentence sharing this share of an earlier dispute's stems reports it again; a claim
# is shown in at most this many words. Set by hand with the timeline rewrite (commit
# a6d0c1f, judged on the dev stories); not benchmarked.
SAME_DISPUTE_SHARE = 0.6
SHORT_CLAIM_WORDS = 14


def find_disputes(corpus: Corpus) -> list[Divergence]:
    """Sentences where a party disputes a report or claim, with who makes the claim."""
    sentences = corpus.sentences()
    stems = [content(s.words) for s in sentences]
    story = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
    sent_df: Counter[str] = Counter()
    for st in stems:
        sent_df.update(st)
    idf = {w: math.log((len(sentences) + 1) / (c + 0.5)) for w, c in sent_df.items()}
    found: list[tuple[float, Divergence]] = []
    seen: set[frozenset[str]] = set()
    for i, sent in enumerate(sentences):
        m = DISPUTE_RE.search(sent.text)
        if (
            not m
            or sent.text.rstrip().endswith("?")
            or NEGATED_BEFORE.search(sent.text[: m.start()])
        ):
            continue
        relevance = sum(story.get(w, 0.0) for w in stems[i]) if story else MIN_RELEVANCE
        if relevance < MIN_RELEVANCE:
            continue
        if any(len(stems[i] & k) >= SAME_DISPUTE_SHARE * len(stems[i]) for k in seen):
            continue  # the same dispute reported again
        seen.add(stems[i])
        # The claim is what follows "report that" / "denied that"; "rejected U.S.
        # allegations and asked ..." does not say what was alleged.
        rest = m.group("rest2") or ""
        if m.group("rest") and re.match(r"\s*(?:that|of)\b", m.group("rest")):
            rest = m.group("rest")
        elif m.group("rest") is not None and BACK_POINTING.search(_before_noun(m.group(0))):
            continue
        claim = content(re.findall(r"[\w'’-]+", rest.lower()))
        claims = [Claim(sent.text, [sent.source_id])]
        backers = _claimants(sent, claim, sentences, stems, idf) if claim else []
        if not backers and m.group("rest2") is not None:
            continue  # "denied that he was worried": no other party's claim in sight
        if backers:
            best = backers[0]
            claims.append(Claim(best.text, sorted({s.source_id for s in backers})))
        topic = "Disputed: " + _shorten(_who(sent.text[: m.start()]) + m.group(0))
        found.append((relevance + 2 * bool(backers), Divergence(topic, claims, kind="dispute")))
    found.sort(key=lambda x: -x[0])
    return [d for _, d in found[:MAX_DISPUTES]]


def _claimants(
    dispute: Sentence,
    claim: frozenset[str],
    sentences: list[Sentence],
    stems: list[frozenset[str]],
    idf: dict[str, float],
) -> list[Sentence]:
    """Sentences of other sources that make the disputed claim, best first."""
    total = sum(idf.get(w, 0.0) for w in claim)
    if not total or len(claim) < CLAIM_MIN_SHARED:
        return []
    out: list[tuple[float, Sentence]] = []
    for sent, st in zip(sentences, stems, strict=True):
        if sent.source_id == dispute.source_id or DISPUTE_RE.search(sent.text):
            continue
        shared = claim & st
        if len(shared) < CLAIM_MIN_SHARED:
            continue
        cover = sum(idf.get(w, 0.0) for w in shared) / total
        if cover >= CLAIM_COVER:
            out.append((cover, sent))
    out.sort(key=lambda x: -x[0])
    return [s for _, s in out]


def _before_noun(match_text: str) -> str:
    """The words between the dispute verb and its claim noun, with the verb."""
    noun = list(re.finditer(rf"\b{CLAIM_NOUN}\b", match_text))
    return match_text[: noun[0].start()] if noun else match_text


def _who(before: str) -> str:
    """The clause's subject before the dispute verb ("However, Facebook has " -> "Facebook
    has "), or nothing when it is not a short name-like phrase."""
    clause = re.split(r"[,;:]\s+|\s+(?:and|but|while)\s+", before)[-1].strip()
    if not clause or len(clause.split()) > 8 or not clause[:1].isupper():
        return ""
    return clause + " "


def _shorten(text: str, words: int = SHORT_CLAIM_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
