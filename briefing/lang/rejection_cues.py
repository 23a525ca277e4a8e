"""The words every match of a rejection pattern holds, so that a sentence is searched only
with the patterns it may match (``lang.patterns.Screened``).

Compose asks of every sentence of a story which rejection it states
(``compose.disputes.rejection``): fifteen patterns of ``lang.disputes``, most opening with
``\\b``, which Python's regex engine tries at every character. Each screen below lists
words one of which is in every match of its pattern (in the folded text for a
case-insensitive pattern, as written for a case-sensitive one), read off the pattern's
required alternatives: a dispute verb's stem, a verdict verb, a word of falsehood, the
claim nouns a range or comparison counts. On the 21,555 sentences of the dev sets' 750
non-held-out articles the rejection test took 2.3 CPU s before these screens.
"""

from __future__ import annotations

from briefing.lang.both_sides import (
    AGAINST_ESTIMATE_RE,
    CONTRARY_RE,
    COUNTER_POSITION_RE,
    RANGE_RE,
    RIVAL_FIGURES_RE,
)
from briefing.lang.disputes import (
    BARE_REJECTION_RE,
    CLAIM_FALSE_RE,
    DISAGREE_RE,
    DISPUTE_RE,
    DOUBTED_CLAIM_RE,
    IMPRESSION_RE,
    INSIST_NOT_RE,
    MISREPORT_RE,
    NO_EVIDENCE_RE,
    PASSIVE_RE,
    PRONOUN_REJECTER_RE,
    VERDICT_AFTER_RE,
    VERDICT_FIRST_RE,
)
from briefing.lang.patterns import Screened

# DISPUTE_VERB's stems ("deni" in "denied", "deny" in "denying"), case as the pattern.
_DISPUTE_STEMS = (
    "disput", "deni", "deny", "reject", "contradict", "refut", "dismiss", "challeng",
    "questioned", "contest", "counter", "took issue with", "pushed back",
)  # fmt: skip
# VERDICT_VERB's stems ("label" in "labelled").
_VERDICT_STEMS = (
    "blast", "dismiss", "reject", "denounce", "brand", "label", "call", "describ",
)  # fmt: skip
# FALSE_WORDS ("true" in "untrue" and "not true", "rumo" in "rumor" and "rumour").
_FALSE_STEMS = (
    "wrong", "false", "true", "baseless", "groundless", "unfounded", "inaccurate",
    "incorrect", "misleading", "nonsense", "fabricat", "lie", "rumo", "fiction",
    "distortion", "absurd", "ridiculous", "misplaced", "exaggerated", "overblown",
    "erroneous", "mistaken",
)  # fmt: skip

CONTRARY_SCREENED = Screened(CONTRARY_RE, ("contrary",))
RANGE_SCREENED = Screened(RANGE_RE, ("range", "ranging", "vary", "varied", "differ"))
AGAINST_ESTIMATE_SCREENED = Screened(
    AGAINST_ESTIMATE_RE,
    ("estimate", "figure", "forecast", "projection", "prediction", "count", "tall", "claim"),
)
COUNTER_POSITION_SCREENED = Screened(COUNTER_POSITION_RE, ("insist", "contend", "maintain"))
RIVAL_FIGURES_SCREENED = Screened(RIVAL_FIGURES_RE, ("put", "place", "peg", "estimat", "reckon"))
# In the order ``compose.disputes.rejection`` tries them (the first that fits is the one).
REJECTION_SCREENS = (
    Screened(DISPUTE_RE, _DISPUTE_STEMS),
    Screened(VERDICT_FIRST_RE, _VERDICT_STEMS),
    Screened(VERDICT_AFTER_RE, _VERDICT_STEMS),
    Screened(
        PASSIVE_RE,
        (
            "rejected",
            "denied",
            "disputed",
            "dismissed",
            "contested",
            "refuted",
            "contradicted",
            "challenged",
            "questioned",
        ),
    ),  # fmt: skip
    Screened(PRONOUN_REJECTER_RE, ("he", "it", "we")),  # "he" in "she" and "they"
    Screened(CLAIM_FALSE_RE, _FALSE_STEMS),
    Screened(DISAGREE_RE, ("disagree",)),
    Screened(BARE_REJECTION_RE, ("deni", "disput", "reject", "contest", "refut")),
    Screened(INSIST_NOT_RE, ("insist", "maintain", "contend")),
    Screened(MISREPORT_RE, ("mis", "distorted", "twisted")),
    Screened(IMPRESSION_RE, ("impression",)),
    Screened(NO_EVIDENCE_RE, ("evidence", "proof", "indication")),
    Screened(DOUBTED_CLAIM_RE, ("whether",)),
)
