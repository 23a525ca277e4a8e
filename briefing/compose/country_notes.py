"""Country notes: whose parliament, in a story told in several countries.

A story whose articles are about several countries (anti-smoking laws passed in one
country after another) holds timeline entries that name none: "A bill cleared a key
hurdle in Parliament on Friday", "A regulation banning smoking was enacted last May".
Read alone, far from its article, such an entry leaves the reader asking whose
parliament. The editor writes the country its article is about, in brackets after the
body, office or law the entry names, the source's words untouched: "in Parliament
[Lorvania]". A note is given only when nothing leaves doubt:

- the story's articles are about at least two countries (each article's country as
  below), so a reader cannot take the story's one country for granted;
- the entry names no place, people or nationality of its own (no city, country, US
  state, territory or nationality's adjective among its named entities or its
  capitalised words, possessives included, no place its article names anywhere, no
  country's own body such as "Congress" or "the Knesset"): which one is for the entry
  to say ("Macau's Judicial Police", "Macau police");
- its article is about one country: its dateline's, where its headline and opening
  sentence name that country and no other, or no place at all (a report filed from
  abroad, "WASHINGTON -- Macau police said ...", is not about its dateline's
  country); without a dateline, the one country its headline and opening sentence
  name;
- the article names no other country or territory before the end of the entry's
  sentence (an article on one country that compares it with another leaves "the law"
  in doubt).

An entry that names no body, office or law gets no note: there is nothing it is of.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.compose.actors.matching import country_name, country_of
from briefing.lang.places import (
    METONYMS,
    TERRITORIES,
    US_STATE_ABBREVIATIONS,
    US_STATE_NAMES,
    US_STATES,
)
from briefing.model import AnalysedDocument, Corpus, Document, Sentence

# Countries a story's articles must be about, at least, for its entries to need a note
# of their country: a story told in one country leaves no doubt whose parliament.
# With OPENING_SENTENCES: chosen by hand in cd3947a (20 dev stories: 8 notes, 0 wrong);
# not benchmarked.
MIN_STORY_COUNTRIES = 2
# Opening sentences that, with the headline, say which country an article is about.
OPENING_SENTENCES = 1
_UNITED_STATES = "United States"
# US states whose name is also a city's ("Washington", "New York"): the city may be meant.
_STATE_OR_CITY = frozenset({"new york", "washington"})
# Named-entity labels (spaCy) of places and of peoples and parties.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Bodies one country has, whose name says the country ("Congress", "the Bundestag").
_NATIONAL_BODIES_RE = re.compile(
    r"(?<![\w-])(?:Congress|Bundestag|Bundesrat|Knesset|Duma|Diet|Majlis|Kremlin"
    r"|White\s+House|Downing\s+Street|Capitol\s+Hill|GOP)(?![\w-])"
)
# What an entry's note follows, by preference: a body, then an office (with the name
# that follows it), then a law the entry calls "a"/"the" law ("a new law", not "law
# professor" or "state regulation"). The first found of the first kind found takes it.
_ANCHORS = (
    re.compile(
        r"(?<![\w-])(?:[Pp]arliament|[Ll]egislature|[Cc]abinet|[Gg]overnment|[Mm]inistry"
        r"|Senate|Supreme\s+Court|[Pp]olice)(?![\w-])"
    ),
    re.compile(
        r"(?<![\w-])(?:[A-Z][a-z]+\s+)?Minister"
        r"(?:\s+of\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?|(?:\s+[A-Z][\w.'-]*)+)?(?![\w-])"
    ),
    re.compile(
        r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:[Rr]egulation|[Ll]aw|[Bb]ill)"
        r"(?![\w-])"
    ),
)
# A US state's governor, with his name: the one office a state-datelined article's
# entry is noted at, with the state ("Gov. Dana Harlow [Oregon]"); its "Senate" or
# "police" may be the state's or the nation's.
_GOVERNOR_RE = re.compile(r"(?<![\w-])(?:Gov\.|Governor)(?:\s+[A-Z][\w.'-]*)+(?![\w-])")
# Capitalised words, up to three, that may name a country or state ("South Africa").
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def story_countries(corpus: Corpus) -> dict[int, str]:
    """The country each article is about (``article_country``), by its index; an article
    about none or several is left out."""
    out: dict[int, str] = {}
    for i, adoc in enumerate(corpus.docs):
        if (country := article_country(adoc)) is not None:
            out[i] = country
    return out


def country_notes(
    adoc: AnalysedDocument,
    lead: Sentence,
    text: str,
    countries: dict[int, str],
) -> list[tuple[str, str]]:
    """(words, country) for the body, office or law ``text`` (``lead``'s shown text,
    with its other notes) names, when the story is about several countries
    (``countries``, ``story_countries``) and the entry names none; no note otherwise."""
    if len(set(countries.values())) < MIN_STORY_COUNTRIES:
        return []
    country = countries.get(lead.doc)
    if country is None or _names_place(adoc, lead, text):
        return []
    if _other_country_before(adoc, lead, country):
        return []
    if country == _UNITED_STATES and (state := article_state(adoc)) is not None:
        m = _GOVERNOR_RE.search(text)
        return [(m.group(), state)] if m else []
    for anchor in _ANCHORS:
        if m := anchor.search(text):
            return [(m.group(), country)]
    return []


def article_state(adoc: AnalysedDocument) -> str | None:
    """The US state an article is about: its dateline's ("SALEM, Ore."), else the one its
    headline and opening sentence name."""
    _, _, rest = (adoc.document.place or "").partition(",")
    key = rest.lower().replace(".", "").replace(" ", "")
    if key in US_STATE_NAMES:
        return US_STATE_NAMES[key]
    opening = [
        m.text.lower() for m in adoc.mentions if m.label == "GPE" and m.sentence < OPENING_SENTENCES
    ]
    title = adoc.document.title.lower()
    states = {
        state
        for state in US_STATES - _STATE_OR_CITY
        if state in opening or re.search(rf"(?<![\w-]){state}(?![\w-])", title)
    }
    return next(iter(states)).title() if len(states) == 1 else None


def article_country(adoc: AnalysedDocument) -> str | None:
    """The one country an article is about: its dateline's, when its headline and opening
    sentence name that one and no other (no territory either) or no place at all; else,
    without a dateline, the one its headline and opening sentence name."""
    document = adoc.document
    places = [
        m.text for m in adoc.mentions if m.sentence < OPENING_SENTENCES and m.label in _PLACE_LABELS
    ]
    named = set(_countries_in(document.title))
    named |= {c for name in places if (c := _country_key(name)) is not None}
    home = dateline_country(document)
    if home is None:
        return next(iter(named)) if len(named) == 1 else None
    # A report filed from abroad ("WASHINGTON -- Macau police said Monday ..."): the
    # dateline's country is the article's only when its headline and opening name that
    # country and no other, or name no place at all (s32, an unseen story: "Macau's
    # Judicial Police [United States]"). A territory is no country of its own.
    if _territory_in(document.title) or any(_territory_in(p) for p in places):
        return None
    if named - {home}:
        return None
    return home if home in named or not places else None


def dateline_country(document: Document) -> str | None:
    """The country of a document's dateline: the one it names after its city ("LORVIK,
    Lorvania", "SALEM, Ore."), else its city's when the city stands for a country
    ("TEHRAN") or is one."""
    if not document.place:
        return None
    city, _, rest = document.place.partition(",")
    if rest.strip():
        return _country_key(rest)
    return _country_key(city)


def _key(name: str) -> str:
    """A place's name as the lists of places write it: lower case, no dots, no article,
    no possessive ("The Hague's" -> "hague")."""
    key = " ".join(name.lower().replace(".", "").replace("’", "'").split())
    return key.removeprefix("the ").removesuffix("'s").removesuffix("'")


def _country_key(name: str) -> str | None:
    """The country a place's name, or its people's adjective, stands for (a US state or
    its abbreviation for the United States, a capital for its country), or None."""
    key = _key(name)
    if not key:
        return None
    if key in US_STATES or key.replace(" ", "") in US_STATE_NAMES:
        return _UNITED_STATES
    if key in US_STATE_ABBREVIATIONS:
        return _UNITED_STATES
    if key in METONYMS:
        return METONYMS[key]
    return country_of(key) or country_name(key)


def _runs_by_word(text: str) -> Iterable[list[str]]:
    """For each capitalised word of ``text``, the runs of capitalised words starting there,
    longest first: any run may be a place's name ("Thai Police Enforce" names Thailand,
    "Macau's Judicial Police" Macau)."""
    for m in _CAPITALISED_RE.finditer(text):
        words = m.group().split()
        for i in range(len(words)):
            yield [" ".join(words[i:j]) for j in range(len(words), i, -1)]


def _runs(text: str) -> Iterable[str]:
    """Each run of capitalised words of ``text`` that may be a place's name."""
    for runs in _runs_by_word(text):
        yield from runs


def _countries_in(text: str) -> Iterable[str]:
    """The countries the capitalised words of ``text`` name (a headline's): from each
    word, the longest run that names one."""
    for runs in _runs_by_word(text):
        country = next((c for run in runs if (c := _country_key(run)) is not None), None)
        if country is not None:
            yield country


def _territory_in(text: str) -> bool:
    """Whether the capitalised words of ``text`` name a territory that is no country
    ("Macau", "Hong Kong's"): its own place, which no country note may overrule."""
    return any(_key(run) in TERRITORIES for run in _runs(text))


def _names_place(adoc: AnalysedDocument, lead: Sentence, text: str) -> bool:
    """Whether the entry names a place or a people itself: a named entity of its sentence,
    a capitalised word or a country's own body in its text, a territory, a place its
    article names anywhere, possessives included ("Macau's Judicial Police", "Macau
    police": s32), or a note in brackets that places it ("[in Tehran]")."""
    if any(m.label in _PLACE_LABELS and lead.start <= m.start < lead.end for m in adoc.mentions):
        return True
    if _NATIONAL_BODIES_RE.search(text) or "[in " in text or _territory_in(text):
        return True
    if any(True for _ in _countries_in(text)):
        return True
    places = {_key(m.text) for m in adoc.mentions if m.label in _PLACE_LABELS}
    return any(_key(run) in places for run in _runs(text))


def _other_country_before(adoc: AnalysedDocument, lead: Sentence, country: str) -> bool:
    """Whether the article names a country other than ``country`` before the end of
    ``lead``."""
    for m in adoc.mentions:
        if m.start >= lead.end or m.label not in _PLACE_LABELS:
            continue
        other = _country_key(m.text)
        if other is not None and other != country or _key(m.text) in TERRITORIES:
            return True
    return False
