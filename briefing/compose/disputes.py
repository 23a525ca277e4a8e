"""Attributed disputes: one party says another's report or claim is wrong.

"Brandt disputed a wire report that inspectors were preparing to say the skipper rammed
the pier", "the commission denied the fraud allegations", "Okafor called the claim
“pure fiction”": the sentence states a disagreement itself, so it is shown as one,
next to the sentence that makes the rejected claim, so a reader sees both sides and who
takes each. The claim is found in one of two ways:

* the rejection says what it rejects ("denied that any strike had been called", "the
  report that investigators are convinced …"): a sentence of any article that carries
  most of that clause's rare words makes the claim, else an earlier sentence of the same
  article that shares its words;
* the rejection only points back ("denied the report", "dispute that theory", "such
  assertions"): the claim is the sentence just before it in its article.

A rejection with no claim to show is dropped, unless its sentence tells both sides itself
("estimates range from the government's 2 million to the group's 100 million"); one a
stranger could not read as is (a heading opening with "That idea", a "denied the report"
that says nothing else, a "no evidence that …") is dropped too (``dispute_gate``). Only
sentences about the story count (enough of the words most of its articles use), and a
dispute verb needs a claim as its object ("denied a request", "was denied entry" are no
dispute).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields, replace
from typing import Any

from briefing.compose.corroboration import stems, story_weights
from briefing.compose.dispute_gate import Rejected, named_claim, shown_dispute
from briefing.compose.dispute_topics import before_claim_noun, claim_owner, names_owner
from briefing.compose.memo import BadValue, by_text
from briefing.compose.near_duplicates import similar_sets
from briefing.lang.disputes import (
    AGAINST_ESTIMATE_RE,
    AS_ALLEGED_RE,
    ATTRIBUTED_RE,
    CLAIM_CLAUSE_RE,
    CLAIM_END_RE,
    CLAIM_FALSE_RE,
    CLAIM_TOLD_BEFORE_RE,
    CLAUSE_SUBJECT_END_RE,
    CONDITION_BEFORE_RE,
    CONTRARY_RE,
    DISAGREE_RE,
    DOUBT_RE,
    DOUBTED_CLAIM_RE,
    ESTIMATING_RE,
    EVIDENCE_SUBJECT_RE,
    FIGURE_TOKEN_RE,
    IMPRESSION_RE,
    INSIST_NOT_RE,
    MISREPORT_RE,
    NEGATION_RE,
    NO_EVIDENCE_RE,
    PASSIVE_RE,
    PRONOUN_REJECTER_RE,
    PRONOUN_SUBJECT_RE,
    RANGE_RE,
    REPORT_CREDIT_RE,
    THERE_IS_RE,
    VERDICT_AFTER_RE,
    VERDICT_FIRST_RE,
)
from briefing.lang.figures import (
    BACK_POINTING,
    DISPUTE_RE,
    NEGATED_BEFORE,
)
from briefing.lang.speech import SPEAKER_RE
from briefing.lang.stopwords import FIGURE_STOP_WORDS
from briefing.lang.wordforms import verb_stem
from briefing.model import Claim, Corpus, Divergence

# A dispute must be about the story: story words (stems in this share of the articles)
# it carries, weighted by that share. story_eval dev stories.
STORY_DF = 0.2
MIN_RELEVANCE = 1.5
MIN_STORY_DOCS = 5
# A sentence makes the disputed claim when it carries this share of the claim's weight
# (rarer words weigh more) and this many of its stems.
CLAIM_COVER = 0.5
CLAIM_MIN_SHARED = 3
# Disputes shown at most. 4 until session 14, when the tuning stories' disputes (now more
# shapes of rejection) ran past it: the 5th and 6th of D0609I, D0635H and D0639C were all
# real disputes (judged by reading; /work/dev/s14/s14qd). story_eval tuning stories.
MAX_DISPUTES = 6
# An earlier sentence of the dispute's own article makes its claim when it is at most
# this many sentences before it and shares a word of the claim. Set by hand on the
# tuning stories' disputes (session 11, /work/dev/s11/diverge-*.md); not benchmarked.
LOOK_BACK = 3
EARLIER_COVER = 0.5
# The sentence just before a rejection makes its claim, however worded, when it names
# every name of the claim and the claim has this many. Set by hand on the tuning
# stories' disputes (session 13, D0639C); not benchmarked.
CLAIM_NAMES = 2
# The report told after its rejection is credited to a report, so less of the claim will do.
REPORTED_COVER = 0.3
LOOK_AHEAD = 2
# A sentence of another article makes the rejected claim only when the two articles are
# at most this many days apart: a denial answers the news of its month (session 20,
# D0609I: a 1999 denial was paired with a 1997 plan; judged "not the same thing" by a
# fresh reviewer, /work/dev/s20/tuning/judged_QD.md). Not benchmarked.
MAX_CLAIM_DAYS = 31
# A sentence that makes a claim has this many words at least (not a quote's tail).
MIN_CLAIM_WORDS = 6
# A sentence sharing this share of an earlier dispute's stems reports it again; a claim
# is shown in at most this many words. Set by hand with the timeline rewrite (commit
# a6d0c1f, judged on the dev stories); not benchmarked.
SAME_DISPUTE_SHARE = 0.6
# An "of" clause with this many content words tells the claim ("accusations of speakers
# who called the plan an attempt to push religion"); fewer only name it. Set by hand on
# the fresh stories' disputes (session 11); not benchmarked.
OF_CLAUSE_WORDS = 4


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


# A rejection's fields as JSON (the compose cache, ``briefing.compose.features``).
_FIELD_TYPES = {"int": int, "str": str, "bool": bool}


def _encode_rejection(value: Rejection | None) -> list[Any] | None:
    return None if value is None else list(astuple(value))


def _decode_rejection(data: Any) -> Rejection | None:
    if data is None:
        return None
    names = fields(Rejection)
    if not (isinstance(data, list) and len(data) == len(names)) or any(
        type(x) is not _FIELD_TYPES[str(f.type)] for f, x in zip(names, data, strict=True)
    ):
        raise BadValue("a rejection")
    return Rejection(*data)


@by_text("rejection", _encode_rejection, _decode_rejection)
def rejection(text: str) -> Rejection | None:
    """The rejection a sentence states, if any (not a question, not negated)."""
    if text.rstrip().endswith("?"):
        return None
    told = _both_sides(text)
    if told is not None:
        return told
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m is None or NEGATED_BEFORE.search(text[: m.start()]):
            continue
        if pattern is NO_EVIDENCE_RE and CONDITION_BEFORE_RE.search(text[: m.start()]):
            continue  # "… fined even if there is no evidence that …": an argument, no rejection
        groups = m.groupdict()
        if groups.get("rest2") is not None:  # "denied that ...": the clause is the claim
            clause = _cut(groups["rest2"])
            alleged = AS_ALLEGED_RE.search(clause) if pattern is DOUBTED_CLAIM_RE else None
            if alleged:  # "questioned whether it was as costly as prosecutors allege": the
                # heading runs to whose claim it is
                shown = text[m.start() : m.start("rest2") + alleged.end()]
                return Rejection(m.start(), m.end(), clause, False, named=True, shown=shown)
            unsupported = pattern is NO_EVIDENCE_RE
            return Rejection(m.start(), m.end(), clause, False, bare=True, unsupported=unsupported)
        rest = groups.get("rest")
        if rest is None:  # the passive and the verdicts after their object point back
            return Rejection(m.start(), m.end(), "", True)
        clause = CLAIM_CLAUSE_RE.match(rest)
        if clause and clause.group(0).rstrip().endswith("that"):
            # Whose claim it is: "an AP report", "Washington's claim", "claims by the
            # Sudanese government", "fears voiced in the West" name the other side.
            whose = text[m.start() + 1 : m.start("rest") + clause.end()]
            named = bool(re.search(r"[A-Z]|['’]s\b", whose))
            return Rejection(m.start(), m.end(), _cut(rest[clause.end() :]), False, named=named)
        if clause:  # "allegations of fraud", "characterization of the governor": too
            # little to be the claim, which the article will have told before; "the
            # accusations of speakers who called his plan an attempt to …" tell it
            told = _cut(rest[clause.end() :])
            if _tells(told):
                return Rejection(m.start(), m.end(), told, False, named=True)
            # Whose claim it was names it too: "the column's portrayal of the mayor"
            # rejects what the article said the column told.
            return Rejection(m.start(), m.end(), f"{claim_owner(m.group(0))} {told}", True)
        # "denied the report.", "rejected such assertions, saying ...", "disputed test
        # results finding traces of ...": what is rejected was said before.
        before = before_claim_noun(m.group(0))
        if re.search(r"\bsuch\s+(?:[\w-]+\s+)?$", before, re.I):
            return None  # "such accusations": a kind of claim, told anywhere before
        verdict = re.match(r"\s*as\b", rest)  # "dismissed the criticism as unfounded"
        rest_words = "" if verdict or BACK_POINTING.search(before) else _cut(rest)
        if re.match(r"\s*(?:in|about|on)\b", rest_words) and _tells(rest_words):
            # "refuted stories in the local press about the closure of wards in …"
            return Rejection(m.start(), m.end(), rest_words, False, named=True)
        return Rejection(m.start(), m.end(), rest_words, True)
    return None


def _both_sides(text: str) -> Rejection | None:
    """A sentence that states both sides itself ("contrary to Heyndrickx's report",
    "estimates range from … 2 million to … 100 million", "half the WHO's estimate"):
    shown alone, from its start (the claim is told before the cue)."""
    m = CONTRARY_RE.search(text)
    if m and names_owner(m.group("owner")):
        return Rejection(m.start(), m.end(), "", False, named=True, shown=m.group(0))
    m = RANGE_RE.search(text)
    figures = list(FIGURE_TOKEN_RE.finditer(m.group("figures"))) if m else []
    if m and len(figures) >= 2:
        # The heading runs to the last figure and the word it counts.
        end = m.start("figures") + figures[-1].end()
        for _ in range(2):  # "100 million followers": past the scale word too
            word = re.match(r"\s+([\w'’-]+)", text[end:])
            if not word or word.group(1).lower() in FIGURE_STOP_WORDS:
                break
            end += word.end()
            if word.group(1).lower() not in _SCALE_WORDS:
                break
        return Rejection(m.start(), end, "", False, named=True, shown=text[m.start() : end])
    m = AGAINST_ESTIMATE_RE.search(text)
    if (
        m
        and names_owner(m.group("owner"))
        and ESTIMATING_RE.search(text[: m.start()])
        and FIGURE_TOKEN_RE.search(text)
    ):
        return Rejection(m.start(), m.end(), "", False, named=True, shown=text[: m.end()])
    return None


_NAME = re.compile(r"[A-Z][\w'’-]+")
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}
_PATTERNS = (
    DISPUTE_RE,
    VERDICT_FIRST_RE,
    VERDICT_AFTER_RE,
    PASSIVE_RE,
    PRONOUN_REJECTER_RE,
    CLAIM_FALSE_RE,
    DISAGREE_RE,
    INSIST_NOT_RE,
    MISREPORT_RE,
    IMPRESSION_RE,
    NO_EVIDENCE_RE,
    DOUBTED_CLAIM_RE,
)


def _tells(clause: str) -> bool:
    """Whether a clause after the claim noun has words enough to tell the claim."""
    return len(content(re.findall(r"[\w'’-]+", clause.lower()))) >= OF_CLAUSE_WORDS


def _cut(clause: str) -> str:
    """The claim clause up to where the disputing party's own words begin."""
    end = CLAIM_END_RE.search(clause)
    return clause[: end.start()] if end else clause


class _Coverage:
    """The corpus' sentences with what every search for a claim needs: content stems,
    inverse sentence frequencies, the rejection each states, positions and a stem index."""

    def __init__(self, corpus: Corpus) -> None:
        self.sentences = corpus.sentences()
        self.dates = [corpus.docs[s.doc].document.date for s in self.sentences]
        self.stems = [content(s.words) for s in self.sentences]
        sent_df: Counter[str] = Counter()
        for st in self.stems:
            sent_df.update(st)
        n = len(self.sentences)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in sent_df.items()}
        self.rejections = [rejection(s.text) for s in self.sentences]
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
        return bool(_speakers(self.sentences[other].text) & set(_NAME.findall(rejecter)))

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
        claim names ("that Continental is involved") and is not the rejecter's own."""
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
            NEGATION_RE.search(text) or _speakers(text) & rejecter or not names <= self.stems[other]
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
        are often its reasons)."""
        just_before = rej.points_back and not claim
        total = self.weight(claim)
        for back in range(1, (1 if just_before else LOOK_BACK) + 1):
            j = self.neighbour(at, -back)
            if j is None:
                return None
            other = self.sentences[j]
            if self.rejections[j] is not None or other.text.rstrip().endswith("?"):
                return None  # another rejection or a question: no claim of its own
            if len(other.words) < MIN_CLAIM_WORDS:
                continue
            if self.own_side(at, j) or not self.asserts(at, j) or not self.other_party(at, j):
                continue  # the rejecter's own reasons ("Frank said studies show …")
            if not self.names_subject(at, j):
                continue
            if just_before:
                return j
            if total and self.weight(claim & self.stems[j]) >= EARLIER_COVER * total:
                return j
            if back == 1 and self.names_all(rej.clause, j):
                return j
        return None

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
        for j, st in enumerate(self.stems):
            if self.sentences[j].source_id not in found and similar_sets(self.stems[at], st):
                found.add(self.sentences[j].source_id)
        return sorted(found)


def find_disputes(corpus: Corpus) -> list[Divergence]:
    """Sentences where a party disputes a report or claim, with who makes the claim."""
    cov = _Coverage(corpus)
    story = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
    found: list[tuple[float, int, Divergence]] = []
    seen: set[frozenset[str]] = set()
    for i, rej in enumerate(cov.rejections):
        if rej is None:
            continue
        claim = content(re.findall(r"[\w'’-]+", rej.clause.lower()))
        key = claim if len(claim) >= CLAIM_MIN_SHARED else cov.stems[i]
        if any(len(key & k) >= SAME_DISPUTE_SHARE * max(len(key), len(k)) for k in seen):
            continue  # the same dispute reported again
        maker = cov.claimant(i, claim)
        before = cov.sentences[i].text[: rej.start]
        told_before = False
        if (
            maker is None
            and rej.points_back
            and CLAIM_TOLD_BEFORE_RE.search(before)
            and not PRONOUN_REJECTER_RE.search(before)
        ):
            # "X suspected that …, but Y denied the charge": the sentence tells both sides
            rej, told_before = replace(rej, named=True), True
        elif maker is None and not EVIDENCE_SUBJECT_RE.search(before):
            maker = cov.earlier(i, claim, rej)
        if maker is None and claim and not (rej.unsupported or rej.bare):
            maker = cov.reported_after(
                i, claim
            )  # "disputed an AP report that …", not "denied that …"
        if maker is None and (rej.bare or not rej.named):
            # "denied the report" and nothing says which; "denied that he was worried"
            # and nobody said he was; "rejected the idea that …" nobody is said to hold
            continue
        about = cov.stems[i] | (cov.stems[maker] if maker is not None else frozenset())
        relevance = math.fsum(story.get(w, 0.0) for w in about) if story else MIN_RELEVANCE
        if relevance < MIN_RELEVANCE:
            continue
        sent = cov.sentences[i]
        claims = [Claim(sent.text, [sent.source_id])]
        if maker is not None:
            said = cov.sentences[maker]  # "He said …": named as the heading is
            claims.insert(0, Claim(named_claim(corpus.docs[said.doc], said), cov.telling(maker)))
        shown = shown_dispute(
            corpus.docs[sent.doc],
            sent,
            claims,
            Rejected(rej.start, rej.shown, told_before=told_before, unsupported=rej.unsupported),
        )
        if shown is None:
            continue
        seen.add(key)
        found.append((relevance + 2 * (maker is not None), i, shown))
    found.sort(key=lambda x: (-x[0], x[1]))
    return [d for _, _, d in found[:MAX_DISPUTES]]


def _speakers(text: str) -> set[str]:
    """Names a sentence is attributed to ("Frank said …", "…, said Frank")."""
    return {name for m in SPEAKER_RE.finditer(text) for name in m.groups() if name}
