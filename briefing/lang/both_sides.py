"""Sentences that tell both sides of a disagreement themselves, with no dispute verb.

A sentence that sets one party's account, figure or position against another's ("contrary
to Okafor's report", "estimates range from … to …", "While state officials worry that …,
the tribes insist …") is shown alone as a dispute (``compose/disputes.py``, screened by
``lang.rejection_cues``). Split from ``lang/disputes.py``, which holds the dispute verbs
and claim nouns these build on.
"""

from __future__ import annotations

import re

from briefing.lang.disputes import CLAIM_NOUN, CLAUSE_REST
from briefing.lang.patterns import alternation, cue_pattern

# A sentence that sets one party's account or figure against another's states both sides
# itself and is shown alone:
# - "…, contrary to Okafor's report", "contrary to the ministry's figures": whose
#   account it is must be named (a name or a possessive), not "contrary to popular belief";
# - "estimates range from the council's figure of 3,000 to the union's claim of
#   9,500", "reports in Veldia varied from 4,200 homes flooded to 60,000": two
#   figures at least must follow;
# - "the agency estimates 1 million deaths a year, half the WHO's estimate": a figure set
#   against another party's estimate, in a sentence that gives an estimate itself.
_OWNER = r"(?P<owner>(?:[\w.&'’-]+\s+){0,4}?)"
CONTRARY_RE = re.compile(rf"\bcontrary\s+to\s+{_OWNER}{CLAIM_NOUN}\b", re.I)
# Two parties' positions set against each other in one sentence, the second insisting,
# contending or maintaining: "While state officials worry that …, the tribes insist
# …", "The agency ruled that …, but the boy's relatives insist …" (issue 11: a dispute
# told as two positions, with no dispute verb). Both parties are named: not a pronoun,
# and the second is a noun phrase of its own (", but insisted …" is the first's).
_POSITION_VERBS = (
    "says?", "said", "ruled?", "rules", "worr(?:y|ies|ied)", "believed?", "believes",
    "argued?", "argues", "claim(?:s|ed)?", "contend(?:s|ed)?", "insist(?:s|ed)?",
    "maintain(?:s|ed)?", "fear(?:s|ed)?", "warn(?:s|ed)?", "suspect(?:s|ed)?",
)  # fmt: skip
_COUNTER_VERBS = ("insist(?:s|ed)?", "contend(?:s|ed)?", "maintain(?:s|ed)?")
_NOT_A_PARTY = (
    r"(?:he|she|they|it|we|i|you|this|that|these|those|there|some|others|many|most|"
    r"has|have|had|is|are|was|were|also|still|now|then)\b"
)
COUNTER_POSITION_RE = re.compile(
    r"^(?:(?P<while>While|Although|Though|Whereas)\s+)?"
    rf"(?!{_NOT_A_PARTY})(?P<first>[\w][^,;:]{{1,80}}?)\s+{alternation(_POSITION_VERBS)}\s+"
    r"[^;:]{10,250}?,\s+(?(while)|but\s+)"
    rf"(?!{_NOT_A_PARTY})(?P<second>\w[^,;:]{{1,60}}?)\s+"
    rf"{alternation(_COUNTER_VERBS)}\s+(?:that\s+)?[\w“\"]",
    re.I,
)
_ACCOUNTS = ("estimates", "figures", "reports", "counts", "accounts", "tallies", "forecasts")
RANGE_RE = re.compile(
    rf"\b{alternation(_ACCOUNTS)}\b(?:\s+[\w,'’-]+){{0,4}}?\s+"
    r"(?:range|ranged|ranging|vary|varied|differ|differed)\s+(?:widely\s+)?(?:from|between)\b"
    rf"(?P<figures>{CLAUSE_REST})",
    re.I,
)
_ESTIMATES = (
    "estimates?", "figures?", "forecasts?", "projections?", "predictions?", "counts?",
    "tally", "tallies", "claims?",
)  # fmt: skip
_COMPARED = (
    "lower", "higher", "less", "more", "fewer", "greater", "smaller", "larger", "below",
    "above", "short of", "half", "double", "twice", "triple",
)  # fmt: skip
AGAINST_ESTIMATE_RE = re.compile(
    rf"\b{alternation(_COMPARED)}\s+(?:than\s+)?(?:that\s+of\s+)?(?:the\s+)?{_OWNER}"
    rf"{alternation(_ESTIMATES)}\b",
    re.I,
)
# The sentence itself gives an estimate: only then is a figure set against another's.
ESTIMATING_RE = cue_pattern(
    (
        r"estimat\w*", r"forecast\w*", r"predict\w*", r"project(?:s|ed|ing|ions?)",
        r"reckon\w*", r"calculat\w*", "counted", r"puts?\s+the", r"put\s+its",
    )
)  # fmt: skip
# Two figures: digits, or number words with a scale ("two million").
FIGURE_TOKEN_RE = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\s+"
    r"(?:thousand|million|billion)\b",
    re.I,
)
