"""Digest notes: the editor's notes that let a source digest's sentences read alone.

A source digest (``digests``) is two or three sentences lifted out of one article and
printed under its numbered source, far from the sentences that introduced whom they
name. The executive summary's editor (``editorial``) gives such names back in brackets,
and a digest gets the same notes (``digest_notes``):

- a person called by the surname alone whom the article named in full, one of that
  surname, before the sentence: "Corbin [Rep. John Corbin]", "Corlett [Helen Corlett,
  president of the Marlow Tenants Union]" (``editorial.person_notes``);
- a body called by its short name that the article named in full, one of that kind,
  before it: "the committee [Senate Ethics Committee]" (``short_names.name_notes``),
  "the Corps [Marlow Corps of Surveyors]" (``capital_names.capital_name_notes``).

Those functions check their notes as ``note_checks`` says (a title as the article wrote
it, no note on a surname two people share or on a short name modifying a noun), for the
digests as for the summary.

The digest is read in article order, as the summary is in its own: a name that an
earlier digest sentence, or an earlier note, gave in full gets no note, so no name is
noted twice in one digest.

Where no note can be given, a person called by one word whom the article never named
in full before the sentence ("Welk said that 95 percent ...", where "Ann Welk" comes
later or never), the sentence leans on its article as one opening with "He" does:
``unnamed_people`` says so, and the digest takes it only to fill (``digests``). The
article's opening sentence and its headline introduce their own people ("Halloran
visits Elk Ridge"), and a name the sentence itself gives in full needs nothing.

Both are questions of one article, asked when its digest is chosen; the answer is kept
with the choice as an article memo (``digests.source_digest``), so a second run over the
same articles asks neither again. The memo's value is the chosen sentences' indices
with their notes (``NotedSentences``), read back as hostile input (``decode_noted``,
``noted_fit``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from briefing.compose.capital_names import capital_name_notes
from briefing.compose.editorial import annotate, person_notes
from briefing.compose.memo import BadValue
from briefing.compose.note_checks import written_before
from briefing.compose.sentence_filters import trim_connective
from briefing.compose.short_names import name_notes
from briefing.lang.names import surname_first
from briefing.model import AnalysedDocument, Mention, Sentence

# (words, note) pairs, as ``editorial.annotate`` takes them.
Notes = list[tuple[str, str]]
# The sentences a digest takes, by index in its article, each with its notes.
NotedSentences = dict[int, Notes]

_POSSESSIVE_RE = re.compile(r"['’]s?$")
# One capitalised word: what a person called by one word is written as ("Hill",
# "O'Dowd", "McAvoy", "Smith-Jones").
_ONE_NAME_RE = re.compile(r"(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?")
# Labels of the entity mentions a surname alone is tagged with: a person's, and often an
# organisation's ("Vandermeer said ..."); ``_surnames`` tells the people among them.
_NAMED_LABELS = frozenset({"PERSON", "ORG"})


def digest_notes(adoc: AnalysedDocument, chosen: Iterable[Sentence]) -> NotedSentences:
    """The notes of each of ``chosen`` (sentences of ``adoc`` a digest takes), read in
    article order: what an earlier one gave in full, in its words or a note, is not noted
    again."""
    told: list[str] = []
    out: NotedSentences = {}
    for s in sorted(chosen, key=lambda s: s.index):
        text = trim_connective(s.text)
        notes = [
            *person_notes(adoc, s, text, told),
            *name_notes(adoc, s, text, told),
            *capital_name_notes(adoc, s, text, told),
        ]
        out[s.index] = notes
        told.append(annotate(text, notes))
    return out


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
    index = _index(adoc)
    found: list[str] = []
    for mention in index.within(sentence.start, sentence.end):
        if mention.label not in _NAMED_LABELS:
            continue
        name = _POSSESSIVE_RE.sub("", mention.text.strip())
        if not _ONE_NAME_RE.fullmatch(name) or name in title or name in found:
            continue
        if name not in index.surnames or written_before(sentence.text, name)[0]:
            continue
        if re.search(rf"\b[Tt]he\s+(?:[a-z]+\s+)?{re.escape(name)}\b", sentence.text):
            continue  # "the Hale family", "the elder Hale": the sentence says which
        given, titled = written_before(adoc.document.text[: sentence.start], name)
        if not titled and len(given) != 1:
            found.append(name)
    return found


class _MentionIndex:
    """An article's entity mentions in text order, and its people's surnames (``_surnames``):
    built once for all its sentences. Each sentence read every mention of its article and
    built the surnames again: a story naming one party 20,000 times in 1,100 sentences
    took 4 of a 44 s profile in ``unnamed_people``."""

    def __init__(self, adoc: AnalysedDocument) -> None:
        self.adoc = adoc
        self.mentions = sorted(adoc.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.surnames = _surnames(adoc)

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at ``start`` or after it and before ``end``."""
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


_LAST: list[_MentionIndex] = []  # the article last asked of: its sentences come together


def _index(adoc: AnalysedDocument) -> _MentionIndex:
    """The mention index of ``adoc``, kept for the next sentence of the same article."""
    if not _LAST or _LAST[0].adoc is not adoc or len(_LAST[0].mentions) != len(adoc.mentions):
        _LAST[:] = [_MentionIndex(adoc)]
    return _LAST[0]


def _surnames(adoc: AnalysedDocument) -> set[str]:
    """The words that end, or open when written surname first ("Chen Yu-tang"), the
    article's entity mentions of people of more than one word."""
    out: set[str] = set()
    for mention in adoc.mentions:
        words = _POSSESSIVE_RE.sub("", mention.text.strip()).split()
        if mention.label == "PERSON" and len(words) > 1:
            out.add(words[-1])
            if surname_first(" ".join(words[:2])):
                out.add(words[0])
    return out


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


def noted_fit(value: NotedSentences, text: str, sentences: int) -> bool:
    """Whether each index is one of the article's sentences' and each note's words, and
    every word of the note, are written in it: a tampered entry puts no word of its own
    into a brief."""
    return all(
        0 <= i < sentences
        and all(
            words in text
            and all(_POSSESSIVE_RE.sub("", w.rstrip(",")) in text for w in note.split())
            for words, note in notes
        )
        for i, notes in value.items()
    )
