"""The story's past: sentences set decades before their article.

A sentence that names a year or a century at least ``HISTORY_YEARS`` before its
article's date ("the 1925 trial", "a naturalist of the 19th century"), and none later,
tells the story's past, not its time, but for one who speaks or acts in the present
tense there ("said X, who left in 1975"; ``acts_now``). ``background`` reads it for
people; ``kinds`` for bodies and countries, which act in the story only if they act
outside such sentences (``past_sentences``: an article's, remembered per article).
An article with no date (a plain text file) is read against the story's year
(``story_year``): the latest its dated articles, or failing them its texts, name.
What a sentence tells of one person is in the past from fewer years when the date is on
the clause the name belongs to (``dates_own_clause``: "in the 1980s she wrote a book
praising X"), not elsewhere in the sentence; and it is in the story's time when that
clause names a weekday, "today" or "yesterday" (``dated_now``: "X arrived on Friday, his
first visit since 1975"), whatever year the rest of the sentence names.
"""

from __future__ import annotations

import bisect
import re

from briefing.compose.actors.clusters import Match, match_span
from briefing.compose.article_memo import by_article, decode_spans, encode_spans, spans_fit
from briefing.lang.dates import (
    CHRONOLOGY_RE,
    ERA_RE,
    ERA_SPAN_RE,
    TIME_DAY_RE,
    years_before,
)
from briefing.lang.speech import SAY_RE
from briefing.lang.tenses import NOT_PAST_TAGS
from briefing.model import AnalysedDocument, Corpus
from briefing.parsed import Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# A sentence dated this many years or more before its article tells the story's past.
# Set by hand (a 1925 trial recalled in a 1999 story); the 20 tuning+check stories of
# benchmarks/story_eval.py have no person whose every mention is so dated.
HISTORY_YEARS = 20
# A chronology's entry (a biography's line on an old post, "1984-90: Serves as minister
# under X"), at least this many years before its article, tells the past of the one it
# profiles: those named only there are no party. Set by hand on DUC 2004 d30037t (a
# minister's posts of 8 and more years before, a prime minister of one of them at rank
# 18); none of the 20 tuning+check stories has a chronology.
CHRONOLOGY_PAST_YEARS = 5
# A date on the clause a person's name belongs to ("In the early 1980s he wrote articles
# praising X"), at least this many years before its article, sets what is told of the
# person in the story's past, as a chronology's line does. Only a date on the name's own
# chain of heads counts, not one of another clause of the sentence ("an adviser to X said
# the sanctions imposed for an invasion in 1990 ..."). Set by hand on DUC 2004 d31009t (a
# ruler of a neighbouring state named only in a politician's past dealings, at rank 16);
# on the 20 tuning+check stories it moves no row.
OWN_CLAUSE_PAST_YEARS = 5
# How clauses of their own hang on a word: their dates are not the name's.
_CLAUSE_DEPS = {
    "advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "csubj", "csubjpass", "parataxis",
    "pcomp",
}  # fmt: skip


def names_the_past(sentence: str, year: int, at_least: int = HISTORY_YEARS) -> bool:
    """A year, a span of years or a century at least ``at_least`` years (HISTORY_YEARS
    unless told) before ``year``, and none later; a chronology's entry ("1984-90: Serves
    as ...") by its last year, and from CHRONOLOGY_PAST_YEARS before."""
    years = [_span_end(int(found["year"]), found["to"]) for found in ERA_SPAN_RE.finditer(sentence)]
    for found in ERA_RE.finditer(sentence):
        if found["year"]:
            years.append(int(found["year"]))
        else:
            years.append(int(found["century"]) * 100 - 1)  # "the 19th century": up to 1899
    entry = CHRONOLOGY_RE.match(sentence)
    if entry:
        years.append(_span_end(int(entry["year"]), entry["to"]))
        return years_before(max(years), year, CHRONOLOGY_PAST_YEARS)
    return bool(years) and years_before(max(years), year, at_least)


def dates_own_clause(root: Token, year: int) -> bool:
    """Whether the clause the name whose root token is ``root`` belongs to is dated at
    least OWN_CLAUSE_PAST_YEARS before ``year``, its article's: a year, a span or a century
    on a word of the name's chain of heads, outside clauses of their own
    (``_CLAUSE_DEPS``) and outside the name's chain below that word. The chain is climbed
    ``MAX_ANCESTORS`` heads at most, as ``Token.ancestors`` climbs: a list of thousands of
    names with no full stop is parsed as one chain of conjuncts, and each name climbed all
    the names before it (the square of the list)."""
    return names_the_past(own_clause(root), year, OWN_CLAUSE_PAST_YEARS)


def own_clause(root: Token) -> str:
    """The words of the clause the name whose root token is ``root`` belongs to, in order:
    its chain of heads and what hangs on each, outside clauses of their own
    (``_CLAUSE_DEPS``) and outside the name's chain below that word (climbed
    ``MAX_ANCESTORS`` heads at most, as ``Token.ancestors`` is)."""
    words: list[Token] = []
    below = -1
    for token in (root, *root.ancestors):
        words.append(token)
        for child in token.children:
            if child.i != below and child.dep_ not in _CLAUSE_DEPS:
                words.extend(child.subtree)
        below = token.i
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def dated_now(root: Token) -> bool:
    """Whether the clause the name belongs to is dated to the story's days by a weekday,
    "today" or "yesterday" ("X arrived on Friday, his first visit since 1975"): what is
    told of the person happens in the story's time, whatever older year the sentence names
    elsewhere."""
    return TIME_DAY_RE.search(own_clause(root)) is not None


def _span_end(start: int, to: str | None) -> int:
    """The last year of a span from ``start`` to ``to`` ("90" of "1984-90": 1990; "02" of
    "1998-02": 2002), or ``start`` alone."""
    if not to:
        return start
    if len(to) == 4:
        return int(to)
    end = start // 100 * 100 + int(to)
    return end if end >= start else end + 100


def past_sentences(adoc: AnalysedDocument, year: int | None = None) -> list[tuple[int, int]]:
    """The character spans of an article's sentences that tell the story's past, in order;
    an undated article's read against ``year``, the story's (``story_year``)."""
    return _past_sentences(adoc, None if adoc.document.written else year)


@by_article("past_sentences", encode_spans, decode_spans, spans_fit)
def _past_sentences(adoc: AnalysedDocument, year: int | None) -> list[tuple[int, int]]:
    """``past_sentences``, remembered per article and year, across builds too
    (``compose.article_memo``); ``year`` is None for a dated article."""
    written = adoc.document.written.year if adoc.document.written else year
    if not written:
        return []
    return [(s.start, s.end) for s in adoc.sentences if names_the_past(s.text, written)]


def told_as_past(corpus: Corpus, m: Match, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention ``m`` lies in one of its article's ``past_sentences``
    (``spans``) and does not speak or act in the present tense there."""
    k = bisect.bisect_right(spans, m.start, key=lambda span: span[0]) - 1
    if k < 0 or not spans[k][0] <= m.start < spans[k][1]:
        return False
    span = match_span(corpus, m)
    return span is None or not acts_now(span.root)


def story_year(corpus: Corpus) -> int | None:
    """The year of a story's undated articles: the latest year of its dated ones, else the
    latest year its texts place a sentence in ("in 1998", "May 3, 1998"): a story of
    plain files with no dates still tells its past from its time (DUC 2004 d31043t: a
    president of the 1960s, named only as ruling then, at rank 17). A deadline the story
    looks ahead to is not its time: a year after "by", "until" or "till" ("sales could
    reach $3 billion by 2003", "no vote is due until 2000"); taken as the story's, it set
    decades of its past in it (DUC 2004: a story of 1998 read as of 2003). A year told in
    a sentence of what is to come is still read: a story tells its own year's plans so
    ("the vote will be held in May 1998")."""
    dated = [d.document.written.year for d in corpus.docs if d.document.written]
    if dated:
        return max(dated)
    named = [
        int(found["year"])
        for d in corpus.docs
        for found in ERA_RE.finditer(d.document.text)
        if found["year"] and not _DEADLINE_RE.match(found[0])
    ]
    return max(named, default=None)


# A year a story looks ahead to ("by 2003", "not until 2000"): no year of its time.
_DEADLINE_RE = re.compile(r"(?:by|until|till)\b", re.IGNORECASE)


def acts_now(root: Token) -> bool:
    """The subject of a speech verb ("said X, who left in 1975") or of a verb in the
    present ("X, who left in 1959, can recall ..."): someone in the story's time."""
    if root.dep_ not in _SUBJECT_DEPS:
        return False
    verb = root.head
    if SAY_RE.fullmatch(verb.text) or verb.tag_ in NOT_PAST_TAGS:
        return True
    return any(a.dep_ == "aux" and a.tag_ in NOT_PAST_TAGS for a in verb.children)
