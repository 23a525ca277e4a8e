"""Which source sentences may stand alone in a brief, and the light trimming allowed.

A brief is read without the articles around its sentences, so a sentence that only
makes sense in context (starts with "He" or "This", is a question, is mostly a quote,
is a dateline or byline fragment) or states no fact (advice to the reader, a fact-box
label, a cut quotation, only that someone gave no comment) is a poor summary sentence
even when it scores well.
The only edit ever made to a sentence is dropping connectives that point back at text
the reader will not see: a leading one ("But", "However,") and one set off by commas
inside it ("The plane, however, ...", "..., too.").
"""

from __future__ import annotations

import re

from briefing.compose.memo import by_text, decode_bool
from briefing.compose.place_notes import has_place
from briefing.lang.address import not_a_statement
from briefing.lang.anaphora import leans_back
from briefing.lang.connectives import (
    CONNECTIVE_RE,
    DANGLING_FIRST,
    DANGLING_PHRASE_RE,
    INNER_CONNECTIVE_RE,
    OPENING_WORDS,
)
from briefing.lang.dates import CHRONOLOGY_RE
from briefing.lang.deixis import bare_here
from briefing.lang.furniture import BYLINE_FRAGMENT_RE, DATELINE_RE, NO_COMMENT_RE
from briefing.model import Corpus, Sentence

# A statement's length in words and its quoted share at most: MIN_WORDS and MAX_WORDS chosen
# by hand in 92972e9, MAX_QUOTED in 9fe753f; not benchmarked.
MIN_WORDS = 8
MAX_WORDS = 55
MAX_QUOTED = 0.35

_QUOTE_CHARS = '"“”«»'
# Any one of them: ``quoted_fraction`` reads the marks only, not every character (it is
# asked of most sentences of a story, by the map's workers: ``premap``).
_QUOTE_CHAR_RE = re.compile(f"[{_QUOTE_CHARS}]")
# A statement ends with a full stop (or "!", or a closing quote or bracket after one);
# a line without one is a headline or a caption ("Bill clears key hurdle in X").
_STATEMENT_ENDS = (".", "!", '"', "”", "'", "’", ")", "»")


def trim_connective(text: str) -> str:
    """Drop one leading connective and re-capitalise, and connectives set off inside the
    sentence ("The plane, however, crashed" -> "The plane crashed"); the rest is untouched."""
    m = CONNECTIVE_RE.match(text)
    if m and len(text) - m.end() >= 20:
        rest = text[m.end() :]
        text = rest[:1].upper() + rest[1:]
    return INNER_CONNECTIVE_RE.sub(_drop_inner, text)


def _drop_inner(m: re.Match[str]) -> str:
    if m.group("end") == ".":
        return "."
    before = m.string[: m.start()]
    words = before.split()
    # "After the crash, however, X" keeps its comma; "If, however, X", "Hall, however,
    # said" and "Although ..., the country, nevertheless, is" need none.
    opening = len(words) > 1 and words[0].lower() in OPENING_WORDS and "," not in before
    return ", " if opening else " "


def has_dateline(text: str) -> bool:
    return bool(DATELINE_RE.match(text))


def quoted_fraction(text: str) -> float:
    """Share of the sentence's characters inside double quotation marks."""
    inside = 0
    state = False
    start = 0
    for mark in _QUOTE_CHAR_RE.finditer(text):
        i = mark.start()
        if state:
            inside += i - start
        state = not state
        start = i
    if state:  # an unclosed quote runs to the end of the sentence
        inside += len(text) - start
    return inside / max(1, len(text))


def standalone(sentence: Sentence, corpus: Corpus | None = None) -> bool:
    """True if ``sentence`` reads on its own and is worth a place in a summary. With the
    ``corpus``, a sentence whose "here" (``deixis.bare_here``) its article's dateline does
    not place is none: the place can be told only from a dateline."""
    unplaced = corpus is not None and not has_place(corpus.docs[sentence.doc].document)
    if unplaced and bare_here(sentence.text) is not None:
        return False
    return _reads_alone(sentence.text, len(sentence.words))


# The summary and every source digest ask it of each sentence (benchmarks/scale.py: 875
# articles, ~27,000 sentences).
@by_text("reads_alone", decode=decode_bool)
def _reads_alone(whole: str, n: int) -> bool:
    # A conjunction of pure tests of the text, so their order decides only the cost: the
    # cheap ones go first, and ``leans_back`` (some fifty patterns, most of them searched
    # through the whole sentence: 0.23 ms a sentence, 2 in 3 of this function's time on
    # 200 dev articles) and ``not_a_statement`` run only on the sentences they leave.
    if n < MIN_WORDS or n > MAX_WORDS:
        return False
    stripped = whole.strip()
    text = trim_connective(stripped)
    if (
        not text.rstrip().endswith(_STATEMENT_ENDS)
        or text.endswith("?")
        or text.endswith(":")
        or not text[:1].isupper()
        and not text[:1].isdigit()
    ):
        return False
    # Said-clauses with the quote first ('"...," he said.') and lists of names are poor leads.
    if text.count(";") > 2:
        return False
    first = text.split(None, 1)[0].strip(",.;:\"'“‘").lower()
    first = re.split(r"['’]", first)[0]  # "It's", "They’re" point back like "It", "They"
    if first in DANGLING_FIRST or DANGLING_PHRASE_RE.match(text):
        return False
    # An entry of a chronology ("1994-97: Serves as harbour master ..."): a fragment of
    # a list, whose subject is the list's heading.
    if has_dateline(text) or BYLINE_FRAGMENT_RE.match(text) or CHRONOLOGY_RE.match(text):
        return False
    if quoted_fraction(text) > MAX_QUOTED:
        return False
    # Only that someone gave no comment ("Harbour officials could not be reached."): the
    # reporter's call, no fact (the words screen the pattern out of most sentences).
    if ("comment" in text or "reached" in text) and NO_COMMENT_RE.match(text):
        return False
    # Before trimming ("Also, ..." adds to before) and after ("And, in any case, ..."; the
    # same question twice when nothing was trimmed, as for most sentences).
    if leans_back(stripped) or (text != stripped and leans_back(text)):
        return False
    return not not_a_statement(text)
