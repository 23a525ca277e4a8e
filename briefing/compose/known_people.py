"""Known people: the people an article named in full before a sentence, by surname.

``editorial.person_notes`` notes a surname a statement uses alone ("agreed with Corbin")
with the full name its article gave it before ("Corbin [Rep. John Corbin]"). This module
reads the article for those names (``people_before``): each full name the tagger read as a
person's (or written with initials, "C.A. Hale"), keyed by its surname (by its first word,
too, for a name written surname first and so called: "Chen [Chen Ming-tao]"), with the
title written right before it ("Rep."), else the role an apposition after it gives
("Helen Corlett, president of the Marlow Tenants Union").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from briefing.compose.actors.name_keys import generation
from briefing.compose.actors.roles import apposition
from briefing.compose.word_starts import starts
from briefing.lang.names import (
    BODY_HEAD_NOUNS,
    CORPORATE_SUFFIXES,
    NAME_ARTICLES,
    PERSON_TITLES,
    surname_first,
)
from briefing.lang.speech import SAYS
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Corpus, Sentence
from briefing.parsed import tokens_at

_POSSESSIVE_RE = re.compile(r"['’]s\b")
# A title before a name: its last word a person's title ("Chairman", "Rep."), before it
# up to _TITLE_WORDS in all of capitalised words or acronyms ("NTSB Chairman"), looked
# for in the _TITLE_REACH characters before the name. Layout bounds, not tuned.
_TITLE_WORDS = 3
_TITLE_REACH = 60
_TITLE_WORD_RE = re.compile(r"[A-Z][\w.&-]*")
# A word closing a sentence: a capitalised word and a full stop ("Monday.").
_SENTENCE_END_RE = re.compile(r"[A-Z][a-z]+\.")
# A role that opens with a plain noun's possessive ("board's chairman"): of a thing only
# its article named, so no note.
_LEANING_ROLE_RE = re.compile(r"[a-z][\w-]*['’]s?\s")
# A name of initials and a surname ("C.A. Hale", "J. R. Hale"): a person's, whatever the
# tagger read it as.
_INITIALLED_RE = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# A given name and a surname, a middle name between them at most ("Paul-Louis Hale",
# "Anzel Hale"): a person's when its article calls the surname alone a person
# (``_person_by_use``), whatever the tagger read the full name as.
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_GIVEN_SURNAME_RE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")
# Words no person's name holds: a company's ("Inc") or a body's head ("Plant").
_BODY_WORDS = frozenset(CORPORATE_SUFFIXES | BODY_HEAD_NOUNS)
# What follows a surname that names a body ("the Nour | plant"), or a person who speaks
# ("Hale | said"); and what may not come right before the speaker's surname besides a word
# character ("Dow-Hale said").
_HEAD_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(sorted(BODY_HEAD_NOUNS))})\b")
_SAYS_AFTER_RE = re.compile(rf"\s+(?:{'|'.join(SAYS)})\b")
_GLUED_BEFORE_SAYING = "'’.-"
# An apposition right after a name in a statement ("Hale, the transport minister, said",
# "Hale, director of the bureau,"): up to _ROLE_WORDS lower-case words (and a body's
# capitalised name after "of"), to a comma or the end. A layout bound, not tuned.
_ROLE_WORDS = 8
_ROLE_AFTER_RE = re.compile(
    rf",\s+(?P<role>[a-z][\w'’-]*(?:\s+[\w'’.&-]+){{0,{_ROLE_WORDS - 1}}}?)\s*(?:,|$)"
)
# A lower-case title's own modifiers ("executive director"): the dependencies and the
# parts of speech the parse gives them (``_modified_title``).
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_MODIFIER_TAGS = frozenset({"ADJ", "NOUN"})
_LOWER_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
# An office a role written beside a name ends with (``_role_written``): a title that
# says a post, not a courtesy ("Mr.") or a word of a longer title ("vice", "former").
_OFFICES = "|".join(
    sorted(
        PERSON_TITLES
        - {"former", "late", "mr", "mrs", "ms", "miss", "dr", "sir", "lady"}
        - {"lord", "prime", "vice", "father"}
    )
)
# A word of such a role: no clause's ("who was mayor and ...").
_ROLE_WORD = r"(?!(?:who|whom|whose|which|that|is|was|were|has|had|said|says)\b)[\w'’.&-]+"
_ROLE_BEFORE_RE = re.compile(
    rf"(?<![\w'’-])[Tt]he (?P<role>(?:{_ROLE_WORD} ){{1,{_TITLE_WORDS}}}?(?:{_OFFICES})),\s+$"
)
_ROLE_OPENING_RE = re.compile(
    rf",\s+(?P<role>(?:{_ROLE_WORD}\s+){{0,{_ROLE_WORDS - 1}}}?(?:{_OFFICES}))"
    r"(?=\s+(?:and|who)\b)"
)
# A surname written with an Arabic article ("al-Rawdan"), then often without ("Rawdan").
_ARTICLE_PREFIX_RE = re.compile(rf"(?i:{'|'.join(NAME_ARTICLES)})-(?={_NAME_WORD}$)")


def people_before(adoc: AnalysedDocument, lead: Sentence) -> Mapping[str, dict[str, str]]:
    """The distinct people of the article before ``lead`` by surname: each full name
    with that name and the title written before it. The article's names are read once
    (``_named``), and a surname's people are worked out when it is asked: digests,
    timeline entries and statements each ask of their own sentence, and reading every
    name before each of them again took time growing with the square of an article of
    thousands of named sentences (34 CPU s for one of 2,500, ``KnownPeople``)."""
    return KnownPeople(adoc, lead.start, _named(adoc))


class _Name(NamedTuple):
    """A mention of a person's full name: where, the name, the title before it."""

    mention: Any  # the article's ``Mention`` (its end is read only for a role)
    name: str
    title: str


class _Names(NamedTuple):
    """An article's full names by surname (in the order the article gives them), and
    the surnames in the order their first name comes."""

    by_key: dict[str, list[_Name]]
    order: list[tuple[int, str]]  # (start of a name, a surname of it), in mention order


class KnownPeople(Mapping[str, dict[str, str]]):
    """The people named before ``before`` in an article, by surname, worked out for a
    surname when it is asked (``people_before``)."""

    def __init__(self, adoc: AnalysedDocument, before: int, names: _Names) -> None:
        self._adoc, self._before, self._names = adoc, before, names
        self._known: dict[str, dict[str, str]] = {}

    def __getitem__(self, key: str) -> dict[str, str]:
        if key not in self._known:
            found = self._people(self._names.by_key.get(key, ()))
            if not found:
                raise KeyError(key)
            self._known[key] = found
        return self._known[key]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(k for at, k in self._names.order if at < self._before))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def _people(self, names: Sequence[_Name]) -> dict[str, str]:
        """Each full name of one surname before ``before``, with its title (or role)."""
        people: dict[str, str] = {}
        for mention, name, title in names:
            if mention.start >= self._before:
                continue
            people.setdefault(name, f"{title} {name}".strip())
            if title and not people[name].startswith(title):
                people[name] = name  # titled two ways: the name alone
            elif people[name] == name and (
                role := _role_after(self._adoc, mention.start, mention.end)
                or _role_written(self._adoc.document.text, mention.start, mention.end)
            ):
                people[name] = f"{name}, {role}"  # "Helen Corlett, the agency's director"
        # "Danny Garvin" of "Danny Lee Garvin": one person (the same first and last word,
        # fewer words than the longest such name)
        longest: dict[tuple[str, str], int] = {}
        for name in people:
            words = name.split()
            longest[words[0], words[-1]] = max(longest.get((words[0], words[-1]), 0), len(words))
        for name in [n for n in people if len(n.split()) < longest[n.split()[0], n.split()[-1]]]:
            del people[name]
        return people


# Articles whose names ``_named`` keeps read (past this many, the oldest is read again
# when asked): one per article, as ``article_memo.ARTICLE_MEMO``; benchmarks/scale.py
# has 880 articles.
NAMED_ARTICLES = 2**14
_NAMED: dict[int, tuple[Any, str, _Names]] = {}  # id(adoc) -> (its mentions, text, names)


def _named(adoc: AnalysedDocument) -> _Names:
    """The full names of ``adoc``, read once per article (its mentions and text the same
    objects: a caller that changes them gets them read again)."""
    kept = _NAMED.get(id(adoc))
    if kept is not None and kept[0] is adoc.mentions and kept[1] is adoc.document.text:
        return kept[2]
    names = _read_names(adoc)
    if len(_NAMED) >= NAMED_ARTICLES:
        del _NAMED[next(iter(_NAMED))]
    _NAMED[id(adoc)] = (adoc.mentions, adoc.document.text, names)  # the mentions kept alive
    return names


def _read_names(adoc: AnalysedDocument) -> _Names:
    """Each full name the article gives (the tagger's person, or a name ``_person_by_use``
    reads as one), by its surname, its first word too for a name written surname first."""
    text = adoc.document.text
    alone = {m.text for m in adoc.mentions if m.label == "PERSON" and " " not in m.text.strip()}
    tagged = {_POSSESSIVE_RE.sub("", m.text).strip() for m in adoc.mentions}
    by_use: dict[str, bool] = {}  # ``_person_by_use`` reads the whole text: once a name
    out = _Names({}, [])
    for mention in adoc.mentions:
        name = _POSSESSIVE_RE.sub("", " ".join(mention.text.split())).strip()
        if not name:
            continue  # a lone "’s" the tagger read as a person
        if mention.label != "PERSON" and not _INITIALLED_RE.fullmatch(name):
            if name not in by_use:
                by_use[name] = _person_by_use(text, name, alone, tagged)
            if not by_use[name]:
                continue  # "C.J. Varrow", tagged an organisation, is a person all the same
        last = text[max(0, mention.start - _TITLE_REACH) : mention.start].rstrip()[-1:]
        if name.split()[0].endswith("ing") and last in ("", ".", "!", "?", '"', "”"):
            name = name.partition(" ")[2]  # "Turning Smith over ...": a verb opened it
        if len(name.split()) < 2:
            continue
        title = _title_before(text[max(0, mention.start - _TITLE_REACH) : mention.start])
        if title[:1].islower():
            title = _modified_title(adoc, mention.start, title)
        (first, *_, last), born = generation(name.split())
        last = last.rstrip(",") if born else last  # "Wexley, Jr."
        # A name written surname first ("Chen Ming-tao", "Xu Minghao", then "Chen said":
        # ``surname_first``), and its article calls the person by the first word alone,
        # never by the last.
        first_named = surname_first(name) and first in alone and last not in alone
        # "Tariq al-Rawdan", then "Rawdan said": the surname without its article.
        plain = (
            _ARTICLE_PREFIX_RE.sub("", last, count=1) if _ARTICLE_PREFIX_RE.match(last) else last
        )
        for key in dict.fromkeys([last, plain, *([first] if first_named else [])]):
            out.by_key.setdefault(key, []).append(_Name(mention, name, title))
            out.order.append((mention.start, key))
    return out


def story_titles(corpus: Corpus) -> dict[str, list[tuple[int, int, str]]]:
    """Each full name an article of ``corpus`` writes with a title right before it
    ("Texas Gov. Ann Hale"): its titled forms, each with the day (an ordinal; 0 undated)
    its article was written and the article's index, for ``titled_elsewhere``."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for doc, adoc in enumerate(corpus.docs):
        written = adoc.document.written
        day = written.toordinal() if written else 0
        for names in _named(adoc).by_key.values():
            for _, name, title in names:
                if title[:1].isupper():  # a lower-case one may be cut: the article's own
                    for key in dict.fromkeys([name, _first_last(name)]):
                        out.setdefault(key, []).append((day, doc, f"{title} {name}"))
    return out


def _first_last(name: str) -> str:
    """A full name's first and last word ("Ann B. Hale" -> "Ann Hale"): the same person
    written with a middle name or without."""
    words = name.split()
    return f"{words[0]} {words[-1]}"


def titled_elsewhere(
    titles: Mapping[str, list[tuple[int, int, str]]], name: str, doc: int, written: dt.date | None
) -> str | None:
    """The titled form of ``name`` (``story_titles``; else of its first and last word:
    "Ann B. Hale" as "Ann Hale") that the articles other than the ``doc``-th, written
    nearest to its day ``written``, give most often (a title changes: "Gov." then
    "President"), or None when none titles it, or two forms tie."""
    day = written.toordinal() if written else 0
    found = [(abs(d - day), t) for d, i, t in titles.get(name, ()) if i != doc] or [
        (abs(d - day), t) for d, i, t in titles.get(_first_last(name), ()) if i != doc
    ]
    if not found:
        return None
    nearest = min(gap for gap, _ in found)
    (form, n), *rest = Counter(t for gap, t in found if gap == nearest).most_common(2)
    return None if rest and rest[0][1] == n else form


def role_follows(text: str, at: int) -> bool:
    """Whether ``text`` gives the person whose name ends at ``at`` a role right after it
    ("Hale, the transport minister, said"): a note with a title or role repeats it, so the
    name alone says who ("Hale [Jo Hale], the transport minister")."""
    m = _ROLE_AFTER_RE.match(text, at)
    return m is not None and any(
        w.rstrip(".,").lower() in PERSON_TITLES for w in m.group("role").split() if w.islower()
    )


def _person_by_use(text: str, name: str, alone: set[str], tagged: set[str]) -> bool:
    """Whether ``name``, a mention the tagger read as no person's, is a given name and a
    surname (``_GIVEN_SURNAME_RE``; no company's or body's word, no article "El" first)
    whose surname its article ``text`` calls a person alone: tagged a person by itself
    (``alone``), or the bare subject of a verb of saying ("Hale said", not "Dow Hale
    said"); and never writes before a body's head noun ("the Hale plant"), nor tags its
    first word alone (``tagged``: "Goldman" of "Goldman Sachs"; a given name is seldom
    written alone)."""
    if not _GIVEN_SURNAME_RE.fullmatch(name):
        return False
    words = name.split()
    if any(w.lower() in STOP_WORDS or w.lower() in _BODY_WORDS for w in words):
        return False
    if words[0].lower() in NAME_ARTICLES:
        return False  # "El Nour": an article, no given name
    if words[0] in tagged:
        return False  # "Goldman" of "Goldman Sachs" named alone: a body's first word
    surname = words[-1]
    if any(_HEAD_AFTER_RE.match(text, at + len(surname)) for at in starts(surname, text)):
        return False  # "the Nour plant": a body's name
    if surname in alone:
        return True
    for at in starts(surname, text, _GLUED_BEFORE_SAYING):
        if not _SAYS_AFTER_RE.match(text, at + len(surname)):
            continue
        before = text[max(0, at - _TITLE_REACH) : at].split()
        if not before or not before[-1][:1].isupper() or before[-1][-1:] in '.,;:!?"”':
            return True  # "... said Friday. Hale said", not "Dow Hale said"
    return False


def _role_after(adoc: AnalysedDocument, start: int, end: int) -> str | None:
    """The role an apposition right after the name at ``start:end`` of the article gives
    (``actors.roles.apposition``), for a person no title introduces, or None. Not a role
    of a thing only the article named ("the board's chairman": which board)."""
    span = tokens_at(adoc.parse, start, end)
    role = apposition(span) if span is not None else None
    return None if role is None or _LEANING_ROLE_RE.match(role) else role


def _modified_title(adoc: AnalysedDocument, name_start: int, title: str) -> str:
    """A lower-case ``title`` written right before the name at ``name_start`` with the
    lower-case words the parse reads as modifying it ("executive director", "spiritual
    leader", "governmental affairs director"), ``_TITLE_WORDS`` in all at most; "" when a
    lower-case word still stands right before and is left out (cut by the bound, or not
    read as a modifier: "opposition leader"): a bare "[leader Ann Varo]" says less than
    the name alone and misleads. Without a parse, the text alone decides the same way."""
    text = adoc.document.text
    start = text.rfind(title, 0, name_start)
    span = tokens_at(getattr(adoc, "parse", None), start, start + len(title))
    if span is None:
        before = text[max(0, start - _TITLE_REACH) : start].split()[-1:]
        return "" if before and _lower_word(before[0]) else title
    head = span[-1]
    doc, run, first = head.doc, {head.i}, head.i
    while first > 0 and len(run) < _TITLE_WORDS:
        word = doc[first - 1]
        if not (_lower(word.text) and word.dep_ in _MODIFIER_DEPS and word.head.i in run):
            break
        first -= 1
        run.add(first)
    if first > 0 and _lower(doc[first - 1].text) and doc[first - 1].pos_ in _MODIFIER_TAGS:
        return ""  # a modifier left out ("former"): no title rather than a cut one
    return doc[first : head.i + 1].text


def _lower(word: str) -> bool:
    """Whether ``word`` is a lower-case word of letters (a hyphen inside)."""
    return _LOWER_WORD_RE.fullmatch(word) is not None


def _lower_word(word: str) -> bool:
    """``_lower`` and no stop word (the text alone cannot tell "former" from "and")."""
    return _lower(word) and word not in STOP_WORDS


def _role_written(text: str, start: int, end: int) -> str | None:
    """The role the article writes beside the name at ``start:end`` where the parse
    reads none: a description with an office ending it set off by commas right before
    ("the harbour's chief engineer, Ann Hale,"; not a bare "the chairman,": which
    one), or the office opening a longer apposition after ("Ann Hale, former county
    party chairman and a donor to ..."), or None. A note of the name alone does not say
    who the person is."""
    before = _ROLE_BEFORE_RE.search(text, max(0, start - _TITLE_REACH), start)
    if before is not None:
        return before.group("role")
    after = _ROLE_OPENING_RE.match(text, end)
    return after.group("role") if after is not None else None


def _title_before(text: str) -> str:
    """The title written right before a name ("NTSB Chairman", "Rep."), or ""."""
    words = text.split()
    if not words or words[-1].rstrip(".").lower() not in PERSON_TITLES:
        return ""
    title = [words.pop()]
    while words and len(title) < _TITLE_WORDS:
        word = words[-1]
        if not _TITLE_WORD_RE.fullmatch(word) or word.lower() in STOP_WORDS:
            break
        if _SENTENCE_END_RE.fullmatch(word) and word[:-1].lower() not in PERSON_TITLES:
            break  # "Monday." ends the sentence before ("U.S." and "Gov." do not)
        title.insert(0, words.pop())
    return " ".join(title)
