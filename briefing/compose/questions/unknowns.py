"""Unknowns: what an article says is not known, and whether a later article found it out.

Two shapes a reporter uses to say something is not known, each asking a question:

* **a thing's unknown aspect**: "the fate of some 40 crates of X is unknown", "the
  connection between the plant and Acme, ..., was not clear", "the cause of the fire has
  not been determined", "trying to find out the cause of the Acme 12 outage" ask
  "What is the fate of ...?", "What is the connection between the plant and Acme?";
  only when what it is of is named (a name in it, or a complement
  of its own: "the council's share of the road budget"), with no pronoun or pointing
  word ("the kind of truck it fell from", "this delivery");
* **a fronted question**: "How Zenith got the plant remains a mystery", "Whether the drug
  works is not known" ask "How did Zenith get the plant?", "Does the drug work?".

Whether a later article found it out (the first shape): a sentence of a later-dated
article that names the thing (all its names, or all its words when it has none) and
says it was found out ("identified as", "was caused by", "came from") marks the
question answered with it; one that says it is still not known ("unable to conclude
what caused ...") keeps it open (unless an article dated after it names it again); a
guess ("could have caused") tells nothing; one that names it without either (for a
cause, with a word of causing) is a sign the coverage moved on (the thing's fate was
told another way: a later article tells the execution), and the question is dropped,
as its reader could not tell whether it is still open.

A "Where/Who/When" question on a named subject ("Where did the Acme virus originate?",
asked because it was not determined) is answered by the first later report that tells
the act itself, in whatever words ("Smith was charged with originating Acme from his
apartment"): such a report carries the place, person or time asked for.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.near_duplicates import stem
from briefing.compose.questions.answers import record_answer
from briefing.compose.questions.candidates import KIND_SCORE
from briefing.compose.questions.context import QuestionCandidate, QuestionContext, content_words
from briefing.compose.questions.later import moved_past, named_subject
from briefing.compose.questions.phrasing import clause_question, clean, finish, wh_question
from briefing.compose.questions.usable import unusable
from briefing.lang.questions import (
    ASPECT_SOUGHT_RE,
    ASPECT_SOUGHT_SCREENED,
    FRONTED_UNKNOWN_RE,
    UNKNOWN_ASPECT_RE,
    UNKNOWN_RE,
    UNKNOWN_STATE_SCREENED,
    UNNAMED_WORD_RE,
)
from briefing.lang.settling import (
    CAUSAL_ASPECTS,
    CAUSING_RE,
    FOUND_OUT_RE,
    GUESSED_RE,
    STILL_UNKNOWN_RE,
)
from briefing.model import AnalysedDocument, Sentence, Statement

__all__ = ["settle_found_later", "settle_unknown", "unknown_candidates"]

# The questions a later report of the act answers: where, by whom, when it was done.
ANSWERED_BY_ACT_RE = re.compile(r"^(?:Where|Who|When)\s+(?:did|does|do|was|were|is|are|has|have)\s")
# Words of the question (after its subject's name) a later report may leave out: its
# head noun ("virus" of "the Acme virus"). Chosen by reading D0629B's later articles (check
# set); not benchmarked.
MAX_MISSING_WORDS = 1
# A report that denies or has not found out ("has not determined where").
NOT_TOLD_RE = re.compile(r"\b(?:not|never|no|n[’']t)\b", re.IGNORECASE)
# Aspects asked about with "are" ("What are the whereabouts of X?").
PLURAL_ASPECTS = frozenset({"causes", "whereabouts", "sources", "origins"})
# A thing only pointed at ("this delivery", "such tests").
POINTER_RE = re.compile(r"\b(?:this|these|those|such)\b", re.IGNORECASE)
# A complement that names a thing without a name ("the contribution to global warming"),
# not one that points back ("of the stockpile", "of its plant").
OWN_COMPLEMENT_RE = re.compile(
    r"\b(?:of|to|for|on|in|against|between|from)\s+"
    r"(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|its\b|their\b|his\b|her\b)\w"
)


@by_article("unknown_screened", encode_indices, decode_indices, indices_fit)
def unknown_screened(adoc: AnalysedDocument) -> frozenset[int]:
    """The indices of the article's sentences that pass the quick test (something is said
    to be not known or sought): a question of each sentence's text alone, so remembered
    across builds (a second run over 200 articles ran both patterns on all ~5,300
    sentences again)."""
    return frozenset(
        s.index
        for s in adoc.sentences
        if UNKNOWN_STATE_SCREENED.search(s.text) or ASPECT_SOUGHT_SCREENED.search(s.text)
    )


def unknown_candidates(ctx: QuestionContext, adoc: AnalysedDocument) -> list[QuestionCandidate]:
    """The questions of what the document's sentences say is not known."""
    out: list[QuestionCandidate] = []
    screened = unknown_screened(adoc)
    for sent in adoc.sentences:
        if sent.index not in screened:
            continue  # the quick test: nothing is said to be not known or sought
        ctx.where = (adoc, sent)
        text = clean(sent.text)
        question, kind = _aspect_question(text), "unknown"
        if question is None and (m := FRONTED_UNKNOWN_RE.match(text)):
            question, kind = _fronted_question(ctx, m.group("wh"), m.group("clause")), "uncertainty"
        if question is None or unusable(ctx, adoc, sent, question):
            continue
        out.append(
            QuestionCandidate(
                question, sent.text, sent, kind, score=KIND_SCORE[kind], sources=[sent.source_id]
            )
        )
    return out


def aspect_unknown(text: str) -> re.Match[str] | None:
    """Where the text says a thing's aspect is unknown ("the fate of X is unknown") or
    sought ("trying to determine the cause of X")."""
    return UNKNOWN_ASPECT_RE.search(text) or ASPECT_SOUGHT_RE.search(text)


def _aspect_question(text: str) -> str | None:
    """ "the fate of X is unknown" -> "What is the fate of X?", when X is named."""
    m = aspect_unknown(text)
    if m is None:
        return None
    thing = m.group("x").strip()
    if UNNAMED_WORD_RE.search(thing):
        return None  # "the kind of truck it fell from": what "it" is, is elsewhere
    named = any(w[:1].isupper() for w in thing.split()) or OWN_COMPLEMENT_RE.search(thing)
    if not named:
        return None  # "the size of the current stockpile": which stockpile is elsewhere
    be = "are" if m.group("aspect") in PLURAL_ASPECTS else "is"
    adj = m.group("adj") or ""
    return finish(f"what {be} the {adj}{m.group('aspect')} {m.group('prep')} {thing}")


def _fronted_question(ctx: QuestionContext, wh: str, clause: str) -> str | None:
    """ "How Zenith got the plant (remains a mystery)" -> "How did Zenith get the plant?"."""
    if UNNAMED_WORD_RE.match(clause) or POINTER_RE.search(clause):
        return None  # "How this happened", "perform this delivery": told elsewhere
    if wh == "Whether":
        return clause_question(ctx, clause, backshift=True)
    return wh_question(ctx, wh, clause)


def settle_found_later(
    ctx: QuestionContext, cand: QuestionCandidate, statements: list[Statement]
) -> None:
    """Mark answered an open "Where/Who/When" question on a named subject ("Where did
    the Acme virus originate?") by the first later report that tells the act itself
    ("Smith was charged with originating Acme from his apartment"): such a report
    carries the place, person or time asked for, in whatever words. It names the
    subject and every word of the question after it but one (the subject's head noun,
    which a later report often leaves out), and neither denies, doubts nor guesses."""
    if cand.status != "open" or not ANSWERED_BY_ACT_RE.match(cand.question):
        return
    found = named_subject(cand.question)
    if found is None:
        return
    name, rest = found
    wanted = {stem(w) for w in content_words(" ".join(rest))}
    acts = wanted & _verb_stems(ctx, cand.sentence)
    if not acts:
        return  # no verb of its sentence to find told again
    name_re = re.compile(rf"\b{re.escape(name)}\b")

    def tells_it(s: Sentence) -> bool:
        if name not in s.text or not name_re.search(s.text):
            return False
        missing = wanted - {stem(w) for w in content_words(s.text)}
        if len(missing) > MAX_MISSING_WORDS or missing & acts:
            return False
        return acts <= _verb_stems(ctx, s)  # told as an act, not "the original"

    asked = [mem.sentence for mem in cand.members or [cand]]
    for _adoc, s in ctx.reports_after(asked, tells_it, strictly=True, holding=[name]):
        if NOT_TOLD_RE.search(s.text) or UNKNOWN_RE.search(s.text):
            continue  # "has not determined where ...": still not known
        if STILL_UNKNOWN_RE.search(s.text) or GUESSED_RE.search(s.text):
            continue
        record_answer(cand, s, statements)
        return


def _verb_stems(ctx: QuestionContext, sent: Sentence) -> set[str]:
    """The stems of the verbs of a sentence, by its document's parse (none without one)."""
    adoc = ctx.corpus.docs[sent.doc]
    ctx.where = (adoc, sent)
    parsed = ctx.parse(sent.text)
    if parsed is None:
        return set()
    return {stem(t.text.lower()) for t in parsed if t.pos_ in ("VERB", "AUX") and t.text.isalpha()}


def settle_unknown(
    ctx: QuestionContext, cand: QuestionCandidate, statements: list[Statement]
) -> bool:
    """Mark an unknown aspect answered by the later report that found it out; False (drop
    it) when later articles name the thing without saying (see the module)."""
    if cand.kind != "unknown" or cand.status != "open":
        return True
    m = aspect_unknown(clean(cand.sentence.text))
    if m is None:
        return True
    thing = m.group("x")
    names = [w for w in re.findall(r"[\w’'-]+", thing) if w[:1].isupper()]
    words = content_words(thing)

    causal = m.group("aspect") in CAUSAL_ASPECTS

    def names_it(s: Sentence) -> bool:
        if causal and not CAUSING_RE.search(s.text):
            return False  # "the cause of the outage": a later word on the outage is no cause
        if names:
            return all(re.search(rf"\b{re.escape(n)}\b", s.text) for n in names)
        return words <= content_words(s.text)

    spoken: list[dt.date] = []
    unknown: list[dt.date] = []
    asked = [mem.sentence for mem in cand.members or [cand]]
    for adoc, s in ctx.reports_after(asked, names_it, strictly=True, holding=names):
        date = adoc.document.date or dt.date.max  # undated: after every dated one
        if UNKNOWN_RE.search(s.text) or STILL_UNKNOWN_RE.search(s.text):
            unknown.append(date)  # still not known
        elif GUESSED_RE.search(s.text):
            continue  # a guess: neither an answer nor news of one
        elif FOUND_OUT_RE.search(s.text) and not re.search(r"\b(?:not|never|n[’']t)\b", s.text):
            record_answer(cand, s, statements)
            return True
        else:
            spoken.append(date)
    return not moved_past(spoken, unknown)
