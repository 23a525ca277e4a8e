"""What a focus question asks for: the words that only say how to ask, and the cues of
the sentences that answer each kind of question (causes, effects, amounts)."""

from __future__ import annotations

import re

# Words of a focus question that say how to answer, not what about.
_QUERY = (
    "discuss describe include including identify explain information report reports "
    "provide give list specify detail details note name examples example what which who "
    "whom whose when where why how involved involve regarding concerning related relating "
    "aspect aspects various"
)
QUERY_WORDS = frozenset(_QUERY.split())

_KINDS = {
    "cause": "why cause caused causes causing reason reasons led",
    "effect": "effect effects impact impacts consequence consequences",
    "amount": "much many cost costs pay pays paid price spend funding",
}
# Question words that ask for a kind of answer -> the kind.
ASKS: dict[str, str] = {word: kind for kind, ws in _KINDS.items() for word in ws.split()}

# Cues of a sentence that gives that kind of answer.
ANSWER_CUES: dict[str, re.Pattern[str]] = {
    "cause": re.compile(
        r"\b(?:because|caus(?:e|ed|es|ing)|due to|blam(?:e|ed|es|ing)|result(?:ed)? (?:of|from)|"
        r"led to|reasons? (?:for|why)|trigger(?:ed|s)?|responsible for|attribut(?:e|ed) to|"
        r"factors?|theor(?:y|ies)|evidence|explanations?|so that)\b",
        re.IGNORECASE,
    ),
    "effect": re.compile(
        r"\b(?:effects?|impacts?|consequences?|result(?:ed|s)? in|led to|lead to|caus(?:e|ed|es)|"
        r"so that|forc(?:e|ed)|damag(?:e|ed)|affect(?:ed|s)?)\b",
        re.IGNORECASE,
    ),
    "amount": re.compile(
        r"(?:[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:%|percent|million|billion|trillion|dollars?|euros?|"
        r"pounds?|yuan|rubles?)\b)",
        re.IGNORECASE,
    ),
}
