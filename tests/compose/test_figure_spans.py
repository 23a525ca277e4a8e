"""What a figure's words say: durations and weights as spans, death rates with no noun."""

from __future__ import annotations

import math
import re
import time
from types import SimpleNamespace

from briefing.compose.figure_spans import (
    FORECAST,
    bare_death_rate,
    context_words,
    duration_figure,
    duration_kind,
    duration_span,
    spans_differ,
    weight_span,
)
from briefing.model import Sentence


def test_a_duration_is_a_span_of_days():
    assert duration_span("a year") == (365, 365, "")
    assert duration_span("at least a year") == (365, math.inf, "at least")
    assert duration_span("only several months") == (90, 210, "only")
    assert duration_span("two to three months") == (60, 90, "")
    assert duration_span("16-year") == (16 * 365, 16 * 365, "")
    assert duration_span("Monday") is None
    assert duration_span("dozens of years") is None


def test_what_a_duration_measures_comes_from_the_words_around_it():
    assert duration_kind("La Nina typically lasts ", ", forecasters said.") == "lasted"
    assert duration_kind("This La Nina will last ", ".") == "lasted"
    assert duration_kind("Varga served for ", " in the KGB.") == "served"
    assert duration_kind("Varga, a ", " veteran of the border guard") == "served"
    # "over the last two years" is a time frame, not how long something lasted
    assert duration_kind("Sales grew over the last ", ".") == ""
    assert duration_kind("Such episodes last ", ".") == "lasted"
    assert duration_kind("It was his last ", ".") == ""
    assert duration_kind("Sales fell in its last ", ".") == ""
    assert duration_kind("Sales fell this last ", ".") == ""


def test_a_forecast_duration_whose_verb_the_date_took_is_read():
    from briefing.analyse import analyse
    from briefing.compose.figure_reading import article_figures
    from briefing.compose.figure_spans import FORECAST
    from briefing.model import Document

    text = "The dry spell is expected to last six months, forecasters said."
    adoc = analyse([Document(location="a.txt", text=text, title="A")], entities=True).docs[0]
    [fig] = article_figures(adoc)
    assert (fig.text, fig.span, fig.key) == ("six months", (180, 180), ("duration", FORECAST))
    assert duration_kind("The drought will persist for ", ".") == "lasted"


def test_the_month_a_count_is_told_of():
    import datetime as dt

    from briefing.compose.figure_spans import Figure, count_month

    def month(window: str) -> tuple[int, int] | None:
        f = Figure(1, "", "x", ("x", frozenset()), set(), "", None, "1", window)
        f.sentence_date = dt.date(2031, 1, 20)
        return count_month(f)

    assert month("arrested 18 last month") == (2030, 12)
    assert month("arrested 18 in March") == (2030, 3)  # the last March before the article
    assert month("arrested 18 on Feb. 26, 1993") == (1993, 2)
    assert month("18 arrested since March") is None  # a count since then runs on
    assert month("they may in time arrest 18") is None
    assert month("18 in March and 20 last month") is None  # two months: no one month
    start = time.process_time()
    month("in " + "March " * 40_000)
    month("last " * 40_000 + "month")
    assert time.process_time() - start < 1.0


def test_spans_that_meet_agree():
    year, months = duration_span("at least a year"), duration_span("only several months")
    assert year and months and spans_differ(year[:2], months[:2])
    assert not spans_differ((60, 90), (80, 120))


def test_a_weight_converted_into_another_unit_agrees():
    kilos, pounds = weight_span("800 kilograms"), weight_span("1,760 pounds")
    other = weight_span("1,500 pounds")
    assert kilos and pounds and other
    assert not spans_differ(kilos[:2], pounds[:2])
    assert spans_differ(kilos[:2], other[:2])
    assert weight_span("800 people") is None


def test_a_death_rate_with_no_counted_noun():
    assert bare_death_rate("Malaria kills ", " a year, the agency said.") == "year"
    assert bare_death_rate("The disease claims more than ", " annually.") == "year"
    assert bare_death_rate("Malaria kills ", " in Africa.") == ""  # no rate
    assert bare_death_rate("The ministry counted ", " a year.") == ""  # no death


def test_the_patterns_are_bounded_on_a_huge_sentence():
    long = "word " * 40_000
    start = time.process_time()
    duration_kind(long, long)
    duration_span(long + "years")
    weight_span(long + "pounds")
    bare_death_rate(long, long)
    assert time.process_time() - start < 1.0


def _sentence(text: str) -> Sentence:
    words = re.findall(r"[\w-]+", text.lower())
    return Sentence(doc=0, index=0, paragraph=0, text=text, start=0, end=len(text), words=words)


def test_many_durations_at_the_end_of_a_huge_sentence_are_read_in_bounded_time():
    # Each duration reads its verb just before it, not the whole sentence before it:
    # 200 of them after 180 KB of words took 24 CPU s.
    told = "the strike is expected to last six months"
    sent = _sentence("The talks began " + "and went on " * 16_000 + ", ".join([told] * 200) + ".")
    ents = [SimpleNamespace(start_char=m.start(), text=m.group()) for m in
            re.finditer("six months", sent.text)]  # fmt: skip
    start = time.process_time()
    figs = [duration_figure(ent, sent) for ent in ents]  # type: ignore[arg-type]
    assert time.process_time() - start < 2.0
    assert len(figs) == 200
    assert all(f and (f.span, f.key) == ((180, 180), ("duration", FORECAST)) for f in figs)


def test_a_duration_reads_only_its_own_verb():
    sent = _sentence("Forecasts say the talks will last " + "long " * 100 + "and took six months.")
    ent = SimpleNamespace(start_char=sent.text.index("six months"), text="six months")
    assert duration_figure(ent, sent) is None  # type: ignore[arg-type]


def test_a_sentence_s_context_words_are_a_fresh_set_each_time():
    sent = _sentence("Some 40 delegates from the northern provinces walked out.")
    words = context_words(sent)
    words.add("zzz")
    assert "zzz" not in context_words(sent)
    assert "delegate" in context_words(sent)
