"""The sources a statement cites, each with a sentence that says what it says.

A source is cited when one of its sentences supports the statement
(``near_duplicates``), tells it in nearly its words (``corroboration``'s shown cover),
or reports its fact and tells its event (``events``), or holds its event's frame: the
same kind of event on the same day or in the same year, about the same thing
or a precise count of the same thing (``frames``; session 22: on the 20 TUNING+CHECK
briefs it took four † off, each judged wrong by a strict reader, D0601A, D0605E,
D0609I, D0647B, and added three citations to statements citing two sources already,
all right by reading). Each such sentence must also
agree with the statement. It must say it the same way round: "has never agreed to cap
the growth of the harbour" is not told by "agreed to fund the growth of
settlements", whatever words they share; a sentence with a negation ("not", "never",
"no", "didn't") does not cite one without, nor the other way round. And it must hold
something particular of the statement, not only the story's everyday words: a name, a
figure or a word found in fewer than ``ANCHOR_SHARE`` of the sources (the † decision's
anchor), the event's verb aside. When the statement puts its fact in a named person's
mouth ("Welk said in November that ..."), the citing sentence names that person too:
unnamed officials telling the same finding do not say that Hall said it (session 21: a
strict reader judged the one such citation on the 11 TUNING briefs wrong, D0617H; on the
20 TUNING+CHECK briefs it changes nothing else).

A source rounding the statement's count, or giving the exact count it rounds ("more than
80 inmates freed" / "84 inmates freed", ``rough_counts``), reports its fact but is not
cited (``rounding``): its figure is not the statement's.
"""

from __future__ import annotations

import functools

from briefing.compose.corroboration import (
    ANCHOR_MIN_SOURCES,
    ANCHOR_SHARE,
    REPORT_SHOWN_COVER,
    REPORT_SHOWN_MIN_SHARED,
    Corroboration,
)
from briefing.compose.events import EventIndex
from briefing.compose.fact_core import core
from briefing.compose.fact_words import fact_stems
from briefing.compose.frames import Frames
from briefing.compose.near_duplicates import Group, SupportIndex, content_stems, stem
from briefing.compose.rough_counts import Count, article_counts, counts, one_count
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.dates import YEAR_WORD_RE
from briefing.lang.months import WEEKDAYS
from briefing.lang.speech import SAYING_VERBS
from briefing.lang.words import negated, words
from briefing.model import Sentence

# Sentences before a citing one that may name its speaker: a quote's second sentence
# ("... Varela stated, "..." / "... and we approved it."", the sample brief).
# Chosen by hand in d3002b4; not benchmarked.
SPEAKER_BEFORE = 2

# Two shown statements of articles of the same day tell one fact when they share this many
# particular words (in fewer than ``ANCHOR_SHARE`` of the sources; no year, no figure),
# ``TOGETHER_CORE`` of them in what each says, its speaker aside. On the 20 TUNING+CHECK
# briefs: one pair, D0603C (a rule to be issued, told by two wire versions of one day),
# and one on the check set, D0627I; with the speaker's words, two reports of one
# watchdog's on two protests matched (D0607G).
TOGETHER_SHARED = 3
TOGETHER_CORE = 2


# Who said it, and when, is no anchor of the fact.
@functools.cache
def _no_anchor() -> frozenset[str]:
    """Their stems, worked out on first use (``near_duplicates._stemmer``)."""
    return content_stems([*SAYING_VERBS, *WEEKDAYS, "official", "officials"])


class Citations:
    """The citation tests of one corpus: its support, report and event indexes."""

    def __init__(
        self,
        support: SupportIndex,
        reports: Corroboration,
        events: EventIndex,
        frames: Frames | None = None,
    ) -> None:
        self.support = support
        self.reports = reports
        self.events = events
        self.frames = frames
        self._anchors: dict[tuple[int, int], frozenset[str]] = {}
        self._speakers: dict[tuple[int, int], frozenset[str]] = {}
        # Every sentence giving a count, with its counts (``rounding``), made when first
        # asked: most sentences give none, and each shown statement with a count read all.
        self._counted: list[tuple[Sentence, list[Count]]] | None = None

    def speakers(self, sentence: Sentence) -> frozenset[str]:
        """Who the statement says told its fact: the people its attribution names
        ("..., Welk said in November that ..."), a stemmed last name each; empty when it
        names nobody there (an outlet or a country is no speaker: "the Times said" only
        relays), or has no parse."""
        key = (sentence.doc, sentence.index)
        if key not in self._speakers:
            fact = core(sentence.text)
            said = sentence.text.replace(fact, " ") if fact in sentence.text else ""
            told = {stem(w) for w in words(fact)}
            attribution = {stem(w) for w in words(said)} - told
            self._speakers[key] = self._people(sentence) & attribution
        return self._speakers[key]

    def same_speaker(self, sentence: Sentence, other: Sentence) -> bool:
        """Whether ``other`` names one of the people ``sentence`` says told its fact (or
        ``sentence`` names none): "officials said" is not "Hall said". A quote runs on
        from the sentence naming its speaker: when ``other`` says nothing of who told it,
        the ``SPEAKER_BEFORE`` sentences before it count too."""
        speakers = self.speakers(sentence)
        if not speakers or speakers & {stem(w) for w in other.words}:
            return True
        if core(other.text) != other.text:
            return False  # it names its own speaker, someone else
        before = self.events.corpus.docs[other.doc].sentences
        near = before[max(0, other.index - SPEAKER_BEFORE) : other.index]
        return any(speakers & {stem(w) for w in x.words} for x in near)

    def _people(self, sentence: Sentence) -> frozenset[str]:
        """The last word of each person named in the sentence, stemmed ("hall")."""
        span = sentence_tokens(self.events.corpus, sentence)
        if span is None:
            return frozenset()
        return frozenset(
            stem(ent[-1].lower_)
            for ent in span.doc.ents_within(span.start, span.end)
            if ent.label_ == "PERSON"
        )

    def anchors(self, sentence: Sentence) -> frozenset[str]:
        """The statement's particular stems: those in fewer than ``ANCHOR_SHARE`` of the
        sources (every stem below ``ANCHOR_MIN_SOURCES`` sources: no story vocabulary)."""
        key = (sentence.doc, sentence.index)
        if key not in self._anchors:
            found = fact_stems(words(core(sentence.text))) or fact_stems(sentence.words)
            no_anchor = _no_anchor()
            found = frozenset(
                w for w in found if w not in no_anchor and not YEAR_WORD_RE.fullmatch(w)
            )
            if self.reports.sources >= ANCHOR_MIN_SOURCES:
                found = frozenset(w for w in found if self.reports.source_share(w) < ANCHOR_SHARE)
            self._anchors[key] = found
        return self._anchors[key]

    def agrees(self, sentence: Sentence, other: Sentence, aside: frozenset[str]) -> bool:
        """Whether ``other`` may be cited for ``sentence``: the same polarity, and one of
        the statement's anchors besides those in ``aside`` (its event's verbs). A
        statement of the story's everyday words only needs none from a sentence telling
        it in nearly its words (``aside`` empty), and cannot be told in other words."""
        if negated(words(core(sentence.text))) != negated(other.words):
            return False
        if not self.same_speaker(sentence, other):
            return False
        anchors = self.anchors(sentence) - aside
        if not anchors:
            return not aside
        return bool(anchors & fact_stems(other.words))

    def _framed(self, lead: Sentence, cited: set[int]) -> None:
        """Add to ``cited`` the sources with a sentence holding the statement's event
        frame (``frames``) that says it the same way round and, when the statement names
        who told it, names that person."""
        if self.frames is None:
            return
        polarity = negated(words(core(lead.text)))
        for other in self.frames.telling(lead):
            if other.source_id in cited or negated(other.words) != polarity:
                continue
            if self.same_speaker(lead, other):
                cited.add(other.source_id)

    def cited(self, group: Group) -> list[int]:
        """The sources a statement cites: those with a sentence that supports it, and those
        telling it in nearly its words ("reported by", ``REPORT_SHOWN_COVER`` of its
        weighted words) with every figure it gives. On the 20 TUNING+CHECK briefs the
        second adds 5 citations to 2 statements, each checked by reading (the same toll
        told with another verb, a count in words); a source giving another figure or none
        is not cited, only counted as reporting the fact. Third, a source reporting the
        fact (``REPORT_COVER``) with a sentence that tells the statement's event (its verbs
        with their participants and figures, ``events.tells_event``) in other words. Every
        citing sentence agrees with the statement (``agrees``)."""
        lead = group.lead
        own = frozenset[str]()
        cited = set(
            self.support.sources_supporting(
                lead.words, lead.source_id, lambda x: self.agrees(lead, x, own)
            )
        )
        cited.update(
            self.reports.reporting_sources(
                lead,
                REPORT_SHOWN_COVER,
                REPORT_SHOWN_MIN_SHARED,
                every_figure=True,
                contained=True,
                accept=lambda x: self.agrees(lead, x, own),
            )
        )
        self._framed(lead, cited)
        statement = self.events.of(lead)
        if statement is None or not statement.acts:
            return sorted(cited)
        verbs = frozenset(act.verb for act in statement.acts)
        for source in self.reports.reporting_sources(lead):
            if source not in cited and any(
                self.events.tells(statement, x) and self.agrees(lead, x, verbs)
                for x in self.events.corpus.docs[source - 1].sentences
            ):
                cited.add(source)
        return sorted(cited)

    def rounding(self, group: Group) -> set[int]:
        """The sources telling the statement's count rounded where it is exact, or exact
        where it is rounded ("more than 80 inmates" / "84 inmates", ``rough_counts``),
        the same way round: they report its fact (no †) but are not cited, their figure
        not being the statement's."""
        lead = group.lead
        mine = counts(lead.text)
        if not mine:
            return set()
        polarity = negated(words(core(lead.text)))
        found = set()
        for other, theirs in self._count_index():
            if other.source_id == lead.source_id or other.source_id in found:
                continue
            if one_count(mine, theirs) and negated(other.words) == polarity:
                found.add(other.source_id)
        return found

    def _count_index(self) -> list[tuple[Sentence, list[Count]]]:
        """Each sentence of the corpus that gives a count, with its counts, in corpus order."""
        if self._counted is None:
            self._counted = [
                (s, found)
                for adoc in self.events.corpus.docs
                if (by_index := article_counts(adoc))
                # By the article's sentences, not the memo's keys: a tampered cache entry
                # may name an index past the last sentence.
                for s in adoc.sentences
                if (found := by_index.get(s.index))
            ]
        return self._counted

    def told_together(self, groups: list[Group]) -> list[set[int]]:
        """For each shown statement, the sources of the other shown statements telling
        its fact: a sentence of one group and one of the other (any of each, not only
        the first: a paraphrase may match a later sentence of a group), of articles of
        the same day, the same way round, sharing ``TOGETHER_SHARED`` particular words,
        ``TOGETHER_CORE`` of them in what both say (not who said it). Each reports the
        other's fact (no †), and neither is cited for the other: the words it tells it
        in are its own."""
        found: list[set[int]] = [set() for _ in groups]
        for i, a_group in enumerate(groups):
            for j in range(i + 1, len(groups)):
                for a in a_group.members:
                    for b in groups[j].members:
                        if self._together(a, b):
                            found[i].add(b.source_id)
                            found[j].add(a.source_id)
        return found

    def _together(self, a: Sentence, b: Sentence) -> bool:
        """Whether two sentences of two shown statements tell one fact (``told_together``)."""
        docs = self.events.corpus.docs
        day = docs[a.doc].document.date
        if a.source_id == b.source_id or day is None or docs[b.doc].document.date != day:
            return False
        if negated(words(core(a.text))) != negated(words(core(b.text))):
            return False
        shared = self._particular(a.words) & self._particular(b.words)
        said = self._particular(words(core(a.text))) & self._particular(words(core(b.text)))
        return len(shared) >= TOGETHER_SHARED and len(shared & said) >= TOGETHER_CORE

    def _particular(self, said: list[str]) -> frozenset[str]:
        """Stems in fewer than ``ANCHOR_SHARE`` of the sources, no figure or year."""
        return frozenset(
            w
            for w in fact_stems(said)
            if not any(ch.isdigit() for ch in w) and self.reports.source_share(w) < ANCHOR_SHARE
        )
