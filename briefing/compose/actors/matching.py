"""Name matching: whether two written names can denote the same actor.

Pure tests on name keys and tokens, used by ``merge``: one person's full names
(nicknames, initials, small misspellings of the surname), misspelt or inflected
variants of an organisation's name, acronyms and their expansions (including the
ones a text defines in brackets) and the countries a place name stands for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.name_keys import generation, normalise_name
from briefing.compose.article_memo import by_article
from briefing.compose.memo import decode_pairs, encode_pairs
from briefing.lang.acronyms import (
    APPOSITION_END_RE,
    BRACKETED_ACRONYM_RE,
    DEFINED_ACRONYM_RE,
    DEFINED_ACRONYM_REV_RE,
    lower_words_before,
)
from briefing.lang.names import (
    ACRONYM_SKIP,
    COUNTRY_ALIASES,
    DEMONYM_ENDINGS,
    GOVERNMENT_WORDS,
    IRREGULAR_DEMONYMS,
    NAME_ARTICLES,
    NICKNAMES,
)
from briefing.lang.nicknames import nicknames_after, nicknames_before
from briefing.lang.places import (
    METONYMS,
    ORGANISATION_WORDS,
    PLACE_LINKS,
    TERRITORIES,
    US_STATE_ABBREVIATIONS,
)
from briefing.model import AnalysedDocument

# A clipped word of at least this many letters ("auto") stands for the full word in a
# name of three words or more. Set by hand on issue 11's union example, not benchmarked.
SHORT_WORD_MIN_CHARS = 4
# Keys this short are codes, not names: a country only through COUNTRY_ALIASES.
COUNTRY_CODE_MAX_CHARS = 3
# Misspellings: words shorter than SPELLING_MIN_CHARS never count as misspelt; up to
# SPELLING_LONG_CHARS one edit is allowed, beyond it two. Set by hand on the sample,
# not yet benchmarked.
SPELLING_MIN_CHARS = 5
SPELLING_LONG_CHARS = 12
# First names shorter than this are never taken for a transliterated variant ("Joan" is
# not "John"). Set by hand on issue 11's dev stories (Hamid/Hamed Osra), not benchmarked.
TRANSLIT_MIN_CHARS = 5
TRANSLIT_LONG_CHARS = 8  # from this length two edits are allowed, below it one
# An organisation's name is long enough for the misspelling test from this many
# characters. Set by hand on the sample, not yet benchmarked.
ORG_SPELLING_MIN_CHARS = 8
# Two words differing only in their ending ("Palestinian"/"Palestine") share at least
# this many leading letters, and differ by at most VARIANT_MAX_TAIL letters beyond them.
# Set by hand on the sample, not yet benchmarked.
VARIANT_MIN_PREFIX = 5
VARIANT_MAX_TAIL = 2
# A country's name or adjective opening a body's name has at most this many words
# ("South African"); the words linking a body's name to its country after it.
COUNTRY_MAX_WORDS = 3
BODY_COUNTRY_LINKS = {"of", "in"}


def abbreviates(short: str, tokens: list[str]) -> bool:
    """True if ``short`` takes, in order, at least the first letter of every main word of
    ``tokens`` (and perhaps more letters of it): "aol" ~ America OnLine, "fbi" ~ Federal
    Bureau of Investigation. Function words may give a letter or none."""

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(tokens):
            return i == len(short)
        word = tokens[j]
        if word in ACRONYM_SKIP and fits(i, j + 1):
            return True
        if i >= len(short) or short[i] != word[0]:
            return False
        # The first letter, then any further letters of the same word, in order.
        k = i + 1
        if fits(k, j + 1):
            return True
        for ch in word[1:]:
            if k < len(short) and short[k] == ch:
                k += 1
                if fits(k, j + 1):
                    return True
        return False

    return len(short) >= 2 and fits(0, 0)


def similar_spelling(a: str, b: str) -> bool:
    """Small edit distance relative to length, for misspellings of one name."""
    if a == b:
        return True
    if min(len(a), len(b)) < SPELLING_MIN_CHARS or a[0] != b[0]:
        return False
    limit = 1 if min(len(a), len(b)) < SPELLING_LONG_CHARS else 2
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


def subsequence(short: list[str], long: list[str]) -> bool:
    """True when the words of ``short`` appear in ``long`` in the same order."""
    it = iter(long)
    return all(tok in it for tok in short)


def acronym_definitions(text: str) -> Iterator[tuple[re.Match[str], list[str], int | None]]:
    """Each acronym ``text`` defines (``DEFINED_ACRONYM_RE``) with the words of the
    capitalised run before it and where in them the name starts: the longest tail whose
    initials spell the acronym (as name keys), or None when no tail does. The one reading
    of such definitions, for the actors' merge and the editor's notes (``acronym_notes``)."""
    for m in DEFINED_ACRONYM_RE.finditer(text):
        words = m["name"].split()
        short = m["short"].lower()
        keys = (normalise_name(" ".join(words[i:]))[1].split() for i in range(len(words)))
        yield m, words, next((i for i, key in enumerate(keys) if abbreviates(short, key)), None)


def defined_acronyms(texts: Iterable[str]) -> set[tuple[str, str]]:
    """(name key, acronym key) pairs a text defines with brackets."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for m, words, start in acronym_definitions(text):
            short = m["short"].lower()
            if start is not None:
                pairs.add((normalise_name(" ".join(words[start:]))[1], short))
            else:
                # A name in another language ("Kurdistan Workers Party (PKK)"): trust
                # the brackets when the whole capitalised run is as long as the acronym.
                initials = {w[0].lower() for w in words}
                if len(words) == len(short) and set(short) <= initials:
                    pairs.add((normalise_name(" ".join(words))[1], short))
                elif _defines(m, text):
                    # An acronym of the name in its own language ("Portuguese Office
                    # of Rail Inquiry, or GIF"): any tail of two words or more
                    # that is a name the texts use (merge joins only those).
                    tails = (" ".join(words[i:]) for i in range(len(words) - 1))
                    pairs.update((normalise_name(t)[1], short) for t in tails)
        for m in DEFINED_ACRONYM_REV_RE.finditer(text):
            pairs.add((normalise_name(m.group(2))[1], m.group(1).lower()))
    return pairs


def common_acronyms(texts: Iterable[str], defined: Iterable[tuple[str, str]]) -> set[str]:
    """Acronym keys (and their plurals) a text defines by a common noun phrase in lower
    case: "sexually transmitted infections (STI)", "a directly observed treatment (DOT)
    scheme": a disease, a programme, a measure, never a party. Not one that names a body
    ("the ministry of health (MOH)") nor one that ``defined`` (acronyms defined by a
    capitalised name) holds: "World Health Organization (WHO)" anywhere keeps "WHO"."""
    named = {short for _, short in defined}
    found: set[str] = set()
    for text in texts:
        for m in BRACKETED_ACRONYM_RE.finditer(text):
            short = m["short"].lower()
            words = [w.lower() for w in lower_words_before(text, m.start())]
            tails = (words[i:] for i in range(len(words) - 1))  # two words at least
            tail = next((t for t in tails if abbreviates(short, t)), None)
            if tail and not set(tail) & (ORGANISATION_WORDS | GOVERNMENT_WORDS):
                found.add(short)
    return {key for short in found - named for key in (short, short + "s")}


def _keyed_text(text: str) -> str:
    """``text`` written as ``normalise_name`` writes a name's key (lower case, no dots,
    straight apostrophes, "and" for "&", only word characters, "&", "'", "-" and single
    spaces): every word of a key read from the text is a part of it."""
    flat = " ".join(text.lower().replace(".", "").replace("’", "'").split())
    return re.sub(r"[^\w&' -]", "", flat.replace(" & ", " and "))


def _keys_fit(pairs: frozenset[tuple[str, str]], text: str, sentences: int) -> bool:
    """Whether every word of both keys of each pair is written in the article ``text`` (a
    tampered cache entry must not join two names the article never writes)."""
    if not pairs:
        return True
    keyed = _keyed_text(text)
    return all(w in keyed for pair in pairs for key in pair for w in key.split())


@by_article("article_acronyms", encode_pairs, decode_pairs, _keys_fit)
def article_acronyms(adoc: AnalysedDocument) -> frozenset[tuple[str, str]]:
    """``defined_acronyms`` of one article (remembered per article, across builds too:
    ``compose.article_memo``); the story's are the union of its articles'."""
    return frozenset(defined_acronyms([adoc.document.text]))


@by_article("article_nicknames", encode_pairs, decode_pairs, _keys_fit)
def article_nicknames(adoc: AnalysedDocument) -> frozenset[tuple[str, str]]:
    """``nicknames`` of one article (remembered per article, across builds too); the
    story's are the union of its articles'."""
    return frozenset(nicknames([adoc.document.text]))


def nicknames(texts: Iterable[str]) -> set[tuple[str, str]]:
    """(name key, nickname key) pairs the texts write side by side: "Lau Kit-man,
    nicknamed 'Big Tiger'" (each tail of the name: "kit-man", "lau kit-man"), "'Big
    Tiger' Lau" (each head of the name after it)."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for found, tails in (
            (nicknames_after(text), True),
            (nicknames_before(text), False),
        ):
            for m in found:
                nick = normalise_name(m["nick"])[1]
                words = m["name"].split()
                parts = (
                    [words[i:] for i in range(len(words))]
                    if tails
                    else [words[: i + 1] for i in range(len(words))]
                )
                for part in parts:
                    key = normalise_name(" ".join(part))[1]
                    if key and nick and key != nick:
                        pairs.add((key, nick))
    return pairs


def _defines(m: re.Match[str], text: str) -> bool:
    """Whether "NAME (ABC)", "NAME, or ABC" or "NAME, the ABC, verb..." really defines
    the acronym: brackets and "or"/"known as" do; a bare comma only as an apposition
    that names the acronym with "the" ("France's Accident Office, the BEA, underscores").
    Without it the comma lists another name ("Besides Norland, the Tarn Forum, which
    ...": the forum is not the country)."""
    if m["how"].strip():
        return True
    if not text[m.end("how") : m.start("short")].strip():
        return False
    return bool(APPOSITION_END_RE.match(text, m.end()))


def same_person(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: same first name (or its short form or initial) and
    the same surname, allowing a small misspelling of the surname. An Arabic article
    glued to the surname is no part of it ("Kareem El-Haddan" = "Karim El Haddan")."""
    last_a, last_b = surname(a), surname(b)
    if first_name(a[0]) == first_name(b[0]) and similar_spelling(last_a, last_b):
        return True
    return last_a == last_b and (_initial_compatible(a, b) or transliterated(a[0], b[0]))


def family_name(tokens: list[str]) -> str:
    """The word a full name's owner is called by alone: its last but a generation's
    ("wexley" of "g arnold wexley jr")."""
    return generation(tokens)[0][-1]


def surname(tokens: list[str]) -> str:
    """The last word of a full name's key without a hyphenated article: "el-haddan" ->
    "haddan" (written apart, "el haddan", the last word is already the surname)."""
    last = tokens[-1]
    for article in NAME_ARTICLES:
        if last.startswith(article + "-") and len(last) > len(article) + 1:
            return last[len(article) + 1 :]
    return last


def transliterated(x: str, y: str) -> bool:
    """Two spellings of one first name written from another script: "Salah"/"Salih",
    "Jameel"/"Jamil", "Benjamin"/"Binyamin". Same first and last letter, and the same
    consonants or a small edit; "Mario"/"Maria" (another last letter) never."""
    if min(len(x), len(y)) < TRANSLIT_MIN_CHARS or x[0] != y[0] or x[-1] != y[-1]:
        return False
    if _consonants(x) == _consonants(y):
        return True
    return Levenshtein.distance(x, y) <= (1 if min(len(x), len(y)) < TRANSLIT_LONG_CHARS else 2)


def _consonants(word: str) -> str:
    return "".join(ch for ch in word if ch not in "aeiouy")


def same_organisation(a: NameForm, b: NameForm) -> bool:
    """Misspelt or inflected variants of one long name."""
    long_enough = min(len(a.key), len(b.key)) >= ORG_SPELLING_MIN_CHARS
    return long_enough and similar_spelling(a.key, b.key) or _variant_words(a.tokens, b.tokens)


def _variant_words(a: list[str], b: list[str]) -> bool:
    """'Palestinian National Council' ~ 'Palestine National Council': one word differs only
    in its ending (a country and its adjective) or is clipped ("Auto" for "Automobile"),
    the others are equal."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if country_of(x) != country_of(y):
        return False  # "Niger(ian) Army": two countries' bodies, however alike
    common = len(os.path.commonprefix([x, y]))
    if common >= SHORT_WORD_MIN_CHARS and common == min(len(x), len(y)) and len(a) >= 3:
        return True  # "United Auto Workers" ~ "United Automobile Workers": a clipped word
    return common >= VARIANT_MIN_PREFIX and common >= min(len(x), len(y)) - VARIANT_MAX_TAIL


def first_name(name: str) -> str:
    """A first name as its full form ("Bob" -> "Robert")."""
    return NICKNAMES.get(name, name)


def _initial_compatible(a: list[str], b: list[str]) -> bool:
    """'Peter K Dalby' ~ 'Peter Dalby'; 'J Smith' ~ 'John Smith'."""
    fa, fb = first_name(a[0]), first_name(b[0])
    # A short form of the first name: "Ed Marlowe" ~ "Edmund Marlowe".
    return fa == fb or fb.startswith(fa) or fa.startswith(fb)


def named_after_place(tokens: list[str]) -> bool:
    """A name ending "of" or "de" a country or capital ("Telefonos de Mexico", "Bank of
    America"): a body's name, never a person's."""
    if len(tokens) < 3 or tokens[-2] not in PLACE_LINKS:
        return False
    return bool(country_name(tokens[-1]) or tokens[-1] in METONYMS)


@lru_cache(maxsize=4096)
def country_of(key: str) -> str | None:
    """The country a qualifier before a body's name stands for: its name ("Bolivia",
    "Bolivia's") or its nationality's adjective ("Bolivian"); None for anything else."""
    key = key.removesuffix("'s")
    if country_name(key):
        return country_name(key)
    if key in IRREGULAR_DEMONYMS:
        return country_name(IRREGULAR_DEMONYMS[key])  # "French", "Swiss"
    for drop, add in DEMONYM_ENDINGS:
        if key.endswith(drop) and len(key) - len(drop) > COUNTRY_CODE_MAX_CHARS:
            country = country_name(key[: len(key) - len(drop)] + add)
            if country:
                return country
    return None


def body_country(tokens: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The country a government body's own name says it belongs to, and the name without
    it: before its head ("Kenyan Ministry of Health") or in a closing "of"/"in" phrase
    ("Ministry of Health of Kenya"), both ("kenya", ("ministry", "of", "health"));
    None when the name names no country."""
    if not set(tokens) & GOVERNMENT_WORDS:
        return None
    for j in range(min(COUNTRY_MAX_WORDS, len(tokens) - 1), 0, -1):
        country = country_of(" ".join(tokens[:j]))
        if country:
            return country, tuple(tokens[j:])
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i] in BODY_COUNTRY_LINKS:
            country = country_of(" ".join(tokens[i + 1 :]))
            return (country, tuple(tokens[:i])) if country else None
    return None


@lru_cache(maxsize=4096)
def country_name(key: str) -> str | None:
    """The country a GPE key names, or None (cities, states, regions and territories such
    as Hong Kong or Puerto Rico are not countries)."""
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    # Codes only when the aliases list them ("US", "UK"): news text does not write "SD"
    # for Sudan ("S.D." is South Dakota), so US state abbreviations come first.
    if len(key) <= COUNTRY_CODE_MAX_CHARS or key in US_STATE_ABBREVIATIONS:
        return None
    if key in TERRITORIES:
        return None  # "Hong Kong", "Puerto Rico": a city or a territory, not a state
    c = _countries().get(key.lower())
    if c is None:
        return None
    name = getattr(c, "common_name", None) or c.name
    return None if name.lower() in TERRITORIES else name


@cache
def _countries() -> dict[str, Any]:
    """pycountry's countries by the lower case of each indexed field, as
    ``pycountry.countries.lookup`` finds them (its first field's index first; countries
    have no unindexed fields). Its lookup tries each index, then walks every country for
    a key no index holds: ~14 us per name that is no country, ~0.1 CPU s in each of the
    two compose processes of a second run over benchmarks/scale.py's 880 articles."""
    import pycountry

    db = pycountry.countries
    len(db)  # loads it
    by_value: dict[str, Any] = {}
    for index in db.indices.values():
        for value, country in index.items():
            by_value.setdefault(value, country)
    return by_value
