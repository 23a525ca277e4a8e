"""What a description of a name says the name is: a place or a thing, a body or a person.

Read from the head noun a role opens with ("Dos Arroyos, a 9-acre reservoir project
downstream from the plant": "project"; "Cider Youth, now a statewide movement with 4,200
members": "movement") or, for a place or a thing, from its first few words ("a small
town", "the deadly nerve agent"). ``kinds`` types a name by its mentions; these say what
one description of it claims, and ``extract_actors`` weighs the two.
"""

from __future__ import annotations

from briefing.lang.names import AGE_RE, GOVERNMENT_WORDS, PERSON_NOUNS
from briefing.lang.places import (
    ORGANISATION_WORDS,
    PLACE_NOUNS,
    THING_NOUNS,
    THING_PHRASES,
    WHERE_WORDS,
)
from briefing.lang.roles import COMMENTATOR_NOUNS, OFFICIAL_ANALYST_WORDS, SPOKESPERSON_RE

# The first words of a role that may name what the actor is ("small town twelve miles
# south": "town"). Chosen on the dev stories of benchmarks/story_eval.py.
ROLE_HEAD_WORDS = 3
# Head nouns of a description that make the described name a body ("a consulting firm
# in Ohio"; chosen on check story D0613D).
_BODY_ROLE_HEADS = frozenset(ORGANISATION_WORDS) | {
    "firm", "corporation", "nonprofit", "charity", "consortium", "conglomerate", "subsidiary",
}  # fmt: skip
# Words that end the noun phrase a role opens with ("movement with ...", "head of ...").
ROLE_HEAD_ENDS = {
    "of", "with", "for", "in", "at", "from", "by", "that", "which", "who", "whose", "to",
    "on", "and", "or", "based", "known", "made", "founded",
    # A participle after the head noun: "an e-mail program published by ..." (D0629B).
    "published", "developed", "produced", "designed", "written", "sold", "marketed",
    "manufactured", "distributed", "owned", "operated", "used",
}  # fmt: skip


def role_names_no_party(role: str | None) -> bool:
    """A description that makes the name a place or a thing: "a small town", "the
    deadly nerve agent", "a demonstration project" (its first few words); not one whose
    head noun is a body's ("the largest drug company", "a software firm")."""
    if not role:
        return False
    every = role.lower().replace("-", " ").split()
    words = every[:ROLE_HEAD_WORDS]
    for i, w in enumerate(words):
        if w in PLACE_NOUNS or w in THING_NOUNS:
            # A body's head noun right after it makes it a modifier ("drug company").
            return not (i + 1 < len(every) and every[i + 1] in _BODY_ROLE_HEADS)
    return any(" ".join(words[i : i + 2]) in THING_PHRASES for i in range(len(words) - 1))


def role_names_a_thing(role: str | None) -> bool:
    """A description whose head noun is a place's or a thing's ("a 9-acre reservoir project
    downstream from the plant"), however many words open it."""
    head = _role_head(role, skip_numbers=True, ends=ROLE_HEAD_ENDS | WHERE_WORDS)
    return head in PLACE_NOUNS or head in THING_NOUNS


def role_names_a_body(role: str | None) -> bool:
    """A description whose head noun is a body's ("now a statewide movement with 4,200
    members", "a coalition of growers"): the name is an organisation, never a person."""
    return _role_head(role) in _BODY_ROLE_HEADS


def role_names_a_person(role: str | None) -> bool:
    """A description that only a person takes: an age ("29-year-old bakery assistant") or
    a person's head noun ("the boy's father", "a little baby")."""
    if not role:
        return False
    # The age before the head noun, not in what follows ("a firm that polls 20-year-old
    # voters"; check story D0613D).
    words = role.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in ROLE_HEAD_ENDS), len(words))
    return bool(AGE_RE.search(" ".join(words[:cut]))) or _role_head(role) in PERSON_NOUNS


def role_speaks_for(role: str | None) -> bool:
    """A role that is only speaking for a party ("Boeing safety spokesman", "spokeswoman
    for the agency", "press secretary"): the person is its voice, not an actor."""
    return bool(role and SPOKESPERSON_RE.search(role))


def role_comments(role: str | None) -> bool:
    """A role whose holder comments on the story from outside it ("senior analyst with
    Larch Research", "equity strategist at Fenwick Brothers"): cited for an opinion or a
    forecast, no party; not an official's analyst ("a State Department analyst", "an
    intelligence analyst"), who may act for one."""
    if not role or _role_head(role) not in COMMENTATOR_NOUNS:
        return False
    words = set(role.lower().replace("-", " ").split())
    return not words & (GOVERNMENT_WORDS | OFFICIAL_ANALYST_WORDS)


def _role_head(
    role: str | None, *, skip_numbers: bool = False, ends: set[str] = ROLE_HEAD_ENDS
) -> str:
    """The head noun a description opens with ("movement" of "statewide movement with
    ..."), or "": its last word before one of ``ends``. Words before the first one of
    letters only ("34-year-old ...") are passed over; after it, a word not all letters
    ends the noun phrase unless ``skip_numbers`` ("a 9-acre reservoir project":
    "project")."""
    head = ""
    for w in (role or "").lower().replace("-", " ").split():
        if head and w in ends:
            break
        if w.isalpha() and w not in ends:
            head = w
        elif head and not skip_numbers:
            break
    return head
