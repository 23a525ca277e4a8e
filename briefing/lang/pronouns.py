"""Pronouns and summing-up nouns whose person or things an earlier sentence named.

``anaphora.leans_back`` asks these too (and ``anaphora.doer_unnamed`` the ones of who
acts):

- "he"/"she" after an opening that names nobody ("In six years on the council, he ...",
  "On Friday she ...", "Asked about the toll, he said"; ``opening_pronoun``), a "he
  said" with no name before it (``unnamed_speaker``) or in a clause on a plain noun
  ("one school he visited"; ``unnamed_person``);

- "him" with no name before it in the sentence ("The trust invited him to a meeting",
  "When a guard stopped him in 2001, ..."): who he is was told before. A name first
  ("Dell said the board paid him", "Ada Moss hired him") may be the one meant, so the
  sentence stays;
- "these"/"those" before a plural noun that sums up what was said before ("these
  things", "those claims", "these demands") anywhere in the sentence, unless the
  sentence itself named that noun first ("new rules ... under those rules").
"""

from __future__ import annotations

import re

from briefing.lang.connectives import OPENING_WORDS
from briefing.lang.months import MONTHS, WEEKDAYS
from briefing.lang.patterns import alternation
from briefing.lang.stopwords import STOP_WORDS

_HIM = re.compile(r"\bhim\b")
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Capitalised words that name nobody: a sentence's opening word, months, weekdays.
OPENERS = STOP_WORDS | OPENING_WORDS | _CALENDAR_WORDS
_EDGE = ".,;:!?\"'“”‘’()[]"

# Plural nouns that sum up facts, acts or words told before ("these things", "those
# laws"); things that are counted or seen ("those buyers", "these areas") are often
# named just before in the same sentence in other words, so they are left out.
_SUMMING_UP = (
    "things", "cases", "measures", "steps", "issues", "problems", "efforts", "changes",
    "claims", "moves", "actions", "incidents", "developments", "events", "concerns",
    "practices", "policies", "demands", "laws", "rules", "debates", "charges", "allegations",
    "findings", "proposals", "plans", "ideas", "conditions", "factors", "arguments",
    "reforms", "remarks", "comments", "accusations", "complaints", "criticisms", "threats",
    "attacks", "killings", "abuses", "violations", "tactics", "methods",
)  # fmt: skip
_SUMMING_UP_NOUN = re.compile(
    rf"\b(?:these|those) (?P<noun>{alternation(_SUMMING_UP)})\b", re.IGNORECASE
)


def unnamed_him(text: str) -> bool:
    """'him' with no capitalised name before it (a sentence's first word counts as a
    name unless it is a common opening word: "The", "When", "After")."""
    m = _HIM.search(text)
    if m is None:
        return False
    return not any(
        word[:1].isupper() and word.lower() not in OPENERS
        for word in (w.strip(_EDGE) for w in text[: m.start()].split())
    )


def summed_up_before(text: str) -> bool:
    """'these things', 'those claims' whose noun the sentence has not used before."""
    lowered = text.lower()  # once: a long text has many matches
    for m in _SUMMING_UP_NOUN.finditer(lowered):
        noun = m.group("noun")
        # "rule" in "rules", "rulings"; "polic" in "policy", "policies".
        if lowered.rfind(noun[: max(4, len(noun) - 3)], 0, m.start()) < 0:
            return True
    return False


# An unnamed speaker: '..., he said.', '..., she added Monday,': the name was told before.
ATTRIBUTION_VERBS = (
    "said", "says", "say", "added", "adds", "noted", "explained", "argued", "insisted",
    r"told (?:reporters|the \w+)",
)  # fmt: skip
_PRONOUN_ATTRIBUTION = re.compile(
    rf",\s*(?:he|she|they) {alternation(ATTRIBUTION_VERBS)}\b(?:\s+\w+){{0,6}}\s*[,.]",
    re.IGNORECASE,
)

# A person told about only as "he"/"she" in a clause on a plain noun ("one school he
# visited"), in a sentence that names nobody (no capitalised word after the first).
_UNNAMED_CLAUSE = re.compile(
    r"\b(?!(?:said|says|that|and|but|or|when|if|as)\b)[a-z]+ (?:he|she) [a-z]+ed\b"
)
_CAPITALISED = re.compile(r"\b[A-Z]")
# Someone named speaks in the sentence, so "he said" may be that person: a run of name
# characters before the verb with a capital that starts a word ("Hall", "al-Hakim"). Each
# run is read once from its start (trying every capital of a 200 KB run of "A." was
# quadratic: 8,000 took 0.43 CPU s).
_SPEAKER_RUN = re.compile(r"(?<![\w.'’-])[\w.'’-]++(?= (?:said|says|told|added)\b)")


def unnamed_person(text: str) -> bool:
    """'About 30 percent of the pupils in one school he visited were absent.'"""
    return bool(_UNNAMED_CLAUSE.search(text)) and not _CAPITALISED.search(text.partition(" ")[2])


def unnamed_speaker(text: str) -> bool:
    """'Lorries, he said, now take the ring road' (no 'Smith said' before it)."""
    m = _PRONOUN_ATTRIBUTION.search(text)
    return bool(m) and not any(
        _CAPITALISED.search(run.group()) for run in _SPEAKER_RUN.finditer(text, 0, m.start())
    )


# A person first met as "he"/"she" after an opening that names nobody ("In six years on
# the council, he has voted ...", "In court, where he faces charges, ..."): the person was
# named before. A name first ("After Hall arrived, he ...") keeps the sentence; "they"
# may be a thing named in the opening ("As crime rates fall, they ..."); without an
# opening, "The mayor said he ..." names its person.
_FIRST_HE_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# Words an opening with no comma may have before "he"/"she" ("On Thursday she ...").
_OPENING_BEFORE_PRONOUN = 4
_TIME_OPENERS = frozenset(
    ("on", "in", "at", "when", "after", "before", "while", "as", "once", "since", "until")
    + ("later", "then", "now", "today", "yesterday", "last", "earlier")
)
# A condition or a reason opening ("Assuming that he ...", "If she wins ..."): whose,
# unless a name opens the clause after it ("If he is guilty, al-Hadi will ...").
_CONDITION_OPENERS = ("if", "unless", "although", "though", "because", "assuming", "provided")
_NAME_AFTER_CLAUSE = re.compile(r"[,;—–]\s*(?:al-|el-)?([A-Z][\w'’-]*)")


def pronoun_after_opening(text: str) -> bool:
    """'In six years on the council, he ...', 'On Thursday she ...', 'Assuming that he
    ...': the first "he"/"she" comes after an opening that names nobody."""
    m = _FIRST_HE_SHE.search(text, 1)
    if not m:
        return False
    if "," not in text[: m.start()]:
        # "On Thursday she won ...", "In 1990 he ...": only opening words (or a year) first.
        before = [w.strip(".,").lower() for w in text[: m.start()].split()]
        if before[0] in _CONDITION_OPENERS:
            named = _NAME_AFTER_CLAUSE.search(text, m.end())
            return len(before) <= _OPENING_BEFORE_PRONOUN and not (
                named and named.group(1).lower() not in OPENERS
            )
        return (
            len(before) <= _OPENING_BEFORE_PRONOUN
            and before[0] in _TIME_OPENERS
            and all(w in OPENERS or w.isdigit() for w in before)
        )
    first, *rest = text[: m.start()].split()
    # The first word is capitalised anyway: a name unless it is a common opening word.
    opener = first.strip(".,").lower()
    if opener not in OPENERS and not opener.endswith("ly"):
        return False
    return not any(w[:1].isupper() and w.strip(".,").lower() not in _CALENDAR_WORDS for w in rest)


# A participle opening whose subject is a pronoun ("Determined to keep the bridge open,
# they raised the toll"; "Asked about the toll, he said"): the person was named before.
PARTICIPLE_THEN_PRONOUN = re.compile(r"^[A-Z][a-z]+(?:ed|ing)\b[^,]*, (?:he|she|they)\b")


# "he"/"she" as the subject right after the opening ("In 1987, he ...", "On Friday she
# ..."; not "On Wednesday, the mayor said he ...", whose person is the mayor).
_SUBJECT_AFTER_OPENING = re.compile(r"^(?:[^,]*,\s+|(?:\S+\s+){1,4})(?P<who>he|she)\b", re.I)


def opening_pronoun(text: str) -> tuple[int, int] | None:
    """Where the "he"/"she" is that acts right after an opening naming nobody ("In 1987,
    he sold the ferry ...", "On Friday she closed the pier ..."), or None."""
    m = _SUBJECT_AFTER_OPENING.match(text)
    return m.span("who") if m and pronoun_after_opening(text) else None
