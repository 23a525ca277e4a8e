"""Unsaid referents: sentences whose words leave out what they are about.

A source digest (``digest_leans``) takes a sentence that leans on its article only to
fill. Besides pronouns and things told before, three kinds of sentence leave unsaid what
their words stand for (``unsaid_referent``):

- a share with nothing said it is a share of ("Thirty-one percent are behind on rent."):
  of whom, only the sentence before said;
- "do so" of an act no verb before it tells ("The power to do so lies ..."): what act,
  only the article said; "They asked him to resign, and he did so" tells it;
- an answer to what the sentence does not say ("Varga complied, cutting ...",
  "The board refused."): what was asked, only the article said.

Found judging the digests of tuning halves A and B (session 49).
"""

from __future__ import annotations

import re

from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import tokens_at

# A share with nothing said it is a share of ("Thirty-one percent are behind on rent.", "About
# 40 per cent said no."): of whom, only the sentence before said. Found judging tuning
# half A's digests (session 49).
_BARE_SHARE_RE = re.compile(
    r"\s*(?:(?:About|Nearly|Almost|Some|Only|Just|Roughly|Around|Over|More than|Less than)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)|[A-Z][a-z]+(?:-[a-z]+)?\s+(?:percent|per cent)\b)"
    r"(?!\s+(?:of|in|at|among|from|for)\b)"
)
# "do so", "did so": an act told before ("The power to do so is what many want."), unless
# a verb before it in the sentence tells the act ("They asked him to resign, and he did
# so."). Found judging tuning half B's digests (session 49).
_DO_SO_RE = re.compile(r"\b(?:[Dd]o|[Dd]oes|[Dd]id|[Dd]oing|[Dd]one)\s+so\b")
# Verbs of an answer to what was asked or done before ("Varga complied, ...", "The
# board refused."): with nothing after them saying to what (no object, clause or
# preposition), what was asked only the article said. Found judging tuning half B's
# digests (session 49).
# ("decline" is none: "The rate declined 3 percent" fell.)
_ANSWER_LEMMAS = frozenset(
    {"comply", "refuse", "agree", "relent", "oblige", "concede", "object", "balk"}
)
_ANSWER_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "prt", "dative", "attr"})


def unsaid_referent(adoc: AnalysedDocument, sentence: Sentence, text: str) -> bool:
    """Whether ``sentence`` of ``adoc`` (``text``, its words with a leading connective
    dropped) leaves unsaid what it is about: a bare share, "do so" or an answer."""
    return (
        bool(_BARE_SHARE_RE.match(text)) or _does_so(adoc, sentence) or _bare_answer(adoc, sentence)
    )


def _does_so(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` says "do so" of an act no verb before it tells ("The power
    to do so lies ..."), not of one it tells ("They asked him to resign, and he did so")."""
    m = _DO_SO_RE.search(sentence.text)
    if m is None:
        return False
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    if span is None:
        return False
    at = sentence.start + m.start()
    return not any(t.pos_ == "VERB" and t.idx < at for t in span)


def _bare_answer(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether the main verb of ``sentence`` answers what it does not say ("Varga
    complied, cutting ...", "The board refused."): one of ``_ANSWER_LEMMAS`` with no
    object, clause or preposition after it."""
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    if span is None:
        return False
    root = span.root
    return root.lemma_.lower() in _ANSWER_LEMMAS and not any(
        c.dep_ in _ANSWER_OBJECT_DEPS for c in root.children
    )
