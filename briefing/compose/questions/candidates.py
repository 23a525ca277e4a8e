"""Candidates: the sentences that raise a question (ask, demand, direct, refusal, uncertainty) and
how much each kind weighs.
"""

from __future__ import annotations

import re

from briefing.compose.questions.attribution import (
    antecedent,
    doc_main_org,
    find_asker,
    transcript_speakers,
)
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
from briefing.lang.furniture import FORM_PROMPT_RE
from briefing.lang.questions import (
    ASK_RE,
    COMMIT_RE,
    DEMAND_RE,
    DUCKED_RE,
    HYPOTHETICAL_RE,
    NOT_AWARE_RE,
    OFFICIAL_RE,
    QUOTED_QUESTION_RE,
    REFUSAL_RE,
    URGE_RE,
    WH_RE,
)
from briefing.lang.speech import SPEAKER_PREFIX_RE
from briefing.model import (
    AnalysedDocument,
    Sentence,
)

# Set by hand on the sample (sources/); not benchmarked.
# How much each kind of evidence weighs: a reported question or demand over a hedge.
KIND_SCORE = {
    "demand": 3.0,
    "ask": 3.0,
    "direct": 2.2,
    "refusal": 2.0,
    "uncertainty": 1.6,
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
# An ask, demand or direct question that nobody can be said to raise, or one still tied
# to its conversation ("I", "you"): weighs less.
# Set by hand on the sample (sources/); not benchmarked.
UNATTRIBUTED_PENALTY = 1.0
CONVERSATION_PENALTY = 1.0


# --------------------------------------------------------------------------- candidates


def document_candidates(ctx: QuestionContext, adoc: AnalysedDocument) -> list[QuestionCandidate]:
    out: list[QuestionCandidate] = []
    speaker_by_para = transcript_speakers(adoc)
    doc_org = doc_main_org(ctx, adoc) or ctx.main_org
    previous: list[QuestionCandidate] = []
    for i, sent in enumerate(adoc.sentences):
        if len(sent.words) < 4 or FORM_PROMPT_RE.search(sent.text):
            continue
        speaker = speaker_by_para.get(sent.paragraph)
        found = _sentence_candidates(ctx, adoc, sent, speaker, doc_org)
        # A non-answer right after a question makes that question more pressing.
        if DUCKED_RE.search(sent.text) or REFUSAL_RE.search(sent.text):
            for p in previous:
                if sent.index - p.sentence.index <= DUCKED_WINDOW:
                    p.score += DUCKED_BONUS
        out.extend(found)
        previous = [c for c in out if c.sentence.index >= i - DUCKED_WINDOW]
    return out


def _sentence_candidates(
    ctx: QuestionContext,
    adoc: AnalysedDocument,
    sent: Sentence,
    speaker: str | None,
    doc_org: str | None,
) -> list[QuestionCandidate]:
    ctx.where = (adoc, sent)
    text = clean(sent.text)
    if speaker:
        text = SPEAKER_PREFIX_RE.sub("", text)
    cue = ASK_RE.search(sent.text) or DEMAND_RE.search(sent.text) or URGE_RE.search(sent.text)
    asker = (
        ctx.person(speaker)
        if speaker
        else find_asker(ctx, adoc, sent, cue.start() if cue else None)
    )
    hint = antecedent(ctx, adoc, sent) or doc_org
    out: list[QuestionCandidate] = []

    def add(question: str | None, kind: str, raised_by: str | None = None) -> None:
        if not question:
            return
        if kind == "refusal":  # the one who declines to answer did not raise the question
            raised_by = None
        score = KIND_SCORE[kind] + (
            OFFICIAL_BONUS if raised_by and OFFICIAL_RE.search(raised_by) else 0.0
        )
        if kind in ("ask", "demand", "direct") and not raised_by:
            score -= UNATTRIBUTED_PENALTY
        if question and re.search(r"\b(?:I|me|my|you|your)\b", question):
            score -= CONVERSATION_PENALTY  # still tied to the conversation it was asked in
        if re.match(r"^\w+\s+(?:they|it|he|she|this|these|those)\b", question, re.I):
            return  # "Do they really help?": a reader cannot act on an unnamed subject
        out.append(
            QuestionCandidate(question, sent.text, sent, kind, raised_by, score, [sent.source_id])
        )

    # Direct questions: a turn of a transcript, or a quote reported as asked ("asked if
    # “our info resides in China?”"). Other quoted questions are too often rhetorical
    # ("What are the limits of what is possible?") to stand as open questions.
    for quoted in QUOTED_QUESTION_RE.finditer(text):
        asked = bool(re.search(r"\b(?:ask|wonder|question)\w*\b", text[: quoted.start()]))
        if not (speaker or asked):
            continue
        q = direct_question(ctx, quoted.group("q"), addressee=doc_org, speaker=asker, asked=asked)
        add(q, "direct", asker)
    if not out and speaker and text.rstrip().endswith("?") and not ASK_RE.search(text):
        q = direct_question(ctx, text, addressee=doc_org, speaker=asker, speaker_is_turn=True)
        add(q, "direct", asker)
    if out:
        return out

    if (m := ASK_RE.search(text)) and HYPOTHETICAL_RE.search(text[: m.start("clause")]):
        return out  # "asked what would happen if ...": a hypothetical, no question of fact
    if m:
        kind = "uncertainty" if re.search(r"unclear|unknown|uncertain|seen", m.group(0)) else "ask"
        add(clause_question(ctx, m.group("clause"), backshift=True, hint=hint), kind, asker)
    elif m := WH_RE.search(text):
        kind = "refusal" if REFUSAL_RE.search(text[: m.start("wh")]) else "ask"
        add(wh_question(ctx, m.group("wh"), m.group("clause"), hint=hint), kind, asker)
    elif m := DEMAND_RE.search(text):
        q = clause_question(ctx, m.group("clause"), backshift=True, hint=hint, subjunctive=True)
        add(q, "demand", asker)
    elif (m := URGE_RE.search(text)) and not _reporting_only(m.group(0)):
        clause = f"{m.group('obj')} {m.group('vp')}"
        add(clause_question(ctx, clause, backshift=True, subjunctive=True), "demand", asker)
    elif REFUSAL_RE.search(text) and (m := COMMIT_RE.search(text)):
        subject = hint or (ctx.person(speaker) if speaker else "they")
        rest = cut_clause(m.group("rest"))
        # "can't commit to making that public": the object is the question just asked.
        if not re.match(r"^\s*(?:that|this|it|those|these)\b", rest, re.IGNORECASE):
            vp = f"{gerund_to_base(ctx, m.group('gerund'))}{rest}"
            add(finish(f"will {subject} {vp}"), "refusal", None)
    elif m := NOT_AWARE_RE.search(text):
        add(finish(f"has there been {cut_clause(m.group('np'))}"), "uncertainty", None)
    return out


def _reporting_only(match_text: str) -> bool:
    """'told the Times to ...' is rare; 'wants X to' about a wish is not a demand on X."""
    return match_text.lower().startswith(("told", "want"))
