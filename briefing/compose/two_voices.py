"""Two voices in one sentence: two named parties' positions on one thing, set against each
other by the writer's "while", "whereas", "but" or "although".

"The Port Board has said the new berth rules protect swimmers, but the ferry crews see
them as a grab for fees." "While the Board said the quay was safe, the crews accused it of
hiding the cracks." No dispute word, and no insisting or contending (``lang.both_sides``'s
``COUNTER_POSITION_RE`` reads those), yet the sentence tells both sides of a disagreement
(issue 11). It is shown alone, headed by the whole sentence, when the parse says:

* two verbs of saying or holding (``VOICING``: "said", "see … as", "accused",
  "reported"), one the other's "while"/"whereas"/"although"/"though" clause, or joined to
  it by "but";
* each has its own named subject (``countered``'s parties: no pronoun, no "its
  spokesman"), the two sharing no word;
* neither is in a condition or a question ("if the Board says …");
* the second does not agree ("also said", "said they too feared …"), and the two say
  something of one thing: a noun or an adjective both say, or a pronoun in the second
  pointing back ("accused it of …"); "The Board said the quay was unsafe, but Mayor Pike
  said the city would pay for repairs" is two pieces of news.

"While the Lund crews repaint the hulls, the Ostby yard is …" or "the coast guard runs
the rescues while the navy guards the straits" tell two facts side by side, not two
voices: their verbs say nothing.
"""

from __future__ import annotations

import math

from briefing.compose.countered import agrees, party_words, verb_subject
from briefing.compose.dispute_gate import readable_claim
from briefing.compose.dispute_topics import sentence_topic
from briefing.compose.fact_words import stems
from briefing.compose.paired_sentences import MIN_RELEVANCE, MIN_STORY_DOCS, STORY_DF
from briefing.compose.story_vocabulary import story_weights
from briefing.lang.countering import VOICING
from briefing.lang.stances import HEDGING_MARKS
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Token, tokens_at

# The words linking two clauses that set them against each other: a subordinate clause's
# mark, or a coordinating "but".
_MARKS = frozenset({"while", "whereas", "although", "though"})
# Pronouns by which the second voice speaks of what the first spoke of.
_POINTING_BACK = frozenset({"it", "its", "they", "them", "their"})
_CONTENT = ("NOUN", "PROPN", "ADJ")
_SUBJECTS = ("nsubj", "nsubjpass")


def _says(verb: Token) -> bool:
    """Whether ``verb`` carries what its party says or holds: a clause ("said the quay
    was safe", "would say only that …"), an "as" ("see it as a toll", on the verb or its
    object) or an "of" ("accused it of hiding …"); not "the mayor holds a narrow lead"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in (*verb.children, *(g for o in objects for g in o.children)):
        if c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in ("as", "of")):
            return True
        if c.dep_ == "advcl" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark"):
            return True
    return False


def _only(verb: Token) -> bool:
    """Whether ``verb`` tells only part of what might be said ("the clerk would say
    only that some ballots were lost" against "reported that 400 ballots went missing":
    a vaguer account, no counter-claim); "say only members may vote" says it all."""
    words = [verb.doc[i].lower_ for i in range(verb.i + 1, min(verb.i + 3, len(verb.doc)))]
    return words == ["only", "that"]


def _hedged(token: Token) -> bool:
    """Whether ``token`` is in a condition or a question ("if the Board says …")."""
    return any(
        c.dep_ == "mark" and c.lower_ in HEDGING_MARKS
        for t in (token, *token.ancestors)
        for c in t.children
    )


def _set_against(one: Token, other: Token) -> bool:
    """Whether ``other`` is a "while" clause (or the like) of ``one``'s or of a clause it
    says ("Hale says the treaty protects farmers, while the Union says …"), or joined to
    one of them by "but"."""
    head = other.head
    if head.i != one.i and (one not in head.ancestors or other.i < head.i):
        # "said that while conservatives think …, the party does not": a clause inside
        # what one party says, not a second voice after it
        return False
    if other.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _MARKS for c in other.children)
    if other.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children if c.i < other.i)
    return False


def _said(verb: Token, but: Token | None = None) -> list[Token]:
    """What ``verb``'s party says: its clause's words but its subject's and those of the
    other voice ``but`` hung on it."""
    left = {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}
    left |= {t.i for t in but.subtree} if but is not None else set()
    return [t for t in verb.subtree if t.i not in left and t.i != verb.i]


def _one_thing(one: Token, other: Token) -> bool:
    """Whether of the two voices (``other`` hung on ``one``) the later speaks of what the
    earlier does, not agreeing with it (the module's rules)."""
    words = [_said(one, other), _said(other)]
    first, second = (words[1], words[0]) if other.i < one.i else words
    if agrees(one if other.i < one.i else other):
        return False
    if any(t.lower_ in _POINTING_BACK for t in second):
        return True
    told = {t.lemma_.lower() for t in first if t.pos_ in _CONTENT}
    return any(t.pos_ in _CONTENT and t.lemma_.lower() in told for t in second)


def two_voices(adoc: AnalysedDocument, sent: Sentence) -> bool:
    """Whether ``sent`` sets two named parties' voices against each other (the module's
    rules)."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    if span is None:
        return False
    verbs = [
        t
        for t in span
        if t.pos_ == "VERB" and t.lemma_.lower() in VOICING and _says(t) and not _only(t)
    ]
    for one in verbs:
        for other in verbs:
            if other.i == one.i or not _set_against(one, other):
                continue
            if _hedged(one) or _hedged(other) or not _one_thing(one, other):
                continue
            parties = [party_words(verb_subject(v)) for v in (one, other)]
            if parties[0] is not None and parties[1] is not None and not parties[0] & parties[1]:
                return True
    return False


def find_two_voices(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Sentences telling two voices (the module's rules), about the story (the bar of
    ``paired_sentences``); a sentence in ``shown`` (another divergence's) is left out."""
    story: dict[str, float] | None = None  # read only when a sentence is found
    out: list[Divergence] = []
    for adoc in corpus.docs:
        if adoc.parse is None:
            continue
        for sent in adoc.sentences:
            if sent.text in shown or not readable_claim(sent.text):
                continue
            if not two_voices(adoc, sent):
                continue
            topic = sentence_topic(sent.text)
            if topic is None:
                continue
            if story is None:
                story = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
            relevance = math.fsum(story.get(w, 0.0) for w in stems(sent.words))
            if story and relevance < MIN_RELEVANCE:  # no story (few articles): no bar
                continue
            out.append(Divergence(topic, [Claim(sent.text, [sent.source_id])], kind="dispute"))
            shown.add(sent.text)
    return out
