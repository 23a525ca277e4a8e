"""The words of a sentence that say who, not what: the people it names and their titles,
and what its main clause is about.

For the † decision a sentence sharing only the story's everyday words with a statement
reports none of its fact (``corroboration.ANCHOR_SHARE``). Names and the titles
given them are no better an anchor: "David Roe, an attorney for the Harbour League, said
the permits were a rubber stamp" shares with "Dan Roe, an attorney at the Harbour League,
said the new rules are overdue" every rare word, and tells another act of the same man
(issue 11's judging of the † marks: the same people doing a different act). Here the
words of who are the words of each person's name in the parse and of an apposition to
it ("Dan Roe, *an attorney at the league*", "Ann Vale, *a spokeswoman for the group*")
or a title before it ("*Ohio Gov.* Ann Vale").

Only people: the name of a body, a place or a thing is often what the fact is about
("the Vales founded the trust that became Vale Harbour Aid" and "they started a trust,
Vale Harbour Aid"; "the recorder is being read in Calder"). Read
on the 20 TUNING+CHECK briefs (session 29): with every kind of name, six † added, two of
them wrong by a strict reader (D0627I, D0617H: the agency's founding and the recorder's
recovery told by another source around the same names); with people only, two, both
right (D0603C, D0619A: a spokesman quoted by other sources on other things). With the
titles, and the words spelled as the † test spells them ("R-Ore.", "front-runner"),
four more, all right (D0619A three times: a congressman's and a candidate's other acts;
D0609I), and nothing else moved.

A word of one person's name or title is no word in common with another person's: "Gov.
George Vale" and "Gov. George Berg" share "Gov." and "George" and no fact
(``WhoWords.same_roles``; one person when the last word of one's name is in the
other's). Read on the 20 TUNING+CHECK briefs (session 34): two
sources no longer counted, both judged not to report the fact (another governor's
limited power, D0635H; a great-uncle asking for the custody another source says he was
given, D0647B), one † added, right; none judged right lost. Nor is a one-word title
before a person's name the name of a body of the same stem ("Senator Ann Vale" / "the
Senate", ``WhoWords.titles_and_bodies``): one source judged wrong no longer counted, its
† back (D0627I), nothing else moved; any word held only in a title against one held
elsewhere lost seven judged right (a body named in a person's title, "chairman of the
safety board") for five wrong.

What a statement is about is no anchor either (``WhoWords.topic``): the subject phrase of
its main clause, less the words the rest of the clause repeats. "Poverty on the Calder
reservation makes it the poorest county in the state" is not reported by "an activist
proposed a liquor store near the Calder reservation", nor "the harbour board estimates
that half the pier's berths are empty" by "the harbour board's audit counted 40 moorings":
a sentence must share something of what the statement says of its subject. Read on the 20
TUNING+CHECK briefs (session 31): of 220 other sources the † test
counted, 20 it no longer counts, 19 of them judged not to report the fact by a strict
reader (the same reservation, bureau, drug, response team or uncle on something else) and
one that did, on a statement three other sources still report; five † added, all right by
reading the articles (D0611B, D0619A twice, D0629B, D0639C), none taken off. Finite
clauses of condition or time ("if ...", "while ...") read as the subject too took off
two wrong † and added two wrong ones (D0605E, D0631D: the fact's count or its inquiry
told in such a clause); relative clauses added five wrong ones.
"""

from __future__ import annotations

from typing import Any

from briefing.compose.article_memo import article_memo
from briefing.compose.events import main_verb
from briefing.compose.fact_words import fact_stems
from briefing.compose.memo import SENTENCE_MEMO, BadValue, decode_strings
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.words import words
from briefing.model import Corpus, Sentence
from briefing.parsed import Span, Token

# Dependents before a name that give the person's title ("Ohio Gov. Ann Vale", "GOP
# front-runner Ann Vale").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})
# A person a sentence names: the stems of the name's last word, of the name, and of the
# name with its title and apposition.
Person = tuple[frozenset[str], frozenset[str], frozenset[str]]
# Dependents of a verb that are its subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


# The people a sentence names and the stems of its other words (``WhoWords.people``).
People = tuple[tuple[Person, ...], frozenset[str]]


def _encode_people(value: People) -> list[Any]:
    found, rest = value
    return [[[sorted(stems) for stems in person] for person in found], sorted(rest)]


def _decode_people(data: Any) -> People:
    """``People`` as ``_encode_people`` wrote them; ``BadValue`` otherwise."""
    if not (isinstance(data, list) and len(data) == 2 and isinstance(data[0], list)):
        raise BadValue("the people a sentence names and its other words")
    found = []
    for person in data[0]:
        if not (isinstance(person, list) and len(person) == 3):
            raise BadValue("a person's three sets of stems")
        last, name, said = map(decode_strings, person)
        found.append((last, name, said))
    return tuple(found), decode_strings(data[1])


def _encode_titles(value: tuple[frozenset[str], frozenset[str]]) -> list[list[str]]:
    return [sorted(value[0]), sorted(value[1])]


def _decode_titles(data: Any) -> tuple[frozenset[str], frozenset[str]]:
    if not (isinstance(data, list) and len(data) == 2):
        raise BadValue("a sentence's titles and bodies")
    return decode_strings(data[0]), decode_strings(data[1])


# What each sentence's parse tells, by article and sentence index, kept in the article's
# compose cache entry: a second run over benchmarks/scale.py's folder read the people of
# ~2,200 sentences from their parse again (0.45 CPU s), for the same statements.
_PEOPLE = article_memo("sentence_people", __name__, _encode_people, _decode_people)
_TITLES = article_memo("sentence_titles", __name__, _encode_titles, _decode_titles)
_PEOPLE.limit = _TITLES.limit = SENTENCE_MEMO  # one answer per sentence asked


class WhoWords:
    """The who-words of a corpus's sentences, each read once from its parse (and kept
    across builds: ``_PEOPLE``, ``_TITLES``)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._topics: dict[tuple[int, int], frozenset[str]] = {}

    def of(self, sentence: Sentence) -> frozenset[str]:
        """The stems (as ``fact_stems`` writes them) of the people the sentence names, of
        the appositions to them and of their titles; empty without a parse."""
        return frozenset(w for *_, said in self.people(sentence)[0] for w in said)

    def people(self, sentence: Sentence) -> People:
        """Each person the sentence names (``Person``: the stems of the name's last word,
        of the name and of the name with its apposition and title) and the stems of its
        other words."""
        adoc = self.corpus.docs[sentence.doc]
        return _PEOPLE.ask(adoc, (sentence.index,), lambda _a, _i: self._people(sentence))

    def _people(self, sentence: Sentence) -> People:
        span = sentence_tokens(self.corpus, sentence)
        if span is None:
            return (), frozenset()
        whose: dict[int, int] = {}  # token index -> the person's number
        names = [e for e in span.doc.ents_within(span.start, span.end) if e.label_ == "PERSON"]
        for n, ent in enumerate(names):
            whose.update(dict.fromkeys(range(ent.start, ent.end), n))
        said: list[list[str]] = [words(ent.text) for ent in names]
        told: set[int] = set(whose)
        for token in span:
            apposed = token.dep_ == "appos" and token.head.i in whose
            titled = token.dep_ in _TITLE_DEPS and token.i < token.head.i in whose
            if (apposed or titled) and token.i not in whose:
                phrase = span.doc[token.left_edge.i : token.right_edge.i + 1]
                said[whose[token.head.i]] += words(phrase.text)
                told.update(range(token.left_edge.i, token.right_edge.i + 1))
        found = tuple(
            (
                fact_stems(words(span.doc[ent.end - 1].text)),
                fact_stems(words(ent.text)),
                fact_stems(w),
            )
            for ent, w in zip(names, said, strict=True)
        )
        rest = fact_stems([t.text for t in span if t.i not in told])
        return found, rest

    def titles_and_bodies(self, sentence: Sentence) -> tuple[frozenset[str], frozenset[str]]:
        """The stems of the one-word titles before people's names ("Senator Ann Vale") and
        of the bodies the sentence names ("the Senate"); empty without a parse."""
        adoc = self.corpus.docs[sentence.doc]
        return _TITLES.ask(adoc, (sentence.index,), lambda _a, _i: self._titles(sentence))

    def _titles(self, sentence: Sentence) -> tuple[frozenset[str], frozenset[str]]:
        span = sentence_tokens(self.corpus, sentence)
        titles: list[str] = []
        bodies: list[str] = []
        for ent in span.doc.ents_within(span.start, span.end) if span is not None else ():
            if ent.label_ == "ORG":
                bodies += words(ent.text)
            before = span.doc[ent.start - 1] if ent.start > span.start else None
            if ent.label_ == "PERSON" and _one_word_title(before, ent.start, ent.end):
                titles.append(before.text)
        return fact_stems(titles), fact_stems(bodies)

    def same_roles(
        self, statement: Sentence, other: Sentence, shared: frozenset[str]
    ) -> frozenset[str]:
        """The words of ``shared`` less those both sentences hold only in the names and
        titles of people, of no person in common (one person: the last word of one's name
        is a word of the other's, "Vale" / "Ann Vale"): "Gov. Ann Vale" is no "Gov. Ann
        Berg"."""
        mine, my_rest = self.people(statement)
        theirs, their_rest = self.people(other)
        my_titles, my_bodies = self.titles_and_bodies(statement)
        their_titles, their_bodies = self.titles_and_bodies(other)
        kept = set()
        for w in shared:
            if (w in their_titles and w not in their_rest and w in my_bodies) or (
                w in my_titles and w not in my_rest and w in their_bodies
            ):
                continue  # "Senator Ann Vale" and "the Senate"
            a = [p for p in mine if w in p[2]]
            b = [p for p in theirs if w in p[2]]
            if w in my_rest or w in their_rest or not a or not b:
                kept.add(w)
            elif any(x[0] & y[1] or y[0] & x[1] for x in a for y in b):
                kept.add(w)  # one person's name or title in both
        return frozenset(kept)

    def topic(self, sentence: Sentence) -> frozenset[str]:
        """The stems (as ``fact_stems`` writes them) of what the sentence's main clause is
        about and nowhere else in it: the subject phrase of its main verb (under a saying
        verb, of what was said; of the root when the verb tells no event, "the dose of the
        drug is ..."), less the words the rest of the clause also holds. Empty without a
        parse or a subject."""
        key = (sentence.doc, sentence.index)
        if key in self._topics:
            return self._topics[key]
        span = sentence_tokens(self.corpus, sentence)
        found: frozenset[str] = frozenset()
        verb = _clause_verb(span) if span is not None else None
        if span is not None and verb is not None:
            subject = subject_tokens(span)
            rest = [t.lower_ for t in verb.subtree if t.i not in subject]
            said = [span.doc[i].lower_ for i in sorted(subject)]
            found = fact_stems(said) - fact_stems(rest)
        self._topics[key] = found
        return found


def _one_word_title(token: Token | None, start: int, end: int) -> bool:
    """Whether ``token`` is a title of one word, no name, before the name of tokens
    ``start`` to ``end``: "*Senator* Ann Vale"."""
    if token is None:
        return False
    alone = token.left_edge.i == token.i == token.right_edge.i
    return (
        token.dep_ == "compound" and not token.ent_type_ and alone and start <= token.head.i < end
    )


def subject_tokens(span: Span) -> set[int]:
    """The indices of the tokens of the subject phrase of the sentence's main clause
    (``_clause_verb``) within ``span``; empty when it has none."""
    verb = _clause_verb(span)
    if verb is None:
        return set()
    return {
        t.i
        for c in verb.children
        if c.dep_ in _SUBJECT_DEPS
        for t in c.subtree
        if span.start <= t.i < span.end
    }


def _clause_verb(span: Span) -> Token | None:
    """The main clause's verb: the event verb (``events.main_verb``), else the root when
    it is a verb ("is", "has")."""
    verb = main_verb(span)
    if verb is None and span.root.pos_ in ("VERB", "AUX"):
        return span.root
    return verb
