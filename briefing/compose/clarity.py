"""Is a sentence's subject clear to a reader who sees no other sentence of its article?

Three kinds of subject were introduced by an earlier sentence, unless the whole story is
about them:

- a thing told in the passive as if named before ("The hearing was postponed ...",
  ``anaphora.passive_definite_subject``): clear when the story is about that thing (its
  word is in at least ``STORY_THING_SHARE`` of the articles);
- a person named by the surname alone ("Hallworth said the cable will hold",
  "Hallworth's report found ...", "..., Hallworth said."): the article gave the full
  name and the role before. Clear when the person is one the story is about (the
  surname is in ``STORY_THING_SHARE`` of the articles: the mayor of a story on the
  mayor), or when the sentence itself gives the full name;
- people called by a plain noun as the subject ("The officials refused the toll",
  ``anaphora.PEOPLE_NAMED_BEFORE``): which officials an earlier sentence said; clear
  when the story is about them (their word in ``STORY_THING_SHARE`` of the articles).

A share or a count of people that says neither where nor when ("Close to 80 percent of
anglers back the fee", "Some 4,000 residents of the valley marched") is a figure of the
place and the year an earlier sentence told (``unplaced_figure``).
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Container
from typing import Any

from briefing.compose.article_memo import (
    by_article,
    counts_written,
    decode_counts,
    encode_counts,
    runs_written,
)
from briefing.compose.memo import BadValue, decode_strings, encode_strings
from briefing.compose.near_duplicates import stem
from briefing.compose.sentence_filters import trim_connective
from briefing.compose.short_names import first_stems
from briefing.lang.anaphora import PEOPLE_NAMED_BEFORE
from briefing.lang.connectives import OPENING_WORDS
from briefing.lang.definites import (
    BODIES_NAMED_BEFORE,
    definite_subject,
    passive_definite_subject,
    plural_of,
)
from briefing.lang.names import PERSON_TITLES
from briefing.lang.patterns import alternation
from briefing.lang.speech import SPEAKER_VERBS
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Corpus

# A thing or a person told in the passive or by surname is clear when the story is about
# it: its word is in at least this share of the articles. Set by hand (s14), not tuned.
STORY_THING_SHARE = 0.5
# A word's plural at least this share of its uses in the story: the story tells of many
# such things, so "the" and the word alone does not say which. Set by hand from the
# 11 tuning stories (tribes, reservations: 0.26-0.48; one crashed plane: 0.03), not swept.
MANY_SHARE = 0.25

_NAME = r"(?:Mc|Mac|De|Di|La|Le|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# "Ann Hallworth", "Dr. Hallworth", "Mayor Tom L. Pell": a capitalised word (or a title)
# right before a name makes that name a surname the article used in full.
# (A lookahead: "Mayor Tom Pell" gives both "Tom" and "Pell".)
_FULL_NAME = re.compile(rf"\b(?P<first>[A-Z][a-z]*\.?|[A-Z]\.) (?=(?P<last>{_NAME})\b)")
# The surname opens the sentence (or the clause after its opening) as its speaker or
# owner ("Hallworth said", "Hallworth's report", "Hallworth, who ...", "After the tests,
# Hallworth believes"), or closes it as the speaker (", Hallworth said.").
_SURNAME_OPENING = re.compile(
    rf"(?:^|,\s+)(?P<name>{_NAME})(?:['’]s?\s|,\s+who\b|\s+{alternation(SPEAKER_VERBS)}\b)"
)
# The surname is the subject of the sentence's verb ("Hallworth later ruled ...", "Hall
# has asked ..."), or a family is called by it ("The Pryces won ...").
_SURNAME_SUBJECT = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|has|had|have|was|is|will|would|could|can|may|must|should)\b"
)
_FAMILY = re.compile(rf"^The (?P<name>{_NAME})s\b")
_FAMILY_ANYWHERE = re.compile(rf"\b[Tt]he (?P<name>{_NAME})s\b")
_PLURAL_NAME = re.compile(rf"\b(?P<name>{_NAME})s\b")
_SPEAKING = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.? (?P<titled>{_NAME})|(?P<name>{_NAME}) "
    r"(?:said|says|told|added|testified|wrote|recalled))\b"
)
# A share, or a count of people ("5,000 people", "2 million smokers").
_SHARE = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
_PEOPLE = (
    "people", "persons", "residents", "citizens", "children", "adults", "men", "women",
    "smokers", "workers", "voters", "students", "families", "households", "patients",
)  # fmt: skip
_PEOPLE_COUNT = re.compile(
    r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?\s+(?:[a-z-]+\s+){0,2}?"
    rf"{alternation(_PEOPLE)}\b"
)
# Words that say when: a year, a day or a year by its distance ("last year", "two years
# ago"); a month or a weekday is capitalised, which ``unplaced_figure`` reads as a name.
_WHEN = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|(?:last|this|next) (?:year|month|week|decade|"
    r"spring|summer|fall|autumn|winter)|(?:19|20)\d\ds?|\w+ (?:years?|months?|days?) ago)\b",
    re.IGNORECASE,
)
_EDGE = ".,;:!?\"'“”‘’()[]"
_OPENERS = STOP_WORDS | OPENING_WORDS

_SURNAME_CLOSING = re.compile(rf",\s+(?P<name>{_NAME})\s+{alternation(SPEAKER_VERBS)}\W*$")

# One article's speaking or titled names, and its counts of family and plural names.
Speaking = tuple[frozenset[str], dict[str, int], dict[str, int]]


def _encode_speaking(value: Speaking) -> list[Any]:
    spoken, families, plurals = value
    return [sorted(spoken), encode_counts(families), encode_counts(plurals)]


def _decode_speaking(data: Any) -> Speaking:
    if not (isinstance(data, list) and len(data) == 3):
        raise BadValue("article speakers")
    return decode_strings(data[0]), decode_counts(data[1]), decode_counts(data[2])


def _names_fit(names: frozenset[str], text: str, sentences: int) -> bool:
    """Every name of a stored answer written in its article (a tampered cache entry
    must not make a name a person's the article never writes)."""
    return runs_written(names, text)


def _speaking_fits(value: Speaking, text: str, sentences: int) -> bool:
    spoken, families, plurals = value
    counted = [*families.items(), *plurals.items()]
    return (
        _names_fit(spoken | families.keys() | plurals.keys(), text, sentences)
        and all(n >= 1 for _, n in counted)
        and all(counts_written({name: n}, text) for name, n in counted)
    )


def story_things(corpus: Corpus) -> frozenset[str]:
    """Stems of the words at least ``STORY_THING_SHARE`` of the articles use."""
    df: Counter[str] = Counter()
    for d in corpus.docs:
        # The stems of the article's words (lower case already), remembered per article.
        df.update(first_stems(d).keys())
    need = STORY_THING_SHARE * len(corpus.docs)
    return frozenset(w for w, n in df.items() if n >= need)


class StoryThings:
    """Whether a story is about one thing of a word ("the casino" of a story on one
    casino needs no name): the word in ``STORY_THING_SHARE`` of the articles
    (``story_things``), and not one of many (``many``). Reads the story's words once."""

    def __init__(self, corpus: Corpus, things: frozenset[str] | None = None) -> None:
        self.corpus = corpus
        self._things = things
        self._counts: Counter[str] | None = None

    @property
    def things(self) -> frozenset[str]:
        """``story_things`` of the corpus."""
        if self._things is None:
            self._things = story_things(self.corpus)
        return self._things

    def many(self, word: str) -> bool:
        """Whether the story speaks of many things called ``word`` (singular, lower case):
        its plural is at least ``MANY_SHARE`` of the word's uses ("the tribe" in a story
        on tribes)."""
        if self._counts is None:
            self._counts = Counter(w for s in self.corpus.sentences() for w in s.words)
        one, many = self._counts[word], self._counts[plural_of(word)]
        return many >= MANY_SHARE * (one + many)

    def about_one(self, word: str, *, plural: bool = False) -> bool:
        """Whether the story is about one such thing (or these things: ``plural``)."""
        return stem(word) in self.things and (plural or not self.many(word))


def surnames(corpus: Corpus) -> frozenset[str]:
    """Words the articles use as the last part of a person's full name ("Hallworth" of
    "Ann Hallworth", "Pell" of "Mayor Pell")."""
    return frozenset().union(*(article_surnames(d) for d in corpus.docs))


@by_article("article_surnames", encode_strings, decode_strings, _names_fit)
def article_surnames(adoc: AnalysedDocument) -> frozenset[str]:
    """``surnames`` of one article (remembered per article, across builds too)."""
    out: set[str] = set()
    for s in adoc.sentences:
        for m in _FULL_NAME.finditer(s.text):
            first = m.group("first").rstrip(".").lower()
            if first not in STOP_WORDS or first in PERSON_TITLES:
                out.add(m.group("last"))
    return frozenset(out)


def speakers(corpus: Corpus) -> frozenset[str]:
    """Names the articles show speaking or give a courtesy title ("Hallworth said",
    "Mr. Hallworth"), or call a family ("the Pryces", never "Pryces" alone): people,
    not places ("Southern California" makes "California" one of ``surnames``)."""
    out: set[str] = set()
    families: Counter[str] = Counter()  # "the Pryces"
    plurals: Counter[str] = Counter()  # "Pryces", "Republicans"
    for d in corpus.docs:
        spoken, its_families, its_plurals = article_speakers(d)
        out.update(spoken)
        families.update(its_families)
        plurals.update(its_plurals)
    # A family: its plural name only ever follows "the" ("Republicans" does not).
    out.update(name for name, n in families.items() if plurals[name] == n)
    return frozenset(out)


@by_article("article_speakers", _encode_speaking, _decode_speaking, _speaking_fits)
def article_speakers(adoc: AnalysedDocument) -> Speaking:
    """What ``speakers`` reads of one article: the names it shows speaking or titled,
    and how often it writes each name as a family ("the Pryces") and in the plural
    (remembered per article, across builds too: ``compose.article_memo``)."""
    out: set[str] = set()
    families: Counter[str] = Counter()
    plurals: Counter[str] = Counter()
    for s in adoc.sentences:
        out.update(m.group("name") or m.group("titled") for m in _SPEAKING.finditer(s.text))
        families.update(m.group("name") for m in _FAMILY_ANYWHERE.finditer(s.text))
        plurals.update(m.group("name") for m in _PLURAL_NAME.finditer(s.text))
    return frozenset(out), dict(families), dict(plurals)


def lowered_words(corpus: Corpus) -> frozenset[str]:
    """Words the articles write in lower case somewhere ("murders", not "Uganda")."""
    return frozenset().union(*(article_lowered(d) for d in corpus.docs))


def _words_fit(words: frozenset[str], text: str, sentences: int) -> bool:
    """Every word one the article writes (between spaces)."""
    return words <= frozenset(text.split())


@by_article("article_lowered", encode_strings, decode_strings, _words_fit)
def article_lowered(adoc: AnalysedDocument) -> frozenset[str]:
    """``lowered_words`` of one article (remembered per article, across builds too: a
    second run split every sentence of the story into words again)."""
    return frozenset(w for s in adoc.sentences for w in s.text.split() if w[:1].islower())


def unplaced_figure(text: str, lowered: frozenset[str] = frozenset()) -> bool:
    """A share or a count of people in a sentence with no name in it (a place, a body, a
    person: a capitalised word; the first word only if it is no opening word and not in
    ``lowered``) and no date."""
    if not (_SHARE.search(text) or _PEOPLE_COUNT.search(text)) or _WHEN.search(text):
        return False
    for i, word in enumerate(w.strip(_EDGE) for w in text.split()):
        if not word[:1].isupper():
            continue
        if i == 0 and (word.lower() in _OPENERS or word.lower() in lowered):
            continue
        return False
    return True


def _bare_surname(
    text: str, known: frozenset[str], things: frozenset[str], people: frozenset[str]
) -> bool:
    for pattern in (_SURNAME_OPENING, _SURNAME_SUBJECT, _FAMILY, _SURNAME_CLOSING):
        m = pattern.search(text)
        if m is None:
            continue
        name = m.group("name")
        if name not in known or stem(name.lower()) in things:
            continue
        if pattern in (_SURNAME_SUBJECT, _FAMILY) and name not in people:
            continue  # any verb: only a name known to be a person's
        if not _written_in_full(name, text):
            return True
    return False


# A capitalised word (or a title) and a space: what may come right before a surname that
# is used in full ("Ann | Hallworth", "Dr. | Hallworth").
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.]* ")


def _written_in_full(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` (a ``_NAME``: word characters at both ends) as a
    whole word right after a capitalised word and a space: ``re.search`` of
    ``\\b[A-Z][\\w.]* name\\b``, without compiling a pattern per name (1,068 compiles
    for benchmarks/scale.py's 875 articles, asked of every sentence's opening name). Every
    start of ``[A-Z][\\w.]*`` inside one run ends at the same space, so the runs
    ``finditer`` finds (not overlapping) are all there are to try."""
    for m in _CAPITALISED_BEFORE.finditer(text):
        end = m.end() + len(name)
        if text.startswith(name, m.end()) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "_")
        ):
            return True
    return False


def clear_subject(
    text: str,
    things: frozenset[str],
    known: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> bool:
    """False for a passive sentence on a thing the story is not about, people called by a
    plain noun the story is not about, or a person named only by a surname the story is
    not about (``things``: ``story_things``; ``known``:
    ``surnames``)."""
    text = trim_connective(text.strip())
    head = passive_definite_subject(text)
    if head is not None and stem(head) not in things:
        return False
    person = definite_subject(text)
    if person in PEOPLE_NAMED_BEFORE | BODIES_NAMED_BEFORE and stem(person) not in things:
        return False
    return not _bare_surname(text, known, things, people)


class Clarity:
    """What ``clear_subject`` and ``unplaced_figure`` know of one corpus, read once."""

    def __init__(self, corpus: Corpus) -> None:
        self.things, self.known = story_things(corpus), surnames(corpus)
        self.people, self.lowered = speakers(corpus), lowered_words(corpus)

    def reading(
        self,
        things: Container[str],
        known: Container[str],
        people: Container[str],
        lowered: Container[str],
    ) -> Clarity:
        """A copy that reads its facts from these tables (``summary_eligible`` notes
        what is asked of them)."""
        other = copy.copy(self)
        other.things, other.known, other.people, other.lowered = things, known, people, lowered  # type: ignore[assignment]
        return other

    def clear(self, text: str) -> bool:
        """Its subject is clear and any figure it gives says where or when."""
        return clear_subject(text, self.things, self.known, self.people) and not (
            unplaced_figure(text, self.lowered)
        )
