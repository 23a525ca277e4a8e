"""Cross-document synthesis: choose the brief's statements from all articles.

1. Every sentence of every article is a candidate; near-duplicates across articles are
   merged into one statement citing all their sources (``near_duplicates``).
2. Sentences that cannot stand alone (fragments, questions, quotes, "He said ...",
   a surname or a passive thing the story is not about, "The ban ..." naming only a day,
   ``summary_leans``), tell one private person's experience (``private_lives``) or
   only guess ("may prove", ``hedged``) are kept as statements but
   never chosen for the summary (``sentence_filters``, ``clarity``); nor is a plan a
   later article reports done (``stale_plans``: the outcome is the news).
3. The executive summary is the concept-coverage optimum (``concept_ilp``): bigrams
   weighted by how many articles report them and how early, boosted by the focus
   question's words and the story's words for them (``focus``), with a bonus for
   sentences that give the kind of answer asked (a cause, an amount); one wording per
   fact; then one more sentence so the summary reaches its word target; a choice with a
   statement telling nothing particular (``unspecific``) is made again without it. In a
   story told over years, a sentence that is its article's news about what many
   articles' leads act on is worth more (``story_core``). It reads as a story: by the
   date of what each statement reports, then importance.
4. The background is chosen greedily from what is left, preferring sentences that give
   context (earlier years, "since", "founded", "has been") and skipping what the
   summary already says; it reads in chronological / source order.
"""

from __future__ import annotations

import functools
import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.compose import concept_totals
from briefing.compose.candidate import (
    Candidate,
    dangles,
    novel,
    origin,
    said,
    strictly_said,
    told_by,
)
from briefing.compose.clarity import Clarity
from briefing.compose.concept_ilp import (
    UNIGRAM_WEIGHT,
    Concept,
    Selection,
    bigrams,
    gain,
    solve,
)
from briefing.compose.context_cues import context_score, earliest_year
from briefing.compose.definites import Descriptions
from briefing.compose.editorial import Key, story_date
from briefing.compose.events import EventIndex
from briefing.compose.fact_words import stems as fact_stems
from briefing.compose.focus import Focus, read_focus, topic_stems
from briefing.compose.lead_events import lead_event
from briefing.compose.marks import marked
from briefing.compose.named_first import named_first
from briefing.compose.near_duplicates import group_near_duplicates, stem
from briefing.compose.one_deed import Deed, deed_of
from briefing.compose.private_lives import PrivateLives
from briefing.compose.reading_order import ReadingOrder
from briefing.compose.restated import drop_repeats, repeats, without_done_plans
from briefing.compose.sentence_dates import dated_events
from briefing.compose.sentence_filters import trim_connective
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.compose.short_names import ShortNames
from briefing.compose.side_remarks import SideRemarks
from briefing.compose.stale_plans import StalePlans
from briefing.compose.story_core import StoryCore, broad
from briefing.compose.summary_eligible import MIN_STATEMENT_WORDS, eligible_sentences
from briefing.compose.told import told_choice, told_in_order
from briefing.compose.unanchored import Unanchored
from briefing.compose.unspecific import specific_choice, unspecific
from briefing.lang.dates import YEAR_RE
from briefing.model import Corpus, ScoredSentence, Sentence, Statement
from briefing.summarise import normalised_scores


@dataclass
class Synthesis:
    executive_summary: list[Statement] = field(default_factory=list)
    background: list[Statement] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)  # every merged statement, ranked
    # The sentences each summary and background statement stands for (the shown one
    # first), in that order, and the dates of the events sentences tell, for ``editorial``.
    origins: list[list[Sentence]] = field(default_factory=list)
    dates: dict[tuple[int, int], Key] = field(default_factory=dict)


# Words the ILP may let the last sentence run past the target. 0 keeps the summary
# within the target before the soft fill, which scores best when text is cut at N words.
# Chosen by hand in 1d8f42e; not benchmarked.
OVERFLOW = 0
# A tie-break bonus; set by hand with the bounded ILP (commit 9fe753f); not benchmarked.
TIE_BONUS = 0.2
# How much more a sentence's concepts are worth when it gives the kind of answer the
# focus asks for (a cause, an effect, an amount), not only its words. Set once, not
# tuned; checked on DUC 2006 dev (rouge_eval.py --focus-from-topic, 250 words, where
# "What caused the crash...", "causes and effects" ask for it): R-2 10.42 -> 10.56.
ANSWER_SHARE = 0.2
# Without a focus, a sentence's concepts are worth this share more to the ILP when it
# opens its article (half that for the second sentence, a third for the third...): news
# puts what matters first, and its lead names who and what it is about. With a focus the
# answer is seldom the day's lead, so no prior. Chosen with benchmarks/rouge_eval.py on
# DUC 2004 dev (100 words, R-2): 0.1 9.56, 0.15 10.01, 0.2 10.04, 0.3 9.89, 0.5 9.93
# (none: 9.66); on DUC 2006 with a topic focus 0.2 gave 10.16 (none: 10.37), hence none.
LEAD_SHARE = 0.2
ILP_CANDIDATES = 400
# Scores below were set by hand when synthesis was written (commit 92972e9) and are not
# benchmarked on their own; rouge_eval.py checked the summaries they give.
# A group's representative: stand-alone sentences first, then early, then well scored.
REPRESENTATIVE_STANDALONE = 2.0
REPRESENTATIVE_SUMY = 0.5
# Importance: each doubling of sources adds this share (times log), concept coverage per
# square-rooted word (a sentence counts at least this many words), the sumy score and
# the article position after it.
CORROBORATION_WEIGHT = 0.25
MIN_SCORED_LENGTH = 10
IMPORTANCE_SUMY = 0.5
POSITION_OFFSET = 2
# Background: novelty counts on top of this floor (context cues: ``context_cues``).
NOVELTY_FLOOR = 0.3
# A sentence with a short name no note completes ("the measure", ``short_names``) is
# worth this share less to the ILP. rouge_eval.py R-2 (DUC 2006, lead bonus on): 0 ->
# topic 10.67, first line 10.62, 5 such statements in 224; 0.25 -> 10.65, 10.52, 3;
# 0.5 -> 10.58, 10.52. DUC 2004 10.03 -> 10.05.
UNCLEAR_SHARE = 0.25
# A focused summary picks only on-topic sentences when there are at least this many.
# Chosen by hand (named in fb6ef34); not benchmarked.
MIN_ON_TOPIC = 5
# In a broad-topic story, a sentence that is its article's news about what many articles'
# leads act on (``story_core``) is worth this share more to the ILP. Session 33, judged on
# the 20 DUC 2006 dev stories: 0.5 with a core of doers too moved 8 summaries, as many good
# bullets out as in; 0.15 to 0.3 with the object-only core give the same summaries.
CORE_SHARE = 0.2


def _candidates(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    focus: Focus,
    dates: dict[tuple[int, int], Key],
    events: EventIndex,
    asked: str | None = None,
) -> tuple[list[Candidate], dict[Concept, float]]:
    """Every statement a brief may show (near-duplicates merged), and the concept weights;
    ``asked``: the focus as the stakeholder wrote it."""
    topic = focus.stems
    sumy = normalised_scores(per_article)
    sentences: list[Sentence] = [
        s for s in corpus.sentences() if len(s.words) >= MIN_STATEMENT_WORDS
    ]
    clarity = Clarity(corpus)
    things = clarity.things
    described = Descriptions(corpus, things, focus.said)
    unanchored = Unanchored(corpus, asked, things)
    # Stand-alone, clear, anchored, not guessing, not leaning back: kept per article
    # with the story's facts it read (``summary_eligible``).
    chosen = eligible_sentences(corpus, clarity, unanchored)
    # ... and not one private person's experience standing for the news (``private_lives``).
    lives = PrivateLives(corpus)
    ok = [s.index in chosen[s.doc] and not lives.private_life(s) for s in sentences]
    # Representatives: stand-alone sentences first, then early, then well scored.
    priority = [
        REPRESENTATIVE_STANDALONE * ok[i]
        + 1.0 / (1 + s.index)
        + REPRESENTATIVE_SUMY * sumy.get((s.doc, s.index), 0.0)
        for i, s in enumerate(sentences)
    ]
    eligible = {id(s) for s, good in zip(sentences, ok, strict=True) if good}
    short = ShortNames(corpus, things)
    groups = group_near_duplicates(sentences, priority)
    # Word coverage helps a generic summary; with a focus the topic words already say
    # which words matter, and frequent off-topic words would pull the summary away.
    unigram_weight = 0.0 if topic else UNIGRAM_WEIGHT
    weights = concept_totals.story_weights(
        corpus, topic=topic, unigram_weight=unigram_weight, expansion=focus.expansion
    )
    cands: list[Candidate] = []
    told: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # ``_event``'s answers
    deeds: dict[int, Deed] = {}  # ``_deed``'s
    for g in groups:
        text = trim_connective(g.lead.text)
        concepts = bigrams(g.lead.words, unigram_weight > 0)
        cand = Candidate(
            group=g,
            text=text,
            length=len(text.split()),
            concepts=concepts,
            eligible=id(g.lead) in eligible,
            sumy=max(sumy.get((s.doc, s.index), 0.0) for s in g.members),
            position=min(s.index for s in g.members),
            stems=fact_stems(g.lead.words),
            unnamed=functools.partial(_unclear, short, g.lead),
            vague=functools.partial(unspecific, corpus.docs[g.lead.doc], g.lead),
        )
        cand.described = functools.partial(described.heads, g.lead)
        day = dates.get((g.lead.doc, g.lead.index))
        cand.day = day if day and len(day) == 3 and 0 not in day[1:] and day[0] != 9999 else None
        cand.event = functools.partial(_event, events, g.lead, told)
        cand.deed = functools.partial(_deed, corpus, g.lead, deeds)
        cand.worth = covered = gain(concepts, weights, set())
        corroboration = 1.0 + CORROBORATION_WEIGHT * math.log(len(g.sources))
        cand.importance = corroboration * (
            covered / math.sqrt(max(cand.length, MIN_SCORED_LENGTH))
            + IMPORTANCE_SUMY * cand.sumy
            + 1.0 / (POSITION_OFFSET + cand.position)
        )
        cands.append(cand)
    return cands, weights


def _unclear(short: ShortNames, lead: Sentence) -> bool:
    return bool(short.unnamed(lead))


def _event(
    events: EventIndex, lead: Sentence, told: dict[int, tuple[frozenset[str], frozenset[str]]]
) -> tuple[frozenset[str], frozenset[str]]:
    """Its event's act classes and its names (``restated.one_event``), worked out on the
    first call and kept in ``told`` (a ``functools.cache`` per candidate cost more to set
    up than most candidates, never asked, saved: 19,000 of them on 750 articles)."""
    if id(lead) not in told:
        told[id(lead)] = lead_event(events, lead)
    return told[id(lead)]


def _deed(corpus: Corpus, lead: Sentence, deeds: dict[int, Deed]) -> Deed:
    """Its deed (``one_deed``), read off the parse on the first call and kept in ``deeds``."""
    if id(lead) not in deeds:
        deeds[id(lead)] = deed_of(sentence_tokens(corpus, lead))
    return deeds[id(lead)]


def _core(corpus: Corpus, shortlist: list[Candidate], topic: frozenset[str]) -> set[int]:
    """The ids of the candidates of a broad-topic story one of whose sentences is its
    article's news about the story's core (``story_core``); none in other stories."""
    if not broad(corpus):
        return set()
    story = StoryCore(corpus, topic)
    return {id(c) for c in shortlist if any(story.core(s) for s in c.group.members)}


def _statement(c: Candidate, top: float) -> Statement:
    return Statement(c.text, c.group.sources, round(c.importance / top, 6) if top else 0.0)


def _soft_fill(
    chosen: list[Candidate],
    pool: list[Candidate],
    words: int,
    weights: dict[Concept, float],
    asked: Focus,
    remark: Callable[[Candidate, float], bool] = lambda c, best: False,
) -> list[Candidate]:
    """Add the most useful remaining sentence(s) until ``words`` is reached (soft cap):
    new concept weight, raised as in the ILP for a sentence giving the answer asked; none
    that is a ``remark`` beside the chosen statements' best worth (``side_remarks``)."""
    best = max((c.worth for c in chosen), default=0.0)
    pool = [c for c in pool if not remark(c, best)]
    used = sum(c.length for c in chosen)
    covered: set[Concept] = set().union(*(c.concepts for c in chosen)) if chosen else set()
    taken = {id(c) for c in chosen}
    told = {stem(w) for c in chosen for w in told_by(c)}
    while used < words:
        rest = [
            c
            for c in pool
            if id(c) not in taken and not repeats(c, chosen) and not dangles(c, told)
        ]
        if not rest:
            break
        best = max(
            rest,
            key=lambda c: (
                novel(c, weights, covered) + ANSWER_SHARE * asked.answers(c.text) * c.worth,
                c.importance,
            ),
        )
        taken.add(id(best))
        if best.vague():  # tells nothing particular: the next best instead
            continue
        chosen.append(best)
        covered |= best.concepts
        told.update(stem(w) for w in told_by(best))
        used += best.length
    return chosen


def _story_order(chosen: list[Candidate], order: ReadingOrder) -> list[Candidate]:
    """Read as a story: by the date of what each statement reports (``reading_order``),
    then importance, one introducing what another of its date calls short before it
    (``named_first``). The sentence that crossed the word target moves too (a reader reads the
    whole summary; rouge_eval.py, which cuts at the target, moved by -0.13..+0.11 R-2 per set)."""
    keys = {id(c): order.key(origin(c)) for c in chosen}
    ordered = sorted(chosen, key=lambda c: (keys[id(c)], -c.importance))
    return named_first(
        ordered, lambda c: keys[id(c)], lambda c: c.text, lambda c: _people(order.corpus, c)
    )


def _people(corpus: Corpus, c: Candidate) -> frozenset[str]:
    """The words of ``c``'s sentence the parse reads as part of a person's name."""
    span = sentence_tokens(corpus, c.group.lead)
    return frozenset(t.text for t in span if t.ent_type_ == "PERSON") if span else frozenset()


def _background_value(
    c: Candidate, weights: dict[Concept, float], covered: set[Concept], latest: int | None
) -> float:
    """Importance, discounted for what is already said, raised for context cues."""
    novelty = novel(c, weights, covered) / max(1.0, c.worth)
    return c.importance * (NOVELTY_FLOOR + novelty) * (1.0 + context_score(c.text, latest))


def _background(
    pool: list[Candidate],
    summary: list[Candidate],
    words: int,
    weights: dict[Concept, float],
    when: Callable[[Candidate], Key] = lambda c: (),
) -> list[Candidate]:
    years = [int(y) for c in pool for y in YEAR_RE.findall(c.text)]
    latest = max(years) if years else None
    covered: set[Concept] = set().union(*(c.concepts for c in summary)) if summary else set()
    chosen: list[Candidate] = []
    used = 0
    taken = {id(c) for c in summary}
    # A description ("the 3,000 units", "the decision") is told by the summary or a
    # statement chosen before it; the reading order below is checked again after.
    told = {stem(w) for c in summary for w in told_by(c)}
    # Lazy greedy: a value only falls as ``covered`` grows (importance >= 0), so a stale
    # value bounds the true one and only the heap's top is re-valued. The pick equals
    # max() over the rest (ties: source order), but a long source no longer costs
    # one pass over every candidate per sentence tried (issue 14: a 200,000-character
    # line spent most of compose here).
    heap = [
        (-_background_value(c, weights, covered, latest), n, c)
        for n, c in enumerate(c for c in pool if id(c) not in taken)
    ]
    heapq.heapify(heap)
    while used < words and heap:
        _, n, best = heapq.heappop(heap)
        fresh = (-_background_value(best, weights, covered, latest), n)
        if heap and fresh > heap[0][:2]:
            heapq.heappush(heap, (*fresh, best))
            continue
        if repeats(best, summary + chosen) or dangles(best, told):
            continue
        chosen.append(best)
        covered |= best.concepts
        told.update(stem(w) for w in told_by(best))
        used += best.length
    # Read as a story: by the date each statement shows (``when``), dated history
    # first, then in source order; the sentence that crossed the word target too (a
    # date out of order at the end reads as a mistake). Read so, a statement whose
    # description only a later one introduces is dropped (``told_in_order``).
    ordered = sorted(
        chosen, key=lambda c: (when(c), earliest_year(c.text), c.group.lead.doc, c.group.lead.index)
    )
    shown = {id(c) for c in summary}
    return [c for c in told_in_order([*summary, *ordered], strictly_said) if id(c) not in shown]


def synthesise(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    *,
    summary_words: int = 120,
    background_words: int = 250,
    focus: str | None = None,
) -> Synthesis:
    """Merge all articles into ranked statements and pick summary and background."""
    asked = read_focus(focus, [s.words for s in corpus.sentences()])
    topic = asked.stems
    (dates, date_mentions), events = dated_events(corpus), EventIndex(corpus)
    cands, weights = _candidates(corpus, per_article, asked, dates, events, focus)
    if not cands:
        return Synthesis()
    pool = without_done_plans([c for c in cands if c.eligible] or cands)
    # A plan a later article reports done reads as still ahead: the outcome tells it.
    stale = StalePlans(corpus)
    pool = [c for c in pool if not stale.stale(c.group.lead)]
    if topic:
        # Off-topic sentences never make a focused summary when on-topic ones exist.
        on_topic = [c for c in pool if {stem(w) for w in c.group.lead.words} & topic]
        pool = on_topic if len(on_topic) >= MIN_ON_TOPIC else pool
    top_imp = max(c.importance for c in pool) or 1.0
    lead_share = 0.0 if topic else LEAD_SHARE
    # The exact solver only sees the most promising sentences, which bounds its time.
    shortlist = sorted(pool, key=lambda c: -c.importance)[:ILP_CANDIDATES]
    core = _core(corpus, shortlist, topic_stems(focus))
    bonus = {
        id(c): TIE_BONUS * c.importance / top_imp
        + CORE_SHARE * (id(c) in core) * c.worth
        + ANSWER_SHARE * asked.answers(c.text) * c.worth
        + lead_share * c.worth / (1 + c.position)
        - UNCLEAR_SHARE * c.unclear * c.worth
        for c in shortlist
    }

    def pick(left_out: set[int]) -> list[Candidate]:
        """The solver's choice, the sentence that crosses the word target last."""
        cands = [c for c in shortlist if id(c) not in left_out]
        lengths, gains = [c.length for c in cands], [bonus[id(c)] for c in cands]
        problem = Selection([c.concepts for c in cands], lengths, weights, summary_words, gains)
        picked, last = solve(problem, overflow=OVERFLOW)
        return [
            cands[i] for i in [*(i for i in picked if i != last), *([last] * (last is not None))]
        ]

    side = SideRemarks(corpus, topic)
    best = [0.0]  # the worth of the last choice's best statement

    def choose(away: set[int]) -> tuple[list[Candidate], set[int]]:
        chosen, left_out = told_choice(lambda out: pick(out | away), said)
        best[0] = max((c.worth for c in chosen), default=0.0)
        return chosen, left_out

    def slack(c: Candidate) -> bool:
        return side.slack(c.group.lead.words, c.concepts, weights, c.worth, best[0])

    def remark(c: Candidate, top: float) -> bool:
        return side.side(c.group.lead.words, c.worth, top)

    # Chosen again without a statement calling a thing by a description no other chosen one
    # introduces ("the river", ``definites``), telling nothing particular or a side remark
    # filling the words left over (``side_remarks``); the fill skips them, and side remarks.
    chosen, left_out = specific_choice(choose, lambda c: c.vague() or slack(c))
    fill = [c for c in pool if id(c) not in left_out]
    order = ReadingOrder(corpus, dates, date_mentions, topic)
    chosen = _story_order(
        _soft_fill(drop_repeats(chosen), fill, summary_words, weights, asked, remark), order
    )
    refill = lambda kept, out: _story_order(  # noqa: E731
        _soft_fill(
            kept, [c for c in fill if id(c) not in out], summary_words, weights, asked, remark
        ),
        order,
    )
    chosen = told_in_order(chosen, strictly_said, refill)
    background = _background(
        pool, chosen, background_words, weights, lambda c: story_date(origin(c), corpus, dates)
    )

    top = max(c.importance for c in cands) or 1.0
    summary_ids = {id(c) for c in chosen}
    back_ids = {id(c) for c in background}
    rest = sorted(
        (c for c in cands if id(c) not in summary_ids and id(c) not in back_ids),
        key=lambda c: (-c.eligible, -c.importance),
    )
    ranked = chosen + sorted(background, key=lambda c: -c.importance) + rest
    # Shown statements cite the sources that tell them and know those reporting their
    # fact (the † decision, ``marks``).
    shown_list = [*chosen, *background]
    marks = marked(
        corpus, events, dates, [(c.text, c.group, _statement(c, top).score) for c in shown_list]
    )
    shown = {id(c): st for c, st in zip(shown_list, marks, strict=True)}
    return Synthesis(
        executive_summary=[shown[id(c)] for c in chosen],
        background=[shown[id(c)] for c in background],
        statements=[shown.get(id(c)) or _statement(c, top) for c in ranked],
        origins=[origin(c) for c in [*chosen, *background]],
        dates=dates,
    )
