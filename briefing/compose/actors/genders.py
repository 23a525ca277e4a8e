"""Gender evidence: telling two people who share a surname apart.

A bare surname joins the one full name that ends with it ("Halloran" and "Bill Halloran").
When the story writes out only one of two namesakes ("Maura Keane Halloran" in one
article, "President Halloran" in seven), that rule gives her his mentions and his quotes.
Each mention leaves a cue when the text says it: a gendered title right before it
("Mrs.", "Mr.") or the first third-person pronoun after it in its own clause ("Halloran
said he ..."), with no other name in between. ``namesakes`` reads the cues of a bare
surname outside the full name's articles against the full name's own (its given name,
its titles, its pronouns) and says whether they are two people. ``pronoun_gender`` reads
a person's gender from the pronouns after the person's mentions, for whom a quote's "he"
or "she" may mean (``referents``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from briefing.compose.actors.clusters import NameForm
from briefing.lang.genders import (
    FEMALE_GIVEN_NAMES,
    FEMALE_PRONOUNS,
    FEMALE_TITLES,
    MALE_GIVEN_NAMES,
    MALE_PRONOUNS,
    MALE_TITLES,
)

# Characters read after a mention for a pronoun, and before it for a title: the clause
# "Varden would set out in his speech" is 34 characters.
# Both chosen by hand in 0b1515d (check D0645I's namesake); not benchmarked.
PRONOUN_REACH_CHARS = 100
TITLE_REACH_CHARS = 16
# One gender's cues must number at least this many and this many times the other's to
# say which it is: pronouns after a name sometimes mean someone else ("Halloran met the
# widow, who said she ..."). Chosen on the 20 dev and 25 DUC 2004 stories' person
# clusters (gender cues of bare and full names: a single cue against the rest was
# wrong about as often as right).
MIN_CUES = 2
CUE_RATIO = 3

# The pronouns after a person's mention read as the person's own: up to the end of the
# next sentence, at most this many characters, never past a paragraph's end or another
# person's name ("Ignacio Barrera is showing two visitors ... As he talks, he ..."). Set
# by hand on the quoted people of the 11 tuning stories (no quote moved but the ones
# meant); not benchmarked further.
PRONOUN_AFTER_CHARS = 250
PRONOUN_AFTER_SENTENCES = 2

_WORD_RE = re.compile(r"[A-Za-z]+|[.;:!?\"“”()]")
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
_LAST_WORD_RE = re.compile(r"([A-Za-z]+)\.?\s*$")


def mention_gender(text: str, start: int, end: int) -> str:
    """The cue "m", "f" or "" of the name at ``start:end``: a gendered title right before it (or
    opening it), else the first he/she/his/her after it before the clause ends or
    another capitalised word does (bounded to PRONOUN_REACH_CHARS characters)."""
    own = text[start:end].split()
    before = _LAST_WORD_RE.search(text, max(0, start - TITLE_REACH_CHARS), start)
    for word in (before.group(1) if before else "", own[0] if len(own) > 1 else ""):
        title = word.lower().rstrip(".")
        if title in MALE_TITLES:
            return "m"
        if title in FEMALE_TITLES:
            return "f"
    for m in _WORD_RE.finditer(text, end, min(len(text), end + PRONOUN_REACH_CHARS)):
        word = m.group(0)
        low = word.lower()
        if low in MALE_PRONOUNS:
            return "m"
        if low in FEMALE_PRONOUNS:
            return "f"
        if not word[0].isalpha() or word[0].isupper():
            return ""  # the clause ends, or another name may own the pronoun
    return ""


def pronoun_gender(text: str, mentions: Iterable[int], others: Iterable[int]) -> str:
    """A person's gender from the first he/she/his/her after each of the person's
    ``mentions`` (where each ends) in ``text``, up to the end of the next sentence, the
    paragraph or another person's name (``others``: where each starts); quotations are
    skipped (their "he" is the speaker's to mean). The cues must agree (``gender_of``)."""
    starts = sorted(others)  # the next one after a mention is found by bisection
    cues: Counter[str] = Counter()
    for end in mentions:
        stop = min(len(text), end + PRONOUN_AFTER_CHARS)
        para = text.find("\n\n", end, stop)
        stop = para if para >= 0 else stop
        after = bisect_left(starts, end)
        if after < len(starts):
            stop = min(stop, starts[after])
        reach = _QUOTED_RE.sub(lambda q: " " * len(q.group(0)), text[end:stop])
        ends = 0
        for m in _WORD_RE.finditer(reach):
            low = m.group(0).lower()
            if low in _GENDERED_PRONOUNS:
                cues["m" if low in MALE_PRONOUNS else "f"] += 1
                break
            ends += low in ".!?"
            if ends >= PRONOUN_AFTER_SENTENCES:
                break
    return gender_of(cues)


def gender_of(cues: Counter[str]) -> str:
    """The gender the cues agree on clearly, or ""."""
    male, female = cues["m"], cues["f"]
    if male >= MIN_CUES and male >= CUE_RATIO * female:
        return "m"
    if female >= MIN_CUES and female >= CUE_RATIO * male:
        return "f"
    return ""


def given_name_gender(tokens: list[str]) -> str:
    """The gender of a full name's given name, when it is a common one-sex name."""
    first = tokens[0]
    if first in MALE_GIVEN_NAMES:
        return "m"
    if first in FEMALE_GIVEN_NAMES:
        return "f"
    return ""


def owner_gender(full: Iterable[NameForm]) -> str:
    """A person's gender from the full names under one root: the given names when they
    agree, else the cues of their own mentions."""
    full = list(full)
    given = {given_name_gender(f.tokens) for f in full} - {""}
    if len(given) == 1:
        return given.pop()
    if given:
        return ""  # two given names of two sexes: not one person's, say nothing
    cues: Counter[str] = Counter()
    for f in full:
        for (_, g), n in f.genders.items():
            cues[g] += n
    return gender_of(cues)


def namesakes(bare: NameForm, full: Iterable[NameForm]) -> bool:
    """Whether the bare surname, where the full names are not written, is clearly of the
    other sex than the person the full names name: two people, not one. The full names'
    owner is of the sex their given names or cues say, else of the one the bare surname's
    cues say in their articles ("Jorun Harrow ... Harrow said she", where "Harrow said
    he" elsewhere is her husband: one row for both mixed their mentions and quotes)."""
    full = list(full)
    docs = {d for f in full for d in f.docs}
    cues: Counter[str] = Counter()
    beside: Counter[str] = Counter()  # the bare surname's cues where the full names are
    for (d, g), n in bare.genders.items():
        (beside if d in docs else cues)[g] += n
    owner = owner_gender(full) or gender_of(beside)
    if not owner:
        return False
    elsewhere = gender_of(cues)
    return bool(elsewhere) and elsewhere != owner
