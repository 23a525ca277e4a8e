"""Roles: what an actor is ("Facebook's vice president of partnerships"), from the parse.

Candidates around every mention, weighted by how telling the pattern is: an apposition
after the name or "who serves as ...", the name as the apposition of a role noun, titles
before the name (``titles_before``: "Democratic Sen." -> "Democratic Senator"; a
description written as a title, "death row inmate Ann Lee", is one too: ``false_titles``),
and for organisations a copular description in the present ("Huawei is a Chinese
telecommunications giant"). The
role shown is of the head noun the mentions support most ("inmate" twice over one aside,
"a quiet man with a record"), then its best supported phrase.

A role says what this actor is, so when unsure there is none: no role from a seat of power
written for its state ("Washington was the first state to ..." is about the city or the
state of Washington, not the country), no copular description inside a quotation (an
opinion) or in the past ("the agency was a small office then"), and no relation to another
party ("long a rival of the union", "an ally of ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.compose.actors.descriptions import (
    role_names_a_person,
    role_names_no_party,
    role_speaks_for,
)
from briefing.compose.actors.genders import owner_gender
from briefing.compose.actors.role_cuts import cut_at_hyphen, other_people
from briefing.compose.actors.titles_before import ROLE_ENDS, title_before
from briefing.lang.dates import TIME_NOUNS
from briefing.lang.names import GOVERNMENT_WORDS, PERSON_TITLES
from briefing.lang.places import (
    BODY_AGENT_ENDINGS,
    BODY_DESCRIPTION_HEADS,
    METONYMS,
    ORGANISATION_WORDS,
    PLACE_NOUNS,
    THING_NOUNS,
)
from briefing.lang.roles import (
    AMOUNT_HEADS,
    AMOUNT_OPENERS,
    EVENT_HEADS,
    PARTY_MEMBER_WORDS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    ROLE_OPENERS,
    ROLE_VERB_LEMMAS,
    VAGUE_QUANTIFIERS,
)
from briefing.lang.tenses import PRESENT_TAGS
from briefing.model import Corpus
from briefing.parsed import ParsedDoc, Span, Token

# Weights of the role patterns, most telling first. Set by hand on the sample, not yet
# benchmarked.
APPOSITION_WEIGHT = 3.0  # "Francisco Varela, Facebook's vice president of ..."
NAME_AS_APPOSITION_WEIGHT = 2.0  # "vice president of Mobile Partnerships, Francisco Varela"
TITLE_BEFORE_WEIGHT = 1.5  # "Facebook COO Sheryl Sandberg"
COPULA_WEIGHT = 1.0  # "Huawei is a Chinese multinational telecommunications giant"
# "As director of the Harbor Board, he ...": an office told of the person named just
# before outweighs an apposition's aside ("Lee, a ferry pilot of local fame"):
# issue 11, dev D0613D (the only such office over the 20 dev stories' 7 "As ..., he").
AS_OFFICE_WEIGHT = APPOSITION_WEIGHT + 1.0
# Sentences after a person's name an "As <office>, he" may follow it ("Ann Lee says so.
# She should know. As director ..., she ..."): two, from dev D0613D.
AS_OFFICE_REACH_SENTENCES = 2
# Ties between equally supported roles go to the one closest to this many words. Set by
# hand on the sample, not yet benchmarked.
PREFERRED_ROLE_WORDS = 8
# A longer phrase is a clause or a list, not a role.
MAX_ROLE_TOKENS = 16
# A web address inside a phrase: page text around a link, never a role.
_WEB_ADDRESS_RE = re.compile(r"https?:|www\.|\.(?:com|org|net)\b")
# Words that name a role or title (a person's, unless also in BODY_ROLE_NOUNS).
_TITLE_WORDS = frozenset(ROLE_NOUNS | PERSON_TITLES)
# Role nouns a body can take too ("a member of NATO", "the head of the coalition").
BODY_ROLE_NOUNS = {"member", "head", "founder"}
# Head nouns that say what a body is ("a Chinese telecommunications giant").
_BODY_HEADS = BODY_DESCRIPTION_HEADS | ORGANISATION_WORDS | GOVERNMENT_WORDS
# Prepositions before a body named by its kind alone ("head of the association").
_POINTING_PREPOSITIONS = frozenset({"of", "at", "for", "with"})
# Words after a role's head noun: its prepositions and relatives ("chief of the board").
_HEAD_ENDS = frozenset({
    "of", "at", "for", "with", "in", "from", "on", "since", "to", "who", "that", "behind",
    "by", "between", "under", "over", "among", "during", "after", "before", "whose",
})  # fmt: skip
# Words that negate or play down a copular description ("no exception", "just a theory").
HEDGE_WORDS = frozenset({"no", "not", "n't", "never", "just", "only", "merely", "simply"})


def role(corpus: Corpus, c: Cluster) -> str | None:
    """The best supported role over all of an actor's mentions, or None.

    A title before a bare surname ("President Halloran") counts only when a full-name
    mention of the actor carries it too, or the actor has no full name: the surname may
    be a namesake's ("Maura Keane Halloran" beside "President Halloran")."""
    candidates: Counter[str] = Counter()
    support: Counter[str] = Counter()  # the mentions behind each candidate
    bare_titles: Counter[str] = Counter()
    full_titles: set[str] = set()
    has_full = c.type == "person" and any(len(f.tokens) > 1 for f in c.forms)
    # A seat of power is the actor's own name only when it has no other.
    stands_for = any(f.key not in METONYMS for f in c.forms)
    for m in c.matches:
        span = match_span(corpus, m)
        if span is None:
            continue
        text = corpus.docs[m.doc].document.text
        written = text[m.start : m.end]
        if stands_for and _key(written) in METONYMS:
            continue  # "Washington was the first state to ...": not the country's
        bare = len(written.split()) == 1
        for found, weight in _roles_at(span, c.type, _in_quotation(text, m.start)):
            if weight == TITLE_BEFORE_WEIGHT and has_full:
                if bare:
                    bare_titles[found] += weight
                    continue
                full_titles.add(found)
            candidates[found] += weight
            support[found] += 1
    for found, weight in bare_titles.items():
        if found in full_titles:
            candidates[found] += weight
            support[found] += round(weight / TITLE_BEFORE_WEIGHT)
    if c.type == "person":
        for found in _offices_after(corpus, c):
            candidates[found] += AS_OFFICE_WEIGHT
            support[found] += 1
    if not candidates:
        return None
    # "head of the association" points back to a body its sentence does not name; a role
    # that names it ("Harbor Pilots Association chief") says more (issue 11: dev D0617H).
    named = {found: w for found, w in candidates.items() if not _points_back(found)}
    return _best(_beside_an_office(named or candidates), support)


def _beside_an_office(candidates: dict[str, float]) -> dict[str, float]:
    """The candidates but the spokesperson ones when another is an office ("Pell's
    communications director" beside "Pell's spokeswoman", however often each is written):
    she holds the office and speaks too, so she is an actor, and the office says what she
    is (rank_actors leaves out a person whose role shown only speaks for a party).
    Issue 11: dev D0635H; the only such candidate over the 20 dev stories."""
    voices = {found for found in candidates if role_speaks_for(found)}
    if not any(found not in voices and _head_noun(found) in _TITLE_WORDS for found in candidates):
        return candidates
    return {found: w for found, w in candidates.items() if found not in voices}


def _best(candidates: dict[str, float], support: Counter[str]) -> str:
    """The role whose head noun the mentions support most ("death row inmate" and
    "inmate" together over one aside, "a black man with a record": what the coverage
    keeps calling the actor), then by more mentions; within that head, the best supported
    phrase, then the one closest to PREFERRED_ROLE_WORDS words."""
    weight: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for found, w in candidates.items():
        weight[_head_noun(found)] += w
        mentions[_head_noun(found)] += support[found]

    def rank(kv: tuple[str, float]) -> tuple[float, int, float, int]:
        head = _head_noun(kv[0])
        closeness = -abs(len(kv[0].split()) - PREFERRED_ROLE_WORDS)
        return weight[head], mentions[head], kv[1], closeness

    return max(candidates.items(), key=rank)[0]


def _head_noun(found: str) -> str:
    """A role's head noun, as a word: the last before its first preposition or relative
    ("man" of "black man with a record", "governor" of "Texas Governor")."""
    words = found.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    return words[cut - 1].removesuffix("’s").removesuffix("'s")


def _offices_after(corpus: Corpus, c: Cluster) -> list[str]:
    """Offices a sentence opening "As <office>, he/she ..." gives a person named at most
    ``AS_OFFICE_REACH_SENTENCES`` sentences before it, with nobody else named between
    ("Ann Lee says so. She has seen it. As head of the Harbor Board, she ...");
    each such sentence once. Not a pronoun of the other gender, not a description that
    is no office ("As a juvenile, he ..."), nor "As for Lee, ..."."""
    other = {"m": "she", "f": "he"}.get(owner_gender(f for f in c.forms if len(f.tokens) > 1))
    own: dict[int, list[tuple[int, int]]] = {}
    for m in c.matches:
        own.setdefault(m.doc, []).append((m.start, m.end))
    found_at: dict[tuple[int, int], str] = {}
    others: dict[int, list[int]] = {}  # by article: its tokens naming another person
    for m in c.matches:
        span = match_span(corpus, m)
        if span is None:
            continue
        doc = span.doc
        first = bisect_right(doc.sent_starts, span.start)
        for k in range(first, min(first + AS_OFFICE_REACH_SENTENCES, len(doc.sent_starts))):
            t = doc[doc.sent_starts[k]]
            office = _as_office(doc, t, other)
            if not office:
                continue
            # Who else is named is read only for a sentence giving an office (rare): a
            # person named in between stops the search at any later sentence as well.
            if m.doc not in others:
                others[m.doc] = _others_named(doc, own[m.doc])
            if bisect_left(others[m.doc], span.end) >= bisect_left(others[m.doc], t.i):
                found_at[(m.doc, t.i)] = office
            break
    return list(found_at.values())


def _others_named(doc: ParsedDoc, own: list[tuple[int, int]]) -> list[int]:
    """The tokens (in order) of ``doc`` that name a person other than the mentions ``own``
    (character spans). Read once per article: scanning the tokens up to each mention's
    next sentences, for each mention, took a 7,000-word sentence minutes. Read off the
    columns, as ``ParsedDoc.texts_tagged`` does: a ``Token`` view per token, per actor and
    article, took ~0.15 CPU s of a second run over benchmarks/scale.py's 875 + 5 articles."""
    spans = sorted(own)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end so far
    person = {k for k, label in enumerate(doc.strings) if label == "PERSON"}
    idx = doc.cols["idx"]
    out = []
    for i, label in enumerate(doc.cols["ent_type"]):
        if label in person:
            j = bisect_right(starts, idx[i]) - 1
            if j < 0 or reach[j] <= idx[i]:
                out.append(i)
    return out


def _as_office(doc: ParsedDoc, t: Token, other: str | None) -> str | None:
    """The office of a sentence opening "As director of the Harbor Board for six years,
    he ..." (without the time it was held), when "he"/"she" (not ``other``) is the
    subject of the clause it opens; else None."""
    if t.lower_ != "as" or t.dep_ != "prep":
        return None
    subjects = [s.lower_ for s in t.head.children if s.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0] not in {"he", "she"} or subjects[0] == other:
        return None
    office = next((o for o in t.children if o.dep_ == "pobj"), None)
    if office is None or office.lower_ not in _TITLE_WORDS or office.i - t.i > 2:
        return None
    end = office.right_edge.i + 1
    for prep in office.rights:
        if prep.dep_ == "prep" and any(w.lower_ in TIME_NOUNS for w in prep.subtree):
            end = min(end, prep.i)  # "for 3 1/2 years": how long, not the office
    return _clean_role(doc, office.left_edge.i, end, office, "person")


def _points_back(found: str) -> bool:
    """Whether a role ends in a body named only by its kind ("head of the association",
    "chairman of the company"): which body is left to the sentences before it."""
    words = found.split()
    return (
        len(words) > 2
        and words[-2] == "the"
        and words[-1] in _BODY_HEADS
        and words[-3] in _POINTING_PREPOSITIONS
    )


def apposition(span: Span) -> str | None:
    """The role an apposition right after a person's name gives ("Ann Hallworth, the
    port's chief engineer, said ..." -> "port's chief engineer"), or None."""
    return next(
        (found for found, weight in _roles_at(span, "person") if weight == APPOSITION_WEIGHT),
        None,
    )


def _key(written: str) -> str:
    """A mention as METONYMS spells it: "the White House" -> "white house"."""
    words = written.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _in_quotation(text: str, start: int) -> bool:
    """Whether the character at ``start`` is inside a quotation of its paragraph (more
    opening than closing curly quotes before it, or an odd number of straight ones)."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _roles_at(span: Span, kind: str, quoted: bool = False) -> list[tuple[str, float]]:
    """Role candidates around one mention, with a weight for how telling the pattern is;
    ``quoted``: the mention is inside a quotation."""
    out: list[tuple[str, float]] = []
    root = span.root
    doc = span.doc
    # "Francisco Varela, Facebook's vice president of ...": apposition after the name.
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            found = _clean_role(doc, child.left_edge.i, child.right_edge.i + 1, child, kind)
            if found:
                out.append((found, APPOSITION_WEIGHT))
        # "Mark Warner, who serves as the top Democrat on ...".
        if child.dep_ == "relcl" and child.lemma_ in ROLE_VERB_LEMMAS:
            for prep in child.children:
                if prep.lower_ == "as":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            end = obj.right_edge.i + 1
                            found = _clean_role(doc, obj.left_edge.i, end, obj, kind)
                            if found:
                                out.append((found, APPOSITION_WEIGHT))
    # "vice president of Mobile Partnerships, Francisco Varela": the name is the apposition.
    if kind == "person" and root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        if head.pos_ == "NOUN" and head.lower_ in ROLE_NOUNS:
            found = _clean_role(doc, head.left_edge.i, span.start, head, kind)
            if found:
                out.append((found, NAME_AS_APPOSITION_WEIGHT))
    # "Facebook COO Sheryl Sandberg", "Democratic Sen. Mark Warner": words before the name.
    if kind == "person":
        found = title_before(span)
        if found:
            out.append((found, TITLE_BEFORE_WEIGHT))
    # "Huawei is a Chinese multinational telecommunications giant": copular description,
    # in the present and in the writer's own words.
    # Not "was a small office" (what it was then).
    verb = root.head
    present = verb.lemma_ == "be" and verb.tag_ in PRESENT_TAGS
    if kind != "person" and root.dep_ == "nsubj" and present and not quoted and not _hedged(verb):
        for child in verb.children:
            if child.dep_ == "attr" and not _hedged(child):
                found = _clean_role(doc, child.left_edge.i, child.right_edge.i + 1, child, kind)
                if found:
                    out.append((found, COPULA_WEIGHT))
    # "Gov. Dana Harlow, a Republican": a party, not an office or a description.
    return [(found, w) for found, w in out if not _names_a_party(found)]


def _names_a_party(found: str) -> bool:
    """Whether a role is only a party membership ("Republican", "lifelong Democrat")."""
    return all(w.lower() in PARTY_MEMBER_WORDS for w in found.split())


def _hedged(token: Token) -> bool:
    """Whether a copula or its complement is negated or played down ("is not a ...",
    "is no exception", "is just a theory"): no description of what the actor is."""
    return any(c.dep_ == "neg" or c.lower_ in HEDGE_WORDS for c in token.children)


def _fits(tokens: list[Token], head: Token, kind: str) -> bool:
    """Whether a description can say what an actor of this kind is: no amount ("about 45
    percent of the harvest"), no lone word that is no role ("co"), no person's
    role for a body ("Chile's U.N. ambassador" of the Security Council) and no event for
    a person ("the last fatal raid ...")."""
    word = head.lower_
    if word in AMOUNT_HEADS or tokens[0].lower_ in AMOUNT_OPENERS or word in RELATION_NOUNS:
        return False
    if len(tokens) == 1 and word not in _TITLE_WORDS | THING_NOUNS | PLACE_NOUNS:
        return False  # a thing or a place still tells what the name is ("a drug")
    if kind == "person":
        return word not in EVENT_HEADS
    if word in _TITLE_WORDS - BODY_ROLE_NOUNS:
        return False
    return _describes_a_body(tokens, word)


def _describes_a_body(tokens: list[Token], word: str) -> bool:
    """Whether a description of a body, a country or a people says what it is: a body's
    head noun ("telecommunications giant", "a regional bank"), an agent noun ("a maker of
    toys"), or words that make it a place, a thing or a person (which ``kinds`` reads:
    "a small town", "a nerve agent", "a 40-year-old nurse"). Not "a thorn in the
    mayor's side", "a sign of the times", "the envy of its rivals"."""
    if word in _BODY_HEADS or word.endswith(BODY_AGENT_ENDINGS):
        return True
    text = "".join(t.text_with_ws for t in tokens)
    return role_names_no_party(text) or role_names_a_person(text)


def _clean_role(
    doc: ParsedDoc, start: int, end: int, head: Token, kind: str = "person"
) -> str | None:
    """A descriptive noun phrase doc[start:end] headed by ``head``, or None if it is not one."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ in {"NNS", "NNPS"}:
        return None  # a role describes one actor; a plural is a list or a class
    if head.pos_ == "PROPN" and head.lower_ not in ROLE_NOUNS:
        return None  # another name, not a description
    tokens = list(doc[start:end])
    # An apposition ends at the first comma, dash or bracket.
    for i, t in enumerate(tokens):
        if t.i > head.i and t.text in ROLE_ENDS:
            tokens = tokens[:i]
            break
    while tokens and (tokens[0].lower_ in ROLE_OPENERS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"DET", "PRON", "ADP", "CCONJ"}):
        tokens = tokens[:-1]
        if len(tokens) > 1 and tokens[-1].tag_ == "VBN" and tokens[-1].i > head.i:
            tokens = tokens[:-1]  # "a woman known (as ...)": the name it goes on to was cut
    if not tokens or len(tokens) > MAX_ROLE_TOKENS or tokens[0].lower_ in VAGUE_QUANTIFIERS:
        return None
    if len(tokens) > 1 and tokens[-1].pos_ == "PROPN" and tokens[-2].lower_ in {"a", "an"}:
        return None  # "owner of a Tolland[, Vt. dairy farm]": cut at a place's comma
    if cut_at_hyphen(doc, tokens):
        return None  # "vice" or "chairman of ..." of "vice-chairman of ...": half a word
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"} for t in tokens):
        return None  # a clause, not a description
    if not _fits(tokens, head, kind):
        return None
    if tokens[0].tag_ in {"PRP$", "WP$"} or any(other_people(t, tokens) for t in tokens):
        return None  # "his sister and their uncle", "whose director": another's, not a role
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    if text.count("(") != text.count(")") or _WEB_ADDRESS_RE.search(text):
        return None  # "the board) member of ...", a web address: page text, no role
    return " ".join(text.split()) or None
