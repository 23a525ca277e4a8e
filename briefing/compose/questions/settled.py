"""Settled: a yes/no question about a past event that a later article's report settles.

"It is unclear whether the steel bolt was part of the ferry" is settled by a later
article's "the steel bolt came from another company's boat" (an origin told either
way); "investigators are trying to determine whether a short circuit caused the fire"
by a later "a short circuit caused the fire" (the asked event told done). Only a
question about a past event ("Did ...?", "Was ...?", "Has ...?") made from a
"whether"/"if" clause, without alternatives ("by itself or by the crew": a report of
one verb need not tell which), about a named subject: the later report tells it of the
same subject (its head noun and the words before it), with the asked verb (or, for an
origin, any verb of origin), not negated, hedged or in a modal, and in an article dated
after the question's (a same-day article was written without knowing).

A question that waits on a day still ahead when it was asked ("Will the family agree to
have the case ready by April 4?" in a March article) is overtaken once the coverage
goes past that day: by then it went one way or the other, and the question is no longer
open (``overtaken``).
"""

from __future__ import annotations

import datetime as dt

from briefing.compose.dating import resolve_date
from briefing.compose.questions.context import (
    QuestionCandidate,
    QuestionContext,
    content_words,
    told_done,
    unhedged,
)
from briefing.compose.questions.whether import clause_subject, names_subject
from briefing.lang.question_wording import (
    TIME_WORDS,
)
from briefing.lang.settling import LIGHT_LEMMAS, ORIGIN_LEMMAS, PAST_EVENT_HEADS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token

# Words of what the asked verb acts on (at most this many) that the report must name.
# The same rule as answers.MIN_NAMED ("Will Acme return the land to the county?").
# Chosen by hand in 9b5d018; not benchmarked.
MIN_OBJECTS = 2


class Asked:
    """What a whether-clause asks: its subject (head noun and the words naming it), the
    verbs that would tell it (or ``origin``), and the words of what the verb acts on."""

    def __init__(self, head: str, names: set[str], verbs: set[str], objects: set[str]) -> None:
        self.head = head
        self.names = names
        self.verbs = verbs  # empty: any verb of origin tells it
        self.objects = objects
        self.origin = not verbs


def settled_later(ctx: QuestionContext, cand: QuestionCandidate) -> Sentence | None:
    """The first later report that settles the question, if any (see the module)."""
    members = cand.members or [cand]
    asked = next((a for m in members if (a := _asked(ctx, m)) is not None), None)
    if asked is None:
        return None
    need = min(MIN_OBJECTS, len(asked.objects))
    may_tell = names_subject(asked.head, asked.names)
    for adoc, s in ctx.reports_after([m.sentence for m in members], may_tell, strictly=True):
        if _tells(adoc, s, asked, need):
            return s
    return None


def _asked(ctx: QuestionContext, cand: QuestionCandidate) -> Asked | None:
    """What the question's whether-clause asks, when it asks about a past event."""
    found = clause_subject(ctx, cand, PAST_EVENT_HEADS, ("nsubj", "nsubjpass"))
    if found is None:
        return None
    root, subj = found.root, found.subj
    if _of_origin(root):
        return Asked(found.head, found.names, set(), set())
    if root.pos_ != "VERB" or root.lemma_ in LIGHT_LEMMAS:
        return None
    after = " ".join(t.text for t in root.doc if t.i > root.i)
    objects = content_words(after) - TIME_WORDS - content_words(subj.text)
    return Asked(found.head, found.names, {root.lemma_}, objects)


def _of_origin(verb: Token) -> bool:
    """Whether a verb tells where something came from: "came from", "fell from",
    "belonged to", "originated in", "was part of"."""
    kids = list(verb.children)
    if verb.lemma_ == "be":
        return any(k.dep_ == "attr" and k.lemma_ == "part" for k in kids)
    preps = {k.lower_ for k in kids if k.dep_ == "prep"}
    return verb.lemma_ in ORIGIN_LEMMAS and bool(preps & {"from", "to", "in", "of"})


def _tells(adoc: AnalysedDocument, sent: Sentence, asked: Asked, need: int) -> bool:
    """Whether the sentence tells the asked event of the asked subject, without hedging."""
    assert adoc.parse is not None
    span = adoc.parse.char_span(sent.start, sent.end, alignment_mode="expand")
    for tok in span if span is not None else []:
        if not (_of_origin(tok) if asked.origin else tok.lemma_ in asked.verbs):
            continue
        if told_done(tok) is None:
            continue
        if not asked.origin and tok.tag_ not in ("VBD", "VBN"):
            continue  # the asked event is told done, not as a habit or a plan
        subj = next((k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lemma_.lower() != asked.head:
            continue
        if not asked.names <= {t.lower_ for t in subj.subtree}:
            continue
        acted_on = " ".join(t.text for t in tok.subtree if t.i > tok.i)
        if len(asked.objects & content_words(acted_on)) >= need and unhedged(sent.text, tok):
            return True
    return False


def overtaken(ctx: QuestionContext, cand: QuestionCandidate) -> bool:
    """Whether the question names a day (or a month) after the one it was asked on that
    the coverage's latest article has passed."""
    asked_on = ctx.corpus.docs[cand.sentence.doc].document.date
    if asked_on is None:
        return False
    resolved = resolve_date(cand.question, asked_on, future=True)
    if resolved is None or not resolved[2] or resolved[1][1] == 0:
        return False  # no date, one without a year to place it, or a whole year
    year, month, day = resolved[1][:3]
    try:
        if day:
            named = dt.date(year, month, day)
        else:  # a month: its last day
            named = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except ValueError:
        return False  # a day no calendar has ("April 31"): a slip, no day to pass
    latest = max((d.document.date for d in ctx.corpus.docs if d.document.date), default=None)
    return latest is not None and asked_on < named < latest
