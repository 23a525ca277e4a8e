"""Rival sources: two named parties' figures for one measure, told in two articles of one
day.

"Organisers said 50,000 people marched through the port." / (another paper, the same
day) "The harbour police put the crowd at 12,000." (issue 11: two named sources'
figures for one measure, told in two articles; ``rival_estimates`` reads them only
when one article sets them against each other, ``figure_divergences`` compares counted
things, not whose figure each is). Both are shown, the earlier first, when:

* each sentence opens with its party estimating or putting the measure at a figure
  ("X estimated the cost of the repairs at", "Y put the crowd at") or saying how many
  marched ("Z said 50,000 people marched": the crowd; ``lang.both_sides``), the party
  named (``lang.both_sides.figure_party``), and the two parties share no word;
* the measure is the same in all its words ("the cost of the repairs" in both; "the
  crowd", "the turnout" and a count of marchers are one: the crowd), the figures are of
  one kind and differ by ``rival_estimates.MIN_RATIO`` at least;
* the two articles are dated at most ``MAX_DAYS_APART`` apart: a later article's other
  figure may be news of the count (a toll, a cost that grew), not a dispute, so a death
  toll is left to ``tolls`` altogether;
* when both sentences name places (their parties' too: "Police in Lund"), they share
  one: on a day of marches in many towns, "40,000 people marched in Ostby" and "Police
  in Lund put the crowd at 9,000" are two crowds.

One pair a measure, only about the story (``paired_sentences``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.compose.dispute_topics import unlinked
from briefing.compose.paired_sentences import shown_pairs
from briefing.compose.rival_estimates import MIN_RATIO
from briefing.lang.both_sides import (
    CONTRAST_OPENING_RE,
    CROWD_MEASURES,
    CROWD_SAID_RE,
    ESTIMATE_AT_RE,
    estimate_figure,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence
from briefing.parsed import tokens_at

# How many days apart two articles' figures may be told: one day's papers, and the next
# morning's of the same evening. Set by hand on invented cases (session 50): no dev or
# DUC 2004 story has two such figures in two articles; not benchmarked.
MAX_DAYS_APART = 1
# Sentences read that open with a figure's verb: the cue every pattern above holds.
_CUE_RE = re.compile(r"\b(?:estimat\w*|puts?|placed?|places|pegs?|pegged|says?|said)\b", re.I)
# Figures of one measure paired at most, in story order: the pairing is quadratic in
# them, and a folder where every article gives one must not take minutes (no dev story
# has more than a few; as ``positions``' MAX_STANCES_PER_THING).
MAX_FIGURES_PER_MEASURE = 60
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A name after one of these is a place ("marched in Ostby"), whatever label the model
# gives a name it has not seen.
_AT_PLACE = frozenset({"in", "at", "through", "outside", "near", "across", "around"})


@dataclass(frozen=True)
class _Figure:
    """One party's figure: its sentence and article, the measure's key and words, the
    figure's kind and value, the party's words and the places named."""

    sentence: Sentence
    doc: AnalysedDocument
    measure: str
    words: frozenset[str]
    kind: str
    value: float
    party: frozenset[str]
    places: frozenset[str]


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, lower case, but function words."""
    return frozenset(re.findall(r"[\w'’-]+", text.lower())) - STOP_WORDS


def _figure(adoc: AnalysedDocument, sent: Sentence) -> _Figure | None:
    """The figure a sentence opens with (the module's rules), or None."""
    text = sent.text.strip()
    opening = CONTRAST_OPENING_RE.match(text)
    text = text[opening.end() :] if opening is not None else text
    if not any(ch.isdigit() for ch in text) or not _CUE_RE.search(text):
        return None
    m = ESTIMATE_AT_RE.match(text) or CROWD_SAID_RE.match(text)
    found = estimate_figure(m) if m is not None else None
    if m is None or found is None:
        return None
    head, kind, value = found
    if m.re is CROWD_SAID_RE or head in CROWD_MEASURES:
        measure, words = "crowd", frozenset({"crowd"})
    elif head == "toll":
        return None  # a death toll across articles is ``tolls``'s
    else:
        measure, words = head, _words(m.group("measure"))
    party = _words(m.group("who"))
    return _Figure(sent, adoc, measure, words, kind, value, party, _places(adoc, sent))


def _places(adoc: AnalysedDocument, sent: Sentence) -> frozenset[str]:
    """The words of the places the parse finds in ``sent`` (a place's label, or a name after
    "in", "at", "through" ...), lower case; none unparsed."""
    span = tokens_at(adoc.parse, sent.start, sent.end) if adoc.parse is not None else None
    return frozenset(
        t.lower_
        for t in span or []
        if t.ent_type_ in _PLACE_LABELS
        or (t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in _AT_PLACE)
    )


def _rivals(a: _Figure, b: _Figure) -> bool:
    """Whether two figures of two articles are two parties' for one measure that differ
    (the module's rules)."""
    da, db = a.doc.document.date, b.doc.document.date
    if a.doc is b.doc or da is None or db is None or abs((da - db).days) > MAX_DAYS_APART:
        return False
    low, high = sorted((a.value, b.value))
    return (
        a.measure == b.measure
        and a.words == b.words
        and a.kind == b.kind
        and (not a.places or not b.places or bool(a.places & b.places))
        and not a.party & b.party
        and low > 0
        and high >= MIN_RATIO * low
    )


def _later(a: _Figure, b: _Figure) -> bool:
    """Whether ``a``'s article is dated after ``b``'s."""
    da, db = a.doc.document.date, b.doc.document.date
    return da is not None and db is not None and da > db


def _pairs(corpus: Corpus, shown: set[str]) -> list[tuple[Sentence, Sentence, str]]:
    """(earlier, later, heading) of one pair of rival figures a measure."""
    by_measure: dict[str, list[_Figure]] = {}
    for adoc in corpus.docs:
        if adoc.document.date is None:
            continue
        for s in adoc.sentences:
            if s.text not in shown and (f := _figure(adoc, s)) is not None:
                by_measure.setdefault(f.measure, []).append(f)
    out = []
    for figures in by_measure.values():
        figures = figures[:MAX_FIGURES_PER_MEASURE]
        pair = next(
            ((a, b) for i, a in enumerate(figures) for b in figures[i + 1 :] if _rivals(a, b)),
            None,
        )
        if pair is not None:
            earlier, later = (pair[1], pair[0]) if _later(*pair) else pair
            out.append((earlier.sentence, later.sentence, unlinked(later.sentence.text.strip())))
    return out


def find_rival_sources(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Rival figures of two articles, the earlier first (the module's rules); a sentence
    in ``shown`` (another divergence's claim) is not shown again."""
    return shown_pairs(corpus, _pairs(corpus, shown), shown)
