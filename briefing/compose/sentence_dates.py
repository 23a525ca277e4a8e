"""The date of the event each sentence tells (the timeline's rule, and the executive
summary's story order): of a sentence's date mentions, not a background date, not another
clause's, no statistic's or plan's year or month; the most precise one; but the date of the
act a report tells when it has one ("said Tuesday that troops closed the border last
month": last month), and none when that act's time names no day ("said Monday that he had
resigned over the weekend"). Dates resolve against the article's own date (``dating``) and the full
dates the coverage states (anchors).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from briefing.compose.article_memo import (
    SentenceSpans,
    by_article,
    decode_sentence_spans,
    encode_sentence_spans,
    sentence_spans_fit,
)
from briefing.compose.clauses import (
    counts_in,
    dates_other_clause,
    future_verb,
    names_no_event,
    past_verb,
)
from briefing.compose.dating import (
    DateMention,
    Resolved,
    anchors,
    date_mentions,
    is_plan,
    looks_ahead,
    resolve_date,
)
from briefing.compose.occasions import background_date
from briefing.compose.report_days import reported_act_date
from briefing.lang.dates import FOR_BEFORE_RE, REPORT_BEFORE_RE, STATISTIC_RE
from briefing.model import AnalysedDocument, Corpus

# What its article alone says of each date mention (``own_date``), by sentence index:
# its span in the sentence with ``SKIP`` when it dates no event of its sentence (a
# background date, no event's words, another clause's date), ``AHEAD`` when it dates one
# that is to come, else "".
SKIP, AHEAD = "skip", "ahead"


@by_article("date_mention_reads", encode_sentence_spans, decode_sentence_spans, sentence_spans_fit)
def mention_reads(adoc: AnalysedDocument) -> SentenceSpans:
    """What its words and parse alone say of every date mention of the article, so
    remembered across builds (a second run over benchmarks/scale.py's folder asked it
    of every date of the story again, on the summary's and the timeline's way)."""
    out: SentenceSpans = {}
    for m in date_mentions(adoc):
        skip, future = _read(adoc, m)
        kind = SKIP if skip else AHEAD if future else ""
        out.setdefault(m.sentence.index, []).append((m.start, m.end, kind))
    return out


def _read(adoc: AnalysedDocument, m: DateMention) -> tuple[bool, bool]:
    """Whether the mention dates no event of its sentence, and whether it looks ahead."""
    sent = m.sentence
    if background_date(adoc.parse, m) or names_no_event(sent.text, m.start, m.end):
        return True, False
    if dates_other_clause(adoc.parse, sent.start, sent.text, m.start, m.end):
        return True, False
    future = (
        looks_ahead(sent.text, m.start) or future_verb(adoc.parse, sent.start, m.start, m.end)
    ) and not (
        past_verb(adoc.parse, sent.start, m.start, m.end)
        and not FOR_BEFORE_RE.search(sent.text[: m.start])
    )
    return False, future


def precision(parsed: tuple[str, tuple[int, ...], bool]) -> int:
    """How precise a resolved date is: 0 year, 1 month, 2 day; -1 unresolved."""
    date, _, resolved = parsed
    return date.count("-") if resolved else -1


def own_date(
    adoc: AnalysedDocument, found: list[DateMention], known: Counter[dt.date]
) -> tuple[Resolved, DateMention] | None:
    """The date of the event one sentence tells, from its date mentions ``found``: not a
    background date, not another clause's, no statistic's or plan's year or month; the
    most precise one, the first on a tie; but the date of the act a report tells when it
    has one ("said Tuesday that troops closed the border last month": last month), and
    none when that act is dated by a time no day can be given ("said Monday that he had
    resigned over the weekend", "earlier this week": not on the report's day), or done
    to or by a thing of an earlier time ("said Thursday that the protest last April
    unnerved him": a retelling, not Thursday's event)."""
    dated: list[tuple[Resolved, DateMention]] = []
    vague: list[DateMention] = []
    reads = mention_reads(adoc)
    for m in found:
        sent = m.sentence
        kind = next(
            (k for a, b, k in reads.get(sent.index, ()) if (a, b) == (m.start, m.end)), None
        )
        skip, future = _read(adoc, m) if kind is None else (kind == SKIP, kind == AHEAD)
        if skip:
            continue
        parsed = resolve_date(m.text, adoc.document.written, future=future, anchors=known)
        if parsed is None:
            vague.append(m)  # "earlier this week", "over the weekend": no day to place
            continue
        if precision(parsed) < 2 and (
            STATISTIC_RE.search(sent.text)
            or is_plan(parsed[1], adoc.document.written, future=future)
            or counts_in(adoc.parse, sent.start, m.start, m.end)
        ):
            continue  # a rate or share in a year or month is a statistic; a plan
        dated.append((parsed, m))
    best = None
    for parsed, m in dated:
        if best is None or precision(parsed) > precision(best[0]):
            best = (parsed, m)
    if best is None or not REPORT_BEFORE_RE.search(best[1].sentence.text[: best[1].start]):
        return best
    report = best[1]

    def told_on(m: DateMention, *, done: bool = False) -> bool:
        return reported_act_date(
            adoc.parse,
            report.sentence.start,
            (report.start, report.end),
            (m.start, m.end),
            done=done,
            things=done,
        )

    act = next(
        (
            (parsed, m)
            for parsed, m in dated
            if parsed[2]
            and parsed[1] < best[0][1]
            and not best[0][0].startswith(parsed[0])
            and told_on(m)
        ),
        None,
    )
    # Dates before the report's, not of a time that holds its day ("in June" of a June
    # Tuesday): one qualifying the act's subject or object is of a retold act.
    earlier = [
        m
        for parsed, m in dated
        if parsed[2] and parsed[1] < best[0][1] and not best[0][0].startswith(parsed[0])
    ]
    if act is None and any(told_on(m, done=True) for m in vague + earlier):
        return None  # "said Monday that he had resigned over the weekend": not on Monday
    return act or best


def sentence_date_mentions(corpus: Corpus) -> tuple[list[list[DateMention]], Counter[dt.date]]:
    """Every article's date mentions, and the full dates the corpus states (anchors)."""
    per_doc = [date_mentions(adoc) for adoc in corpus.docs]
    known = anchors(
        [
            (m, adoc.document.written)
            for adoc, ms in zip(corpus.docs, per_doc, strict=True)
            for m in ms
        ]
    )
    return per_doc, known


def event_dates(corpus: Corpus) -> dict[tuple[int, int], tuple[int, ...]]:
    """Sort key of the resolved date of the event each sentence tells, by (doc, index),
    for the sentences that have one (the executive summary's story order)."""
    return dated_events(corpus)[0]


def dated_events(
    corpus: Corpus,
) -> tuple[dict[tuple[int, int], tuple[int, ...]], list[list[DateMention]]]:
    """``event_dates``, and every article's date mentions it read them from (for a caller
    that reads those mentions too: ``reading_order``)."""
    per_doc, known = sentence_date_mentions(corpus)
    out: dict[tuple[int, int], tuple[int, ...]] = {}
    for adoc, mentions in zip(corpus.docs, per_doc, strict=True):
        by_sentence: dict[tuple[int, int], list[DateMention]] = {}
        for m in mentions:
            by_sentence.setdefault((m.sentence.doc, m.sentence.index), []).append(m)
        for key, found in by_sentence.items():
            best = own_date(adoc, found, known)
            if best is not None and best[0][2]:
                out[key] = best[0][1]
    return out, per_doc
