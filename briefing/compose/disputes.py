"""Attributed disputes: one party says another's report or claim is wrong.

"Brandt disputed a wire report that inspectors were preparing to say the skipper rammed
the pier", "the commission denied the fraud allegations", "Okafor called the claim
“pure fiction”": the sentence states a disagreement itself, so it is shown as one,
next to the sentence that makes the rejected claim, so a reader sees both sides and who
takes each. The claim is found in one of two ways:

* the rejection says what it rejects ("denied that any strike had been called", "the
  report that investigators are convinced …"): a sentence of any article that carries
  most of that clause's rare words makes the claim, else an earlier sentence of the same
  article that shares its words, or the one just before it when that one tells a party
  accusing another ("accused the mayor of …" before "denied any political motive");
* the rejection only points back ("denied the report", "dispute that theory", "such
  assertions"): the claim is the sentence just before it in its article (before a
  quote's uncredited tail, the sentence the quote opens in; before a quote opening with
  a pronoun and credited to "he", '"They set up a zone of fraud," he said.', the sentence
  naming who says it; before an "Any other …" line, the sentence whose count it finishes).

Two rejections of one claim sentence are one dispute, shown once.

A rejection with no claim to show is dropped, unless its sentence tells both sides itself
("estimates range from the government's 2 million to the group's 100 million") or a
named party denies what it says and whose claim that is ("refuted reports in the Western
press about …", "questioned whether it was as costly as prosecutors allege"). A denial
that names no holder of what it denies ("the Harbour Board denied that the tariff was
aimed at the ferry crews", "rejected the idea that …") is dropped when no sentence of any
article makes the claim: a reader cannot tell who disagrees with whom (issue 11, session
45: such items were judged borderline on the check stories); so is "he denied", "many
skippers doubted whether", "denied that he was worried". One a
stranger could not read as is (a heading opening with "That idea", a "denied the report"
that says nothing else, a "no evidence that …") is dropped too (``dispute_gate``). Only
sentences about the story count (enough of the words most of its articles use; half as
many for one sentence that tells both sides itself), and a
dispute verb needs a claim as its object ("denied a request", "was denied entry" are no
dispute).
"""

from __future__ import annotations

import math
import re
from dataclasses import astuple, fields, replace
from typing import Any

from briefing.compose.claim_search import (
    CLAIM_MIN_SHARED,
    ClaimSearch,
    Rejection,
    content,
)
from briefing.compose.dispute_gate import (
    Rejected,
    named_claim,
    opens_with_pointer,
    shown_dispute,
)
from briefing.compose.dispute_topics import before_claim_noun, claim_owner, names_owner
from briefing.compose.memo import BadValue, by_text
from briefing.compose.near_duplicates import similar_sets
from briefing.compose.positions import party_of
from briefing.compose.story_vocabulary import story_weights
from briefing.lang.both_sides import ESTIMATING_RE, FIGURE_TOKEN_RE, rival_figures
from briefing.lang.disputes import (
    AS_ALLEGED_RE,
    BACK_POINTING,
    BARE_REJECTION_RE,
    CLAIM_CLAUSE_RE,
    CLAIM_END_RE,
    CLAIM_TOLD_BEFORE_RE,
    CONDITION_BEFORE_RE,
    DOUBTED_CLAIM_RE,
    EVIDENCE_SUBJECT_RE,
    EXISTENCE_RE,
    HEDGED_BEFORE_RE,
    NEGATED_BEFORE,
    NO_EVIDENCE_RE,
    OWN_STATE_RE,
    OWN_SUBJECT_RE,
    PRONOUN_REJECTER_RE,
    TRAILING_RELATIVE_RE,
    claims_evidence,
    doubted_claim,
)
from briefing.lang.patterns import folded
from briefing.lang.rejection_cues import (
    AGAINST_ESTIMATE_SCREENED,
    CONTRARY_SCREENED,
    COUNTER_POSITION_SCREENED,
    RANGE_SCREENED,
    REJECTION_SCREENS,
    RIVAL_FIGURES_SCREENED,
)
from briefing.lang.stopwords import FIGURE_STOP_WORDS
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Token, tokens_at

# A dispute must be about the story: story words (stems in this share of the articles)
# it carries, weighted by that share. story_eval dev stories.
STORY_DF = 0.2
MIN_RELEVANCE = 1.5
MIN_STORY_DOCS = 5
# A dispute one sentence tells whole ("A witness disputed Pell's claim that the wardens
# had no boats") has only that sentence's story words, where a dispute shown with its claim
# sentence has two sentences': it needs this share of the bar. Half: D0607G's 1989
# crackdown dispute (a gold disagreement, 0.8 of story weight) is the only dev dispute
# it adds (20 stories, session 33; judged good).
ONE_SENTENCE_SHARE = 0.5
# Disputes shown at most. 4 until session 14, when the tuning stories' disputes (now more
# shapes of rejection) ran past it: the 5th and 6th of D0609I, D0635H and D0639C were all
# real disputes (judged by reading; session 14's notes). story_eval tuning stories.
MAX_DISPUTES = 6
# A dispute whose two sides are told by two sources ranks by this much over one whose
# sides one source tells: D0609I's denial, told twice, shows with the other source's
# claim (session 27). Not benchmarked.
ACROSS_SOURCES = 1.0
# A sentence sharing this share of an earlier dispute's stems reports it again; a claim
# is shown in at most this many words. Set by hand with the timeline rewrite (commit
# a6d0c1f, judged on the dev stories); not benchmarked.
SAME_DISPUTE_SHARE = 0.6
# An "of" clause with this many content words tells the claim ("accusations of speakers
# who called the plan an attempt to push religion"); fewer only name it. Set by hand on
# the fresh stories' disputes (session 11); not benchmarked.
OF_CLAUSE_WORDS = 4
# A denial whose claim no sentence is found making ("the ministry denied reports in the
# local press that the strike was aimed at the port unions") is shown alone when it
# names its party and whose claim it denies, and its clause tells this many content
# stems at least, as a claim search needs (``CLAIM_MIN_SHARED``).
LONE_CLAIM_WORDS = CLAIM_MIN_SHARED
# How many verbs up a lone denial's party is sought ("continued to deny": the subject of
# "continued"). By hand.
_SUBJECT_REACH = 2


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


def _rejection_fits(value: Rejection | None, text: str) -> bool:
    """A stored rejection within its sentence, its heading the sentence's own words and
    its claim in words the sentence writes (a tampered entry must not put words in a
    dispute heading)."""
    if value is None:
        return True
    written = set(re.findall(r"\w+", text.lower()))
    return (
        0 <= value.start <= value.end <= len(text)
        and value.shown in text
        and set(re.findall(r"\w+", value.clause.lower())) <= written
    )


def _bare_rejection(text: str, rej: Rejection) -> bool:
    """Whether the rejection found in ``text`` is a bare one ("Hale denied it.",
    ``BARE_REJECTION_RE``): its object says nothing of what is rejected."""
    m = BARE_REJECTION_RE.search(text)
    return m is not None and (m.start(), m.end()) == (rej.start, rej.end)


@by_text("rejection", _encode_rejection, _decode_rejection, _rejection_fits)
def rejection(text: str) -> Rejection | None:
    """The rejection a sentence states, if any (not a question, not negated)."""
    if text.rstrip().endswith("?"):
        return None
    lowered = folded(text)  # once, for every screen (``lang.rejection_cues``)
    told = _both_sides(text, lowered)
    if told is not None:
        return told
    for screen in REJECTION_SCREENS:
        if not screen.holds_cue(text, lowered):
            continue  # the pattern cannot match
        pattern = screen.pattern
        m = doubted_claim(text) if pattern is DOUBTED_CLAIM_RE else pattern.search(text)
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
            told = _cut(rest[clause.end() :])
            return Rejection(m.start(), m.end(), told, False, named=named, told=named)
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


def _both_sides(text: str, lowered: str) -> Rejection | None:
    """A sentence that states both sides itself ("contrary to Verhaege's report",
    "estimates range from … 2 million to … 100 million", "half the WHO's estimate"):
    shown alone, from its start (the claim is told before the cue). ``lowered``: the
    ``folded`` text."""
    m = CONTRARY_SCREENED.search(text, lowered)
    if m and names_owner(m.group("owner")):
        return Rejection(m.start(), m.end(), "", False, named=True, shown=m.group(0))
    m = RANGE_SCREENED.search(text, lowered)
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
    m = RIVAL_FIGURES_SCREENED.search(text, lowered)
    if m and rival_figures(m):  # "A says it costs $3 million, while B put the figure at $9 million"
        return Rejection(m.start(), len(text), "", False, named=True, shown=text.strip())
    m = COUNTER_POSITION_SCREENED.search(text, lowered)
    if m and _other_party(m.group("first"), m.group("second")):
        # "While state officials worry that …, the tribes insist …": two parties'
        # positions, the whole sentence the heading
        return Rejection(m.start(), len(text), "", False, named=True, shown=text.strip())
    m = AGAINST_ESTIMATE_SCREENED.search(text, lowered)
    if (
        m
        and names_owner(m.group("owner"))
        and ESTIMATING_RE.search(text[: m.start()])
        and FIGURE_TOKEN_RE.search(text)
    ):
        return Rejection(m.start(), m.end(), "", False, named=True, shown=text[: m.end()])
    return None


_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}


def _other_party(first: str, second: str) -> bool:
    """Whether two positions' holders are two parties: no word of one's name in the
    other's ("the ferry crews" / "the crews" are one side)."""
    holders = [content(re.findall(r"[\w'’-]+", who.lower())) for who in (first, second)]
    return not holders[0] & holders[1]


def _tells(clause: str) -> bool:
    """Whether a clause after the claim noun has words enough to tell the claim."""
    return len(content(re.findall(r"[\w'’-]+", clause.lower()))) >= OF_CLAUSE_WORDS


def _cut(clause: str) -> str:
    """The claim clause up to where the disputing party's own words begin."""
    end = CLAIM_END_RE.search(clause)
    return clause[: end.start()] if end else clause


def _accused_self(text: str, rej: Rejection) -> str | None:
    """The party a "no proof that it …" rejection is about when that is the sentence's
    own subject ("Veldia issued a statement, saying there was no proof that its tanker
    caused the spill": "Veldia"): a party's denial of its own part, not a lack of proof, when
    the claim names that party too; else None."""
    if not rej.unsupported:
        return None
    subject = OWN_SUBJECT_RE.match(text[: rej.start])
    pronoun = re.match(r"\s*(?:it|they)\b", rej.clause, re.I)
    if subject is None or pronoun is None:
        return None
    return subject.group("name")


def _lone(rej: Rejection, claim: frozenset[str], before: str) -> bool:
    """Whether a rejection no claim sentence is found for is shown alone: it says whose
    claim it rejects ("refuted reports in the Western press about …", "as prosecutors
    allege"; not "denied that …", "rejected the idea that …": a reader cannot tell who
    holds what is denied) and what it rejects (a clause of ``LONE_CLAIM_WORDS`` stems,
    not a pointer back, not "no evidence that …"), made by a named party (no "he
    denied", "those who deny") and made already (not "would deny"), of no state of mind
    ("denied that he was worried")."""
    return (
        rej.named
        and not (rej.unsupported or rej.points_back)
        # a sentence telling both sides shows them already, unless it only names the
        # other ("questioned whether it was as costly as prosecutors allege")
        and not (rej.shown and not AS_ALLEGED_RE.search(rej.shown))
        and len(claim) >= LONE_CLAIM_WORDS
        and not OWN_STATE_RE.match(rej.clause)
        and not HEDGED_BEFORE_RE.search(before)
        # "His lawyer …" is named when the heading is ("[Smith's] lawyer"), "He …" never
        and not (opens_with_pointer(before) and not re.match(r"(?:His|Her)\s", before))
        and not PRONOUN_REJECTER_RE.search(before)
        and not re.search(r"\b(?:who|which)\s+(?:\w+\s+)?$", before, re.I)
    )


def _rejecter(adoc: AnalysedDocument, sent: Sentence, start: int) -> str | None:
    """The subject of the rejecting verb at ``start`` of ``sent`` when it is a named
    party (``positions.party_of``: "the Guild denied", "Xi'an officials denied"; not
    "they denied", "many skeptics questioned"): its name's head ("Guild"), "" when
    it is no name ("officials"); else None."""
    span = tokens_at(adoc.parse, sent.start + start, sent.end)
    verb: Token | None = span[0] if span is not None else None
    for _ in range(_SUBJECT_REACH):  # "continue to deny", "denied … and rejected …"
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if party_of(subject, None) is None:
                return None
            return subject.text if subject.pos_ == "PROPN" else ""
        verb = verb.head if verb.dep_ in ("xcomp", "conj") else None
    return None


def _same_dispute(cov: ClaimSearch, lone: int, shown: int, who: str | None) -> bool:
    """Whether the lone denial of sentence ``lone`` (its party's name ``who``) goes on
    with the dispute of rejecting sentence ``shown``: the same party rejects there ("Jim
    Hall disputed …" and "Hall blasted as wrong …"), or it is the next or the last
    sentence of the same article ("The Guild denies it recruited Vesey. Its president
    dismissed the idea that …")."""
    a, b = cov.sentences[lone], cov.sentences[shown]
    if who and re.search(rf"\b{re.escape(who)}\b", b.text):
        return True
    return a.doc == b.doc and abs(a.index - b.index) == 1


def find_disputes(corpus: Corpus) -> list[Divergence]:
    """Sentences where a party disputes a report or claim, with who makes the claim."""
    cov = ClaimSearch(corpus, rejection)
    story = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
    found: list[tuple[float, int, frozenset[str], int | None, str | None, Divergence]] = []
    for i, rej in enumerate(cov.rejections):
        if rej is None:
            continue
        # "denied that any arrests had taken place" rejects the arrests
        told = EXISTENCE_RE.sub(" ", rej.clause)
        # "deny they recruited Vesey, who ran for the council in 1987": the closing clause
        # says who he is, not what is denied
        told = TRAILING_RELATIVE_RE.sub("", told)
        accused = _accused_self(cov.sentences[i].text, rej)
        if accused is not None:  # "Veldia said there was no proof that it was involved"
            told = f"{accused} {told}"
        claim = content(re.findall(r"[\w'’-]+", told.lower()))
        key = claim if len(claim) >= CLAIM_MIN_SHARED else cov.stems[i]
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
        if (
            maker is None
            and rej.told
            and len(claim) >= CLAIM_MIN_SHARED
            and not HEDGED_BEFORE_RE.search(before)
        ):
            # "A witness disputed Pell's claim that the wardens had no boats": whose claim
            # and what it says, so both sides are told; no other sentence tells them.
            # Shown alone, it must say who rejects: "He also dismissed fears voiced in the
            # West that …" only when the one person the sentences before it are about
            # names its "He" (``dispute_gate``: "[Varga] also dismissed …"), else dropped.
            told_before = True
        if rej.shown and rej.shown == cov.sentences[i].text.strip():
            told_before = True  # two parties' positions: the whole sentence heads it
        if accused is not None and maker is not None and accused in cov.sentences[maker].text:
            # a party saying nothing proves its own part denies it: the other side is
            # the claim that it took part, not a lack of proof leaving it standing
            rej = replace(rej, unsupported=False)
        if rej.unsupported and maker is not None and claims_evidence(cov.sentences[maker].text):
            # "found significant evidence that the pier was rammed" against "had no
            # evidence that it was rammed": two readings of the proof, not a claim left
            # standing by a lack of it
            rej = replace(rej, unsupported=False)
        who = (
            _rejecter(corpus.docs[cov.sentences[i].doc], cov.sentences[i], rej.start)
            if maker is None and not told_before and _lone(rej, claim, before)
            else None
        )
        lone = who is not None
        if maker is None and (rej.bare or not rej.named) and not lone:
            # "denied the report" and nothing says which; "denied that he was worried"
            # and nobody said he was; "rejected the idea that …" nobody is said to hold
            continue
        about = cov.stems[i] | (cov.stems[maker] if maker is not None else frozenset())
        relevance = math.fsum(story.get(w, 0.0) for w in about) if story else MIN_RELEVANCE
        if relevance < MIN_RELEVANCE * (1.0 if maker is not None else ONE_SENTENCE_SHARE):
            continue
        sent = cov.sentences[i]
        # Shown alone, it is named as its heading is ("[Varga] also dismissed fears …"):
        # a bullet opening with "He" leans on a sentence the reader does not have.
        alone = named_claim(corpus.docs[sent.doc], sent) if maker is None else sent.text
        claims = [Claim(alone, [sent.source_id])]
        if maker is not None:
            said = cov.sentences[maker]  # "He said …": named as the heading is
            claims.insert(0, Claim(named_claim(corpus.docs[said.doc], said), cov.telling(maker)))
        shown = shown_dispute(
            corpus.docs[sent.doc],
            sent,
            claims,
            Rejected(
                rej.start,
                rej.shown,
                told_before=told_before,
                unsupported=rej.unsupported,
                lone=lone,
                bare_object=_bare_rejection(sent.text, rej),
            ),
        )
        if shown is None:
            continue
        # Two sources' sides rank before one source's telling of both, as they read alike.
        across = maker is not None and cov.sentences[maker].source_id != sent.source_id
        score = relevance + 2 * (maker is not None) + ACROSS_SOURCES * across
        found.append((score, i, key, maker, who, shown))
    found.sort(key=lambda x: (-x[0], x[1]))
    kept: list[tuple[int, frozenset[str], int | None, Divergence]] = []
    for _, i, key, maker, who, shown in found:
        lone = who is not None
        if lone and any(_same_dispute(cov, i, j, who) for j, *_ in kept):
            continue
        if not any(
            len(key & k) >= SAME_DISPUTE_SHARE * max(len(key), len(k))
            or similar_sets(cov.stems[i], cov.stems[j])
            or (maker is not None and maker == m)
            for j, k, m, _ in kept
        ):  # not the same dispute reported again, in other words or a wire copy, nor
            # another rejection of the same claim sentence
            kept.append((i, key, maker, shown))
    return [d for _, _, _, d in kept[:MAX_DISPUTES]]
