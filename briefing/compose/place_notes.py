"""Place notes: the city and the state a statement calls by its kind alone.

A wire article calls its own city "the city" ("MARLOW (AP) -- The city's bus fares rose
...") and an article about one state says "the state", "the Legislature" or "the State
Police"; a statement lifted out of the article leaves the reader asking which city,
which state. The editor writes the place the article itself gives, in brackets, the
source's words untouched: "The city's [Marlow] bus fares", "the Legislature [Oregon]".
A note is given only when the article leaves no doubt:

- the city is the city of the article's dateline, when the article names no other place
  before the end of the sentence (a country or a US state is no other city);
- the state is the one US state the article names before the end of the sentence (its
  dateline counts), named in its dateline, headline or opening sentences (an article
  about that state, not one that mentions it in passing).

A sentence that names a place of the kind itself gets no note ("counties and the state"
after "Arizona leaders"): which one is for the sentence to say.

The writer's own place called by its kind ("a court of this colony", "leaders of this
island nation", ``pointing.writers_place``) is, like a wire report's "here", its
dateline's: its city, US state or country (``writers_place_notes``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from briefing.compose.actors.matching import country_name
from briefing.compose.country_notes import dateline_country
from briefing.lang.deixis import bare_here
from briefing.lang.places import TERRITORIES, US_STATE_ABBREVIATIONS, US_STATE_NAMES, US_STATES
from briefing.lang.pointing import COUNTRY_KINDS, STATE_KINDS, writers_place
from briefing.model import AnalysedDocument, Document, Sentence

# The opening sentences of an article that, naming a state, make the article one about
# it (with its dateline and headline). Set by reading the 20 TUNING+CHECK articles that
# say "the state" (session 24): their state is named in the first two sentences.
OPENING_SENTENCES = 2
# Words after "the state" that make "state" a nation's ("the state dinner", "the state
# media") or that already say which ("the state of Ohio"): no note.
_SOVEREIGN_NEXT = (
    "of|dinner|dinners|visit|visits|funeral|banquet|media|television|radio|news|agency"
    "|secret|secrets|sector|enterprise|enterprises|firm|firms|company|companies|council"
    "|run|owned|controlled|sponsored|socialism|religion|church|terrorism|department"
)
# Bodies a capitalised "the State ..." names that are a US state's ("the State Police");
# "the State Department" and "the State Council" are a nation's.
_STATE_BODIES = "Police|Legislature|Senate|Assembly|Capitol|Supreme Court"
_STATE_RE = re.compile(
    rf"(?<![\w-])(?:[Tt]he\s+state(?![\w-])(?!['’]?\s*(?:{_SOVEREIGN_NEXT})(?![\w-]))"
    rf"(?!\s+(?:in which|where|that|which|whose)\b)"  # a state of any tribe, any town
    rf"|[Tt]he\s+State\s+(?:{_STATE_BODIES})(?![\w-])(?!\s+[A-Z])"
    r"|(?:[Tt]he\s+(?:[Ss]tate\s+)?)[Ll]egislature(?![\w-])(?!\s+of\b))"
)
_CITY_RE = re.compile(r"(?<![\w-])[Tt]he\s+city(?![\w-])(?!['’]?\s*of\b)")
# Datelines that name no city ("UNDATED", "UNITED NATIONS"): their "the city" is another.
UNDATED = "undated"
NO_CITY_PLACES = frozenset({UNDATED, "united nations"})
# Place labels of named entities (spaCy): a city, a state, a country, a region.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# A state's name in running text, as written ("New Jersey"); "Washington" is the state
# only as "Washington state" (else the capital), "New York" not as "New York City".
_STATE_NAMES_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted((s.title() for s in US_STATES if s != "washington"), key=len, reverse=True))
    + r"|Washington(?=\s+[Ss]tate\b))(?![\w-])(?!\s+City\b)"
)
# US states whose name is also a city's: the city may be the one meant ("Subway riders
# in New York and other big cities ..." before "the city's fares").
_STATE_OR_CITY = frozenset({"new york", "washington"})
# Last words of a place's name that make it an area, not a city ("Marlow County").
_AREA_WORDS = frozenset({"county", "province", "region", "state"})
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# What a territory's own reports call it ("the colony's courts", "the territory").
TERRITORY_KINDS = frozenset({"colony", "territory"})


def place_notes(adoc: AnalysedDocument, lead: Sentence, text: str) -> list[tuple[str, str]]:
    """(words, place) for "the city" and "the state" (its bodies, "the Legislature") in
    ``text`` (``lead``'s shown text) whose place the article gives without doubt."""
    notes: list[tuple[str, str]] = []
    if (city := _city(adoc, lead, text)) is not None and (m := _CITY_RE.search(text)):
        notes.append((m.group(), city))
    if (state := _state(adoc, lead, text)) is not None and (m := _STATE_RE.search(text)):
        notes.append((m.group(), state))
    return notes


def _city(adoc: AnalysedDocument, lead: Sentence, text: str) -> str | None:
    """The dateline's city when it is the only place (other than a country or a US
    state) the article names before the end of ``lead`` and ``text`` does not name it."""
    place = adoc.document.place
    if not place or not _CITY_RE.search(text):
        return None
    key = " ".join(place.partition(",")[0].lower().split())
    if key in NO_CITY_PLACES or country_name(key):
        return None
    written = (dateline_place(adoc.document) or "").partition(",")[0].strip()
    if written.lower() in text.lower():
        return None
    places = (m.text for m in adoc.mentions if m.start < lead.end and m.label in _PLACE_LABELS)
    if any(not _same_or_wider(name, key) for name in places):
        return None
    return written


def _same_or_wider(name: str, city: str) -> bool:
    """Whether a place ``name`` is the ``city`` itself ("New York City" for "NEW YORK"),
    a US state, a country or an area no city is ("Marlow County")."""
    key = " ".join(_POSSESSIVE_RE.sub("", name).lower().replace(".", "").split())
    key = key.removeprefix("the ")
    if key in (city, f"{city} city") or key.rpartition(" ")[2] in _AREA_WORDS:
        return True
    if key in _STATE_OR_CITY:
        return False
    return key in US_STATES or key in US_STATE_ABBREVIATIONS or bool(country_name(key))


def writers_place_notes(document: Document, text: str) -> list[tuple[str, str]] | None:
    """(words, place) for each "this city", "this state", "this nation" of ``text``
    (``pointing.writers_place``): the city, US state or country of its article's
    dateline ("this compact colony [Hong Kong]"), none where ``text`` names it already;
    None when a dateline does not say which place one of them is."""
    notes: list[tuple[str, str]] = []
    for start, end, kind in writers_place(text):
        place = _dateline_kind(document, kind)
        if place is None:
            return None
        if place.lower() not in text.lower():
            notes.append((text[start:end], place))
    return notes


def _dateline_kind(document: Document, kind: str) -> str | None:
    """The place of a kind (``pointing``'s city, state and country kinds) its dateline
    names: its city, its US state or its country."""
    if not has_place(document) or (document.place or "").strip().lower() in NO_CITY_PLACES:
        return None
    if kind in COUNTRY_KINDS:
        return dateline_country(document)
    if kind in STATE_KINDS:
        return _dateline_state(document.place)
    city = (dateline_place(document) or "").partition(",")[0].strip()
    return city or None


def territory_of(document: Document, kind: str) -> str | None:
    """The place of a dateline that names a territory ("HONG KONG", ``places.TERRITORIES``)
    when ``kind`` is a territory's ("colony", "territory"): "the colony" of its report is
    the writer's place, as "this colony" is (s32)."""
    if kind not in TERRITORY_KINDS or not has_place(document):
        return None
    city = (dateline_place(document) or "").partition(",")[0].strip()
    return city if city.lower() in TERRITORIES else None


def has_place(document: Document) -> bool:
    """Whether the document's dateline names a place (not "UNDATED")."""
    return bool(document.place) and document.place.strip().lower() != UNDATED


def place_here(
    text: str, document: Document, place_of: Callable[[Document], str | None] | None = None
) -> str:
    """``text`` with its bare "here" (``deixis.bare_here``) followed by "[in <place>]", the
    place of its article's dateline (``place_of``, by default ``dateline_place``); ``text``
    as it is without such a "here" or place."""
    here = bare_here(text)
    place = (place_of or dateline_place)(document) if here else None
    if here is None or place is None:
        return text
    return f"{text[: here[0]]}[in {place}]{text[here[1] :]}"


def dateline_place(document: Document) -> str | None:
    """The place a document's dateline names, its city spelt as the text writes it
    ("HONG KONG" as "Hong Kong", else in capitalised words) and the rest as the dateline
    does ("NEWPORT, R.I." as "Newport, R.I."); None without a dateline or for one that
    names no place ("UNDATED")."""
    if not document.place or not has_place(document):
        return None
    city, comma, rest = document.place.partition(",")
    if city.isupper():
        pattern = re.compile(rf"(?<!\w){re.escape(city)}(?!\w)", re.IGNORECASE)
        written = (m.group() for m in pattern.finditer(document.text))
        city = next((w for w in written if not w.isupper()), string.capwords(city))
    return f"{city}{comma}{rest}"


def _state(adoc: AnalysedDocument, lead: Sentence, text: str) -> str | None:
    """The one US state the article names up to the end of ``lead`` (its dateline
    counts), when its dateline, headline or opening names it and ``text`` names no
    state."""
    if not _STATE_RE.search(text) or _STATE_NAMES_RE.search(text):
        return None
    document = adoc.document
    own = _dateline_state(document.place)
    named = {m.group() for m in _STATE_NAMES_RE.finditer(document.text, 0, lead.end)}
    if own:
        named.add(own)
    if len(named) != 1:
        return None
    (state,) = named
    opening = adoc.sentences[min(OPENING_SENTENCES, len(adoc.sentences)) - 1].end
    headline = {m.group() for m in _STATE_NAMES_RE.finditer(document.title)}
    told = {m.group() for m in _STATE_NAMES_RE.finditer(document.text, 0, opening)}
    return state if state in {own, *headline, *told} else None


def _dateline_state(place: str | None) -> str | None:
    """The US state a dateline names after its city ("AUSTIN, Texas", "TRENTON, N.J.")."""
    if not place or "," not in place:
        return None
    tail = place.rpartition(",")[2].strip()
    return US_STATE_NAMES.get(tail.lower().replace(".", "").replace(" ", ""))
