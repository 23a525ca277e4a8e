"""The writer's place: "here" in a news report.

A wire report's "here" is the place its dateline names ("the cabinet here Wednesday
approved ...", "officials here said"); lifted out of its article, the sentence no longer
says where. ``bare_here`` finds such a "here" outside quotation marks (a speaker's "here"
is the speaker's place, which the dateline need not be). A "here" the next words place
("here in Ohio", "here on the reservation", "here at school"), one that presents
something ("here are the rules"), and one after a preposition ("north of here", "from
here") are left alone.
"""

from __future__ import annotations

import re

from briefing.lang.months import MONTH_NAMES, WEEKDAYS

_HERE_RE = re.compile(r"\bhere\b")
# Time words after "in"/"on": "here on Thursday", "here in 1989" are still bare; whole
# words ("here in Marchby" is placed, "here in March" is not).
_TIME_WORDS = rf"{MONTH_NAMES}|{'|'.join(WEEKDAYS)}|last|next|this|early|late|recent"
_TIME_WORD = rf"(?:\d|(?:the\s+)?(?:{_TIME_WORDS})\b)"
_PLACED_AFTER_RE = re.compile(
    rf"\s+(?:in|on|at|across|throughout|around|near|outside|inside)\s+(?!{_TIME_WORD})",
    re.IGNORECASE,
)
_PRESENTS_AFTER_RE = re.compile(r"\s*(?:is|are|was|were|['’]s|comes?|goes)\b")
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:from|of|to|near|over|around|up|out|in|outta|till|until)\s+$", re.IGNORECASE
)
# Characters read before a "here" for a preposition: bounds the look-behind.
_BEFORE_CHARS = 12


def bare_here(text: str) -> tuple[int, int] | None:
    """The span of the first "here" of ``text`` that stands for the dateline's place, or
    None."""
    straight = opened = 0  # quotation marks before the match, counted once each
    last = 0
    for m in _HERE_RE.finditer(text):
        between = text[last : m.start()]
        straight += between.count('"')
        opened += between.count("“") - between.count("”")
        last = m.start()
        if straight % 2 or opened > 0:
            continue  # inside a quotation
        if _PREPOSITION_BEFORE_RE.search(text[max(0, m.start() - _BEFORE_CHARS) : m.start()]):
            continue
        if _PLACED_AFTER_RE.match(text, m.end()) or _PRESENTS_AFTER_RE.match(text, m.end()):
            continue
        return m.span()
    return None
