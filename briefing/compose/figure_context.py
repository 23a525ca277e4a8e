"""Whether two figures count the same thing: the same counted noun told of the same
measure (killed, aboard, arrested...), time frame, place and event, so that two values are
a disagreement rather than two counts (``figure_divergences`` asks this of every pair of a
counted noun's figures).

A rate is compared only with a rate of the same period, counts dated by different years or
months are not compared, a later article's higher running count or one it says was changed
updates the earlier (``_updates``), two counts need a name both sentences use or one
unnamed event counted alike (``_same_unnamed_event``), two estimates of a standing number
need the same place (``_scopes_differ``), and two weights one load (``_same_load``).
Figures are grouped by complete link (``same_context_clusters``), capped per noun
(``MAX_GROUP_FIGURES``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from briefing.compose.figure_reading import measures, owner_text
from briefing.compose.figure_spans import Figure, count_month, noun_class
from briefing.compose.figure_titles import SETTLED_WHAT, place_stem
from briefing.compose.standing import lead_name, lead_names, same_rate_subject
from briefing.lang.conditions import ORPHAN_NOUNS
from briefing.lang.counts import MOSTLY_RE, WORLDWIDE_RE
from briefing.lang.figures import COUNT_REVISED_RE, NOT_NAMES, RUNNING_MEASURES
from briefing.lang.stopwords import STOP_WORDS

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MAX_RATIO = 3.0
# Counts in articles further apart than this are not compared: a running count grows
# (story_eval D0635H: 131, 134 and 98 executions over a year of coverage).
FIGURE_MAX_DAYS = 7
# How long something lasted or someone served is a settled fact, not a running count: two
# sources' spans are compared when their articles are at most this far apart. Set by
# reasoning for rates, checked on the tuning and check stories (session 15,
# session 15's notes); not benchmarked.
SETTLED_MAX_DAYS = 366
# Rates ("a million deaths a year") and how many have a condition ("1.5 million Kenyans
# living with HIV") are estimates of one standing number whatever the day: two sources'
# estimates are compared across a story's whole coverage, each told "as of" its month.
# Session 25 (was 366 days, as above): the one change on the 20 TUNING+CHECK briefs is
# D0605E's osteoarthritis count, which gains a third estimate (23 million, Nov 1999,
# against more than 37 million a year before and more than 16 million); not benchmarked.
STANDING_MAX_DAYS = 5 * 366
# Two figures count the same thing when the words around them share this many (this
# many with the same verb). Set by hand with the divergence grouping (commit caac86d,
# review of the dev briefs); not benchmarked.
SAME_VERB_CONTEXT_WORDS = 2
SAME_THING_CONTEXT_WORDS = 3
# The most figures of one counted noun compared: complete link compares a figure with
# every member of the groups it tries, so pages listing hundreds of counts of one noun
# made it quadratic (two 73 KB pages took 70 s). Set by measurement (session 28): the
# largest group on the 20 dev stories has 21 figures; 250 take under a second.
MAX_GROUP_FIGURES = 250


class StoryWords(NamedTuple):
    """What the story's words tell the comparisons."""

    own: frozenset[str]  # lower-cased words most articles use ("malaria")
    common: frozenset[str]  # words some article writes in lower case: no names


class _Traits(NamedTuple):
    """What ``_same_context`` asks of one figure, read once per figure rather than once
    per pair (a group's pairs are many: reading them per pair took 19 CPU s for 800)."""

    years: frozenset[str]  # years its words name
    month: tuple[int, int] | None  # the month it is told of (``count_month``)
    measures: frozenset[str]  # what it measures (killed, aboard...)
    near: frozenset[str]  # names just before it (``owner_text``)
    names: frozenset[str]  # names in its sentence


def _traits(f: Figure) -> _Traits:
    return _Traits(
        frozenset(_YEAR.findall(f.window)),
        count_month(f),
        measures(f),
        frozenset(names(owner_text(f))),
        frozenset(names(f.sentence.text)),
    )


def same_context_clusters(figures: list[Figure], story: StoryWords) -> list[list[Figure]]:
    """Split figures for one counted noun by what is said about them (killed vs injured).

    A figure joins a group only when it fits every member (complete link), so a chain
    of loosely related sentences cannot pull unrelated counts together. Complete link
    compares a figure with every member of the groups it tries: the figures compared
    are capped (``MAX_GROUP_FIGURES``, the latest articles' kept).
    """
    figures = _capped(figures)
    traits = {id(f): _traits(f) for f in figures}
    clusters: list[list[Figure]] = []
    for fig in figures:
        mine = traits[id(fig)]
        for cluster in clusters:
            if all(_same_context(fig, other, story, mine, traits[id(other)]) for other in cluster):
                cluster.append(fig)
                break
        else:
            clusters.append([fig])
    return clusters


def _capped(figures: list[Figure]) -> list[Figure]:
    """The figures of one counted noun, at most ``MAX_GROUP_FIGURES``: the latest
    articles' (a story's latest figures are the ones a brief tells), in corpus order."""
    if len(figures) <= MAX_GROUP_FIGURES:
        return figures
    order = sorted(range(len(figures)), key=lambda i: (figures[i].sentence_date or dt.date.min, i))
    return [figures[i] for i in sorted(order[-MAX_GROUP_FIGURES:])]


def _same_context(a: Figure, b: Figure, story: StoryWords, ta: _Traits, tb: _Traits) -> bool:
    """Whether two figures count the same thing (``ta``, ``tb``: their ``_traits``)."""
    low, high = sorted((a.value, b.value))
    # Reports of one fact differ by a little (80 vs 87 million, three vs four), not tenfold.
    if low <= 0 or high / low > _MAX_RATIO:
        return False
    if a.period != b.period:
        return False  # "a million deaths a year" vs "two million dead" since it began
    if ta.years and tb.years and not ta.years & tb.years:
        return False  # "127,441 adopted in 1992" vs "118,000 in 1987": two time frames
    if ta.month and tb.month and ta.month != tb.month:
        return False  # "arrested 18 last month" (May) vs "32 arrested in April": two months
    # How many have one condition ("living with HIV") is an estimate of a standing number,
    # compared like a rate; its condition is its subject, whatever else the sentences say.
    standing = bool(a.about) and a.about.lower() == b.about.lower() or _orphans_of(a, b)
    da, db = a.sentence_date, b.sentence_date
    # How long something lasted or someone served is a settled fact too, not a running count.
    span = FIGURE_MAX_DAYS
    if a.period or standing:
        span = STANDING_MAX_DAYS
    elif a.key[0] in SETTLED_WHAT:
        span = SETTLED_MAX_DAYS
    if da and db and abs((da - db).days) > span:
        return False  # a running count (executions, arrests) grows between the two
    if _updates(a, b, ta, tb):
        return False  # "killed 20" on Monday, "has killed 35" on Wednesday: news, no dispute
    if a.key[0].startswith("weight"):
        return _same_load(a, b, story.common)
    if ta.measures != tb.measures:
        return False  # "109 aboard" vs "113 killed", "12 who left" vs "10 who died"
    if (standing or a.period) and _scopes_differ(a, b):
        return False  # an estimate for Kenya against one for Uganda or the world: two numbers
    if standing:
        return True  # its condition and place are its subject ("Kenyans", "in Kenya")
    # The event must be named alike in both: "the Harlow Ferry sinking killed 61" vs "58
    # passengers on deck were lost" may be two wrecks. Names near the figure count first.
    if ta.near and tb.near and not ta.near & tb.near:
        return False
    if a.key[0] == "served" and len(lead_names(a.sentence.text) & lead_names(b.sentence.text)) < 2:
        return False  # time served by one person in one body ("Varga", "KGB") in both
    # The same subject: a name both sentences use, or a rate of the same time frame
    # ("a year"): a rate describes the story's subject, not one incident of it, as long
    # as what it is a rate of agrees.
    shared_name = ta.names & tb.names
    if not (
        shared_name
        or _same_unnamed_event(a, b, story.common)
        or (
            a.period
            and same_rate_subject(
                owner_text(a), a.sentence.text, owner_text(b), b.sentence.text, story.own
            )
        )
    ):
        return False
    if a.verb and b.verb:  # "12 people were killed" vs "5 people were injured"
        return a.verb == b.verb and len(a.context & b.context) >= SAME_VERB_CONTEXT_WORDS
    # Rates of one measure and subject ("kills a million a year", "2 million deaths a
    # year") estimate one number, however differently their sentences go on.
    if a.period and ta.measures:
        return True
    return len(a.context & b.context) >= SAME_THING_CONTEXT_WORDS


def _updates(a: Figure, b: Figure, ta: _Traits, tb: _Traits) -> bool:
    """Whether the later of two figures of two days updates the earlier: a higher running
    count (``RUNNING_MEASURES``: the dead) or one its sentence says was changed ("rose to
    35"); not a rate or standing count (estimates), nor two of one month ("in February")."""
    da, db = a.sentence_date, b.sentence_date
    if a.period or a.about or (ta.month and tb.month) or not (da and db) or da == db:
        return False
    first, last = (a, b) if da < db else (b, a)
    if COUNT_REVISED_RE.search(last.sentence.text):
        return True
    return last.value > first.value and bool(ta.measures & RUNNING_MEASURES)


def _same_load(a: Figure, b: Figure, common: frozenset[str]) -> bool:
    """Whether two weights of one thing ("800 kilograms of cocaine", "1,500 pounds of
    cocaine") are of one load, whatever was done with it (seized, found, carried): a
    name both sentences use or none in either, no two different places, and most words
    alike ("the coast guard", "the boat")."""
    if a.places and b.places and not a.places & b.places:
        return False  # a seizure in Miami and one off Puerto Rico
    names_a, names_b = names(a.sentence.text), names(b.sentence.text)
    named = names_a & names_b or not (
        names_a
        or names_b
        or lead_name(a.sentence, b.sentence, common)
        or lead_name(b.sentence, a.sentence, common)
    )
    return bool(named) and len(a.context & b.context) >= SAME_THING_CONTEXT_WORDS


def _orphans_of(a: Figure, b: Figure) -> bool:
    """Whether plain "orphans" in one place are the orphans of a condition in the other
    sentence ("700,000 orphans in Zambia", "a million AIDS orphans in Zambia"): both
    sentences name the place, and no other cause is given ("war orphans")."""
    plain, named = sorted((a, b), key=lambda f: bool(f.about))
    return (
        a.key[0] == "orphan"
        and not plain.about
        and bool(named.about)
        and plain.noun.lower() in ORPHAN_NOUNS
        and bool(_place_stems(a) & _place_stems(b))
    )


def _scopes_differ(a: Figure, b: Figure) -> bool:
    """Whether two estimates are of two places: each names another place ("in Kenya", "in
    Uganda"), one is the world's ("worldwide") and the other one place's, or one names a
    place that the other's article never names ("kills 2 million a year in Kenya" against
    "kills a million a year" in an article naming no Kenya: the world's, or another
    place's). A figure naming no place is of the place its article is about."""
    if _place_words(a) and _place_words(b):
        return not _place_stems(a) & _place_stems(b)
    placed = [
        f
        for f in (a, b)
        if _place_words(f) and not WORLDWIDE_RE.search(f.window) and not MOSTLY_RE.search(f.window)
    ]
    if not placed:
        return False
    other = b if placed[0] is a else a
    named = {place_stem(p) for p in other.article_places - STOP_WORDS}
    return bool(WORLDWIDE_RE.search(other.window)) or not _place_stems(placed[0]) <= named


def _place_words(f: Figure) -> frozenset[str]:
    """The words of the places a figure's sentence names, "the" left out."""
    return frozenset(f.places - STOP_WORDS)


def _place_stems(f: Figure) -> set[str]:
    """The places a figure's sentence names, and its people's nation ("Kenyans"), cut to
    a stem that a place and its people share ("kenya", "kenyans": "keny")."""
    return {place_stem(p) for p in f.places - STOP_WORDS}


def _same_unnamed_event(a: Figure, b: Figure, common: frozenset[str]) -> bool:
    """Two counts of one event that neither sentence names ("18 suspects were arrested in
    the hotel bombing" / "thirty-two suspects have been arrested in the hotel bombing"):
    the same counted word, the same measured event and most words alike. A higher count
    in a later article updates the earlier one (arrests go on), it does not dispute it."""
    first, last = sorted((a, b), key=lambda f: f.sentence_date or dt.date.min)
    if first.sentence_date != last.sentence_date and last.value > first.value:
        return False
    return (
        bool(measures(a))
        and not (a.period or b.period)  # rates need the same subject (same_rate_subject)
        and noun_class(a.noun.split()[-1]) == noun_class(b.noun.split()[-1])
        and not (names(a.sentence.text) or names(b.sentence.text))
        and not (
            lead_name(a.sentence, b.sentence, common) or lead_name(b.sentence, a.sentence, common)
        )
        and len(a.context & b.context) >= SAME_THING_CONTEXT_WORDS
    )


def names(text: str) -> set[str]:
    """Capitalised words inside a sentence (its first word may just be capitalised); a
    name something is compared to is not its own ("spreads like Bramble, mailing itself to
    30 contacts" is another worm's count)."""
    text = re.sub(r"\b(?:like|unlike|such as)\s+(?:[A-Z][\w'’-]*\s*)+", " ", text)
    return set(re.findall(r"(?<=[\w,;:)] )[A-Z][a-zA-Z]+", text)) - NOT_NAMES
