"""Counted sets a sentence calls by "the" and a count: "between the two cylinders".

"Spacewalkers will hook up the cables between the two cylinders": which two its article
told in an earlier sentence. Such a set is read in a summary only after a statement using
its noun (``told``), like a description (``definites``), unless

- something after it says which ("the two cylinders of the dock", ``SAYS_WHICH_RE``; a
  preposition that as often belongs to the verb does not: "join the two cylinders with
  bands");
- the sentence names at least as many things before it as it counts: those may be its
  members ("urged Marlow ... in Venn ... between the two towns"); a weekday, a month or
  a capitalised opening word ("Then, ...") is none;
- the sentence used its noun before ("two cylinders were joined ... the two cylinders");
- or the story writes the phrase itself (``Descriptions._phrase_called_bare``: "the four
  envoys" of a story about four envoys held).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.compose.demonstratives import SENTENCE_REACH, whole_word
from briefing.compose.near_duplicates import stem
from briefing.lang.definites import (
    COUNTED_DEFINITE_RE,
    SAYS_WHICH_RE,
    VERB_OR_NOUN_PREPOSITION_RE,
)
from briefing.lang.figures import NUMBER_WORDS
from briefing.lang.months import MONTH_NAMES, WEEKDAYS
from briefing.lang.stopwords import STOP_WORDS

# A run of capitalised words: one thing named.
_NAME_RUN = re.compile(r"[A-Z][A-Za-z'’-]{0,40}(?: [A-Z][A-Za-z'’-]{0,40})*")
# A weekday or a month: named, but no member of a counted set.
_CALENDAR = re.compile("|".join([*(d.title() for d in WEEKDAYS), MONTH_NAMES]))


def counted_sets(
    text: str, story_phrase: Callable[[str], bool]
) -> list[tuple[str, str | None, str | None]]:
    """The counted sets of a sentence's ``text`` that only an earlier sentence says which
    of, as ``Descriptions.readings`` gives them: read strictly only, keyed by the noun's
    stem. ``story_phrase`` says whether the story writes a phrase (lower case) itself."""
    out: list[tuple[str, str | None, str | None]] = []
    for m in COUNTED_DEFINITE_RE.finditer(text):
        if SAYS_WHICH_RE.match(text, m.end()) and not VERB_OR_NOUN_PREPOSITION_RE.match(
            text, m.end()
        ):
            continue
        before = text[max(0, m.start() - SENTENCE_REACH) : m.start()]
        named = {
            r
            for r in _NAME_RUN.findall(before)
            if not _CALENDAR.fullmatch(r) and r.split()[0].lower() not in STOP_WORDS
        }
        if len(named) >= NUMBER_WORDS[m.group(1).lower()]:
            continue
        noun = m.group(2)
        if whole_word(noun).search(before) or whole_word(noun[:-1]).search(before):
            continue
        if story_phrase(m.group(0).lower()):
            continue
        out.append((m.group(0), None, stem(noun)))
    return out
