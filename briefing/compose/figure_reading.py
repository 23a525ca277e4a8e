"""The figures of one article, for ``figure_divergences``: every count, rate, weight and
duration with the noun it counts, the words around it, what it measures (killed, aboard,
arrested...) and the places its sentence names.

A count is a spaCy CARDINAL/QUANTITY/MONEY/PERCENT entity (or a regex match when there is
no parse) with its qualifier and its counted noun; partitives ("22 of the 60"), relative
counts ("three other firms") and the parts of a total broken down in one sentence ("109
on the plane and four on the ground") are left out.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from briefing.compose.figure_spans import (
    WINDOW,
    Figure,
    bare_death_rate,
    context_words,
    counted_noun,
    duration_figure,
    noun_class,
    rate_period,
    spanned,
    weight_span,
    whole_number,
    window,
)
from briefing.compose.standing import condition_at, reworded
from briefing.lang.figures import (
    BREAKDOWN_RE,
    CAUSATIVE_LEFT_RE,
    CONDITION_NAMES,
    EVENT_CLASS,
    EVENT_RE,
    FIGURE_QUALIFIERS,
    GENERIC_ADJECTIVES,
    LIVES_TAKEN_RE,
    MADE_OF_KIND_RE,
    NOT_COUNTED,
    NUMBER_WORDS,
    PARTITIVE_BEFORE,
    PEOPLE_NOUNS,
    RELATIVE_COUNT_WORDS,
    figure_value,
    standing_condition,
)
from briefing.lang.stopwords import FIGURE_STOP_WORDS
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Span

_FIGURE_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
# What a weight weighs: the noun after "of", past a conversion in brackets.
WEIGHED_RE = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?of\s+(?:(?:the|a|an)\s+)?(?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z]+)\b"
)
# Counted nouns for anyone at all: "residents with HIV" are "people with HIV", while
# "children", "women" or "patients" with it are a part of them.
ANYONE = {"person", "resident", "citizen", "inhabitant", "individual", "adult"}
# The noun of a death rate told with no counted noun ("kills 2 million a year").
BARE_DEATHS = "deaths"
# "all" just before a count: the count is everyone there ("killing all 116 aboard").
ALL_ABOARD_RE = re.compile(r"\ball\s*$", re.IGNORECASE)


def _no_breakdowns(figures: list[Figure]) -> list[Figure]:
    """Drop figures next to another count of the same thing in their sentence: the
    sentence breaks a total down ("109 on the plane and four on the ground", "two of its
    four engines"), and a part is no rival to another source's whole. A count whose
    parts follow "including" is the whole ("injured 62 riders, including four on the
    platform"); counts far apart in a long sentence are separate ("… which injured 62
    riders …, the way the old viaduct, … injuring 35")."""

    def breakdown(f: Figure) -> bool:
        for g in figures:
            if g is f or g.sentence is not f.sentence or g.key != f.key:
                continue
            first, second = (f, g) if f.at < g.at else (g, f)
            between = f.sentence.text[first.at + len(first.text) : second.at]
            if len(between) > WINDOW:
                continue
            if first is f and BREAKDOWN_RE.search(between):
                continue
            return True
        return False

    return [f for f in figures if not breakdown(f) and not PARTITIVE_BEFORE.search(owner_text(f))]


def owner_text(f: Figure) -> str:
    """The text just before a figure, where whose count it is is said ("Air France
    grounded its five" / "British Airways, which has seven")."""
    at = f.window.find(f.text)
    return f.window[: at if at >= 0 else len(f.window)]


def measures(f: Figure) -> frozenset[str]:
    """What a count measures; "left" just before it makes, not leaves ("the epidemic has
    left 700,000 children orphaned" counts orphans, "12 others left the island" leavers)."""
    found = events(f.window)
    if f.noun.endswith("lives") and LIVES_TAKEN_RE.search(owner_text(f)):
        found |= {"died"}  # "claims 2 million lives" counts deaths, like "kills 1 million"
    if f.noun == BARE_DEATHS and f.period:
        found |= {"died"}  # a death rate with no noun ("claims 2 million a year")
    if "aboard" in found and ALL_ABOARD_RE.search(owner_text(f)):
        return frozenset({"aboard"})  # "all 116 aboard died" tells how many were aboard
    return found - {"left"} if CAUSATIVE_LEFT_RE.search(owner_text(f)) else found


def events(window: str) -> frozenset[str]:
    """What a count measures, from the words around it (killed, aboard, injured...)."""
    return frozenset(EVENT_CLASS[m.lower()] for m in EVENT_RE.findall(window))


def article_figures(adoc: AnalysedDocument) -> list[Figure]:
    if adoc.parse is None:
        return _regex_figures(adoc)
    out: list[Figure] = []
    starts = [s.start for s in adoc.sentences]
    places: dict[int, set[str]] = defaultdict(set)
    for ent in adoc.parse.ents:
        if ent.label_ in ("GPE", "LOC"):
            at = max(0, bisect.bisect_right(starts, ent.start_char) - 1)
            places[at].update(words(ent.text))  # "Africa" is in "sub-Saharan Africa"
    for ent in adoc.parse.ents:
        if ent.label_ == "DATE":
            sent = adoc.sentences[max(0, bisect.bisect_right(starts, ent.start_char) - 1)]
            duration = duration_figure(ent, sent)
            if duration is not None:
                out.append(duration)
            continue
        if ent.label_ not in _FIGURE_LABELS:
            continue
        ent = whole_number(ent)
        value, qualifier = figure_value(ent.text)
        head = counted_noun(ent) if value is not None else None
        if head is not None and head.i == ent.end and weight_span(f"{ent.text} {head.text}"):
            # "1,500 lb of cocaine": spaCy may leave the unit out of the number
            ent, head = Span(ent.doc, ent.start, head.i + 1, "QUANTITY"), None
        if head is None:
            sent = adoc.sentences[max(0, bisect.bisect_right(starts, ent.start_char) - 1)]
            measured = _measured(ent, value, qualifier, sent)
            out.extend([measured] if measured else [])
            continue
        if noun_class(head.lower_) in NOT_COUNTED:
            continue
        if ent.end < len(ent.doc) and ent.doc[ent.end].text in ("-", "–"):
            continue  # "a 690-member tribe": a compound adjective, not a count
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
        mod_words = {m.lower_ for m in mods}
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if mod_words & RELATIVE_COUNT_WORDS or before in RELATIVE_COUNT_WORDS:
            continue
        key_mods = frozenset(
            m.lower_
            for m in mods
            if m.i >= ent.end
            and m.lower_ not in GENERIC_ADJECTIVES
            and (m.ent_type_ in ("NORP", "GPE") or (m.dep_ == "amod" and m.pos_ == "ADJ"))
        )
        counted_class = noun_class(head.lower_)
        sent = adoc.sentences[max(0, bisect.bisect_right(starts, ent.start_char) - 1)]
        counted = {t.lower_ for t in ent.doc[ent.start : head.i + 1]}
        context = context_words(sent) - {noun_class(w) for w in counted}
        verb = head.head.lower_ if head.dep_ in ("nsubj", "nsubjpass") else ""
        phrase = ent.doc[ent.end : head.i + 1].text
        at = ent.start_char - sent.start
        near = window(sent.text, at, len(ent.text))
        after = sent.text[head.idx + len(head.text) - sent.start :]
        period = rate_period(after, sent.text[:at])
        people = counted_class in PEOPLE_NOUNS or head.text[:1].isupper()
        where = standing_condition(sent.text, at, len(sent.text) - len(after)) if people else None
        about = condition_at(adoc, sent.start + where[0]) if where else ""
        about = CONDITION_NAMES.get(about.lower(), about)  # "HIV/AIDS" is "HIV"
        if named := reworded(counted_class, phrase, sent.text[:at], after):
            counted_class, about = named  # "AIDS orphans" / "children orphaned by AIDS"
        demonym: frozenset[str] = frozenset()
        if about and (head.text[:1].isupper() or counted_class in ANYONE):
            # "1.5 million Kenyans with HIV" are "people in Kenya with HIV": one count;
            # "children with HIV" are a part of them, another count
            demonym = frozenset({head.lower_} if head.text[:1].isupper() else ())
            counted_class = "person"
        elif period and head.text[:1].isupper() and "died" in events(near):
            # "kills 2 million Africans a year": deaths a year in Africa
            demonym, counted_class = frozenset({head.lower_}), "person"
        out.append(
            Figure(
                value,
                qualifier,
                phrase,
                (counted_class, key_mods),
                context,
                verb,
                sent,
                ent.text,
                near,
                at=at,
                period=period,
                about=about,
                places=demonym,
            )
        )
    named = frozenset().union(*places.values())
    for f in out:
        f.places |= frozenset(places[f.sentence.index])
        f.article_places = named
    return _no_breakdowns(out)


def _measured(ent: Span, value: float | None, qualifier: str, sent: Sentence) -> Figure | None:
    """A figure with no counted noun: a weight of what follows "of" ("800 kilograms of
    cocaine", in kilograms), how many of a kind were made ("40 of the barges were ever
    built") or a death rate ("kills 2 million a year"); else None."""
    at = ent.start_char - sent.start
    after = sent.text[at + len(ent.text) :]
    weight = weight_span(ent.text)
    of = WEIGHED_RE.match(after)
    if weight and of:
        return spanned(weight, "weight of " + of.group("noun").lower(), "", ent.text, sent, at)
    made = MADE_OF_KIND_RE.match(after)
    if made and value is not None:  # "only 40 of the barges were ever built": 40 barges
        noun = made.group("noun")
        context = context_words(sent) - {noun_class(noun)}
        shown = re.sub(r"^only\s+", "", ent.text, flags=re.I)  # "Only 20": 20
        at += len(ent.text) - len(shown)
        return Figure(value, qualifier, noun, (noun_class(noun), frozenset()), context, "",
                      sent, shown, window(sent.text, at, len(shown)), at=at)  # fmt: skip
    period = bare_death_rate(sent.text[:at], after)
    if not period or value is None:
        return None
    context = context_words(sent)
    text = window(sent.text, at, len(ent.text))
    return Figure(value, qualifier, BARE_DEATHS, ("person", frozenset()), context, "", sent,
                   ent.text, text, at=at, period=period)  # fmt: skip


def _regex_figures(adoc: AnalysedDocument) -> list[Figure]:
    """Without a parse: '<qualifier> <number> <adjective>* <noun>' by pattern."""
    number = r"\d[\d,]*(?:\.\d+)?|" + "|".join(k for k in NUMBER_WORDS if len(k) > 2)
    pattern = re.compile(
        rf"\b(?P<fig>(?:(?:{'|'.join(FIGURE_QUALIFIERS)})\s+)?(?:{number})(?:\s+(?:million|billion|thousand))?)"
        r"\s+(?P<mods>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>[a-z]+s)\b",
        re.IGNORECASE,
    )
    out: list[Figure] = []
    for sent in adoc.sentences:
        for m in pattern.finditer(sent.text):
            value, qualifier = figure_value(m.group("fig"))
            mods = m.group("mods").split()
            if value is None or {w.lower() for w in mods} & RELATIVE_COUNT_WORDS:
                continue
            if re.search(r"\bof\s+the\s*$", sent.text[m.end() : m.end() + 8]):
                continue
            key_mods = frozenset(w.lower() for w in mods if w[:1].isupper())
            around = [w for w in words(sent.text) if w not in FIGURE_STOP_WORDS]
            out.append(
                Figure(
                    value,
                    qualifier,
                    f"{m.group('mods')}{m.group('noun')}".strip(),
                    (noun_class(m.group("noun")), key_mods),
                    set(around),
                    "",
                    sent,
                    m.group("fig"),
                    window(sent.text, m.start(), len(m.group("fig"))),
                    at=m.start(),
                )
            )
    return _no_breakdowns(out)
