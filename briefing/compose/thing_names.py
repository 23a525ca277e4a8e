"""What an article's mention of a thing says of it, read from the parse: its proper names
("the Skylark Casino", "Skylark, the casino", "a ferry called Skylark"), its plain
description ("a 2-inch steel bolt": "steel bolt") and whether it counts it ("a casino",
"two bolts").

``thing_notes`` asks these of the earlier mentions of a thing a sentence calls by "the"
and a plain noun, to say which one it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.lang.definites import MAX_DESCRIPTION_WORDS
from briefing.parsed import ParsedDoc, Token

# Dependencies of words left of a noun that belong to its name ("Skylark Casino",
# "Marlow Bay casino").
_NAMING_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Entity labels of the names of things (a person's is his, not a thing's).
_THING_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "PRODUCT", "EVENT", "LAW"})
# "a ferry called Skylark", "the treaty known as ...": the participles that name.
_NAMING_VERBS = frozenset({"call", "name", "know", "dub", "nickname", "brand", "title"})
# A place or people before a noun says where or whose, not which: "a Marlow group",
# "French tests" (another group, other tests, may come later).
_WHERE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# A dash or a line between two nouns parts a dateline from the story, not an apposition.
_NOT_APPOSITION = ("—", "–", "--", "\n")
# Words that say no more which thing it is ("the new rules", "a small casino").
_VAGUE = frozenset(
    {
        "new", "old", "other", "same", "such", "small", "big", "large", "little", "recent",
        "current", "latest", "former", "possible", "original", "whole", "entire", "only",
        "main", "major", "key", "first", "last", "next", "own", "several", "many", "few",
        "further", "additional", "final", "initial", "early", "late", "second", "third",
    }
)  # fmt: skip
# At most this many words of a name (a layout bound: a hostile run of proper nouns).
# Chosen by hand in 1d37016; not benchmarked.
MAX_NAME_TOKENS = 8


@dataclass(frozen=True)
class Mention:
    """What one mention of a thing says of it: its proper names, its plain description
    ("spotted marsh newt"), whether it counts it ("a casino", "two bolts")."""

    names: tuple[str, ...]
    description: str | None
    counted: bool  # "a casino", "two bolts"


def mention(parse: ParsedDoc, tok: Token) -> Mention:
    """What the mention at ``tok`` (a thing's noun) says of the thing."""
    if tok.dep_ == "compound":
        return Mention((), None, False)  # "ferry-company staff": no ferry told
    names = names_at(parse, tok)
    described = _description(parse, tok)
    article = any(
        c.dep_ in ("det", "nummod") and c.lower_ not in ("the", "this", "that", "these", "those")
        for c in tok.children
        if c.i < tok.i
    )
    return Mention(tuple(names), described, article)


def _description(parse: ParsedDoc, tok: Token) -> str | None:
    """The plain words right before a thing's noun that say which kind it is ("a
    2-inch steel bolt" -> "steel bolt", "the rare spotted marsh newt" ->
    "rare spotted marsh newt"): modifiers in small letters, none vague ("new")."""
    if tok.pos_ != "NOUN":
        return None
    first = tok.i
    while first > max(0, tok.i - MAX_DESCRIPTION_WORDS - 2):
        t = parse[first - 1]
        if t.text == "-" or (
            t.text.islower() and t.dep_ in ("compound", "amod") and t.lower_ not in _VAGUE
        ):
            first -= 1
            continue
        break
    while first < tok.i and parse[first].text == "-":
        first += 1
    if first == tok.i:
        return None
    return parse.text[parse[first].idx : tok.idx + len(tok.text)]


def names_at(parse: ParsedDoc, tok: Token, *, places: bool = False) -> list[str]:
    """The names an earlier mention of a thing gives it: its own proper words ("the
    Skylark Casino"), proper words right before it ("the Marlow Bay casino", a place's
    only with ``places``), a proper name in apposition either way, or a naming
    participle ("a ferry called Skylark")."""
    text = parse.text
    if tok.ent_type_ and tok.ent_type_ not in _THING_LABELS:
        return []  # "The Tale of the Frog": a title's word, a person's
    out = []
    modifiers = [
        c
        for c in tok.children
        if c.i < tok.i
        and c.dep_ in _NAMING_MODIFIERS
        and c.pos_ == "PROPN"
        and _proper(c)
        and (places or c.ent_type_ not in _WHERE_LABELS)
    ]
    if modifiers or (tok.pos_ == "PROPN" and not tok.text.islower()):
        first = min([m.left_edge.i for m in modifiers] + [tok.i])
        first = max(first, tok.i - MAX_NAME_TOKENS)
        while first < tok.i and not _proper(tok.doc[first]):
            first += 1  # "the family's own Skylark Casino": from the first proper word
        if first < tok.i and not any(t.is_punct for t in tok.doc[first : tok.i]):
            out.append(text[tok.doc[first].idx : tok.idx + len(tok.text)])
    partners = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        partners.append(tok.head)
    for verb in (c for c in tok.children if c.dep_ == "acl"):
        if verb.lemma_.lower() in _NAMING_VERBS:
            partners.extend(c for c in verb.children if c.dep_ in ("oprd", "attr", "prep"))
    for p in partners:
        between = text[min(p.idx, tok.idx) : max(p.idx, tok.idx)]
        if p.text.isupper() or any(mark in between for mark in _NOT_APPOSITION):
            continue  # "MARLOW, Kent — The delay ...": a dateline, no apposition
        name = _proper_run(p)
        if name:
            out.append(name)
    return out


def _proper(tok: Token) -> bool:
    return (tok.pos_ == "PROPN" or tok.ent_type_ in _THING_LABELS) and not tok.text.islower()


def _proper_run(tok: Token) -> str | None:
    """The proper name ``tok`` heads ("Skylark Casino", "the Skylark"), without its article;
    None when it is no proper name (or is a person's)."""
    if tok.dep_ == "prep":  # "known as Skylark"
        objects = [c for c in tok.children if c.dep_ == "pobj"]
        if not objects:
            return None
        tok = objects[0]
    if not _proper(tok) or tok.ent_type_ == "PERSON":
        return None
    first = max(tok.left_edge.i, tok.i - MAX_NAME_TOKENS)
    words = [t for t in tok.doc[first : tok.i + 1] if t.dep_ != "det" and not t.is_punct]
    if not words or not all(_proper(t) or t.lower_ in ("of", "and", "for") for t in words):
        return None
    text = tok.doc.text
    return text[words[0].idx : tok.idx + len(tok.text)]


def distinct_names(found: list[str]) -> list[str]:
    """The names in ``found``, a name that ends or begins a longer one being that one
    ("Casino" of "Skylark Casino"); at most two: more say no more than two do."""
    names: list[str] = []
    for name in sorted(dict.fromkeys(found), key=len, reverse=True):
        low = name.lower()
        if not any(o.lower().endswith(" " + low) or o.lower().startswith(low + " ") for o in names):
            names.append(name)
            if len(names) == 2:
                break
    return names
