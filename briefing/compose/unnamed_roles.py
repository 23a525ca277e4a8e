"""Unnamed roles: a digest sentence whose doer is an office its article named someone to.

A source digest (``digest_leans``) takes a sentence whose subject its article told
before ("The trend is ...") only before it would have fewer sentences. An office called
by "the" and its noun ("the acting president", "the official", "the minister") as the
subject or the object of what the sentence tells is such a subject when the sentence
names no one: who holds it, only the article said (tuning half B's digests, session 50:
an acting head of state, twice, in a digest that never named him; half A's: an official
of a city's government putting a strike's size lower than a rights group did).
``unnamed_role``
finds one; not when words after it say which ("the president of the ferry union"), a
name or a figure stands between ("the Israeli prime minister", a country's), the
sentence names a person (who may hold it), the headline or an earlier sentence of the
digest gives the office's word, the article never used the word before the sentence
(the sentence introduces its own), nor in the article's opening sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.compose.near_duplicates import stem
from briefing.compose.thing_notes import restricts
from briefing.lang.roles import ROLE_NOUNS
from briefing.lang.words import words as word_list
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, tokens_at

# Dependencies of the subject or object of a verb.
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
# Dependencies of a clause of the main verb whose doer is what the sentence tells of:
# one it says ("..., officials said"), one of when or on what terms.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl"})
# Dependencies of words between "the" and the office's noun that describe it without
# saying whose it is ("the acting president", "the senior official").
_DESCRIBING_DEPS = frozenset({"amod", "compound", "advmod"})
# Words right after the noun that say which ("the minister for ports", "the head of
# the union", "the mayor, Ann Vail, ..."), however the parse hangs them.
_WHICH_AFTER_RE = re.compile(r"\s+(?:of|for|at|in|from|who|whom|whose|that)\b|,\s+[A-Z]")


def unnamed_role(
    adoc: AnalysedDocument, sentence: Sentence, before: Sequence[Sentence] = ()
) -> str | None:
    """The noun of an office ``sentence`` calls by "the" alone as the doer or object of
    what it tells ("the acting mayor toured the docks ..." -> "mayor"), when it
    names no person and neither words after it, the headline nor the digest's sentences
    ``before`` say whose; else None."""
    if sentence.index == 0:
        return None
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    if span is None or any(t.ent_type_ == "PERSON" for t in span):
        return None
    for noun in span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ROLE_NOUNS or not _core(noun):
            continue
        if not _bare_the(noun) or any(restricts(c) for c in noun.children if c.i > noun.i):
            continue
        if _WHICH_AFTER_RE.match(adoc.document.text, noun.idx + len(noun.text)):
            continue
        key = stem(noun.lower_)
        if key in {stem(w) for w in word_list(adoc.document.title or "")}:
            continue
        if any(key in {stem(w) for w in s.words} for s in before if s.index < sentence.index):
            continue
        if _told_before(adoc, sentence, noun):
            return noun.text
    return None


def _bare_the(noun: Token) -> bool:
    """Whether ``noun`` is "the" and its noun, perhaps with describing words between that
    are no name, entity or figure ("the acting president"; not "the Israeli prime
    minister", "the 12 directors")."""
    words = list(noun.doc[noun.left_edge.i : noun.i])
    if not words or words[0].lower_ != "the" or words[0].head.i != noun.i:
        return False
    return all(
        w.dep_ in _DESCRIBING_DEPS and w.pos_ != "PROPN" and not w.ent_type_ and w.tag_ != "CD"
        for w in words[1:]
    )


def _core(noun: Token) -> bool:
    """Whether ``noun`` is the subject or object of the main verb, of a clause that verb
    says or of one saying when or on what terms, or of a verb joined to one."""
    if noun.dep_ not in _CORE_DEPS:
        return False
    verb = noun.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ in _CLAUSE_DEPS and verb.head.dep_ == "ROOT")


def _told_before(adoc: AnalysedDocument, sentence: Sentence, noun: Token) -> bool:
    """Whether the article's text before ``sentence`` used the office's word as a noun."""
    if sentence.start <= 0:
        return False
    earlier = tokens_at(adoc.parse, 0, sentence.start)
    lemma = noun.lemma_.lower()
    return earlier is not None and any(
        t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == lemma for t in earlier
    )
