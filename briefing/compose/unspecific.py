"""Statements that tell nothing particular: no one, nowhere, no figure, no day, no act.

An executive summary is read by a stakeholder who needs what happened and who holds
which position. A sentence that names no party, place, figure or date and tells no
act states general knowledge or a vague change: "In the care of old orchards the
mainstay treatments are initially for pain relief", "The common orchard
sprays kill the pests on the leaves", "The challenges to the harbour plan have changed". It
may well be true and on the focus, but it tells no fact of the story; the summary is
chosen again without it (``synthesis.SPECIFIC_ROUNDS``).

A sentence is unspecific when none of its entity mentions is a name, a place, a figure
or a date (an ordinal, "the first", is none of these), no word after its first is a
proper noun (the parse knows "Buenos Aires" where the entity pass may not), and its
content verb (what a saying verb reports, else the main verb) tells a state, not an
act: the simple present ("is", "target", "are considered"), or a present perfect with
nothing after it ("have changed"). "The ferry sank near the pier" narrates an act even
unnamed; "Ona Brisk says the toll is unfair" is a named party's position; "The biggest
increase has been in adoptions from abroad" says what the change was. Without a parse
nothing is judged unspecific.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from briefing.compose.timeless import simple_present
from briefing.lang.speech import SAYING_LEMMAS
from briefing.lang.tenses import PRESENT_TAGS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, tokens_at

T = TypeVar("T")

# How many times a summary is chosen again without the statements of its last choice
# that tell nothing particular; any the last choice still holds stay. Set by hand
# (session 40), not tuned.
SPECIFIC_ROUNDS = 2
# Entity labels that make nothing particular: "the first", "a second" rank, not name or count.
_VAGUE_LABELS = frozenset({"ORDINAL"})
_VERB_POS = frozenset({"VERB", "AUX"})
# A present perfect with none of these after it tells no more than that something
# changed ("have changed"); with one it says what ("has been children from abroad").
_COMPLEMENT_DEPS = frozenset(
    {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "dative", "advcl", "agent"}
)


def unspecific(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` of ``adoc`` tells nothing particular (see the module)."""
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    if span is None:
        return False
    if any(m.sentence == sentence.index and m.label not in _VAGUE_LABELS for m in adoc.mentions):
        return False
    tokens = list(span)
    if any(t.pos_ == "PROPN" for t in tokens[1:]):
        return False
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in _VERB_POS:
        return False
    verb = _content_verb(root)
    return verb.pos_ in _VERB_POS and (simple_present(verb) or _bare_perfect(verb))


def _content_verb(root: Token) -> Token:
    """The verb of what a saying root reports ("say the pier is unsafe": "is"), else
    the root."""
    if root.lemma_ in SAYING_LEMMAS:
        told = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if told is not None:
            return told
    return root


def _bare_perfect(verb: Token) -> bool:
    """ "have changed": a present perfect with nothing after it that says what changed."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].lemma_ == "have"
        and auxes[0].tag_ in PRESENT_TAGS
        and not any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children)
    )


def specific_choice(
    choose: Callable[[set[int]], tuple[list[T], set[int]]], vague: Callable[[T], bool]
) -> tuple[list[T], set[int]]:
    """``choose``'s choice (given the ids of statements to leave out: those it chose and
    the ids it left out), made again without its ``vague`` statements up to
    ``SPECIFIC_ROUNDS`` times; a choice holding none is the first one. Also the ids of
    all left out."""
    away: set[int] = set()
    for round_ in range(SPECIFIC_ROUNDS + 1):
        chosen, left_out = choose(away)
        found = {id(c) for c in chosen if vague(c)}
        if not found or round_ == SPECIFIC_ROUNDS:
            break
        away |= found
    return chosen, left_out | away
