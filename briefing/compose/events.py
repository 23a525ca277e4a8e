"""The event a sentence tells, read from its parse: its main verb and its participants.

Two articles often report one fact in words that share little: "the port authority
closed the north harbour to tankers on Monday" and "tankers were barred Monday from the
north harbour by the port authority, which cited the storm". Word overlap cannot tell
that from two facts about the same names; the event can. A statement's event is its main
verb (through a saying verb to what was said: in "officials said the agency approved the
vaccine" the event is the approval) and the verbs joined to it, each told by one verb
class (lemma, stemmed, in ``wordforms``' one form: "approve" / "approval", "killed" /
"died"), with who does it and its participants: the names and figures in the verb's
clause. Another sentence tells that event when it has a word of each class whose subject
names the doer and whose clause names enough of the participants and every figure.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from briefing.compose.article_memo import (
    by_article,
    decode_named_spans,
    encode_named_spans,
    named_spans_fit,
)
from briefing.compose.fact_words import fact_stems
from briefing.compose.near_duplicates import stem
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.dates import YEAR_RE
from briefing.lang.figures import NUMBER_WORDS
from briefing.lang.speech import SAYING_LEMMAS
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.wordforms import base_form
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Corpus, Sentence
from briefing.parsed import Span, Token, tokens_at

# Main verbs that tell no event of their own ("is", "has", "became") or only how things
# stand ("the list included A, B and C", "the city needs money"): a statement built on
# them is matched by its words alone, never by its event. Two lists naming the same
# companies are no one fact (the sample brief, s15).
NO_EVENT = frozenset(
    {
        "be", "have", "become", "seem", "remain", "appear", "do", "get", "go", "include",
        "contain", "involve", "comprise", "consist", "feature", "represent", "mean",
        "need", "lack", "own", "belong", "cost",
    }
)  # fmt: skip
# "X came as / after / amid Y": the verb only places X in time against Y, and the event
# the sentence tells is Y's. Read as an act of its own, "the visit came as the minister
# was wrapping up talks" was told by "the tour came a day after an envoy slammed the
# plan", another fact (issue 11, D0609I): the act is the clause's verb after such a word,
# and there is none when the word leads only a noun ("came amid protests").
TIMING_VERBS = frozenset({"come"})
TIMING_WORDS = frozenset(
    {"as", "after", "before", "while", "when", "amid", "amidst", "during", "since", "following"}
)
# Entity labels that name a participant, and those that give a figure.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
# A place told as an attribute of a noun ("a U.S. raid", "a Miami-based group", "Ohio's
# law"): where someone or something is from, not where the act took place.
PLACE_LABELS = frozenset({"GPE", "LOC"})
ATTRIBUTE_DEPS = frozenset({"compound", "amod", "npadvmod", "poss", "nmod"})
_FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "TIME"})
# Dependents through which a saying verb hangs what was said.
_SAID = frozenset({"ccomp", "xcomp", "parataxis", "advcl"})
# Number words below ten: a participant of an event ("its five remaining jets") though no
# figure of the coverage's own.
_SMALL = frozenset(w for w, n in NUMBER_WORDS.items() if 1 < n < 10)


@dataclass(frozen=True)
class Act:
    """One verb of a statement: its class, the names and figures of its clause, and who
    does it: "the ministry grounded the jets" is not told by "the airline grounded its
    jets", whatever else they share."""

    verb: str
    names: frozenset[str]
    figures: frozenset[str]
    agents: frozenset[str] = frozenset()  # the words of the names in its subject


@dataclass(frozen=True)
class Event:
    """What one sentence tells: ``acts``, its main verb and the verbs joined to it ("X
    ruled ..., but Y insist ..."), none when it has no event verb; ``told`` maps every
    verb and noun class in the sentence to the words and figures of its clause (how
    another sentence may tell an act: "the agency approved it" / "won approval")."""

    acts: tuple[Act, ...]
    told: dict[str, frozenset[str]]
    doers: dict[str, frozenset[str]]  # by class: the words of its verb's subject and agent

    @property
    def verb(self) -> str:
        return self.acts[0].verb if self.acts else ""

    @property
    def names(self) -> frozenset[str]:
        return frozenset(n for act in self.acts for n in act.names)

    @property
    def figures(self) -> frozenset[str]:
        return frozenset(f for act in self.acts for f in act.figures)


def word_class(lemma: str) -> str:
    """One key for the forms of one event word: "approved" / "approval" / "approves"."""
    return stem(base_form(lemma.lower()))


def main_verb(span: Span) -> Token | None:
    """The sentence's event verb: its root, or, under a saying verb, what was said."""
    verb = span.root
    for _ in range(3):
        if verb.lemma_.lower() not in SAYING_LEMMAS:
            break
        said = [
            c
            for c in verb.children
            if c.dep_ in _SAID and c.pos_ in ("VERB", "AUX") and span.start <= c.i < span.end
        ]
        if not said:
            return None  # "X said so": the event is not in this sentence
        verb = said[0]
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in NO_EVENT | SAYING_LEMMAS:
        return None
    return verb


def timed_verb(verb: Token) -> Token | None:
    """The verb of the event a main verb places in time (``TIMING_VERBS``): "the visit
    came as the minister was wrapping up talks" tells the wrapping up; ``None`` when the
    timing word leads no clause ("came amid protests"); any other verb is itself."""
    if verb.lemma_.lower() not in TIMING_VERBS:
        return verb
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and c.lemma_.lower() not in NO_EVENT
            and any(m.dep_ == "mark" and m.lower_ in TIMING_WORDS for m in c.children)
        ):
            return c
    if any(c.dep_ in ("prep", "advcl", "mark") and c.lower_ in TIMING_WORDS for c in verb.children):
        return None
    return verb


def name_key(ent: Span) -> str:
    """One word for a name, as other outlets shorten it: the last word ("Mayor Anna
    Brandt" / "Brandt"), stemmed ("the Zephyrs" / "a Zephyr")."""
    last = [t for t in ent if t.text[:1].isalnum()]
    return stem(last[-1].lower_) if last else ""


def _figure(ent: Span) -> str:
    """A count or amount in one form ("20,000" -> "20000", "six billion" -> "6billion",
    "five" -> "5"); "" for a year."""
    said = [str(NUMBER_WORDS[w]) if w in _SMALL else w for w in words(ent.text)]
    found = sorted(w for w in fact_stems(said) if any(c.isdigit() for c in w))
    text = " ".join(found)
    return "" if not text or YEAR_RE.fullmatch(text) else text


def _verb(token: Token) -> Token:
    """The verb a word's participants hang on: itself, or a noun's verb ("won
    approval in May")."""
    if token.pos_ != "VERB" and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return token


def _clause(token: Token) -> tuple[int, int]:
    """The tokens a word's participants are found in: its verb's subtree."""
    head = _verb(token)
    return head.left_edge.i, head.right_edge.i + 1


def _doers(token: Token) -> set[str]:
    """The words (lower-cased and stemmed) of who does what a word tells: its verb's
    subject, or the agent of a passive ("grounded by the airline")."""
    found: set[str] = set()
    for c in _verb(token).children:
        if c.dep_ in ("nsubj", "nsubjpass", "agent"):
            lower = [t.lower_ for t in c.subtree]
            found.update(lower, map(stem, lower))
    return found


def _said_words(tokens: list[Token]) -> set[str]:
    """The words of a clause as participants are matched: lower-cased and stemmed, and its
    figures in one form ("five" -> "f:5", "20,000" -> "f:20000")."""
    lower = [t.lower_ for t in tokens]
    said = [str(NUMBER_WORDS[w]) if w in _SMALL else w for w in lower]
    figures = {"f:" + w for w in fact_stems(said) if any(c.isdigit() for c in w)}
    return set(lower) | {stem(w) for w in lower} | figures


def event_of(span: Span) -> Event:
    """The event of the sentence over ``span``."""
    parts: list[tuple[int, str]] = []  # (token index, "n:key" or "f:value")
    named: list[Token] = []  # the tokens of every name
    for ent in span.doc.ents_within(span.start, span.end):
        if ent.label_ in NAME_LABELS and (key := name_key(ent)):
            parts.append((ent.start, "n:" + key))
            named.extend(t for t in ent if t.text[:1].isalnum())
        elif ent.label_ in _FIGURE_LABELS and (value := _figure(ent)):
            parts.append((ent.start, "f:" + value))
    told: dict[str, set[str]] = {}
    doers: dict[str, set[str]] = {}
    clauses: dict[tuple[int, int], set[str]] = {}
    for t in span:
        if t.pos_ in ("VERB", "NOUN") and t.lemma_:
            lo, hi = _clause(t)
            lo, hi = max(lo, span.start), min(hi, span.end)
            if (lo, hi) not in clauses:
                clauses[(lo, hi)] = _said_words([span.doc[i] for i in range(lo, hi)])
            told.setdefault(word_class(t.lemma_), set()).update(clauses[(lo, hi)])
            doers.setdefault(word_class(t.lemma_), set()).update(_doers(t))
    verb = main_verb(span)
    verb = timed_verb(verb) if verb is not None else None
    acts: list[Act] = []
    if verb is not None:
        joined = [
            c for c in verb.conjuncts if c.pos_ == "VERB" and c.lemma_.lower() not in NO_EVENT
        ]
        apart = [_clause(c) for c in joined]
        for head in (verb, *joined):
            lo, hi = _clause(head)
            mine = {
                p
                for i, p in parts
                if lo <= i < hi and not any(a <= i < b for a, b in apart if (a, b) != (lo, hi))
            }
            subject = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            spans = [(c.left_edge.i, c.right_edge.i + 1) for c in subject]
            acts.append(
                Act(
                    word_class(head.lemma_),
                    frozenset(p[2:] for p in mine if p.startswith("n:")),
                    frozenset(p[2:] for p in mine if p.startswith("f:")),
                    frozenset(t.lower_ for t in named if any(a <= t.i < b for a, b in spans)),
                )
            )
    return Event(
        tuple(acts),
        {k: frozenset(v) for k, v in told.items()},
        {k: frozenset(v) for k, v in doers.items()},
    )


@by_article("event_names", encode_named_spans, decode_named_spans, named_spans_fit)
def article_names(adoc: AnalysedDocument) -> list[tuple[int, int, str]]:
    """The names of an article's parse that tell participants: (start token, end token,
    ``name_key``), by start; none without a parse. Read once per article (a second build
    of a growing folder reads them from the compose cache)."""
    if adoc.parse is None:
        return []
    return sorted(
        (e.start, e.end, key)
        for e in adoc.parse.ents
        if e.label_ in NAME_LABELS and (key := name_key(e))
    )


class EventIndex:
    """The events of a corpus's sentences, each read once when first asked for (a text
    without a parse has none), and the story's everyday names."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.events: dict[tuple[int, int, int], Event | None] = {}
        df: Counter[str] = Counter()
        for adoc in corpus.docs:
            if adoc.parse is not None:
                df.update({key for _, _, key in article_names(adoc)})
        cut = max(2.0, EVERYDAY_SHARE * len(corpus.docs))
        self.everyday = frozenset(n for n, c in df.items() if c >= cut)
        self.classes: dict[tuple[int, int], frozenset[str]] = {}

    def attribute_places(self, sentence: Sentence) -> frozenset[str]:
        """The places the sentence names only as attributes of nouns (``ATTRIBUTE_DEPS``:
        "a U.S. bombing raid", "a Miami-based exile group"), one word each."""
        span = sentence_tokens(self.corpus, sentence)
        if span is None:
            return frozenset()
        roles: dict[str, set[bool]] = {}
        for e in span.doc.ents_within(span.start, span.end):
            if e.label_ in PLACE_LABELS:
                roles.setdefault(name_key(e), set()).add(e.root.dep_ in ATTRIBUTE_DEPS)
        return frozenset(k for k, told in roles.items() if k and told == {True})

    def names_in(self, sentence: Sentence) -> frozenset[str]:
        """The names of a sentence, one word each as ``everyday`` holds them."""
        span = sentence_tokens(self.corpus, sentence)
        if span is None:
            return frozenset()
        names = article_names(self.corpus.docs[sentence.doc])
        found: set[str] = set()
        for i in range(bisect_left(names, (span.start,)), len(names)):
            start, end, key = names[i]
            if start >= span.end:
                break
            if end <= span.end:
                found.add(key)
        return frozenset(found)

    def _classes(self, sentence: Sentence) -> frozenset[str]:
        """The classes of a sentence's words (a verb's lemma class is its words' class)."""
        key = (sentence.doc, sentence.index)
        if key not in self.classes:
            self.classes[key] = frozenset(word_class(w) for w in sentence.words)
        return self.classes[key]

    def of(self, sentence: Sentence, text: str = "") -> Event | None:
        """The event of ``sentence``, or of ``text``, a part of it (a trimmed clause)."""
        at = sentence.text.find(text) if text and text != sentence.text else -1
        key = (sentence.doc, sentence.index, at)
        if key not in self.events:
            start = sentence.start + max(at, 0)
            end = start + len(text) if at >= 0 else sentence.end
            span = tokens_at(self.corpus.docs[sentence.doc].parse, start, end)
            self.events[key] = event_of(span) if span is not None else None
        return self.events[key]

    def tells(self, statement: Event | None, sentence: Sentence) -> bool:
        """Whether ``sentence`` tells the ``statement``'s event. Only a sentence with a
        word of each act's class is parsed for its event (a few of a story's thousands)."""
        if statement is None or not statement.acts:
            return False
        if any(act.verb not in self._classes(sentence) for act in statement.acts):
            return False
        other = self.of(sentence)
        return other is not None and tells_event(statement, other, self.everyday)

    def retells(self, statement: Event | None, sentence: Sentence) -> bool:
        """Whether ``sentence`` retells the ``statement``'s main act (``repeats_event``)."""
        if statement is None or not statement.acts:
            return False
        if statement.acts[0].verb not in self._classes(sentence):
            return False
        other = self.of(sentence)
        return other is not None and repeats_event(statement, other)


# The fewest participants (names and figures) the other sentence must share with the
# statement's clause; a name in ``EVERYDAY_SHARE`` of the articles or more is the story's
# everyday name, which alone makes no match. Chosen by reading every citation they add on
# the 20 TUNING+CHECK briefs (session 15): with one participant enough, 6 of the 10 added
# summary citations were wrong (one shared place or body, another subject); with two and
# the doer's name, the 10 added (6 timeline, 4 summary) were all right.
MIN_PARTICIPANTS = 2
EVERYDAY_SHARE = 0.5


def _tells_act(act: Act, other: Event, everyday: frozenset[str]) -> bool:
    if act.verb not in other.told:
        return False
    theirs = other.told[act.verb]
    if not all("f:" + f in theirs for f in act.figures):
        return False
    if act.agents and not act.agents & other.doers.get(act.verb, frozenset()):
        return False  # someone else did it, or nobody said who
    names = {n for n in act.names if n in theirs}
    if len(names) + len(act.figures) < MIN_PARTICIPANTS:
        return False
    if any(sum(c.isdigit() for c in f) >= 2 for f in act.figures) or names - everyday:
        return True
    # Only the story's everyday names: all of them, and the statement has no other.
    return names == act.names


def tells_event(statement: Event, other: Event, everyday: frozenset[str] = frozenset()) -> bool:
    """Whether ``other`` tells ``statement``'s event: for each of its acts, a word of the
    act's verb class whose subject names the act's subject (a word of it, when that is
    a name), whose clause gives every figure the act's clause gives ("ten minutes" too) and names
    ``MIN_PARTICIPANTS`` of its names and figures: one at least not of the story's
    ``everyday`` names, or a figure of two digits or more (a figure is as particular as
    a rare name: "killing 143"), or else every name it gives, all everyday ones."""
    return bool(statement.acts) and all(_tells_act(act, other, everyday) for act in statement.acts)


def repeats_event(statement: Event, other: Event) -> bool:
    """Whether ``other`` retells ``statement``'s main act as a later report of it would: a
    word of the act's class whose subject names the act's named doer, a clause that gives
    every figure of the act's clause and one more of its names or figures besides the doer's
    ("the ministry grounded the fleet at Pellin" / "the ministry grounded its jets at
    Pellin"). Looser than ``tells_event`` (one participant, the main act only): it is asked
    only of entries a day or two apart from other articles (``timeline``). On the 28 dev
    corpora (20 DUC 2006, 8 DUC 2004) it holds for 8 sentence pairs of other articles of one
    day that ``tells_event`` misses, all one event, and for none a day or two apart."""
    if not statement.acts:
        return False
    act = statement.acts[0]
    agents = act.agents - STOP_WORDS  # "the" of "The Harbour Board" names no one
    if not agents or act.verb not in other.told:
        return False
    if not agents & other.doers.get(act.verb, frozenset()):
        return False  # someone else did it, or nobody said who
    theirs = other.told[act.verb]
    if not all("f:" + f in theirs for f in act.figures):
        return False
    doer = agents | {stem(w) for w in agents}
    return bool(act.figures) or any(n in theirs and n not in doer for n in act.names)
