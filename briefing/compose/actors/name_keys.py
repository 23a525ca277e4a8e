"""Name keys: a name as written cleaned into a comparable key, and whether it can be one.

``normalise_name`` strips a leading "the", possessives, a glued acronym and corporate
suffixes, parts a middle initial glued to the surname ("K.Treviso") and keys the rest
case-insensitively; ``strip_titles`` drops person titles before a name ("Sen.", "Facebook
CEO"), ``generation`` a generation after it ("Jr."); ``plausible_name`` refuses what
cannot be one name (a list, a clause, lower-case words, a bare number, a title-cased
phrase cut short).
"""

from __future__ import annotations

import re

from briefing.lang.furniture import JUNK_NAMES
from briefing.lang.names import (
    CORPORATE_SUFFIXES,
    GENERATION_SUFFIXES,
    NAME_PARTICLES,
    PERSON_TITLES,
)
from briefing.lang.speech import SAYS

# More words than this in one mention is a list or clause run together, not a name.
# Set by hand on the sample, not yet benchmarked.
MAX_NAME_WORDS = 8
# Words no name ends with: a mention ending so is a phrase cut short ("Skylark In" of a
# festival's "Skylark In May").
NAME_END_WORDS = frozenset({"of", "the", "and", "&", "for", "on", "in", "to", "at", "an", "by"})
# Speech verbs that open an inverted quote ("Added Stern, ..."), read by the model as a
# given name; not "Said", "Says", which are given names too.
_INVERTED_SPEECH = frozenset(w.capitalize() for w in SAYS) - {"Said", "Says"}
POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
# An acronym glued to the end of the name it stands for, its bracket perhaps unclosed: the
# model's mention "Harbour Licensing Office(HLO" (D0623E's wire copy writes no space).
_GLUED_ACRONYM_RE = re.compile(r"(?<=[a-z])\([A-Z]{2,7}\)?$")
# A middle initial written with no space before the surname ("Alma K.Treviso"): one name
# with "Alma K. Treviso", not a second person. Only a lone initial: "U.S.Navy"'s "S." is
# part of an abbreviation.
_GLUED_INITIAL_RE = re.compile(r"(?<=\s[A-Z]\.)(?=[A-Z][a-z])")


def normalise_name(text: str) -> tuple[str, str, bool]:
    """Return (display surface, key, had_leading_The) for a name as written."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = _GLUED_ACRONYM_RE.sub("", POSSESSIVE_RE.sub("", text))
    text = _GLUED_INITIAL_RE.sub(" ", text)
    had_the = False
    if text.lower().startswith("the "):
        had_the = text.startswith("The ")
        text = text[4:]
    text = text.strip(" -–—,.;:'’\"“”") if not text.endswith(".") else text.strip(" -,;:'’\"“”")
    text = text.rstrip(".") if text.count(".") == 1 else text
    key = text.lower().replace(".", "").replace("’", "'").replace(" & ", " and ")
    key = re.sub(r"[^\w&' -]", "", key)
    words = key.split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words = words[:-1]  # "Dorvale Communications Corp." is "Dorvale Communications"
    return text, " ".join(words), had_the


def strip_titles(surface: str) -> tuple[str, str]:
    """Drop leading person titles ("Sen.", "Facebook CEO") from a person's name, and a
    speech verb opening an inverted quote ("Added Stern"); the last title dropped ("sen",
    "ceo"), or ""."""
    words = surface.split()
    if len(words) > 1 and words[0] in _INVERTED_SPEECH:
        words = words[1:]  # "Added Stern, ...": the verb of an inverted quote, no given name
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in PERSON_TITLES:
            cut = i + 1
    return " ".join(words[cut:]), words[cut - 1].lower().rstrip(".") if cut else ""


def generation(words: list[str]) -> tuple[list[str], str]:
    """A full name's ``words`` without a generation written after the surname ("G.
    Richard Wexley Jr.": the person is "Wexley"), and that generation in lower case
    without its full stop ("jr"), or ""."""
    if len(words) > 2 and (last := words[-1].rstrip(".").lower()) in GENERATION_SUFFIXES:
        return words[:-1], last
    return words, ""


def plausible_name(surface: str, key: str, max_words: int = MAX_NAME_WORDS) -> bool:
    """False for what cannot be one name: lists, clauses, lower-case words, bare numbers."""
    if not key or key in JUNK_NAMES or len(key) < 2 or key in PERSON_TITLES:
        return False  # "Gen" of "Gen Xers" is a title's spelling, no one's name
    words = surface.split()
    if any(ch in surface for ch in ",;:()[]|/\n") or len(words) > max_words:
        return False  # a list or a clause the model ran together, not one name
    if any(
        not w[:1].isupper()
        and not w[:1].isdigit()
        and w.lower().split("-")[0] not in NAME_PARTICLES
        for w in words[1:]
    ):
        return False  # "Harlan Foods that Dunmore Bank"
    if words[-1].lower() in NAME_END_WORDS:
        return False  # "Skylark In" of "Skylark In May": a phrase cut short
    if not any(ch.isupper() for ch in surface):
        return False
    if not any(ch.isalpha() for ch in key):
        return False
    return not re.fullmatch(r"[\d\W]+", surface)


def phrase_head(surface: str) -> str | None:
    """The words before the capitalised function words a mention ends with ("Skylark" of
    "Skylark In", the model's cut of a festival's "Skylark In May"): such a mention is a
    title-cased phrase, not a name. None for a mention ending in a name's word, or in a
    function word in lower case ("Acme and" of "Acme and Zeta": a word glued on)."""
    words = surface.split()
    n = len(words)
    while n > 1 and words[n - 1][:1].isupper() and words[n - 1].lower() in NAME_END_WORDS:
        n -= 1
    return " ".join(words[:n]) if n < len(words) else None
