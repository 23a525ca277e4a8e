"""Relevance: whether a question is about the story, not a side matter of one article.

Two tests, both needed. The question must name the story (a focus word, a key actor,
a noun many articles use: ``story_terms``). And the sentence it comes from must carry
the story's vocabulary, as a timeline event must (``about_the_story``), or the question
must name one of the story's key people or bodies: the places the story is set in
("China", "America") say nothing on their own ("urged China to seek calmer ways to
mend ties" in a story on unrest in China; "whether America's taste for lotteries
had turned into a costly habit" in one on reservations).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from briefing.compose.fact_words import stems
from briefing.compose.questions.answers import content_words
from briefing.compose.questions.context import (
    QuestionCandidate,
    name_pattern,
    norm_word,
    sentence_df,
)
from briefing.compose.story_vocabulary import story_weights
from briefing.lang.words import words
from briefing.model import Actor, Corpus

# Without a parse, a word is one of the story's terms when at least this share of its
# articles use it.
# Set by hand on the dev stories' questions (review of D0647B, D0649D); not benchmarked.
STORY_TERM_SHARE = 0.2
# With a parse, a noun is one of the story's terms when at least this share of its
# articles use it as a noun ("crash", "settlements"; not "make", "still", "process").
# Set by judging the dev stories' questions (s10 review, both halves); not benchmarked.
STORY_NOUN_SHARE = 0.4
# The question's sentence is about the story when the stems it shares with the story's
# vocabulary (stems in STORY_DF of the articles, each weighing its share of them; the
# names of places left out) sum to MIN_RELEVANCE. The
# timeline's rule and numbers (story_eval); checked on the dev stories' questions (s12
# review, both halves: it drops two side matters and no good question).
STORY_DF = 0.2
MIN_RELEVANCE = 1.0
MIN_STORY_DOCS = 5
# Key actors that are only where the story happens, not a party a question can be about,
# and the labels of the places a story is set in.
SETTING_TYPES = frozenset({"country"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass
class StoryCounts:
    """What the questions read of the whole story before any question is found: worked
    out beside the executive summary (``compose._beside_synthesis``), while the build
    process writes it (~0.35 of the ~5.3 CPU s that process composed on a second run of
    benchmarks/scale.py's 875 + 5 articles, while the other waited for it)."""

    df: Counter[str]  # ``context.sentence_df``
    nouns: Counter[str] | None  # ``story_nouns``
    weights: dict[str, float]  # ``StoryRelevance.weights``
    setting: set[str]  # ``StoryRelevance.setting``


def story_counts(corpus: Corpus) -> StoryCounts:
    weights = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
    setting = setting_stems(corpus) if weights else set()
    return StoryCounts(sentence_df(corpus), story_nouns(corpus), weights, setting)


def story_nouns(corpus: Corpus) -> Counter[str] | None:
    """In how many articles the parse tags each word (``norm_word``) a noun; None without
    the parse."""
    parsed = [d.parse for d in corpus.docs if d.parse is not None]
    if not parsed:
        return None
    nouns: Counter[str] = Counter()
    for doc in parsed:
        nouns.update({norm_word(w) for w in doc.texts_tagged(("NOUN", "PROPN"))})
    return nouns


def story_terms(
    corpus: Corpus,
    focus: str | None,
    key_actors: list[Actor] | None = None,
    counts: StoryCounts | None = None,
) -> set[str]:
    """What a question must name to be about the story: a word of the focus, of a key
    actor's name, or a noun many of the articles use. Without the parse (no nouns, no
    actors), any word a good share of the articles use. ``counts``: the story's, when
    worked out already."""
    terms = content_words(focus or "")
    for actor in key_actors or []:
        for form in (actor.name, *actor.aliases):
            terms |= content_words(form)
    nouns = story_nouns(corpus) if counts is None else counts.nouns
    if nouns is not None:
        need = max(1, math.ceil(STORY_NOUN_SHARE * len(corpus.docs)))
        return terms | {w for w, n in nouns.items() if n >= need}
    per_doc = [set().union(*(content_words(s.text) for s in d.sentences)) for d in corpus.docs]
    counts: Counter[str] = Counter(w for words_ in per_doc for w in words_)
    need = max(1, math.ceil(STORY_TERM_SHARE * len(per_doc)))
    return terms | {w for w, n in counts.items() if n >= need}


def setting_stems(corpus: Corpus) -> set[str]:
    """The stems of the places the story happens in: names the tagger labels a place
    more often than anything else ("China", "Beijing"; not "Skylark", a plane once
    taken for a place)."""
    place: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for adoc in corpus.docs:
        for m in adoc.mentions:
            (place if m.label in PLACE_LABELS else other).update(stems(words(m.text)))
    return {w for w, n in place.items() if n > other[w]}


class StoryRelevance:
    """The story's vocabulary and its key parties, to tell its questions from side matters."""

    def __init__(
        self,
        corpus: Corpus,
        key_actors: list[Actor] | None = None,
        counts: StoryCounts | None = None,
    ) -> None:
        if counts is None:
            self.weights = story_weights(corpus, STORY_DF, MIN_STORY_DOCS)
            self.setting = setting_stems(corpus) if self.weights else set()
        else:
            self.weights, self.setting = counts.weights, counts.setting
        self.parties = sorted(
            {
                form
                for a in key_actors or []
                if a.type not in SETTING_TYPES and not stems(words(a.name)) <= self.setting
                for form in (a.name, *a.aliases, a.name.split()[-1])
                if len(form) > 1
            }
        )

    def about_the_story(self, cand: QuestionCandidate) -> bool:
        """Whether the question's sentence carries the story's vocabulary (besides the
        countries it is set in), or the question names a key person or body."""
        if not self.weights:
            return True  # too few articles to tell the story's vocabulary
        shared = stems(cand.sentence.words) - self.setting
        if math.fsum(self.weights.get(w, 0.0) for w in shared) >= MIN_RELEVANCE:
            return True
        found = set(re.findall(r"[\w&.-]+", cand.question))
        return any(
            form.split()[0] in found and name_pattern(form).search(cand.question)
            for form in self.parties
        )
