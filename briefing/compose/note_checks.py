"""Note checks: what an editor's note of a name must pass before it is shown.

``editorial.person_notes``, ``short_names.name_notes`` and
``capital_names.capital_name_notes`` find the name a sentence's short form stands for
in the article before it. Each reads its own pattern; the checks here are what they
share, and what the source digests (``digest_notes``) found them reading wrong (session
40, issue 12), so the summary, the background, the timeline and the digests get one
answer:

- a surname is noted only when the article wrote it after the note's given names only
  ("Micah Hale" and "John Hale" are two people, though the tagger missed one; "Ann Lee
  Hale" and "Ann Hale" are one), never
  after a plain word ("Prison Hale": "prison" is written in lower case too), not where
  the sentence tags it as a people ("Indian reservation" after "Tim Giles, Lakota
  Indian"), nor where the sentence gives it an office ("agency spokeswoman Hale");
- its note keeps the title as the article wrote it: with "former" or "late" before it,
  without a verb that opened its sentence ("Praising Senator Jo Hale"), and not cut to
  its last words ("Lantern Club Executive Director");
- a note on a name with a bare apostrophe goes after it ("Hollis' [Ann Hollis] car");
- a person the statement or an earlier one already named in full needs no note, though
  written with a middle initial left out or the given name's everyday form ("Bob Hale"
  told, then "Hale's [Rep. Robert Hale] vote" read as a second person: ``named_before``);
- a body's short name that modifies the next noun ("the court case") names no body.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.compose.actors.matching import named_after_place
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.names import (
    NAME_ARTICLES,
    NICKNAMES,
    PERSON_TITLES,
    SURNAME_PARTICLES,
    TITLE_PARTICIPLES,
    given_after,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import tokens_at

# (words, note) pairs, as ``editorial.annotate`` takes them.
Notes = list[tuple[str, str]]
# Names or initials a text may write between a given name and the surname ("Alfonso M.
# Hale", "Ann Lee Hale") for ``named_before``: a layout bound, not tuned.
_MIDDLE_NAMES = 2
# A capitalised word of a written name, an initial's full stop kept ("Ann", "M."); a
# longer word with a full stop ends a sentence ("thanked Robert. Hale said") and the name.
_NAME_WORD_RE = re.compile(r"[A-Z]\.|[A-Z][\w'’-]*")

# The word right before a name, an initial between them skipped, that makes it a full
# name: a given name ("Ann Hill", "Ann J. Hill") or a title ("Dr. Hill", "Gov. Hill"); not
# a word closing the sentence before ("Monday. Hill said"); a particle between them
# skipped too ("Pieter" of "Pieter van Brakel"); a hyphenated given name is one
# ("Paul-Louis" of "Paul-Louis Hale", not "Louis": session 42, a dev note lost so).
_BEFORE_NAME_RE = re.compile(
    rf"\b(?P<word>[A-Z][a-z]*(?:-[A-Z][a-z]+)?\.?)\s+(?:[A-Z]\.\s+)?(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))})\s+)?$"
)
# Initials alone right before a name ("C.A. Hill", "J. R. Hill"), none a word before them
# ("Monday. Hill" closes a sentence with a word, "Ann J. Hill" has a given name).
_INITIALS_BEFORE_RE = re.compile(r"(?<![\w.])(?P<word>(?:[A-Z]\.\s?){1,3})\s*$")
# A capitalised word right before initials: a given name ("Ann" of "Ann J. Hill").
_GIVEN_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+\s+$")
# Labels of words that name a people, never a person ("Indian", "Lakota"); a surname may
# be tagged a place or a work as often as a person ("Newton"), so only these, in the
# sentence noted and mostly so in its article (session 40: one dev article's tagger read
# a surname as a people in the very sentence noted, and elsewhere).
_GROUP_LABELS = frozenset({"NORP", "LANGUAGE"})
# Capitalised words right before a title the note cut short ("Lantern " of "Lantern Club
# Executive Director"), at most two (a layout bound; not a verb opening the sentence,
# "Praising"), when the note is of a title of three words (``editorial``'s most) and a
# name of two; and "former" or "late" before it.
_CUT_NOTE_WORDS = 5
_TITLE_CUT_RE = re.compile(r"(?<![\w.])(?:(?!(?:The|A|An|[A-Z][a-z]*ing)\b)[A-Z][\w'’-]*\s+){1,2}$")
# "former" or "late" before a title, or before one capitalised word that opens it ("former
# Varnia port director": a lower-case title leaves a body's or a country's name out); not
# a possessive ("the late Varo's aide") nor a day or month ("late Friday", ``_was``).
_WAS_RE = re.compile(r"\b(?P<was>(?i:former|late))\s+(?:(?P<word>[A-Z][\w.&-]*)\s+)?$")
# Titles that say no office: a note still says who "Ms. Hale" is.
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# An Arabic article a surname may be written with ("al-Rawdan", then "Rawdan"): the given
# names are those before the article.
_ARTICLED = rf"(?:(?i:{'|'.join(NAME_ARTICLES)})-)?"
# How far before a name that word is looked for (characters): a layout bound, not tuned.
_BEFORE_REACH = 40


def checked_person_notes(
    adoc: AnalysedDocument, sentence: Sentence, text: str, notes: Notes
) -> Notes:
    """Of ``notes`` (``editorial.person_notes`` of ``text``, ``sentence``'s shown text),
    those of a surname that the article before the sentence writes after given names of
    the note only (its middle name too), that the sentence does not tag as a people and
    gives no office to; each with its title as the article wrote it (``_whole_title``),
    and placed after a bare apostrophe that follows its name."""
    before = adoc.document.text[: sentence.start]
    out = []
    others: set[str] | None = None
    for words, note in notes:
        given, _ = written_before(before, words)
        if (
            not given
            or not given <= set(note.replace(",", " ").split())
            or _office_before(text, words)
        ):
            continue
        if others is None:
            others = _peoples(adoc, sentence)
        if words in others or any(_common_word(before, word) for word in given):
            continue
        if named_after_place(note.lower().split()):
            continue  # "Mexico [Telefonos de Mexico]": a body named after a country
        note = _whole_title(note, before)
        if bare := re.search(rf"(?<![\w'’-]){re.escape(words)}['’](?!\w)", text):
            words = bare.group(0)
        out.append((words, note))
    return out


def _peoples(adoc: AnalysedDocument, sentence: Sentence) -> set[str]:
    """The words ``sentence`` tags as a people's name ("Indian") that its article tags so
    more often than as a person's, alone or ending a full name: the tagger reads a
    surname as a people now and then ("the executions of Hale", once), a people's name
    as a person seldom."""
    tags: dict[str, Counter[bool]] = {}
    for m in adoc.mentions:
        if m.label in _GROUP_LABELS or m.label == "PERSON":
            tags.setdefault(m.text.strip(), Counter())[m.label != "PERSON"] += 1
        if m.label == "PERSON" and len(words := m.text.split()) > 1:
            # The full name is a person's use of its surname too ("Jo Hale", then "Hale"
            # read as a people in its one use alone: session 42, a note lost so).
            tags.setdefault(words[-1], Counter())[False] += 1
    return {
        m.text.strip()
        for m in adoc.mentions
        if m.label in _GROUP_LABELS
        and sentence.start <= m.start < sentence.end
        and tags[m.text.strip()][True] > tags[m.text.strip()][False]
    }


def _whole_title(note: str, before: str) -> str:
    """``note`` (a person's title and name, ``editorial.person_notes``) as the article
    ``before`` the sentence wrote it: without a verb that opened its sentence ("Praising
    Senator Jo Hale"), with the capitalised words of a title of the most words a note
    takes cut short ("Lantern Club Executive Director", not "Club Executive Director"),
    and with a "former" or "late" before it."""
    first, _, rest = note.partition(" ")
    if rest and first.lower().endswith("ing") and first.lower() not in TITLE_PARTICIPLES:
        note = rest
    pattern = r"\s+".join(map(re.escape, note.split()))
    written = re.search(rf"(?<![\w'’-]){pattern}\b", before)
    if written is None:
        return note
    at = written.start()
    cut = None
    if len(note.split()) >= _CUT_NOTE_WORDS and note[:1].isupper():  # lower case: whole
        cut = _TITLE_CUT_RE.search(before, 0, at)  # (``known_people._modified_title``)
    if cut is not None:
        note = " ".join([*cut.group(0).split(), note])
        at = cut.start()
    if was := _was(before, at):
        note = f"{was} {note}"
    return note


def _was(before: str, at: int) -> str | None:
    """The "former" or "late" written before the title at ``at`` (``_WAS_RE``), or None."""
    was = _WAS_RE.search(before, max(0, at - _BEFORE_REACH), at)
    if was is None or (was["word"] or "").rstrip(".").lower() in CALENDAR_WORDS:
        return None
    return was["was"].lower()


def _common_word(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case too: "Prison" of "Prison Marnhill"
    is no given name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


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


def written_before(text: str, name: str) -> tuple[set[str], bool]:
    """The given names ``text`` writes with ``name``: right before it ("Ann" of "Ann
    Hill", "Amer" of "Amer al-Hill"), or right after it in a name written surname first
    ("Yu-tang" of "Chen Yu-tang"); and whether it writes a title right before it
    ("Dr. Hill", "Gov. Hill")."""
    given: set[str] = set()
    titled = False
    for m in re.finditer(rf"(?<![\w'’-]){_ARTICLED}{re.escape(name)}(?![\w-])", text):
        if after := given_after(name, text, m.end()):
            given.add(after)
            continue
        initials = _INITIALS_BEFORE_RE.search(text, max(0, m.start() - _BEFORE_REACH), m.start())
        if initials and not _GIVEN_BEFORE_RE.search(text, 0, initials.start()):
            # "said C.A. Hill": the initials are the given names ("Ann J. Hill": "Ann" is)
            given.add("".join(initials.group("word").split()))
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


def modifies_noun(adoc: AnalysedDocument, sentence: Sentence, words: str) -> bool:
    """Whether the short name ``words`` (its first place in ``sentence``) is a noun
    modifying the next ("the court case", "the board meeting"): no body's name."""
    at = sentence.text.find(words)
    if at < 0:
        return False
    span = tokens_at(adoc.parse, sentence.start + at, sentence.start + at + len(words))
    return span is not None and span[-1].dep_ == "compound"


def named_before(said: str, name: str) -> bool:
    """Whether ``said`` (the statement and those told before it) writes the person
    ``name`` (a full name as an article wrote it: "Robert Hale") in full: the name
    itself, or its first given name or that name's everyday form ("Bob": ``NICKNAMES``)
    before its surname, with at most ``_MIDDLE_NAMES`` names or initials between. The
    reader met the person there; a note with the other spelling reads as a second one."""
    if name.lower() in said.lower():
        return True
    words = name.split()
    if len(words) < 2:
        return False
    given = _given(words[0])
    surname = re.compile(rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w-])")
    for m in surname.finditer(said):
        for word in _words_before(said, m.start(), _MIDDLE_NAMES + 1):
            if not _NAME_WORD_RE.fullmatch(word):
                break  # "Robert, said Hale": a name run ends at a comma
            if _given(word) == given:
                return True
    return False


def _words_before(text: str, end: int, count: int) -> list[str]:
    """The last ``count`` words of ``text[:end]``, nearest first, as ``str.split`` cuts
    them: read back from ``end`` only as far as they reach (splitting all the text before
    each of thousands of surnames in a hostile statement cost their square)."""
    words: list[str] = []
    i = end
    while len(words) < count:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == 0:
            break
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        words.append(text[j:i])
        i = j
    return words


def _given(word: str) -> str:
    """A given name as its full form, lower case ("Bob" -> "robert")."""
    plain = word.rstrip(".").lower()
    return NICKNAMES.get(plain, plain)
