"""What a sentence reports someone said: who spoke and the words of what was said.

Outlets date one statement by different days: the day it was made ("the minister said in
a speech Monday that the quay would reopen") and the day they reported it ("the quay will
reopen, the minister said Tuesday"). ``events`` cannot match such a pair: it reads the
event inside what was said, whose act often names no doer ("the quay would reopen"). A
statement can: the same named speaker and enough of the same words said
(``same_statement``). ``repeats`` asks it only of entries of other articles a day or two
apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.compose.events import NAME_LABELS, name_key
from briefing.compose.near_duplicates import stem
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.speech import SPEECH_LEMMAS
from briefing.lang.stopwords import EVENT_STOP_WORDS, STOP_WORDS
from briefing.parsed import Span, Token

# What was said: a clause the saying verb holds ("said that ..."), or the clause that
# holds the saying verb ("The quay will reopen, the minister said").
_SAID_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Two statements of one speaker are one when what was said shares SPEECH_WORDS content
# words, SPEECH_SHARE of the shorter one's. Set on invented pairs (a statement and its
# report a day later; the same speaker on another matter); TUNING A+B joins no pair.
SPEECH_WORDS = 3
SPEECH_SHARE = 0.5


@dataclass(frozen=True)
class Statement:
    """Who spoke (their names, one word each as ``events.name_key`` gives them) and the
    stemmed content words of what they said, without names or dates (the story's own)."""

    speakers: frozenset[str]
    said: frozenset[str]


def _saying(span: Span) -> tuple[Token, list[Token]] | None:
    """The sentence's saying verb and the tokens of what it says, or None."""
    root = span.root
    if root.lemma_.lower() in SPEECH_LEMMAS:
        clauses = [c for c in root.children if c.dep_ in _SAID_DEPS]
        return (root, [t for c in clauses for t in c.subtree]) if clauses else None
    verb = next(
        (c for c in root.children if c.dep_ in _SAID_DEPS and c.lemma_.lower() in SPEECH_LEMMAS),
        None,
    )
    if verb is None:
        return None
    inner = {t.i for t in verb.subtree}
    return verb, [t for t in span if t.i not in inner]


def speaker_words(span: Span) -> list[str]:
    """The words of who speaks in the sentence over ``span`` ("Harbour Minister Ida
    Holt said ..."): its saying verb's subject, lower-cased; none when it reports no
    statement."""
    found = _saying(span)
    if found is None:
        return []
    return [t.lower_ for c in found[0].children if c.dep_ in _SUBJECT_DEPS for t in c.subtree]


def statement_of(span: Span) -> Statement | None:
    """The statement the sentence over ``span`` reports, when a named speaker makes it."""
    found = _saying(span)
    if found is None:
        return None
    verb, said = found
    subject = {t.i for c in verb.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}
    speakers = frozenset(
        key
        for ent in span.doc.ents_within(span.start, span.end)
        if ent.label_ in NAME_LABELS and all(t.i in subject for t in ent) and (key := name_key(ent))
    )
    if not speakers:
        return None
    words = frozenset(
        stem(t.lower_)
        for t in said
        if t.lower_.isalpha()
        and t.lower_ not in EVENT_STOP_WORDS
        and t.lower_ not in STOP_WORDS
        and t.lower_ not in CALENDAR_WORDS
        and not t.ent_type_  # a name or a date: the story's, not what this one said
    )
    return Statement(speakers, words)


def same_statement(a: Statement | None, b: Statement | None) -> bool:
    """Whether two sentences report one statement: a speaker in common, and what was said
    shares ``SPEECH_WORDS`` content words, ``SPEECH_SHARE`` of the shorter one's."""
    if a is None or b is None or not a.speakers & b.speakers:
        return False
    shared = len(a.said & b.said)
    return shared >= SPEECH_WORDS and shared >= SPEECH_SHARE * min(len(a.said), len(b.said))
