"""Two named speakers' opposed views given in quotes, with no dispute word.

News often sets two parties against each other only by quoting each ("“We never sank a
civilian ferry,” the Norland admiral said." / "“A civilian ferry was sunk,” said Ilse
Varga, a Dunmore pilot."): no "denied" or "disputed" links them, so
the attributed-dispute rules miss them. A pair is shown when, read from the parse,

* each sentence quotes a named party, credited outside the quote by a saying verb
  ("said", "says"; no pronoun party), and the two parties
  share no name word nor stem;
* each quote tells one deed done to one thing: a verb (no saying, side-taking or light
  verb) and its object, or its subject in the passive, a noun with the same describing
  words ("sank a ferry" / "a ferry was sunk"; "executed an innocent man" / "innocent men
  were executed"), and one quote says it the other way round: a "not", "never" or "no"
  on the way from the deed to the quote's top, or on the thing, in one quote only;
* the deed's doer is one in both: the same noun ("the navy" / "the navy"), or unstated in
  one ("ferries were sunk"); a speaker's own "I", "we" or "our divers" is that speaker's,
  so two speakers' "we" are two doers, and a doer no noun names ("he", "they", "their
  navy" against "the navy") is not read; and where both quotes say where or when (a
  "in"/"on" phrase), they say one place or time ("in the northern strait" / "in the
  southern gulf" are two deeds);
* neither quote is a question, a condition ("if", "whether", "unless"), a guess ("may",
  "might", "could"), a promise or a duty ("will", "must") on the way from the deed up,
  and neither sentence is shown already.

The pair is headed by the later sentence (``paired_sentences``), cut after the
speaker's name when it is too long ("“…,” said Ilse Varga" of "…, said Ilse Varga, a
pilot who …"), else by the earlier; a pair neither heads is not shown. At most one pair
a thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.compose.dispute_topics import MAX_SENTENCE_HEADING_WORDS
from briefing.compose.exclusive_claims import one_side
from briefing.compose.paired_sentences import shown_pairs
from briefing.compose.positions import SAYING_LEMMAS, party_of
from briefing.lang.both_sides import LIGHT_VERBS, STANCE_LEMMAS
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence
from briefing.parsed import Token, tokens_at

_NEGATIONS = frozenset({"not", "n't", "never", "no", "none", "nobody", "nothing"})
# A condition, guess, promise or duty, not an account of what was done ("if", "may",
# "will", "must"): a quote so said is no side of a dispute of fact.
_HEDGES = frozenset(
    {"if", "whether", "unless", "may", "might", "could", "would", "should", "will", "wo",
     "'ll", "shall", "must", "can", "ca", "let"}
)  # fmt: skip
# Words that half deny what they qualify ("few believe", "hardly"): no clear side.
_SCARCELY = frozenset({"few", "little", "hardly", "barely", "scarcely", "seldom", "rarely"})
# What a quote may say its deed through: saying, knowing, being sure of it.
_PLAIN_WAY = STANCE_LEMMAS | {
    "know", "be", "confident", "sure", "certain", "convinced", "clear", "true", "fact",
}  # fmt: skip
# Describing words that count, not describe ("a single civilian ferry").
_COUNTING_WORDS = frozenset({"single", "only", "sole", "lone", "other", "more", "many", "few"})
_QUOTES = frozenset(OPENING_QUOTES + CLOSING_QUOTES)
# A speaker's own words for the doer: the speaker's party, whoever that is.
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# The doer of a passive deed that names none ("ferries were sunk"): anyone's.
_UNSTATED: tuple[str, ...] = ("",)


@dataclass(frozen=True)
class _View:
    """One quoted deed: the sentence, its party's words, the thing and deed, its sense."""

    sentence: Sentence
    party: frozenset[str]
    thing: tuple[str, str, frozenset[str]]
    doer: tuple[str, ...]
    setting: frozenset[str]
    negated: bool
    heading: str | None


def _quoted(span: object) -> set[int]:
    """Token positions inside the sentence's quotation marks."""
    inside, out = False, set()
    for t in span:  # type: ignore[attr-defined]
        if t.text in _QUOTES:
            inside = not inside if t.text == '"' else t.text in OPENING_QUOTES
            continue
        if inside:
            out.add(t.i)
    return out


def _negated(tok: Token, inside: set[int]) -> bool | None:
    """Whether the deed ``tok`` is said the other way round within the quote (an odd
    count of negations on the way up); None when hedged on the way, or when the way
    passes a word that is no plain saying, knowing or being ("it is inconceivable
    that …", "the share of voters who think …": what those make of the deed is not
    read here)."""
    count, deed = 0, tok
    while tok.i in inside:
        if tok is not deed and tok.pos_ != "AUX" and tok.lemma_.lower() not in _PLAIN_WAY:
            return None
        if tok is not deed and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() not in _PLAIN_WAY for c in tok.children
        ):
            return None  # "it is inconceivable that …"
        for c in tok.children:
            if c.lower_ in _HEDGES or c.lower_ in _SCARCELY:
                return None
            if c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ in ("advmod", "det")):
                count += 1
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return count % 2 == 1


def _views(adoc: AnalysedDocument, sent: Sentence) -> list[_View]:
    """The quoted deeds of ``sent`` credited to its named party (the module's rules)."""
    if sent.text.rstrip("”\"' ").endswith("?"):
        return []
    span = tokens_at(adoc.parse, sent.start, sent.end)
    if span is None:
        return []
    inside = _quoted(span)
    speaker = next(
        (
            c
            for t in span
            if t.i not in inside and t.lemma_.lower() in SAYING_LEMMAS
            for c in t.children
            if c.dep_ == "nsubj" and c.i not in inside
        ),
        None,
    )
    if not inside or speaker is None or speaker.pos_ == "PRON":
        return []
    party = party_of(speaker, None)
    if party is None:
        return []
    heading = _heading(sent, speaker, inside)
    out = []
    for t in span:
        if t.i not in inside or t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower()
        if lemma in LIGHT_VERBS or lemma in STANCE_LEMMAS:
            continue
        passive = any(c.dep_ == "auxpass" for c in t.children)
        role = "nsubjpass" if passive else "dobj"
        thing = next((c for c in t.children if c.dep_ == role), None)
        if thing is None or thing.pos_ != "NOUN":
            continue
        described = frozenset(
            c.lemma_.lower()
            for c in thing.children
            if c.dep_ == "amod" and c.lower_ not in _COUNTING_WORDS
        )
        negated = _negated(t, inside)
        doer = _doer(t, passive, party[0])
        if not described or negated is None or doer is None:
            continue
        if any(c.lower_ in _NEGATIONS for c in thing.children):
            negated = not negated  # "no innocent man was executed"
        key = (lemma, _noun_key(thing), described)
        out.append(_View(sent, party[0], key, doer, _setting(t), negated, heading))
    return out


def _doer(verb: Token, passive: bool, party: frozenset[str]) -> tuple[str, ...] | None:
    """Who does ``verb``'s deed: ``_UNSTATED`` for a passive that names no one; the
    speaker's party for "I", "we", "our divers"; else the doer noun and its words ("the
    Norland navy"); None when no noun names the doer ("he", "they", "their navy")."""
    if passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            return _UNSTATED
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None)
    else:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    owners = [c for c in doer.children if c.dep_ == "poss"]
    if doer.lower_ in _FIRST_PERSON or any(c.lower_ in _FIRST_PERSON for c in owners):
        return ("I", *sorted(party))
    if doer.pos_ == "PRON" or any(c.pos_ == "PRON" for c in owners):
        return None
    words = sorted(
        c.lemma_.lower() for c in doer.children if c.dep_ in ("compound", "amod", "poss")
    )
    return ("noun", *words, doer.lemma_.lower())


def _setting(verb: Token) -> frozenset[str]:
    """Where or when ``verb``'s deed is said to be: its "in"/"on" phrases' nouns with
    their describing words ("northern strait")."""
    return frozenset(
        " ".join(
            [c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")]
            + [noun.lemma_.lower()]
        )
        for prep in verb.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
    )


def _one_deed(a: _View, b: _View) -> bool:
    """Whether two views tell one deed: one doer (or one unstated), one setting where
    both give one."""
    one_doer = _UNSTATED in (a.doer, b.doer) or (a.doer == b.doer and a.doer[0] == "noun")
    return one_doer and (not a.setting or not b.setting or bool(a.setting & b.setting))


def _heading(sent: Sentence, speaker: Token, inside: set[int]) -> str | None:
    """The sentence as a heading: whole up to ``MAX_SENTENCE_HEADING_WORDS`` words, else
    the quote and its credit up to the speaker's name when the credit follows the quote
    ("“…,” said Ilse Varga" of "…, said Ilse Varga, a pilot who …"); None when longer."""
    text = sent.text.strip()
    if len(text.split()) > MAX_SENTENCE_HEADING_WORDS and speaker.i > min(inside):
        cut = speaker.idx + len(speaker.text) - sent.start
        text = sent.text[:cut].rstrip(" ,") + "."
        if text.count('"') % 2 or text.count("“") != text.count("”"):
            return None  # a quote cut in its middle
    return text if len(text.split()) <= MAX_SENTENCE_HEADING_WORDS else None


def _noun_key(noun: Token) -> str:
    """A noun's lemma, "people" one with "person"."""
    lemma = noun.lemma_.lower()
    return "person" if lemma == "people" else lemma


def _pairs(corpus: Corpus, shown: set[str]) -> list[tuple[Sentence, Sentence, str]]:
    """(earlier view, later view, heading) of each thing's first opposed pair."""
    views = [
        v
        for adoc in corpus.docs
        if adoc.parse is not None
        for s in adoc.sentences
        if s.text not in shown and any(q in s.text for q in _QUOTES)
        for v in _views(adoc, s)
    ]
    out, done = [], set()
    for i, a in enumerate(views):
        if a.thing in done:
            continue
        b = next(
            (
                b
                for b in views[i + 1 :]
                if b.thing == a.thing
                and b.negated != a.negated
                and _one_deed(a, b)
                and b.sentence.text != a.sentence.text
                and not one_side(a.party, b.party)
            ),
            None,
        )
        heading = None if b is None else b.heading or a.heading
        if b is not None and heading is not None:
            done.add(a.thing)
            out.append((a.sentence, b.sentence, heading))
    return out


def find_quoted_views(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Opposed quoted views of two named parties (the module's rules); a sentence in
    ``shown`` is not shown again."""
    return shown_pairs(corpus, _pairs(corpus, shown), shown)
