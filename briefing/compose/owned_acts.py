"""Owned acts: a digest sentence opening on a name's act that only its article told.

A source digest (``digest_leans``) takes a sentence whose subject its article told
before ("The trend is ...") only before it would have fewer sentences. A name's
possessive before an act's noun says whose act it is, not which one: "Varga's visit was
a day before the harbour festival", "Hale's decision drew protests": which visit, which
decision, only the article said (tuning half B's digests, session 50). ``owned_act``
finds such a subject, among the sentence's first words, of its main verb or of a clause
that verb says; not when words after the noun say which ("Varga's visit to Eastport"),
the headline names the act ("Varga visits Eastport") or an earlier sentence of the
digest does, nor in the article's opening sentence, which introduces its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.compose.near_duplicates import stem
from briefing.compose.thing_notes import restricts
from briefing.lang.definites import TOLD_ACT_HEADS
from briefing.lang.words import words as word_list
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import tokens_at

# Tokens a subject's owner may come after (a connective, "But then, ..."): a layout bound.
_OPENING_TOKENS = 4
# Dependencies of a verb's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words right after the act's noun that say which ("Varga's decision to close ...",
# "Hale's visit of May 3"), however the parse hangs them.
_WHICH_AFTER_RE = re.compile(r"\s+(?:to|of|for|that|on|in|at)\b")


def owned_act(
    adoc: AnalysedDocument, sentence: Sentence, before: Sequence[Sentence] = ()
) -> str | None:
    """The act's noun of a subject ``sentence`` opens with a name's possessive and an act
    told before ("Varga's visit was ..." -> "visit"), when neither words after it, the
    headline nor the digest's sentences ``before`` say which; else None."""
    if sentence.index == 0:
        return None
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    if span is None:
        return None
    owner = next((t for t in list(span)[:_OPENING_TOKENS] if t.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    noun = owner.head
    if noun.pos_ != "NOUN" or noun.lower_ not in TOLD_ACT_HEADS or noun.dep_ not in _SUBJECT_DEPS:
        return None
    verb = noun.head
    if not (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")):
        return None
    if any(restricts(c) for c in noun.children if c.i > noun.i):
        return None
    if _WHICH_AFTER_RE.match(adoc.document.text, noun.idx + len(noun.text)):
        return None
    key = stem(noun.lower_)
    if key in {stem(w) for w in word_list(adoc.document.title or "")}:
        return None  # "Varga's visit ..." under "Varga visits Eastport"
    if any(key in {stem(w) for w in s.words} for s in before if s.index < sentence.index):
        return None  # the digest has just told it
    return noun.text
