"""Acronym notes: an acronym in a chosen statement, spelt out in brackets.

A statement lifted out of its article may call a body by an acronym that the article
(or another article of the story) defined earlier ("... Harbour Licensing Office (HLO)",
then "HLO has raised its fees"); a reader without the article cannot tell what it is.
The editor gives the name the text defined, once: "HLO [Harbour Licensing Office]". The
name is the longest tail of the capitalised run before the bracket whose initials spell
the acronym (``actors.matching.acronym_definitions``); an acronym no text defines, or defined
as two names, is left alone, and so is one whose name the statement or an earlier one
already gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.compose.actors.matching import acronym_definitions
from briefing.model import Corpus

_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}\b")


def defined_names(corpus: Corpus) -> dict[str, str]:
    """Acronym -> the one name the story's texts define for it in brackets."""
    names: dict[str, set[str]] = {}
    for adoc in corpus.docs:
        for m, words, start in acronym_definitions(adoc.document.text):
            if m["how"] != "(" or start is None:
                continue
            if words[start].lower() == "the":
                start += 1  # "The" opens the sentence, not the name
                if start == len(words):
                    continue
            names.setdefault(m["short"], set()).add(" ".join(words[start:]))
    return {short: next(iter(found)) for short, found in names.items() if len(found) == 1}


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
