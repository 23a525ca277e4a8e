"""Nicknames: the words that introduce one ("nicknamed", "known as") and the ways the
coverage writes a person's nickname next to the name ("Lau Kit-man, nicknamed 'Big
Tiger'", "'Big Tiger' Lau"). Plain patterns, read by the key-actors step."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words that introduce a nickname, a handle or an alias right before it ("nicknamed 'Big
# X'", "a writer who calls himself X", "the computer handle X", "known as X").
NICKNAME_CUE_RE = re.compile(
    r"\b(?:nicknamed|dubbed|(?:calls|called|calling)\s+(?:himself|herself|themselves)|"
    r"handle|alias|pseudonym|nickname|known\s+as|goes\s+by)\s*[\"'“‘]?\s*$",
    re.IGNORECASE,
)
# A name as capitalised words (at most four), and a quoted nickname of capitalised words.
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3})"
_QUOTED = r"[\"“‘'](?P<nick>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[\"”’']"
# "Lau Kit-man, nicknamed 'Big Tiger'": the name, a cue, the quoted nickname.
_AFTER = (
    _NAME + r",?[ \t]+(?:nicknamed|dubbed|known[ \t]+as|alias|also[ \t]+called)[ \t]+" + _QUOTED
)
# The name's first word runs to the end of its run of name characters whatever capital
# it starts at, so no later capital of a run can match where the first did not: the
# pattern is tried once per run, from its start (from each capital, a 10 KB run of
# capitals took 6.0 CPU s in ``actors.matching.nicknames``).
_RUN_CHAR = re.compile(r"[\w'’-]")
_RUN_END = re.compile(r"[\w'’-]*")
_CAPITAL = re.compile(r"[A-Z]")
_NICKNAME_AFTER_AT = re.compile(_AFTER)
NICKNAME_AFTER_RE = re.compile(r"(?<![\w'’-])(?:(?![A-Z])[\w'’-])*+" + _AFTER)


def nicknames_after(text: str) -> Iterator[re.Match[str]]:
    """Each "Lau Kit-man, nicknamed 'Big Tiger'" in ``text`` (groups ``name`` and ``nick``),
    as a search from each capital would find them, in one pass. After a nickname whose
    closing quote runs on into a name ("'Tiger'Chan, dubbed ..."), the rest of that run
    is tried from its first capital."""
    pos = 0
    while True:
        m = None
        if 0 < pos < len(text) and _RUN_CHAR.match(text, pos - 1) and _RUN_CHAR.match(text, pos):
            end = _RUN_END.match(text, pos).end()
            capital = _CAPITAL.search(text, pos, end)
            m = _NICKNAME_AFTER_AT.match(text, capital.start()) if capital else None
            pos = pos if m else end
        m = m or NICKNAME_AFTER_RE.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.end()


# "'Big Tiger' Lau", "Lau 'Big Tiger' Kit-man": the quoted nickname right before a name.
NICKNAME_BEFORE_RE = re.compile(_QUOTED + r"[ \t]+" + _NAME)
# Where a quoted nickname may open: a quote, then a capital.
_OPENING = re.compile(r"[\"“‘'](?=[A-Z])")


def nicknames_before(text: str) -> Iterator[re.Match[str]]:
    """Each "'Big Tiger' Lau" in ``text`` (groups ``nick`` and ``name``): the matches of
    ``NICKNAME_BEFORE_RE.finditer``, in one pass. The nickname's first word runs to the
    end of its run of name characters (its closing quote ends that run or follows it), so
    an opening quote later in the same run cannot match where the first one did not:
    after a miss, the search goes on past the run. Searched from each quote, a 10 KB run
    of "'A" took 1.5 CPU s (a quadratic scan); now each run is read a bounded number of
    times."""
    pos = 0
    while (opening := _OPENING.search(text, pos)) is not None:
        m = NICKNAME_BEFORE_RE.match(text, opening.start())
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = _RUN_END.match(text, opening.end()).end()
