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
with a total), and counts dated by different years are not compared. Two counts need a
name both sentences use (the same crash, not another), or neither sentence names anything
and they count one event alike ("18 suspects detained" in both); two rates do not, as a rate
describes the story's subject rather than one incident. How long something lasted ("the
strike, which lasted 18 months" vs "lasting 12 months", "will last only several months")
or someone served ("a 16-year veteran of the KGB" vs "served for 15 years") is compared as
a span of days, and a weight ("800 kilograms of cocaine" vs "1,500 pounds") as a span of
kilograms (``figure_spans``): they disagree when the spans do not meet. A standing count
is the same in other words ("AIDS orphans", "children orphaned by AIDS": ``standing``);
estimates for two places are two numbers, and those told months apart say "as of" when.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict

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
    spans_differ,
    weight_span,
    whole_number,
    window,
)
from briefing.compose.standing import (
    capitalised,
    condition_at,
    lead_name,
    lead_names,
    reworded,
    rounds_to,
    same_rate_subject,
)
from briefing.compose.tolls import TollFigure, companion_tolls, toll_divergences
from briefing.lang.figures import (
    BREAKDOWN_RE,
    CAUSATIVE_LEFT_RE,
    CONDITION_NAMES,
    EVENT_CLASS,
    EVENT_RE,
    FIGURE_QUALIFIERS,
    GENERIC_ADJECTIVES,
    LIVES_TAKEN_RE,
    NOT_COUNTED,
    NOT_NAMES,
    NUMBER_WORDS,
    PARTITIVE_BEFORE,
    PEOPLE_NOUNS,
    RELATIVE_COUNT_WORDS,
    figure_value,
    standing_condition,
)
from briefing.lang.stopwords import FIGURE_STOP_WORDS
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Span

_FIGURE_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
_WHAT = {"duration": "How long it lasted", "served": "Time served"}
# What a weight weighs: the noun after "of", past a conversion in brackets.
WEIGHED_RE = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?of\s+(?:(?:the|a|an)\s+)?(?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z]+)\b"
)
# "all" just before a count: the count is everyone there ("killing all 116 aboard").
ALL_ABOARD_RE = re.compile(r"\ball\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MAX_RATIO = 3.0
# Counts in articles further apart than this are not compared: a running count grows
# (story_eval D0635H: 131, 134 and 98 executions over a year of coverage).
FIGURE_MAX_DAYS = 7
# Rates ("a million deaths a year") are estimates of a standing quantity, not a running
# count: two sources' estimates are compared when their articles are at most this far
# apart (a year: a yearly rate is re-estimated yearly). Set by reasoning, checked on the
# tuning and check stories (session 15, /work/dev/s15/s15qd); not benchmarked.
RATE_MAX_DAYS = 366
# Two figures count the same thing when the words around them share this many (this
# many with the same verb). Set by hand with the divergence grouping (commit caac86d,
# review of the dev briefs); not benchmarked.
SAME_VERB_CONTEXT_WORDS = 2
SAME_THING_CONTEXT_WORDS = 3


# A modifier most articles use is the story's own ("Israeli" in a story on Israel's
# settlements): "144 settlements" and "190 Jewish settlements" count one thing there.
# Below this share of the articles a modifier still tells counts apart ("Chinese firms"
# against "firms"). Set on the tuning stories (session 17, D0609I); not benchmarked.
STORY_MODIFIER_SHARE = 0.5


def figure_divergences(corpus: Corpus) -> list[Divergence]:
    groups: dict[tuple[str, frozenset[str]], list[Figure]] = defaultdict(list)
    own = _story_modifiers(corpus)
    for adoc in corpus.docs:
        for fig in _figures(adoc):
            fig.sentence_date = adoc.document.date
            groups[(fig.key[0], fig.key[1] - own)].append(fig)
    out = _tolls(groups.get(("person", frozenset()), [])) + companion_tolls(corpus, FIGURE_MAX_DAYS)
    told = {frozenset(c.text for c in d.claims) for d in out}
    for key, figures in groups.items():
        for cluster in _same_context_clusters(figures):
            values = {f.value for f in cluster}
            sources = {f.sentence.source_id for f in cluster}
            if len(values) < 2 or len(sources) < 2:
                continue
            # The differing values must come from different sources, not one article's
            # running tally ("60 makers ... 22 of them").
            by_value: dict[float, list[Figure]] = defaultdict(list)
            for f in cluster:
                by_value[f.value].append(f)
            if not any(
                a.sentence.source_id != b.sentence.source_id and _differ(a, b)
                for a in cluster
                for b in cluster
            ):
                continue
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
            nouns = Counter(f.noun for f in cluster)
            noun = min(nouns, key=lambda n: (-nouns[n], len(n)))
            if cluster[0].period and all(_measures(f) == {"died"} for f in cluster):
                noun = "deaths"  # "kills 2 million a year", "1 million people die annually"
            stated = ", ".join(_as_of(cluster))
            what = _WHAT.get(key[0]) or f"Number of {noun}"
            what = f"{key[0][:1].upper()}{key[0][1:]}" if key[0].startswith("weight") else what
            if key[0] == "orphan" and cluster[0].about:
                what = f"Number of children orphaned by {cluster[0].about}"
            if (
                key[0] != "orphan"
                and cluster[0].about
                and len({f.about.lower() for f in cluster}) == 1
            ):
                what += f" with {min((f.about for f in cluster), key=capitalised)}"
            if cluster[0].period:  # every member has the same period
                what += f" a {cluster[0].period}"
            out.append(Divergence(topic=f"{what} ({stated})", claims=claims))
    return out


def _as_of(cluster: list[Figure]) -> list[str]:
    """The figures as written; a rate's or a standing count's each with the month of its
    first article ("1.5 million as of Feb 2001") when the articles are more than
    ``FIGURE_MAX_DAYS`` apart: two estimates a year apart may both have been right."""
    dates = [f.sentence_date for f in cluster if f.sentence_date]
    changing = cluster[0].period or cluster[0].about  # not how long a thing lasted
    if not (dates and changing) or (max(dates) - min(dates)).days <= FIGURE_MAX_DAYS:
        return sorted({f.text for f in cluster}, key=str.lower)
    first: dict[str, dt.date] = {}
    for f in cluster:
        if f.sentence_date and (f.text not in first or f.sentence_date < first[f.text]):
            first[f.text] = f.sentence_date
    return [
        f"{t} as of {first[t]:%b %Y}" if t in first else t for t in sorted(first, key=str.lower)
    ]


def _differ(a: Figure, b: Figure) -> bool:
    """Whether two figures disagree: spans that do not meet ("at least a year" and
    "several months"; "800 kilograms" and "1,500 pounds"), or different values, unless
    one is an approximate figure the other rounds to."""
    if a.span and b.span:
        return spans_differ(a.span, b.span)
    return a.value != b.value and not rounds_to(a.value, a.qualifier, b.value, b.qualifier)


def _story_modifiers(corpus: Corpus) -> frozenset[str]:
    """Lower-cased words found in ``STORY_MODIFIER_SHARE`` of the articles at least."""
    df: Counter[str] = Counter()
    for adoc in corpus.docs:
        df.update({w for s in adoc.sentences for w in s.words})
    cut = max(2, STORY_MODIFIER_SHARE * len(corpus.docs))
    return frozenset(w for w, n in df.items() if n >= cut)


def _tolls(people: list[Figure]) -> list[Divergence]:
    """The story's death toll against another count of its dead (``tolls``)."""
    dead = [
        TollFigure(
            f.value,
            f.text,
            f.noun,
            f.sentence,
            f.sentence_date,
            _names(_owner(f)),
            _names(f.sentence.text),
        )
        for f in people
        if _events(f.window) == {"died"} and not f.qualifier
    ]
    return toll_divergences(dead, FIGURE_MAX_DAYS)


def _same_context_clusters(figures: list[Figure]) -> list[list[Figure]]:
    """Split figures for one counted noun by what is said about them (killed vs injured).

    A figure joins a group only when it fits every member (complete link), so a chain
    of loosely related sentences cannot pull unrelated counts together.
    """
    clusters: list[list[Figure]] = []
    for fig in figures:
        for cluster in clusters:
            if all(_same_context(fig, other) for other in cluster):
                cluster.append(fig)
                break
        else:
            clusters.append([fig])
    return clusters


def _same_context(a: Figure, b: Figure) -> bool:
    low, high = sorted((a.value, b.value))
    # Reports of one fact differ by a little (80 vs 87 million, three vs four), not tenfold.
    if low <= 0 or high / low > _MAX_RATIO:
        return False
    if a.period != b.period:
        return False  # "a million deaths a year" vs "two million dead" since it began
    years_a, years_b = set(_YEAR.findall(a.window)), set(_YEAR.findall(b.window))
    if years_a and years_b and not years_a & years_b:
        return False  # "127,441 adopted in 1992" vs "118,000 in 1987": two time frames
    # How many have one condition ("living with HIV") is an estimate of a standing number,
    # compared like a rate; its condition is its subject, whatever else the sentences say.
    standing = bool(a.about) and a.about.lower() == b.about.lower()
    da, db = a.sentence_date, b.sentence_date
    # How long something lasted or someone served is a settled fact too, not a running count.
    settled = a.period or standing or a.key[0] in _WHAT
    span = RATE_MAX_DAYS if settled else FIGURE_MAX_DAYS
    if da and db and abs((da - db).days) > span:
        return False  # a running count (executions, arrests) grows between the two
    if _measures(a) != _measures(b):
        return False  # "109 aboard" vs "113 killed", "12 who left" vs "10 who died"
    # The event must be named alike in both: "the Lauda Air crash killed 223" vs "217
    # people on board were killed" may be two crashes. Names near the figure count first.
    near_a, near_b = _names(_owner(a)), _names(_owner(b))
    if near_a and near_b and not near_a & near_b:
        return False
    if (standing or a.period) and a.places and b.places and not a.places & b.places:
        return False  # an estimate for Kenya against one for Uganda: two numbers
    if standing:
        return True
    if a.key[0] == "served" and len(lead_names(a.sentence.text) & lead_names(b.sentence.text)) < 2:
        return False  # time served by one person in one body ("Putin", "KGB") in both
    # The same subject: a name both sentences use, or a rate of the same time frame
    # ("a year"): a rate describes the story's subject, not one incident of it, as long
    # as what it is a rate of agrees.
    shared_name = _names(a.sentence.text) & _names(b.sentence.text)
    if not (
        shared_name
        or _same_unnamed_event(a, b)
        or (a.period and same_rate_subject(_owner(a), a.sentence.text, _owner(b), b.sentence.text))
    ):
        return False
    if a.verb and b.verb:  # "12 people were killed" vs "5 people were injured"
        return a.verb == b.verb and len(a.context & b.context) >= SAME_VERB_CONTEXT_WORDS
    # Rates of one measure and subject ("kills a million a year", "2 million deaths a
    # year") estimate one number, however differently their sentences go on.
    if a.period and _measures(a):
        return True
    return len(a.context & b.context) >= SAME_THING_CONTEXT_WORDS


def _same_unnamed_event(a: Figure, b: Figure) -> bool:
    """Two counts of one event that neither sentence names ("18 suspects were arrested in
    the hotel bombing" / "thirty-two suspects have been arrested in the hotel bombing"):
    the same counted word, the same measured event and most words alike. A higher count
    in a later article updates the earlier one (arrests go on), it does not dispute it."""
    first, last = sorted((a, b), key=lambda f: f.sentence_date or dt.date.min)
    if first.sentence_date != last.sentence_date and last.value > first.value:
        return False
    return (
        bool(_measures(a))
        and not (a.period or b.period)  # rates need the same subject (same_rate_subject)
        and noun_class(a.noun.split()[-1]) == noun_class(b.noun.split()[-1])
        and not (_names(a.sentence.text) or _names(b.sentence.text))
        and not (lead_name(a.sentence, b.sentence) or lead_name(b.sentence, a.sentence))
        and len(a.context & b.context) >= SAME_THING_CONTEXT_WORDS
    )


def _no_breakdowns(figures: list[Figure]) -> list[Figure]:
    """Drop figures next to another count of the same thing in their sentence: the
    sentence breaks a total down ("109 on the plane and four on the ground", "two of its
    four engines"), and a part is no rival to another source's whole. A count whose
    parts follow "including" is the whole ("killed 114 people, including five on the
    ground"); counts far apart in a long sentence are separate ("… which killed 114
    people …, the way the Hindenburg, … killing 35")."""

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

    return [f for f in figures if not breakdown(f) and not PARTITIVE_BEFORE.search(_owner(f))]


def _owner(f: Figure) -> str:
    """The text just before a figure, where whose count it is is said ("Air France
    grounded its five" / "British Airways, which has seven")."""
    at = f.window.find(f.text)
    return f.window[: at if at >= 0 else len(f.window)]


def _measures(f: Figure) -> frozenset[str]:
    """What a count measures; "left" just before it makes, not leaves ("the epidemic has
    left 700,000 children orphaned" counts orphans, "12 others left the island" leavers)."""
    events = _events(f.window)
    if f.noun.endswith("lives") and LIVES_TAKEN_RE.search(_owner(f)):
        events |= {"died"}  # "claims 2 million lives" counts deaths, like "kills 1 million"
    if "aboard" in events and ALL_ABOARD_RE.search(_owner(f)):
        return frozenset({"aboard"})  # "all 116 aboard died" tells how many were aboard
    return events - {"left"} if CAUSATIVE_LEFT_RE.search(_owner(f)) else events


def _events(window: str) -> frozenset[str]:
    """What a count measures, from the words around it (killed, aboard, injured...)."""
    return frozenset(EVENT_CLASS[m.lower()] for m in EVENT_RE.findall(window))


def _names(text: str) -> set[str]:
    """Capitalised words inside a sentence (its first word may just be capitalised); a
    name something is compared to is not its own ("works like Melissa, sending itself to
    20 people" is another virus's count)."""
    text = re.sub(r"\b(?:like|unlike|such as)\s+(?:[A-Z][\w'’-]*\s*)+", " ", text)
    return set(re.findall(r"(?<=[\w,;:)] )[A-Z][a-zA-Z]+", text)) - NOT_NAMES


def _figures(adoc: AnalysedDocument) -> list[Figure]:
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
        period = rate_period(after)
        people = counted_class in PEOPLE_NOUNS or head.text[:1].isupper()
        where = standing_condition(sent.text, at, len(sent.text) - len(after)) if people else None
        about = condition_at(adoc, sent.start + where[0]) if where else ""
        about = CONDITION_NAMES.get(about.lower(), about)  # "HIV/AIDS" is "HIV"
        if named := reworded(counted_class, phrase, sent.text[:at], after):
            counted_class, about = named  # "AIDS orphans" / "children orphaned by AIDS"
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
            )
        )
    for f in out:
        f.places = frozenset(places[f.sentence.index])
    return _no_breakdowns(out)


def _measured(ent: Span, value: float | None, qualifier: str, sent: Sentence) -> Figure | None:
    """A figure with no counted noun: a weight of what follows "of" ("800 kilograms of
    cocaine", in kilograms) or a death rate ("kills 2 million a year"); else None."""
    at = ent.start_char - sent.start
    after = sent.text[at + len(ent.text) :]
    weight = weight_span(ent.text)
    of = WEIGHED_RE.match(after)
    if weight and of:
        return spanned(weight, "weight of " + of.group("noun").lower(), "", ent.text, sent, at)
    period = bare_death_rate(sent.text[:at], after)
    if not period or value is None:
        return None
    context = context_words(sent)
    text = window(sent.text, at, len(ent.text))
    return Figure(value, qualifier, "deaths", ("person", frozenset()), context, "", sent,
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
