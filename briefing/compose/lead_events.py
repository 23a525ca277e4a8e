"""The act classes and names of a summary candidate's sentence, remembered per article.

The summary's soft fill asks of every candidate left in its pool whether it reports an
act a chosen statement tells (``restated.one_report``): the classes of the acts of its
sentence's event and the names the sentence holds, read off the article's parse
(``events.EventIndex``). Both are a pure function of the analysed article and the
sentence's index, so they are kept with the article's other memos (``article_memo``),
across builds too: a run over benchmarks/scale.py's folder grown by 10 articles read the
events of the same ~340 sentences again (0.095 CPU s of the build process; 0.017 s
read back). Nothing of them reaches a brief but the test's answer: a tampered entry
could only merge or part two reports, never put words into a brief.
"""

from __future__ import annotations

from typing import Any

from briefing.compose.article_memo import article_memo
from briefing.compose.events import EventIndex
from briefing.compose.memo import BadValue, decode_strings, encode_strings
from briefing.model import AnalysedDocument, Sentence

# The classes of a sentence's acts, and its names (``restated.one_report``).
Told = tuple[frozenset[str], frozenset[str]]


def _encode(value: Told) -> list[list[str]]:
    return [encode_strings(value[0]), encode_strings(value[1])]


def _decode(data: Any) -> Told:
    if not (isinstance(data, list) and len(data) == 2):
        raise BadValue("two lists: act classes and names")
    return decode_strings(data[0]), decode_strings(data[1])


_TOLD = article_memo("lead_events", __name__, _encode, _decode)


def lead_event(events: EventIndex, sentence: Sentence) -> Told:
    """The classes of the acts of ``sentence``'s event (none without one) and its names,
    remembered per article and sentence index."""

    def work_out(_adoc: AnalysedDocument, _index: int) -> Told:
        event = events.of(sentence)
        acts = frozenset(a.verb for a in event.acts) if event else frozenset()
        return acts, events.names_in(sentence)

    return _TOLD.ask(events.corpus.docs[sentence.doc], (sentence.index,), work_out)
