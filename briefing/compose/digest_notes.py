"""Digest notes: the editor's notes that let a source digest's sentences read alone.

A source digest (``digests``) is two or three sentences lifted out of one article and
printed under its numbered source, far from the sentences that introduced whom they
name. The executive summary's editor (``editorial``) gives such names back in brackets,
and a digest gets the same notes (``digest_notes``):

- a person called by the surname alone whom the article named in full, one of that
  surname, before the sentence: "Linder [Rep. John Linder]", "Dunlap [Helen Dunlap,
  president of the Marlow Tenants Union]" (``editorial.person_notes``);
- a body called by its short name that the article named in full, one of that kind,
  before it: "the committee [Senate Ethics Committee]" (``short_names.name_notes``),
  "the Corps [Marlow Corps of Surveyors]" (``capital_names.capital_name_notes``).

The digest is read in article order, as the summary is in its own: a name that an
earlier digest sentence, or an earlier note, gave in full gets no note, so no name is
noted twice in one digest.

Where no note can be given, a person called by one word whom the article never named
in full before the sentence ("Hill said that 95 percent ...", where "Ann Hill" comes
later or never), the sentence leans on its article as one opening with "He" does:
``unnamed_people`` says so, and the digest takes it only to fill (``digests``). The
article's opening sentence and its headline introduce their own people ("Clinton
visits Pine Ridge"), and a name the sentence itself gives in full needs nothing.

Both are questions of one article, asked when its digest is chosen; the answer is kept
with the choice as an article memo (``digests.source_digest``), so a second run over the
same articles asks neither again. The memo's value is the chosen sentences' indices
with their notes (``NotedSentences``), read back as hostile input (``decode_noted``,
``noted_fit``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from briefing.compose.capital_names import capital_name_notes
from briefing.compose.editorial import annotate, person_notes
from briefing.compose.memo import BadValue
from briefing.compose.sentence_filters import trim_connective
from briefing.compose.short_names import name_notes
from briefing.lang.names import PERSON_TITLES, TITLE_PARTICIPLES
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import tokens_at

# (words, note) pairs, as ``editorial.annotate`` takes them.
Notes = list[tuple[str, str]]
# The sentences a digest takes, by index in its article, each with its notes.
NotedSentences = dict[int, Notes]

_POSSESSIVE_RE = re.compile(r"['’]s?$")
# One capitalised word: what a person called by one word is written as ("Hill",
# "O'Dowd", "McAvoy", "Smith-Jones").
_ONE_NAME_RE = re.compile(r"(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?")
# The word right before a name, an initial between them skipped, that makes it a full
# name: a given name ("Ann Hill", "Ann J. Hill") or a title ("Dr. Hill", "Gov. Hill"); not
# a word closing the sentence before ("Monday. Hill said").
_BEFORE_NAME_RE = re.compile(r"\b(?P<word>[A-Z][a-z]*\.?)\s+(?:[A-Z]\.\s+)?$")
# A given name after a surname written first: two syllables joined by a hyphen ("Chen
# Shui-bian", "Kim Dae-jung"), as ``editorial`` reads it.
_GIVEN_AFTER_RE = re.compile(r" (?P<word>[A-Z][a-z]+-[a-z]+)\b")
# Labels of the entity mentions a surname alone is tagged with: a person's, and often an
# organisation's ("Vandermeer said ..."); ``_surnames`` tells the people among them.
_NAMED_LABELS = frozenset({"PERSON", "ORG"})
# Labels of words that name a people, never a person ("Indian", "Lakota"); a surname may
# be tagged a place or a work as often as a person ("Newton"), so only these, and only
# in the sentence noted (one dev article's tagger read a surname as a people elsewhere).
_GROUP_LABELS = frozenset({"NORP", "LANGUAGE"})
# Capitalised words right before a title the note cut short ("Log " of "Log Cabin
# Executive Director"), at most two (a layout bound; not a verb opening the sentence,
# "Praising"), when the note is of a title of three words (``editorial``'s most) and a
# name of two; and "former" or "late" before it.
_CUT_NOTE_WORDS = 5
_TITLE_CUT_RE = re.compile(r"(?<![\w.])(?:(?!(?:The|A|An|[A-Z][a-z]*ing)\b)[A-Z][\w'’-]*\s+){1,2}$")
_WAS_RE = re.compile(r"\b(?:former|late)\s+$", re.IGNORECASE)
# Titles that say no office: a note still says who "Ms. Hale" is.
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# How far before a name that word is looked for (characters): a layout bound, not tuned.
_BEFORE_REACH = 40


def digest_notes(adoc: AnalysedDocument, chosen: Iterable[Sentence]) -> NotedSentences:
    """The notes of each of ``chosen`` (sentences of ``adoc`` a digest takes), read in
    article order: what an earlier one gave in full, in its words or a note, is not noted
    again."""
    told: list[str] = []
    out: NotedSentences = {}
    for s in sorted(chosen, key=lambda s: s.index):
        text = trim_connective(s.text)
        bodies = [*name_notes(adoc, s, text, told), *capital_name_notes(adoc, s, text, told)]
        notes = [
            *_person_notes(adoc, s, text, told),
            *(note for note in bodies if not _modifies_noun(adoc, s, note[0])),
        ]
        out[s.index] = notes
        told.append(annotate(text, notes))
    return out


def _person_notes(adoc: AnalysedDocument, sentence: Sentence, text: str, told: list[str]) -> Notes:
    """``editorial.person_notes`` of a surname that the article before the sentence
    writes after one given name only, the note's ("Micah Hale" and "John Hale" are two
    people, though the tagger missed one of them), that the sentence does not tag as a
    people ("Indian reservation" after "Tim Giles, Lakota Indian"), and that the sentence
    gives no office to ("agency spokeswoman Hale" says who she is). A title the article
    wrote after "former" keeps it ("former Attorney General Jo Hale"), and a note on a
    name with a bare apostrophe goes after it ("Hollis' [Ann Hollis] car")."""
    before = adoc.document.text[: sentence.start]
    notes = []
    others: set[str] | None = None
    for words, note in person_notes(adoc, sentence, text, told):
        given, _ = _written_before(before, words)
        if len(given) != 1 or not given <= set(note.split()) or _office_before(text, words):
            continue
        if others is None:
            others = {
                m.text.strip()
                for m in adoc.mentions
                if m.label in _GROUP_LABELS and sentence.start <= m.start < sentence.end
            }
        if words in others:
            continue
        if _common_word(before, given.pop()):
            continue
        note = _whole_title(note, before)
        if re.search(rf"(?<![\w'’-]){re.escape(words)}['’](?!\w)", text):
            words = re.search(rf"(?<![\w'’-]){re.escape(words)}['’]", text).group(0)
        notes.append((words, note))
    return notes


def _whole_title(note: str, before: str) -> str:
    """``note`` (a person's title and name, ``editorial.person_notes``) as the article
    ``before`` the sentence wrote it: without a verb that opened its sentence ("Praising
    Senator Jo Hale"), with the capitalised words of a title of the most words a note
    takes cut short ("Log Cabin Executive Director", not "Cabin Executive Director"),
    and with a "former" or "late" before it."""
    first, _, rest = note.partition(" ")
    if rest and first.lower().endswith("ing") and first.lower() not in TITLE_PARTICIPLES:
        note = rest
    pattern = r"\s+".join(map(re.escape, note.split()))
    written = re.search(rf"(?<![\w'’-]){pattern}\b", before)
    if written is None:
        return note
    at = written.start()
    if len(note.split()) >= _CUT_NOTE_WORDS and (cut := _TITLE_CUT_RE.search(before, 0, at)):
        note = " ".join([*cut.group(0).split(), note])
        at = cut.start()
    if was := _WAS_RE.search(before, max(0, at - _BEFORE_REACH), at):
        note = was.group(0).lower() + note
    return note


def _common_word(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case too: "Prison" of "Prison Leyhill"
    is no given name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _modifies_noun(adoc: AnalysedDocument, sentence: Sentence, words: str) -> bool:
    """Whether the short name ``words`` (its first place in ``sentence``) is a noun
    modifying the next ("the court case", "the board meeting"): no body's name."""
    at = sentence.text.find(words)
    span = tokens_at(adoc.parse, sentence.start + at, sentence.start + at + len(words))
    return at >= 0 and span is not None and span[-1].dep_ == "compound"


def _office_before(text: str, name: str) -> bool:
    """Whether ``text`` writes a title other than a courtesy one right before its first
    ``name`` ("spokeswoman Hale", not "Ms. Hale")."""
    at = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)
    before = at and _BEFORE_NAME_RE.search(text, max(0, at.start() - _BEFORE_REACH), at.start())
    if not before:
        before = at and re.search(r"\b(?P<word>[a-z]+)\s+$", text[: at.start()])
    if not before:
        return False
    word = before.group("word").rstrip(".").lower()
    return word in PERSON_TITLES and word not in _COURTESY_TITLES


def unnamed_people(adoc: AnalysedDocument, sentence: Sentence) -> list[str]:
    """The people ``sentence`` calls by the surname alone (a word of one of its entity
    mentions, a person's or, mistagged, an organisation's, that ends a person's full name
    somewhere in its article: a drug or a firm the tagger took for a person never does)
    whom its article before it named in full with no one given name ("Hill said ...",
    the article's "Ann Hill" after it, or "Ann Hill" and "Tom Hill" before it) nor by a
    title ("Dr. Hill"), and the sentence does not name in full nor say which ("the Hill
    family", "the elder Hill"): no note can say who they are. None in the article's
    opening sentence, nor any its headline names."""
    if sentence.index == 0:
        return []
    title = set(re.findall(r"[\w'’-]+", adoc.document.title or ""))
    before = adoc.document.text[: sentence.start]
    surnames: set[str] | None = None
    found: list[str] = []
    for mention in adoc.mentions:
        if mention.label not in _NAMED_LABELS:
            continue
        if not sentence.start <= mention.start < sentence.end:
            continue
        name = _POSSESSIVE_RE.sub("", mention.text.strip())
        if not _ONE_NAME_RE.fullmatch(name) or name in title or name in found:
            continue
        surnames = surnames if surnames is not None else _surnames(adoc)
        if name not in surnames or _written_before(sentence.text, name)[0]:
            continue
        if re.search(rf"\b[Tt]he\s+(?:[a-z]+\s+)?{re.escape(name)}\b", sentence.text):
            continue  # "the Hale family", "the elder Hale": the sentence says which
        given, titled = _written_before(before, name)
        if not titled and len(given) != 1:
            found.append(name)
    return found


def _surnames(adoc: AnalysedDocument) -> set[str]:
    """The words that end, or open when written surname first ("Chen Shui-bian"), the
    article's entity mentions of people of more than one word."""
    out: set[str] = set()
    for mention in adoc.mentions:
        words = _POSSESSIVE_RE.sub("", mention.text.strip()).split()
        if mention.label == "PERSON" and len(words) > 1:
            out.add(words[-1])
            if _GIVEN_AFTER_RE.fullmatch(f" {words[1]}"):
                out.add(words[0])
    return out


def _written_before(text: str, name: str) -> tuple[set[str], bool]:
    """The given names ``text`` writes with ``name``: right before it ("Ann" of "Ann
    Hill"), or right after it in a name written surname first ("Shui-bian" of "Chen
    Shui-bian"); and whether it writes a title right before it ("Dr. Hill", "Gov. Hill")."""
    given: set[str] = set()
    titled = False
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
        if after := _GIVEN_AFTER_RE.match(text, m.end()):
            given.add(after.group("word"))
            continue
        before = _BEFORE_NAME_RE.search(text, max(0, m.start() - _BEFORE_REACH), m.start())
        if before is None:
            continue
        word = before.group("word")
        plain = word.rstrip(".").lower()
        if plain in PERSON_TITLES:
            titled = True
        elif word.endswith("."):
            continue  # an initial ("J. Hill"), or "Monday." closing the sentence before
        elif plain not in STOP_WORDS:  # not "The Hills", "In Hill's view"
            given.add(word)
    return given, titled


def encode_noted(value: NotedSentences) -> list[list[Any]]:
    return [[i, [[words, note] for words, note in notes]] for i, notes in sorted(value.items())]


def decode_noted(data: Any) -> NotedSentences:
    """Sentence indices with their notes, as ``encode_noted`` wrote them."""
    if not isinstance(data, list):
        raise BadValue("a list of noted sentences")
    out: NotedSentences = {}
    for row in data:
        if not (isinstance(row, list) and len(row) == 2 and type(row[0]) is int):
            raise BadValue("a sentence index and its notes")
        if not isinstance(row[1], list) or not all(
            isinstance(n, list) and len(n) == 2 and all(type(x) is str for x in n) for n in row[1]
        ):
            raise BadValue("notes as pairs of words and note")
        if row[0] in out:
            raise BadValue("a sentence noted twice")
        out[row[0]] = [(words, note) for words, note in row[1]]
    return out


def noted_fit(value: NotedSentences, text: str) -> bool:
    """Whether each index could be a sentence's of ``text`` and each note's words, and
    every word of the note, are written in it: a tampered entry puts no word of its own
    into a brief."""
    return all(
        0 <= i <= len(text)
        and all(
            words in text
            and all(_POSSESSIVE_RE.sub("", w.rstrip(",")) in text for w in note.split())
            for words, note in notes
        )
        for i, notes in value.items()
    )
