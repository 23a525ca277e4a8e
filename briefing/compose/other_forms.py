"""The other forms another article may write a particular of a fact in, for the looser †
test (``probable_reports``): the stems of the coverage that are another form of a word
the statement gives, and the sentences writing a small figure in words.

A suffix stemmer joins a word's inflections ("concluded" / "concludes"), not its
derivations: on stories the † rules were never tuned on, a strict reader found †s on a
story's lead fact told by other articles as "the conclusion" for "concluded", "Kenya"
for "Kenyan", "eight percent" for "8 percent" (issue 11). Three kinds are joined here,
each a closed rule, not a likeness of spelling: a nationality's adjective and its
country's name (``lang.names``' endings and irregular adjectives, the gazetteer the key
actors read: "Kenyan" / "Kenya", "French" / "France"); the d/s alternation of Latin
verbs and their nouns ("conclud-" / "conclus-", "decid-" / "decis-", "invad-" /
"invas-"); and a stem with a derivational ending on it ("smoke" / "smoker", "defin" /
"definit", "terror" / "terrorist"). A figure under ten written in words ("eight") is no
stem of the † tests (a stop word), so its sentences are read once here.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import lru_cache

from briefing.compose.actors.matching import country_of
from briefing.compose.fact_words import fact_stems
from briefing.lang.figures import NUMBER_WORDS
from briefing.lang.names import DEMONYM_ENDINGS, IRREGULAR_DEMONYMS
from briefing.model import Sentence

# Endings that make another word of the same root from a stem, as the stemmer leaves
# them: the doer ("smoker", "terrorist"), the noun of a verb the stemmer cuts short
# ("definit" of "definition" beside "defin"). Not "or" ("governor" is no form of
# "government"), "an" ("republican" of "republic"), "al" ("personal" of "person"), nor
# any ending that makes another word of a short stem ("count" / "country"):
# ``_ENDING_MIN_STEM``.
_DERIVED_ENDINGS = ("er", "r", "ist", "it")
# A stem shorter than this takes no ending ("part" / "partial", "lead" / "leader").
_ENDING_MIN_STEM = 5
# The d/s alternation: "conclud" / "conclus", "decid" / "decis", "explod" / "explos".
_ALTERNATION = re.compile(r"^([a-z]{3,}[aeiou])([ds])$")
# Figures written in words that another article may give in digits: two to nine ("one"
# is mostly no figure: "one of the ...", session 41). Ten and over are digits already
# (``fact_words``).
_SMALL_FIGURES = {w: v for w, v in NUMBER_WORDS.items() if 2 <= v <= 9}


def _country_forms(stem: str) -> set[str]:
    """The stems of a country's name and of its nationality's adjective, when ``stem``
    is either ("kenyan" -> "kenya", "kenyan"); else none."""
    country = None
    for word in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem):
        country = country_of(word)
        if country:
            break
    if not country:
        return set()
    name = country.lower()
    forms = {name, *(adj for adj, place in IRREGULAR_DEMONYMS.items() if place == name)}
    for drop, add in DEMONYM_ENDINGS:
        if name.endswith(add):
            forms.add(name[: len(name) - len(add)] + drop)
    return {s for form in forms for s in fact_stems(form.split())}


@lru_cache(maxsize=4096)
def forms(stem: str) -> frozenset[str]:
    """The stems another form of ``stem``'s word may have, ``stem`` aside: its country or
    nationality, its d/s alternation, it with a derivational ending or it without one."""
    if not stem.isalpha() or len(stem) < _ENDING_MIN_STEM - 1:
        return frozenset()
    found = _country_forms(stem)
    m = _ALTERNATION.match(stem)
    if m:
        found.add(m[1] + ("s" if m[2] == "d" else "d"))
    for ending in _DERIVED_ENDINGS:
        if len(stem) >= _ENDING_MIN_STEM:
            found.add(stem + ending)
        if stem.endswith(ending) and len(stem) - len(ending) >= _ENDING_MIN_STEM:
            found.add(stem[: -len(ending)])
    found.discard(stem)
    return frozenset(found)


def word_forms(stem: str, known: Container[str]) -> set[str]:
    """The stems of ``known`` (the coverage's) that are another form of ``stem``'s word
    (``forms``)."""
    return {f for f in forms(stem) if f in known}


class SpelledFigures:
    """The sentences writing a figure from two to nine in words, by the figure in digits
    ("8" -> the sentences giving "eight"), read once."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.by_figure: dict[str, list[int]] = {}
        for i, s in enumerate(sentences):
            for w in {w.lower() for w in s.words} & _SMALL_FIGURES.keys():
                self.by_figure.setdefault(str(_SMALL_FIGURES[w]), []).append(i)

    def holding(self, key: str) -> list[int]:
        """The sentences giving the figure ``key`` ("8") in words."""
        return self.by_figure.get(key, [])
