"""The citations and the single-source decision of the statements a brief shows.

Shown statements also cite sources that report the same thing in other words
(``citing``), and know every source that reports their fact at all: the † decision
(``corroboration``'s anchored test, the same way round, ``polarity``; no other date's
event, ``chronicled.other_dates``; not the act of another country or state,
``elsewhere``; not the act of another named party, nor another act of the doer of what
may or would happen, ``other_parties``; more in common than words of its side clauses,
``side_clauses``; naming what it says something is, ``copular``; not another leg of the
same trip, but its departure in other words, ``legs``; more in common than the same
people and what the statement is about, and no other person's name or title,
``who_words``; in its own words, ``same_fact``; a key-dates line, ``chronicled``; a
rounded count, ``rough_counts``; another shown statement telling it,
``Citations.told_together``; and, only to withhold the †, whether another source
probably tells it, ``probable_reports``, and whether the evidence that none does is
strong, ``lone_particulars``), and those that tell it in much the same words
("reported by N sources"), a named speaker's words only from sources naming him
(``Citations.same_speaker``). A grouped sentence giving a figure its group's lead
does not give tells another fact, and counts for nothing (``telling_lead``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence

from briefing.compose.chronicled import Chronicle, other_dates
from briefing.compose.citing import Citations
from briefing.compose.copular import Copular
from briefing.compose.corroboration import (
    ANCHOR_MIN_SOURCES,
    REPORT_SHOWN_COVER,
    REPORT_SHOWN_MIN_SHARED,
    new_sources,
    story_reports,
)
from briefing.compose.elsewhere import Elsewhere
from briefing.compose.events import EventIndex
from briefing.compose.fact_words import fact_stems
from briefing.compose.frames import Frames
from briefing.compose.legs import other_leg, same_leg, start_places
from briefing.compose.lone_particulars import LoneParticulars
from briefing.compose.near_duplicates import Group, story_support
from briefing.compose.other_parties import OtherParties
from briefing.compose.paraphrase import Paraphrases
from briefing.compose.polarity import same_way
from briefing.compose.probable_reports import ProbableReports
from briefing.compose.same_fact import SameFact
from briefing.compose.side_clauses import SideClauses
from briefing.compose.who_words import WhoWords
from briefing.lang.dates import YEAR_WORD_RE
from briefing.model import Corpus, Sentence, Statement


def _figures(sentence: Sentence) -> frozenset[str]:
    """The counts and amounts a sentence gives, as ``fact_stems`` writes them (no year)."""
    return frozenset(
        w
        for w in fact_stems(sentence.words)
        if any(ch.isdigit() for ch in w) and not YEAR_WORD_RE.fullmatch(w)
    )


def telling_lead(group: Group) -> Group:
    """The group's sentences that tell its lead's fact: a member giving a figure the lead
    does not give tells another one, though grouped with it for sharing most of its
    words with a longer lead ("there are about 190 settlements in the territory" in the
    group of "the government eased the rules for building settlements in the
    territory"), and neither its source nor those reporting its fact report the
    lead's."""
    mine = _figures(group.lead)
    kept = [m for m in group.members[1:] if _figures(m) <= mine]
    return group if len(kept) + 1 == len(group.members) else Group([group.lead, *kept])


def marked(
    corpus: Corpus,
    events: EventIndex,
    dates: dict[tuple[int, int], tuple[int, ...]],
    shown: Sequence[tuple[str, Group, float]],
) -> list[Statement]:
    """Each shown statement (its text, its group of sentences and its score) with the
    sources it cites, those reporting its fact and those echoing its words."""
    reports = copy.copy(story_reports(corpus))  # its readers are this section's
    who_words = WhoWords(corpus)
    reports.who = who_words.of
    reports.topic = who_words.topic
    reports.roles = who_words.same_roles
    citations = Citations(
        story_support(corpus), reports, events, Frames(events, dates, reports.source_share)
    )
    same_fact = SameFact(reports, events)
    chronicle = Chronicle(corpus, dates)
    elsewhere = Elsewhere(corpus)
    parties = OtherParties(corpus)
    sides = SideClauses(corpus, reports.source_share, reports.sources >= ANCHOR_MIN_SOURCES)
    copular = Copular(corpus)
    paraphrases = Paraphrases(corpus, reports.source_share)

    def reported(m: Sentence, known: set[int]) -> set[int]:
        """The sources reporting the fact of one sentence of a statement's group, with
        ``known``, those found for its other sentences (not asked again)."""

        def accept(x: Sentence) -> bool:
            return (
                same_way(m.text, x.text)
                and not other_dates(dates, m, x)
                and not elsewhere.other_doer(m, x)
                and not parties.other_party(m, x)
                and not parties.other_act(m, x)
                and not sides.only_aside(m, x)
                and not copular.left_out(m, x)
                and not other_leg(m.text, x.text)
            )

        found = reports.reporting_sources(m, anchored=True, accept=accept, known=known)
        told = paraphrases.sources(m, reports.holding, accept)
        return {*found, *same_fact.sources(m), *chronicle.sources(m), *departing(m), *told}

    def departing(m: Sentence) -> set[int]:
        """The other sources telling the departure ``m`` tells (``legs.same_leg``)."""
        return new_sources(
            m,
            reports.holding(fact_stems(sorted(start_places(m.text)))),
            lambda x, _: (
                same_leg(m.text, x.text)
                and same_way(m.text, x.text)
                and not other_dates(dates, m, x)
            ),
        )

    def echoed(m: Sentence, known: set[int]) -> list[int]:
        """The sources telling one sentence's fact in nearly its words (``known``, those
        found for the group's other sentences)."""
        return reports.reporting_sources(
            m,
            REPORT_SHOWN_COVER,
            REPORT_SHOWN_MIN_SHARED,
            accept=lambda x: citations.same_speaker(m, x),
            known=known,
        )

    def over_group(group: Group, ask: Callable[[Sentence, set[int]], Iterable[int]]) -> set[int]:
        """The union of ``ask``'s answers over the group's sentences, each asked with the
        sources found so far: the union is the same, and many copies of one sentence
        (a syndicated feed) cost about linearly, not copy against copy."""
        found: set[int] = set()
        for m in group.members:
            found |= set(ask(m, found))
        return found

    shown = [(text, telling_lead(group), score) for text, group, score in shown]
    statements = [
        Statement(
            text,
            citations.cited(group),
            score,
            sorted(over_group(group, reported) | set(group.sources) | citations.rounding(group)),
            sorted(over_group(group, echoed) | set(group.sources)),
        )
        for text, group, score in shown
    ]
    # Two shown statements telling one fact report each other's (``told_together``).
    together = citations.told_together([group for _, group, _ in shown])
    for st, others in zip(statements, together, strict=True):
        st.reported_by = sorted(set(st.reported_by) | others)
    # A † only when no other source probably tells the fact either (``probable_reports``),
    # another date's event aside, and a name, figure or many nouns of it no other source
    # gives are evidence that none does (``lone_particulars``).
    probable = ProbableReports(corpus, reports)
    lone = LoneParticulars(probable)
    for st, (_, group, _) in zip(statements, shown, strict=True):
        if st.single_source:
            lead = group.lead
            own = {*st.sources, *st.reported_by}
            st.probably_reported_by = probable.sources(
                lead, own, lambda x, m=lead: not other_dates(dates, m, x)
            ) or lone.sources(lead, own)
    return statements
