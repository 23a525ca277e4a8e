"""Which dates date their sentence's own event: clauses, spans, states, anniversaries."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.compose.clauses import names_no_event, told_before
from briefing.compose.timeline import build_timeline
from briefing.model import Corpus

from .conftest import articles

WED = dt.date(2001, 3, 7)  # a Wednesday


def corpus(*texts: str, date: dt.date | None = WED) -> Corpus:
    return articles(*texts, date=date)


def dates(*texts: str) -> list[str]:
    return [e.date for e in build_timeline(corpus(*texts))]


def test_a_subordinate_clause_with_its_own_subject_dates_another_event():
    assert dates("Since the mayor took office in 1995, the city has built forty new schools.") == []
    assert dates(
        "The ferry service resumed on Tuesday after the old pier collapsed on February 12."
    ) == ["2001-03-06"]


def test_a_when_clause_under_a_past_event_dates_that_event():
    # What happened then, told with the "when" clause that dates it: one event.
    assert dates("Two dockers were hurt when a crane toppled onto the quay on June 4, 1989.") == [
        "1989-06-04"
    ]
    assert dates(
        "Police arrested six farmers when the crowd stormed the town hall on May 3, 1991."
    ) == ["1991-05-03"]
    # A state under it ("was under way") is no event of that day.
    assert dates("The harbour dredging was under way when the new mayor took office in 1991.") == []


def test_a_relative_clause_dates_what_it_tells():
    assert dates("The board cited a cargo plane that crashed in a swamp on May 11, 1996.") == []


def test_a_participle_without_subject_dates_the_sentence_subject():
    assert dates("Founded in 1987, the cooperative now sells grain in four provinces.") == ["1987"]


def test_a_date_inside_a_phrase_opened_by_before_or_despite():
    assert dates("He had formed a union of dock workers before his arrest in July.") == []


def test_a_state_in_the_present_tense_is_no_event():
    assert dates("Today some 4,000 farmers live in the valley below the dam.") == []
    # A chronology line speaks in the present of a past day.
    assert dates("May 24, 1976: The two airlines launch a service to the capital.") == [
        "1976-05-24"
    ]


def test_spans_anniversaries_and_statistics_are_no_events():
    assert dates("Farm incomes in the valley rose sharply between 1980 and 1990.") == []
    assert dates("March 3 is the fifth anniversary of the flood that destroyed the mill.") == []
    assert dates("The unemployment rate in the valley was 12 percent in 1996.") == []
    assert dates("The city council approved the new budget this year after long talks.") == []
    # A count per year found by a study of that year; a sum per day is no statistic.
    assert dates("A 1994 study of dock workers found some 1,200 injuries a year.") == []
    assert dates("In May 1994 the port began fining the shipper $3,000 a day.") == ["1994-05"]


def test_since_dates_no_change_over_the_span_nor_a_state_begun_then():
    # A change or a repetition measured from the date: no event on it.
    assert dates("Repair orders at the harbour have fallen by half since 1992.") == []
    assert dates("Since 1830 the courts have affirmed the right of the guild to meet.") == []
    # A state that began on the date and lasts (passive or "be"): how things stand.
    assert dates("Trading in the old shares has been banned since 1989.") == []
    assert dates("The harbour budget has been frozen at $2.1 million since 1994.") == []
    assert dates("The ferry captain has been in custody since April 22.") == []
    # A simple past tells the act: dated.
    assert dates("The firm supplied the navy with its rope since at least 1990.") == ["1990"]


def test_today_in_the_present_tense_means_nowadays():
    assert dates("Today, in the valley, the harvest has been nearly overwhelming.") == []
    assert dates("The old harvest songs are still sung today in the valley.") == []
    assert dates("Farmers warn that many of the seeds being sold today are fakes.") == []
    assert dates("Where once farmers hid their debts, farmers today can join debt clubs.") == []
    assert dates("The mayor opened the new harvest market today in the valley.") == ["2001-03-07"]


def test_a_value_from_one_year_to_another_is_a_span():
    assert dates("Harbour fees went from 35 a ship in the early years to 67 in 1996.") == []


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Crowds rehearsed the planned May 3 parade on the square.", "May 3", True),
        ("Townsfolk rejected a levy in the Nov. 3 referendum.", "the Nov. 3", True),
        ("The mill was sold in 1795 and 1807 to new owners.", "1807", True),
        ("The mill was sold in 1795 and 1807 to new owners.", "1795", True),
        ("The mill was sold on Oct. 1 to new owners.", "Oct. 1", False),
        ("Prices rose from June 3 to July 5 in the port.", "June 3", True),
        ("The council voted Wednesday to spend 40 million euros.", "Wednesday", False),
    ],
)
def test_names_no_event(text, expression, expected):
    start = text.index(expression)
    assert names_no_event(text, start, start + len(expression)) is expected


def test_an_event_and_its_report_a_day_later_are_one_event():
    events = build_timeline(
        corpus(
            "About 100 farmers drove their tractors to the town hall Tuesday morning. "
            "Farmers angry over new taxes drove tractors into the town to block traffic, "
            "a rights group reported Wednesday."
        )
    )
    assert [(e.date, e.text[:20]) for e in events] == [("2001-03-06", "About 100 farmers dr")]


def test_a_participle_qualifying_a_noun_dates_that_noun():
    assert dates("The guild appealed the tribunal ruling, issued in March 1996 by a judge.") == []
    assert dates("The builders followed a safety study commissioned in 1998 by the port.") == []
    assert dates("The new rules are part of an effort to overturn a ruling issued in 1997.") == []
    # Unless the noun is what the sentence reports or describes.
    assert dates("A report released on Tuesday said the old harbour wall was unsafe.") == [
        "2001-03-06"
    ]
    assert dates("A report posted on Tuesday by the inspectors gives an account of the fire.") == [
        "2001-03-06"
    ]


def test_a_year_that_names_a_thing_is_no_event():
    assert dates("The farmers lost their fields under the Enclosure Act of 1830.") == []
    assert dates("Analysts expect the new pill to match 1997 sales of the older one.") == []
    # The sentence's own subject, or a time of the year, is dated.
    assert dates("A 1997 study of dock workers found many cases of injury.") == ["1997"]
    assert dates("The old mill burned down in the summer of 1998.") == ["1998"]


def test_a_comparison_or_count_since_a_date_is_no_event():
    assert dates("The storm was the worst to hit the coast since 1938.") == []
    assert dates("It was the 12th such attack on the harbour since 1995.") == []


def test_a_figure_of_a_year_and_a_citation_are_no_events():
    assert dates("In 1989, the port had 3,000 cranes.") == []
    assert dates("The method is set out in a handbook (Harbour Press, 1998) for farmers.") == []
    assert dates("The harbour bill is heading toward a council vote this spring.") == []


def test_a_plan_joined_to_what_happened_is_not_the_sentence_s_date():
    assert dates("The unions bargained on Wednesday night, and will meet again on Thursday.") == [
        "2001-03-07"
    ]
    assert dates("Officials left at 9 p.m., saying the talks would resume on Thursday.") == []


def test_a_date_in_an_example_is_no_event():
    assert dates("The city has helped the mills, for example by buying their land in 1996.") == []


def test_a_date_after_following_or_despite_names_an_earlier_event():
    assert (
        dates(
            "The talks marked a new start following the army's pullback from the port last month."
        )
        == []
    )


def test_a_participle_on_what_reports_or_finds_keeps_its_date():
    assert dates("A study prepared by the council in March 1999 found long waiting lists.") == [
        "1999-03"
    ]
    assert dates("Rising seas threaten the port, the group said in a report issued Tuesday.") == [
        "2001-03-06"
    ]
    assert dates("Growers trust a plan approved by the committee on Tuesday will lower fees.") == [
        "2001-03-06"
    ]


def test_a_comparison_of_a_year_is_no_event():
    assert (
        dates("Since 1995, the town's drop in thefts was four times greater than the county's.")
        == []
    )
    assert dates("Women in the valley were more likely to vote than men in 1999.") == []
    # A comparative inside a noun phrase compares nothing about the event.
    assert dates(
        "In February 1996, the tribe opened a casino in a hall not much bigger than a barn."
    ) == ["1996-02"]


def test_a_figure_of_the_latest_year_with_data_is_a_statistic():
    assert (
        dates("Poor renters outnumbered cheap flats by 40,000 in 1994, the latest year with data.")
        == []
    )
    assert dates("The share of cycling commuters rose by four percentage points in 1998.") == []
    assert dates("Over a period ending in December 1998, the city lost 900 flats.") == []


def test_a_count_set_against_an_earlier_one_is_a_statistic():
    assert dates("Harbour arrivals have nearly tripled, to 9,410 in 1998 from 3,212.") == []
    assert dates("In 1996, 1,226 ships docked at the harbour, up from 644 in 1991.") == []
    # A descent is an event, not a count.
    assert dates("The seaplane went down from 3,000 feet into the harbour in 1999.") == ["1999"]


def test_a_date_of_what_the_story_is_compared_with_is_no_event():
    # From the words: a noun "similar", "previous" or "earlier" qualifies.
    assert dates("The flood was the worst on record, as in a similar flood in 1989.") == []
    assert dates("Divers found the wreck of a previous ferry in 1996 near the pier.") == []
    # From the parse: the date is in a clause on "the same one".
    assert (
        dates(
            "That barge is the same one that lifted the hull of another ferry in 1996 off the "
            "coast."
        )
        == []
    )
    # "The same day" is a time, and a noun off the date's way up qualifies nothing of it.
    assert dates("The ferry sank on Tuesday, and a similar boat was hit the same day.") == [
        "2001-03-06"
    ]
    assert dates("The ferry that sank on Tuesday was the same type of boat.") == []
    assert dates("A similar ferry sank on Tuesday near the pier.") == ["2001-03-06"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A year of making under a present-tense main clause dates the thing made.
        ("The shelter, founded in 1972, relies on donations from local churches.", []),
        ("The village keeps a stone mill that was built in 1840 and is now a museum.", []),
        # Not a passing, nor a making told in the past tense.
        ("A state law passed in 1994 provides money for rural clinics.", ["1994"]),
        ("The shelter, founded in 1972, moved to a larger house in 1999.", ["1999"]),
        ("The shelter was founded in 1972 by two nurses.", ["1972"]),
    ],
)
def test_a_year_of_making_under_a_present_state_dates_no_event(sentence, expected):
    assert dates(sentence) == expected


def test_a_long_chain_of_phrases_after_since_is_the_parser_s_guess():
    # "since the breakup ... in a ceremony ... Sunday": the swearing-in's day, however the
    # parser hangs the phrases; a date right in the phrase's noun still names another event.
    assert dates(
        "Anna Brandt was sworn in as the port's second mayor since the breakup of the old "
        "federation in a formal ceremony at the town hall Sunday."
    ) == ["2001-03-04"]
    assert dates("The ferry was sold before the merger of the two boroughs in July.") == []


def _told_before(text: str) -> bool:
    (adoc,) = corpus(text).docs
    return told_before(adoc.parse, 0, len(text))


def test_a_past_or_past_perfect_main_verb_tells_what_had_happened_before():
    assert _told_before("The old ferry sank in a storm off the harbour wall.")
    assert _told_before("Ferry fares were eventually lowered to win back passengers.")
    assert _told_before("The council had approved the toll for heavy trucks.")
    assert not _told_before("The council has closed the old bridge to heavy trucks.")
    assert not _told_before("The bridge has no weight limit, the engineer said.")
    assert not _told_before("The ministry will publish the report next week.")


def test_a_verb_placing_an_event_in_time_takes_the_tense_of_the_event():
    # "came as ... was wrapping up": what was under way that day, not a past before it
    assert not _told_before(
        "The mayor's planned visit to Kelso came as the minister was wrapping up talks."
    )
    assert _told_before("The mayor's tour came a day after an envoy criticised the plan.")
    assert _told_before("The mayor's visit to Kelso came amid protests by farmers.")


def test_a_leading_participle_s_noun_dates_its_cause_not_the_main_event():
    # "in April" dates the request the governor acted on, not his invitation
    assert (
        dates(
            "Acting on a request by harbour pilots in April, Gov. Dana Harlow invited "
            "Ona Brisk to speak at the Marlow convention."
        )
        == []
    )
    # a participle of an act at the main clause's time, or a date of the main clause
    assert dates(
        "Speaking at a news conference on Tuesday, Gov. Dana Harlow said the Marlow pier "
        "would reopen."
    ) == ["2001-03-06"]
    assert dates(
        "Acting on a request by harbour pilots, Gov. Dana Harlow on Tuesday invited "
        "Ona Brisk to speak at the Marlow convention."
    ) == ["2001-03-06"]
