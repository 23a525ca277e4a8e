"""Given names the entity model left out: "Ilse | Marrow" read as the person "Marrow".

The small model sometimes tags only the surname of a full name it has not met ("Ilse
Marrow was quoted as saying ...": PERSON "Marrow"), or misses the full name and tags only
a later bare surname ("Per-Ola Marrow of the harbour board said ...; Marrow said ..."). The
actor is then shown by the surname alone, though its article gives the full name. Where
an article writes a surname the model tagged as a person there with a capitalised name
word right before it (one space apart, same line), and that word is no other name (no
mention of the model covers it, none reads it as a name of its own), no title, office,
body, place or calendar word, and the parse reads it as a proper noun joined to the
surname ("compound"), the two words are one person's full name: ``with_given_names``
reads them as one PERSON mention. "President Marrow", "Mr. Marrow", "But Marrow",
"Harbin, Marrow", "Goteborg | Marrow" (a body the model tagged), "the Christian | Marrow"
(a word describing him) and "Anna Ilse | Marrow" (more of a name before it, or a heading:
"Case Confronts | Marrow") stay as they are. A full name the model cut at the hyphen of
its given name ("Per-| Ola Marrow") is read whole.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from briefing.compose.actors.fronts import written_whole
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.names import (
    CORPORATE_SUFFIXES,
    FOREIGN_HONORIFICS,
    GOVERNMENT_WORDS,
    PERSON_TITLES,
)
from briefing.lang.places import (
    ORGANISATION_WORDS,
    PLACE_FIRST_WORDS,
    PLACE_HEAD_WORDS,
    PLACE_PREFIXES,
)
from briefing.lang.roles import ROLE_NOUNS
from briefing.model import Mention
from briefing.parsed import ParsedDoc, tokens_at

# A given name right before a surname: capitalised letters, perhaps hyphenated
# ("Per-Ola"), then one space or tab on the same line.
_GIVEN_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]$")
# The model's labels of names: a word it tags so is a name of its own, no given name.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# The first half of a hyphenated given name right before a mention ("Per-" of "Per-Ola").
_HALF_BEFORE_RE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+-$")
# How far before a surname the given name is looked for (a long hyphenated given name
# and its space; names longer than this are no given names the rule reads).
GIVEN_CHARS = 24
# A surname as the model tags it alone: one capitalised word ("Marrow", "O'Dare").
_SURNAME_RE = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")
# Words that open no person's name: titles, forms of address and offices ("President
# Marrow", "Madame Marrow", "Coach Marrow"), a body's, a place's or the calendar's words
# ("Harbor Marrow", "June Marrow").
_NOT_GIVEN = (
    PERSON_TITLES
    | FOREIGN_HONORIFICS
    | ROLE_NOUNS
    | CALENDAR_WORDS
    | {w.lower() for w in ORGANISATION_WORDS | GOVERNMENT_WORDS | CORPORATE_SUFFIXES}
    | {w.lower() for w in PLACE_FIRST_WORDS | PLACE_PREFIXES | PLACE_HEAD_WORDS}
)
# The word before a given name, on its line, with no punctuation after it: none may be
# capitalised (more of a name, a title, a heading) or an article.
_WORD_BEFORE_RE = re.compile(r"(?P<word>[\w'’-]+)[ \t]+$")
_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})
# The parse of the given name: it ends in a proper noun, and is attached to the surname as
# a part of its name ("Ilse" compound of "Marrow"; the model reads the "Per" of a
# hyphenated "Per-Ola" as a preposition, the whole a modifier of the surname: "nmod").
_GIVEN_POS = "PROPN"
_GIVEN_DEPS = frozenset({"compound", "nmod"})


def with_given_names(
    text: str, mentions: list[Mention], parse: ParsedDoc | None, starts: Sequence[int]
) -> list[Mention]:
    """The mentions of one article with each surname the model tagged without the given
    name written right before it read as a full PERSON mention ("Ilse" + "Marrow": "Ilse
    Marrow"), added where the model tagged nothing there (in the sentence of ``starts``,
    the article's sentence starts, it begins in); all others as they are, in order of the
    text."""
    names = {m.text for m in mentions if m.label in _NAME_LABELS}
    mentions = [_whole_hyphenated(text, m, names) for m in mentions]
    surnames = {m.text for m in mentions if m.label == "PERSON" and _SURNAME_RE.fullmatch(m.text)}
    if not surnames or parse is None:
        return mentions
    covered = _Covered([(m.start, m.end) for m in mentions])
    by_start = {m.start: m for m in mentions}
    found: dict[int, Mention] = {}  # the full name's start: its mention
    replaced: set[int] = set()  # starts of the surname mentions read as full names
    for surname in sorted(surnames):
        for at in written_whole(surname, text):
            given = _given_before(text, at, surname, names, covered, parse)
            if given is None:
                continue
            start = at - len(given) - 1
            own = by_start.get(at)
            if own is not None and not (own.label == "PERSON" and own.text == surname):
                continue  # the model read the words there as another name
            if covered.overlaps(at, at + len(surname)) and own is None:
                continue  # within a longer mention
            end = at + len(surname)
            sentence = max(0, bisect.bisect_right(starts, start) - 1)
            found[start] = Mention(text[start:end], "PERSON", start, end, sentence)
            if own is not None:
                replaced.add(at)
    if not found:
        return mentions
    kept = [m for m in mentions if m.start not in replaced]
    return sorted(kept + list(found.values()), key=lambda m: (m.start, -m.end))


def _whole_hyphenated(text: str, m: Mention, names: set[str]) -> Mention:
    """A PERSON mention that starts after the hyphen of a given name ("Per-|Ola Marrow")
    read from the given name's start; any other mention as it is, and one after another
    name ("the Harlow-|Vance administration": two people's names, ``names``)."""
    if m.label != "PERSON" or not text.startswith("-", m.start - 1):
        return m
    half = _HALF_BEFORE_RE.search(text, max(0, m.start - GIVEN_CHARS), m.start)
    word = half.group(0)[:-1] if half else ""
    if not word or word in names or word.lower() in _NOT_GIVEN:
        return m
    if re.search(rf"(?<![\w-]){word}(?![\w-])", text):
        return m  # written on its own too: a name of its own ("Harlow said")
    return Mention(text[half.start() : m.end], m.label, half.start(), m.end, m.sentence)


def _given_before(
    text: str,
    at: int,
    surname: str,
    names: set[str],
    covered: _Covered,
    parse: ParsedDoc,
) -> str | None:
    """The given name written right before the surname at ``at``, or None."""
    m = _GIVEN_BEFORE_RE.search(text, max(0, at - GIVEN_CHARS), at)
    if m is None:
        return None
    given = m.group(1)
    if given in names or given.lower() in _NOT_GIVEN or given == surname:
        return None
    if any(w.lower() in _NOT_GIVEN for w in given.split("-")):
        return None
    before = _WORD_BEFORE_RE.search(text, max(0, m.start(1) - GIVEN_CHARS), m.start(1))
    if before is not None and (before["word"][0].isupper() or before["word"] in _ARTICLES):
        # "Karla Faye | Tucker", "Case Confronts | Bush": more of a name, a title or a
        # heading before it; "the Christian | Lahoud": a word describing the name
        return None
    if covered.overlaps(m.start(1), m.end(1)):
        return None  # a date, a place or a body the model tagged ("Goteborg | Marrow")
    tokens = tokens_at(parse, m.start(1), m.end(1))
    head = tokens_at(parse, at, at + len(surname))
    if tokens is None or head is None:
        return None
    words = [t for t in tokens if not t.is_punct]
    if not words or words[-1].pos_ != _GIVEN_POS:
        return None
    surname_at = head[len(head) - 1].i
    roots = [t for t in words if not tokens.start <= t.head.i < tokens.end]
    # Its last word, or its one word the rest hangs on, is part of the surname's name.
    joined = [words[-1]] + (roots if len(roots) == 1 else [])
    if not any(t.head.i == surname_at and t.dep_ in _GIVEN_DEPS for t in joined):
        return None
    return given


class _Covered:
    """The spans of an article's mentions, asked whether characters overlap one in time
    growing with the log of their number: looking through them all for each surname
    written took time growing with the square of an article of thousands of names."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether characters ``start:end`` overlap a mention: one starting before
        ``end`` ends after ``start``."""
        before = bisect.bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start
