"""A date that names the occasion the sentence's event took place at.

A date before a noun usually names another thing the sentence mentions, never the day of
its own event ("the cost of the May 3 flood", "his 2001 budget", ``dating.is_background``).
An occasion is the exception: when the main verb happened in, at or during it ("was
chosen in the April 9 ballot", "spoke at an August 2 town meeting", "wounded
dozens in a 1987 riot"), its date is the event's. On the 20 TUNING+CHECK corpora
(session 20) the rule dates 14 sentences so; read one by one, the date was the event's in
all of them (two by the report's day, "reported in its Friday editions", as the timeline
dates a report); one becomes a timeline entry (D0649D: the election's result, a gold
event).
"""

from __future__ import annotations

from briefing.compose.dating import DateMention, is_background
from briefing.lang.dates import OCCASION_NOUNS, OCCASION_PREPOSITIONS
from briefing.parsed import ParsedDoc, tokens_at

# Dependencies of the main clause: a verb on this path from the root tells the event.
_MAIN_DEPS = frozenset({"ROOT", "conj"})
_VERB_POS = frozenset({"VERB", "AUX"})


def dates_occasion(parse: ParsedDoc | None, offset: int, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of a sentence (at document offset ``offset``)
    qualifies an occasion noun that is the object of "in", "at" or "during" on the
    sentence's main verb."""
    span = tokens_at(parse, offset + start, offset + end)
    if span is None:
        return False
    noun = span.root.head
    if noun.i <= span.root.i or noun.lemma_.lower() not in OCCASION_NOUNS:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPOSITIONS:
        return False
    verb = noun.head.head
    return verb.pos_ in _VERB_POS and all(n.dep_ in _MAIN_DEPS for n in [verb, *verb.ancestors])


def background_date(parse: ParsedDoc | None, mention: DateMention) -> bool:
    """Whether ``mention`` dates something its sentence only mentions (``is_background``)
    rather than the occasion of the sentence's event."""
    sent = mention.sentence
    return is_background(sent.text, mention.start, mention.end) and not dates_occasion(
        parse, sent.start, mention.start, mention.end
    )
