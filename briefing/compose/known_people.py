"""Known people: the people an article named in full before a sentence, by surname.

``editorial.person_notes`` notes a surname a statement uses alone ("agreed with Linder")
with the full name its article gave it before ("Linder [Rep. John Linder]"). This module
reads the article for those names (``people_before``): each full name the tagger read as a
person's (or written with initials, "C.A. Hale"), keyed by its surname (by its first word,
too, for a name written surname first and so called: "Chen [Chen Ing-hau]"), with the
title written right before it ("Rep."), else the role an apposition after it gives
("Helen Dunlap, president of the Marlow Tenants Union").
"""

from __future__ import annotations

import re

from briefing.compose.actors.roles import apposition
from briefing.lang.names import GENERATION_SUFFIXES, PERSON_TITLES, surname_first
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Sentence
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


def people_before(adoc: AnalysedDocument, lead: Sentence) -> dict[str, dict[str, str]]:
    """The distinct people of the article before ``lead`` by surname: each full name
    with that name and the title written before it."""
    found: dict[str, dict[str, str]] = {}
    text = adoc.document.text
    alone = {m.text for m in adoc.mentions if m.label == "PERSON" and " " not in m.text.strip()}
    for mention in adoc.mentions:
        if mention.start >= lead.start:
            continue
        name = _POSSESSIVE_RE.sub("", " ".join(mention.text.split())).strip()
        if mention.label != "PERSON" and not _INITIALLED_RE.fullmatch(name):
            continue  # "C.A. Terhune", tagged an organisation, is a person all the same
        last = text[max(0, mention.start - _TITLE_REACH) : mention.start].rstrip()[-1:]
        if name.split()[0].endswith("ing") and last in ("", ".", "!", "?", '"', "”"):
            name = name.partition(" ")[2]  # "Turning Smith over ...": a verb opened it
        if len(name.split()) < 2:
            continue
        title = _title_before(text[max(0, mention.start - _TITLE_REACH) : mention.start])
        first, *_, last = _ungenerated(name).split()
        # A name written surname first ("Chen Ing-hau", "Xu Youfang", then "Chen said":
        # ``surname_first``), and its article calls the person by the first word alone,
        # never by the last.
        first_named = surname_first(name) and first in alone and last not in alone
        for key in [last, *([first] if first_named else [])]:
            people = found.setdefault(key, {})
            people.setdefault(name, f"{title} {name}".strip())
            if title and not people[name].startswith(title):
                people[name] = name  # titled two ways: the name alone
            elif people[name] == name and (role := _role_after(adoc, mention.start, mention.end)):
                people[name] = f"{name}, {role}"  # "Helen Dunlap, the agency's director"
    for people in found.values():
        for name in [n for n in people if any(_shorter_form(n, other) for other in people)]:
            del people[name]  # "Ricky McGinn" of "Ricky Nolen McGinn": one person
    return found


def _ungenerated(name: str) -> str:
    """``name`` without a generation written after the surname ("G. Richard Wexley Jr.":
    the person is "Wexley" alone)."""
    words = name.split()
    if len(words) > 2 and words[-1].rstrip(".").lower() in GENERATION_SUFFIXES:
        return " ".join(words[:-1]).rstrip(",")
    return name


def _role_after(adoc: AnalysedDocument, start: int, end: int) -> str | None:
    """The role an apposition right after the name at ``start:end`` of the article gives
    (``actors.roles.apposition``), for a person no title introduces, or None. Not a role
    of a thing only the article named ("the board's chairman": which board)."""
    span = tokens_at(adoc.parse, start, end)
    role = apposition(span) if span is not None else None
    return None if role is None or _LEANING_ROLE_RE.match(role) else role


def _shorter_form(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` with middle names left out ("Ricky McGinn" of
    "Ricky Nolen McGinn"): the same first and last word, fewer words."""
    short, full = name.split(), other.split()
    return len(short) < len(full) and short[0] == full[0] and short[-1] == full[-1]


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
