"""Dated sentences that tell no story event, by kind; events next to them are kept."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose.dating import date_mentions, resolve_date
from briefing.compose.non_events import no_story_event
from briefing.compose.timeline import build_timeline
from briefing.model import Document

WED = dt.date(2001, 3, 7)  # a Wednesday


def kinds(text: str) -> list[str]:
    """The kind ``no_story_event`` gives each date mention of a one-sentence article."""
    adoc = analyse([Document(location="a.txt", text=text, title="T", date=WED)], entities=True)
    doc = adoc.docs[0]
    out = []
    for m in date_mentions(doc):
        resolved = resolve_date(m.text, WED)
        coarse = resolved is not None and resolved[0].count("-") < 2
        out.append(
            no_story_event(
                doc.parse, m.sentence.start, m.sentence.text, m.start, m.end, coarse=coarse
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Harvests in the valley were poor in 1987 and are poorer now.", "state"),
        ("In 1990 the valley was by far the driest county in the state.", "state"),
        ("In 1993 there were 40 fires in the county.", "state"),
        ("The hotline took 310 calls in July, compared with 280 in June 1994.", "statistic"),
        ("On March 9, for example, the ferry ran four hours late.", "example"),
        ("For instance, the town closed its last mill in 1992.", "example"),
        ("On June 2 the mayor received the Harbour Safety Award for the new quay.", "award"),
        ("On Tuesday the mayor began her day handing out medals to the lifeboat crews.", "award"),
        ("The station aired a documentary on the port's finances on Feb. 11.", "broadcast"),
        ("In 1998, 800 farmers were interviewed for the survey.", "survey"),
        (
            "The head of the pilots' union said Monday that he believed the airline was wrong.",
            "opinion",
        ),
        ("The coast guard held two rescue drills in the harbour in January.", "drill"),
        ("The ferry carried 310 cars on Monday, 40 more than on the Monday before.", "statistic"),
        ('We will rebuild the pier," the mayor said on Friday.', "quote"),
        ("In 1996, 1,200 homes were flooded in the valley.", "toll"),
        ("No arrests were made in May, and two in June.", "toll"),
        ("$9 million was spent on the new pier in 1991.", "toll"),
        ("In 1991, some 6,000 anglers bought licences in the valley.", "toll"),
        ("In 1991, 18 million anglers fished at least once in the valley.", "toll"),
        ("In 1996 Veloria generated 58 billion kilowatt-hours of electricity.", "output"),
        ("In 1997 the country spent $2.4 billion on ferry tickets.", "output"),
        ("In 1998 the state seized 17,000 acres of grazing land.", "output"),
        ("Today, most of the ferry's old crew live across the bay.", "nowadays"),
        ("The busiest pier in the harbour today is the north quay.", "nowadays"),
        ("Prune the roses any time from mid-October to early May.", "advice"),
        ("Prune and feed the hedges, from mid-October to early May.", "advice"),
        (
            "Fares have pushed the daily ferry crossings down from 40 in 1970 to 12 today, "
            "officials said Monday.",
            "statistic",
        ),
        ("Mayor Ona Brisk read out a statement Friday to mark Harbour Day.", "message"),
        (
            "Captain Tal Marsh received an e-mail on Monday from Ona Brisk, a harbour clerk.",
            "message",
        ),
        ("On Monday, Captain Tal Marsh placed a phone call to the harbour board.", "message"),
        ("The harbour board issued the warning on Monday.", "message"),
    ],
)
def test_each_kind_of_non_event_is_named(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank in the harbour on March 2, and 14 passengers were rescued.",
        "In 1992 the town closed its last mill.",
        "The port authority said Monday that the ferry had sunk in the storm.",
        "Police interviewed the ferry's captain on Monday.",
        "On Oct. 3 there was an explosion in the engine room.",  # an event on a day
        "The mayor was unable to reach the harbour on Tuesday.",  # the date is the reaching's
        "There was a day in early March when the mayor laughed at the question.",  # no count
        "On March 2, 14 passengers were rescued from the ferry.",  # a day's event
        "In 1996, 1,200 Dutch soldiers were sent to the border.",  # a count of someone named
        "In 1996, 1,200 troops from the Middle East were sent to the border.",  # from a place
        "In 1996, 200 dockers marched to the town hall.",  # a group, not a period's count
        "A 1997 study of dock workers found many cases of injury.",  # a year, no count
        "The harbour board today approved the sale of the ferry.",  # a day's act
        "March 2, 1999: A ferry sinks off the north pier.",  # a chronology's present tense
        "Veloria gave the port $5 million in June to pay for the search.",  # a month's act
        "In 1998 Veloria sent 40 inspectors to the port.",  # a count of a few
        "In 1998 the port authority spent $2 million on the pier.",  # not a place as a whole
        "Ferry sinks off the north pier on Monday.",  # a headline's subject, no instruction
        "Mayor Hale on Monday signed the harbour bill.",  # a subject before its verb
        # a message told with what it says, or what it is about
        "The mayor issued a statement on Monday saying the ferry would not sail.",
        "The mayor issued a statement on the ferry's sinking on Monday.",
        "On Monday the mayor sent a letter to the board, alerting it of the leak.",
        "The harbour board on Monday issued a warning that the pier may collapse.",
        "On Monday the mayor made a call for calm in the harbour.",
        # a message whose noun before it says what it is about
        "The harbour master handed in his resignation letter on Monday.",
        "The weather service issued a tornado warning on Monday.",
        "The ferry owner received a ransom call on Tuesday.",
    ],
)
def test_events_are_kept(text: str) -> None:
    assert kinds(text) and not any(kinds(text))


def test_the_timeline_leaves_non_events_out() -> None:
    docs = [
        Document(
            location="a.txt",
            text="The ferry sank off the north pier on Monday. "
            "On March 1, for example, the ferry ran four hours late. "
            "The station aired a documentary on the ferry's owners on Feb. 11.",
            title="Ferry sinks",
            date=WED,
        )
    ]
    events = build_timeline(analyse(docs, entities=True))
    assert [e.date for e in events] == ["2001-03-05"]
