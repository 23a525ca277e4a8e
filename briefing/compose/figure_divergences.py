"""Where sources differ on a figure: two sources give different numbers for the same
counted thing ("four Chinese companies" vs "at least three Chinese firms").

A figure is a spaCy CARDINAL/QUANTITY/MONEY/PERCENT entity (or a regex match when there
is no parse) with its qualifier ("at least", "up to") and the noun it counts; counted
things match when the head noun's class and its distinguishing modifiers ("Chinese",
"monthly") agree and the words around the figures overlap. Different numbers for
different things ("60 device makers" vs "four Chinese companies") are not a divergence,
nor are partitives ("22 of the 60") or relative counts ("three other firms", "200 more
apps"). The story's death toll is compared by ``tolls``.

The same subject is the same counted thing (head noun and modifiers), the same measure
(killed, aboard, arrested...) and the same time frame: a rate is compared only with a
rate of the same period ("1 million deaths a year" vs "2 million deaths a year", never
with a total), and counts dated by different years are not compared. A later article's
higher toll or arrest count, or one it says was changed, updates it (``_updates``). Two
counts need a name both sentences use (the same crash), or neither sentence names anything
and they count one event alike ("18 suspects detained" in both); two rates do not, as a rate
describes the story's subject rather than one incident. How long something lasted ("the
strike, which lasted 18 months" vs "lasting 12 months", "will last only several months")
or someone served ("a 22-year veteran of the DVS" vs "served for 21 years") is compared as
a span of days, and a weight ("800 kilograms of cocaine" vs "1,500 pounds") as a span of
kilograms (``figure_spans``): they disagree when the spans do not meet, as a range of
counts ("1.5 to 2 million") does with a count outside it (each end allowed rounding). A
standing count is the same in other words ("AIDS orphans", "children orphaned by AIDS":
``standing``); estimates for two places are two numbers, and those told months apart say
"as of" when.
Two values are two counts, not a disagreement, when a source gives both or a sentence
writes both, and small counts (below ``SMALL_COUNT``) are compared only when an event
measures them ("three arrested").
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from typing import NamedTuple

from briefing.compose.figure_reading import (
    article_figures,
    events,
    measures,
    owner_text,
)
from briefing.compose.figure_spans import (
    Figure,
    count_month,
    noun_class,
    spans_differ,
)
from briefing.compose.figure_titles import SETTLED_WHAT, figure_title, place_stem
from briefing.compose.standing import (
    count_span,
    lead_name,
    lead_names,
    rounds_to,
    same_rate_subject,
)
from briefing.compose.tolls import TollFigure, companion_tolls, toll_divergences
from briefing.lang.conditions import ORPHAN_NOUNS
from briefing.lang.counts import MOSTLY_RE, WORLDWIDE_RE
from briefing.lang.figures import (
    ALLOWED_RANGE,
    COUNT_REVISED_RE,
    LOWER_WORD_RE,
    NOT_NAMES,
    QUALIFIERS,
    RUNNING_MEASURES,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import Claim, Corpus, Divergence

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MAX_RATIO = 3.0
_MILLION = 1_000_000
# Counts below this of things no event measures (not killed, arrested...) are parts of a
# story ("the two rivals", "three rivals" at a meeting), not one count told two ways.
# Set on the DUC 2004 dev clusters (session 23: d30001t, two such items, both wrong; no
# TUNING or CHECK item below it); not benchmarked.
SMALL_COUNT = 4
# Counts in articles further apart than this are not compared: a running count grows
# (story_eval D0635H: 131, 134 and 98 executions over a year of coverage).
FIGURE_MAX_DAYS = 7
# How long something lasted or someone served is a settled fact, not a running count: two
# sources' spans are compared when their articles are at most this far apart. Set by
# reasoning for rates, checked on the tuning and check stories (session 15,
# /work/dev/s15/s15qd); not benchmarked.
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


# A modifier most articles use is the story's own ("Israeli" in a story on Israel's
# settlements): "144 settlements" and "190 Jewish settlements" count one thing there.
# Below this share of the articles a modifier still tells counts apart ("Chinese firms"
# against "firms"). Set on the tuning stories (session 17, D0609I); not benchmarked.
STORY_MODIFIER_SHARE = 0.5


class StoryWords(NamedTuple):
    """What the story's words tell the comparisons."""

    own: frozenset[str]  # lower-cased words most articles use ("malaria")
    common: frozenset[str]  # words some article writes in lower case: no names


def figure_divergences(corpus: Corpus) -> list[Divergence]:
    groups: dict[tuple[str, frozenset[str]], list[Figure]] = defaultdict(list)
    own = _story_modifiers(corpus)
    story = StoryWords(own, _lower_case_words(corpus))
    for adoc in corpus.docs:
        for fig in article_figures(adoc):
            fig.sentence_date = adoc.document.date
            groups[(fig.key[0], fig.key[1] - own)].append(fig)
    out = _tolls(groups.get(("person", frozenset()), [])) + companion_tolls(corpus, FIGURE_MAX_DAYS)
    told = {frozenset(c.text for c in d.claims) for d in out}
    for key, figures in groups.items():
        for cluster in _same_context_clusters(figures, story):
            values = {f.value for f in cluster}
            sources = {f.sentence.source_id for f in cluster}
            if len(values) < 2 or len(sources) < 2:
                continue
            # The differing values must come from different sources, not one article's
            # running tally ("60 makers ... 22 of them").
            by_value: dict[float, list[Figure]] = defaultdict(list)
            for f in cluster:
                by_value[f.value].append(f)
            given = {(f.sentence.source_id, f.value) for f in cluster}
            if not any(_rivals(a, b, given) for a in cluster for b in cluster):
                continue
            if any(_states(f.sentence.text, v) for f in cluster for v in values - {f.value}):
                continue  # "a 12-member board; it has 9 members": two numbers of one thing
            if max(values) < SMALL_COUNT and not any(measures(f) for f in cluster):
                continue  # "the two rivals" vs "three rivals": parts of a story, not one count
            claims = []
            for value in sorted(by_value, key=lambda v: -v):
                fs = by_value[value]
                claims.append(
                    Claim(
                        text=fs[0].sentence.text,
                        sources=sorted({f.sentence.source_id for f in fs}),
                    )
                )
            if any(frozenset(c.text for c in claims) <= t for t in told):
                continue  # the death toll, told already
            stated = ", ".join(_as_of(cluster))
            what = figure_title(key, cluster, story.common)
            out.append(Divergence(topic=f"{what} ({stated})", claims=claims))
    return out


def _as_of(cluster: list[Figure]) -> list[str]:
    """The figures as written; a rate's or a standing count's each with the month of its
    first article ("1.5 million as of Feb 2001") when the articles are more than
    ``FIGURE_MAX_DAYS`` apart: two estimates a year apart may both have been right."""
    dates = [f.sentence_date for f in cluster if f.sentence_date]
    changing = cluster[0].period or any(f.about for f in cluster)  # not how long it lasted
    if not (dates and changing) or (max(dates) - min(dates)).days <= FIGURE_MAX_DAYS:
        return sorted({f.text for f in cluster}, key=str.lower)
    first: dict[str, dt.date] = {}
    for f in cluster:
        if f.sentence_date and (f.text not in first or f.sentence_date < first[f.text]):
            first[f.text] = f.sentence_date
    return [
        f"{t} as of {first[t]:%b %Y}" if t in first else t for t in sorted(first, key=str.lower)
    ]


def _rivals(a: Figure, b: Figure, given: set[tuple[int, float]]) -> bool:
    """Whether two figures of two sources disagree: the two values split the sources
    (``given``: each source with each value it gives; an article giving both "three
    plants" and "two plants" counts two things)."""
    if a.sentence.source_id == b.sentence.source_id or not _differ(a, b):
        return False
    crossed = {(a.sentence.source_id, b.value), (b.sentence.source_id, a.value)}
    return not crossed & given


def _states(text: str, value: float) -> bool:
    """Whether a sentence writes a whole number below a million in digits ("12-member")."""
    if not math.isfinite(value) or value != int(value) or value >= _MILLION:
        return False  # "1" 400 times over is read as infinity
    number = int(value)
    return any(
        re.search(rf"(?<![\d,.]){re.escape(form)}(?![\d,])", text)
        for form in {str(number), f"{number:,}"}
    )


def _differ(a: Figure, b: Figure) -> bool:
    """Whether two figures disagree: spans that do not meet ("at least a year" and
    "several months"; "800 kilograms" and "1,500 pounds"), or different values, unless
    one is an approximate figure the other rounds to."""
    if a.span and b.span and (a.key[0] in SETTLED_WHAT or a.key[0].startswith("weight")):
        return spans_differ(a.span, b.span)  # how long, how heavy: spans of their own
    if a.span or b.span or _opposite_bounds(a, b):
        # a range of counts ("1.5 to 2 million") against another count; "more than 1
        # million" and "up to 2 million" both hold of 1.5 million: no disagreement
        return spans_differ(
            count_span(a.value, a.qualifier, a.span), count_span(b.value, b.qualifier, b.span)
        )
    return (
        a.value != b.value
        and not rounds_to(a.value, a.qualifier, b.value, b.qualifier)
        and not _rounded_alike(a, b)
    )


def _rounded_alike(a: Figure, b: Figure) -> bool:
    """Whether two figures rounded by their qualifiers allow one count: "at least 217"
    and "more than 200" both tell 217 to 220 dead, "more than 80" allows 84; "more than 1
    million" does not allow 2 million (``lang.figures.ALLOWED_RANGE``)."""
    (low_a, high_a), (low_b, high_b) = _allowed(a), _allowed(b)
    return low_a <= high_b and low_b <= high_a


def _allowed(f: Figure) -> tuple[float, float]:
    """The exact counts a figure allows by its qualifier, as (lowest, highest)."""
    how = QUALIFIERS.get(f.qualifier.lower())
    if how is None or how.direction not in ALLOWED_RANGE:
        return f.value, f.value
    low, high = ALLOWED_RANGE[how.direction]
    return low * f.value, high * f.value


def _opposite_bounds(a: Figure, b: Figure) -> bool:
    """Whether one figure is open above ("more than 1 million") and the other open below
    ("up to 2 million")."""
    (low_a, high_a), (low_b, high_b) = (count_span(f.value, f.qualifier, None) for f in (a, b))
    return (high_a == math.inf and low_b == 0.0) or (high_b == math.inf and low_a == 0.0)


def _story_modifiers(corpus: Corpus) -> frozenset[str]:
    """Lower-cased words found in ``STORY_MODIFIER_SHARE`` of the articles at least."""
    df: Counter[str] = Counter()
    for adoc in corpus.docs:
        df.update({w for s in adoc.sentences for w in s.words})
    cut = max(2, STORY_MODIFIER_SHARE * len(corpus.docs))
    return frozenset(w for w, n in df.items() if n >= cut)


def _lower_case_words(corpus: Corpus) -> frozenset[str]:
    """Words some article writes in lower case ("authorities"): a sentence opening on one
    opens on no name ("Authorities said they had arrested 18")."""
    return frozenset(w for adoc in corpus.docs for w in LOWER_WORD_RE.findall(adoc.document.text))


def _tolls(people: list[Figure]) -> list[Divergence]:
    """The story's death toll against another count of its dead (``tolls``)."""
    dead = [
        TollFigure(
            f.value,
            f.text,
            f.noun,
            f.sentence,
            f.sentence_date,
            _names(owner_text(f)),
            _names(f.sentence.text),
        )
        for f in people
        if events(f.window) == {"died"} and not f.qualifier
    ]
    return toll_divergences(dead, FIGURE_MAX_DAYS)


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
        frozenset(_names(owner_text(f))),
        frozenset(_names(f.sentence.text)),
    )


def _same_context_clusters(figures: list[Figure], story: StoryWords) -> list[list[Figure]]:
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
        return False  # time served by one person in one body ("Putin", "KGB") in both
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
    names_a, names_b = _names(a.sentence.text), _names(b.sentence.text)
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
        and not (_names(a.sentence.text) or _names(b.sentence.text))
        and not (
            lead_name(a.sentence, b.sentence, common) or lead_name(b.sentence, a.sentence, common)
        )
        and len(a.context & b.context) >= SAME_THING_CONTEXT_WORDS
    )


def _names(text: str) -> set[str]:
    """Capitalised words inside a sentence (its first word may just be capitalised); a
    name something is compared to is not its own ("spreads like Bramble, mailing itself to
    30 contacts" is another worm's count)."""
    text = re.sub(r"\b(?:like|unlike|such as)\s+(?:[A-Z][\w'’-]*\s*)+", " ", text)
    return set(re.findall(r"(?<=[\w,;:)] )[A-Z][a-zA-Z]+", text)) - NOT_NAMES
