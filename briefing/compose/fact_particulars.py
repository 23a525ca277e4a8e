"""What a statement's fact is about, as the looser † test reads it (``probable_reports``):
its particulars (names, figures and nouns, each as the stems that may tell it elsewhere,
none of the examples it gives) and its anchors (the pairs of particulars that name the
fact by themselves: a rare figure with the noun it counts, a name with the verb or
event noun it is the doer, object or owner of), with the tests of another sentence's
words for an anchor (a figure next to its noun; an act done, not planned).
"""

from __future__ import annotations

import re

from briefing.compose.events import NO_EVENT
from briefing.compose.fact_words import fact_stems
from briefing.compose.name_reading import name_keys, own_keys, titles_before
from briefing.lang.figures import NOT_COUNTED, NUMBER_SCALES, word_value
from briefing.lang.speech import EXAMPLE_PREPOSITIONS, SAYING_LEMMAS
from briefing.parsed import Span, Token

# Entity labels whose names are a statement's particulars.
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT"})
# How a figure relates to the noun it counts: "1.9 million adults", "a committee of 27"
# is not one ("of 27" is the noun's own).
_COUNTING = frozenset({"nummod", "quantmod", "compound", "amod"})
# A count under this is everyday ("two weeks", "three people"): it anchors nothing (a
# statement's "under three weeks ahead of the vote" held "2 to 3 percentage points"
# of recent weeks' polls, D0649D).
ANCHOR_MIN_FIGURE = 10
# How far from a figure, in words, another sentence may give the noun it counts.
_COUNT_REACH = 3
# Clauses that tell a fact beside the statement's own (``_in_main_clause``).
_SIDE_CLAUSES = frozenset({"acl", "relcl", "advcl", "appos", "parataxis"})
# Nouns of an act or event ("kidnapping", "election", "settlement"), not of a thing.
_EVENT_NOUN = re.compile(r"(?:ing|tion|sion|ment)s?$")
# Words that make a verb after them a plan or a forecast, not a fact ("will be sworn in").
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "to"})
# How a name relates to the verb or noun it is governed by: its doer, object or owner.
_GOVERNED = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "agent", "attr"})
# A figure with its noun in one word ("27-member", "10-year").
_HYPHENED = re.compile(r"([\d,.]+|[a-z]+)-([a-z]+)", re.IGNORECASE)
# Verbs that tell no fact of the name they govern: saying, being, having ("Brandt said",
# "Brandt is").
_NO_FACT = NO_EVENT | SAYING_LEMMAS


def _value(token: Token, after: Token | None) -> float | None:
    """The figure a token gives ("3,000", "eight", "3" of "3 million"), else None."""
    value = word_value(token.text)
    if value is not None and after is not None and after.lower_ in NUMBER_SCALES:
        value *= NUMBER_SCALES[after.lower_]
    return value


def _figure_keys(value: float) -> frozenset[str]:
    """How another article may write a figure, as ``fact_stems`` writes it: in digits
    ("8", "3million" for 3,000,000); a small whole number's word ("eight") is no stem of
    the coverage, and ``ProbableReports.holding`` finds it (``other_forms``)."""
    keys: set[str] = set()
    if value.is_integer():
        whole = int(value)
        keys.add(str(whole))
        for scale, size in (("billion", 10**9), ("million", 10**6)):
            if whole >= size and whole % (size // 10) == 0:
                keys.add(f"{whole / size:g}{scale}")
    else:
        keys.add(f"{value:g}")
    return frozenset(keys)


def _examples(span: Span) -> set[int]:
    """The tokens of the examples a statement gives of what it tells ("60 firms,
    including four in Asia"): no part of the fact another source must tell."""
    out: set[int] = set()
    for t in span:
        if t.lower_ in EXAMPLE_PREPOSITIONS and t.dep_ == "prep":
            out.update(x.i for x in t.subtree)
    return out


def _counted(token: Token) -> Token | None:
    """The noun a figure counts ("adults" of "1.9 million adults", "committee" of "a
    27-member committee"), else None."""
    head = token.head
    if head.lower_ in NUMBER_SCALES and head.i != token.i:
        head = head.head
    if head.i == token.i or head.pos_ != "NOUN":  # "Flight 111" counts nothing
        return None
    return head if token.dep_ in _COUNTING else None


def _governor(token: Token) -> Token | None:
    """The verb or event noun a name is the doer, object or owner of ("kidnapped" of
    "Brandt was kidnapped", "kidnapping" of "the kidnapping of Brandt" or "Brandt's
    kidnapping"), else None; saying and light verbs tell no fact of it."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in _GOVERNED:
        return None
    if head.i == token.i or head.lemma_.lower() in _NO_FACT:
        return None
    if head.pos_ == "VERB" or (head.pos_ == "NOUN" and _EVENT_NOUN.search(head.lower_)):
        return head
    return None


def _in_main_clause(token: Token) -> bool:
    """Whether ``token`` is in its sentence's main clause, not in a side clause or an
    apposition ("the crash, which killed 109 people", "after the crash killing 109")."""
    return all(t.dep_ not in _SIDE_CLAUSES for t in (token, *token.ancestors))


def anchors(span: Span) -> list[tuple[frozenset[str], frozenset[str], bool]]:
    """The pairs of a statement's particulars that name its fact by themselves, each as
    the stems of its particular and those of its partner: a figure (no year) with the
    noun it counts ("1.9 million adults", "a 27-member committee"), and a name with the
    verb or event noun it is governed by ("Brandt was kidnapped" / "Brandt's
    kidnapping"); none of the examples it gives, nor of its side clauses. The flag is
    True for a figure's pair: another sentence must give the figure next to its noun."""
    out: list[tuple[frozenset[str], frozenset[str], bool]] = []
    skip = _examples(span)
    for ent in span.doc.ents_within(span.start, span.end):
        if ent.label_ not in _NAMED:
            continue
        words = [t for t in ent if t.text[:1].isalnum()]
        if not words or any(t.i in skip for t in ent):
            continue
        verb = _governor(ent.root)
        if verb is not None and not ent.start <= verb.i < ent.end and _in_main_clause(verb):
            partner = fact_stems([verb.lower_, verb.lemma_.lower()])
            keys = own_keys(ent, words)
            if partner and keys:
                out.append((keys, partner, False))
    tokens = list(span)
    for k, t in enumerate(tokens):
        if t.i in skip:
            continue
        figure = _HYPHENED.fullmatch(t.text)
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        value = word_value(figure[1]) if figure else _value(t, after)
        digits = figure[1] if figure else t.text
        if value is None or (digits.isdigit() and len(digits) == 4):  # a year anchors nothing
            continue
        if value < ANCHOR_MIN_FIGURE or not _in_main_clause(t):
            continue
        noun = t.head if figure and t.head.pos_ == "NOUN" else _counted(t)
        if noun is not None and noun.lemma_.lower() not in NOT_COUNTED:
            partner = fact_stems([noun.lower_, noun.lemma_.lower()])
            if noun.dep_ in _COUNTING and noun.head.pos_ == "NOUN":  # "27-member committee"
                partner |= fact_stems([noun.head.lower_, noun.head.lemma_.lower()])
            if partner:
                out.append((_figure_keys(value) | fact_stems([t.lower_]), partner, True))
    return out


def particulars(span: Span) -> list[frozenset[str]]:
    """What a statement's fact is about, each as the stems that may tell it elsewhere:
    its names (by their last word or their head, "Varga" of "Andras Varga", or their
    initials), its figures (no year) and its nouns, none of the examples it gives
    ("including ...", "like ...")."""
    return [keys for keys, _, _ in particular_kinds(span)]


def particular_kinds(span: Span) -> list[tuple[frozenset[str], bool, int]]:
    """``particulars`` in the statement's order, each flagged True when it is a name or a
    figure, not a noun: what another article telling the fact in other words would
    still give (``lone_particulars``); with the word it is written in (its first
    token's index: "teen-agers" is one word of two nouns). A figure in parentheses is
    the one before it in other units ("two miles (3.2 kilometers)"): a noun's flag. A
    noun told twice is one particular, the first time."""
    out: dict[frozenset[str], tuple[bool, int]] = {}
    named = _examples(span)
    for ent in span.doc.ents_within(span.start, span.end):
        if ent.label_ not in _NAMED:
            continue
        if any(t.i in named for t in ent):
            continue
        words = [t for t in ent if t.text[:1].isalnum()]
        if not words:
            continue
        named.update(t.i for t in ent)
        if ent.label_ == "PERSON":
            named.update(titles_before(ent))
        keys = name_keys(ent, words)
        if keys:
            out.setdefault(keys, (True, ent.start))
    tokens = list(span)
    bracketed = _bracketed(tokens)
    for k, t in enumerate(tokens):
        if t.i in named:
            continue
        value = _value(t, tokens[k + 1] if k + 1 < len(tokens) else None)
        if value is not None:
            if not (t.text.isdigit() and len(t.text) == 4):  # a year anchors nothing
                out.setdefault(_figure_keys(value), (t.i not in bracketed, word_start(span, t.i)))
        elif t.pos_ in ("NOUN", "PROPN") and t.lower_ not in NUMBER_SCALES:
            keys = fact_stems([t.lower_, t.lemma_.lower()])
            if keys:
                out.setdefault(keys, (False, word_start(span, t.i)))
    return [(keys, flag, word) for keys, (flag, word) in out.items()]


def word_start(span: Span, k: int) -> int:
    """The index of the first token of the word token ``k`` is written in: tokens with no
    space between them are one word ("teen-agers", "sea" of "sea-dogs")."""
    while k > span.start and not span.doc[k - 1].whitespace_:
        k -= 1
    return k


def _bracketed(tokens: list[Token]) -> set[int]:
    """The tokens written inside parentheses."""
    out: set[int] = set()
    depth = 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            out.add(t.i)
    return out


def forecast(told: list[str], partner: frozenset[str]) -> bool:
    """Whether a sentence's words give ``partner`` only as a plan or a forecast ("will be
    sworn in", "plans to visit")."""
    for k, w in enumerate(told):
        if fact_stems([w]) & partner:
            return bool(_MODALS & set(told[max(0, k - 2) : k]))
    return False


def counting(told: list[str], keys: frozenset[str], noun: frozenset[str]) -> bool:
    """Whether a sentence's words give a figure of ``keys`` counting ``noun``: the noun
    within ``_COUNT_REACH`` words after it ("1.9 million infected adults") or before it
    ("a committee of 27"). "30 varieties of tomatoes and three dozen kinds" does not
    count 30 kinds."""
    for k, w in enumerate(told):
        scaled = k + 1 < len(told) and told[k + 1] in NUMBER_SCALES
        if fact_stems([w]) & keys or (scaled and fact_stems(told[k : k + 2]) & keys):
            near = told[k + 1 + scaled : k + 1 + scaled + _COUNT_REACH]
            if fact_stems(near) & noun or fact_stems(told[max(0, k - _COUNT_REACH) : k]) & noun:
                return True
    return False
