"""The heading of an attributed dispute: who rejects what, in a few words.

"Disputed: Bush denied the charge.", "Disputed (one source reports both sides): Xi'an
police and government officials denied that any protests had occurred …". The rejecting
party is the clause's subject before the dispute verb when it is a short name-like
phrase ("Xi'an police and government officials", "Salih Idris" in "The plant owner,
Salih Idris, flatly rejected", "Iraq" in "Iraq, which has denied …, disputed"), else the
heading starts at the verb.
"""

from __future__ import annotations

import re

ONE_SOURCE_LABEL = "Disputed (one source reports both sides): "
SHORT_CLAIM_WORDS = 14
# A heading that sets two figures or accounts side by side keeps up to this many words,
# so both figures show ("estimates range from the government's figure of 2 million to the
# group's claim of 100 million"). Set by hand (session 13, D0607G); not benchmarked.
SHOWN_WORDS = 20
# A subject in more words than this is a clause, not a party's name.
MAX_WHO_WORDS = 8

# Capitalised words that open an adverbial, not a name ("On Monday, …", "Also, …").
NOT_SUBJECT_OPENERS = {
    "On", "In", "At", "By", "For", "After", "Before", "Also", "But", "However", "Last",
    "Earlier", "Later", "Meanwhile", "Still", "Yet", "Then", "Since", "Until", "While",
}  # fmt: skip
_FULL_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_CONJUNCTION = r"(?:and|but|while)"


def dispute_topic(text: str, start: int, shown: str = "", *, one_source: bool = False) -> str:
    """The heading of a dispute whose rejection starts at ``start`` of sentence ``text``;
    ``shown``: the words of a sentence that tells both sides itself."""
    said = shown or _who(text[:start]) + text[start:]
    label = ONE_SOURCE_LABEL if one_source else "Disputed: "
    return label + _shorten(_unquoted(said), SHOWN_WORDS if shown else SHORT_CLAIM_WORDS)


def _who(before: str) -> str:
    """The clause's subject before the dispute verb ("However, Facebook has " -> "Facebook
    has "), or nothing when it is not a short name-like phrase. An adverb before the verb
    is no part of it ("flatly"), nor a conjunction that starts the clause ("but Bush")."""
    m = re.search(r"(?<![\w'’-])\w+ly\s*$", before)
    adverb = m.group(0) if m else ""
    text = before[: m.start() if m else None].lstrip('"“ ').rstrip(" ,;:")
    chunks = [c.strip() for c in re.split(r"\s*[,;:]\s+", text)]
    last = re.sub(rf"^{_CONJUNCTION}\s+", "", chunks[-1])
    # "Gay rights groups said … and Bush": the last clause's subject; "Xi'an police and
    # government officials": one subject whose last part is no name.
    tries = [re.split(rf"\s+{_CONJUNCTION}\s+", last)[-1], last]
    if len(chunks) > 1 and all(c[:1].islower() for c in chunks[1:]) and chunks[0][:1].isupper():
        # An aside after the name: "Victor Rodriguez, chairman of the board, dismissed",
        # "Iraq, which has denied …, disputed"; not "On Monday, the court rejected".
        name = re.fullmatch(rf"{_FULL_NAME}|[A-Z][\w'’-]+", chunks[0])
        if name and chunks[0].split()[0] not in NOT_SUBJECT_OPENERS:
            tries.append(chunks[0])
    for clause in tries:
        if clause and len(clause.split()) <= MAX_WHO_WORDS and clause[:1].isupper():
            return clause + " " + adverb
    return ""


def _unquoted(text: str) -> str:
    """The text without its quote marks when they do not pair up (a quote that ends
    inside it: '… in the data we have," Hall said')."""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return re.sub(r"[\"“”]", "", text)
    return text


def _shorten(text: str, words: int = SHORT_CLAIM_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
