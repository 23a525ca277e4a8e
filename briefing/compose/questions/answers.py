"""Merging and answering: one question per issue across sources, and the questions a later report
settles marked answered.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from briefing.compose.article_memo import by_article, checked_rows, keys_fit
from briefing.compose.near_duplicates import stem
from briefing.compose.questions.confirmed import confirmed_later
from briefing.compose.questions.context import (
    QuestionCandidate,
    QuestionContext,
    content_words,
    norm_word,
    told_done,
    unhedged,
)
from briefing.compose.questions.settled import settled_later
from briefing.lang.question_wording import (
    SKIP_BEFORE_VERB,
    TIME_WORDS,
    crude_lemma,
)
from briefing.lang.questions import (
    ASK_RE,
    CLAUSE_SPLIT_RE,
    QUOTED_QUESTION_RE,
)
from briefing.lang.settling import (
    DECISION_FAMILIES,
    END_DONE_RE,
    END_DONE_SCREENED,
    END_VERBS,
    NOT_DONE_RE,
    RELEASE_VERBS,
)
from briefing.lang.words import words
from briefing.model import (
    AnalysedDocument,
    Sentence,
    Statement,
)

# --------------------------------------------------------------------------- merge and answer

# Set by hand on the sample (sources/); not benchmarked.
# Questions whose rare content words overlap this much (idf-weighted) are one question.
MERGE_OVERLAP = 0.55
# A merged question weighs more per new source, and a little for each repeat.
MERGE_SOURCE_BONUS = 0.5
MERGE_BONUS = 0.2
# Among answers, a shorter sentence wins ties (per word).
ANSWER_LENGTH_PENALTY = 0.01
# An answered question ranks below open ones and keeps this share of its weight.
ANSWERED_WEIGHT = 0.5
# Two questions of one article with the same first FRAME_WORDS words (auxiliary, subject,
# verb; singular and plural alike) and a content word in common ask one thing.
# Set by judging the dev stories' questions (s12 review: D0639C); not benchmarked.
FRAME_WORDS = 3
FRAME_NUMBER = {"has": "have", "is": "are", "was": "were", "does": "do"}
# Words of what is asked about (at most this many) that the answering clause must name.
# Chosen by hand in e4f6870 (dev questions judged with REVIEW.md); not benchmarked.
MIN_NAMED = 2
# Word overlap (Jaccard) at which an answering sentence is one of the brief's statements.
# Chosen by hand in b425a9a; not benchmarked.
SAME_STATEMENT = 0.6
# Statements whose words ``statement_words`` remembers: a brief of benchmarks/scale.py's 880
# articles has ~19,000 (its own number: no question of tuning).
STATEMENT_WORDS = 2**15


def merge_words(ctx: QuestionContext, question: str) -> set[str]:
    """What a question is compared by: the stems of its content words, each body named as
    the actor table names it ("Will the U.N. investigate ...?" and "... a United Nations
    investigation ...?" share "united", "nation", "investig")."""
    return {stem(w) for w in content_words(ctx.canonical(question))}


def overlap(ctx: QuestionContext, a: set[str], b: set[str]) -> float:
    """How much of the rarer-worded of two stem sets the other shares (idf-weighted)."""
    shared = a & b
    if len(shared) < 2:
        return 0.0
    weight = math.fsum(ctx.stem_idf(w) for w in shared)
    return weight / min(
        math.fsum(ctx.stem_idf(w) for w in a), math.fsum(ctx.stem_idf(w) for w in b)
    )


def merge_similar(
    ctx: QuestionContext, candidates: list[QuestionCandidate]
) -> list[QuestionCandidate]:
    """One question per issue: similar questions from several sentences/sources become one.

    A question joins a group when it is similar to one of the group's questions (not to
    all their words pooled: a long rewording would dilute what a short one shares)."""
    groups: list[tuple[QuestionCandidate, list[set[str]]]] = []
    for cand in sorted(candidates, key=lambda c: -c.score):
        key = merge_words(ctx, cand.question)
        similar = [g for g in groups if any(overlap(ctx, key, k) >= MERGE_OVERLAP for k in g[1])]
        joined = (
            similar[:1] or [g for g in groups if _same_ask(cand, g[0], key, set().union(*g[1]))][:1]
        )
        if not joined:
            cand.members = [cand]
            groups.append((cand, [key]))
            continue
        rep, keys = joined[0]
        _join(rep, [cand])
        if similar:  # a rewording in other words: the group matches it too
            keys.append(key)
        for other in similar[1:]:  # it links two groups: one issue asked two ways
            _join(rep, other[0].members)
            keys.extend(other[1])
            groups.remove(other)
    for rep, _ in groups:
        if len({m.sentence.doc for m in rep.members}) == 1:
            # One article's wordings: show the one that names what it is about
            # ("household uses for Trixol", not "... the solvent"). Across articles the
            # first stays: a more particular wording may say more than the others do.
            best = max(rep.members, key=lambda m: _names(m.question))
            if _names(best.question) > _names(rep.question):
                rep.question, rep.context = best.question, best.context
                rep.raised_by = best.raised_by or rep.raised_by
    return [g for g, _ in groups]


def _join(rep: QuestionCandidate, members: list[QuestionCandidate]) -> None:
    """Add questions to a group: their sources, and weight for each new source."""
    for cand in members:
        rep.members.append(cand)
        new_source = [s for s in cand.sources if s not in rep.sources]
        rep.sources.extend(new_source)
        rep.score += MERGE_SOURCE_BONUS * len(new_source) + MERGE_BONUS
        rep.raised_by = rep.raised_by or cand.raised_by


def _names(question: str) -> int:
    """How many capitalised words a question has after its first."""
    return sum(w[:1].isupper() for w in question.split()[1:])


def _frame(question: str) -> tuple[str, ...]:
    """The opening of a question, number left out: "Has there been", "Have there been"."""
    return tuple(FRAME_NUMBER.get(w, w) for w in question.lower().split()[:FRAME_WORDS])


def _same_ask(
    cand: QuestionCandidate, rep: QuestionCandidate, key: set[str], rep_words: set[str]
) -> bool:
    """One article asking the same thing twice in other words: the same opening (auxiliary,
    subject, verb) and a rare word in common ("Has there been any commercial product ...
    that contained the chemical?", "Have there been any commercial uses for Veltrax?")."""
    same_doc = any(m.sentence.doc == cand.sentence.doc for m in rep.members)
    return same_doc and _frame(cand.question) == _frame(rep.question) and bool(key & rep_words)


def mark_answered(
    ctx: QuestionContext, cand: QuestionCandidate, statements: list[Statement]
) -> None:
    """Answered when another sentence reports the asked action done (ended, released, ...).

    Only questions about an action are settled this way; a denial by the party asked
    ("the data stayed on the phones") does not answer a question about where data went.
    The answer may come from the same article, but only after the question and never from
    a sentence that itself asks, promises or hedges.
    """
    q_words = content_words(cand.question)
    # Releases are left open: "disclosed"/"provided" say too little about *what* was
    # released for a rule to tell an answer from an unrelated disclosure.
    if not q_words & (END_VERBS | {"end"}):
        done = (
            _action_reported(ctx, cand)
            or _decision_reported(ctx, cand)
            or settled_later(ctx, cand)
            or confirmed_later(ctx, cand)
        )
        if done is not None:
            record_answer(cand, done, statements)
        return
    # What must be named in the answer: what is to end (the object after the verb, or the
    # subject of "will the deal end?"), never just the actor who appears everywhere.
    tokens = [norm_word(w) for w in words(cand.question)]
    at = next(i for i, w in enumerate(tokens) if w in END_VERBS or w == "end")
    after = {w for w in tokens[at + 1 :] if w in q_words} - TIME_WORDS - END_VERBS - {"end"}
    before = {w for w in tokens[:at] if w in q_words} - TIME_WORDS
    main = norm_word(ctx.main_org) if ctx.main_org else ""
    names = (after or before) - {main}
    if not names:
        return
    own = {(m.sentence.doc, m.sentence.index) for m in cand.members}
    best: tuple[float, Sentence] | None = None
    for s, clauses in done_reports(ctx):
        if (s.doc, s.index) in own or any(
            s.doc == m.sentence.doc and s.index <= m.sentence.index for m in cand.members
        ):
            continue
        # All of it ("the settlement activities", not a "settlement" in a clause about
        # the peace process halted), up to two words.
        shared = max((names & said for said in clauses), key=len, default=set())
        if len(shared) < min(MIN_NAMED, len(names)):
            continue
        score = math.fsum(ctx.idf(w) for w in shared) - ANSWER_LENGTH_PENALTY * len(s.words)
        if best is None or score > best[0]:
            best = (score, s)
    if best is not None:
        record_answer(cand, best[1], statements)


def done_reports(ctx: QuestionContext) -> list[tuple[Sentence, list[frozenset[str]]]]:
    """The sentences that may report something asked about ended, in corpus order, each
    with the content words of every clause that reports it done without hedging
    (``done_clauses``). Worked out once per context: each question about an ending used
    to scan all ~27,000 sentences of benchmarks/scale.py's 875 articles with four
    patterns (about 0.7 CPU s a question)."""
    if ctx.done_reports is None:
        ctx.done_reports = [
            (s, said)
            for adoc in ctx.corpus.docs
            if (by_index := done_clauses(adoc))
            # By the article's sentences, not the memo's keys: a tampered cache entry may
            # name an index past the last sentence.
            for s in adoc.sentences
            if (said := by_index.get(s.index))
        ]
    return ctx.done_reports


# By sentence index, the content words of each clause of the sentence that reports
# something ended.
DoneClauses = dict[int, list[frozenset[str]]]


def _encode_done(value: DoneClauses) -> list[list[Any]]:
    return [[i, [sorted(said) for said in clauses]] for i, clauses in value.items()]


def _done_row(x: list[Any]) -> bool:
    return (
        len(x) == 2
        and type(x[0]) is int
        and isinstance(x[1], list)
        and all(isinstance(c, list) and set(map(type, c)) <= {str} for c in x[1])
    )


def _decode_done(data: Any) -> DoneClauses:
    rows = checked_rows(data, _done_row, "a sentence index and its clauses' words")
    return {i: [frozenset(c) for c in clauses] for i, clauses in rows}


@by_article("done_clauses", _encode_done, _decode_done, keys_fit)
def done_clauses(adoc: AnalysedDocument) -> DoneClauses:
    """For each sentence of the article that may report something asked about ended (none
    that asks or is a question), the content words of every clause of it that reports it
    done without hedging: a question of its text alone, so remembered across builds (a
    second run over benchmarks/scale.py's folder scanned every sentence again)."""
    out: DoneClauses = {}
    for s in adoc.sentences:
        if not END_DONE_SCREENED.search(s.text):
            continue  # no clause of it can report anything ended
        if s.text.endswith("?") or ASK_RE.search(s.text) or QUOTED_QUESTION_RE.search(s.text):
            continue
        # The thing asked about must be named in the clause that reports it ended.
        clauses = [c for c in CLAUSE_SPLIT_RE.split(s.text) if END_DONE_RE.search(c)]
        said = [frozenset(content_words(c)) for c in clauses if not NOT_DONE_RE.search(c)]
        if said:
            out[s.index] = said
    return out


@functools.lru_cache(maxsize=STATEMENT_WORDS)
def statement_words(text: str) -> frozenset[str]:
    """The words of a statement's text, remembered: each answered question looked for its
    statement among all the brief's (~19,000 on benchmarks/scale.py's 880 articles),
    splitting each into words again (``find_open_questions`` forgets them when done)."""
    return frozenset(words(text))


def record_answer(cand: QuestionCandidate, sent: Sentence, statements: list[Statement]) -> None:
    """Mark the question answered by ``sent`` (as the brief's statement that tells it)."""
    cand.status = "answered"
    cand.answer = _statement_for(sent, statements)
    cand.score *= ANSWERED_WEIGHT


def _action_reported(ctx: QuestionContext, cand: QuestionCandidate) -> Sentence | None:
    """A later report that the action a "Will ...?" question asks about was done.

    "Will Tomas be returned to his mother?" is answered by "Tomas Varga returned to
    his mother's farm on Tuesday": the question's verb, as a past tense or a perfect or
    passive with a finite auxiliary (no modal, no negation: "should be returned",
    "was not returned" settle nothing), in a sentence that names every name of the
    question (the last word of each capitalised run) and what the action is done to (two
    of the words after the verb: "Will Baker grant clemency?" is not answered by "Baker
    granted a retired guard a pension"), in an article dated no earlier
    than the question's (or later in the same article), outside any asking, demanding
    or hedging clause.
    """
    words_ = cand.question.rstrip("?").split()
    if len(words_) < 3 or words_[0] != "Will":
        return None
    names = _name_heads(words_[1:])
    verb = next(
        (w for w in words_[1:] if w.islower() and w not in SKIP_BEFORE_VERB and w.isalpha()),
        None,
    )
    if not names or verb is None or verb in RELEASE_VERBS:
        return None  # what was released is too vague to match (see ``mark_answered``)
    lemma = crude_lemma(verb) if verb.endswith("ed") else verb
    after = " ".join(words_[words_.index(verb) + 1 :])
    objects = content_words(after) - {w.lower() for w in names} - TIME_WORDS
    need = min(MIN_NAMED, len(objects))
    asked = [m.sentence for m in cand.members] or [cand.sentence]

    def may_tell(s: Sentence) -> bool:  # quick tests before the parse
        if not all(n in s.text for n in names) or lemma[:3] not in s.text:
            return False
        if len(objects & content_words(s.text)) < need:
            return False
        return not any(s.doc == a.doc and s.index <= a.index for a in asked)

    return next(
        (
            s
            for adoc, s in ctx.reports_after(asked, may_tell, holding=[*names, lemma[:3]])
            if _done_verb(adoc, s, lemma, objects, need)
        ),
        None,
    )


def _decision_reported(ctx: QuestionContext, cand: QuestionCandidate) -> Sentence | None:
    """A later outcome of the decision a "Will ...?" question waits on, for whom it is
    about: "Will Hale spare Rhodes?" is answered by "the governor commuted Rhodes'
    sentence", "Will Corran be spared?" by "Corran was executed" (one family of
    decisions, see ``DECISION_FAMILIES``). Who it is about is named: the names after the
    verb, or the subject of a passive; a question that names nobody it is about ("Will
    the board reconsider?") is not settled this way. The outcome is done to them (they
    are the passive subject or in what the verb acts on: "Rhodes killed ..." is no
    outcome for Rhodes), under the same conditions of date and wording as
    ``_action_reported``, except that anywhere in the question's own article will do: an
    outcome it reports done was done when it was written ("Last week, the state executed
    ... Harlow. ... groups urged Baker to spare Harlow")."""
    family, about, _ = decision_asked(cand.question)
    if family is None or not about:
        return None
    asked = [m.sentence for m in cand.members] or [cand.sentence]

    def may_tell(s: Sentence) -> bool:
        return all(n in s.text for n in about) and not any(s == a for a in asked)

    return next(
        (
            s
            for adoc, s in ctx.reports_after(asked, may_tell, holding=about)
            if _outcome_for(adoc, s, family, about)
        ),
        None,
    )


def decision_asked(question: str) -> tuple[frozenset[str] | None, list[str], int]:
    """The family of decisions a "Will ...?" question waits on (None if its verb is no
    decision), the names of whom or what it is about: the names after the verb, or the
    subject of a passive ("Will Hale spare Rhodes?" -> Rhodes; "Will Corran be spared?"
    -> Corran; "Will the board reconsider?" -> nobody), and how many words follow the
    verb."""
    words_ = question.rstrip("?").split()
    if len(words_) < 3 or words_[0] != "Will":
        return None, [], 0
    at = next(
        (
            i
            for i, w in enumerate(words_[1:], 1)
            if w.islower() and w not in SKIP_BEFORE_VERB and w.isalpha()
        ),
        None,
    )
    if at is None:
        return None, [], 0
    verb = words_[at]
    family = next(
        (f for f in DECISION_FAMILIES if {verb, crude_lemma(verb), crude_lemma(verb) + "e"} & f),
        None,
    )
    about = _name_heads(words_[1:at] if words_[at - 1] == "be" else words_[at + 1 :])
    return family, about, len(words_) - at - 1


def _outcome_for(
    adoc: AnalysedDocument, sent: Sentence, family: frozenset[str], about: list[str]
) -> bool:
    """Whether the sentence reports a decision of ``family`` done to all of ``about``."""
    assert adoc.parse is not None
    span = adoc.parse.char_span(sent.start, sent.end, alignment_mode="expand")
    for tok in span if span is not None else []:
        if tok.lemma_ not in family or tok.tag_ not in ("VBD", "VBN"):
            continue
        if (auxes := told_done(tok)) is None:
            continue
        kids = list(tok.children)
        passive = any(a.dep_ == "auxpass" for a in auxes)
        roles = ("nsubjpass",) if passive else ("dobj", "dative", "prep", "obj", "iobj")
        done_to = " ".join(t.text for k in kids if k.dep_ in roles for t in k.subtree)
        if all(n in done_to for n in about) and unhedged(sent.text, tok):
            return True
    return False


def _name_heads(words_: list[str]) -> list[str]:
    """The last word of each run of capitalised words ("Attorney General Dana Whitford" ->
    "Whitford"), as a reader would look for them."""
    heads: list[str] = []
    for i, w in enumerate(words_):
        w = w.strip(",.’'")
        nxt = words_[i + 1] if i + 1 < len(words_) else ""
        if w[:1].isupper() and not nxt[:1].isupper():
            heads.append(re.sub(r"[’']s$", "", w))
    return heads


def _done_verb(
    adoc: AnalysedDocument, sent: Sentence, lemma: str, objects: set[str], need: int
) -> bool:
    """Whether the sentence reports ``lemma`` done: a past tense, or a participle whose
    auxiliaries are finite forms of have/be, without a modal or a negation, in a clause
    that does not hedge, with ``need`` of the ``objects`` words among what follows the
    verb in its phrase ("Through a partnership, X provided Y" does not provide a
    partnership)."""
    assert adoc.parse is not None
    span = adoc.parse.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.lemma_ != lemma or tok.tag_ not in ("VBD", "VBN"):
            continue
        if told_done(tok) is None:
            continue
        acted_on = " ".join(t.text for t in tok.subtree if t.i > tok.i)
        if len(objects & content_words(acted_on)) >= need and unhedged(sent.text, tok):
            return True
    return False


def _statement_for(sent: Sentence, statements: list[Statement]) -> Statement:
    mine = set(sent.words)
    for st in statements:
        other = statement_words(st.text)
        # The share of the words either holds that both hold, without making the union
        # (one set per statement of the brief, for each question answered).
        both = len(mine & other) if mine else 0
        if st.text == sent.text or (
            mine and both / (len(mine) + len(other) - both) > SAME_STATEMENT
        ):
            return st
    return Statement(text=sent.text, sources=[sent.source_id])
