"""Whether another sentence leaves out who or what a statement says something is (the †
decision).

A statement built on "to be" says what its subject is ("the recommended dose is twice a
day", "biodynamics is a farming system without pesticides", "the ferry fare is 15 percent
higher"): its fact is about that subject, and the rest of it (the dose, the
pesticides, the 15 percent) may well be told of something else ("most patients take
the pill once a day", "an organic farm must use no pesticides", "sales have increased
by 20 percent"). The † test (``corroboration``) weighs shared words wherever they
stand; this one asks the parse. A statement whose main verb is a form of "to be" (under
a saying verb, what was said), with a noun for its subject, is told only by a sentence
holding that noun's word. Not when what follows "to be" governs a verb of its own ("the
groups are likely to mount a challenge": the act is the fact, and "the companies may
challenge the law" tells it).

Read on the 20 TUNING+CHECK dev briefs (session 33): of the other
sources the † test counted, 6 are no longer counted, all judged not to report the fact
(patients taking a pill once a day for its recommended dose, sales up 20 percent for a
head count up 20 percent, rules for any organic farm for what biodynamics is); five †
added, all right (D0605E, D0611B twice, D0627I, D0641E); none judged right was lost
(without the verb after "to be", one: D0623E).
"""

from __future__ import annotations

from briefing.compose.fact_words import fact_stems
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.speech import SAYING_LEMMAS
from briefing.lang.words import words
from briefing.model import Corpus, Sentence
from briefing.parsed import Span, Token

# Verbs that say what their subject is, or that it is ("the consensus does not exist").
_BEING = frozenset({"be", "become", "remain", "seem", "appear", "exist"})
# Dependents through which a saying verb hangs what was said (``events._SAID``).
_SAID = frozenset({"ccomp", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What follows "to be" (an adjective, a noun, a phrase) and may govern a verb.
_COMPLEMENTS = frozenset({"acomp", "attr", "prep", "advmod"})


def _main(span: Span) -> Token:
    """The sentence's main word: its root or, under a saying verb, what was said."""
    verb = span.root
    for _ in range(3):
        if verb.lemma_.lower() not in SAYING_LEMMAS:
            break
        said = [c for c in verb.children if c.dep_ in _SAID and span.start <= c.i < span.end]
        if not said:
            break
        verb = said[0]
    return verb


def described(span: Span) -> Token | None:
    """The noun a sentence says something is: the subject of its main "to be" (no
    pronoun, no name), unless what follows governs a verb of its own; else None."""
    verb = _main(span)
    if verb.lemma_.lower() not in _BEING:
        return None
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in _COMPLEMENTS and any(g.dep_ == "xcomp" for g in c.children):
            return None  # "are likely to mount": the act is the fact
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].ent_type_:
        return None
    return subjects[0]


class Copular:
    """The test over one corpus's parses (a sentence without one never matches)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._subject: dict[tuple[int, int], frozenset[str]] = {}

    def subject(self, sentence: Sentence) -> frozenset[str]:
        """The stems of the noun the sentence says something is (``described``); empty
        when it says no such thing or has no parse."""
        key = (sentence.doc, sentence.index)
        if key not in self._subject:
            span = sentence_tokens(self.corpus, sentence)
            noun = described(span) if span is not None else None
            self._subject[key] = fact_stems(words(noun.text)) if noun is not None else frozenset()
        return self._subject[key]

    def left_out(self, statement: Sentence, other: Sentence) -> bool:
        """Whether ``other`` holds no word of the noun ``statement`` says something is."""
        mine = self.subject(statement)
        return bool(mine) and not mine & fact_stems(other.words)
