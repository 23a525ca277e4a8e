"""What a focus question asks about, in the story's own words, and what answers it.

A stakeholder's question is short and plainly worded ("What caused the crash?"); the
articles name the same things in other words. The question's content stems are
expanded by pseudo-relevance feedback: the stems most shared by the sentences that
match the question best (Rocchio / RM3-style, without any outside resource). A
question that asks for causes, effects or amounts also names the kind of sentence that
answers it, so selection can prefer an answer over a sentence that only shares words.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.compose.near_duplicates import stem
from briefing.lang.answers import ANSWER_CUES, ASKS, QUERY_WORDS
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.words import words

# Sentences that match the question best, read for feedback, and how many of them must
# share a stem for it to join the question. Set once, not tuned; checked with
# benchmarks/rouge_eval.py on DUC 2006 dev at 250 words (with the rest of this change:
# topic focus R-2 10.42 -> 10.56, first-line focus 10.57 -> 10.65, both halves up).
FEEDBACK_SENTENCES = 12
FEEDBACK_MIN_SHARE = 0.25
FEEDBACK_TERMS = 10


# What no feedback term is: a calendar word ("Wednesday", "year": when the best matches
# were reported, not what they tell), a question word ("include", "discuss": how to ask),
# or a stem of fewer than MIN_TERM_LETTERS letters ("u." of "U.S.", a token's leftover).
# rouge_eval.py R-2, DUC 2006 dev, 250 words: topic focus 10.77 -> 10.80 (tuning 11.08
# -> 11.13, check 10.40 -> 10.40), first-line focus 10.55 -> 10.55 (no summary changed).
@functools.cache
def _not_feedback() -> frozenset[str]:
    """Those stems, worked out on first use (``near_duplicates._stemmer``)."""
    return frozenset(stem(w) for w in CALENDAR_WORDS | QUERY_WORDS)


# The rule was measured as a whole (above); its 3 letters chosen by hand in 0796e7f.
MIN_TERM_LETTERS = 3


@dataclass(frozen=True)
class Focus:
    """The question's own stems, the feedback stems, and the kinds of answer it asks for."""

    stems: frozenset[str] = frozenset()
    expansion: frozenset[str] = frozenset()
    asks: frozenset[str] = frozenset()
    said: frozenset[str] = frozenset()  # its words as written, lower case

    def answers(self, text: str) -> bool:
        """True when ``text`` gives the kind of answer the question asks for."""
        return any(ANSWER_CUES[kind].search(text) for kind in self.asks)


def _feedback_term(s: str) -> bool:
    """Whether stem ``s`` may join a question as feedback (see ``_not_feedback``)."""
    return s not in _not_feedback() and sum(ch.isalpha() for ch in s) >= MIN_TERM_LETTERS


def _content(ws: Sequence[str]) -> set[str]:
    return {stem(w) for w in ws if w not in STOP_WORDS and len(w) > 2 and not w.isdigit()}


def topic_stems(focus: str | None) -> frozenset[str]:
    """Stemmed content words of a focus question, without question boilerplate."""
    if not focus:
        return frozenset()
    return frozenset(_content([w for w in words(focus) if w not in QUERY_WORDS]))


def read_focus(focus: str | None, sentences: Sequence[Sequence[str]]) -> Focus:
    """The focus question expanded with the vocabulary of ``sentences`` (word lists)."""
    stems = topic_stems(focus)
    if not stems:
        return Focus()
    said = frozenset(words(focus or ""))
    asks = frozenset(ASKS[w] for w in said if w in ASKS)
    bags = [_content(ws) for ws in sentences]
    scored = sorted(
        ((len(bag & stems), -i) for i, bag in enumerate(bags) if bag & stems), reverse=True
    )
    best = [bags[-i] for _, i in scored[:FEEDBACK_SENTENCES]]
    if len(best) < 3:
        return Focus(stems, frozenset(), asks, said)
    counts = Counter(s for bag in best for s in bag - stems)
    need = max(2, round(FEEDBACK_MIN_SHARE * len(best)))
    common = sorted((-n, s) for s, n in counts.items() if n >= need and _feedback_term(s))
    return Focus(stems, frozenset(s for _, s in common[:FEEDBACK_TERMS]), asks, said)
