"""Where the claim a sentence rejects is made: the search behind ``compose.disputes``.

A rejection ("denied that any strike had been called", "disputed an AP report that …")
needs the sentence that makes the rejected claim: one of another article carrying most of
the claim's rare words (``ClaimSearch.claimant``), an earlier sentence of its own article
(``earlier``), or the report told just after it (``reported_after``). ``ClaimSearch``
holds what every such search reads once per corpus: each sentence's content stems, their
inverse sentence frequencies, the rejection each sentence states, positions and a stem
index. Split out of ``compose/disputes.py`` (which finds the rejections and shows the
disputes) when that module reached the 500-line limit.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing.compose.fact_words import stems
from briefing.compose.near_duplicates import similar_sets
from briefing.lang.connectives import OTHER_THAN_BEFORE_RE
from briefing.lang.disputes import (
    ACCUSING_RE,
    ATTRIBUTED_RE,
    CLAUSE_SUBJECT_END_RE,
    DOUBT_RE,
    NEGATION_RE,
    POINTER_OPENING_RE,
    PRONOUN_CREDIT_RE,
    PRONOUN_SUBJECT_RE,
    REPORT_CREDIT_RE,
    THERE_IS_RE,
)
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES, SPEAKER_RE
from briefing.lang.wordforms import verb_stem
from briefing.model import Corpus

# A sentence makes the disputed claim when it carries this share of the claim's weight
# (rarer words weigh more) and this many of its stems.
# Both chosen by hand in a6d0c1f; not benchmarked.
CLAIM_COVER = 0.5
CLAIM_MIN_SHARED = 3
# An earlier sentence of the dispute's own article makes its claim when it is at most
# this many sentences before it and shares a word of the claim. Set by hand on the
# tuning stories' disputes (session 11); not benchmarked.
LOOK_BACK = 3
EARLIER_COVER = 0.5
# The sentence just before a rejection makes its claim, however worded, when it names
# every name of the claim and the claim has this many. Set by hand on the tuning
# stories' disputes (session 13, D0639C); not benchmarked.
CLAIM_NAMES = 2
# The report told after its rejection is credited to a report, so less of the claim will do.
# With LOOK_AHEAD (sentences read after the rejection): chosen by hand in da7a68e;
# not benchmarked.
REPORTED_COVER = 0.3
LOOK_AHEAD = 2
# A sentence of another article makes the rejected claim only when the two articles are
# at most this many days apart: a denial answers the news of its month (session 20,
# D0609I: a 1999 denial was paired with a 1997 plan; judged "not the same thing" by a
# fresh reviewer, session 20's notes). Not benchmarked.
MAX_CLAIM_DAYS = 31
# A sentence that makes a claim has this many words at least (not a quote's tail).
# Chosen by hand in da7a68e; not benchmarked.
MIN_CLAIM_WORDS = 6

_NAME = re.compile(r"[A-Z][\w'’-]+")


def content(words: Iterable[str]) -> frozenset[str]:
    """Content stems, a noun's as its verb's: "denied it was expanding settlements" is
    the claim "the expansion of the settlements" makes."""
    return frozenset(verb_stem(w) for w in stems(list(words)))


@dataclass(frozen=True)
class Rejection:
    """Where a sentence rejects a claim, and what it says the claim is (shared by every
    sentence of the same text: ``rejection`` is remembered)."""

    start: int
    end: int
    clause: str  # the rejected claim's words, "" when the sentence does not say them
    points_back: bool  # the claim is said before ("denied the report", "that theory")
    bare: bool = False  # "denied that …" names no report: someone else must make the claim
    named: bool = False  # says whose the claim is ("an AP report that …"), shown alone
    unsupported: bool = False  # "found no evidence that …": the claim's maker asserts it
    shown: str = ""  # the heading's words when the sentence tells both sides itself
    # Says whose claim it rejects and what the claim is ("disputed Pell's claim that the
    # wardens had no boats"): the sentence tells both sides, shown alone if nobody else does.
    told: bool = False


class ClaimSearch:
    """The corpus' sentences with what every search for a claim needs: content stems,
    inverse sentence frequencies, the rejection each states, positions and a stem index."""

    def __init__(self, corpus: Corpus, rejection_of: Callable[[str], Rejection | None]) -> None:
        self.sentences = corpus.sentences()
        self.dates = [corpus.docs[s.doc].document.date for s in self.sentences]
        self.stems = [content(s.words) for s in self.sentences]
        sent_df: Counter[str] = Counter()
        for st in self.stems:
            sent_df.update(st)
        n = len(self.sentences)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in sent_df.items()}
        self.rejections = [rejection_of(s.text) for s in self.sentences]
        self.position = {(s.doc, s.index): i for i, s in enumerate(self.sentences)}
        self.by_stem: dict[str, list[int]] = {}
        for j, st in enumerate(self.stems):
            for w in st:
                self.by_stem.setdefault(w, []).append(j)

    def weight(self, words: frozenset[str]) -> float:
        return math.fsum(self.idf.get(w, 0.0) for w in words)

    def neighbour(self, at: int, step: int) -> int | None:
        sent = self.sentences[at]
        return self.position.get((sent.doc, sent.index + step))

    def own_side(self, at: int, other: int) -> bool:
        """Whether sentence ``other`` is said by whoever rejects in sentence ``at``."""
        rej = self.rejections[at]
        rejecter = self.sentences[at].text[: rej.start if rej else 0]
        return bool(speakers(self.sentences[other].text) & set(_NAME.findall(rejecter)))

    def other_party(self, at: int, other: int) -> bool:
        """Whether sentence ``other`` can stand for a party other than the rejecter: a
        sentence of another article, or one of the rejecting article that says whose claim
        it tells (the article's own account is no second source); never one that doubts
        the claim ("skepticism about its claim that …")."""
        text = self.sentences[other].text
        if DOUBT_RE.search(text):
            return False
        day, other_day = self.dates[at], self.dates[other]
        if day and other_day and abs((day - other_day).days) > MAX_CLAIM_DAYS:
            return False  # a rejection answers the news of its month, not a claim of years ago
        same = self.sentences[other].source_id == self.sentences[at].source_id
        return not same or bool(ATTRIBUTED_RE.search(text))

    def asserts(self, at: int, other: int) -> bool:
        """Whether sentence ``other`` can make the claim rejected at ``at``: when the
        rejection denies a clause, only a sentence with no negation; when it says the
        claim lacks evidence, only a sentence that asserts it (no negation), names what the
        claim names ("that Norse Air is involved") and is not the rejecter's own."""
        rej = self.rejections[at]
        if rej is None or not (rej.unsupported or rej.bare):
            return True
        text = self.sentences[other].text
        if not rej.unsupported:  # "denied that it dumped solvent in the river" is not made
            # by "the tests gave no conclusive evidence that it dumped solvent": both can be true
            return not NEGATION_RE.search(text)
        rejecter = set(_NAME.findall(self.sentences[at].text))
        names = content(n.lower() for n in _NAME.findall(rej.clause))
        return not (
            NEGATION_RE.search(text) or speakers(text) & rejecter or not names <= self.stems[other]
        )

    def names_subject(self, at: int, other: int) -> bool:
        """Whether sentence ``other`` names the subject of the clause a party denies ("denied
        that there was a rush among Liberals to court rural voters" is not made by
        "Marlow has tried to court rural voters": no rush); true when the subject is a
        pronoun or a possessive the rejecting sentence's context resolves, or when the
        rejection says whose claim it is rather than what it says."""
        rej = self.rejections[at]
        if rej is None or not rej.bare or PRONOUN_SUBJECT_RE.match(rej.clause):
            return True
        clause = THERE_IS_RE.sub("", rej.clause)  # "that there was a rush among ..."
        end = CLAUSE_SUBJECT_END_RE.search(clause)
        subject = content(re.findall(r"[\w'’-]+", clause[: end.start() if end else None].lower()))
        return not subject or bool(subject & self.stems[other])

    def claimant(self, at: int, claim: frozenset[str]) -> int | None:
        """The sentence (of any article) that best makes the disputed claim, or None: one
        that asserts it (no negation) when the rejection says it lacks evidence, and not
        one of the rejecter's own (named in the rejecting sentence)."""
        total = self.weight(claim)
        if not total or len(claim) < CLAIM_MIN_SHARED:
            return None
        sharing = Counter(j for w in claim for j in self.by_stem.get(w, ()))
        best: tuple[float, int] | None = None
        for j, n in sorted(sharing.items()):
            if n < CLAIM_MIN_SHARED or j == at or self.rejections[j] is not None:
                continue
            if len(self.sentences[j].words) < MIN_CLAIM_WORDS or self.own_side(at, j):
                continue
            if not self.asserts(at, j) or not self.other_party(at, j):
                continue
            if not self.names_subject(at, j):
                continue
            cover = self.weight(claim & self.stems[j]) / total
            if cover >= CLAIM_COVER and (best is None or cover > best[0]):
                best = (cover, j)
        return best[1] if best else None

    def earlier(self, at: int, claim: frozenset[str], rej: Rejection) -> int | None:
        """The sentence before the dispute in its article that makes the claim: the one
        just before when the dispute points back, else the nearest carrying
        ``EARLIER_COVER`` of the claim's weight (the sentences just before a rejection
        are often its reasons), or, for a denied clause, the one just before it when that
        one tells a party accusing another: the accusation the denial answers, however
        each words it."""
        just_before = rej.points_back and not claim
        total = self.weight(claim)
        backs = list(range(1, (1 if just_before else LOOK_BACK) + 1))
        # A quote credited to "he" is said by the one the sentence before it names, and
        # that sentence says whose claim it tells ("Vostrov spent the day vilifying …").
        quoted = just_before and self._pronoun_quote(at)
        if just_before and (self._quote_tail(at) or quoted or self._leans_back(at)):
            backs = [2]  # '"… their focus is the rich," Tobin said. "I think that's common."'
        if rej.bare and self.sentences[at].index > LOOK_BACK:
            # "Tarn officials denied that any strikes had taken place": the strikes were
            # the article's news, told in its lead ("…, according to a rights group").
            backs.append(self.sentences[at].index)
        for back in backs:
            j = self.neighbour(at, -back)
            if j is None:
                return None
            other = self.sentences[j]
            if self.rejections[j] is not None or other.text.rstrip().endswith("?"):
                return None  # another rejection or a question: no claim of its own
            if len(other.words) < MIN_CLAIM_WORDS:
                continue
            if not just_before and POINTER_OPENING_RE.match(other.text):
                continue  # "They renewed their strike": no claim a reader can take as is
            attributed = self.other_party(at, j) or (quoted and not DOUBT_RE.search(other.text))
            if self.own_side(at, j) or not self.asserts(at, j) or not attributed:
                continue  # the rejecter's own reasons ("Frank said studies show …")
            if back == 1 and rej.bare and not rej.unsupported and ACCUSING_RE.search(other.text):
                return j  # "… accused the mayor of …" then "X denied any motive": its answer
            if not self.names_subject(at, j):
                continue
            if just_before:
                return j
            if total and self.weight(claim & self.stems[j]) >= EARLIER_COVER * total:
                return j
            if back == 1 and self.names_all(rej.clause, j):
                return j
        return None

    def _quote_tail(self, at: int) -> bool:
        """Whether the sentence before ``at`` goes on with the quote of the one before it:
        all in quote marks, credited to nobody ('"I think that's a common attitude."')."""
        j = self.neighbour(at, -1)
        text = "" if j is None else self.sentences[j].text.strip()
        return (
            text[:1] in OPENING_QUOTES
            and text[-1:] in CLOSING_QUOTES
            and not speakers(text)
            and len(re.findall(r"[\"“”]", text)) == 2
        )

    def _leans_back(self, at: int) -> bool:
        """Whether the sentence before ``at`` counts what the one before it left out
        ("Any other berth was leased, an adviser said." after "The board claimed
        that just 140 of the berths were owned by the town."): that one tells the claim."""
        j = self.neighbour(at, -1)
        return j is not None and bool(OTHER_THAN_BEFORE_RE.match(self.sentences[j].text))

    def _pronoun_quote(self, at: int) -> bool:
        """Whether the sentence before ``at`` is a quote that opens with a pronoun and is
        credited to a pronoun only ('"They have built a wall of lies," he said.'): no
        claim a reader can take as is; the sentence before it names who says so."""
        j = self.neighbour(at, -1)
        text = "" if j is None else self.sentences[j].text.strip()
        return (
            text[:1] in OPENING_QUOTES
            and bool(POINTER_OPENING_RE.match(text))
            and bool(PRONOUN_CREDIT_RE.search(text))
        )

    def names_all(self, clause: str, j: int) -> bool:
        """Whether sentence ``j`` names every name of the claim clause, two at least
        ("that QX … were sprayed during the flood in Dunmore" after "Green Watch
        reported evidence that … had sprayed QX on farms around Dunmore")."""
        names = content(n.lower() for n in _NAME.findall(clause))
        return len(names) >= CLAIM_NAMES and names <= self.stems[j]

    def reported_after(self, at: int, claim: frozenset[str]) -> int | None:
        """The report itself, told just after its rejection ("Hall disputed an AP report
        that … . Three officials said …, AP reported Thursday."): a sentence credited to a
        report that carries ``REPORTED_COVER`` of the claim's weight."""
        total = self.weight(claim)
        for ahead in range(1, LOOK_AHEAD + 1):
            j = self.neighbour(at, ahead)
            if j is None or not total:
                return None
            if not REPORT_CREDIT_RE.search(self.sentences[j].text):
                continue
            if self.weight(claim & self.stems[j]) >= REPORTED_COVER * total:
                return j
        return None

    def telling(self, at: int) -> list[int]:
        """The claim sentence's source and those of sentences saying the same in other
        articles (a citation must be supported by its source)."""
        found = {self.sentences[at].source_id}
        own = self.stems[at]
        # Only a sentence sharing a stem with it can be ``similar_sets`` (both of its tests
        # need a stem in common), so only those are compared: comparing it with every
        # sentence was 37% of the divergences of 880 articles (benchmarks/scale.py).
        near: set[int] = set()
        for w in own:
            near.update(self.by_stem.get(w, ()))
        for j in near:
            if self.sentences[j].source_id not in found and similar_sets(own, self.stems[j]):
                found.add(self.sentences[j].source_id)
        return sorted(found)


def speakers(text: str) -> set[str]:
    """Names a sentence is attributed to ("Frank said …", "…, said Frank")."""
    return {name for m in SPEAKER_RE.finditer(text) for name in m.groups() if name}
