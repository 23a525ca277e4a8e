"""The figures of one article, for ``figure_divergences``: every count, rate, weight and
duration with the noun it counts, the words around it, what it measures (killed, aboard,
arrested...) and the places its sentence names.

A count is a spaCy CARDINAL/QUANTITY/MONEY/PERCENT entity (or a regex match when there is
no parse) with its qualifier and its counted noun; partitives ("22 of the 60"), relative
counts ("three other firms") and the parts of a total broken down in one sentence ("109
on the plane and four on the ground") are left out. A range ("between 1.5 million and 2
million Kenyans", "1-2 million") is one figure spanning its ends, and a standing count may
be told after what it counts ("the number of Kenyans living with HIV is 1.9 million").
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from briefing.compose.article_memo import by_article
from briefing.compose.figure_rows import (
    FigureRow,
    borne_out,
    decode_rows,
    encode_rows,
    figure,
    row,
)
from briefing.compose.figure_spans import (
    BARE_DEATHS,
    WEIGHT_OF,
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
from briefing.lang.conditions import CONDITION_NAMES, ORPHAN_NOUNS, PEOPLE_NOUNS, standing_condition
from briefing.lang.counts import NUMBER_OF_RE, count_ranges
from briefing.lang.figures import (
    BREAKDOWN_RE,
    CAUSATIVE_LEFT_RE,
    EVENT_CLASS,
    EVENT_RE,
    FIGURE_QUALIFIERS,
    GENERIC_ADJECTIVES,
    LIVES_TAKEN_RE,
    MADE_OF_KIND_RE,
    MEMBERS_OF,
    NOT_COUNTED,
    NUMBER_WORDS,
    PARTITIVE_BEFORE,
    RELATIVE_COUNT_WORDS,
    figure_value,
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
# How far before a figure "the number of Kenyans living with HIV is" is read: a clause.
# Set by reasoning (such a clause runs to some 100 characters); not benchmarked.
NUMBER_OF_REACH = 200
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
    """The text just before a figure, where whose count it is is said ("Norse Air
    grounded its five" / "Dorvale Airways, which has seven")."""
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
    """The figures of an article, fresh for the caller, read once per article (a second
    build of a growing folder reads them from the compose cache)."""
    rows = _figure_rows(adoc)
    if not borne_out(rows, adoc.sentences):  # a stored row the article does not bear out
        rows = tuple(row(f, adoc.sentences) for f in _read_figures(adoc))
    return [figure(r, adoc.sentences) for r in rows]


@by_article("article_figures", encode_rows, decode_rows)
def _figure_rows(adoc: AnalysedDocument) -> tuple[FigureRow, ...]:
    return tuple(row(f, adoc.sentences) for f in _read_figures(adoc))


def _read_figures(adoc: AnalysedDocument) -> list[Figure]:
    if adoc.parse is None:
        return _regex_figures(adoc)
    out: list[Figure] = []
    starts = [s.start for s in adoc.sentences]
    ranges: dict[int, list[tuple[int, int, float, float]]] = {}  # read once per sentence
    read: set[tuple[int, int]] = set()  # (sentence, start) of the ranges read already
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
        sent = adoc.sentences[max(0, bisect.bisect_right(starts, ent.start_char) - 1)]
        if sent.index not in ranges:
            ranges[sent.index] = count_ranges(sent.text)
        ranged = _range_of(ent, sent, ranges[sent.index])
        if ranged:
            if (sent.index, ranged[0]) in read:
                continue  # "2 million" of "Between 1.5 million and 2 million Kenyans"
            read.add((sent.index, ranged[0]))  # the range read as one span of tokens, once
            whole = adoc.parse.char_span(
                sent.start + ranged[0], sent.start + ranged[1], alignment_mode="expand"
            )
            ent = Span(ent.doc, whole.start, whole.end, ent.label_) if whole else ent
        value, qualifier = figure_value(ent.text)
        if ranged:
            value, qualifier = (ranged[2] + ranged[3]) / 2, ""
        head = counted_noun(ent) if value is not None else None
        if head is not None and head.i == ent.end and weight_span(f"{ent.text} {head.text}"):
            # "1,500 lb of cocaine": spaCy may leave the unit out of the number
            ent, head = Span(ent.doc, ent.start, head.i + 1, "QUANTITY"), None
        if head is None:
            measured = _measured(ent, value, qualifier, sent) or _number_of(
                adoc, ent, value, qualifier, sent
            )
            out.extend([_as_range(measured, sent, ranged)] if measured else [])
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
        if counted_class == "member":  # "118 crew members" count crew ("116 crew")
            group = [m.lower_ for m in mods if m.dep_ == "compound" and m.lower_ in MEMBERS_OF]
            counted_class = group[0] if group else counted_class
        counted = {t.lower_ for t in ent.doc[ent.start : head.i + 1]}
        context = context_words(sent) - {noun_class(w) for w in counted}
        verb = head.head.lower_ if head.dep_ in ("nsubj", "nsubjpass") else ""
        phrase = ent.doc[ent.end : head.i + 1].text
        at = ranged[0] if ranged else ent.start_char - sent.start
        near = window(sent.text, at, ent.end_char - sent.start - at)
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
        fig = Figure(
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
        out.append(_as_range(fig, sent, ranged))
    named = frozenset().union(*places.values())
    for f in out:
        f.places |= frozenset(places[f.sentence.index])
        f.article_places = named
    return _no_breakdowns(out)


def _range_of(
    ent: Span, sent: Sentence, ranges: list[tuple[int, int, float, float]]
) -> tuple[int, int, float, float] | None:
    """The range of counts (``count_ranges``) a figure entity is part of, if any."""
    start, end = ent.start_char - sent.start, ent.end_char - sent.start
    return next((r for r in ranges if r[0] < end and start < r[1]), None)


def _as_range(fig: Figure, sent: Sentence, ranged: tuple[int, int, float, float] | None) -> Figure:
    """A figure read as the range it ends ("between 1.5 million and 2 million Kenyans"):
    the range as written, its middle as its value and its ends as its span."""
    if ranged:
        start, end, low, high = ranged
        fig.text, fig.at, fig.window = (
            sent.text[start:end],
            start,
            window(sent.text, start, end - start),
        )
        fig.value, fig.qualifier, fig.span = (low + high) / 2, "", (low, high)
    return fig


def _measured(ent: Span, value: float | None, qualifier: str, sent: Sentence) -> Figure | None:
    """A figure with no counted noun: a weight of what follows "of" ("800 kilograms of
    cocaine", in kilograms), how many of a kind were made ("40 of the barges were ever
    built") or a death rate ("kills 2 million a year"); else None."""
    at = ent.start_char - sent.start
    after = sent.text[at + len(ent.text) :]
    weight = weight_span(ent.text)
    of = WEIGHED_RE.match(after)
    if weight and of:
        return spanned(weight, WEIGHT_OF + of.group("noun").lower(), "", ent.text, sent, at)
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


def _number_of(
    adoc: AnalysedDocument, ent: Span, value: float | None, qualifier: str, sent: Sentence
) -> Figure | None:
    """A standing count told after what it counts ("the number of Kenyans living with HIV
    is 1.9 million", "the number of AIDS orphans in Zambia has reached 700,000"): people
    with a condition, or orphans; else None."""
    at = ent.start_char - sent.start
    start = max(0, at - NUMBER_OF_REACH)  # a clause, not the whole of a long sentence
    m = NUMBER_OF_RE.search(sent.text[start:at])
    if m is None or value is None:
        return None
    noun, mod = m.group("noun"), m.group("mod") or ""
    counted_class = noun_class(noun.lower())
    phrase = f"{mod} {noun}".strip()
    named = reworded(counted_class, phrase, "", m.group("rest"))
    where = standing_condition(sent.text, start + m.start("noun"), start + m.end("noun"))
    about = condition_at(adoc, sent.start + where[0]) if where else ""
    about = CONDITION_NAMES.get(about.lower(), about)
    places: frozenset[str] = frozenset()
    if named:
        counted_class, about = named  # "the number of AIDS orphans"
    elif counted_class in ORPHAN_NOUNS:
        counted_class = "orphan"  # "the number of orphans in Zambia"
    elif about and (noun[:1].isupper() or counted_class in ANYONE | PEOPLE_NOUNS):
        places = frozenset({noun.lower()} if noun[:1].isupper() else ())  # "Kenyans"
        counted_class = "person" if noun[:1].isupper() or counted_class in ANYONE else counted_class
    else:
        return None  # "the number of cases was 40": no standing count of people
    context = context_words(sent) - {noun_class(noun.lower())}
    near = window(sent.text, at, len(ent.text))
    return Figure(value, qualifier, noun, (counted_class, frozenset()), context, "", sent,
                  ent.text, near, at=at, about=about, places=places)  # fmt: skip


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
