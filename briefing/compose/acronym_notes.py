"""Acronym notes: an acronym in a chosen statement, spelt out in brackets.

A statement lifted out of its article may call a body by an acronym that the article
(or another article of the story) defined earlier ("... Harbour Licensing Office (HLO)",
then "HLO has raised its fees"); a reader without the article cannot tell what it is.
The editor gives the name the text defined, once: "HLO [Harbour Licensing Office]". The
name is the longest tail of the capitalised run before the bracket whose initials spell
the acronym (``actors.matching.acronym_definitions``); an acronym no text defines, or defined
as two names, is left alone, and so is one whose name the statement or an earlier one
already gives. An acronym of at least ``MIN_SPELT_LETTERS`` letters that no text defines
at all ("The KPP won nine seats", the story writing only "the Kestrel People's
Party") is spelt out by the one name the story writes whose main words' initials are its
letters (``spelt_names``); two such names, or none, leave it alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.compose.actors.matching import acronym_definitions
from briefing.lang.acronyms import initials
from briefing.lang.names import ACRONYM_SKIP
from briefing.model import Corpus

_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")
# The fewest letters of an acronym no text defines that a name's initials spell out: two
# letters spell too many names by chance ("PM", "TV"). Set by hand from the DUC 2004 dev
# summaries judged in session 52 ("The CPP ..." with the party's name only in other
# sentences); not swept.
MIN_SPELT_LETTERS = 3
# An abbreviation written with dots ("U.S.", "U.N."), all of whose letters an acronym spells.
_DOTTED_RE = re.compile(r"(?:[A-Za-z]\.){2,}")
# A capitalised run, the small words of a name inside it ("Bureau of Bridge Safety").
_NAME_RUN_RE = re.compile(
    r"[A-Z][\w&'’.-]{0,40}(?:\s+(?:(?:of|and|the|for|on|in|to|&)\s+){0,2}[A-Z][\w&'’.-]{0,40})+"
)


def defined_names(corpus: Corpus) -> dict[str, str]:
    """Acronym -> the one name the story's texts define for it in brackets."""
    names: dict[str, set[str]] = {}
    told: set[str] = set()  # every acronym a text defines, in brackets or not
    for adoc in corpus.docs:
        for m, words, start in acronym_definitions(adoc.document.text):
            told.add(m["short"])
            if m["how"] != "(" or start is None:
                continue
            if words[start].lower() == "the":
                start += 1  # "The" opens the sentence, not the name
                if start == len(words):
                    continue
            names.setdefault(m["short"], set()).add(" ".join(words[start:]))
    defined = {short: next(iter(found)) for short, found in names.items() if len(found) == 1}
    return {**spelt_names(corpus, told), **defined}


def spelt_names(corpus: Corpus, told: set[str]) -> dict[str, str]:
    """Acronym -> the one name the story's texts write whose main words' initials spell
    it (``lang.acronyms.initials``), for the acronyms of at least ``MIN_SPELT_LETTERS``
    letters no text defines (``told``: in brackets, with "or ..." or "known as ...",
    as ``defined_names`` read them; each text read once, not again here)."""
    texts = [adoc.document.text for adoc in corpus.docs]
    wanted = {
        m.group()
        for t in texts
        for m in _ACRONYM_RE.finditer(t)
        if len(m.group()) >= MIN_SPELT_LETTERS and m.group() not in told
    }
    if not wanted:
        return {}
    longest = max(len(a) for a in wanted)
    # What the words from one on spell only grows word by word: once it opens no wanted
    # acronym, no longer run spells one (a second run of 750 + 5 dev articles spelt every
    # run up to its longest, 0.1-0.2 CPU s of the summary's editing).
    openings = {a[:k] for a in wanted for k in range(len(a) + 1)}
    found: dict[str, set[str]] = {}
    # a name is read within a sentence: "... met Carl Peters. Police ..." names no "CPP"
    for sentence in corpus.sentences():
        for run in _NAME_RUN_RE.finditer(sentence.text):
            words = run.group().rstrip(".").split()
            spelt = [_spelt([w]) for w in words]
            for i, first in enumerate(words):
                if first.lower() in ACRONYM_SKIP:
                    continue
                letters = ""
                # a name of n letters' words has at most two small words between two
                for j in range(i + 1, min(len(words), i + 3 * longest) + 1):
                    letters += spelt[j - 1]
                    if letters not in openings:
                        break
                    if (
                        j >= i + MIN_SPELT_LETTERS
                        and letters in wanted
                        and words[j - 1].lower() not in ACRONYM_SKIP
                    ):
                        name = " ".join(words[i:j])
                        found.setdefault(letters, set()).add(name.replace("’", "'"))
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}


def _spelt(words: Sequence[str]) -> str:
    """The letters ``words`` spell as an acronym: their initials, all the letters of an
    abbreviation written with dots ("U.S. Postal Service" -> "USPS", never "UPS")."""
    return "".join(
        w.replace(".", "") if _DOTTED_RE.fullmatch(w) else initials([w]) for w in words
    ).upper()


def acronym_notes(
    text: str, names: dict[str, str], told: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(acronym, its name) for each acronym of ``text`` that ``names`` spells out and
    neither ``text`` nor a statement ``told`` before names in full."""
    notes: list[tuple[str, str]] = []
    seen: set[str] = set()
    said: list[str] = []  # the texts in lower case, made once and only when needed
    for m in _ACRONYM_RE.finditer(text):
        name = names.get(m.group())
        if name is None or m.group() in seen:
            continue
        seen.add(m.group())
        said = said or [t.lower() for t in (text, *told)]
        if not any(name.lower() in t for t in said):
            notes.append((m.group(), name))
    return notes
