"""Short names: a body or a meeting called "the committee", "the summit", "the board".

A sentence lifted out of its article may call a body by the short name its article
introduced before ("the committee" after "the Senate Ethics Committee", "the summit"
after "the Baltic Ports summit in Marlow"). Two things follow from it:

- ``name_notes``: when the article named exactly one body of that kind before the
  sentence, the editor can give the full name in brackets (``compose.editorial``);
- ``ShortNames.unnamed``: when it named none, or two of a kind, only the article could
  tell which one: the sentence "needs context", and the summary prefers others
  (``compose.synthesis``). A short name the sentence itself explains ("the committee of
  ...", "the summit in Marlow", "the board, the Harbour Trust Board, ...") or that the
  whole story is about (its word in most articles, ``clarity.story_things``) needs none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from briefing.compose.article_memo import (
    by_article,
    decode_sentence_spans,
    encode_sentence_spans,
    positions_fit,
    sentence_spans_fit,
)
from briefing.compose.memo import BadValue
from briefing.compose.near_duplicates import stem
from briefing.compose.note_checks import modifies_noun
from briefing.lang.connectives import OPENING_WORDS
from briefing.lang.figures import NUMBER_SCALES, NUMBER_WORDS
from briefing.lang.months import MONTH_NAMES, WEEKDAYS
from briefing.lang.names import IRREGULAR_DEMONYMS
from briefing.lang.referents import (
    FINDING_HEADS,
    INSTITUTION_HEADS,
    NAMED_BODY_LABELS,
    PEOPLE_HEADS,
    PUBLICATION_HEADS,
)
from briefing.lang.speech import SAY_WORDS
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Corpus, Sentence

_POSSESSIVE_RE = re.compile(r"['’]s\b")
# "the committee", "the committee's"; not "the committee of ..." (which says which).
# A nationality says no more which publication it is ("the U.S. magazine", "the
# Egyptian newspaper"): a word ending like a nationality's adjective, or an irregular one.
_IRREGULAR_NATIONS = "|".join(map(str.capitalize, IRREGULAR_DEMONYMS))
_NATION = rf"(?:U\.S\.|U\.K\.|[A-Z][a-z]+(?:an|ese|i)|{_IRREGULAR_NATIONS})"
_SHORT_NAME_RE = re.compile(
    rf"\b[Tt]he (?:(?P<nation>{_NATION}) )?(?P<head>[A-Za-z][a-z]+)\b(?P<possessive>['’]s\b)?"
    r"(?! of\b)(?! [A-Z])"
)
# A capitalised head whose name goes on with "for" and a capitalised word.
_NAME_GOES_ON_RE = re.compile(r" for [A-Z]")
# The same, perhaps after one lower-case modifier ("the local government", "the harbour
# area"): what the "needs context" test looks for.
_REFERENT_RE = re.compile(
    r"\b[Tt]he (?P<first>[a-z]+(?:-[a-z]+)?|\d[\d,]*)(?: (?P<second>[a-z]+))?\b"
    r"(?P<possessive>['’]s\b)?"
)
# "Tuesday's meeting", "yesterday's talks": a meeting told before, named by its day.
_DAY_EVENT_RE = re.compile(
    rf"\b(?i:{'|'.join(WEEKDAYS)}|yesterday|today|last week)['’]s (?P<head>[a-z]+)\b"
)
# Bodies, measures and places that, bare, point back to one named before ("the area" of
# a story on pests: which area?). A government is such only when a modifier says it is
# not the country's ("the local government").
CONTEXT_HEADS = INSTITUTION_HEADS | {"meeting", "measure", "bill", "complex", "facility"}
# Heads that stay unclear however many articles use the word ("area": many areas).
_PLACE_HEADS = frozenset({"area", "region", "site", "course"})
# Labels of names that, with the head after them, name one ("Marlow summit"); not dates
# ("Tuesday meeting") or figures.
_NAMING_LABELS = NAMED_BODY_LABELS | {"GPE", "LOC", "PERSON"}
_LOCAL_HEADS = frozenset({"government", "authorities"})
_LOCAL_MODIFIERS = frozenset(
    {"local", "provincial", "municipal", "regional", "city", "county", "state", "district"}
)
# Modifiers that make a short name a kind, not one body ("the whole area", "a party").
_KIND_MODIFIERS = frozenset({"whole", "entire", "same", "rest"})
# Words right after a short name that say which one: "of ...", "in Marlow", "(", a name
# in apposition (", the Harbour Trust Board"), "known as", a capitalised name.
# A day or a month after "on"/"in" ("the summit on Friday", "the men in May") is a
# date, not which one.
_NOT_A_DATE = rf"(?!(?i:{'|'.join(WEEKDAYS)}|{MONTH_NAMES})\b)"
_SAYS_WHICH_RE = re.compile(
    rf"\s*(?:\(|of\b|(?:in|at|on|for|from) (?:the )?{_NOT_A_DATE}[A-Z]|"
    r",? (?:known as|called|named)\b|, (?:the )?[A-Z]|[A-Z])"
)

# "... is the lead agency", "... as the international agency": a short name said of a
# name, not one pointing back.
_PREDICATE_RE = re.compile(r"\b(?:is|was|are|were|remain|remains|became|becomes|as)\s+$")
# How far before a short name the predicate is looked for (characters): the longest verb
# above with its spaces; a sentence-long search for each short name took quadratic time.
_PREDICATE_SPAN = 20
# Heads that, bare, name a kind of thing as often as one body ("support for the
# movement", "the party", "the company's shares"): never a sign of a missing name.
KIND_HEADS = frozenset(
    {
        "movement", "network", "project", "campaign", "operation", "initiative", "fund",
        "program", "programme", "party", "company", "bank", "court", "university", "centre",
        "center", "forum",
    }
)  # fmt: skip
# Meetings a day's possessive may name ("Tuesday's talks").
_DAY_EVENT_HEADS = frozenset({"meeting", "talks", "session", "hearing", "summit", "conference"})
# People and findings point back only when the article used the word before the
# sentence ("Two hundred workers marched ... The workers asked ..."); bodies and
# places above need no earlier word (their full name may be any name).
_TOLD_BEFORE_HEADS = PEOPLE_HEADS | PUBLICATION_HEADS | FINDING_HEADS
# Heads whose full name, written once before, a note can give back.
NOTED_HEADS = INSTITUTION_HEADS | PUBLICATION_HEADS
# Words right after people that say which ones ("the men who ...", "the workers
# arrested in May").
_PEOPLE_SAID_RE = re.compile(
    r"\s+(?:who|whom|whose|that|accused|charged|killed|injured|wounded|arrested|held|"
    r"detained|involved|named|identified|aboard|on board)\b"
)
_HEADS = CONTEXT_HEADS | _LOCAL_HEADS | _PLACE_HEADS | _TOLD_BEFORE_HEADS


def _encode_first_stems(value: dict[str, int]) -> list[list[Any]]:
    """Two parallel columns (stems, sentence indices), read back without a Python step
    per stem."""
    return [list(value), list(value.values())]


def _decode_first_stems(data: Any) -> dict[str, int]:
    if not (isinstance(data, list) and len(data) == 2 and all(type(c) is list for c in data)):
        raise BadValue("two columns: stems and sentence indices")
    stems, places = data
    if len(stems) != len(places) or not set(map(type, stems)) <= {str}:
        raise BadValue("a stem for each sentence index")
    if not set(map(type, places)) <= {int}:
        raise BadValue("a sentence index that is not an integer")
    return dict(zip(stems, places, strict=True))


@by_article("first_stems", _encode_first_stems, _decode_first_stems, positions_fit)
def first_stems(adoc: AnalysedDocument) -> dict[str, int]:
    """Each stem of an article's words (in lower case) with the index of the first
    sentence holding it. Remembered per article, across builds too: a grown folder's
    unchanged articles are not stemmed word by word again (benchmarks/scale.py's 880
    articles: 532,000 words, about 0.5 CPU s of a second run's compose)."""
    first: dict[str, int] = {}
    for s in adoc.sentences:
        for w in s.words:
            first.setdefault(stem(w.lower()), s.index)
    return first


class ShortNames:
    """Which short names of a sentence no note can complete (``unnamed``), read from
    its article's ``short_name_reads`` and the story's things."""

    def __init__(self, corpus: Corpus, things: frozenset[str]) -> None:
        self.corpus = corpus
        self.things = things

    def unnamed(self, sentence: Sentence) -> list[str]:
        """The short names of ``sentence`` ("the summit", "the local government") that
        neither it nor one full name of its article before it says which one is, and
        that are not the story's own thing."""
        reads = short_name_reads(self.corpus.docs[sentence.doc]).get(sentence.index, ())
        return [sentence.text[s:e] for s, e, key in reads if not (key and key in self.things)]


# One sentence's short names that its article does not complete: (start, end) in the
# sentence's text, and the stem of the head that makes it the story's own thing when the
# story's things hold it ("" for a head that stays unclear however many articles use it).
Reads = list[tuple[int, int, str]]


@by_article("short_name_reads", encode_sentence_spans, decode_sentence_spans, sentence_spans_fit)
def short_name_reads(adoc: AnalysedDocument) -> dict[int, Reads]:
    """By sentence index, the short names of each sentence its article does not complete
    (``Reads``): all that ``ShortNames.unnamed`` asks of the article, so remembered across
    builds; the story's things, which a grown folder changes, are asked at each build."""
    reader = _ArticleNames(adoc)
    return {s.index: reads for s in adoc.sentences if (reads := reader.reads(s))}


class _ArticleNames:
    """The full names one article gives before each sentence, read once per head."""

    def __init__(self, adoc: AnalysedDocument) -> None:
        self.adoc = adoc
        self._names: dict[str, list[tuple[int, str]]] = {}
        self._asked: tuple[int, dict[int, list[str]]] = (-1, {})  # ``_known``'s answers

    def reads(self, sentence: Sentence) -> Reads:
        """``sentence``'s short names that neither it nor one full name of its article
        before it says which one is (``Reads``)."""
        out: Reads = []
        text = sentence.text
        named: dict[str, int] = {}
        for m in _REFERENT_RE.finditer(text):
            head, modifier, end = m.group("second"), m.group("first"), m.end()
            if head not in _HEADS:  # "the committee acted": no modifier
                head, modifier = modifier, ""
                end = m.end("first") if m.group("second") else m.end()
            if head in _LOCAL_HEADS and modifier not in _LOCAL_MODIFIERS:
                continue
            if head not in _HEADS or head in KIND_HEADS:
                continue
            if modifier in _KIND_MODIFIERS or _SAYS_WHICH_RE.match(text, end):
                continue
            if head in _TOLD_BEFORE_HEADS and not self._told_before(sentence, head, end):
                continue
            if modifier[:1].isdigit() and head not in PEOPLE_HEADS:
                continue  # "the 1990 summit" says which
            if head not in named:  # where the sentence first names one in full, if it does
                named[head] = _first_named(text, head)
            predicate = _PREDICATE_RE.search(text, max(0, m.start() - _PREDICATE_SPAN), m.start())
            if named[head] <= m.start() or predicate:
                continue
            # A note completes only a body's name, or people described before, one of a
            # kind ("the measure", "the area" get none).
            counted = not modifier or _COUNT_RE.fullmatch(modifier)
            if head in PEOPLE_HEADS and counted and len(self._described(sentence, head)) == 1:
                continue
            if head not in NOTED_HEADS or len(self._before(sentence, head)) != 1:
                out.append((m.start(), end, "" if head in _PLACE_HEADS else stem(head)))
        for m in _SHORT_NAME_RE.finditer(text):
            head = m.group("head")
            if not m.group("nation") or head not in PUBLICATION_HEADS | FINDING_HEADS:
                continue
            if _SAYS_WHICH_RE.match(text, m.end()):
                continue
            if not self._told_before(sentence, head, m.end()):
                continue
            if head in FINDING_HEADS or len(self._before(sentence, head)) != 1:
                out.append((m.start(), m.end(), stem(head)))
        for m in _DAY_EVENT_RE.finditer(text):
            head = m.group("head")
            if head in _DAY_EVENT_HEADS and not _SAYS_WHICH_RE.match(text, m.end()):
                out.append((m.start(), m.end(), stem(head)))
        return out

    def _told_before(self, sentence: Sentence, head: str, end: int) -> bool:
        """Whether the article used ``head`` (or its singular or plural) in a sentence
        before ``sentence``, and the words after it do not say which people."""
        if head in PEOPLE_HEADS and _PEOPLE_SAID_RE.match(sentence.text, end):
            return False
        first = first_stems(self.adoc)
        return first.get(stem(head), sentence.index) < sentence.index

    def _before(self, sentence: Sentence, head: str) -> list[str]:
        if head not in self._names:
            self._names[head] = _written_names(self.adoc.document.text, head)
        return self._known(sentence, head, self._names[head])

    def _described(self, sentence: Sentence, head: str) -> list[str]:
        key = "people " + head
        if key not in self._names:
            self._names[key] = descriptions(self.adoc.document.text, head)
        return self._known(sentence, head, self._names[key])

    def _known(self, sentence: Sentence, head: str, found: list[tuple[int, str]]) -> list[str]:
        """The distinct names in ``found`` given before ``sentence``, asked once per
        sentence and head (a sentence repeating "the workers" 20,000 times asks once)."""
        if self._asked[0] != id(sentence):
            self._asked = (id(sentence), {})
        known = self._asked[1]
        if id(found) not in known:
            # A shorter name written before a longer one ending in it is another body
            # ("the Supreme Court" before "the Vermont Supreme Court"), as in
            # ``named_before``.
            first: dict[str, int] = {}
            for at, name in found:
                if at < sentence.start:
                    first[name] = min(at, first.get(name, at))
            known[id(found)] = _distinct(list(first), first)
        return known[id(found)]


# A name of capitalised words, perhaps joined by "of", "for", "and" ("Port of Marlow",
# "Senate Ethics"), right before a head ("summit", "Committee").
# An article opens a name, never sits inside one: "the Senate on Monday. The treaty"
# is no name.
_ARTICLES = ("The", "A", "An", "This", "That", "Its", "Their", "His", "Her")
# A possessive ends a name's words: "Huawei's company" is no company's name.
_NAME_WORD = rf"(?!(?:{'|'.join(_ARTICLES)})\b)[A-Z][\w.&-]*(?:['’](?![sS]\b)[\w.&-]+)*"
# At most this many words (a joining word with the word after it counts as one) before
# the head: unbounded, a hostile run of capitalised words with no head after it took
# quadratic time, every word starting a name that gave the run back one word at a time.
# Set by hand: the longest name before a head is far shorter.
MAX_NAME_WORDS = 10
_WRITTEN_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:(?:of|for|on|and|the|de)\s+)?{_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
)


# A sentence's opening word ("With", "After", ``connectives.OPENING_WORDS``) and the
# joining "the" after it, opening a written name: not part of it ("With the National
# Research Council ..." names "National Research Council").
_OPENING_WORD_RE = re.compile(
    rf"(?:{'|'.join(sorted(map(str.capitalize, OPENING_WORDS)))})\s+(?:the\s+)?"
)


def _written_names(text: str, head: str) -> list[tuple[int, str]]:
    """(where, full name) of each name written with the head ``head`` in ``text``
    ("Senate Ethics Committee", "Baltic Ports summit"): read from the words, so the
    test needs no entity tagger (``rouge_eval.py`` analyses without one)."""
    pattern = re.compile(
        rf"\b(?:(?:{'|'.join(_ARTICLES)})\s+)?(?P<name>{_WRITTEN_NAME}\s+"
        rf"(?:{head}|{head.capitalize()}))\b"
    )
    found = []
    for m in pattern.finditer(text):
        at, name = m.start("name"), m.group("name")
        opening = _OPENING_WORD_RE.match(name)
        if opening and opening.end() < len(name):
            at, name = at + opening.end(), name[opening.end() :]
        found.append((at, " ".join(name.split())))
    return found


def _first_named(text: str, head: str) -> int:
    """Where the first name in ``text`` of a body with this head in full ends ("Senate
    Ethics Committee"); past the end of ``text`` when it names none."""
    m = re.search(rf"\b[A-Z][\w.'’-]*\s+(?:{head}|{head.capitalize()})\b", text)
    return m.end() if m else len(text) + 1


def name_notes(
    adoc: AnalysedDocument, lead: Sentence, text: str, told: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(words, note) for each body or meeting ``text`` calls by its short name ("the
    committee") that its article named in full, one of a kind, before ``lead``."""
    notes = []
    named: dict[str, list[str]] = {}  # each head's names, looked for once
    said: str | None = None  # the text and what was told before, lower-cased once
    for m in _SHORT_NAME_RE.finditer(text):
        head = m.group("head").lower()
        if head not in NOTED_HEADS or (m.group("nation") and head not in PUBLICATION_HEADS):
            continue
        if m.group("head")[0].isupper() and _NAME_GOES_ON_RE.match(text, m.end()):
            continue  # "The Center for Coastal Studies": a name, not "the Center" alone
        if head not in named:
            named[head] = named_before(adoc, lead, head)
        if len(named[head]) != 1:
            continue  # none, or two of a kind: which one is a guess
        name = named[head][0]
        said = said if said is not None else "\n".join([text, *told]).lower()
        if name.lower() in said:
            continue
        notes.append((m.group(0), f"{name}{_possessive(m.group('possessive'))}"))
    return [note for note in notes if not modifies_noun(adoc, lead, note[0])]


def _possessive(mark: str | None) -> str:
    return "’s" if mark and "’" in mark else "'s" if mark else ""


def named_before(adoc: AnalysedDocument, lead: Sentence, head: str) -> list[str]:
    """The distinct full names of the kind ``head`` the article gives before ``lead``:
    a name ending in it ("Senate Ethics Committee"), or a name right before it ("Baltic
    Ports summit"); a name that ends another ("Ethics Committee") is the same one."""
    first: dict[str, int] = {}
    for at, name in _names_of(adoc, head):
        if at < lead.start:
            first[name] = min(at, first.get(name, at))
    return _distinct(list(first), first)


def _names_of(adoc: AnalysedDocument, head: str) -> list[tuple[int, str]]:
    """(where, full name) of each name of the kind ``head`` in the article: an entity
    ending in the head ("Senate Ethics Committee"), or written words before the head
    that open with an entity ("Baltic Ports summit", "Pell administration")."""
    found: list[tuple[int, str]] = []
    starts = set()
    for mention in adoc.mentions:
        name = _POSSESSIVE_RE.sub("", " ".join(mention.text.split()))
        article = re.match(r"[Tt]he\s+", mention.text)
        if mention.label in _NAMING_LABELS:
            starts.add(mention.start + (article.end() if article else 0))
        name = name[article.end() :].strip() if article else name.strip()
        words = name.split()
        if mention.label not in NAMED_BODY_LABELS or len(words) < 2:
            continue
        if words[-1].lower() == head and words[-1][:1].isupper():
            found.append((mention.start, name))
    text = adoc.document.text
    return found + [(at, name) for at, name in _written_names(text, head) if at in starts]


def _distinct(found: list[str], first: dict[str, int] | None = None) -> list[str]:
    """The names in ``found``, a name that ends a longer one ("Ethics Committee" of
    "Senate Ethics Committee") being that one. With ``first`` (where the article first
    writes each name) it is that one only when the longer came first: "The Supreme Court
    in 1987 ..." before "the Vermont Supreme Court" are two courts."""
    names: list[str] = []
    for name in sorted(dict.fromkeys(found), key=len, reverse=True):
        if not any(
            other.lower().endswith(" " + name.lower())
            and (first is None or first[other] <= first[name])
            for other in names
        ):
            names.append(name)
    return names


# Words that describe people ("harbour crane workers", "Boeing's pilots"): at most this
# many right before the head, none a stop word, count, saying verb or adverb. Set by
# hand: "Two hundred harbour crane workers" gives "harbour crane workers".
MAX_DESCRIBING_WORDS = 3
_NOT_DESCRIBING = STOP_WORDS | set(NUMBER_WORDS) | set(NUMBER_SCALES) | set(SAY_WORDS)
_DESCRIBING_WORD_RE = re.compile(r"[A-Za-z][a-z-]*(?:['’]s)?")
# Plural people in the statement, bare or counted, that a note can describe: "the
# workers", "the two men", "the 12 miners".
_COUNT_RE = re.compile(rf"\d[\d,]*|{'|'.join(w for w in NUMBER_WORDS if len(w) > 2)}")
_PEOPLE_RE = re.compile(rf"\b[Tt]he (?:(?:{_COUNT_RE.pattern}) )?(?P<head>[a-z]+)\b(?!['’])")


def described_before(adoc: AnalysedDocument, lead: Sentence, head: str) -> list[str]:
    """The distinct descriptions of people ``head`` ("workers") the article gives
    before ``lead``: up to ``MAX_DESCRIBING_WORDS`` describing words right before the
    head ("harbour crane workers"); a bare mention describes nobody."""
    return _distinct(
        [said for at, said in descriptions(adoc.document.text, head) if at < lead.start]
    )


# How far before a head the describing words are looked for (characters).
_DESCRIBING_WINDOW = 100


def descriptions(text: str, head: str) -> list[tuple[int, str]]:
    """(where, description) of each mention of people ``head`` in ``text`` with
    describing words right before it. A capitalised word opening a sentence may be a
    name or any word: it is left out ("Striking miners" describes nothing)."""
    found = []
    for m in re.finditer(rf"\b{head}\b", text):
        window = text[max(0, m.start() - _DESCRIBING_WINDOW) : m.start()]
        run: list[str] = []
        for word in reversed(window.split()[-MAX_DESCRIBING_WORDS:]):
            plain = word.lower()
            if plain in _NOT_DESCRIBING or plain.endswith("ly"):
                break
            if not _DESCRIBING_WORD_RE.fullmatch(word):
                break
            run.insert(0, word)
        if run and not window[: window.rfind(run[0])].rstrip()[-1:].isalnum():
            run = run[1:]  # the sentence's first word
        if run:
            found.append((m.start(), " ".join([*run, head])))
    return found


def people_notes(
    adoc: AnalysedDocument, lead: Sentence, text: str, told: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(words, note) for people ``text`` calls by a plain noun ("the workers") that its
    article described one way before ``lead`` ("harbour crane workers")."""
    notes = []
    said = "\n".join([text, *told]).lower()
    described: dict[str, list[str]] = {}  # each head's descriptions, looked for once
    for m in _PEOPLE_RE.finditer(text):
        head = m.group("head")
        if head not in PEOPLE_HEADS or _PEOPLE_SAID_RE.match(text, m.end()):
            continue
        if head not in described:
            described[head] = described_before(adoc, lead, head)
        if len(described[head]) == 1 and described[head][0].lower() not in said:
            notes.append((m.group(0), described[head][0]))
    return notes
