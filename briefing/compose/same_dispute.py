"""One dispute, one item: items of "Where sources differ" that tell the same dispute are
shown as one.

The dispute rules read one sentence or one pair at a time, so one disagreement told in
several articles, or by two rules, came out as two or three items ("the Sudeny
ministry rejected the Guild's claim that the mill made gas" in one article, "Sudeny
contends the mill made bread" against "the Guild insisted the mill made gas" in
another): a reader saw one disagreement as several. Two dispute items are one dispute
when, read from the parse of their sentences,

* they tell the same claimed fact, one subject (or a word for the same thing, "the plant"
  / "the factory", ``SAME_THING_NOUNS``) doing one deed (or a verb of its
  ``SAME_DEED_VERBS`` group, "made" / "produced"), and share a party ("the Guild" in
  both); or
* one party takes one view of one thing in both ("the Danes see the visit as …" / "the
  Danes see it as …", ``VIEW_LEMMAS``; an "it" stands for any thing); or
* they tell the same subject and share two parties' names ("Norland officials" and
  "Sudeny authorities" / "Norland investigators" and "Sudeny officials").

A deed is a verb that is not a party's own saying or side-taking ("denied",
"suggested", ``STANCE_LEMMAS``), with a noun subject that is no pronoun nor a count of
some ("two engineers"). A party is the named subject of such a verb ("by Sudeny
officials"; "Sudeny" and "Sudenian" one party by their first letters) or the owner of
a claim ("the Guild's claim"). Items about one subject but with no shared deed nor two
shared parties stay apart: two disputes of one story often share its main actor.

The merged item keeps every sentence and citation: the first item's sides first, then
each other item's sentences not shown yet, all the claims before the rejections; its
heading is the first item's (the rules' order: attributed disputes first), its "one
source reports both sides" dropped when the sentences are of several sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.lang.both_sides import (
    LIGHT_VERBS,
    SAME_DEED_VERBS,
    SAME_THING_NOUNS,
    STANCE_LEMMAS,
    VIEW_LEMMAS,
)
from briefing.lang.disputes import CLAIM_NOUN
from briefing.lang.names import COUNTRY_ALIASES, DEMONYM_ENDINGS, IRREGULAR_DEMONYMS
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence
from briefing.parsed import Token, tokens_at

# Letters two party names share at the start to be one party's ("Sudeny", "Sudenian").
# By reasoning, as ``exclusive_claims``: a people's name and its country's share them.
_STEM_LETTERS = 5
# Parties two items about one subject share to be one dispute without a shared deed:
# both sides. By reasoning (a dispute has two sides).
SHARED_PARTIES = 2
# Steps up the parse from a side-taking verb with no subject of its own to the one it
# hangs on ("in rejecting" -> "made ... public"). By reasoning: a gerund under a
# preposition is two steps down.
_PARTY_REACH = 3
_SUBJECTS = ("nsubj", "nsubjpass")
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_CLAIM_NOUN_RE = re.compile(CLAIM_NOUN)
# How a nationality's adjective ends ("Egyptian", "Chinese", "Israeli"): ``names``.
_DEMONYM_ENDS = tuple({ending for ending, _ in DEMONYM_ENDINGS if ending})
_BRACKETED = re.compile(r"\[[^\]]*\]")


@dataclass
class _Reading:
    """What one item's sentences tell: (subject, deed) pairs, the deeds' subjects and
    objects, party names."""

    deeds: set[tuple[str, str]] = field(default_factory=set)
    views: set[tuple[str, str, str]] = field(default_factory=set)
    things: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)


def _key(lemma: str, groups: tuple[frozenset[str], ...]) -> str:
    """A word's lemma, or the first of its group's."""
    return next((min(g) for g in groups if lemma in g), lemma)


def _name_stems(token: Token) -> set[str]:
    """Name stems of a party phrase headed by ``token``: its proper nouns and named
    entities before it and in its apposition ("Sudeny officials", "the mill owner, Rena
    Okafor"), not those of a clause on it ("officials, who say the Guild …")."""
    words = [token]
    for child in token.children:
        if child.i < token.i or child.dep_ in ("compound", "appos", "flat"):
            words.extend(child.subtree if child.dep_ != "appos" else [child, *child.lefts])
    out = set()
    for t in words:
        if _name_word(t) and t.lower_ not in STOP_WORDS:
            stem = _stem(t.lower_)
            if len(stem) >= 2:
                out.add(stem)
    return out


def _name_word(t: Token) -> bool:
    """A proper noun, a named entity's word, or a nationality ("Danish authorities",
    which the tagger may leave untagged at a sentence's start)."""
    if t.pos_ == "PROPN" or t.ent_type_ in _NAME_ENTITIES:
        return True
    lower = t.lower_
    return (
        t.pos_ == "ADJ"
        and t.text[:1].isupper()
        and (lower in IRREGULAR_DEMONYMS or lower.endswith(_DEMONYM_ENDS))
    )


def _stem(word: str) -> str:
    """A party word's stem: its country's for a nationality or a country's short name
    ("Danish" and "Denmark", "U.S." and "United States" one), its first letters."""
    plain = re.sub(r"[^a-z]", "", word)
    plain = IRREGULAR_DEMONYMS.get(plain, plain)
    plain = COUNTRY_ALIASES.get(plain, plain).lower()
    return re.sub(r"[^a-z]", "", plain)[:_STEM_LETTERS]


def _party_heads(verb: Token) -> list[Token]:
    """Who takes a side by ``verb``: its subject, or the "by" of its passive."""
    tok = verb
    for _ in range(_PARTY_REACH):
        out = [c for c in tok.children if c.dep_ in _SUBJECTS and c.pos_ != "PRON"]
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            out.extend(c for c in agent.children if c.dep_ == "pobj")
        if out or any(c.dep_ in _SUBJECTS for c in tok.children) or tok.head.i == tok.i:
            break
        if tok.dep_ not in ("conj", "pcomp", "advcl", "xcomp", "pobj", "prep"):
            break
        tok = tok.head  # "Sudeny made it public in rejecting the claim": Sudeny's rejecting
    return [t.head.head if t.dep_ == "relcl" else t for t in out]


def _deed_subject(verb: Token) -> Token | None:
    """The noun subject of a deed, a "to" verb's taken from the verb it hangs on ("the
    mill was used to make gas": the mill)."""
    tok = verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        if any(c.dep_ in _SUBJECTS for c in tok.children):
            break
        tok = tok.head
    subject = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "nummod" for c in subject.children):
        return None  # "two engineers": some of them
    return subject


def _read(adoc: AnalysedDocument, sent: Sentence, out: _Reading) -> None:
    """Add what ``sent`` tells to ``out`` (the module's rules)."""
    span = tokens_at(adoc.parse, sent.start, sent.end)
    if span is None:
        return
    for t in span:
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and _CLAIM_NOUN_RE.fullmatch(t.lower_):
            for owner in (c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"):
                out.parties |= _name_stems(owner)  # "the Guild's claim"
        if t.pos_ != "VERB" or lemma in LIGHT_VERBS:
            continue
        if lemma in STANCE_LEMMAS:
            for head in _party_heads(t):
                out.parties |= _name_stems(head)
            continue
        for obj in (c for c in t.children if c.dep_ in ("dobj", "nsubjpass")):
            if obj.pos_ in ("NOUN", "PROPN") and not _name_stems(obj):
                out.things.add(_key(obj.lemma_.lower(), SAME_THING_NOUNS))
        subject = _deed_subject(t)
        if subject is None:
            continue
        thing = _key(subject.lemma_.lower(), SAME_THING_NOUNS)
        if not _name_stems(subject):  # a named subject is a party, not the thing
            out.things.add(thing)
        if lemma not in VIEW_LEMMAS:
            out.deeds.add((thing, _key(lemma, SAME_DEED_VERBS)))
            continue
        party = _name_stems(subject)  # "the Sudenians see the visit as …": a view
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        seen = (
            "" if obj is None or obj.pos_ == "PRON" else _key(obj.lemma_.lower(), SAME_THING_NOUNS)
        )
        out.parties |= party
        out.views |= {(p, lemma, seen) for p in party}


def _same(a: _Reading, b: _Reading) -> bool:
    """Whether two items' readings tell one dispute (the module's rules)."""
    shared = {x for x in a.parties for y in b.parties if x == y}
    if a.deeds & b.deeds and shared:
        return True
    if any(
        (p, v) == (q, w) and (x == y or "" in (x, y)) for p, v, x in a.views for q, w, y in b.views
    ):
        return True  # one party's view of one thing ("it" either)
    return bool(a.things & b.things) and len(shared) >= SHARED_PARTIES


def _merged(items: list[Divergence]) -> Divergence:
    """One item of ``items`` (one dispute): every sentence once, claims before rejections."""
    first, second, seen = [], [], set()
    for d in items:
        for i, c in enumerate(d.claims):
            if c.text in seen:
                continue
            seen.add(c.text)
            (second if i == len(d.claims) - 1 and len(d.claims) > 1 else first).append(c)
    claims: list[Claim] = first + second
    topic = items[0].topic
    if topic.startswith(ONE_SOURCE_LABEL) and len({s for c in claims for s in c.sources}) > 1:
        topic = "Disputed: " + topic[len(ONE_SOURCE_LABEL) :]
    return Divergence(topic=topic, claims=claims, kind=items[0].kind)


def _sentences_of(
    corpus: Corpus, where: dict[tuple[str, int], tuple[AnalysedDocument, Sentence]], claim: Claim
) -> list[tuple[AnalysedDocument, Sentence]]:
    """The source sentences a claim shows: itself, or those its text joins ("… that
    theory. They say …") or tells with a word put in brackets ("[Varga] also …")."""
    if not claim.sources:
        return []
    found = where.get((claim.text, claim.sources[0]))
    if found is not None:
        return [found]
    adoc = corpus.docs[claim.sources[0] - 1]
    pieces = [p.strip() for p in _BRACKETED.split(claim.text) if len(p.strip()) > 1]
    return [
        (adoc, s)
        for s in adoc.sentences
        if len(s.words) > 2
        and (s.text in claim.text or (pieces and all(p in s.text for p in pieces)))
    ]


def merge_repeats(corpus: Corpus, divergences: list[Divergence]) -> list[Divergence]:
    """``divergences`` with the dispute items that tell one dispute merged into the first
    of them (the module's rules); other items as they are."""
    where: dict[tuple[str, int], tuple[AnalysedDocument, Sentence]] = {}
    for adoc in corpus.docs:
        for s in adoc.sentences:
            where.setdefault((s.text, s.source_id), (adoc, s))
    readings: dict[int, _Reading] = {}
    for i, d in enumerate(divergences):
        if d.kind != "dispute":
            continue
        readings[i] = _Reading()
        for c in d.claims:
            for adoc, sent in _sentences_of(corpus, where, c):
                _read(adoc, sent, readings[i])
    group = {i: i for i in readings}

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    for i in readings:
        for j in readings:
            if j > i and root(i) != root(j) and _same(readings[i], readings[j]):
                group[max(root(i), root(j))] = min(root(i), root(j))
    group = {i: root(i) for i in group}
    out = []
    for i, d in enumerate(divergences):
        if i not in group:
            out.append(d)
        elif group[i] == i:
            members = [divergences[j] for j in sorted(group) if group[j] == i]
            out.append(d if len(members) == 1 else _merged(members))
    return out
