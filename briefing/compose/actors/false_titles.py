"""False titles: a description written before a person's name as if it were a title.

"death row inmate Ann Lee", "rheumatologist Ann Lee", "Harbor Board's deputy Ann Lee":
journalists put what a person is right before the name, with no article, though the noun
is in no list of offices (``lang/roles.ROLE_NOUNS``). ``roles`` takes such words as a
title; these tests tell them from words that only look like one ("Next week Ann Lee",
"the late Ann Lee", "teacher and | parent Ann Lee", "chief of | staff Ann Lee").
"""

from __future__ import annotations

from briefing.lang.dates import TIME_NOUNS
from briefing.lang.names import PERSON_NOUNS, PERSON_TITLES
from briefing.lang.roles import ROLE_NOUNS
from briefing.parsed import ParsedDoc, Span

# Words that name a role or title: a false title after one's "of" is its tail.
_TITLE_WORDS = frozenset(ROLE_NOUNS | PERSON_TITLES)


def false_title(words: Span, cut: bool) -> bool:
    """Whether the words right before a person's name are a description used as a title
    ("death row inmate Ann Lee", "rheumatologist Ann Lee", "Harbor Board's deputy Ann
    Lee"): they end in a singular common noun in lower case, with no article, pronoun,
    time word or preposition ("the self-assured Lee", "her brother Lee", "Next week Ann
    Lee", "On Monday harbor pilot Ann Lee"), no adverb before a noun ("most vocally
    developer Lee"), and not a kinship or a bare "man" or "boy" (whose uncle?). Nor one
    noun left of a longer title cut at another person's name or a conjunction (``cut``:
    "Ann Lee's deputy", "teacher and parent")."""
    if not len(words) or cut and sum(t.text.isalpha() for t in words) == 1:
        return False
    last = words[-1]
    if last.pos_ != "NOUN" or last.tag_ != "NN" or not last.text.islower():
        return False
    if last.lower_ in TIME_NOUNS | PERSON_NOUNS:
        return False
    tokens = list(words)
    pairs = zip(tokens, tokens[1:], strict=False)
    if any(a.pos_ == "ADV" and b.pos_ == "NOUN" for a, b in pairs):
        return False
    return not any(t.pos_ in {"DET", "PRON", "ADP"} or t.tag_ in {"PRP$", "WP$"} for t in words)


def tail_of(doc: ParsedDoc, start: int) -> bool:
    """Whether a title starting at ``start`` goes on from the words before it: after a
    conjunction, a possessive or a person's name ("teacher and | parent Ann Lee"), or
    after a title word's "of" or "for" ("chief of | staff Ann Lee")."""
    if start == 0:
        return False
    t = doc[start - 1]
    if t.lower_ in {"of", "for"} and start >= 2 and doc[start - 2].lower_ in _TITLE_WORDS:
        return True
    return t.pos_ == "CCONJ" or t.tag_ == "POS" or t.ent_type_ == "PERSON"


def after_article(doc: ParsedDoc, start: int) -> bool:
    """Whether a title starting at ``start`` follows an article or a determiner ("the |
    late Ann Lee": a description of the name, no title)."""
    return start > 0 and doc[start - 1].pos_ == "DET"
