"""Whether a cue a sentence matches ("asked whether", "called for", "it is unclear how")
really raises a question of fact: not framed by a condition, only planned, a text's
mandate, another article's matter or history; not a noun ("calls for X are derided") or
inside a relative clause with a gap; not a debate said to be settled or one party's
doubt of a claim (a dispute); a demand made of a party, not a rally of one's own side.
"""

from __future__ import annotations

import re

from briefing.lang.disputes import AS_ALLEGED_RE
from briefing.lang.questions import (
    ASK_RE,
    ATTEMPT_BEFORE_RE,
    CONDITIONAL_RE,
    DEBATE_LEFT_OPEN_RE,
    DEBATE_SETTLED_BEFORE_RE,
    DEMAND_RE,
    DETERMINERS,
    DOUBT_CUE_RE,
    INDEFINITE,
    NON_AGENT_ASKER_RE,
    OTHER_COVERAGE_RE,
    PAST_YEAR_RE,
    PENDING_DECISION_RE,
    PLANNED_BEFORE_RE,
    RALLYING_VERBS,
    STANDING_CLAIM_RE,
    URGE_RE,
)
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, tokens_at


def asks_for_real(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue raises a question of fact: not framed by a condition ("If ... a
    leak, the crews will try to learn whether ..."), not only planned ("is scheduled to
    ask", "will determine if"), not a text's mandate or a forecast ("The resolution asks",
    "estimates call for"), not what another article on the page is about ("beside a
    story on an inquiry into whether ..."), and an "if" after a verb of asking,
    not a noun ("the agency in charge of the inquiry if the fault is found ...": a
    condition)."""
    before = text[: cue.start()]
    if CONDITIONAL_RE.search(before):
        return False
    # A planned ask is a schedule item; a decision still to be made is the open matter.
    if PLANNED_BEFORE_RE.search(before) and not PENDING_DECISION_RE.match(cue.group(0)):
        return False
    if NON_AGENT_ASKER_RE.search(before) or OTHER_COVERAGE_RE.search(before):
        return False
    if cue.re in (DEMAND_RE, URGE_RE) and ATTEMPT_BEFORE_RE.search(before):
        return False
    cue_word = cue.group(0).split()[0].lower()
    wh = (cue.groupdict().get("wh") or "").lower()
    return not (wh == "if" and (cue_word.endswith(("ion", "ions")) or cue_word == "question"))


def debate_settled(before: str) -> bool:
    """Whether the debate a cue names is said to be settled, or to be settled by a step
    planned ("the vote settled the debate over whether ...", "aims to end the debate
    over whether ..."), and not denied that ("has not settled the debate")."""
    settled = DEBATE_SETTLED_BEFORE_RE.search(before)
    return bool(settled) and not DEBATE_LEFT_OPEN_RE.search(before[: settled.start()])


def doubts_a_claim(cue: str, question: str) -> bool:
    """Whether the question is one party's doubt about a claim, which makes it a dispute
    between sides, not an open question: a doubt about a standing claim ("questions
    whether the river is shrinking" -> "Is the river shrinking?") or about what
    another party alleges ("whether the fraud was as costly as prosecutors claim")."""
    if AS_ALLEGED_RE.search(question):
        return True
    return bool(DOUBT_CUE_RE.match(cue) and STANDING_CLAIM_RE.match(question))


def told_as_history(adoc: AnalysedDocument, before: str) -> bool:
    """Whether the text before the cue dates it by a year before the article's."""
    if adoc.document.date is None:
        return False
    years = [int(m.group("year") or m.group("season")) for m in PAST_YEAR_RE.finditer(before)]
    return any(y < adoc.document.date.year for y in years)


def _cue_token(adoc: AnalysedDocument, sent: Sentence, pattern: re.Pattern[str]) -> Token | None:
    """The parse's token of the cue's first word, if there is a parse and a cue."""
    m = pattern.search(sent.text)
    span = tokens_at(adoc.parse, sent.start + m.start(), sent.start + m.start() + 1) if m else None
    return span[0] if span is not None else None


def cue_is_noun(adoc: AnalysedDocument, sent: Sentence, pattern: re.Pattern[str]) -> bool:
    """Whether the cue's first word is a noun in the parse ("calls for X are derided",
    "Marlow's call for the islanders to vote"), not the verb of a demand being made."""
    tok = _cue_token(adoc, sent, pattern)
    return tok is not None and (
        tok.tag_ in ("NN", "NNS") or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    )


def cue_in_object_relative(adoc: AnalysedDocument, sent: Sentence) -> bool:
    """Whether the cue verb heads a relative clause whose relative pronoun is not its
    subject ("the kind of treatment that Case had asked the department to require of
    Microsoft"): what is asked for is the noun outside, and the clause has a gap."""
    for pattern in (URGE_RE, DEMAND_RE, ASK_RE):
        tok = _cue_token(adoc, sent, pattern)
        if tok is not None:
            return tok.dep_ == "relcl" and any(
                (c.tag_ in ("WDT", "WP") or c.lower_ in ("that", "which", "whom"))
                and c.dep_ not in ("nsubj", "nsubjpass")
                for c in tok.children
            )
    return False


def demand_on_a_party(clause: str) -> bool:
    """A demand made of a named party or a definite one ("Israel to cease ...", "the
    government to rethink ..."), not a call on a crowd ("residents to keep protesting",
    "people all over the county to drive ...") or to keep doing something."""
    words_ = clause.split()
    if not words_ or not (words_[0][:1].isupper() or words_[0].lower() in DETERMINERS):
        return False
    m = re.search(r"\bto\s+([a-z]+)", clause)
    if words_[0].lower() in INDEFINITE and not re.search(
        r"\bbe\b", clause[: m.start()] if m else clause
    ):
        # "called for an investigation to prove ...": a purpose; "demands that a producer
        # operate ...": a rule for anyone; no party either way ("demanded that a mission
        # be established to investigate" is a demand).
        return False
    verb = m.group(1) if m else next((w for w in words_[1:] if w.islower()), "")
    return verb not in RALLYING_VERBS


def reporting_only(match_text: str) -> bool:
    """'told the Times to ...' is rare; 'wants X to' about a wish is not a demand on X."""
    return match_text.lower().startswith(("told", "want"))
