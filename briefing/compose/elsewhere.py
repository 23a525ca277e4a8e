"""Whether another sentence tells a statement's act of another country or US state.

Two sentences may share an act's particular words and still tell two facts: "Kenya has
made headway in clearing its rivers" and "the Chilean ministry is making more
headway in clearing rivers" (issue 11's judging of the † marks: another country doing
the same thing took the † off a statement no other source reports; session 29, D0603C). The
statement's act is its main verb (``events.main_verb``); when who does it names a country
or a state ("Kenya", "the Ohio governor", "Peruvian troops") and the other sentence has
a word of the same verb class whose doer names only other countries or states, the
other sentence tells the act of someone else. A statement whose main verb only tells what
its subject has ("Kenya has 3,000 kilometres of clean rivers", no event verb for
``events``) is read the same way: "Uganda has ..." tells what another country has (issue
11's judging: the rule was not applied when the main verb was "have"; no dev brief of
the 20 TUNING+CHECK moved, session 30).
"""

from __future__ import annotations

from briefing.compose.actors.matching import country_of
from briefing.compose.events import main_verb, word_class
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.places import US_STATES
from briefing.model import Corpus, Sentence
from briefing.parsed import Span, Token

# Entity labels that name a country or a state, or its people ("Peruvian").
_PLACE_LABELS = frozenset({"GPE", "NORP"})
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
# Main verbs that tell what the subject has rather than an event: the act of the
# statement when it has no event verb.
_HOLDING = frozenset({"have", "own", "lack"})


def place_key(text: str) -> str | None:
    """The country or US state a name stands for ("U.S." -> "United States", "Kenyan"
    -> "Kenya", "Ohio" -> "ohio"); None for a city, a region or anything else."""
    key = text.lower().replace("’", "'").removesuffix("'s").replace(".", "").strip()
    key = key.removeprefix("the ").strip()
    if key in US_STATES:
        return key
    return country_of(key)


def _doer_places(span: Span, verb: Token) -> frozenset[str]:
    """The countries and states named in who does what ``verb`` tells: its subject, or
    the agent of a passive, or, for a noun, its verb's ("the Peruvian government's
    progress")."""
    head = verb.head if verb.pos_ != "VERB" and verb.head.pos_ in ("VERB", "AUX") else verb
    found: set[str] = set()
    for child in head.children:
        if child.dep_ not in _DOER_DEPS:
            continue
        lo, hi = child.left_edge.i, child.right_edge.i + 1
        for ent in span.doc.ents_within(lo, hi):
            if ent.label_ in _PLACE_LABELS and (key := place_key(ent.text)):
                found.add(key)
    return frozenset(found)


def _act_verb(span: Span) -> Token | None:
    """The verb telling the sentence's act: its event verb, else a root verb of holding
    ("Kenya has ...")."""
    verb = main_verb(span)
    if verb is None and span.root.pos_ == "VERB" and span.root.lemma_.lower() in _HOLDING:
        return span.root
    return verb


class Elsewhere:
    """The test over one corpus's parses (a sentence without one never matches)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._acts: dict[tuple[int, int], tuple[str, frozenset[str]] | None] = {}

    def _span(self, sentence: Sentence) -> Span | None:
        return sentence_tokens(self.corpus, sentence)

    def act(self, sentence: Sentence) -> tuple[str, frozenset[str]] | None:
        """The class of the sentence's main verb and the places naming who does it;
        None when it has no event verb or its doer names no country or state."""
        key = (sentence.doc, sentence.index)
        if key not in self._acts:
            span = self._span(sentence)
            verb = _act_verb(span) if span is not None else None
            places = _doer_places(span, verb) if span is not None and verb is not None else None
            self._acts[key] = (word_class(verb.lemma_), places) if verb and places else None
        return self._acts[key]

    def other_doer(self, statement: Sentence, other: Sentence) -> bool:
        """Whether ``other`` tells ``statement``'s act of other countries or states only: a
        word of its verb's class whose doer names places, none of the statement's."""
        act = self.act(statement)
        if act is None:
            return False
        verb_class, mine = act
        span = self._span(other)
        if span is None:
            return False
        theirs: set[str] = set()
        for token in span:
            if token.pos_ in ("VERB", "NOUN") and word_class(token.lemma_) == verb_class:
                theirs |= _doer_places(span, token)
        return bool(theirs) and not theirs & mine
