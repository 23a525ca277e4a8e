"""Whether the evidence that no other article tells a statement's fact is strong enough for a
† (issue 11): a † only on that evidence, and none when unsure.

The † tests (``marks``) and the looser test that withholds it (``probable_reports``) look
for another article telling the fact; what neither finds keeps its †. On stories they
were never tuned on, a strict reader found 18% of the †s wrong (31 of 38 right), nearly
all facts another article tells in other words with no rare word in common ("the
skippers are furious" / "boat owners are angry"). No test of shared words sees those,
and no synonym data ships offline, so this one asks for evidence the other way round: a
particular of the statement that no other article gives at all, in any of its forms
(``ProbableReports.holding``: "Kenya" for "Kenyan", "eight" for "8", a name by its last
word or its initials). A name or a figure (``fact_particulars.particular_kinds``) is
what an article telling the fact in other words would still give, so one that no other
article has is strong evidence that none tells it (``LONE_NAMES``); a noun no other
article has is weak (a paraphrase picks other nouns: "skippers"), and only more than one,
in as many words, counts (``LONE_NOUNS``; "sea-dogs" is one word of two nouns, and a
decade, "mid-1980s", is no noun of the fact). Three things are no such evidence (session
44: on stories never tuned on they kept wrong †s and few right ones): the nouns of a
list, "closed cafes, kiosks and bakeries", are one word (a paraphrase names the list by
one: "shut their shops"); a noun of a date or a time of day, "Saturday", "Feb.", "late
Friday evening", is how one article places the event from its own date,
and another tells it with another day's word or none; and a particular no sentence of
the coverage holds, not even the statement's own, is read by the whole word it is
written in ("state" of "state-run", "cost" of "cost-cutting"), and is none when that
word is not held either (an abbreviation the stems never keep, "a.m.", a figure's word
"one" or "a dozen", read as no stem). A statement whose names, figures and nouns
all appear elsewhere is about what the story's other articles talk about too, and is
shown without a †: a † claims that no other source reports the fact, and dropping it
claims nothing. The source it names as probably telling it is the one whose sentence
holds the most of its particulars; neither cited nor counted.

Without a parse no word is surely a noun: a statement's names are the words it
capitalises past its first, its figures those with a digit (no year), and its other
content stems count only to find the closest article.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from briefing.compose.fact_particulars import particular_kinds, word_start
from briefing.compose.fact_words import fact_stems
from briefing.compose.probable_reports import ProbableReports
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.dates import YEAR_WORD_RE
from briefing.model import Sentence
from briefing.parsed import Span, Token

# A word written with a capital, read as a name's past a sentence's first word.
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# Names or figures of a statement that no other article gives, enough for a †: one. Chosen
# on the check set (session 43, every † of the 20 dev briefs judged
# against the other articles; docs/evaluation.md): of its 67 parsed †s (60 right) one
# lone name or figure kept 28 (27 right); two kept 10, all right, and too few to be a mark.
LONE_NAMES = 1
# Entity labels of a date or a time of day: their nouns are no evidence (module docstring).
_WHEN = frozenset({"DATE", "TIME"})
# Parts of speech of a list's nouns (``listed``).
_NOUNS = frozenset({"NOUN", "PROPN"})
# Words of a statement's nouns that no other article gives, enough for a † without a lone
# name or figure. Chosen likewise: with one lone name or figure, two lone nouns kept 39
# (37 right), three 30 (28 right), four or more 28 (27 right); confirmed on half A (20 of 20
# right, 39 before) and half B (16 of 17, 24 before).
LONE_NOUNS = 2


class LoneParticulars:
    """The test over a corpus, reading particulars as the looser test does."""

    def __init__(self, probable: ProbableReports) -> None:
        self.probable = probable

    def kinds(self, sentence: Sentence) -> tuple[list[tuple[frozenset[str], bool, int]], bool]:
        """The statement's particulars, each flagged True for a name or a figure, with the
        word it is written in (``particular_kinds``; no year, "mid-1980s"), and whether
        they are read from a parse; without one, its content stems, those of
        capitalised words past the first and of figures flagged True."""
        span = sentence_tokens(self.probable.corpus, sentence)
        if span is not None:
            kinds = particular_kinds(span)
            return [k for k in kinds if not any(YEAR_WORD_RE.fullmatch(w) for w in k[0])], True
        named = fact_stems([m[0].lower() for m in _CAPITALISED.finditer(sentence.text)][1:])
        named |= {w for w in fact_stems(sentence.words) if any(c.isdigit() for c in w)}
        stems = sorted(fact_stems(sentence.words) | named)
        read = [w for w in stems if not YEAR_WORD_RE.fullmatch(w)]
        return [(frozenset([w]), w in named, k) for k, w in enumerate(read)], False

    def lone(self, sentence: Sentence, own: Iterable[int]) -> tuple[int, int]:
        """How many of the statement's names or figures, and of the words its nouns are
        written in (a list's nouns one word, no noun of a date or a time), no sentence
        of another source than ``own`` holds in any of their forms, each read by its
        whole word when no sentence at all holds it, and none when that word is held
        nowhere either (no noun without a parse)."""
        mine = set(own)
        sentences = self.probable.reports.sentences
        kinds, parsed = self.kinds(sentence)
        span = sentence_tokens(self.probable.corpus, sentence) if parsed else None
        names = 0
        nouns: set[int] = set()
        for keys, named, word in kinds:
            held = self.probable.holding(keys)
            if not held and span is not None:
                held = self.probable.holding(fact_stems([written(span, word).lower()]))
                if not held:
                    continue  # read nowhere, not even in the statement: no evidence
            if any(sentences[i].source_id not in mine for i in held):
                continue
            if span is None:
                names += named
            elif named:
                names += 1
            elif span.doc[word].ent_type_ not in _WHEN:
                nouns.add(word_start(span, listed(span.doc[word]).i))
        return names, len(nouns)

    def sources(self, sentence: Sentence, own: Iterable[int]) -> list[int]:
        """No source when the evidence is strong (``LONE_NAMES`` names or figures, or
        ``LONE_NOUNS`` nouns, that no other source gives); else the other source whose
        sentence holds the most of the statement's particulars, each weighing as it is
        rare in the coverage, as probably telling it (none when no other sentence holds
        any: nothing of it is told elsewhere)."""
        mine = set(own)
        names, nouns = self.lone(sentence, mine)
        if names >= LONE_NAMES or nouns >= LONE_NOUNS:
            return []
        sentences = self.probable.reports.sentences
        scale = len(sentences) + 1
        shared: dict[int, float] = {}
        for keys, _, _ in self.kinds(sentence)[0]:
            held = self.probable.holding(keys)
            weight = math.log(scale / (len(held) + 0.5))
            for i in held:
                if sentences[i].source_id not in mine:
                    shared[i] = shared.get(i, 0.0) + weight
        most = max(shared.values(), default=0.0)
        return sorted({sentences[i].source_id for i, w in shared.items() if w == most})


def written(span: Span, start: int) -> str:
    """The word that begins at token ``start``: its tokens up to the next space
    ("state-run", "cost-cutting", "a.m.")."""
    end = start
    while end + 1 < span.end and not span.doc[end].whitespace_:
        end += 1
    return "".join(span.doc[k].text_with_ws for k in range(start, end + 1)).strip()


def listed(token: Token) -> Token:
    """The first noun of the list ``token`` is in ("cafes" for "kiosks" of "cafes,
    kiosks and bakeries"): a list's nouns are one word of evidence
    (``word_start``)."""
    while token.dep_ == "conj" and token.head.pos_ in _NOUNS and token.head.i != token.i:
        token = token.head
    return token
