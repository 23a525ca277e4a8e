"""Nicknames: the words that introduce one ("nicknamed", "known as") and the ways the
coverage writes a person's nickname next to the name ("Lau Kit-man, nicknamed 'Big
Tiger'", "'Big Tiger' Lau"). Plain patterns, read by the key-actors step."""

from __future__ import annotations

import re

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
NICKNAME_AFTER_RE = re.compile(
    _NAME + r",?[ \t]+(?:nicknamed|dubbed|known[ \t]+as|alias|also[ \t]+called)[ \t]+" + _QUOTED
)
# "'Big Tiger' Lau", "Lau 'Big Tiger' Kit-man": the quoted nickname right before a name.
NICKNAME_BEFORE_RE = re.compile(_QUOTED + r"[ \t]+" + _NAME)
