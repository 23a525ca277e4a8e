"""Candidates: the sentences that raise a question (ask, demand, direct, refusal, uncertainty) and
how much each kind weighs. Whether a cue a sentence matches really raises a question is
``real_cues``'s; whether the question it gives is one a reader can use, ``usable``'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.memo import BadValue, by_text, decode_bool
from briefing.compose.questions.attribution import find_asker, transcript_speakers
from briefing.compose.questions.context import QuestionCandidate, QuestionContext
from briefing.compose.questions.phrasing import (
    clause_question,
    clean,
    cut_clause,
    direct_question,
    finish,
    gerund_to_base,
    wh_question,
)
from briefing.compose.questions.real_cues import (
    asks_for_real,
    cue_in_object_relative,
    cue_is_noun,
    debate_settled,
    demand_on_a_party,
    doubts_a_claim,
    reporting_only,
    told_as_history,
)
from briefing.compose.questions.usable import unusable
from briefing.lang.furniture import FORM_PROMPT_SCREENED
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.patterns import folded
from briefing.lang.questions import (
    ASK_RE,
    ASK_SCREENED,
    COMMIT_RE,
    COMMIT_SCREENED,
    CONCERN_MODAL_RE,
    CONCERN_RE,
    CONCERN_SCREENED,
    CONCERN_VOID_BEFORE_RE,
    DEBATE_RE,
    DEMAND_RE,
    DEMAND_SCREENED,
    DUCKED_SCREENED,
    HYPOTHETICAL_RE,
    INFINITIVE_RE,
    INTERVIEW_ASKED_RE,
    NOT_AWARE_RE,
    NOT_AWARE_SCREENED,
    OFFICIAL_RE,
    PENDING_DECISION_RE,
    PUZZLED_RE,
    QUOTED_QUESTION_RE,
    REFUSAL_RE,
    REFUSAL_SCREENED,
    SAY_REFUSED_RE,
    UNKNOWN_RE,
    URGE_RE,
    URGE_SCREENED,
    WH_RE,
    WH_SCREENED,
)
from briefing.lang.speech import SPEAKER_PREFIX_RE
from briefing.model import (
    AnalysedDocument,
    Sentence,
)
from briefing.parsed import tokens_at

# Set by hand on the sample (sources/); not benchmarked.
# How much each kind of evidence weighs: a reported question or demand over a hedge.
KIND_SCORE = {
    "demand": 3.0,
    "ask": 3.0,
    "direct": 2.2,
    "refusal": 2.0,
    "uncertainty": 1.6,
    "concern": 1.8,
    # An event the coverage expects: below every question someone raises.
    "expected": 1.4,
    # What an article says is not known ("the fate of X is unknown"): as uncertainty.
    "unknown": 1.6,
    # A decision still to be made ("the court will decide whether ..."): as uncertainty.
    "pending": 1.6,
}
# Candidates below this score are dropped. Set by hand on the sample (sources/); not benchmarked.
MIN_SCORE = 0.5
# A question ducked or refused within this many sentences after it is more pressing
# and weighs this much more.
# Set by hand on the sample (sources/); not benchmarked.
DUCKED_WINDOW = 3
DUCKED_BONUS = 1.0
# Raised by an official (a titled person, a committee): weighs more.
# Set by hand on the sample (sources/); not benchmarked.
OFFICIAL_BONUS = 0.5
# An ask, demand or direct question that nobody can be said to raise: weighs less.
# Set by hand on the sample (sources/); not benchmarked.
UNATTRIBUTED_PENALTY = 1.0


# --------------------------------------------------------------------------- candidates


def document_candidates(ctx: QuestionContext, adoc: AnalysedDocument) -> list[QuestionCandidate]:
    out: list[QuestionCandidate] = []
    speaker_by_para = transcript_speakers(adoc)
    # The article's main body, asked only of a sentence that needs it: what a candidate
    # reads of the story is noted (``kept_candidates``), and the fewer reads, the more
    # often a later build's story answers them alike.
    doc_org = functools.cache(lambda: ctx.main_org_of(adoc))
    previous: list[QuestionCandidate] = []
    prompts, ducked = question_cues(adoc)
    for i, sent in enumerate(adoc.sentences):
        if len(sent.words) < 4 or sent.index in prompts:
            continue
        speaker = speaker_by_para.get(sent.paragraph)
        found = _sentence_candidates(ctx, adoc, sent, speaker, doc_org)
        # A non-answer right after a question makes that question more pressing.
        if sent.index in ducked:
            for p in previous:
                if sent.index - p.sentence.index <= DUCKED_WINDOW:
                    p.score += DUCKED_BONUS
        out.extend(found)
        previous = [c for c in out if c.sentence.index >= i - DUCKED_WINDOW]
    return out


def _encode_cues(value: tuple[frozenset[int], frozenset[int]]) -> list[list[int]]:
    return [encode_indices(value[0]), encode_indices(value[1])]


def _decode_cues(data: Any) -> tuple[frozenset[int], frozenset[int]]:
    if not (isinstance(data, list) and len(data) == 2):
        raise BadValue("two lists of sentence indices")
    return decode_indices(data[0]), decode_indices(data[1])


def _cues_fit(value: tuple[frozenset[int], frozenset[int]], text: str, sentences: int) -> bool:
    return indices_fit(value[0], text, sentences) and indices_fit(value[1], text, sentences)


@by_article("question_cues", _encode_cues, _decode_cues, _cues_fit)
def question_cues(adoc: AnalysedDocument) -> tuple[frozenset[int], frozenset[int]]:
    """The indices of the article's sentences that are a form's prompt ("Enter your
    email"), and of those that duck a question or refuse an answer: questions of each
    sentence's text alone, so remembered across builds (a second run asked them of every
    sentence of the story again: about 0.13 CPU s per 200 articles)."""
    prompts = frozenset(s.index for s in adoc.sentences if FORM_PROMPT_SCREENED.search(s.text))
    ducked = frozenset(
        s.index
        for s in adoc.sentences
        if DUCKED_SCREENED.search(s.text) or REFUSAL_SCREENED.search(s.text)
    )
    return prompts, ducked


def _sentence_candidates(
    ctx: QuestionContext,
    adoc: AnalysedDocument,
    sent: Sentence,
    speaker: str | None,
    doc_org: Callable[[], str | None],
) -> list[QuestionCandidate]:
    ctx.where = (adoc, sent)
    if not _may_ask(sent.text, bool(speaker)):
        return []
    text = clean(sent.text)
    if speaker:
        text = SPEAKER_PREFIX_RE.sub("", text)
    cue = (
        ASK_RE.search(sent.text)
        or WH_RE.search(sent.text)
        or DEMAND_RE.search(sent.text)
        or URGE_RE.search(sent.text)
        or CONCERN_RE.search(sent.text)
    )
    asker = (
        ctx.person(speaker)
        if speaker
        else find_asker(ctx, adoc, sent, cue.start() if cue else None)
    )
    out: list[QuestionCandidate] = []

    def add(question: str | None, kind: str, raised_by: str | None = None) -> None:
        if not question:
            return
        if kind in ("refusal", "pending"):  # who declines or decides did not raise it
            raised_by = None
        score = KIND_SCORE[kind] + (
            OFFICIAL_BONUS if raised_by and OFFICIAL_RE.search(raised_by) else 0.0
        )
        if kind in ("ask", "demand", "direct") and not raised_by:
            score -= UNATTRIBUTED_PENALTY
        if unusable(ctx, adoc, sent, question):
            return
        out.append(
            QuestionCandidate(question, sent.text, sent, kind, raised_by, score, [sent.source_id])
        )

    # Direct questions: a turn of a transcript, or a quote reported as asked ("asked if
    # “our info resides in China?”"). Other quoted questions are too often rhetorical
    # ("Who could have dreamed of such a night?") to stand as open questions.
    for quoted in QUOTED_QUESTION_RE.finditer(text):
        asked = bool(re.search(r"\b(?:ask|wonder|question)\w*\b", text[: quoted.start()]))
        if not (speaker or asked):
            continue
        q = direct_question(ctx, quoted.group("q"), addressee=doc_org(), speaker=asker, asked=asked)
        add(q, "direct", asker)
    if not out and speaker and text.rstrip().endswith("?") and not ASK_RE.search(text):
        q = direct_question(ctx, text, addressee=doc_org(), speaker=asker, speaker_is_turn=True)
        add(q, "direct", asker)
    if out:
        return out
    if INTERVIEW_ASKED_RE.match(text):
        return out  # "Asked whether ..., he replied ...": answered where it is asked
    if cue_in_object_relative(adoc, sent):
        return out  # "treatment that Case had asked the department to require of X"
    cue = ASK_RE.search(text) or WH_RE.search(text) or DEMAND_RE.search(text)
    cue = cue or URGE_RE.search(text) or CONCERN_RE.search(text)
    if cue and not asks_for_real(text, cue):
        return out
    if cue and told_as_history(adoc, text[: cue.start()]):
        return out

    if (m := ASK_RE.search(text)) and HYPOTHETICAL_RE.search(text[: m.start("clause")]):
        return out  # "asked what would happen if ...": a hypothetical, no question of fact
    if m:
        said = text[m.start() : m.start("wh")]
        debate = bool(DEBATE_RE.match(said))  # "the debate over whether ...": no one asks
        if debate and debate_settled(text[: m.start()]):
            return out
        asker = None if debate else asker
        kind = "uncertainty" if debate or UNKNOWN_RE.search(said) else "ask"
        kind = "refusal" if SAY_REFUSED_RE.match(said) else kind
        # A decision still to be made: what it will decide is open, and the one who
        # decides did not raise it (as with a refusal).
        kind = "pending" if PENDING_DECISION_RE.match(said) else kind
        clause = m.group("clause")
        if kind == "pending":  # "a decision on whether X could come ...": X alone
            clause = _whether_clause(adoc, sent) or clause
        question = clause_question(ctx, clause, backshift=True)
        if question and doubts_a_claim(text[m.start() :], question):
            return out  # "questions whether the river is shrinking": a dispute
        add(question, kind, asker)
    elif m := WH_RE.search(text):
        kind = "refusal" if REFUSAL_RE.search(text[: m.start("wh")]) else "ask"
        if PUZZLED_RE.match(text[m.start() :]):
            kind = "ask"  # "could not understand why ...": the puzzled ask, refusing nothing
        if UNKNOWN_RE.search(text[m.start() : m.start("wh")]):
            kind = "uncertainty"
        if DEBATE_RE.match(text[m.start() : m.start("wh")]):
            kind, asker = "uncertainty", None  # "experts disagree on how ...": no one asks
        add(wh_question(ctx, m.group("wh"), m.group("clause")), kind, asker)
    elif m := DEMAND_RE.search(text):
        clause = m.group("clause")
        if cue_is_noun(adoc, sent, DEMAND_RE) and not (
            INFINITIVE_RE.match(clause) or re.match(r"that\s", text[m.start() :].split(None, 1)[-1])
        ):
            return out  # "where calls for the mayor's exit are mocked": no demand made
        if demand_on_a_party(m.group("clause")):
            q = clause_question(ctx, m.group("clause"), backshift=True, subjunctive=True)
            add(q, "demand", asker)
    elif (m := URGE_RE.search(text)) and not reporting_only(m.group(0)):
        clause = f"{_without_dates(m.group('obj'))} to {m.group('vp')}"
        if demand_on_a_party(clause):
            add(clause_question(ctx, clause, backshift=True, subjunctive=True), "demand", asker)
    elif REFUSAL_RE.search(text) and (m := COMMIT_RE.search(text)):
        subject = (
            ctx.it_stands_for(adoc, sent)
            or doc_org()
            or (ctx.person(speaker) if speaker else "they")
        )
        rest = cut_clause(m.group("rest"))
        # "can't commit to making that public": the object is the question just asked.
        if not re.match(r"^\s*(?:that|this|it|those|these)\b", rest, re.IGNORECASE):
            vp = f"{gerund_to_base(ctx, m.group('gerund'))}{rest}"
            add(finish(f"will {subject} {vp}"), "refusal", None)
    elif m := NOT_AWARE_RE.search(text):
        np = cut_clause(m.group("np"))
        # "any household uses for X": the verb agrees with the noun before the preposition.
        head = re.split(r"\s+(?:of|for|on|in|by|from|to|with|that|which)\s+", np)[0].split()[-1]
        have = "have" if head.endswith("s") and not head.endswith("ss") else "has"
        add(finish(f"{have} there been {np}"), "uncertainty", None)
    elif (m := CONCERN_RE.search(text)) and not CONCERN_VOID_BEFORE_RE.search(text[: m.start()]):
        add(_concern_question(ctx, m.group("clause")), "concern", asker)
    return out


def _whether_clause(adoc: AnalysedDocument, sent: Sentence) -> str | None:
    """The whether-clause as far as its verb's words reach in the parse ("a decision on
    whether the board should act could come soon" -> "the board should act"): after a
    noun the sentence's own verb follows the clause. None without a parse."""
    m = ASK_RE.search(sent.text)
    if m is None:
        return None
    at = sent.start + m.start("wh")
    span = tokens_at(adoc.parse, at, at + 1)
    if span is None or adoc.parse is None:
        return None
    verb = span[0].head
    if verb.i <= span[0].i:
        return None  # "whether" does not open a clause of its own verb here
    last = verb.right_edge  # the subtree's last token, read without walking it
    stop = last.idx + len(last.text) - sent.start
    return sent.text[m.start("clause") : stop] or None


def _concern_question(ctx: QuestionContext, clause: str) -> str | None:
    """ "officials are worried that the strikers will join forces with farmers" asks
    "Will the strikers join forces with farmers?": whatever the modal ("might",
    "could"), a worry asks whether it will happen. None when the clause's own verb is
    not the modal (the modal sits in an aside: "that the law, which may pass, is ...")."""
    question = clause_question(ctx, clause, backshift=True)
    if question is None or not CONCERN_MODAL_RE.match(question):
        return None
    if _act_as_subject(ctx, clause):
        return None  # "that ruling for the growers could lead to ...": if it is done
    return CONCERN_MODAL_RE.sub("Will ", question, count=1)


def _act_as_subject(ctx: QuestionContext, clause: str) -> bool:
    """Whether the worry's clause opens with an act as its subject ("ruling for the
    growers could lead to ...", "opening the trail might ..."): what is feared follows
    from an act that may never be done, so asking whether it will happen makes a
    hypothetical a question of fact."""
    parsed = ctx.parse(clause)
    first = next((t for t in parsed if not t.is_space), None) if parsed is not None else None
    return first is not None and first.tag_ == "VBG" and first.dep_ in ("csubj", "nsubj")


@by_text("may_ask", decode=decode_bool)
def _may_ask(whole: str, turn: bool) -> bool:
    """Whether a sentence (``turn``: a transcript speaker's) can give a question at all:
    every question ``_sentence_candidates`` makes starts from one of these matches on its
    cleaned text, so without any there is none, whatever the story (remembered per text,
    also across builds: most sentences ask nothing)."""
    text = clean(whole)
    if turn:
        text = SPEAKER_PREFIX_RE.sub("", text)
    lowered = folded(text)  # once for the case-insensitive screens
    return bool(
        (
            "?" in text
            and (QUOTED_QUESTION_RE.search(text) or (turn and text.rstrip().endswith("?")))
        )
        or ASK_SCREENED.search(text, lowered)
        or WH_SCREENED.search(text, lowered)
        or DEMAND_SCREENED.search(text)
        or URGE_SCREENED.search(text)
        or COMMIT_SCREENED.search(text, lowered)
        or NOT_AWARE_SCREENED.search(text, lowered)
        or CONCERN_SCREENED.search(text, lowered)
    )


def _without_dates(name: str) -> str:
    """'Norway Sunday' -> 'Norway': the day of the call is not part of whom it is on."""
    words_ = name.split()
    while len(words_) > 1 and words_[-1].lower().rstrip(".") in CALENDAR_WORDS:
        words_.pop()
    return " ".join(words_)
