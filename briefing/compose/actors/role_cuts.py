"""Role phrase checks: whether an apposition read as a role is half a word (cut at a
glued hyphen) or joins other people to it ("his sister and their uncle")."""

from __future__ import annotations

from briefing.parsed import ParsedDoc, Token


def cut_at_hyphen(doc: ParsedDoc, tokens: list[Token]) -> bool:
    """Whether the phrase ``tokens`` begins or ends at a hyphen glued to a word outside it
    (the parser reads "vice", "-" and "chairman" of "vice-chairman" as three appositions)."""
    first, last = tokens[0].i, tokens[-1].i
    glued_after = last + 1 < len(doc) and doc[last + 1].text == "-" and not tokens[-1].whitespace_
    glued_before = first > 0 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_
    return glued_after or glued_before


def other_people(t: Token, tokens: list[Token]) -> bool:
    """Whether ``t`` is a conjunction joining other people to the role ("his sister and
    their uncle"); not one going on with the same person's office at the body just named
    ("the son of Vell Farms' founder and its current manager": "its" is no one's)."""
    if t.pos_ != "CCONJ":
        return False
    after = [u for u in tokens if u.i == t.i + 1]
    return not (t.lower_ == "and" and after and after[0].lower_ == "its")
