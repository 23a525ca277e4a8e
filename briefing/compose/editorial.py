"""Editorial: what an editor adds to a chosen statement so that it reads alone.

A summary or background statement is a sentence lifted out of its article. What its
article told the reader before it is lost on the way; what can be is given back here,
without touching the source's words (``Statement.text``):

- the date of what it reports (``Statement.date``): the date its sentence gives its own
  event (the timeline's rule, ``timeline.event_dates``), else the date of the earliest
  article reporting it; none for a general statement ("A non-resident has no say in the
  council", ``timeless``). The executive summary is ordered by it (a general statement
  by its article's date, ``reading_order``), then importance;
- relative dates resolved against the article's date, in brackets after the words:
  "executed last December [December 2005]", "on Friday [3 March 2006]", "on March 3
  [2006]". A date ``dating`` cannot place (a weekday that may be tomorrow's, "Jan. 1" in
  a December article, a range "this year or the next") is left as written;
- a body or a meeting called by its short name ("the committee") when the article named
  exactly one of that kind in full before the sentence: "the committee [Senate Ethics
  Committee]". Two candidates ("House Ethics Committee", "Senate Ethics Committee") are
  a guess, and are left alone; a name the statement or an earlier one already gives
  needs no note;
- people called by a plain noun ("the workers") that the article described one way
  before: "the workers [harbour crane workers]";
- a person called by the surname alone ("agreed with Corbin") when the article named
  exactly one person of that surname in full before: the full name, with the title
  written right before it ("Corbin [Rep. John Corbin]"), else the role an apposition
  after it gives ("Corlett [Helen Corlett, president of the Marlow Tenants Union]"); a
  surname after its particle ("Van Dorle") and the first word of a name written surname
  first ("Chen [Chen Ming-tao]") too.

The result is ``Statement.edited``: the text with the notes in square brackets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefing.compose.acronym_notes import acronym_notes, defined_names
from briefing.compose.capital_names import capital_name_notes
from briefing.compose.clauses import future_verb, past_verb, told_as_done, told_before
from briefing.compose.dating import (
    DateMention,
    anchors,
    date_mentions,
    is_close,
    looks_ahead,
    resolve_date,
    year_in_doubt,
)
from briefing.compose.known_people import (
    people_before,
    role_follows,
    story_titles,
    titled_elsewhere,
)
from briefing.compose.note_checks import checked_person_notes, named_before
from briefing.compose.place_notes import place_here, place_notes
from briefing.compose.short_names import name_notes, people_notes
from briefing.compose.timeless import timeless
from briefing.compose.unplaced import report_notes
from briefing.lang.dates import DATE_PATTERNS, ERA_RE, FOR_BEFORE_RE, YEAR_RE
from briefing.lang.months import MONTH_NAMES, MONTHS_SPELLED, WEEKDAYS
from briefing.lang.names import (
    SURNAME_PARTICLES,
    TERM_HEAD_NOUNS,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Corpus, Sentence, Statement

Key = tuple[int, ...]
UNDATED: Key = (10_000,)
# A general statement's key (``timeless``): shown with no date; the background reads it
# first, as what the news happens in (the summary reads it by its article's date).
TIMELESS: Key = (0,)
# Kinds of date expression (``lang.dates.DATE_PATTERNS``) whose year the words leave
# open: the note gives only the year ("on March 3 [2006]").
_YEAR_OPEN = frozenset({"md", "dm", "m"})
_MONTH_DAY = frozenset({"md", "dm"})
# Kinds that name a month relative to the article ("last December [December 2005]").
_MONTH_RELATIVE = frozenset({"m_this_year", "m_last", "last_month", "next_month"})
# Kinds that state the date in full, or name none: no note.
_STATED = frozenset({"mdy", "dmy", "my", "y", "week"})
# An expression holding two dates or a span ("this year or the next", "Friday and
# Saturday", "March 3-5") would be noted as one: left as written.
_SPAN_RE = re.compile(r"\b(?:or|and|to|through|until|between|from)\b|[-–—/]", re.IGNORECASE)
_DATE_WORD = (
    rf"(?:the\s+)?(?:next|last|following|previous|early|late|\d|{MONTH_NAMES}|{'|'.join(WEEKDAYS)})"
)
# ... or the words around it: "this year or the next", "Friday and Saturday", "from
# Friday to Sunday".
_SPAN_AFTER_RE = re.compile(
    rf"^,?\s*(?:or\b|(?:and|to|through|until|[-–—])\s*{_DATE_WORD})", re.IGNORECASE
)
_SPAN_BEFORE_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# "... said Tuesday, ahead of March elections": the date is what the clause looks toward
# from a time the sentence may put before or after its article's day, so a year for it is
# a guess (session 24, tuning D0649D: a January article's "ahead of March" noted as the
# March before). No note.
_AHEAD_RE = re.compile(r"\b(?:ahead of|in the run-up to|in advance of)\s+$", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s\b")
# The sentences of an article's opening whose own dates may put a sentence that gives
# none in doubt (``_other_day``). Set by reasoning: a wire story's lead and next
# paragraph tell its news.
OPENING_SENTENCES = 3
# A capitalised word: a surname when the article named one person so before; with the
# prefixes surnames are written with ("O'Dowd", "McAvoy", "MacLeod", "DeMarco",
# "LaRue"), which a plain capitalised word misses (session 24: a senator's surname shown
# alone in a summary; session 27: "to DeMarco" in a tuning background).
# Particles before a surname, capitalised at a sentence's start ("Van Dorle said"): the
# capitalised word after one is the surname, not the end of a longer name.
_PARTICLES = SURNAME_PARTICLES | {"la"}
_CAPITALISED_RE = re.compile(
    r"\b(?:[A-Z]['’]|Ma?c|De|Di|Du|La|Le)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!-)(?!['’][A-Z])"
)
# A capitalised word right after: the surname is the first word of a longer name.
_NAME_GOES_ON_RE = re.compile(r"\s+[A-Z]")
# The word right after a name ("Brandon administration"). Bounded: 30 letters.
_NEXT_WORD_RE = re.compile(r" ([A-Za-z]{1,30})\b")


def iso(key: Key) -> str | None:
    """The ISO date of a sort key ``(year, month, day)``, at the precision it has."""
    if key in (UNDATED, TIMELESS) or not key:
        return None
    year, month, day = (*key, 0, 0)[:3]
    if not month:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def story_date(members: list[Sentence], corpus: Corpus, dates: dict[tuple[int, int], Key]) -> Key:
    """When what a statement (its sentences ``members``, the shown one first) reports
    happened: the date of the event one of them tells (``timeline.event_dates``), else
    the day the earliest article reporting it was written (its dateline's day, not the
    next day's print date); ``UNDATED`` when neither is known. A general statement
    (``timeless``) with no event's date is ``TIMELESS``: no day is its own."""
    for s in members:
        if (own := dates.get((s.doc, s.index))) is not None:
            return own
    if timeless(corpus.docs[members[0].doc], members[0]):
        return TIMELESS
    published = [d for s in members if (d := corpus.docs[s.doc].document.written)]
    first = min(published, default=None)
    return (first.year, first.month, first.day) if first else UNDATED


def edit(
    statements: list[Statement],
    origins: list[list[Sentence]],
    corpus: Corpus,
    dates: dict[tuple[int, int], Key],
) -> None:
    """Date each statement and write its ``edited`` text (``origins``: each statement's
    sentences, the shown one first; ``dates``: ``timeline.event_dates``). Statements are
    read in order: a name an earlier one gave needs no note in a later one."""
    per_doc = [date_mentions(adoc) for adoc in corpus.docs]
    dated = zip(corpus.docs, per_doc, strict=True)
    known = anchors([(m, adoc.document.written) for adoc, ms in dated for m in ms])
    told: list[str] = []
    acronyms = defined_names(corpus)
    titles = story_titles(corpus)
    for statement, members in zip(statements, origins, strict=True):
        lead = members[0]
        adoc = corpus.docs[lead.doc]
        mentions = [m for m in per_doc[lead.doc] if m.sentence.index == lead.index]
        key = story_date(members, corpus, dates)
        statement.date = None if undated_past(members, corpus, dates, mentions, key) else iso(key)
        notes = [
            *date_notes(adoc, mentions, known),
            *name_notes(adoc, lead, statement.text, told),
            *capital_name_notes(adoc, lead, statement.text, told),
            *people_notes(adoc, lead, statement.text, told),
            *person_notes(adoc, lead, statement.text, told, titles),
            *acronym_notes(statement.text, acronyms, told),
            *place_notes(adoc, lead, statement.text),
        ]
        if statement.date is None:  # "last week" of an undated statement: of which report?
            notes += report_notes(statement.text, adoc.document.written)
        edited = annotate(place_here(statement.text, adoc.document), notes)
        statement.edited = edited if edited != statement.text else ""
        told.append(statement.shown)


def undated_past(
    members: list[Sentence],
    corpus: Corpus,
    dates: dict[tuple[int, int], Key],
    mentions: list[DateMention],
    key: Key,
) -> bool:
    """Whether a statement (its sentences ``members``, the shown one first; ``mentions``:
    the dates its shown sentence writes; ``key``: its ``story_date``) tells a past its
    article's date does not date: no sentence of it dates its own event, and it names
    another year ("surfaced at the 1992 convention"), or tells, after its article's opening
    sentence (the day's news), what had happened before ("the ferry sank in a storm" in a
    July article: the storm may have been in November), or so at the opening when the
    opening dates its news to another day (``_other_day``). Shown with no date
    (``reading_order`` places it)."""
    if any((s.doc, s.index) in dates for s in members):
        return False
    lead = members[0]
    adoc = corpus.docs[lead.doc]
    return (
        _other_year(mentions, key)
        or _other_era(lead.text, key)
        or (
            told_before(adoc.parse, lead.start, lead.end)
            and (lead.index > 0 or _other_day(lead, key, dates))
        )
    )


def _other_day(lead: Sentence, key: Key, dates: dict[tuple[int, int], Key]) -> bool:
    """Whether the opening of the lead's article (its first ``OPENING_SENTENCES``) dates
    an event to a day other than ``key``'s: the day it was written is then no safe date
    for a past the sentence tells without a date ("The first day of the new law ended
    ..." in an article written the day after the law took effect, D0623E)."""
    return any(
        len(other) == 3 and other != key
        for i in range(OPENING_SENTENCES)
        if (other := dates.get((lead.doc, i))) is not None and i != lead.index
    )


def _other_year(mentions: list[DateMention], key: Key) -> bool:
    """Whether a sentence's dates (``mentions``) name a year other than ``key``'s."""
    return any(int(y) != key[0] for m in mentions for y in YEAR_RE.findall(m.text))


def _other_era(text: str, key: Key) -> bool:
    """Whether ``text`` places itself in a decade or century ("in the 1980s", "the 19th
    century"), or a year, other than ``key``'s year."""
    return any(
        m.group("century") or m.group("year") != str(key[0]) or m.group(0).endswith("s")
        for m in ERA_RE.finditer(text)
    )


def date_notes(
    adoc: AnalysedDocument, mentions: list[DateMention], known: Counter[dt.date] | None = None
) -> list[tuple[str, str]]:
    """(words, note) for each relative date of one sentence that its article's date
    places without doubt."""
    written = adoc.document.written
    if written is None:
        return []
    notes = []
    for m in mentions:
        words = " ".join(m.text.split())
        kind = _kind(words)
        sent = m.sentence
        if kind is None or kind in _STATED or _SPAN_RE.search(words) or _span(sent.text, m):
            continue
        if _AHEAD_RE.search(sent.text[: m.start]):
            continue
        past = past_verb(adoc.parse, sent.start, m.start, m.end)
        done = past or told_as_done(adoc.parse, sent.start, m.start, m.end)
        if kind == "today" and words.lower() == "today" and not done:
            continue  # "Today, few experts believe ...": nowadays, not a day
        future = (
            looks_ahead(sent.text, m.start) or future_verb(adoc.parse, sent.start, m.start, m.end)
        ) and not (past and not FOR_BEFORE_RE.search(sent.text[: m.start]))
        resolved = resolve_date(m.text, written, future=future, anchors=known)
        if resolved is None or not resolved[2] or year_in_doubt(m.text, resolved[1], written):
            continue
        if kind in _MONTH_DAY and not _year_plain(resolved[1], written, future=future, past=past):
            continue
        notes.append((m.text, _spelled(resolved[1], kind)))
    return notes


def _year_plain(key: Key, written: dt.date, *, future: bool, past: bool) -> bool:
    """Whether the year of a month-day written without one is plain: the day is close to
    the article (``dating.is_close``), or ahead of it in a sentence that looks ahead, or
    before it in one that tells what was done. "June 4 is the anniversary" in a February
    article may be last June or the next: no note."""
    try:
        day = dt.date(*key[:3])
    except ValueError:
        return False
    if is_close(key[1], key[2], written) == day:
        return True
    return (future and day >= written) or (past and not future and day <= written)


def _span(text: str, m: DateMention) -> bool:
    """Whether the date is one end of a span or a choice ("this year or the next")."""
    return bool(_SPAN_AFTER_RE.match(text[m.end :]) or _SPAN_BEFORE_RE.search(text[: m.start]))


def _kind(words: str) -> str | None:
    """The kind of date expression (``DATE_PATTERNS``) ``words`` is, as ``resolve_date``
    reads it: the first pattern that matches."""
    return next((kind for kind, pattern in DATE_PATTERNS if pattern.search(words)), None)


def _spelled(key: Key, kind: str) -> str:
    """The note for a resolved date: the year a month-day lacks, the month and year of a
    relative month, the full day of a relative day."""
    year, month, day = (*key, 0, 0)[:3]
    if kind in _YEAR_OPEN or not month:
        return f"{year}"
    if kind in _MONTH_RELATIVE or not day:
        return f"{MONTHS_SPELLED[month - 1]} {year}"
    return f"{day} {MONTHS_SPELLED[month - 1]} {year}"


def person_notes(
    adoc: AnalysedDocument,
    lead: Sentence,
    text: str,
    told: Sequence[str] = (),
    titles: Mapping[str, list[tuple[int, int, str]]] | None = None,
) -> list[tuple[str, str]]:
    """(words, note) for each person ``text`` calls by the surname alone ("agreed with
    Corbin") whom its article named in full, one of that surname, before ``lead``: the
    full name with the title right before it ("Rep. John Corbin"), else the one another
    article of the story gives it (``titles``, ``known_people.story_titles``): a note of
    the name alone does not say who the person is. Linear in the text:
    a hostile statement of 200 KB with thousands of capitalised words takes no longer
    to read than to scan."""
    notes: list[tuple[str, str]] = []
    people = people_before(adoc, lead)
    said: str | None = None  # the text and what was told before, joined once
    noted: set[str] = set()
    for m in _CAPITALISED_RE.finditer(text):
        before = _word_before(text, m.start())
        if (
            before[:1].isupper()
            and before[-1:].isalnum()
            and before.lower() not in _PARTICLES
            and not _opening_word(text, before, m.start())
        ):
            continue  # part of a longer name ("John Corbin"; not 'in Paris," Corbin', "Van Dorle")
        if _NAME_GOES_ON_RE.match(text, m.end()):
            continue  # ... or the first word of one ("Varga International")
        if _next_word(text, m.end()) in TERM_HEAD_NOUNS:
            continue  # "the Brandon administration": a term in office, not a person
        found = people.get(m.group(0), {})
        if len(found) != 1:
            continue
        ((name, titled),) = found.items()
        if titled == name and titles:
            titled = titled_elsewhere(titles, name, lead.doc, adoc.document.written) or name
        if role_follows(text, m.end()):
            titled = name  # "Varennes, the transport minister, said": the text gives the role
        if titled in noted:
            continue
        said = said if said is not None else "\n".join([text, *told])
        if named_before(said, name):
            continue
        noted.add(titled)
        notes.append((m.group(0), titled))
    return checked_person_notes(adoc, lead, text, notes)


def _opening_word(text: str, word: str, at: int) -> bool:
    """Whether ``word``, right before ``at``, is a plain word opening ``text`` ("If
    Tolley ...", "When Hale ..."): capitalised as the sentence's first word, not as a
    given name."""
    return word.lower() in STOP_WORDS and not text[:at].strip()[: -len(word)].strip()


def _next_word(text: str, at: int) -> str:
    """The word of letters right after ``at`` (one space between), lower case; "" when none."""
    m = _NEXT_WORD_RE.match(text, at)
    return m.group(1).lower() if m else ""


def _word_before(text: str, at: int) -> str:
    """The whitespace-delimited word that ends before ``at`` (spaces skipped), or ""."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def annotate(text: str, notes: list[tuple[str, str]]) -> str:
    """``text`` with each note in square brackets after its words (after a possessive
    "'s" that follows them), at the words' first place not yet noted. The words are
    looked for from where they were last noted, so a hostile sentence of thousands of
    notes of the same words is read once, not once per note."""
    inserts: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []  # noted spans, sorted, none overlapping
    resume: dict[str, int] = {}
    for words, note in notes:
        pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
        for m in pattern.finditer(text, resume.get(words, 0)):
            if _overlaps(taken, m.start(), m.end()):
                continue
            end = m.end()
            if possessive := _POSSESSIVE_RE.match(text, end):
                end = possessive.end()
            bisect.insort(taken, (m.start(), end))
            resume[words] = m.end()
            inserts.append((end, f" [{note}]"))
            break
    pieces, last = [], 0
    for at, insert in sorted(inserts):
        pieces += [text[last:at], insert]
        last = at
    return "".join([*pieces, text[last:]])


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps a span of ``taken`` (sorted, disjoint)."""
    i = bisect.bisect_left(taken, (end,))
    return i > 0 and taken[i - 1][1] > start
