"""A rejection that points back at "the claim", told what that claim holds.

"Harbour owners insist the ferry line was profitable, but gave no figures. Marsh
called the claim “complete fiction.”" The second sentence says only that a claim is false,
not which, and a stranger reading the dispute's heading cannot tell what Marsh rejects.
The sentence just before says it, in what its party insists: the heading then tells the
claim in brackets after its noun, an editor's note as the summary's are:
"Marsh called the claim [that the ferry line was profitable] “complete fiction.”"

A claim is told only when the parse says so, and is no guess:

* the claim sentence is the one right before the rejection in its article;
* the rejection's object is a claim noun pointing back ("the claim", "that theory",
  "the allegations"), right after its rejecting verb;
* in the claim sentence, one named party (no pronoun) says, insists, argues or concludes
  a clause ("insist the ferry line was profitable"), and no other verb has a clause of its
  own ("said the port backs the ferry line in the row begun when Hale warned that …":
  which does "the allegation" stand for?): that clause, with no relative clause, aside
  or adverbial clause of its own, in at most ``MAX_TOLD_WORDS`` words and with at least
  ``MIN_TOLD_WORDS`` content words, is the claim.
"""

from __future__ import annotations

import re

from briefing.compose.fact_words import stems as content
from briefing.lang.disputes import POINTER_OBJECT_RE, REJECTING_VERB_RE
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, tokens_at

# A told claim in more words than this is no note a heading can take; with fewer content
# words than MIN it names too little to say what is held. Set on the one dev rejection it
# completes (D0631D: four words, two content words); not benchmarked.
MAX_TOLD_WORDS = 16
MIN_TOLD_WORDS = 2

# Lemmas of the verbs whose clause is what their party claims.
CLAIMING_LEMMAS = frozenset(
    {"say", "insist", "claim", "argue", "contend", "maintain", "assert", "allege", "conclude"}
    | {"suggest", "speculate", "charge", "state", "report"}
)
# Parts of a clause that are no part of what it claims: a relative clause, an aside, an
# adverbial clause, a second clause and the clause's "that".
_LEFT_OUT = frozenset({"relcl", "appos", "advcl", "parataxis", "mark", "cc", "conj", "punct"})
_SUBJECTS = ("nsubj", "nsubjpass")


def _kept(token: Token, out: list[Token]) -> None:
    """``token`` and what hangs below it, less the parts ``_LEFT_OUT``."""
    out.append(token)
    for child in token.children:
        if child.dep_ not in _LEFT_OUT:
            _kept(child, out)


def claimed_clause(adoc: AnalysedDocument, sent: Sentence) -> str | None:
    """What a named party of ``sent`` claims, as a clause ("the ferry line was
    profitable" of "Harbour owners insist the ferry line was profitable, but …"); None
    when the sentence has no such clause (see the module's rules)."""
    span = tokens_at(adoc.parse, sent.start, sent.end) if adoc.parse is not None else None
    if span is None:
        return None
    claimed = [
        (verb, clauses)
        for verb in span
        if verb.lemma_ in CLAIMING_LEMMAS and verb.pos_ == "VERB"
        for clauses in [[c for c in verb.children if c.dep_ == "ccomp"]]
        if clauses
    ]
    if len(claimed) != 1:
        return None  # two parties' clauses ("police said …, but the group claimed …"): whose?
    verb, clauses = claimed[0]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].pos_ == "PRON" or len(clauses) != 1:
        return None
    if any(t.dep_ == "ccomp" and t.head.i != verb.i for t in span):
        # Another that-clause of another verb ("… backs Syria in the dispute triggered
        # when Demirel warned Damascus that …"): the pointer may stand for either.
        return None
    kept: list[Token] = []
    _kept(clauses[0], kept)
    kept.sort(key=lambda t: t.i)
    # Where a part was left out, its words go with the space before it.
    told = "".join(
        t.text + (" " if t.whitespace_ or (nxt is not None and nxt.i != t.i + 1) else "")
        for t, nxt in zip(kept, [*kept[1:], None], strict=True)
    ).strip()
    too_long = len(told.split()) > MAX_TOLD_WORDS
    if too_long or len(content(told.lower().split())) < MIN_TOLD_WORDS:
        return None
    return told


def pointed_claim(heading: str, adoc: AnalysedDocument, sent: Sentence, claim: str) -> str | None:
    """``heading`` (of the rejecting ``sent``) with the claim its pointer noun stands for
    told in brackets after it, when ``claim`` is the sentence just before ``sent`` in
    its article and tells what its party claims; else None."""
    if sent.index == 0 or adoc.sentences[sent.index - 1].text != claim:
        return None
    verb = REJECTING_VERB_RE.search(heading)
    pointer = POINTER_OBJECT_RE.match(heading[verb.end() :]) if verb is not None else None
    if verb is None or pointer is None:
        return None
    end = verb.end() + pointer.end()
    told = claimed_clause(adoc, adoc.sentences[sent.index - 1])
    if told is None:
        return None
    told = re.sub(r"^that\s+", "", told)
    return f"{heading[:end]} [that {told}]{heading[end:]}"
