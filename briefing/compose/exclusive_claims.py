"""Exclusive claims: one party says a thing did "only" this, another party of another
article says it did something else.

"The Tallow Guild insists the mill made only flour." / "Harbour inspectors said the
mill produced lamp oil." (issue 11: two parties' accounts of one thing told in two
articles, which no dispute verb links). The "only" rules out what the other says, so
the two disagree. Both are shown, the other party's claim first, when the parse says:

* each sentence is credited to a named party (the subject of a saying verb, not a
  pronoun: ``positions.speaker_of``), the two parties sharing no word nor a word's
  stem ("Sudeny" and "Sudenian" are one side);
* in what each says, a verb has a subject (a noun, no count) and an object: the same
  subject by its lemma, the same verb or one of ``lang.both_sides.SAME_DEED_VERBS``; when
  both subjects have words before the noun, one in common ("the new mill" and "the old
  mill", "the Ostby mill" and "the Lund mill" are two);
* one object opens with "only" (not "not only", nor "only" before a number or "a few":
  "only 600 homes" is a figure's; not "the only flour sold there", one of a kind, nor
  "flour that only the army bought"), the other no "only" and no noun of the first's;
* each object is a kind of product: no "a" ("made a mistake") and none of
  ``lang.both_sides.NOT_PRODUCTS`` ("made money");
* neither is negated, nor below a negated verb, a modal ("could produce", "may have
  produced") or a "whether" / "if" (a thing someone "would not say", a condition);
* both tell one time: the same tense ("makes only flour" is now, "produced oil" was),
  neither bound to a time of its own ("made only flour until 1998", "now produces oil").

One pair a subject and verb, only about the story (``paired_sentences``); the heading is
the exclusive claim. A subject and verb a shown divergence's claim already has ("Sudeny
contends the mill made bread") are that dispute's, told already: no second item.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.compose.dispute_topics import unlinked
from briefing.compose.paired_sentences import shown_pairs
from briefing.compose.positions import SAYING_LEMMAS, party_of, speaker_of
from briefing.lang.both_sides import NOT_PRODUCTS, SAME_DEED_VERBS
from briefing.model import AnalysedDocument, Corpus, Divergence, Sentence
from briefing.parsed import Token, negated_below, tokens_at

# Letters two party words share at the start to be one side's ("Sudeny", "Sudenian").
# By reasoning: a people's name and its country's share their stem.
_STEM_LETTERS = 5
# Exclusive claims read for another party's account, in story order: each reads the
# story's sentences naming its subject, and a folder full of "only" must not take
# minutes. No dev story has more than one. By reasoning.
MAX_EXCLUSIVE = 100
_HEDGING_MARKS = frozenset({"whether", "if", "unless"})
# Words that bind a claim to a part of its subject's history: what a thing did "until
# 1998" or does "now" is no account against what it did at another time.
_COUNT_DEPS = frozenset({"nummod", "quantmod"})
_KIND_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_TIME_WORDS = frozenset(
    {"now", "once", "formerly", "previously", "originally", "until", "till", "since"}
    | {"before", "after", "later", "earlier", "anymore", "longer", "still"}
)


@dataclass(frozen=True)
class _Claim:
    """What a credited sentence's party says a subject did: the sentence, the party's
    words, the subject's lemma and the words telling which one, the verb's key, the
    object's nouns, its "only" and whether it tells the past."""

    sentence: Sentence
    doc: AnalysedDocument
    party: frozenset[str]
    subject: str
    kinds: frozenset[str]
    verb: str
    nouns: frozenset[str]
    only: bool
    past: bool


def _verb_key(lemma: str) -> str:
    """A verb's lemma, or the first of its ``SAME_DEED_VERBS`` group."""
    for group in SAME_DEED_VERBS:
        if lemma in group:
            return min(group)
    return lemma


def _hedged(verb: Token, say: Token) -> bool:
    """Whether ``verb`` or a verb between it and the saying verb ``say`` is negated, has a
    modal ("could", "may have") or is marked as a condition or a question ("whether",
    "if")."""
    tok = verb
    while True:
        if negated_below(tok) or any(
            c.lower_ in _HEDGING_MARKS or c.tag_ == "MD" for c in tok.children
        ):
            return True
        if tok.i == say.i or tok.head.i == tok.i:
            return tok.i != say.i
        tok = tok.head


def _only(obj: Token) -> bool | None:
    """Whether the object opens with an exclusive "only" ("only flour"); None for another
    "only" in it: before a count ("only 300 sacks", "only a few"), one of a kind ("the
    only flour", "its only profit"), in a clause ("flour that only the army bought")."""
    found: bool | None = False
    for t in obj.subtree:
        if t.lower_ != "only" or (t.i > 0 and t.doc[t.i - 1].lower_ == "not"):
            continue
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        counts = after is not None and (after.pos_ == "NUM" or after.dep_ in _COUNT_DEPS)
        if counts or t.head.i != obj.i or t.i != obj.left_edge.i:
            return None
        found = True
    return found


def _product(obj: Token) -> bool:
    """Whether an object names a kind of product: no "a" ("a mistake") and no noun of
    ``NOT_PRODUCTS`` ("money")."""
    if obj.lemma_.lower() in NOT_PRODUCTS:
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)


def _past(verb: Token) -> bool:
    """Whether ``verb`` tells the past ("made", "has made", "was making")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes)


def _timed(verb: Token) -> bool:
    """Whether ``verb``'s clause binds it to a time ("until 1998", "now", "in 1990")."""
    return any(
        t.lower_ in _TIME_WORDS or t.ent_type_ in ("DATE", "TIME")
        for t in verb.subtree
        if t.i != verb.i
    )


def _claims(adoc: AnalysedDocument, sent: Sentence) -> list[_Claim]:
    """What ``sent``'s named party says subjects did (the module's rules)."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    speaker = speaker_of(span) if span is not None else None
    party = party_of(speaker, None) if speaker is not None and speaker.pos_ != "PRON" else None
    if span is None or speaker is None or party is None:
        return []
    say = speaker.head
    out = []
    for t in span:
        if t.pos_ != "VERB" or t.lemma_.lower() in SAYING_LEMMAS or t.i == say.i:
            continue
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if subject is None or obj is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ == "nummod" for c in subject.children) or _hedged(t, say):
            continue
        only = _only(obj)
        if only is None or not _product(obj) or _timed(t):
            continue
        nouns = frozenset(x.lemma_.lower() for x in obj.subtree if x.pos_ in ("NOUN", "PROPN"))
        key = _verb_key(t.lemma_.lower())
        lemma, kinds = subject.lemma_.lower(), _kinds(subject)
        out.append(_Claim(sent, adoc, party[0], lemma, kinds, key, nouns, only, _past(t)))
    return out


def _kinds(subject: Token) -> frozenset[str]:
    """The words before a subject's noun that tell which one it is ("new", "Ostby")."""
    return frozenset(c.lower_ for c in subject.children if c.dep_ in _KIND_DEPS and c.i < subject.i)


def one_side(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two parties share a word or a word's stem."""
    return any(x[:_STEM_LETTERS] == y[:_STEM_LETTERS] for x in a for y in b)


def _pairs(corpus: Corpus, shown: set[str]) -> list[tuple[Sentence, Sentence, str]]:
    """(other claim, exclusive claim, heading) of one pair a subject and verb."""
    exclusive = [
        c
        for adoc in corpus.docs
        if adoc.parse is not None
        for s in adoc.sentences
        if "only" in s.words and s.text not in shown
        for c in _claims(adoc, s)
        if c.only
    ]
    out = []
    read: dict[int, list[_Claim]] = {}  # each sentence's claims, parsed once

    def claims(adoc: AnalysedDocument, s: Sentence) -> list[_Claim]:
        if id(s) not in read:
            read[id(s)] = _claims(adoc, s)
        return read[id(s)]

    subjects = {a.subject for a in exclusive}
    done = {  # what a shown divergence already disputes
        (c.subject, c.verb)
        for adoc in corpus.docs
        if exclusive and adoc.parse is not None
        for s in adoc.sentences
        if s.text in shown and subjects & set(s.words)
        for c in claims(adoc, s)
    }

    for a in exclusive[:MAX_EXCLUSIVE]:
        if (a.subject, a.verb) in done:
            continue
        for adoc in corpus.docs:
            if adoc is a.doc or adoc.parse is None:
                continue
            b = next(
                (
                    b
                    for s in adoc.sentences
                    if a.subject in s.words and s.text not in shown
                    for b in claims(adoc, s)
                    if not b.only
                    and (b.subject, b.verb, b.past) == (a.subject, a.verb, a.past)
                    and (not a.kinds or not b.kinds or bool(a.kinds & b.kinds))
                    and b.nouns
                    and not b.nouns & a.nouns
                    and not one_side(a.party, b.party)
                ),
                None,
            )
            if b is not None:
                done.add((a.subject, a.verb))
                out.append((b.sentence, a.sentence, unlinked(a.sentence.text.strip())))
                break
    return out


def find_exclusive_claims(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Exclusive claims with the other party's claim (the module's rules); a sentence in
    ``shown`` (another divergence's claim) is not shown again."""
    return shown_pairs(corpus, _pairs(corpus, shown), shown)
