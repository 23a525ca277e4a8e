"""The years each sentence of an article writes, remembered per article (across builds too).

``frames`` finds the sentences telling a statement's event by the years they write and
tell of, and indexed every sentence of the story by them: ``YEAR_RE`` over each
sentence's text, once for the years written and once for the years told, on every build,
though a sentence's years are a question of its text alone (a second run over 750 + 5
articles built both indexes in ~0.14 CPU s of the build process). ``written_years`` is
the article memo of them; a stored answer names sentences of the article and years
written in its text (``fits``), so a tampered entry can only point ``frames`` at other
sentences of the same article, as a tampered sentence index can.
"""

from __future__ import annotations

from typing import Any

from briefing.compose.article_memo import by_article, checked_rows, runs_written
from briefing.compose.memo import BadValue
from briefing.lang.dates import YEAR_RE
from briefing.model import AnalysedDocument

# By sentence index, the years its text writes (only sentences writing one).
Years = dict[int, frozenset[str]]


def sentence_years(text: str) -> frozenset[str]:
    """The years ``text`` writes ("1998")."""
    return frozenset(m.group(0) for m in YEAR_RE.finditer(text))


def _encode(value: Years) -> list[list[Any]]:
    return [[i, sorted(years)] for i, years in value.items()]


def _a_row(row: list[Any]) -> bool:
    return (
        len(row) == 2
        and type(row[0]) is int
        and isinstance(row[1], list)
        and bool(row[1])
        and all(type(y) is str and YEAR_RE.fullmatch(y) for y in row[1])
    )


def _decode(data: Any) -> Years:
    """Years by sentence, as ``_encode`` wrote them (each a year, each sentence once)."""
    rows = checked_rows(data, _a_row, "a sentence index and the years it writes")
    out = {i: frozenset(years) for i, years in rows}
    if len(out) != len(rows):
        raise BadValue("a sentence given twice")
    return out


def _fits(value: Years, text: str, sentences: int) -> bool:
    # Through the text's runs of word characters, which the other memos' checks of the
    # article read too (``text_runs``, kept for the last text): a year is one of them
    # unless a letter or digit touches it. ``all_written`` split each text into runs of
    # letters again (a second run over 750 + 5 articles: 0.11 CPU s, ~0.01 so).
    return all(0 <= i < sentences for i in value) and runs_written(
        {y for years in value.values() for y in years}, text
    )


@by_article("written_years", _encode, _decode, _fits)
def written_years(adoc: AnalysedDocument) -> Years:
    """By sentence index, the years each sentence of the article writes (module doc)."""
    out: Years = {}
    for s in adoc.sentences:
        if years := sentence_years(s.text):
            out[s.index] = years
    return out
