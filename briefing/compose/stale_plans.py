"""Plans a later article reports done: no statement of the summary or the background.

An early article tells what is ahead ("Pell is expected to be sworn in within a month",
"Ann Vask, set to be hanged at dawn, ...", "the law, which the Assembly is due to
pass", "Vela looked set for a narrow win"); a later one of the same folder reports
what happened ("Pell was sworn in on Sunday", "Vask was hanged on Thursday", "the
Assembly passed the bill"). Shown alone, the plan reads as still ahead, and it is
stale: the outcome is the news, and the statement of the plan is left out of the pool
the summary and the background are chosen from (``synthesis``). ``restated`` already
joins a plan and its outcome when both are chosen, or told on one day; this reads the
whole folder, whatever was chosen and whatever day the plan names.

A plan (``planned``) is a verb of an act (not "get", "remain": ``events.NO_EVENT``)
under a future auxiliary ("will", "would") or under a verb of arranging ("expected",
"set", "scheduled", "due", "plans", "intends"), or the noun such a word is "set for"
("set for a win"), with a name among its doers: its subject, the subject of the
arranging verb, the name an "X, set to ..." phrase describes, or the "by" agent of a
passive; a people ("Varnians") is no doer. An outcome (``reported``) is a verb of the
plan's class (or one of ``OUTCOME_WORDS``) in the past tense of a sentence of an article
written after the plan's, not negated nor itself under a future or arranging word nor
dated by a year before the plan's ("In 2019, the board opened ..."), whose subject (or
agent) holds the name. Read from the parse: without one nothing is stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing.compose.events import NAME_LABELS, NO_EVENT, word_class
from briefing.compose.near_duplicates import stem, stem_all
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.dates import FUTURE_AUXILIARIES, FUTURE_CUE_RE, YEAR_RE
from briefing.lang.patterns import any_pattern
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.wordforms import event_synonym
from briefing.model import Corpus, Sentence
from briefing.parsed import Span, Token, pruned_subtree

# Words that arrange what is to come, by lemma: the verb (or adjective) they take in
# "to ..." is the plan ("is expected to be sworn in", "set to be executed", "is due to
# vote", "plans to open"). "likely" and "hope" are guesses and wishes, not plans.
ARRANGING = frozenset(
    {"expect", "schedule", "set", "slate", "due", "plan", "intend", "prepare", "poise"}
)
# Words that say what is ahead is a noun after "for" ("looked set for victory", "poised
# for a win").
FOR_ARRANGING = frozenset({"set", "poise"})
# The verbs an outcome is reported with besides the plan's own, by word class
# (``events.word_class``): one elected has won ("expected to win the presidency" / "was
# elected president"), rules announced have been issued, a bill approved has been
# passed. Set by hand from the dev stories' stale plans (session 54); few, so that an
# outcome is the plan's own act.
OUTCOME_WORDS = {"win": ("elect",), "issu": ("announc",), "pass": ("approv",)}
# Verbs of no act of their own ("would get", "will remain", ``events.NO_EVENT``), and light
# verbs whose act is their object's ("will make our law stronger" / "have made clear").
NO_ACT = NO_EVENT | {"make", "do"}
# Dependents that open a clause inside a phrase: their names are no doer of its verb.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
# Entity labels of the numbers a plan and its outcome must agree on.
COUNT_LABELS = frozenset({"CARDINAL", "ORDINAL"})
# Auxiliaries that make a past participle a report of what happened ("was executed",
# "has passed"); "had" tells what came before the article's time, no outcome of it.
PAST_AUXILIARIES = frozenset({"was", "were", "has", "have", "been", "'s"})
# Name labels a doer is read from: the story's people, bodies and places; not a people
# ("Indians", "Sioux": whoever of them did it, the planned act is not theirs alone).
DOER_LABELS = NAME_LABELS - {"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "NORP"}
# A sentence that may tell a plan: a future cue, or an arranging word ("set to", "set
# for", "poised", "plans to"); only such sentences are parsed for one.
PLAN_CUE_RE = any_pattern(
    (FUTURE_CUE_RE.pattern, r"\b(?:set|poised|due|plans?|planned|intends?|expects?|expected)\b")
)


@dataclass(frozen=True)
class Plan:
    """A planned act: the word classes that tell it done, and its doer's name words."""

    classes: frozenset[str]
    doers: frozenset[str]
    counts: frozenset[str] = frozenset()  # the numbers of its clause ("eight more people")


def _name_words(span: Span, tokens: Iterable[Token]) -> set[str]:
    """The stemmed words of the names among ``tokens`` that can do an act: a person's
    surname, a body's or place's every word but the small ones ("the Harbour Board":
    harbour, board)."""
    found: set[str] = set()
    inside = {t.i for t in tokens}
    for ent in span.doc.ents_within(span.start, span.end):
        if ent.label_ not in DOER_LABELS or not any(t.i in inside for t in ent):
            continue
        words = [t.lower_ for t in ent if t.text[:1].isalpha()]
        if ent.label_ == "PERSON":
            words = words[-1:]
        found.update(stem(w) for w in words if w not in STOP_WORDS)
    return found


def _phrase(token: Token) -> list[Token]:
    """The tokens of ``token``'s phrase without the clauses inside it ("the senator, who
    stood in for Bush, ...": not Bush), each before its dependents."""
    return pruned_subtree(token, CLAUSE_DEPS)


def _subjects(token: Token) -> list[Token]:
    """The tokens of ``token``'s subject, and of the agent of its passive."""
    found: list[Token] = []
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            found.extend(_phrase(c))
        elif c.dep_ == "agent":
            found.extend(t for g in c.children for t in _phrase(g))
    return found


def _objects(token: Token) -> list[Token]:
    """The tokens of ``token``'s direct object ("hang eight more prisoners")."""
    return [t for c in token.children if c.dep_ == "dobj" for t in _phrase(c)]


def _counts(span: Span, tokens: Iterable[Token]) -> frozenset[str]:
    """The numbers among ``tokens`` ("eight", "231", "fifth"), lower-cased: read in the
    subject and the object of an act, what it counts, not in a description ("sworn in as
    its first woman president")."""
    inside = {t.i for t in tokens}
    return frozenset(
        e.text.lower()
        for e in span.doc.ents_within(span.start, span.end)
        if e.label_ in COUNT_LABELS and e.root.i in inside
    )


def _arranged(token: Token) -> Token | None:
    """The arranging word ``token`` is the "to ..." of ("expected to be sworn": expected),
    or None."""
    head = token.head
    arranged = token.dep_ in ("xcomp", "ccomp") and head is not token
    if arranged and head.lemma_ in ARRANGING and _infinitive(token):
        return head
    return None


def _infinitive(token: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)


def _doers(span: Span, verb: Token, arranging: Token | None) -> set[str]:
    """The name words of who does (or undergoes) the planned ``verb``."""
    tokens = _subjects(verb)
    if arranging is not None:
        tokens += _subjects(arranging)
        if arranging.dep_ == "acl":  # "Ann Vask, set to be hanged": the name described
            tokens += _phrase(arranging.head)
        elif arranging.dep_ in ("acomp", "oprd") and arranging.head is not arranging:
            tokens += _subjects(arranging.head)  # "Vela looked set for victory"
    return _name_words(span, tokens)


def _classes(cls: str) -> frozenset[str]:
    cls = event_synonym(cls)
    return frozenset({cls, *OUTCOME_WORDS.get(cls, ())})


def _conditional(span: Span) -> bool:
    """Whether the sentence says what would happen if something did ("if X, Y would")."""
    return any(t.lower_ in ("if", "unless") and t.dep_ == "mark" for t in span)


def planned(span: Span) -> list[Plan]:
    """The plans a sentence tells with a name among their doers; not one it denies ("would
    not be taken": what happened then is no outcome of it)."""
    plans: list[Plan] = []
    conditional = _conditional(span)

    def plan(act: str, verb: Token, arranging: Token | None) -> None:
        doers = _doers(span, verb, arranging)
        if doers and not any(c.dep_ == "neg" for c in verb.children):
            counts = _counts(span, [*_objects(verb), *_subjects(arranging or verb)])
            plans.append(Plan(_classes(word_class(act)), frozenset(doers), counts))

    for t in span:
        if t.lemma_ in FOR_ARRANGING:  # "set for victory": the noun is the act
            for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"):
                for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                    plan(noun.lemma_, t, t)
        if t.pos_ != "VERB" or t.lemma_.lower() in NO_ACT:
            continue
        arranging = _arranged(t)
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in t.children)
        if arranging is not None or (future and not conditional):
            plan(t.lemma_, t, arranging)
    return plans


def _reported(t: Token) -> bool:
    """Whether verb ``t`` reports what happened: a simple past or a past participle with
    "was"/"has", not negated, not itself under a future or arranging word."""
    children = list(t.children)
    if any(c.dep_ == "neg" for c in children) or _arranged(t) is not None:
        return False
    if any(
        c.dep_ == "aux" and (c.lower_ in FUTURE_AUXILIARIES or c.lower_ == "to") for c in children
    ):
        return False
    if t.tag_ == "VBD":
        return True
    return t.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES for c in children
    )


@dataclass(frozen=True)
class Done:
    """An act a sentence reports done: its word class, its doers' name words and the
    earliest year its own dates name (None without one)."""

    word: str
    doers: frozenset[str]
    year: int | None
    counts: frozenset[str] = frozenset()

    def tells(self, plan: Plan, year: int) -> bool:
        """Whether this is ``plan``'s act, done no earlier than ``year`` (the plan's), of
        the number the plan gives, if it gives one ("scheduled to hang eight" is not told
        by "has hanged 231 in two decades", nor "to hang its fifth" by "whom it hanged")."""
        return (
            self.word in plan.classes
            and bool(self.doers & plan.doers)
            and (self.year is None or self.year >= year)
            and (not plan.counts or bool(self.counts & plan.counts))
        )


def _own_year(span: Span, verb: Token) -> int | None:
    """The earliest year a date of ``verb``'s own names ("In May 1996, the tribe opened
    ..."): an act so dated may be an older one than the plan's."""
    dates = [e for e in span.doc.ents_within(span.start, span.end) if e.label_ == "DATE"]
    years = [
        int(y)
        for e in dates
        if verb in (e.root.head, e.root.head.head)
        for y in YEAR_RE.findall(e.text)
    ]
    return min(years) if years else None


def reported(span: Span) -> list[Done]:
    """The acts the sentence over ``span`` reports done by a name."""
    found: list[Done] = []
    for t in span:
        if t.pos_ == "VERB" and _reported(t):
            doers = _name_words(span, _subjects(t))
            if doers:
                word = event_synonym(word_class(t.lemma_))
                counts = _counts(span, [*_objects(t), *_subjects(t)])
                found.append(Done(word, frozenset(doers), _own_year(span, t), counts))
    return found


class StalePlans:
    """Which sentences of a corpus tell a plan a later article reports done. A sentence's
    reported acts are read off the parse once, whatever number of plans ask for them."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.days = [adoc.document.written for adoc in corpus.docs]
        self.answers: dict[tuple[int, int], bool] = {}
        self.by_word: dict[str, list[Sentence]] | None = None  # built when first asked
        self.classes: dict[tuple[int, int], frozenset[str]] = {}
        self.acts: dict[tuple[int, int], list[Done]] = {}  # each sentence's, read once

    def stale(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` tells a plan that a sentence of an article written after
        its own reports done."""
        key = (sentence.doc, sentence.index)
        if key not in self.answers:
            self.answers[key] = self._stale(sentence)
        return self.answers[key]

    def _stale(self, sentence: Sentence) -> bool:
        day = self.days[sentence.doc]
        if day is None or not PLAN_CUE_RE.search(sentence.text):
            return False
        span = sentence_tokens(self.corpus, sentence)
        for plan in planned(span) if span is not None else []:
            for other in self._told(plan):
                later = self.days[other.doc]
                if later is None or later <= day:
                    continue
                if any(act.tells(plan, day.year) for act in self._acts_of(other)):
                    return True
        return False

    def _acts_of(self, s: Sentence) -> list[Done]:
        key = (s.doc, s.index)
        if key not in self.acts:
            span = sentence_tokens(self.corpus, s)
            self.acts[key] = reported(span) if span is not None else []
        return self.acts[key]

    def _told(self, plan: Plan) -> list[Sentence]:
        """The corpus's sentences with a word of ``plan``'s doers (or its possessive:
        "Parliament's upper house") and of its classes."""
        if self.by_word is None:
            self.by_word = {}
            for s in self.corpus.sentences():
                owners = [w[:-2] for w in s.words if w.endswith(("'s", "’s"))]
                for w in set(stem_all(s.words)) | set(stem_all(owners)):
                    self.by_word.setdefault(w, []).append(s)
        seen: dict[tuple[int, int], Sentence] = {}
        for w in sorted(plan.doers):
            for s in self.by_word.get(w, ()):
                seen.setdefault((s.doc, s.index), s)
        return [s for k, s in sorted(seen.items()) if plan.classes & self._classes_of(s)]

    def _classes_of(self, s: Sentence) -> frozenset[str]:
        key = (s.doc, s.index)
        if key not in self.classes:
            self.classes[key] = frozenset(event_synonym(word_class(w)) for w in s.words)
        return self.classes[key]
