"""One party's claim and another party's "it did not", in one article: a dispute with no
dispute verb.

"Inspectors had said last week that the ferry may have topped a speed of ten knots.
But Brandt said Wednesday the logs show the ferry never reached such speeds." "The mayor
said she feared the plan may harm the market traders. ... Quist said shop owners told
him the plan would not harm the market traders." No one "denies" or "disputes"
anything, yet two parties are set against each other on one thing. Both sentences are
shown, as a dispute one source reports, when the parse says they tell the same event the
opposite way round:

* each sentence is credited to a named party ("said", "according to"; not a pronoun),
  and the two parties differ;
* in what one party says, a verb is negated ("did not", "would not", "never"); in what
  the other says, the same event is told without a negation: the same verb with the same
  subject and a noun in common, or (in the sentence just before) a verb with the same
  subject whose object the negated one points back to with "such" ("such speeds" after
  "a speed of ten knots");
* neither subject carries a count: "300 workers never received a stipend" after "the
  average worker received a stipend of twenty pounds" tells of a part of them, not the
  opposite of the same thing.

One article tells both, so both sides are of one time. The heading is the denying
sentence (without its "But"), a "such" noun completed by the claim's in brackets ("such
speeds [a speed of ten knots]"), so that it names the thing and what each side holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefing.compose.article_memo import by_article
from briefing.compose.dispute_gate import readable_claim
from briefing.compose.dispute_topics import unlinked
from briefing.compose.memo import BadValue
from briefing.compose.paired_sentences import shown_pairs
from briefing.lang.words import negated
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence
from briefing.parsed import Span, Token, negated_below, tokens_at

# A heading is no longer than a sentence heading of a dispute (``dispute_topics``).
# Chosen by hand in d9ec188; not benchmarked.
MAX_HEADING_WORDS = 40

SAYING_LEMMAS = frozenset(
    {"say", "tell", "report", "state", "insist", "maintain", "contend", "argue", "add", "note"}
)
# Their forms in a sentence's words, and "according" (to).
SAYING_WORDS = frozenset(
    {"according", "say", "says", "said", "saying", "tell", "tells", "told", "telling"}
    | {"report", "reports", "reported", "state", "states", "stated", "insist", "insists"}
    | {"insisted", "maintain", "maintains", "maintained", "contend", "contends", "contended"}
    | {"argue", "argues", "argued", "add", "adds", "added", "note", "notes", "noted"}
)
_SUBJECTS = ("nsubj", "nsubjpass")
_CONTENT_POS = ("NOUN", "PROPN")


def _credit(span: Span) -> tuple[Token, Token] | None:
    """The saying verb of a sentence and who says it: the verb's subject, or the noun of
    "according to"; None when nobody is credited."""
    for t in span:
        if t.lemma_ in SAYING_LEMMAS and t.pos_ in ("VERB", "AUX"):
            subject = [c for c in t.children if c.dep_ in _SUBJECTS]
            if subject:
                return t, subject[0]
        if t.lower_ == "according":
            for prep in t.children:
                for noun in prep.children:
                    if noun.dep_ == "pobj":
                        return t, noun
    return None


def _subject(verb: Token) -> Token | None:
    """A verb's subject, through its auxiliaries' head: None for a pronoun or a subject
    with a count ("300,000 workers")."""
    found = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not found or found[0].pos_ == "PRON":
        return None
    if any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in found[0].subtree):
        return None
    return found[0]


def _nouns(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT_POS}


def _within(token: Token, head: Token) -> bool:
    """Whether ``token`` is ``head`` or below it in the parse."""
    return head.left_edge.i <= token.i <= head.right_edge.i


def _pointed(verb: Token, first: list[Token]) -> Token | None:
    """The noun of the first sentence that ``verb``'s "such" noun points back to ("such
    speeds" -> "speed" of "a speed of ten knots"), or None."""
    for t in verb.subtree:
        if t.lower_ == "such" and t.head.pos_ == "NOUN":
            lemma = t.head.lemma_.lower()
            for noun in first:
                if noun.pos_ == "NOUN" and noun.lemma_.lower() == lemma:
                    return noun
    return None


@dataclass(frozen=True)
class _Event:
    """A verb of what a party says, read once: its subject's lemma, the nouns below it
    (the subject's left out) and whether it is negated."""

    verb: Token
    subject: str
    nouns: frozenset[str]
    negated: bool


@dataclass(frozen=True)
class _Told:
    """What a credited sentence's party says: the events below its saying verb."""

    sentence: Sentence
    party: str  # lemma of who says it
    events: tuple[_Event, ...]


def _told(adoc: AnalysedDocument, sent: Sentence) -> _Told | None:
    """A sentence credited to a named party (not a pronoun), with the events the party
    tells; None otherwise."""
    if adoc.parse is None or not readable_claim(sent.text):
        return None
    span = tokens_at(adoc.parse, sent.start, sent.end)
    credit = _credit(span) if span is not None else None
    if credit is None or credit[1].pos_ == "PRON":
        return None
    say, party = credit
    events = []
    for t in span:
        if t.pos_ not in ("VERB", "AUX") or t.i == say.i or t.lemma_ in SAYING_LEMMAS:
            continue
        subject = _subject(t) if _within(t, say) else None
        if subject is not None:
            lemma = subject.lemma_.lower()
            nouns = frozenset(_nouns(list(t.subtree)) - {lemma})
            events.append(_Event(t, lemma, nouns, negated_below(t)))
    return _Told(sent, party.lemma_.lower(), tuple(events))


def _opposed(claim: _Told, denial: _Told, adjacent: bool) -> Token | None:
    """The verb of ``denial`` negating an event ``claim`` tells unnegated (see the
    module's rules): the "such" noun's antecedent in ``claim`` when it points back, else
    the negated verb; None when the two do not oppose."""
    if claim.party == denial.party:
        return None  # one party going on, not two
    for event in denial.events:
        if not event.negated:
            continue
        for other in claim.events:
            if other.negated or other.subject != event.subject:
                continue
            if adjacent:
                pointed = _pointed(event.verb, list(other.verb.subtree))
                if pointed is not None:
                    return pointed
            if other.verb.lemma_ == event.verb.lemma_ and event.nouns & other.nouns:
                return event.verb
    return None


def _heading(denial: str, lemma: str, words: str) -> str:
    """The denying sentence without its "But", its "such" noun (of ``lemma``) completed in
    brackets by ``words`` (the claim's noun phrase; no brackets when ``lemma`` is "")."""
    text = denial
    if lemma:
        such = re.search(rf"\bsuch\s+{re.escape(lemma)}\w*", text, re.I)
        if such is not None:
            text = f"{text[: such.end()]} [{words}]{text[such.end() :]}"
    return unlinked(text.strip())


def _credited(sent: Sentence) -> bool:
    """Whether a sentence has a saying word at all (read before its parse, which costs)."""
    return not SAYING_WORDS.isdisjoint(sent.words)


# One correction of an article: the positions of the claim and of the denial among its
# sentences, and the lemma and words of the noun the denial's "such" points back to ("", ""
# when it points back to none).
_Row = tuple[int, int, str, str]
_ROW_TYPES = [int, int, str, str]


def _encode_rows(value: list[_Row]) -> list[list[Any]]:
    return [list(row) for row in value]


def _decode_rows(data: Any) -> list[_Row]:
    if not isinstance(data, list):
        raise BadValue("a list of corrections")
    out = []
    for x in data:
        if not (isinstance(x, list) and list(map(type, x)) == _ROW_TYPES):
            raise BadValue("two sentence positions, a lemma and words")
        out.append((x[0], x[1], x[2], x[3]))
    return out


def _rows_fit(value: list[_Row], text: str, sentences: int) -> bool:
    """Positions of the article's sentences, and pointed words of its text (a stored row
    puts no words of its own into a heading)."""
    return all(0 <= c < sentences and 0 <= d < sentences and w in text for c, d, _, w in value)


@by_article("article_corrections", _encode_rows, _decode_rows, _rows_fit)
def _correction_rows(adoc: AnalysedDocument) -> list[_Row]:
    """The corrections of one article (``_Row``), a pure function of the article and its
    parse: remembered across builds (a second run read the parse of every credited
    sentence of the story again)."""
    if not any(_credited(s) and negated(s.words) for s in adoc.sentences):
        return []  # nobody says "did not": most articles, no parse read
    at = {id(s): i for i, s in enumerate(adoc.sentences)}
    told = [t for t in (_told(adoc, s) for s in adoc.sentences if _credited(s)) if t is not None]
    out = []
    for denial in told:
        if not any(e.negated for e in denial.events):
            continue
        for claim in told:
            if claim is denial:
                continue
            adjacent = claim.sentence.index + 1 == denial.sentence.index
            found = _opposed(claim, denial, adjacent)
            if found is None:
                continue
            lemma, words = "", ""
            if found.i not in {e.verb.i for e in denial.events}:
                lemma = found.lemma_
                words = found.doc[found.left_edge.i : found.right_edge.i + 1].text
            heading = _heading(denial.sentence.text, lemma, words)
            if len(heading.split()) <= MAX_HEADING_WORDS:
                out.append((at[id(claim.sentence)], at[id(denial.sentence)], lemma, words))
                break
    return out


def _corrections(adoc: AnalysedDocument) -> list[tuple[Sentence, Sentence, str]]:
    """(claim, denial, heading) of every correction in one article."""
    sents = adoc.sentences
    return [
        (sents[c], sents[d], _heading(sents[d].text, lemma, words))
        for c, d, lemma, words in _correction_rows(adoc)
        if c < len(sents) and d < len(sents)
    ]


def find_corrections(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Corrections with no dispute verb (the module's rules), one per denying sentence; a
    sentence already in ``shown`` (another divergence's claim) is not shown again."""
    found = (x for adoc in corpus.docs for x in _corrections(adoc))
    return shown_pairs(corpus, found, shown)
