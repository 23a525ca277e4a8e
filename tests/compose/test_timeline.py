"""Timeline: date resolution, non-dates, ordering, merging across sources, sample corpus."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefing.analyse import analyse
from briefing.compose.dating import resolve_date
from briefing.compose.sentence_dates import event_dates
from briefing.compose.timeline import build_timeline
from briefing.model import Corpus, Document

from .conftest import articles

SAMPLE = Path(__file__).resolve().parents[2] / "sources"
THU = dt.date(2018, 6, 7)  # a Thursday


def corpus(*texts: str, date: dt.date | None = None, entities: bool = True) -> Corpus:
    return articles(*texts, date=date, entities=entities)


@pytest.mark.parametrize(
    ("expression", "published", "date", "resolved"),
    [
        ("June 3, 2018", None, "2018-06-03", True),
        ("3 June 2018", None, "2018-06-03", True),
        ("in 2012", None, "2012", True),
        ("at least 2010", None, "2010", True),
        ("March 2011", None, "2011-03", True),
        ("June 3rd", None, "June 3", False),
        ("June 3rd", THU, "2018-06-03", True),
        ("March of this year", None, "March of this year", False),
        ("March of this year", THU, "2018-03", True),
        ("April", THU, "2018-04", True),
        ("last June", THU, "2017-06", True),
        ("last month", None, "last month", False),
        ("last month", THU, "2018-05", True),
        ("Tuesday", THU, "2018-06-05", True),
        ("Thursday", THU, "2018-06-07", True),
        ("yesterday", THU, "2018-06-06", True),
        ("earlier this summer", THU, "2018", True),
        ("December 20", dt.date(2019, 1, 5), "2018-12-20", True),
        ("Oct. 12-13, 1992", None, "1992-10-12", True),
        ("May 7,2000", None, "2000-05-07", True),
    ],
)
def test_resolve_date(expression, published, date, resolved):
    got = resolve_date(expression, published)
    assert got is not None
    assert (got[0], got[2]) == (date, resolved)


@pytest.mark.parametrize(
    "expression", ["recent years", "every two years", "a week", "decade-old", "monthly"]
)
def test_durations_and_vague_spans_are_not_dates(expression):
    assert resolve_date(expression, THU) is None


def test_events_in_order_and_an_unplaceable_date_left_out():
    # "June 3rd" in an article without a date: no year a reader could place it in.
    events = build_timeline(
        corpus(
            "On June 3rd the company announced a recall of its heaters. "
            "Acme opened its first plant in 2004. Acme was founded in 1987 in Ohio."
        )
    )
    assert [e.date for e in events] == ["1987", "2004"]
    assert all(e.resolved for e in events)
    assert events[0].text == "Acme was founded in 1987 in Ohio."
    assert all(e.sources == [1] for e in events)


def test_article_date_resolves_relative_dates():
    events = build_timeline(corpus("On Tuesday the senator asked for the audit.", date=THU))
    assert [(e.date, e.resolved) for e in events] == [("2018-06-05", True)]


def test_relative_dates_count_from_the_day_the_wire_story_was_filed():
    """A Xinhua story filed on Wednesday and printed on Thursday: its "today" is Wednesday."""
    doc = Document(
        location="doc.txt",
        text="China today signed the treaty on drug control.",
        title="Doc",
        date=THU,
        filed=THU - dt.timedelta(days=1),
    )
    events = build_timeline(analyse([doc]))
    assert [(e.date, e.resolved) for e in events] == [("2018-06-06", True)]


@pytest.mark.parametrize("entities", [True, False])
def test_numbers_that_are_not_dates(entities):
    events = build_timeline(
        corpus(
            "The company employs 2000 workers in 12 countries and sold 1,999 heaters.",
            entities=entities,
        )
    )
    assert events == []


def test_regex_fallback_finds_cued_years():
    events = build_timeline(
        corpus(
            "Acme was founded in 1987. Acme listed its shares in May 2001.",
            entities=False,
        )
    )
    assert [e.date for e in events] == ["1987", "2001-05"]


def test_same_event_from_two_sources_is_merged():
    events = build_timeline(
        corpus(
            "Huawei was founded in 1987 by Ren Zhengfei, a former army engineer.",
            "Huawei was founded in 1987 in Shenzhen by Ren Zhengfei, a former army engineer.",
            "A different company was also set up in 1987 in Texas to sell software.",
        )
    )
    assert [(e.date, e.sources) for e in events] == [("1987", [1, 2]), ("1987", [3])]


def test_a_merged_entry_cites_only_the_sources_that_report_it():
    # One day, two articles: the second shares two words with the first (merged as one
    # day's event) but tells another event, so it is not cited for the first's sentence.
    events = build_timeline(
        corpus(
            "On Tuesday the senator asked the state auditor to review the pension fund.",
            "On Tuesday the state auditor met the governor and the mayor to talk about the "
            "roads and the bridges of the region.",
            "On Tuesday the senator asked the auditor to review the state pension fund, "
            "aides said.",
            date=THU,
        )
    )
    assert [(e.date, e.sources) for e in events] == [("2018-06-05", [1, 3])]
    assert events[0].text.startswith("On Tuesday the senator asked the state auditor")


def test_a_shared_figure_supports_a_citation():
    # The second article tells the first's event with its figure; the third shares the
    # words "ferry sank" only.
    events = build_timeline(
        corpus(
            "On Tuesday the ferry sank off the cape, drowning 143 people.",
            "On Tuesday the ferry sank off the cape, drowning all 143 people.",
            "On Tuesday the ferry sank, the operator said, and its shares fell.",
            date=THU,
        )
    )
    assert [(e.date, e.sources) for e in events] == [("2018-06-05", [1, 2])]


def test_who_spoke_that_day_is_no_citation_for_what_was_said():
    # Same day, same speaker, three words in common: another thing said.
    events = build_timeline(
        corpus(
            "On Tuesday the safety board chairman said divers recovered the flight recorder.",
            "On Tuesday the safety board chairman praised the divers for their long search.",
            date=THU,
        )
    )
    assert [(e.date, e.text[:50]) for e in events] == [
        ("2018-06-05", "On Tuesday the safety board chairman said divers r")
    ]
    assert events[0].sources == [1]


def test_a_merged_source_is_cited_only_when_it_reports_what_the_entry_says():
    # Both tell the day of the crash and merge into one entry, but the second says what
    # the search did that day, not that the airliner crashed killing 164.
    events = build_timeline(
        corpus(
            "The airliner crashed into the sea off the island on Oct. 14, 1999, killing 164.",
            "Navy divers searched the sea off the island on Oct. 14, 1999 for the wreck.",
        )
    )
    assert [(e.date, e.sources) for e in events] == [("1999-10-14", [1])]


def test_long_sentence_is_trimmed_to_the_dated_clause():
    sentence = (
        "The board met for hours and argued about the budget, the pensions, the new roof "
        "and the parking rules for the staff of the main building; the plant was sold in 2009 "
        "to a group of investors from the north of the country who wanted to expand it."
    )
    events = build_timeline(corpus(sentence))
    assert events[0].date == "2009"
    assert events[0].text.startswith("The plant was sold in 2009")
    assert len(events[0].text.split()) < len(sentence.split()) / 2


@pytest.fixture(scope="module")
def sample_timeline():
    from briefing.ingest import ingest

    docs = ingest([str(SAMPLE)]).documents
    return build_timeline(analyse(docs, entities=True))


def test_sample_corpus_timeline(sample_timeline):
    resolved = [e for e in sample_timeline if e.resolved]
    dates = [e.date for e in resolved]
    assert dates == sorted(dates)
    for year in ("1987", "2004", "2010", "2012"):
        assert year in dates
    # "Facebook has been banned in China since 2009": how things stand, no event of 2009.
    assert "2009" not in dates
    # "A Facebook spokesperson said at the time that the relationships 'didn't need to be
    # disclosed because they were already public, announced by Huawei … in 2011'": 2011
    # dates the 'because' clause; the spokesperson spoke in 2018.
    assert "2011" not in dates
    founded = next(e for e in resolved if e.date == "1987")
    assert "founded" in founded.text and founded.sources == [1]
    # The sample's articles carry no date: "June 3", "Tuesday", "last June" cannot be
    # placed, so they give no entry (no year was guessed for them either).
    assert resolved == sample_timeline
    assert all(re.fullmatch(r"\d{4}(?:-\d\d){0,2}", e.date) for e in sample_timeline)
    assert all(e.sources for e in sample_timeline)


def test_a_surname_that_is_a_month_is_no_date():
    events = build_timeline(corpus("The seas stayed rough all day, said Navy Capt. Alden March."))
    assert events == []


def test_wire_dateline_is_not_part_of_the_event():
    events = build_timeline(
        corpus("ATHENS (AP) -- The plane crashed on Oct. 14, 1999, officials said.")
    )
    assert [e.date for e in events] == ["1999-10-14"]
    assert events[0].text.startswith("The plane crashed")


JAN = dt.date(2000, 1, 14)
JUN = dt.date(1998, 6, 10)


def test_a_future_month_day_is_looked_up_forward():
    # "the March 19 election" in a January article is this year's, not last year's.
    assert resolve_date("March 19", JAN, future=True)[0] == "2000-03-19"
    assert resolve_date("March 19", JAN)[0] == "1999-03-19"
    assert resolve_date("Thursday", THU, future=True)[0] == "2018-06-07"
    assert resolve_date("Friday", THU, future=True)[0] == "2018-06-08"


def test_a_future_month_day_is_never_placed_behind_by_other_articles():
    from collections import Counter

    # Another article names Sept. 27 of last year; "scheduled … on Sept. 27" is ahead.
    known = Counter({dt.date(1999, 9, 27): 2})
    sep = dt.date(2000, 9, 12)
    assert resolve_date("Sept. 27", sep, future=True, anchors=known)[0] == "2000-09-27"
    schedule = corpus(
        "Two more hearings are scheduled before the election, including the mayor's on Sept. 27.",
        date=sep,
    )
    assert list(event_dates(schedule).values()) == [(2000, 9, 27)]
    # A day after the article's own is a schedule, not an event of the timeline yet.
    assert build_timeline(schedule) == []


def test_a_day_after_the_article_is_a_plan_not_an_event():
    tue = dt.date(2018, 6, 5)
    assert not dates(
        "The appeal is scheduled to be heard Thursday in a county courtroom.",
        "The senator will meet the auditors on June 8.",
        "The ban is to take effect on June 20 in public places.",
        date=tue,
    )
    assert dates("The appeal was heard Monday in a county courtroom.", date=tue) == ["2018-06-04"]
    # The article's own day is no plan yet.
    assert dates("The senator will meet the auditors today.", date=tue) == ["2018-06-05"]


def test_a_month_or_year_still_to_come_is_a_plan_not_an_event():
    may = dt.date(2000, 5, 10)
    plans = [
        "The board expects to render its decision on the harbour in September.",
        "The new harbour rules were accepted for publication next month by the board.",
        "The mayor will be sworn in as head of the harbour board in early June.",
    ]
    assert build_timeline(corpus(*plans, date=may)) == []
    # A day still to come is a plan too (test_a_day_after_the_article_is_a_plan_not_an_event);
    # the same vote told by an article written after it is an event.
    assert dates("The board will vote on the harbour rules on May 17.", date=may) == []
    after = dt.date(2000, 5, 18)
    assert dates("The board voted on the harbour rules on May 17.", date=after) == ["2000-05-17"]


def dates(*texts: str, date: dt.date | None = None) -> list[str]:
    return [e.date for e in build_timeline(corpus(*texts, date=date))]


def own_dates(*texts: str, date: dt.date | None = None) -> list[str]:
    """The day each sentence's own event is dated, plans included (the timeline leaves a
    day after its article out; the summary's story order still reads it)."""
    keys = event_dates(corpus(*texts, date=date)).values()
    return [dt.date(*key).isoformat() for key in keys]


def test_a_day_named_with_its_time_of_day_is_a_date():
    # spaCy labels these TIME, not DATE.
    assert dates(
        "Most of the harbour pilots left their posts Wednesday night.",
        "Dock workers blocked the harbour gates early Tuesday morning.",
        date=dt.date(2000, 3, 30),
    ) == ["2000-03-28", "2000-03-29"]


def test_a_future_verb_after_the_date_looks_ahead():
    sat = dt.date(1999, 5, 8)
    # The date belongs to "will hand": next Wednesday, not the one before.
    assert own_dates("On Wednesday she will hand the board a new copy of the rules.", date=sat) == [
        "1999-05-12"
    ]
    # The date belongs to "said"; the future is in what was said.
    assert dates("On Wednesday, the mayor said he would meet the board soon.", date=sat) == [
        "1999-05-05"
    ]
    assert own_dates(
        "Under its timetable, the council is to decide on the plan on May 20.", date=sat
    ) == ["1999-05-20"]


def test_a_year_the_sentence_speaks_about_dates_nothing():
    assert dates("Last year, forecasters named 1996 the driest year in a century.", date=JUN) == []
    assert dates("In 1996, forecasters named the spring the driest in a century.", date=JUN) == [
        "1996"
    ]


def test_a_span_s_end_dates_nothing():
    aug = dt.date(2000, 8, 17)
    assert (
        dates("The airline suspended its flights to the island through September.", date=aug) == []
    )


def test_the_weekday_after_the_article_s_day_is_no_date_in_the_past_tense():
    sunday = dt.date(2000, 3, 26)
    assert resolve_date("Monday", sunday) is None  # six days back, or tomorrow
    assert resolve_date("last Monday", sunday)[0] == "2000-03-20"
    assert resolve_date("Monday", sunday, future=True)[0] == "2000-03-27"
    assert resolve_date("Saturday", sunday)[0] == "2000-03-25"


def test_last_weekday_is_before_the_article_s_day_whatever_the_clause_speaks_of():
    sunday, friday = dt.date(2000, 3, 26), dt.date(1999, 4, 2)
    assert resolve_date("last Monday", sunday, future=True)[0] == "2000-03-20"
    assert resolve_date("last Friday", friday)[0] == "1999-03-26"  # a week back
    assert resolve_date("Friday", friday)[0] == "1999-04-02"


def test_a_weekday_of_a_done_event_is_behind_even_in_a_clause_about_the_future():
    thursday = dt.date(2000, 7, 27)
    # "intend to" looks ahead, but the footage was shown: the Wednesday before. (The
    # timeline leaves the sentence out: a plan dated only by a thing it mentions.)
    assert own_dates(
        "Harbour experts intend to review the home footage that ran Wednesday on the news.",
        date=thursday,
    ) == ["2000-07-26"]
    # The future is in what was said; the saying was Tuesday.
    assert dates(
        'The harbour board is to reopen the quay in the spring -- "we will do it," the mayor '
        "said Tuesday.",
        date=thursday,
    ) == ["2000-07-25"]
    # A verb that arranges what is to come keeps its day ahead, past tense or not.
    assert own_dates(
        "The harbour board scheduled a public hearing for Monday on the new rules.",
        date=thursday,
    ) == ["2000-07-31"]
    assert own_dates(
        "The harbour board will release the rules Monday, the mayor said.", date=thursday
    ) == ["2000-07-31"]


def test_a_month_day_other_articles_date_unambiguously_wins():
    from collections import Counter

    known = Counter({dt.date(2000, 3, 26): 3})
    assert resolve_date("March 26", JAN, anchors=known)[0] == "2000-03-26"


def test_last_week_names_no_day():
    assert resolve_date("last week", THU) is None


def test_a_date_the_sentence_only_mentions_is_not_its_event():
    events = build_timeline(
        corpus(
            "Officials said on Tuesday that the pilot knew nothing about the cause of the "
            "June 1 crash near the island.",
            date=THU,
        )
    )
    assert [e.date for e in events] == ["2018-06-05"]


@pytest.mark.parametrize(
    "schedule",
    [
        "The hotline is staffed 7 a.m. to 11 p.m. Monday-Friday, the clerk said in 2010.",
        # No hours to give it away: only "staffed" tells the line is the page's contact note.
        "The hotline is staffed by volunteers every day, the clerk said in 2010.",
    ],
)
def test_one_entry_per_sentence_and_schedules_dropped(schedule: str) -> None:
    events = build_timeline(
        corpus("The company opened its plant in 2004 and sold it in 2009 to investors.", schedule)
    )
    assert [e.date for e in events] == ["2004"]


def test_a_date_a_thing_was_moved_to_dates_nothing():
    eve = dt.date(1999, 12, 31)
    assert (
        dates(
            "Lee has said that she would ride in the next county fair, now moved to March "
            "because of the floods.",
            date=eve,
        )
        == []
    )
    assert dates("The harbour board moved to new offices in March.", date=eve) == ["1999-03"]


def test_photo_captions_and_unanswered_calls_are_no_events():
    wednesday = dt.date(1999, 10, 20)
    assert dates(
        "Harbour master John Smith, left, talks with the port's lawyer Ann Lee between "
        "meetings at the harbour office, Wednesday.",
        "The harbour master did not return messages Tuesday left at her home and office.",
        "The port's lawyer could not be reached for comment Monday on the harbour rules.",
        "The harbour pilots did not respond to the distress signal on Monday night.",
        date=wednesday,
    ) == ["1999-10-18"]


def test_a_call_unanswered_with_a_space_or_without_is_no_event():
    # "not available" is two words: the pattern once wrote "(?:not|un)available", which
    # only the one-word "unavailable" (and no real text "notavailable") matched.
    wednesday = dt.date(1999, 10, 20)
    assert (
        dates(
            "The harbour master was not available for comment on Tuesday.",
            "The port's lawyer was unavailable for comment on Monday.",
            date=wednesday,
        )
        == []
    )


def test_a_call_unanswered_for_now_or_to_comment_is_no_event():
    # The usual wire forms put "immediately" inside the phrase or write "to comment".
    wednesday = dt.date(1999, 10, 20)
    assert (
        dates(
            "The harbour master of Varnia proved not immediately available for comment at"
            " dawn on Tuesday.",
            "The Varnia port's lawyer was unavailable to comment on Monday.",
            "Guild pilots couldn’t immediately be reached for comment at dawn on Sunday.",
            date=wednesday,
        )
        == []
    )


def test_mentions_of_one_event_in_two_date_formats_merge():
    events = build_timeline(
        corpus(
            "The airliner crashed into the sea off the island on Oct. 14, 1999, killing 164.",
            "The airliner crashed into the sea off the island in October 1999, killing 164.",
        )
    )
    assert [(e.date, e.sources) for e in events] == [("1999-10-14", [1, 2])]


def test_a_sentence_that_needs_the_one_before_is_no_entry():
    events = build_timeline(corpus("She was named head of the museum in July 1994."))
    assert events == []


def test_a_relative_clause_date_is_not_the_sentence_event():
    events = build_timeline(
        corpus(
            "Rising rents were the first warning, said Edna Haldane, the engineer who "
            "drove the first Vale tram in 1962."
        )
    )
    assert events == []


def test_without_the_parse_the_words_tell_a_relative_clause_date():
    # A build with --no-entities has no parse: the comma and "who" alone say the date is
    # the clause's, not the sale's; told as the main clause, the date is the event's.
    sold = "The Vale council sold its tram depot to Edna Haldane, who drove the first tram in 1962."
    assert build_timeline(corpus(sold, entities=False)) == []
    drove = "Edna Haldane drove the first Vale tram in 1962."
    assert [e.date for e in build_timeline(corpus(drove, entities=False))] == ["1962"]


def test_a_later_span_does_not_make_a_past_month_future():
    events = build_timeline(
        corpus(
            "Growers won a permit in April to expand bogs over the next five years.",
            date=dt.date(2000, 7, 22),
        )
    )
    assert [e.date for e in events] == ["2000-04"]


def test_the_future_is_read_in_the_date_s_own_clause():
    events = build_timeline(
        corpus(
            "The relatives met the officials on Wednesday, and they will meet again soon.",
            "The tribunal said it would take up the appeal during the week of June 19.",
            date=dt.date(2000, 3, 30),
        )
    )
    assert [e.date for e in events] == ["2000-03-29"]  # the hearing is a plan: no entry
    assert own_dates(
        "The tribunal said it would take up the appeal during the week of June 19.",
        date=dt.date(2000, 3, 30),
    ) == ["2000-06-19"]


def test_one_year_told_twice_by_two_sources_is_one_event():
    events = build_timeline(
        corpus(
            "In 1990 Brandt became an adviser to Olga Kovac, chairman of the city council.",
            "In 1990 Brandt began working as an aide to Olga Kovac, the city's mayor.",
            "In 1990 the port of Riga reopened to foreign ships after a long dispute.",
        )
    )
    # One entry; it cites only its own source: the other tells the year in words too far
    # from its sentence ("aide" and "mayor" for "adviser" and "chairman of the council")
    # for a citation's bar.
    assert [(e.date, e.sources) for e in events] == [("1990", [1]), ("1990", [3])]


def test_a_wire_budget_slug_line_is_no_event():
    text = (
        "(XYZ12) PORTVILLE, Ore. -- Oct. 20, 1999 -- ADV. FOR TUES., OCT. 26 -- "
        "TOY-AUCTIONS, 10-20 -- A collector shows the toy trains he sold on Tuesday."
    )
    assert dates(text, date=dt.date(1999, 10, 20)) == []
    # The advance line alone, with no slug before it, is the wire's note too.
    alone = "ADV. FOR TUES., OCT. 26 -- A collector shows the toy trains he sold on Tuesday."
    assert dates(alone, date=dt.date(1999, 10, 20)) == []


def test_a_selected_timeline_leaves_out_dates_it_cannot_place():
    docs = [
        Document(location="a.txt", text="The firm opened its first plant in 2004.", date=None),
        Document(location="b.txt", text="The firm recalled its heaters on Tuesday.", date=None),
        Document(location="c.txt", text="The firm closed its old plant on Friday.", date=None),
    ]
    events = build_timeline(analyse(docs, entities=True), max_events=2)
    assert [e.date for e in events] == ["2004"]


def test_a_weekday_right_before_a_simple_past_is_that_verbs_day():
    """The wire's "Minister X Monday told ...": the parser may hang "Monday" on the name
    and so on the "will" of the clause before; the telling was still done."""
    import spacy
    from spacy.tokens import Doc

    from briefing.analyse.parsing import to_parsed
    from briefing.compose.clauses import future_verb, past_verb

    words = [
        "The",
        "code",
        "will",
        "help",
        ",",
        "Minister",
        "Ali",
        "Mrema",
        "Monday",
        "told",
        "a",
        "meeting",
        ".",
    ]
    heads = [1, 3, 3, 3, 3, 3, 7, 5, 5, 3, 11, 9, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "punct", "appos", "compound", "appos",
            "appos", "conj", "det", "dobj", "punct"]  # fmt: skip
    tags = ["DT", "NN", "MD", "VB", ",", "NNP", "NNP", "NNP", "NNP", "VBD", "DT",
            "NN", "."]  # fmt: skip
    pos = ["DET", "NOUN", "AUX", "VERB", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN",
           "VERB", "DET", "NOUN", "PUNCT"]  # fmt: skip
    doc = Doc(
        spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
        lemmas=[w.lower() for w in words[:9]] + ["tell", "a", "meeting", "."],
    )  # fmt: skip
    parse = to_parsed(doc)
    start = parse.text.index("Monday")
    end = start + len("Monday")
    assert future_verb(parse, 0, start, end)  # through the misparse: "will help"
    assert past_verb(parse, 0, start, end)  # but "told" right after it wins
    # A plan verb right after keeps the day ahead ("Monday scheduled" is not a done event).
    planned = Doc(
        spacy.blank("en").vocab, words=["Monday", "set", "it"], heads=[1, 1, 1],
        deps=["npadvmod", "ROOT", "dobj"], tags=["NNP", "VBD", "PRP"],
        pos=["PROPN", "VERB", "PRON"], lemmas=["monday", "set", "it"],
    )  # fmt: skip
    assert not past_verb(to_parsed(planned), 0, 0, len("Monday"))


def _two_days(*texts_and_dates: tuple[str, dt.date]) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=d)
        for i, (t, d) in enumerate(texts_and_dates)
    ]
    return analyse(docs, entities=True)


def test_another_source_s_report_a_day_later_is_the_same_event_on_its_day():
    wed, thu = dt.date(2018, 6, 6), dt.date(2018, 6, 7)
    event = "The harbor authority closed the old ferry terminal on Tuesday after a fire."
    report = "The harbor authority said Wednesday that it had closed the old ferry terminal."
    events = build_timeline(_two_days((event, wed), (report, thu)))
    assert [(e.date, e.text) for e in events] == [("2018-06-05", event)]
    # Told a day later without a report's verb, or with too little in common, it stays.
    later = "The harbor authority fined the ferry company on Wednesday for the delays."
    events = build_timeline(_two_days((event, wed), (later, thu)))
    assert [e.date for e in events] == ["2018-06-05", "2018-06-06"]
    # (in the simple past: "had fined" would date nothing, ``report_days.told_as_earlier``)
    fined = "The harbor authority said Wednesday that it fined the shipping company."
    events = build_timeline(_two_days((event, wed), (fined, thu)))
    assert [e.date for e in events] == ["2018-06-05", "2018-06-06"]


def test_a_report_of_how_things_stand_is_not_moved_onto_the_day_its_words_share():
    wed, thu = dt.date(2018, 6, 6), dt.date(2018, 6, 7)
    found = "Navy divers recovered the ferry's voyage data recorder on Tuesday near Marlow."
    shows = "Ida Holt said Wednesday the ferry's voyage data recorder shows a steady course."
    events = build_timeline(_two_days((found, wed), (shows, thu)))
    # What the recorder shows, told on Wednesday, is no act of Tuesday's.
    assert [e.date for e in events] == ["2018-06-05", "2018-06-06"]


STRIKE_BODY = (
    "The union said the strike over wages would go on. "
    "Union leaders and employers met again to discuss wages."
)
ASIDE = "On Tuesday the mayor praised the union for its wages campaign and received a civic award."


def _strike_story(aside_title: str) -> Corpus:
    titles = ["Port strike spreads", "Strike closes port", "Port strike talks stall", "Port strike"]
    docs = [
        Document(location=f"doc{i}.txt", text=STRIKE_BODY, title=t, date=THU)
        for i, t in enumerate(titles)
    ]
    docs.append(
        Document(location="aside.txt", text=f"{STRIKE_BODY} {ASIDE}", title=aside_title, date=THU)
    )
    return analyse(docs, entities=True)


def test_an_article_about_something_else_gives_no_aside_entry():
    # The fifth article's headline shares no word with the story's headlines: its dated
    # sentence, without a word of theirs, is an aside. Under an on-story headline it counts.
    assert build_timeline(_strike_story("Mayor honoured at city gala")) == []
    on_story = build_timeline(_strike_story("Mayor backs port strike"))
    assert [e.date for e in on_story] == ["2018-06-05"]
    # Two words of the focus put the sentence on the story too; one is not enough.
    focused = build_timeline(_strike_story("Mayor honoured at city gala"), focus="union wages")
    assert [e.date for e in focused] == ["2018-06-05"]
    assert build_timeline(_strike_story("Mayor honoured at city gala"), focus="union pay") == []


def test_a_merged_source_telling_the_event_in_other_words_is_cited():
    # The second article tells the first's grounding in other words (too few shared for a
    # paraphrase's support) with its verb, doer and figure; the third has another doer.
    events = build_timeline(
        corpus(
            "On Tuesday, Norland Air grounded its four remaining Zephyr jets after the crash.",
            "Norland Air, the only operator of the type, grounded its whole fleet of four "
            "Zephyrs on Tuesday while inspectors examine the wreck.",
            "On Tuesday, the Veloran aviation ministry grounded the four remaining Zephyr jets "
            "of Norland Air.",
            date=THU,
        )
    )
    assert [(e.date, e.sources) for e in events] == [("2018-06-05", [1, 2])]


def test_one_event_told_under_two_neighbouring_days_is_one_entry():
    docs = [
        Document(
            location="a.txt",
            text="The Harbour Board closed the port of Rotterdam to oil tankers on Tuesday.",
            title="Harbour closed",
            date=dt.date(2018, 6, 6),
        ),
        Document(
            location="b.txt",
            text="The Harbour Board closed the port of Rotterdam to oil tankers on Wednesday.",
            title="Harbour shut",
            date=dt.date(2018, 6, 7),
        ),
    ]
    events = build_timeline(analyse(docs, entities=True))
    # The earliest day, both sources cited.
    assert [(e.date, e.sources) for e in events] == [("2018-06-05", [1, 2])]
    # Another act of the same doer on the next day stays its own entry.
    docs[1] = Document(
        location="b.txt",
        text="The Harbour Board reopened the port of Rotterdam to oil tankers on Wednesday.",
        title="Harbour open",
        date=dt.date(2018, 6, 7),
    )
    events = build_timeline(analyse(docs, entities=True))
    assert [e.date for e in events] == ["2018-06-05", "2018-06-06"]


def test_an_entry_whose_subject_an_earlier_sentence_introduced_is_left_out():
    lead = "The Marlow council raised the harbour levy on Tuesday. "
    events = build_timeline(
        corpus(lead + "The levy was approved by the county board on Wednesday.", date=THU)
    )
    # Which levy was told in the sentence before; the lead names its own subject.
    assert [e.date for e in events] == ["2018-06-05"]


def test_a_merged_source_is_cited_when_its_own_words_carry_three_of_the_entry():
    from briefing.compose.timeline import _content, _Event

    def cited(text: str, *told: str) -> list[int]:
        own = {n: _content(t) for n, t in enumerate(told, start=2)}
        return _Event("2018-06-04", (2018, 6, 4), text, [1, *own], told=own).citing()

    text = "The ferry line opened a new route to Marlow harbour on Monday."
    assert cited(text, "The ferry line closed.", "Marlow saw a ferry line.") == [1, 3]
    # A shown sentence of fewer content words than that: all of them.
    assert cited("Ferries stopped.", "Ferries sailed.", "Ferries were stopped.") == [1, 3]


def test_a_speaker_s_name_does_not_make_two_statements_one_relay():
    mon = "Harbour Minister Ida Holt said in a speech Monday that the Marlow quay would reopen."
    tue = "Harbour Minister Ida Holt said Tuesday that the ferry company lowered its fares."
    docs = [
        Document(location="a.txt", text=mon, title="Quay", date=dt.date(2018, 6, 5)),
        Document(location="b.txt", text=tue, title="Fares", date=dt.date(2018, 6, 6)),
    ]
    events = build_timeline(analyse(docs, entities=True))
    # Another matter, told a day later: its own day, not moved onto Monday's speech.
    assert [(e.date, e.sources) for e in events] == [("2018-06-04", [1]), ("2018-06-05", [2])]


def test_an_entry_whose_every_word_another_of_its_date_tells_is_a_repeat():
    from briefing.compose.timeline import _content, _Event, _same_event

    def event(text: str, source: int) -> _Event:
        return _Event("1998-02", (1998, 2), text, [source], _content(text))

    short = event("Brandt was evicted in February 1998.", 1)
    long = event(
        "In February, the harbour board declined to stop the eviction of Ada Brandt, who "
        "had farmed the quay for forty years.",
        2,
    )
    assert _same_event(short, long) and _same_event(long, short)
    # One shared name is no repeat; nor is a word each on another date.
    assert not _same_event(event("Brandt sailed in February.", 1), long)
    other = _Event("1998-03", (1998, 3), short.text, [1], _content(short.text))
    assert not _same_event(other, long)
