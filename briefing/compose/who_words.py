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

What a statement is about is no anchor either (``WhoWords.topic``): the subject phrase of
its main clause, less the words the rest of the clause repeats. "Poverty on the Calder
reservation makes it the poorest county in the state" is not reported by "an activist
proposed a liquor store near the Calder reservation", nor "the harbour board estimates
that half the pier's berths are empty" by "the harbour board's audit counted 40 moorings":
a sentence must share something of what the statement says of its subject. Read on the 20
TUNING+CHECK briefs (session 31, /work/dev/s31/dagger): of 220 other sources the † test
counted, 20 it no longer counts, 19 of them judged not to report the fact by a strict
reader (the same reservation, bureau, drug, response team or uncle on something else) and
one that did, on a statement three other sources still report; five † added, all right by
reading the articles (D0611B, D0619A twice, D0629B, D0639C), none taken off. Finite
clauses of condition or time ("if ...", "while ...") read as the subject too took off
two wrong † and added two wrong ones (D0605E, D0631D: the fact's count or its inquiry
told in such a clause); relative clauses added five wrong ones.
"""

from __future__ import annotations

from briefing.compose.events import main_verb
from briefing.compose.fact_words import fact_stems
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.words import words
from briefing.model import Corpus, Sentence
from briefing.parsed import Span, Token

# Dependents before a name that give the person's title ("Ohio Gov. Ann Vale", "GOP
# front-runner Ann Vale").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})
# Dependents of a verb that are its subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


class WhoWords:
    """The who-words of a corpus's sentences, each read once from its parse."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._found: dict[tuple[int, int], frozenset[str]] = {}
        self._topics: dict[tuple[int, int], frozenset[str]] = {}

    def of(self, sentence: Sentence) -> frozenset[str]:
        """The stems (as ``fact_stems`` writes them) of the people the sentence names, of
        the appositions to them and of their titles; empty without a parse."""
        key = (sentence.doc, sentence.index)
        if key in self._found:
            return self._found[key]
        span = sentence_tokens(self.corpus, sentence)
        found: set[str] = set()
        if span is not None:
            named: set[int] = set()
            for ent in span.doc.ents:
                if span.start <= ent.start and ent.end <= span.end and ent.label_ == "PERSON":
                    named.update(range(ent.start, ent.end))
                    found |= fact_stems(words(ent.text))
            for token in span:
                apposed = token.dep_ == "appos" and token.head.i in named
                titled = token.dep_ in _TITLE_DEPS and token.i < token.head.i in named
                if (apposed or titled) and token.i not in named:
                    found |= fact_stems(
                        words(span.doc[token.left_edge.i : token.right_edge.i + 1].text)
                    )
        self._found[key] = frozenset(found)
        return self._found[key]

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
