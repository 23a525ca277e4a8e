"""Bare comparisons: a sentence saying what is more or less so than a thing it does not name.

"The county's plan was considerably less costly." compares the plan with something the
article told before; read alone, it tells no more than that the plan was modest. A
comparative (the tagger's JJR or RBR, or an adjective "more" or "less" qualifies) that is
what the sentence's main verb says of its subject (a copula's complement: "was less
ambitious", "became cheaper"; or the main verb's own word: "Costs were higher"), with no
"than" in the sentence, leans on its article (``bare_comparison``). Not a comparative
that says what a thing is ("the larger of the two", "a bigger share": a noun's word),
one after "the" ("all the more costly for its timing": the phrase after it says why),
one denied ("could not have been happier": as happy as can be), one of what a kind
of people or things do ("young sailors may be more likely to use the ferry": as
against others), nor "more" of a quantity ("more than 40 boats").

Found judging the DUC 2006 check set's digests (session 46: a party's outline "less"
so than a rival plan told before it); source digests take such a sentence only to fill
(``digest_leans``).
"""

from __future__ import annotations

from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, tokens_at

# Tags of a comparative adjective or adverb ("cheaper", "less"), and the words that make
# an adjective one ("more costly", "less useful").
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_DEGREE_WORDS = frozenset({"more", "less"})
# Dependencies of what a copula says of its subject ("was less costly").
_PREDICATE_DEPS = frozenset({"acomp", "oprd"})
# Words that give the other side of a comparison ("than ...", "compared with ...").
_OTHER_SIDE = frozenset({"than", "compared", "relative"})


def bare_comparison(adoc: AnalysedDocument, sentence: Sentence) -> str | None:
    """The comparative ``sentence`` of ``adoc`` says of its main subject with no "than"
    ("less costly"), as written; None when there is none, or without a parse."""
    span = tokens_at(adoc.parse, sentence.start, sentence.end) if adoc.parse else None
    if span is None:
        return None
    if any(t.lower_ in _OTHER_SIDE for t in span):
        return None
    root = span.root
    if any(c.dep_ == "neg" for c in root.children):
        return None  # "could not have been happier": as happy as can be
    for word in (root, *(c for c in root.children if c.dep_ in _PREDICATE_DEPS)):
        degree = _comparative(word) if word.pos_ == "ADJ" else None
        if degree is None or any(c.dep_ == "xcomp" for c in word.children):
            continue  # "may be more likely to use it": of a kind, as against others
        if degree.i == 0 or degree.doc[degree.i - 1].lower_ != "the":
            return word.text
    return None


def _comparative(adjective: Token) -> Token | None:
    """The word that makes ``adjective`` comparative: itself ("cheaper") or the degree
    word before it ("less costly"); None if it is not one."""
    if adjective.tag_ in _COMPARATIVE_TAGS:
        return None if adjective.lower_ in _DEGREE_WORDS else adjective  # "more": a quantity
    return next(
        (
            c
            for c in adjective.children
            if c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS and c.tag_ in _COMPARATIVE_TAGS
        ),
        None,
    )
