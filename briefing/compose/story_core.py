"""The story's core: what many articles' leads are about, read from the parse.

A broad-topic story (many articles over years on one theme) is told by every outlet
from its own angle, and the words they share are mostly the theme's everyday ones, so
word counts cannot tell the theme from a side remark deep in one article (a trade
figure in a health story, a trivial meeting). What the leads share is sharper: what
their main clauses act on. "Parliament passed an anti-smoking bill", "the cabinet
approved a bill banning smoking", "a bill was signed" are three articles' leads whose
main verb has a bill for its object: the bill is a core participant of the story.

- A participant of a sentence is the head of its main clause's object, passive subject
  or attribute (its main verb, through a saying verb to what was said, and the verbs
  joined to it; "traces of Veltrax" is Veltrax, ``PARTITIVE``), never a word of the focus
  (the core is what the leads tell of it) nor a teller's or counter's noun (``GENERIC``).
  Doers are left out: a story's leads share their doers (officials, workers, a party)
  whatever they did, and a doer-led core picked side remarks in the session 33 trial.
- A participant is core when the leads (first ``LEAD_SENTENCES`` sentences) of
  ``LEADS_SHARE`` of the articles, and at least ``MIN_LEADS``, have it.
- A sentence is core when it is its article's news (among the first ``NEWS_SENTENCES``,
  not ``retold``) and its main clause has a core participant.

``StoryCore(corpus, focus)`` reads the leads once; ``core(sentence)`` answers for one
sentence. A text without a parse (no entity pass) has no core: every answer is False,
so nothing downstream moves (nor rouge_eval.py's summaries, built without the parse).
``broad(corpus)`` says whether the articles spread over a long span, the stories the
core is meant for.
"""

from __future__ import annotations

import functools
from collections import Counter

from briefing.compose.events import NO_EVENT, main_verb, word_class
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.speech import SAYING_LEMMAS
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import Corpus, Sentence
from briefing.parsed import Span, Token

# The lead of an article: its first sentences (the headline when the text opens with
# it, the first paragraph's sentence). Two: the DUC 2006 dev leads (session 33) tell
# their news in the first or second sentence; the third is already detail.
LEAD_SENTENCES = 2
# A participant is core when the leads of at least this share of the articles have it,
# and never fewer than ``MIN_LEADS`` articles. Set on the 16 broad DUC 2006 dev stories
# (session 33, summaries judged by REVIEW.md): at 0.16 (4 of 25 leads) only "bill" (4
# leads) of anti-smoking laws moves a summary, +2 good bullets, -1 bad; at 0.12 (3 leads)
# "compound" of precursor chemicals also moved one, and a bullet with an unintroduced
# "the soil samples" came in; participants of 2 leads were never the theme.
LEADS_SHARE = 0.16
MIN_LEADS = 3
# A sentence is its article's news when it is among the article's first sentences.
# Chosen by hand in bc39057; not benchmarked.
NEWS_SENTENCES = 4
# A story is broad when its articles' publication dates span at least this many days
# (the DUC 2006 dev single-event stories span under a year; the themes two to four).
BROAD_DAYS = 500
# Measure words: their participant is what they measure (``_named``).
PARTITIVE = frozenset(
    {
        "trace", "number", "amount", "lot", "series", "percent", "dozen", "hundred",
        "thousand", "million", "billion", "part", "share", "majority", "total", "kind",
        "type", "piece", "handful", "couple", "rest",
    }
)  # fmt: skip
# The shortest stem ``_asked`` matches by its start.
# Chosen by hand in bc39057; not benchmarked.
MIN_STEM = 4
# Dependencies that carry what a main clause acts on.
_ARGUMENTS = frozenset({"nsubjpass", "dobj", "attr", "oprd"})
# Nouns that name who tells or counts, not what the story is about: many leads have an
# official, an expert or a report for their subject whatever the theme.
GENERIC = frozenset(
    {
        "official", "expert", "scientist", "researcher", "leader", "report", "study",
        "survey", "figure", "number", "state", "city", "country", "government",
        "administration", "group", "people", "year", "decade", "day", "week", "month",
    }
)  # fmt: skip


@functools.cache
def _stop() -> frozenset[str]:
    """Their word classes, worked out on first use (``near_duplicates._stemmer``)."""
    return frozenset(word_class(w) for w in (*STOP_WORDS, *GENERIC))


def broad(corpus: Corpus) -> bool:
    """Whether the articles' publication dates span ``BROAD_DAYS`` or more."""
    days = [d.document.date for d in corpus.docs if d.document.date is not None]
    return len(days) > 1 and (max(days) - min(days)).days >= BROAD_DAYS


def participants(span: Span) -> frozenset[str]:
    """The word classes (``events.word_class``: "bills" / "bill") of what the main
    clause acts on; none without an event verb ("X is Y", "X said so")."""
    verb = main_verb(span)
    if verb is None:
        return frozenset()
    heads = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB")]
    found: set[str] = set()
    for head in heads:
        if head.lemma_.lower() in NO_EVENT:
            continue
        for child in head.children:
            found.update(_argument_words(child))
    return frozenset(found - _stop())


def _argument_words(child: Token) -> list[str]:
    """The class of a verb's object, passive subject or attribute (a noun), else none."""
    if child.dep_ in _ARGUMENTS and child.pos_ in ("NOUN", "PROPN"):
        return [word_class(_named(child).lemma_)]
    return []


def _asked(word: str, focus: frozenset[str]) -> bool:
    """Whether a participant's class is a focus stem, one the other's start ("viru" of
    the lemma "virus", "virus" of the focus's "viruses"; never under four letters)."""
    return (
        any(
            min(len(word), len(f)) >= MIN_STEM and (word.startswith(f) or f.startswith(word))
            for f in focus
        )
        or word in focus
    )


def retold(span: Span) -> bool:
    """Whether the sentence reports in the past perfect what was said ("inspectors had
    found the wells held ..."): what was told before, not the article's news."""
    root = span.root
    return root.lemma_.lower() in SAYING_LEMMAS and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in root.children
    )


def _named(head: Token) -> Token:
    """What a measure word measures ("traces of Veltrax": Veltrax; "thousands of workers"),
    else the word itself."""
    if head.lemma_.lower() not in PARTITIVE:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return head


class StoryCore:
    """The participants many articles' leads share, and which sentences tell them."""

    def __init__(self, corpus: Corpus, focus: frozenset[str] = frozenset()) -> None:
        """``focus``: the stems of the focus's words (``focus.topic_stems``), which are no
        core participant of their own: the core is what the leads tell of them."""
        self.corpus = corpus
        counts: Counter[str] = Counter()
        for n in range(len(corpus.docs)):
            counts.update(self._lead(n))
        cut = max(MIN_LEADS, LEADS_SHARE * len(corpus.docs))
        self.participants = frozenset(
            p for p, k in counts.items() if k >= cut and not _asked(p, focus)
        )

    def _lead(self, doc: int) -> set[str]:
        """The participants of an article's lead."""
        found: set[str] = set()
        for s in self.corpus.docs[doc].sentences[:LEAD_SENTENCES]:
            span = self._span(s)
            if span is not None:
                found |= participants(span)
        return found

    def _span(self, sentence: Sentence) -> Span | None:
        """The sentence's tokens; None without a parse (``tokens_at``'s guard)."""
        return sentence_tokens(self.corpus, sentence)

    def core(self, sentence: Sentence) -> bool:
        """Its article's news whose main clause has a core participant."""
        if sentence.index >= NEWS_SENTENCES or not self.participants:
            return False
        span = self._span(sentence)
        if span is None or retold(span):
            return False
        return bool(participants(span) & self.participants)
