"""What leans on an earlier sentence in a summary statement, though not in a digest.

A source digest shows an article's sentences after its lede, so "The quay needs new walls
after a storm in March" there tells of the quay the lede named (``digest_leans``). A
summary statement is read alone, among statements from many articles: a bare definite
subject ("The ban ...") in a sentence whose only capitalised words are a weekday or a
month names nothing that says which one ("The ban takes effect next Wednesday in schools
and cinemas"). ``anaphora`` counts any capitalised word as a name, which a digest needs.
A statement opening with "a" and an ordinal ("A third dam on the river was approved ...")
counts on the others told before it; in a digest the lede told them. So does one opening
with "only" and a party ("Only center-left leader Dara Pell said she would ...", "Only
the Marlow council voted ..."): only of those an earlier sentence told. A statement ending
on an act called by "the" and its noun alone ("Envoys of two banks took part in the
talks.", "..., virtually embraced the issue.") tells of the act an earlier sentence told
(``closing_act``): ``definites`` reads it as a description, told by a statement using the
noun (not dropped outright: a summary whose earlier statement told the talks reads it well).
A statement with "also" after its verb's auxiliary ("Contracts to shut rivals out would
also shield the monopoly") adds to what an earlier sentence told, which a digest's lede
does (``adds_with_also``). So does one placing its act only by a time counted from an act
told before (``timed_by_before``): "The mayor told reporters later that ...", "The dig
began two hours earlier with ...", "The board should then have asked ...", "Earlier
Monday, ..." (later or earlier than what?).
"""

from __future__ import annotations

import re

from briefing.lang.anaphora import EVENT_MODIFIERS, EVENT_NOUNS
from briefing.lang.definites import definite_subject
from briefing.lang.months import MONTH_NAMES, WEEKDAYS
from briefing.lang.patterns import alternation
from briefing.lang.stopwords import STOP_WORDS

_CALENDAR_NAMES = "|".join([*(day.title() for day in WEEKDAYS), MONTH_NAMES])
# A capitalised word after a space that is not a weekday or a month, or a figure.
_NAME_OR_FIGURE = re.compile(rf"\s(?!(?:{_CALENDAR_NAMES})\b)[A-Z]|\d")


# "A second ...", "A third ...": one more of things counted before.
_ORDINAL_OPENING = re.compile(
    r"^An? (?:second|third|fourth|fifth|sixth|seventh|eighth)\s+(?!time\b)"
)

# "Only" then, after "the" and up to three plain words (a title: "center-right leader"),
# a name. Not a count ("Only 14 bodies ..."), a share ("Only a handful of ..."), a time or
# a place ("Only in Marlow ...", "Only last week ...", "Only Monday ..."): those stand alone.
_ONLY_PARTY = re.compile(
    rf"^Only (?:the )?((?:[a-z][a-z-]* ){{0,3}})(?!(?:{_CALENDAR_NAMES})\b)[A-Z][a-z]"
)

# An act named before, last in the sentence with nothing after it saying which ("... took
# part in the talks."); "meeting" is such an act too. "The accident" and "the incident"
# are left out: in a story on one they are the story's own event ("... investigating the
# accident"). Session 46 read 76 such sentences in the DUC 2004 and 2006 dev articles,
# nearly all needing the one before.
_ACTS = tuple(noun for noun in EVENT_NOUNS if noun not in {"accident", "incident"})
_ACT_CLOSING = re.compile(
    rf"\b(?:the|this|that|these|those) (?:(?:most|{alternation(EVENT_MODIFIERS)}) ){{0,2}}"
    rf"((?:{alternation(_ACTS)}|meeting))[.!?\"”’']*$",
    re.IGNORECASE,
)


# "Contracts to shut rivals out would also shield the monopoly", "The board has also
# asked ...": "also" after the main verb's auxiliary adds to what an earlier sentence told,
# however long the subject before it (``anaphora`` reads "also" among the first words
# only: a digest's lede told what it adds to). Not "also known as" (a name), not in a
# relative clause ("a chemical that is also used in dyes" says what the chemical is), nor
# after "not only" (the sentence tells both).
_ALSO_AFTER_AUXILIARY = re.compile(
    r"\b(?:would|will|could|can|may|might|must|should|has|have|had|is|are|was|were|does|did|do)"
    r"\s+also\s+(?!known\b|called\b|named\b|dubbed\b)[a-z]"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)


# A time counted from an act an earlier sentence told (``timed_by_before``): "then" after an
# auxiliary ("should then have asked", "would then vote"; not "then-mayor") and a span "two hours
# earlier", "A week later", "hours later" (not "... than") with no anchor before it in the sentence:
# no date, weekday, month or year ("was sworn in on May 2, 1994 and resigned two years later" reads
# alone; "up 8 percent from a year earlier" compares with the sentence's own period) and no clause
# telling the act it counts from ("were given a sedative and woke 30 minutes later", "raise $2
# million, money that might then go to farmers": such sentences of the tuning halves' articles read
# alone). Also "later" or "earlier" right after a saying verb and its listener ("told reporters
# later that", "she said earlier") and "Earlier Monday, ...", "Later that day, ...", "Earlier in the
# day, ..." opening a statement. The DUC 2004 dev background showed four such statements (session
# 52).
_THEN_AFTER_AUXILIARY = re.compile(
    r"\b(?:would|will|should|could|might|must|can|may|did|had|was|were|is|are)\s+then\b(?!-)"
)
_SAID_LATER = re.compile(
    r"\b(?:said|says|told|added|announced|confirmed|explained|insisted)\b(?:\s+[a-z]+)?"
    r"\s+(?:later|earlier)\b(?!\s+(?:than|this|next|in|on|today|tonight|that\s+"
    r"(?:day|week|month|year|morning|afternoon|evening|night))\b)"
)
_RELATIVE_OPENING = re.compile(
    rf"^(?:Earlier|Later)(?:\s+on)?\s+(?:{'|'.join(day.title() for day in WEEKDAYS)}"
    r"|that\s+(?:day|morning|afternoon|evening|night)|in\s+the\s+day)\b"
)
_COUNTED_SPAN = re.compile(
    r"(?<!\bfrom )(?<!\bover )(?<!\bthan )(?<!\bsince )"
    r"\b(?:(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)"
    r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)"
    r"|(?i:moments|minutes|hours|days|weeks|months|years|decades))"
    r"\s+(?:earlier|later)\b(?!\s+than\b)"
)
_ANCHOR = re.compile(
    rf"\b(?:{_CALENDAR_NAMES}|today|yesterday|tonight|\d{{1,2}}:\d\d)\b|\b(?:1[89]|20)\d\d"
    r"|\b(?:last|this|next) (?:week|month|year|quarter)\b"
    r"|\s(?:and|but|that|which|who|only to)\s"
)


def timed_by_before(text: str) -> bool:
    """Whether ``text`` places its act only by a time counted from an act told before
    (``_THEN_AFTER_AUXILIARY``, ``_SAID_LATER``, ``_RELATIVE_OPENING``, ``_COUNTED_SPAN``
    and "then" with no ``_ANCHOR`` before them: "In 1995 Ostbank, which was then the
    largest lender, ..." says when)."""
    if _SAID_LATER.search(text) or _RELATIVE_OPENING.match(text):
        return True
    counted = (*_THEN_AFTER_AUXILIARY.finditer(text), *_COUNTED_SPAN.finditer(text))
    return any(not _ANCHOR.search(text, 0, m.start()) for m in counted)


def adds_with_also(text: str) -> bool:
    """Whether ``text`` adds to an earlier sentence with "also" after its verb's auxiliary
    (``_ALSO_AFTER_AUXILIARY``)."""
    if _NOT_ONLY.search(text):
        return False
    return any(
        not _RELATIVE_BEFORE.search(text, 0, m.start())
        for m in _ALSO_AFTER_AUXILIARY.finditer(text)
    )


def closing_act(text: str) -> tuple[int, int, str] | None:
    """Where ``text`` ends on an act called by "the" and its noun alone (``_ACT_CLOSING``:
    "... took part in the talks."), the noun's start and end and the noun, lower case."""
    m = _ACT_CLOSING.search(text.rstrip())
    return (m.start(), m.end(1), m.group(1).lower()) if m else None


def _only_party(text: str) -> bool:
    """Whether ``text`` opens with "only" and a party (``_ONLY_PARTY``), no word before
    the name a function word ("Only in Marlow", "Only a handful")."""
    m = _ONLY_PARTY.match(text)
    return m is not None and not any(w in STOP_WORDS for w in m.group(1).split())


def leans_in_summary(text: str) -> bool:
    """True when ``text``, shown alone, has a bare definite subject and names nothing,
    opens with "a" and an ordinal, or with "only" and a party, adds with "also", or
    places its act by a time counted from one told before."""
    if _ORDINAL_OPENING.match(text) or _only_party(text) or adds_with_also(text):
        return True
    if timed_by_before(text):
        return True
    return definite_subject(text) is not None and not _NAME_OR_FIGURE.search(text)
