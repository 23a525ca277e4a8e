"""A bare denial and what the article goes on to say its party holds instead.

"An official with the harbour authority denied the report." says only that a report
is denied, and is no heading a stranger can read. When the article goes straight on with
a quote credited to that party ("“None of that took place in Harlow. It's gossip,”
said the clerk …"), the quote says it: the dispute's heading is the denial with the
quoted words, and its rejecting side the denial and the quote as the article writes them.

The quote is joined only when it opens the very next sentence, closes within
``QUOTE_SENTENCES`` sentences and is credited there to the party of the denial: its
title ("the official" for "An official with …") or a name the denial's subject gives. A
quote credited to someone else, to a pronoun only or to nobody is not joined.

"The mayor's allies reject the single-leak theory." names the theory, not what it holds
nor what the allies hold instead. When the very next sentence opens with the allies'
pronoun and their argument ("They argue that the pier gave way twice.", "They say the
pier gave way twice."), that says it:
the heading is the denial with the argument, "…: they argue that the pier gave way
twice." "They" goes with a plural party ("allies", "police"), "He"/"She" with a party
named by a person's name; any other opening is no argument of that party.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.compose.dispute_topics import COLLECTIVE_PLURALS
from briefing.lang.disputes import REJECTING_VERB_RE
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES, QUOTE_CREDIT_RE
from briefing.model import AnalysedDocument, Sentence

# A quote joined to a denial ends at most this many sentences after it. Set on the one
# dev denial it joins (D0607G: two sentences); not benchmarked.
QUOTE_SENTENCES = 2
# The next sentence's opening that tells what the denying party argues instead: its
# pronoun, perhaps an adverb, an arguing verb and "that", or a clause with no "that"
# opening with a determiner ("They say the likeliest cause is …"; issue 11).
_ARGUMENT_RE = re.compile(
    r"(?P<pronoun>They|He|She)\s+(?:\w+ly\s+|also\s+)?"
    r"(?P<verb>argue|argues|argued|contend|contends|contended|insist|insists|insisted|"
    r"maintain|maintains|maintained|say|says|said|counter|counters|countered)\s+"
    r"(?:that\s+\S|(?:the|a|an|its|their)\s+\w)"
)
# Words of the subject that are no title or name of the party.
_SUBJECT_FILLERS = frozenset({"a", "an", "the", "with", "of", "for", "in", "and", "its", "his"})


class QuotedDenial(NamedTuple):
    """A denial with the quote or argument after it."""

    heading: str  # "… denied the report: “None of that took place …”"
    text: str  # the denial's sentence through the quote's (argument's), as written


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


def argued_denial(adoc: AnalysedDocument, sent: Sentence, heading: str) -> QuotedDenial | None:
    """The denial ``heading`` (of ``sent``) joined to the next sentence when that opens
    with the denying party's pronoun arguing what it holds instead ("They argue that …");
    else None."""
    verb = REJECTING_VERB_RE.search(heading)
    if verb is None or sent.index + 1 >= len(adoc.sentences):
        return None
    party = re.findall(r"[\w'’-]+", heading[: verb.start()])
    while party and party[-1].endswith("ly"):
        party.pop()  # "Port officials hotly dispute …": the party ends before its adverb
    nxt = adoc.sentences[sent.index + 1].text.strip()
    m = _ARGUMENT_RE.match(nxt)
    if not party or m is None or not nxt.endswith("."):
        return None
    head = party[-1]
    plural = head.lower() in COLLECTIVE_PLURALS or (
        head.endswith("s") and not head.endswith(("'s", "’s", "ss"))
    )
    person = all(w[:1].isupper() for w in party) and not plural
    if (m.group("pronoun") == "They") != plural or (m.group("pronoun") != "They" and not person):
        return None  # "They" after one person, "He" after a body: someone else's words
    argued = nxt[:1].lower() + nxt[1:]
    joined = f"{sent.text.strip()} {nxt}"
    return QuotedDenial(f"{heading.rstrip(' .')}: {argued}", joined)
