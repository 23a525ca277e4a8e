"""Whether-clauses: the clause a yes/no question was made from, the subject it asks
about, and the quick test that a later sentence names that subject.

"Investigators are trying to determine whether a short circuit caused the fire" asks
"Did a short circuit cause the fire?": its clause's root verb ("caused"), the subject's
head noun ("circuit") and the words naming it ("short") are what ``settled`` and
``confirmed`` look for in later reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from briefing.compose.questions.context import QuestionCandidate, QuestionContext
from briefing.compose.questions.phrasing import clean, cut_clause
from briefing.lang.questions import ASK_RE
from briefing.model import Sentence
from briefing.parsed import ParsedDoc, Token

# The parts of speech a question's subject head is named by (no pronoun, no number).
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


class Subject:
    """The root verb of a whether-clause, its subject (a noun) and the words naming the
    subject (its compounds and adjectives: "lake" of "lake acidification")."""

    def __init__(self, root: Token, subj: Token) -> None:
        self.root = root
        self.subj = subj
        self.head = subj.lemma_.lower()
        self.names = {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod")}


def whether_clause(ctx: QuestionContext, cand: QuestionCandidate) -> ParsedDoc | None:
    """The parse of the "whether"/"if" clause a question was made from, when it offers
    no alternatives ("by itself or by the crew": a report of one need not tell which)."""
    m = ASK_RE.search(clean(cand.sentence.text))
    if m is None or m.group("wh").lower() not in ("whether", "if"):
        return None
    whole = re.sub(r"\s+or not(?=[\s,.;?]|$)", "", clean(m.group("clause")))
    clause = cut_clause(whole).strip(' “”"').rstrip("?.!,")
    if re.search(r"\bor\b", clause):
        return None
    ctx.where = (ctx.corpus.docs[cand.sentence.doc], cand.sentence)
    return ctx.parse(clause)


def clause_subject(
    ctx: QuestionContext,
    cand: QuestionCandidate,
    heads: Collection[str],
    deps: Collection[str],
) -> Subject | None:
    """The subject of the question's whether-clause, when the question opens with one of
    ``heads`` ("Did", "Is") and the clause's root has a noun subject of one of ``deps``."""
    if cand.question.split()[0] not in heads:
        return None
    parsed = whether_clause(ctx, cand)
    if parsed is None:
        return None
    root = next(iter(parsed.sents)).root
    subj = next((c for c in root.children if c.dep_ in deps), None)
    if subj is None or subj.tag_ not in NOUN_TAGS:
        return None
    return Subject(root, subj)


def names_subject(head: str, names: Collection[str]) -> Callable[[Sentence], bool]:
    """A quick test, before any parse, that a sentence holds the subject's head noun and
    every word naming it."""

    def may_tell(s: Sentence) -> bool:
        low = s.text.lower()
        return head in low and all(n in low for n in names)

    return may_tell
