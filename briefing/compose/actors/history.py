"""The story's past: sentences set decades before their article.

A sentence that names a year or a century at least ``HISTORY_YEARS`` before its
article's date ("the 1925 trial", "a naturalist of the 19th century"), and none later,
tells the story's past, not its time, but for one who speaks or acts in the present
tense there ("said X, who left in 1975"; ``acts_now``). ``background`` reads it for
people.
"""

from __future__ import annotations

from briefing.lang.dates import ERA_RE
from briefing.lang.speech import SAY_RE
from briefing.parsed import Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_PRESENT_TAGS = {"VBZ", "VBP", "MD"}
# A sentence dated this many years or more before its article tells the story's past.
# Set by hand (a 1925 trial recalled in a 1999 story); the 20 tuning+check stories of
# benchmarks/story_eval.py have no person whose every mention is so dated.
HISTORY_YEARS = 20


def names_the_past(sentence: str, year: int) -> bool:
    """A year or century at least HISTORY_YEARS before ``year``, and none later."""
    years = []
    for found in ERA_RE.finditer(sentence):
        if found["year"]:
            years.append(int(found["year"]))
        else:
            years.append(int(found["century"]) * 100 - 1)  # "the 19th century": up to 1899
    return bool(years) and max(years) <= year - HISTORY_YEARS


def acts_now(root: Token) -> bool:
    """The subject of a speech verb ("said X, who left in 1975") or of a verb in the
    present ("X, who left in 1959, can recall ..."): someone in the story's time."""
    if root.dep_ not in _SUBJECT_DEPS:
        return False
    verb = root.head
    if SAY_RE.fullmatch(verb.text) or verb.tag_ in _PRESENT_TAGS:
        return True
    return any(a.dep_ == "aux" and a.tag_ in _PRESENT_TAGS for a in verb.children)
