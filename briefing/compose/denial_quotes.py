"""A bare denial and the quote after it that says what the denying party holds.

"An official with the city police department denied the report." says only that a report
is denied, and is no heading a stranger can read. When the article goes straight on with
a quote credited to that party ("“Nothing like that happened in Harlow. It's a rumor,”
said the official …"), the quote says it: the dispute's heading is the denial with the
quoted words, and its rejecting side the denial and the quote as the article writes them.

The quote is joined only when it opens the very next sentence, closes within
``QUOTE_SENTENCES`` sentences and is credited there to the party of the denial: its
title ("the official" for "An official with …") or a name the denial's subject gives. A
quote credited to someone else, to a pronoun only or to nobody is not joined.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.lang.disputes import REJECTING_VERB_RE
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES, QUOTE_CREDIT_RE
from briefing.model import AnalysedDocument, Sentence

# A quote joined to a denial ends at most this many sentences after it. Set on the one
# dev denial it joins (D0607G: two sentences); not benchmarked.
QUOTE_SENTENCES = 2
# Words of the subject that are no title or name of the party.
_SUBJECT_FILLERS = frozenset({"a", "an", "the", "with", "of", "for", "in", "and", "its", "his"})


class QuotedDenial(NamedTuple):
    """A denial with the quote after it."""

    heading: str  # "… denied the report: “Nothing like that happened …”"
    text: str  # the denial's sentence through the quote's, as the article writes them


def quoted_denial(adoc: AnalysedDocument, sent: Sentence, heading: str) -> QuotedDenial | None:
    """The denial ``heading`` (of ``sent``) joined to the quote the article goes on with,
    when that quote is credited to the denying party; else None."""
    verb = REJECTING_VERB_RE.search(heading)
    if verb is None:
        return None
    party = {w.lower() for w in re.findall(r"[\w'’-]+", heading[: verb.start()])}
    party -= _SUBJECT_FILLERS
    after = adoc.sentences[sent.index + 1 : sent.index + 1 + QUOTE_SENTENCES]
    if not (party and after and after[0].text.lstrip()[:1] in OPENING_QUOTES):
        return None
    parts: list[str] = []
    for nxt in after:
        text = nxt.text.strip()
        if not parts:
            text = text[1:]  # the quote's opening mark
        credit = QUOTE_CREDIT_RE.search(text)
        if credit is None:
            if any(ch in CLOSING_QUOTES for ch in text):
                return None  # the quote ends credited to nobody
            parts.append(text)
            continue
        who = (credit.group("after") or credit.group("before")).lower().split()
        if who[-1].rstrip(".") not in party:
            return None  # someone else's words, or "he said": not the denying party's
        parts.append(text[: credit.start()])
        quoted = " ".join(parts).rstrip(" ,")
        if not quoted.endswith((".", "!", "?")):
            quoted += "."
        joined = " ".join(s.text.strip() for s in adoc.sentences[sent.index : nxt.index + 1])
        return QuotedDenial(f"{heading.rstrip(' .')}: “{quoted}”", joined)
    return None
