"""Confirmed: a question whether a state holds that a later article reports established.

"The survey has not ended the debate over whether the drought is really
occurring" asks "Is the drought really occurring?". A later article that tells the same
subject (its head noun and the words before it) real, occurring or happening as what a
finding or an agreement holds ("scientists are in wide agreement that the drought is
real", "the panel concluded that the drought is occurring") answers it. Only a question
on the present ("Is ...?", "Are ...?") made from a "whether"/"if" clause whose verb says
that its subject exists or goes on, and only a report not negated, hedged, asked or
denied ("they deny that the drought is happening"), from an article dated after the
question's: an opinion alone ("take it for granted that ...") is no finding.
"""

from __future__ import annotations

from briefing.compose.questions.context import QuestionCandidate, QuestionContext, unhedged
from briefing.compose.questions.whether import clause_subject, names_subject
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token

# The openings of a question on the present state of things.
STATE_HEADS = frozenset({"Is", "Are"})
# Verbs that say that their subject exists or goes on ("global cooling is occurring").
STATE_LEMMAS = frozenset({"occur", "happen", "exist"})
# Adjectives that say the same after "be" ("the threat is real").
REAL_WORDS = frozenset({"real"})
# Nouns and verbs of a finding or an agreement that a report tells the state as
# ("wide agreement that ...", "the panel's conclusion that ...", "studies show that ...").
# Chosen on check story D0641E (issue 11: an open question answered later); a word of
# opinion ("take it for granted", "believe") is no finding.
FINDING_LEMMAS = frozenset({
    "agreement", "consensus", "conclusion", "evidence", "proof", "agree", "conclude",
    "confirm", "show", "prove", "establish", "find", "finding", "demonstrate",
})  # fmt: skip
# Words above the state in the report that deny or question it.
DOUBT_LEMMAS = frozenset({"deny", "doubt", "question", "dispute", "reject", "whether", "if"})
# Words that negate a finding above the state ("no firm evidence that ...").
NEGATIONS = frozenset({"no", "not", "n't", "never", "little", "without"})


def confirmed_later(ctx: QuestionContext, cand: QuestionCandidate) -> Sentence | None:
    """The first later report that tells the asked state established, if any."""
    members = cand.members or [cand]
    asked = next((a for m in members if (a := _asked(ctx, m)) is not None), None)
    if asked is None:
        return None
    head, names = asked
    may_tell = names_subject(head, names)
    for adoc, s in ctx.reports_after([m.sentence for m in members], may_tell, strictly=True):
        if _tells(adoc, s, head, names):
            return s
    return None


def _asked(ctx: QuestionContext, cand: QuestionCandidate) -> tuple[str, set[str]] | None:
    """The subject (head noun, words naming it) whose state the question asks, if any."""
    found = clause_subject(ctx, cand, STATE_HEADS, ("nsubj",))
    if found is None or not _states(found.root):
        return None
    return found.head, found.names


def _states(verb: Token) -> bool:
    """Whether a verb says its subject exists or goes on: "is occurring", "is real"."""
    if verb.lemma_ in STATE_LEMMAS:
        return True
    return verb.lemma_ == "be" and any(
        k.dep_ == "acomp" and k.lower_ in REAL_WORDS for k in verb.children
    )


def _tells(adoc: AnalysedDocument, sent: Sentence, head: str, names: set[str]) -> bool:
    """Whether the sentence tells the state of the subject as a finding, undenied."""
    assert adoc.parse is not None
    span = adoc.parse.char_span(sent.start, sent.end, alignment_mode="expand")
    for tok in span if span is not None else []:
        if not _states(tok) or tok.tag_ not in ("VBZ", "VBP", "VBG"):
            continue
        if any(k.lower_ in NEGATIONS | DOUBT_LEMMAS | {"even"} for k in tok.children):
            continue
        subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() != head:
            continue
        if not names <= {t.lower_ for t in subj.subtree}:
            continue
        above = _ancestors(tok)
        if any(t.lemma_ in DOUBT_LEMMAS or t.lower_ in NEGATIONS for t in above):
            continue
        if any(t.lemma_ in FINDING_LEMMAS for t in above) and unhedged(sent.text, tok):
            return True
    return False


def _ancestors(tok: Token) -> list[Token]:
    """The tokens above ``tok`` up to its sentence's root, with the words that negate
    them ("no firm evidence", "did not show")."""
    out: list[Token] = []
    while tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
        out.extend(k for k in tok.children if k.dep_ == "neg" or k.lower_ in NEGATIONS)
    return out
