"""Acronyms and nicknames of bodies: how a text defines one ("Federal Trade Commission
(FTC)", "..., or FTC", "PKK (Kurdistan Workers Party)") and the ones no rule can find
("the GOP"), and a name's initials (``initials``). Read by the key-actors step
(``compose/actors/forms.py``, ``matching.py``, ``merge.py``) to join a body's acronym to
its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.lang.names import ACRONYM_SKIP

# Nicknames of bodies that no acronym rule can find, as (name key, nickname key) pairs
# like the acronyms a text defines: "the GOP" is the Republican Party; and acronyms of a
# body's name in its own language, which the English name does not spell ("FSB").
BODY_NICKNAMES = frozenset({
    ("republican party", "gop"), ("republican party", "grand old party"),
    ("federal security service", "fsb"), ("foreign intelligence service", "svr"),
    ("committee for state security", "kgb"), ("doctors without borders", "msf"),
    ("revolutionary armed forces of colombia", "farc"), ("national liberation army", "eln"),
    ("basque homeland and freedom", "eta"), ("kurdistan workers party", "pkk"),
    ("kurdistan workers' party", "pkk"), ("islamic resistance movement", "hamas"),
})  # fmt: skip
# A capitalised run defining an acronym: "Federal Trade Commission (FTC)", "..., or FTC",
# "Commission on Narcotic Trade and Maritime Safety (CNTMS)"; the bracket may follow with
# no space ("Commission(FTC)", D0623E's wire copy). The run may cross a line break and
# hold the small words of a name; ``how`` is "(", "or "/"known as "/"also called " or
# empty (a bare comma, an apposition only where ``APPOSITION_END_RE`` follows).
# At most DEFINED_NAME_WORDS words ("United Nations Commission on Narcotic Trade and
# Maritime Safety": nine; set by hand on issue 11's held-out report, not benchmarked):
# of a longer run only its last ones, which bounds each try, so a 40,000-word
# capitalised run is read in one pass (unbounded, 4,000 words took 5.7 CPU s).
DEFINED_NAME_WORDS = 12
_NAME_WORD = r"[A-Z][\w&'’.-]{0,40}"
DEFINED_ACRONYM_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|and|the|for|on|in|to|&))"
    rf"{{1,{DEFINED_NAME_WORDS - 1}}}),?\s*"
    r"(?P<how>\(|(?<=\s)(?:or\s+|known\s+as\s+|also\s+called\s+)|(?<=,\s))(?:the\s+)?"
    r"(?P<short>[A-Z]{2,7})"
    r"(?=[),])"
)
# After "NAME, the ABC," a lower-case word that goes on with the sentence: an apposition
# ("..., the BEA, underscores"), not a list ("the FAA, the FBI, and the Navy").
APPOSITION_END_RE = re.compile(r"\)?,\s+(?!(?:and|or|the|a|an|as|but|nor)\b)[a-z]")
# The reverse order: "PKK (Kurdistan Workers Party)".
DEFINED_ACRONYM_REV_RE = re.compile(r"\b([A-Z]{2,6})\s+\(([A-Z][^()\n]{3,60})\)")


def initials(words: Iterable[str]) -> str:
    """The initials of a name's main words, as written ("National Transportation Safety
    Board" -> "NTSB", the name key "commission on crime" -> "cc"): the small words of a
    name (``ACRONYM_SKIP``: "of", "the", "and" ...) and words not opening with a letter
    ("3M", "&") give none."""
    return "".join(w[0] for w in words if w[:1].isalpha() and w.lower() not in ACRONYM_SKIP)


# An abbreviation in brackets after the words it stands for, read back from the bracket:
# "sexually transmitted infections (STI)", "... (NGOs)". ``LOWER_DEFINED_WORDS`` lower-case
# words before it are read at most (set by hand, not benchmarked: an acronym stands for a
# phrase of two to five words, and only a tail of the run that it spells counts);
# a capitalised word ends the run.
LOWER_DEFINED_WORDS = 8
BRACKETED_ACRONYM_RE = re.compile(r"\((?P<short>[A-Z]{2,7})(?:s|'s)?\)")
_LOWER_WORD_RE = re.compile(r"[a-z][a-z'’-]*")


def lower_words_before(text: str, end: int) -> list[str]:
    """The lower-case words right before ``end`` on the same line (at most
    LOWER_DEFINED_WORDS), the last one nearest: "... cases of sexually transmitted
    infections" -> [..., "sexually", "transmitted", "infections"]; a capitalised word, a
    figure or a punctuation mark other than a hyphen or an apostrophe ends the run."""
    start = max(0, text.rfind("\n", 0, end) + 1)
    words = text[start:end].split()
    run: list[str] = []
    for w in reversed(words):
        if len(run) == LOWER_DEFINED_WORDS or not _LOWER_WORD_RE.fullmatch(w):
            break
        run.append(w)
    return run[::-1]
