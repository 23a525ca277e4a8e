"""Pronouns and summing-up nouns whose person or things an earlier sentence named.

``anaphora.leans_back`` asks these too:

- "him" with no name before it in the sentence ("The trust invited him to a meeting",
  "When a guard stopped him in 2001, ..."): who he is was told before. A name first
  ("Dell said the board paid him", "Ada Moss hired him") may be the one meant, so the
  sentence stays;
- "these"/"those" before a plural noun that sums up what was said before ("these
  things", "those claims", "these demands") anywhere in the sentence, unless the
  sentence itself named that noun first ("new rules ... under those rules").
"""

from __future__ import annotations

import re

from briefing.lang.connectives import OPENING_WORDS
from briefing.lang.months import MONTHS, WEEKDAYS
from briefing.lang.patterns import alternation
from briefing.lang.stopwords import STOP_WORDS

_HIM = re.compile(r"\bhim\b")
# Capitalised words that name nobody: a sentence's opening word, months, weekdays.
_NOT_NAMES = STOP_WORDS | OPENING_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
_EDGE = ".,;:!?\"'“”‘’()[]"

# Plural nouns that sum up facts, acts or words told before ("these things", "those
# laws"); things that are counted or seen ("those buyers", "these areas") are often
# named just before in the same sentence in other words, so they are left out.
_SUMMING_UP = (
    "things", "cases", "measures", "steps", "issues", "problems", "efforts", "changes",
    "claims", "moves", "actions", "incidents", "developments", "events", "concerns",
    "practices", "policies", "demands", "laws", "rules", "debates", "charges", "allegations",
    "findings", "proposals", "plans", "ideas", "conditions", "factors", "arguments",
    "reforms", "remarks", "comments", "accusations", "complaints", "criticisms", "threats",
    "attacks", "killings", "abuses", "violations", "tactics", "methods",
)  # fmt: skip
_SUMMING_UP_NOUN = re.compile(
    rf"\b(?:these|those) (?P<noun>{alternation(_SUMMING_UP)})\b", re.IGNORECASE
)


def unnamed_him(text: str) -> bool:
    """'him' with no capitalised name before it (a sentence's first word counts as a
    name unless it is a common opening word: "The", "When", "After")."""
    m = _HIM.search(text)
    if m is None:
        return False
    return not any(
        word[:1].isupper() and word.lower() not in _NOT_NAMES
        for word in (w.strip(_EDGE) for w in text[: m.start()].split())
    )


def summed_up_before(text: str) -> bool:
    """'these things', 'those claims' whose noun the sentence has not used before."""
    lowered = text.lower()  # once: a long text has many matches
    for m in _SUMMING_UP_NOUN.finditer(lowered):
        noun = m.group("noun")
        # "rule" in "rules", "rulings"; "polic" in "policy", "policies".
        if lowered.rfind(noun[: max(4, len(noun) - 3)], 0, m.start()) < 0:
            return True
    return False
