"""Countered positions: one named party's position and the next sentence's other named
party, set against it by the writer's "however" or by a "But" and a view, in one article.

"Harbour Commissioner Ada Marsh has said the berth fee breaks the port charter. Ferry
Guild chairman Tom Reyes, however, said he believed the fee was lawful." Neither
sentence disputes the other nor contends (``contentions``), yet the writer sets the two
parties' positions on one thing against each other (issue 11: two named parties'
opposite claims in one article, with no dispute word). Both sentences are shown, as a
dispute one source reports, when:

* the second sentence counters: "however" stands between its party and its verb, or
  right after the verb ("Reyes, however, said …", "the Board has, however, said …",
  "Reyes said, however, …"), the verb one of saying or holding (``lang.countering``'s
  ``COUNTERING``); or the sentence opens with a contrast ("But", "Yet", "By contrast",
  ``CONTRAST_OPENING_RE``) and its party holds a view (``HOLDING``: "believes",
  "praised the dredging as …", "sees the slipway as …"), as a mere "But X said …" so
  often only adds a fact;
* its party is named (no pronoun, and no "its"/"their" one: "But its chairman said …"
  is the first party's own voice);
* the first sentence, just before it, credits another named party (no word of the
  name in common) with an asserting verb (``ASSERTING``: "said", "fear", "worry" …);
* the two share a noun or an adjective of what they say (no word of either party's
  name): one thing;
* the second does not agree ("The Coast Guard, too, insists …", "likewise maintains",
  "said he also believed …").

The heading is the second sentence without its "however" or its opening contrast.

Which sentences of an article are countered is a question of that article alone (its
sentences and parse), so it is the article memo ``countered_at``, kept with the
article's compose cache entry: a second run read the parse of every sentence pair of
the story again (about 0.2 CPU s of the process beside the summary, over 750 + 5
articles). A stored answer names sentences of the article followed by another
(``fits``), so a tampered entry can only pair other sentences of the same article.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from briefing.compose.article_memo import by_article
from briefing.compose.contentions import said_words
from briefing.compose.dispute_gate import readable_claim
from briefing.compose.dispute_topics import MAX_SENTENCE_HEADING_WORDS
from briefing.compose.memo import BadValue
from briefing.compose.paired_sentences import article_pairs
from briefing.compose.positions import party_of, speaker_of
from briefing.lang.both_sides import CONTRAST_OPENING_RE
from briefing.lang.countering import (
    AGREEING,
    ASSERTING,
    CONTENDING,
    COUNTERING,
    HOLDING,
    POINTING_BACK,
)
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence
from briefing.parsed import Span, Token, tokens_at

# "however" set off by commas inside the sentence, as the heading drops it.
_HOWEVER_RE = re.compile(r",?\s+however(?:,\s+|(?=[.;]))", re.I)
_SUBJECTS = ("nsubj", "nsubjpass")


def party_words(speaker: Token | None) -> frozenset[str] | None:
    """The words of the named party ``speaker`` is, or None (a pronoun, or a party
    whose possessive points back: "its chairman")."""
    if speaker is None or speaker.pos_ == "PRON":
        return None
    if any(c.dep_ == "poss" and c.lower_ in POINTING_BACK for c in speaker.children):
        return None
    party = party_of(speaker, None)
    return party[0] if party is not None else None


def verb_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the auxiliary the parse hung it on ("the Guild
    has, however, said": "Guild" the subject of "has")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for aux in verb.children:
        if aux.dep_ == "aux":
            found = next((c for c in aux.children if c.dep_ == "nsubj"), None)
            if found is not None:
                return found
    return None


def agrees(verb: Token) -> bool:
    """Whether ``verb``'s party says the same as another: "too", "also", "likewise" on the
    verb, on its subject ("The Coast Guard, too, insists …") or on what it says of itself
    ("said they too feared …"; not "said the fee also hurt ferries")."""
    subject = verb_subject(verb)
    own = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children)
    ]
    heads = [verb, *own, *([subject] if subject is not None else [])]
    return any(c.lower_ in AGREEING for h in heads for c in h.children)


def _verb(speaker: Token) -> Token:
    """The verb ``speaker`` is the subject of (past the auxiliary the parse may have hung
    it on)."""
    head = speaker.head
    return head.head if head.dep_ == "aux" else head


def _however_at(verb: Token, speaker: Token) -> bool:
    """Whether "however" qualifies ``verb`` between its subject and it or right after it
    ("Reyes, however, said", "has, however, said", "said, however, …")."""
    return any(c.lower_ == "however" and speaker.i < c.i <= verb.i + 2 for c in verb.children)


def _holds(span: Span, speaker: Token) -> bool:
    """Whether the sentence's party holds a view: a ``HOLDING`` verb whose subject is
    the party, or a pronoun in the clause its saying verb heads ("said they still
    believed …")."""
    for t in span:
        if t.pos_ != "VERB" or t.lemma_.lower() not in HOLDING:
            continue
        subject = next((c for c in t.children if c.dep_ in _SUBJECTS), None)
        if subject is None and t.dep_ == "conj":
            subject = next((c for c in t.head.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue
        if subject.i == speaker.i or (subject.pos_ == "PRON" and speaker.head in t.ancestors):
            return True
    return False


def _countering(adoc: AnalysedDocument, sent: Sentence) -> frozenset[str] | None:
    """The words of the named party ``sent`` sets against the sentence before it (the
    module's rules), or None."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    if span is None:
        return None
    speaker = speaker_of(span, COUNTERING) or next(
        (
            verb_subject(t)
            for t in span
            if t.pos_ == "VERB" and t.lemma_.lower() in COUNTERING and verb_subject(t)
        ),
        None,
    )
    party = party_words(speaker)
    if speaker is None or party is None:
        return None
    if _however_at(_verb(speaker), speaker):
        return party
    if CONTRAST_OPENING_RE.match(sent.text) and _holds(span, speaker):
        return party
    return None


def _contending(adoc: AnalysedDocument, sent: Sentence) -> frozenset[str] | None:
    """The words of the named party ``sent`` credits with a contending verb that says a
    clause ("has insisted that …", "contends the plant made …"; not "maintains troops"),
    or None."""
    for t in tokens_at(adoc.parse, sent.start, sent.end) or []:
        if t.pos_ != "VERB" or t.lemma_.lower() not in CONTENDING:
            continue
        if not any(c.dep_ == "ccomp" for c in t.children):
            continue
        party = party_words(next((c for c in t.children if c.dep_ == "nsubj"), None))
        if party is not None:
            return party
    return None


def _asserting(adoc: AnalysedDocument, sent: Sentence) -> frozenset[str] | None:
    """The words of the named party ``sent`` credits with an asserting verb, or None."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    return party_words(speaker_of(span, ASSERTING)) if span is not None else None


def _encode(value: tuple[int, ...]) -> list[int]:
    return list(value)


def _decode(data: Any) -> tuple[int, ...]:
    """Sentence indices in ascending order, as ``_encode`` wrote them."""
    if not (isinstance(data, list) and set(map(type, data)) <= {int}):
        raise BadValue("a list of sentence indices")
    if any(a >= b for a, b in pairwise(data)):
        raise BadValue("sentence indices out of order")
    return tuple(data)


def _fits(value: tuple[int, ...], text: str, sentences: int) -> bool:
    """Each index that of a sentence of the article followed by another."""
    return all(0 <= i < sentences - 1 for i in value)


@by_article("countered_at", _encode, _decode, _fits)
def countered_at(adoc: AnalysedDocument) -> tuple[int, ...]:
    """The indices (in the article's sentences) of the countered positions of one
    article, each followed by its counter; none without a parse."""
    if adoc.parse is None:
        return ()
    pairs = enumerate(pairwise(adoc.sentences))
    return tuple(i for i, (first, second) in pairs if _counters(adoc, first, second))


def _countered(adoc: AnalysedDocument) -> list[tuple[Sentence, Sentence]]:
    """(position, counter) of every countered position in one article."""
    return [(adoc.sentences[i], adoc.sentences[i + 1]) for i in countered_at(adoc)]


def _counters(adoc: AnalysedDocument, first: Sentence, second: Sentence) -> bool:
    """Whether ``second`` counters the position ``first`` tells (the module's rules)."""
    if not readable_claim(first.text) or not readable_claim(second.text):
        return False
    if len(second.text.split()) > MAX_SENTENCE_HEADING_WORDS:
        return False
    other = _countering(adoc, second)
    one = _asserting(adoc, first) if other is not None else None
    if other is None:  # no contrast: both contend, neither a kind of the other
        other = _contending(adoc, second)
        one = _contending(adoc, first) if other is not None else None
        if one is not None and other is not None and _stems(one) & _stems(other):
            return False
    if one is None or other is None or one & other or _agreeing(adoc, second):
        return False
    return bool(said_words(adoc, first, one | other) & said_words(adoc, second, one | other))


def _agreeing(adoc: AnalysedDocument, sent: Sentence) -> bool:
    """Whether the main verb of ``sent`` agrees with another party (``agrees``)."""
    span = tokens_at(adoc.parse, sent.start, sent.end) or []
    return any(agrees(t) for t in span if t.dep_ == "ROOT")


def _stems(party: frozenset[str]) -> set[str]:
    """A party's words without a plural's "s" ("officials" and "an official" share one)."""
    return {w[:-1] if w.endswith("s") else w for w in party}


def _heading(text: str) -> str:
    """The counter without its "however" or its opening contrast ("Reyes, however, said
    …" -> "Reyes said …")."""
    m = CONTRAST_OPENING_RE.match(text)
    if m is not None:
        text = text[m.end() :]
        text = text[:1].upper() + text[1:]
    return _HOWEVER_RE.sub(lambda h: " " if h.group(0).endswith(" ") else "", text, count=1)


def find_countered(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Countered positions (the module's rules); a sentence in ``shown`` (another
    divergence's claim) is not shown again."""
    return article_pairs(corpus, _countered, _heading, shown)
