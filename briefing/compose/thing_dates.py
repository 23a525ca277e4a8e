"""A date that only names a thing its sentence mentions, under a clause with no dated act.

A timeline entry shows its sentence under the date of the event it tells. Some sentences
carry a date only on a thing they mention, while what they tell has no day of its own:

- a date in a relative clause under a main verb in the simple present that reports no
  one's words, a state: "The toll is one of the issues of the harbour talks, which were
  launched on May 3", "The harbour board has yet to approve the toll accord it signed in
  2009". The talks' start or the signing is another event; the sentence tells how things
  stand.
- a date that is what a "for" covers ("the household survey, for 1997, estimated ..."):
  it tells which survey, not when anything happened.
- a date on a noun ("the ruling last Tuesday", "the hearing Monday night") that is the
  subject of a clause still to come (will, would) or in doubt (whether, if): "depends on
  whether the ruling last Tuesday is upheld", "the hearing Monday night will lead
  to two more". The sentence tells a plan or an open question, not that day's event.

Left to the other checks: a date in a relative clause under a report ("The board says
the accord it signed in 2009 is unfair") or under a past or perfect main verb, and a
date on a noun that is no such subject ("according to the announcement Sunday night",
"The governor's announcement Friday has surprised the island"): there the noun is the
news. Measured (session 34, seeded rebuild of the 20 dev stories): drops four entries
(three wrong, one borderline), and two right ones enter under the cap.
"""

from __future__ import annotations

from briefing.compose.timeless import REPORT_LEMMAS
from briefing.lang.dates import FUTURE_AUXILIARIES
from briefing.lang.tenses import PRESENT_TAGS
from briefing.parsed import ParsedDoc, Token, tokens_at

_AUX_DEPS = frozenset({"aux", "auxpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# Conjunctions that leave their clause's event open ("whether the ruling is upheld").
_OPEN_MARKS = frozenset({"whether", "if"})


def names_mentioned_thing(parse: ParsedDoc | None, offset: int, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of a sentence (at document offset ``offset``)
    only names a thing the sentence mentions: in a relative clause under a present-tense
    state, or on the subject of a clause that tells a plan or an open question."""
    span = tokens_at(parse, offset + start, offset + end)
    if span is None:
        return False
    token = span.root
    if _names_which(token):
        return True
    path = [token, *token.ancestors]
    root = path[-1]
    if any(n.dep_ == "relcl" for n in path) and _is_state(root):
        return True
    noun = token.head
    if token.dep_ != "npadvmod" or noun.pos_ not in _NOUN_POS or noun.dep_ not in _SUBJECT_DEPS:
        return False
    return _still_open(noun.head)


def _names_which(token: Token) -> bool:
    """Whether a date is what a "for" covers ("the household survey, for 1997, estimated",
    "the figures for 1998 show", "estimated for 1997 that"): the period a survey,
    figures or a budget are of, not when anything happened (s38 judging: D0633F's
    survey dated by the year it covers; the parser hangs the "for" on the noun or on
    the verb)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "for"


def _is_state(verb: Token) -> bool:
    """A verb in the simple present, no auxiliary, that reports no one's words ("are",
    "has yet to"; not "says", "has approved")."""
    return (
        verb.tag_ in PRESENT_TAGS
        and verb.lemma_ not in REPORT_LEMMAS
        and not any(c.dep_ in _AUX_DEPS for c in verb.children)
    )


def _still_open(verb: Token) -> bool:
    """A verb whose event is still to come ("will be followed") or in doubt ("whether
    it is upheld")."""
    return any(
        (c.dep_ in _AUX_DEPS and c.lower_ in FUTURE_AUXILIARIES)
        or (c.dep_ == "mark" and c.lower_ in _OPEN_MARKS)
        for c in verb.children
    )
