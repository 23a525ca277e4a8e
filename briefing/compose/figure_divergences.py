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
name both sentences use (the same crash, not another); two rates do not, as a rate
describes the story's subject rather than one incident. How long something lasted ("the
strike, which lasted 18 months" vs "lasting 12 months") is compared as a count of days.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from briefing.compose.standing import capitalised, condition_at, rounds_to, same_rate_subject
from briefing.compose.tolls import TollFigure, companion_tolls, toll_divergences
from briefing.lang.figures import (
    BREAKDOWN_RE,
    CAUSATIVE_LEFT_RE,
    CONTEXT_CLASS,
    DURATION_BEFORE_RE,
    DURATION_RE,
    EVENT_CLASS,
    EVENT_RE,
    FIGURE_QUALIFIERS,
    GENERIC_ADJECTIVES,
    NOT_COUNTED,
    NOT_NAMES,
    NOUN_CLASS,
    NUMBER_SCALES,
    NUMBER_WORDS,
    PARTITIVE_BEFORE,
    PEOPLE_NOUNS,
    PERIOD_ADVERBS,
    RATE_PERIOD_RE,
    RELATIVE_COUNT_WORDS,
    UNIT_DAYS,
    figure_value,
    standing_condition,
)
from briefing.lang.stopwords import FIGURE_STOP_WORDS
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Span, Token

_FIGURE_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
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
# Characters either side of a figure that say what it measures and whose it is.
_WINDOW = 60
# Two figures count the same thing when the words around them share this many (this
# many with the same verb). Set by hand with the divergence grouping (commit caac86d,
# review of the dev briefs); not benchmarked.
SAME_VERB_CONTEXT_WORDS = 2
SAME_THING_CONTEXT_WORDS = 3


@dataclass
class _Figure:
    value: float
    qualifier: str
    noun: str  # the counted noun phrase as written ("Chinese firms")
    key: tuple[str, frozenset[str]]
    context: set[str]  # content words around the figure
    verb: str
    sentence: Sentence
    text: str  # the figure as written ("at least three")
    window: str = ""  # the sentence text around the figure
    sentence_date: dt.date | None = None  # the article's date
    at: int = 0  # where the figure starts in its sentence
    period: str = ""  # a rate's time frame ("a year": "year"), "" for a count
    about: str = ""  # the condition of a standing count of people ("HIV"), else ""


# A modifier most articles use is the story's own ("Israeli" in a story on Israel's
# settlements): "144 settlements" and "190 Jewish settlements" count one thing there.
# Below this share of the articles a modifier still tells counts apart ("Chinese firms"
# against "firms"). Set on the tuning stories (session 17, D0609I); not benchmarked.
STORY_MODIFIER_SHARE = 0.5


def figure_divergences(corpus: Corpus) -> list[Divergence]:
    groups: dict[tuple[str, frozenset[str]], list[_Figure]] = defaultdict(list)
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
            by_value: dict[float, list[_Figure]] = defaultdict(list)
            for f in cluster:
                by_value[f.value].append(f)
            if not any(
                a.value != b.value
                and a.sentence.source_id != b.sentence.source_id
                and not rounds_to(a.value, a.qualifier, b.value, b.qualifier)
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
            stated = ", ".join(sorted({f.text for f in cluster}, key=str.lower))
            what = "How long it lasted" if key[0] == "duration" else f"Number of {noun}"
            if cluster[0].about and len({f.about.lower() for f in cluster}) == 1:
                what += f" with {min((f.about for f in cluster), key=capitalised)}"
            if cluster[0].period:  # every member has the same period
                what += f" a {cluster[0].period}"
            out.append(Divergence(topic=f"{what} ({stated})", claims=claims))
    return out


def _story_modifiers(corpus: Corpus) -> frozenset[str]:
    """Lower-cased words found in ``STORY_MODIFIER_SHARE`` of the articles at least."""
    df: Counter[str] = Counter()
    for adoc in corpus.docs:
        df.update({w for s in adoc.sentences for w in s.words})
    cut = max(2, STORY_MODIFIER_SHARE * len(corpus.docs))
    return frozenset(w for w, n in df.items() if n >= cut)


def _tolls(people: list[_Figure]) -> list[Divergence]:
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


def _same_context_clusters(figures: list[_Figure]) -> list[list[_Figure]]:
    """Split figures for one counted noun by what is said about them (killed vs injured).

    A figure joins a group only when it fits every member (complete link), so a chain
    of loosely related sentences cannot pull unrelated counts together.
    """
    clusters: list[list[_Figure]] = []
    for fig in figures:
        for cluster in clusters:
            if all(_same_context(fig, other) for other in cluster):
                cluster.append(fig)
                break
        else:
            clusters.append([fig])
    return clusters


def _same_context(a: _Figure, b: _Figure) -> bool:
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
    span = RATE_MAX_DAYS if a.period or standing else FIGURE_MAX_DAYS
    if da and db and abs((da - db).days) > span:
        return False  # a running count (executions, arrests) grows between the two
    if _measures(a) != _measures(b):
        return False  # "109 aboard" vs "113 killed", "12 who left" vs "10 who died"
    # The event must be named alike in both: "the Lauda Air crash killed 223" vs "217
    # people on board were killed" may be two crashes. Names near the figure count first.
    near_a, near_b = _names(_owner(a)), _names(_owner(b))
    if near_a and near_b and not near_a & near_b:
        return False
    if standing:
        return True
    # The same subject: a name both sentences use, or a rate of the same time frame
    # ("a year"): a rate describes the story's subject, not one incident of it, as long
    # as what it is a rate of agrees.
    shared_name = _names(a.sentence.text) & _names(b.sentence.text)
    if not (
        shared_name
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


def _no_breakdowns(figures: list[_Figure]) -> list[_Figure]:
    """Drop figures next to another count of the same thing in their sentence: the
    sentence breaks a total down ("109 on the plane and four on the ground", "two of its
    four engines"), and a part is no rival to another source's whole. A count whose
    parts follow "including" is the whole ("killed 114 people, including five on the
    ground"); counts far apart in a long sentence are separate ("… which killed 114
    people …, the way the Hindenburg, … killing 35")."""

    def breakdown(f: _Figure) -> bool:
        for g in figures:
            if g is f or g.sentence is not f.sentence or g.key != f.key:
                continue
            first, second = (f, g) if f.at < g.at else (g, f)
            between = f.sentence.text[first.at + len(first.text) : second.at]
            if len(between) > _WINDOW:
                continue
            if first is f and BREAKDOWN_RE.search(between):
                continue
            return True
        return False

    return [f for f in figures if not breakdown(f) and not PARTITIVE_BEFORE.search(_owner(f))]


def _owner(f: _Figure) -> str:
    """The text just before a figure, where whose count it is is said ("Air France
    grounded its five" / "British Airways, which has seven")."""
    at = f.window.find(f.text)
    return f.window[: at if at >= 0 else len(f.window)]


def _measures(f: _Figure) -> frozenset[str]:
    """What a count measures; "left" just before it makes, not leaves ("the epidemic has
    left 700,000 children orphaned" counts orphans, "12 others left the island" leavers)."""
    events = _events(f.window)
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


def _figures(adoc: AnalysedDocument) -> list[_Figure]:
    if adoc.parse is None:
        return _regex_figures(adoc)
    out: list[_Figure] = []
    starts = [s.start for s in adoc.sentences]
    for ent in adoc.parse.ents:
        if ent.label_ == "DATE":
            sent = adoc.sentences[max(0, bisect.bisect_right(starts, ent.start_char) - 1)]
            duration = _duration(ent, sent)
            if duration is not None:
                out.append(duration)
            continue
        if ent.label_ not in _FIGURE_LABELS:
            continue
        ent = _whole_number(ent)
        value, qualifier = figure_value(ent.text)
        if value is None:
            continue
        head = _counted_noun(ent)
        if head is None or _noun_class(head.lower_) in NOT_COUNTED:
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
        noun_class = _noun_class(head.lower_)
        sent = adoc.sentences[max(0, bisect.bisect_right(starts, ent.start_char) - 1)]
        counted = {t.lower_ for t in ent.doc[ent.start : head.i + 1]}
        context = _context_words(sent) - {_noun_class(w) for w in counted}
        verb = head.head.lower_ if head.dep_ in ("nsubj", "nsubjpass") else ""
        phrase = ent.doc[ent.end : head.i + 1].text
        at = ent.start_char - sent.start
        window = _window(sent.text, at, len(ent.text))
        after = sent.text[head.idx + len(head.text) - sent.start :]
        period = _period(after)
        people = noun_class in PEOPLE_NOUNS or head.text[:1].isupper()
        where = standing_condition(sent.text, at, len(sent.text) - len(after)) if people else None
        about = condition_at(adoc, sent.start + where[0]) if where else ""
        out.append(
            _Figure(
                value,
                qualifier,
                phrase,
                (noun_class, key_mods),
                context,
                verb,
                sent,
                ent.text,
                window,
                at=at,
                period=period,
                about=about,
            )
        )
    return _no_breakdowns(out)


def _period(after: str) -> str:
    """A rate's time frame told after its counted noun ("deaths a year": "year")."""
    m = RATE_PERIOD_RE.match(after)
    if not m:
        return ""
    return m.group("unit").lower() if m.group("unit") else PERIOD_ADVERBS[m.group("adverb").lower()]


def _duration(ent: Span, sent: Sentence) -> _Figure | None:
    """How long something lasted ("which lasted 18 months", "lasting about a year"), in
    days; None for any other date."""
    m = DURATION_RE.match(ent.text.strip())
    at = ent.start_char - sent.start
    if not m or not DURATION_BEFORE_RE.search(sent.text[:at]):
        return None
    number = m.group("number")
    value, qualifier = (1.0, "") if number.lower() in ("a", "an") else figure_value(number)
    if value is None:
        return None
    return _Figure(
        value * UNIT_DAYS[m.group("unit").lower().rstrip("s")],
        qualifier,
        "duration",
        ("duration", frozenset()),
        _context_words(sent),
        "",
        sent,
        ent.text,
        _window(sent.text, at, len(ent.text)),
        at=at,
    )


def _window(text: str, at: int, length: int) -> str:
    """The words either side of a figure, up to where a breakdown of it begins ("killed
    114 people including five on the ground": the ground is the part's)."""
    after = text[at + length : at + length + _WINDOW]
    cut = BREAKDOWN_RE.search(after)
    return (
        text[max(0, at - _WINDOW) : at]
        + text[at : at + length]
        + after[: cut.start() if cut else None]
    )


def _whole_number(ent: Span) -> Span:
    """ "One hundred fourteen people": spaCy may end the number entity early, and leave
    out the article of "a million children"."""
    end = ent.end
    start = ent.start
    if (
        start > 0
        and ent.doc[start - 1].lower_ in ("a", "an")
        and ent.doc[start].lower_ in NUMBER_SCALES
    ):
        start -= 1
    while end < len(ent.doc) and ent.doc[end].ent_type_ in ("", ent.label_):
        word = ent.doc[end].lower_
        if not (word in NUMBER_WORDS or word in NUMBER_SCALES) or word in ("a", "an"):
            break
        end += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, ent.label_)


def _context_words(sent: Sentence) -> set[str]:
    """Content words of the sentence, hyphenated words split and near-synonyms folded."""
    content = {
        p for w in sent.words for p in w.split("-") if p.isalpha() and p not in FIGURE_STOP_WORDS
    }
    return {CONTEXT_CLASS.get(_noun_class(w), _noun_class(w)) for w in content}


def _counted_noun(ent: Span) -> Token | None:
    """The noun a number counts: 'four Chinese companies' -> companies; None for partitives."""
    root = ent.root
    if root.dep_ not in ("nummod", "quantmod"):
        root = ent.doc[ent.end - 1]  # "an estimated 3 million": the number, not "estimated"
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
    elif ent.end < len(ent.doc) and ent.doc[ent.end].pos_ == "NOUN":
        head = ent.doc[ent.end]
    else:
        return None
    if head.i < ent.start:
        return None
    return head


def _noun_class(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies"):
        noun = noun[:-3] + "y"
    elif noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-1]
    return NOUN_CLASS.get(noun, noun)


def _regex_figures(adoc: AnalysedDocument) -> list[_Figure]:
    """Without a parse: '<qualifier> <number> <adjective>* <noun>' by pattern."""
    number = r"\d[\d,]*(?:\.\d+)?|" + "|".join(k for k in NUMBER_WORDS if len(k) > 2)
    pattern = re.compile(
        rf"\b(?P<fig>(?:(?:{'|'.join(FIGURE_QUALIFIERS)})\s+)?(?:{number})(?:\s+(?:million|billion|thousand))?)"
        r"\s+(?P<mods>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>[a-z]+s)\b",
        re.IGNORECASE,
    )
    out: list[_Figure] = []
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
                _Figure(
                    value,
                    qualifier,
                    f"{m.group('mods')}{m.group('noun')}".strip(),
                    (_noun_class(m.group("noun")), key_mods),
                    set(around),
                    "",
                    sent,
                    m.group("fig"),
                    _window(sent.text, m.start(), len(m.group("fig"))),
                    at=m.start(),
                )
            )
    return _no_breakdowns(out)
