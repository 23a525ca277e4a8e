"""Days a report cannot give its event: a plan's, and a report's of another day's event."""

from __future__ import annotations

import datetime as dt
import time

from briefing.analyse import analyse
from briefing.compose.report_days import (
    after_writing,
    dated_by_report,
    event_on_other_day,
    press_relay,
    quoted_earlier_act,
    reported_act_date,
    told_as_earlier,
    unnamed_time,
)
from briefing.compose.timeline import build_timeline
from briefing.model import Document

THU = dt.date(2018, 6, 7)  # a Thursday


def _at(text: str, date: str) -> int:
    return text.index(date)


def test_a_day_after_the_article_was_written_is_a_plan():
    assert after_writing((2018, 6, 8), THU)
    assert not after_writing((2018, 6, 7), THU)
    assert not after_writing((2018, 6, 0), THU)  # a month holds the article's day
    assert not after_writing((2018, 6, 8), None)


def test_a_report_s_day_of_an_event_on_another_day_dates_nothing():
    fireball = (
        "According to minutes released on Friday by the council, a clerk saw the ledger "
        "in the vault on the same day after locking the same office."
    )
    assert dated_by_report(fireball, _at(fireball, "Friday"))
    assert event_on_other_day(fireball, _at(fireball, "Friday"))
    drill = "On the day of the fire, the alarm was not tested, the inspector said Friday."
    assert event_on_other_day(drill, _at(drill, "Friday"))
    earlier = "The minister had signed the order a day earlier, officials said Tuesday."
    assert event_on_other_day(earlier, _at(earlier, "Tuesday"))


def test_a_report_s_day_of_days_of_action_or_a_document_s_day_seen_dates_nothing():
    blockade = "Dockers blocked the port for three days, the union said Monday."
    assert event_on_other_day(blockade, _at(blockade, "Monday"))
    edition = "Attacks rose, the Marlow Gazette said in its March 3 edition, seen Friday."
    assert event_on_other_day(edition, _at(edition, "Friday"))
    # The days of action are the report's own: "for three days" is a plan, no report.
    plan = "The union will block the port for three days from Monday."
    assert not event_on_other_day(plan, _at(plan, "Monday"))


def test_the_day_of_what_was_called_for_or_was_to_come_dates_nothing():
    call = "Dockers called for a day-long strike Monday at the Marlow port."
    assert event_on_other_day(call, _at(call, "Monday"))
    would = "The union announced that the crews would sail to Dover Wednesday with the ferry."
    assert event_on_other_day(would, _at(would, "Wednesday"))
    # The call itself, or a "would" in another clause, is dated as it is.
    called = "On Monday, dockers called for a strike."
    assert not event_on_other_day(called, _at(called, "Monday"))
    other = "A strike would have closed the port, the union said Monday."
    assert not event_on_other_day(other, _at(other, "Monday"))


def test_an_event_told_on_its_own_day_keeps_it():
    search = "Divers began the search Monday, a day after the ferry sank."
    assert not dated_by_report(search, _at(search, "Monday"))
    assert not event_on_other_day(search, _at(search, "Monday"))
    said = "The mayor said Friday that the quay would reopen."
    assert dated_by_report(said, _at(said, "Friday"))
    assert not event_on_other_day(said, _at(said, "Friday"))


def test_the_timeline_leaves_out_an_event_dated_by_its_report_alone():
    docs = [
        Document(
            "a.txt",
            "The Marlow ferry sank in the harbour on Tuesday, the port authority said. "
            "A fisherman saw smoke on the ferry the day before, the harbour master said "
            "Wednesday.",
            title="Ferry sinks",
            date=THU,
        )
    ]
    texts = [e.text for e in build_timeline(analyse(docs, entities=True))]
    assert any("ferry sank" in t for t in texts)
    assert not any("saw smoke" in t for t in texts)


def test_a_hostile_long_sentence_is_read_in_linear_time():
    text = "the same the day a day " * 20_000 + "officials said Friday"
    started = time.process_time()
    assert not event_on_other_day(text, len(text) - len("Friday"))
    long = "for for three for several seen would call " * 20_000 + "officials said Friday"
    assert not event_on_other_day(long, len(long) - len("Friday"))
    assert time.process_time() - started < 1  # CPU seconds


def test_an_act_told_as_done_at_an_unnamed_time_gets_no_entry():
    recently = "Mayor Dana Harlow recently met the harbour board on Tuesday to discuss the levy."
    c = analyse([Document("a.txt", recently, title="A", date=THU)], entities=True)
    start = recently.index("Tuesday")
    assert unnamed_time(c.docs[0].parse, 0, start, start + len("Tuesday"))
    assert build_timeline(c) == []
    # "earlier" next to the date names the time; on another verb it dates nothing of this one.
    for text in (
        "Mayor Dana Harlow met the harbour board earlier on Tuesday to discuss the levy.",
        "The board had earlier raised the levy, but Mayor Dana Harlow cut it on Tuesday.",
    ):
        c = analyse([Document("a.txt", text, title="A", date=THU)], entities=True)
        start = text.index("Tuesday")
        assert not unnamed_time(c.docs[0].parse, 0, start, start + len("Tuesday"))
        assert [e.date for e in build_timeline(c)] == ["2018-06-05"]


def _span(text: str, part: str) -> tuple[int, int]:
    return text.index(part), text.index(part) + len(part)


def test_a_reported_act_with_its_own_date_is_dated_by_it_not_by_the_report():
    for text, when, date in (
        ("Harbour officials said Tuesday that dockers closed the Marlow port last month.",
         "last month", "2018-05"),
        ("Harbour officials said Tuesday that dockers closed the Marlow port in May.",
         "May", "2018-05"),
        ("Dockers closed the Marlow port last month, harbour officials said Tuesday.",
         "last month", "2018-05"),
    ):  # fmt: skip
        c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
        assert reported_act_date(c.docs[0].parse, 0, _span(text, "Tuesday"), _span(text, when))
        assert [e.date for e in build_timeline(c)] == [date]


def test_a_date_of_no_reported_act_leaves_the_report_s_day():
    for text, when in (
        # a date in another clause than the reported one
        ("The mayor of Marlow said Tuesday she was sure the ferry sank last May.", "last May"),
        # after a subordinator: the report's day dates the reopening
        ("The Marlow port reopened Tuesday after dockers closed it last month.", "last month"),
        # a participle misread as what was said: no act is told
        ("Norse investigators searching the wreck last month of a Marlow ferry said "
         "Tuesday it was probable that a loose cable caused a fire.", "last month"),
    ):  # fmt: skip
        c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
        assert not reported_act_date(c.docs[0].parse, 0, _span(text, "Tuesday"), _span(text, when))
        assert [e.date for e in build_timeline(c)] == ["2018-06-05"]


def test_a_report_s_day_does_not_date_an_earlier_act_it_retells():
    # "ten years ago" dates the act the report tells (by way of "to turn back"), which
    # trails it: no day a reader can place, and not the report's Tuesday
    text = (
        "A shortage of fuel forced the Marlow ferry to turn back ten years ago, "
        "a former harbour official said Tuesday."
    )
    c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
    assert build_timeline(c) == []
    # "last April" qualifies the subject of what was said: a retold act of April, with no
    # day of its own, and not Tuesday's
    text = (
        "A former harbour official said Tuesday that the sudden strike last April "
        "particularly unnerved the mayor of Marlow."
    )
    c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
    parse, report, when = c.docs[0].parse, _span(text, "Tuesday"), _span(text, "last April")
    assert reported_act_date(parse, 0, report, when, things=True)
    assert not reported_act_date(parse, 0, report, when)  # not the act's own date
    assert build_timeline(c) == []


def test_an_act_joined_to_the_report_by_and_is_the_doer_s_own():
    text = "Dockers blocked the Marlow port and said Tuesday they would stay."
    c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
    assert [e.date for e in build_timeline(c)] == ["2018-06-05"]


def test_the_day_one_source_quoted_another_on_a_done_act_dates_nothing():
    for text in (
        "The Marlow Gazette today quoted the port authority as reporting that a storm sank "
        "12 fishing boats in the harbour.",
        "The Marlow Gazette on Tuesday quoted the port authority as saying that a storm sank "
        "12 fishing boats in the harbour.",
    ):
        c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
        when = "today" if "today" in text else "Tuesday"
        assert quoted_earlier_act(c.docs[0].parse, 0, *_span(text, when))
        assert build_timeline(c) == []
    # the day of the quoted party's own words, or an act still to come, dates the entry
    for text, date in (
        ("The Marlow Gazette quoted the port authority as saying Tuesday that a storm sank "
         "12 fishing boats in the harbour.", "2018-06-05"),
        ("The Marlow Gazette today quoted the port authority as saying that the ferry will "
         "sail again in the harbour.", "2018-06-07"),
    ):  # fmt: skip
        c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
        assert [e.date for e in build_timeline(c)] == [date]


def test_a_report_of_what_had_been_done_before_it_dates_nothing():
    text = (
        "Marlow radio reported Tuesday night that Captain Ona Brisk had sold the Marlow ferry "
        "to the harbour board."
    )
    c = analyse([Document("a.txt", text, title="Marlow ferry", date=THU)], entities=True)
    assert told_as_earlier(c.docs[0].parse, 0, *_span(text, "Tuesday"))
    assert build_timeline(c) == []
    # what the report tells as done in the simple past is of its day
    text = "Marlow radio reported Tuesday night that Captain Ona Brisk sold the Marlow ferry."
    c = analyse([Document("a.txt", text, title="Marlow ferry", date=THU)], entities=True)
    assert not told_as_earlier(c.docs[0].parse, 0, *_span(text, "Tuesday"))
    assert [e.date for e in build_timeline(c)] == ["2018-06-05"]


def test_a_report_of_what_had_been_done_keeps_the_day_another_source_tells_it_on():
    told = "Captain Ona Brisk sold the Marlow ferry to the harbour board on Tuesday."
    report = (
        "Marlow radio reported Tuesday night that Captain Ona Brisk had sold the Marlow ferry "
        "to the harbour board."
    )
    c = analyse(
        [
            Document("a.txt", told, title="Marlow ferry", date=THU),
            Document("b.txt", report, title="Marlow ferry", date=THU),
        ],
        entities=True,
    )
    assert [e.date for e in build_timeline(c)] == ["2018-06-05"]


def test_a_paper_s_day_of_what_was_done_at_no_given_time_or_is_to_come_dates_nothing():
    for text in (
        "The harbour board has sold the Marlow ferry, the Lakeside Gazette reported Tuesday.",
        "The Lakeside Gazette reported Tuesday that the harbour board will sell the Marlow ferry.",
        "Marlow radio reported Tuesday that the harbour board has sold the Marlow ferry.",
        # a state in the present copula is no event
        "Home-made ferries are not new in Marlow, the Lakeside Gazette reported Tuesday.",
    ):
        c = analyse([Document("a.txt", text, title="Marlow ferry", date=THU)], entities=True)
        assert press_relay(c.docs[0].parse, 0, *_span(text, "Tuesday")), text
        assert build_timeline(c) == [], text


def test_a_paper_s_report_of_a_statement_a_standing_or_a_done_act_keeps_its_day():
    for text in (
        "Officials said the harbour board sold the Marlow ferry, the Lakeside Gazette "
        "reported Tuesday.",
        "The Lakeside Gazette reported Tuesday that the harbour board is selling the Marlow ferry.",
        "The Lakeside Gazette reported Tuesday that the harbour board sold the Marlow ferry.",
        "A harbour board spokesman said Tuesday that the board has sold the Marlow ferry.",
    ):
        c = analyse([Document("a.txt", text, title="Marlow ferry", date=THU)], entities=True)
        assert not press_relay(c.docs[0].parse, 0, *_span(text, "Tuesday")), text
        assert [e.date for e in build_timeline(c)] == ["2018-06-05"], text
