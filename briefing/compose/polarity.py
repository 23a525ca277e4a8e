"""Whether another sentence reports a statement's fact the same way round (the † decision).

The † test (``corroboration``) weighs shared words, and a sentence denying what the
statement tells shares them as well as one telling it: "the mayor has no authority
to close the quay, as the neighbouring mayor has done" is not reported by "the
neighbouring mayor closed the quay", nor "the recorders have given no clue" by
"the board cited the recorders". Another source reports the statement's fact only when
both main clauses hold a negation ("not", "never", "no") or neither does.

A main clause is what is left without who said it (``core``), the clauses saying what
something is (", which ..."), a scene before it or a participle clause after it
(``main_clause``) and a contrast after it (", while ..."): "Hale's embrace of tolls,
which he never advocated, comes as ..." tells the embrace, not a denial, and "British
ferries were refitted, while Danish ones were not" tells the change to the British ones.
A negation with its exception affirms ("had no place to sail except to Vellor" tells the
crossings to Vellor, ``lang.words.without_exceptions``).

A figure of two digits or more counting the same thing in both ("12 tax rises") is the
same fact whichever way each sentence puts the rest ("has never vetoed a budget in a
span that has seen 12 tax rises" / "has presided over a record 12 tax rises").
"""

from __future__ import annotations

import re

from briefing.compose.fact_core import core, main_clause, without_which
from briefing.compose.same_fact import counted
from briefing.lang.dates import YEAR_WORD_RE
from briefing.lang.words import negated, without_exceptions, words

_CONTRAST_AFTER = re.compile(
    r",\s+(?:while|whereas|although|though)\s.*$", re.IGNORECASE | re.DOTALL
)
# A figure corrected after a comma ("cut by the same 15 percent, not 9 percent as
# proposed") denies the other figure, not the raise.
_CORRECTED_FIGURE = re.compile(r",\s+not\s+(?=[$£€]?\d)[^,;]{0,80}", re.IGNORECASE)


def main_negated(text: str) -> bool:
    """Whether the sentence's main clause holds a negation (see the module's docstring)."""
    plain = without_which(text) or core(text)
    plain = main_clause(plain) or plain
    plain = _CONTRAST_AFTER.sub("", plain) or plain
    return negated(words(without_exceptions(_CORRECTED_FIGURE.sub("", plain))))


def _telling(figure: str) -> bool:
    """A count that says something on its own: two digits or more, no year."""
    return sum(ch.isdigit() for ch in figure) >= 2 and not YEAR_WORD_RE.fullmatch(figure)


def same_way(statement: str, other: str) -> bool:
    """Whether ``other`` may report ``statement``'s fact: both main clauses negated or
    neither, or a figure of two digits or more counting the same thing in both."""
    if main_negated(statement) == main_negated(other):
        return True
    mine = counted(statement, _telling)
    if not mine:
        return False
    theirs = counted(other, _telling)
    return any(things & theirs.get(figure, frozenset()) for figure, things in mine.items())
