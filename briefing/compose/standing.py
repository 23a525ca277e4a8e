"""Standing quantities and rates: the condition a count of people has ("osteoarthritis,
which affects 16 million Americans"), whose rate a rate is ("Blue fever kills 1 million a
year"), and whether two estimates of one number agree.

``figure_divergences`` compares two sources' counts of people with the same condition
like two estimates of a rate: over a year of coverage rather than a week, whatever else
their sentences say. "Rheumatoid arthritis" is not "osteoarthritis", so the condition is
the word with the modifiers before it; and "about 2 million" is what "2.1 million" rounds
to, no disagreement.
"""

from __future__ import annotations

import math
import re

from briefing.lang.conditions import (
    GENERIC_CONDITIONS,
    LEFT_ORPHANED_RE,
    LOST_PARENT_RE,
    ORPHAN_NOUNS,
    ORPHANED_AFTER_RE,
    ORPHANED_BEFORE_RE,
    ORPHANED_BY_RE,
    POSITIVE_AFTER_RE,
    POSITIVE_RE,
)
from briefing.lang.figures import (
    APPROXIMATE_QUALIFIERS,
    GENERIC_KILLERS,
    KILLER_RE,
    NOT_NAMES,
    NUMBER_WORDS,
    OPEN_ABOVE,
    OPEN_BELOW,
    ROUNDING_SHARE,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Sentence


def condition_at(adoc: AnalysedDocument, start: int) -> str:
    """The condition named by the word at character ``start`` of ``adoc`` with the
    modifiers right before it ("rheumatoid arthritis", not "arthritis"), or from a
    modifier at ``start`` to its noun."""
    if adoc.parse is None:
        return ""
    span = adoc.parse.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    word = span[0]
    while word.dep_ in ("amod", "compound") and word.head.i > word.i:
        word = word.head  # "suffer from grey lung": the words up to the noun
    mods = {c.i for c in word.children if c.dep_ in ("amod", "compound")}
    first = word.i
    while first - 1 in mods:
        first -= 1
    return adoc.parse[first : word.i + 1].text


def reworded(noun_class: str, phrase: str, before: str, after: str) -> tuple[str, str] | None:
    """(what is counted, its condition) of a standing count worded by what its people
    have or lost, whatever the wording: "1 million AIDS orphans", "children orphaned by
    AIDS", "AIDS has orphaned 700,000 children" and "AIDS has left 700,000 children
    orphaned" and "children who have lost a parent to AIDS" all count ("orphan", "AIDS");
    "HIV-positive people" and "people who are HIV positive" count ("person", "HIV").
    ``phrase``: the words from the figure to its counted noun; ``before``/``after``: the
    sentence before the figure and after the counted noun. None for any other count."""
    words_ = phrase.split()
    found: tuple[str, str] | None = None
    if words_ and words_[-1].lower() in ORPHAN_NOUNS and len(words_) > 1:
        found = ("orphan", words_[-2])  # "AIDS orphans"
    elif (
        (m := ORPHANED_BY_RE.match(after))
        or (m := LOST_PARENT_RE.match(after))
        or ORPHANED_AFTER_RE.match(after)
        and (m := LEFT_ORPHANED_RE.search(before))
        or (m := ORPHANED_BEFORE_RE.search(before))
    ):
        found = ("orphan", m.group("about"))
    elif (m := POSITIVE_RE.match(phrase)) or (m := POSITIVE_AFTER_RE.match(after)):
        found = (noun_class, m.group("about"))
    if found is None or found[1].lower() in GENERIC_CONDITIONS or not found[1][:1].isupper():
        return None  # "war orphans", "who are positive": no condition a reader can name
    return found


def capitalised(word: str) -> bool:
    """A capitalised word that is no acronym (a sentence's first word: "Osteoarthritis")."""
    return word[:1].isupper() and not word.isupper()


def rounds_to(a: float, qualifier_a: str, b: float, qualifier_b: str) -> bool:
    """Whether two figures agree once an approximate one is read as rounded ("about 2
    million" and "2.1 million": within ``ROUNDING_SHARE`` of the larger); exact figures
    that differ never do."""
    approximate = {qualifier_a, qualifier_b} & APPROXIMATE_QUALIFIERS
    return bool(approximate) and abs(a - b) <= ROUNDING_SHARE * max(a, b)


def count_span(
    value: float, qualifier: str, span: tuple[float, float] | None
) -> tuple[float, float]:
    """The counts a figure allows, as (lowest, highest): a range's ends ("1.5 to 2
    million") and an approximate figure ("about 2 million") each with ``ROUNDING_SHARE``
    either side, "at least" or "more than" open above, "up to" open below, else the
    figure itself."""
    if span is not None:
        return span[0] * (1 - ROUNDING_SHARE), span[1] * (1 + ROUNDING_SHARE)
    words_ = set(qualifier.split(" ")) | {qualifier}
    if words_ & OPEN_ABOVE:
        return value, math.inf
    if words_ & OPEN_BELOW:
        return 0.0, value
    if qualifier in APPROXIMATE_QUALIFIERS:
        return value * (1 - ROUNDING_SHARE), value * (1 + ROUNDING_SHARE)
    return value, value


def same_rate_subject(
    owner_a: str, text_a: str, owner_b: str, text_b: str, story: frozenset[str] = frozenset()
) -> bool:
    """Whether two rates are of the same thing by the names before them (``owner_*``: the
    text of a sentence ``text_*`` before its figure), the first word of a sentence
    included ("Blue fever kills 1 million a year" vs "Red fever kills 2 million a year"
    are two diseases): a name before one must be a word of the other's sentence ("2
    million deaths a year from blue fever"). Rates with no name before either are of the
    story's subject. Two rates that say what kills are of one thing when that is the
    same ("heart disease kills" vs "cancer kills": two); "the disease kills" is what the
    story is about, the killer most of its articles name (``story``: their words)."""
    killer_a, killer_b = _killer(owner_a), _killer(owner_b)
    if killer_a and killer_b:
        if (killer_a <= GENERIC_KILLERS) != (killer_b <= GENERIC_KILLERS):
            # "the disease kills 2 million" is the story's disease when the other rate's
            # killer is a word most of its articles use ("malaria", ``story``)
            return (killer_a | killer_b) - GENERIC_KILLERS <= story
        return killer_a == killer_b
    lead_a, lead_b = lead_names(owner_a), lead_names(owner_b)
    if not (lead_a or lead_b):
        return True
    if (killer_a and killer_a <= GENERIC_KILLERS and lead_b and lead_b <= story) or (
        killer_b and killer_b <= GENERIC_KILLERS and lead_a and lead_a <= story
    ):
        return True  # "the disease kills 1 million" / "Malaria is behind 2 million deaths"
    return bool(lead_a & set(words(text_b)) or lead_b & set(words(text_a)))


def lead_names(owner: str) -> set[str]:
    """Capitalised words before a figure, lower-cased, a sentence's first word included."""
    return {w.lower() for w in re.findall(r"\b[A-Z][a-zA-Z]+", owner) if w not in NOT_NAMES}


def _killer(owner: str) -> frozenset[str]:
    """The words of what kills, right before "kills" ("heart disease kills 500,000")."""
    m = KILLER_RE.search(owner)
    return frozenset(words(m.group("killer"))) - STOP_WORDS if m else frozenset()


def lead_name(sent: Sentence, other: Sentence, common: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence may open on a name ("Ostravia police detained 18"): a capitalised
    first word that is no number and that the other sentence does not use in lower case,
    nor any article (``common``: "Authorities said …")."""
    first = re.match(r"[A-Z][a-z]+", sent.text)
    word = first.group().lower() if first else ""
    return (
        bool(word)
        and first.group() not in NOT_NAMES
        and word not in NUMBER_WORDS
        and word not in other.words
        and word not in common
    )
