"""Long ago: a sentence that tells what happened years before its article was written.

A source digest (``digests``) shows what its article reported. A report sets its news
against history ("In 1963, three shipping lines leased the pier.", "Forty years ago
the river flooded the quay.", "When Hale first ran for mayor in 1980, the town had no
ferry."), and the summarizer, which weighs how central a sentence's words are, may pick
such a sentence over the one that says what happened. The sentence is true and reads
alone, but it is background, not the article's news, so the digest takes it only
after those that read alone (``digest_leans`` calls it told before).

The parse says which: the sentence's main verb is in the past tense and it, a verb
joined to it, or a clause of when that goes with it ("When Hale first ran in 1980,
...") is dated by a year at least ``YEARS_BEFORE`` before the article's date ("in
1963", "in August 1971", "way back in 1960") or by "N years ago" ("Forty years ago",
"decades ago"). Not when any of those verbs is in the present or the future ("Velmor
leads the coast, and in 1990 shipped 4,000 tons"), nor when the sentence dates what
it tells to the days of the report or says who tells it (``digest_lead.tells_news``:
"..., officials said Tuesday"): someone telling it now is news. A year that names a
thing ("the 1974 robbery", "the 1993 regatta") dates no verb.

Found judging half B's digests (session 48): of digest sentences that read alone yet
were not their article's news, background years back was the kind the parse can tell.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefing.compose.digest_lead import tells_news
from briefing.lang.dates import BARE_MONTH_RE, YEAR_RE, years_before
from briefing.lang.figures import figure_value
from briefing.lang.tenses import NOT_PAST_TAGS, PAST_TAGS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token, tokens_at

# Years between an event and the report that tells it from which the event is history,
# not news: statistics and findings a report gives as its news run a year to three
# behind it (a year's crime figures, published the year after); the background half
# B's and the check set's digests took ran 5 to 60 years behind (a prison system's size
# ten years before, a war sixty years before). Set by reading those digests (session
# 48); not swept.
YEARS_BEFORE = 5
# Prepositions that date the verb they go with at the year after them; "since", "until"
# and the like tell a span up to another time, "before" and "after" another event's.
_AT_PREPOSITIONS = frozenset({"in", "by", "during", "at", "on", "back"})
# Dependencies of a verb joined to the main verb, or a clause of when that goes with it.
_WITH_MAIN_DEPS = frozenset({"conj", "advcl"})
# Dependencies of an auxiliary of a verb.
_AUX_DEPS = frozenset({"aux", "auxpass"})
# Time units "ago" counts years in ("Forty years ago", "decades ago"), by their years.
_AGO_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "century": 100, "centuries": 100}


def told_long_ago(adoc: AnalysedDocument, sentence: Sentence) -> bool:
    """Whether ``sentence`` of ``adoc`` tells in the past tense what happened at least
    ``YEARS_BEFORE`` years before its article was written (see the module's docstring)."""
    written = adoc.document.written
    if written is None or tells_news(sentence.text):
        return False
    if not YEAR_RE.search(sentence.text) and " ago" not in sentence.text:
        return False
    span = tokens_at(adoc.parse, sentence.start, sentence.end)
    if span is None:
        return False
    root = span.root
    verbs = [root, *(c for c in root.children if c.dep_ in _WITH_MAIN_DEPS)]
    tenses = [_tense(v) for v in verbs if v.dep_ != "advcl"]
    # A span whose root is itself a clause of when (a sentence split inside one) has no
    # main verb to read a tense from: nothing says it is history.
    if not tenses or tenses[0] != "past" or "now" in tenses:
        return False
    year = written.year
    return any(years_before(t, year, YEARS_BEFORE) for v in verbs for t in _dated(v, year))


def _tense(verb: Token) -> str:
    """The tense of a verb and its auxiliaries: "past" ("had earned"), "now" (present
    or future: "has been", "will meet") or "" (neither said)."""
    tags = [c.tag_ for c in verb.children if c.dep_ in _AUX_DEPS] + [verb.tag_]
    if any(tag in NOT_PAST_TAGS for tag in tags):
        return "now"
    return "past" if any(tag in PAST_TAGS for tag in tags) else ""


def _dated(verb: Token, written: int) -> Iterator[int]:
    """The year of each time that dates ``verb``: a year (or a month and year) after a
    preposition of time that goes with it, or with an adverb of it ("way back in 1960"),
    and "N years ago", before the year ``written``."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod")]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _AT_PREPOSITIONS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        yield from _year(obj)
            elif child.lower_ == "ago":
                yield from (written - back for back in _ago(child))


def _year(obj: Token) -> Iterator[int]:
    """The year a preposition's object is: the year itself ("in 1963"), or a month's
    name with its year ("in August 1971")."""
    if YEAR_RE.fullmatch(obj.text):
        yield int(obj.text)
    elif BARE_MONTH_RE.match(obj.text):
        yield from (int(c.text) for c in obj.children if YEAR_RE.fullmatch(c.text))


def _ago(ago: Token) -> Iterator[int]:
    """How many years back "N years ago" (or "decades ago", two decades at least) is."""
    for unit in ago.children:
        years = _AGO_UNITS.get(unit.lower_)
        if years is None:
            continue
        counts = [c for c in unit.children if c.dep_ == "nummod"]
        value = figure_value(counts[0].text)[0] if counts else 2.0
        if value is not None:
            yield int(value * years)
