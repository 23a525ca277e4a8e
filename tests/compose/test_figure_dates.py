"""One-off events that two sources date to different days."""

from __future__ import annotations

import datetime as dt
import time

from briefing.analyse import analyse
from briefing.compose.figure_dates import date_divergences, event_days
from briefing.model import AnalysedDocument, Corpus, Document, Sentence


def dated(*texts: str, days: tuple[int, ...] = ()):
    docs = [
        Document(
            location=f"d{i}.txt",
            text=t,
            title=f"D{i}",
            date=dt.date(2031, 3, days[i] if days else 10 + i),
        )
        for i, t in enumerate(texts)
    ]
    return date_divergences(analyse(docs, entities=False))


def test_two_days_for_one_swearing_in_are_a_divergence():
    found = dated(
        "Governor-elect Mara Quist will be sworn in on April 3, aides of Quist said.",
        "Aides said Quist's inauguration, which the council scheduled for April 5, "
        "would be a modest affair.",
        "Quist will take the oath in the old hall.",
    )
    assert len(found) == 1
    assert found[0].topic == "Date of the inauguration (Apr 3 as of Mar 10, Apr 5 as of Mar 11)"
    assert [c.sources for c in found[0].claims] == [[1], [2]]


def test_days_told_on_one_day_are_given_without_the_article_dates():
    found = dated(
        "The handover of the port to Ostravia is on May 19, Ostravia said.",
        "Ostravia takes the port in a handover on May 20.",
        days=(4, 4),
    )
    assert found[0].topic == "Date of the handover (May 19, May 20)"


def test_one_day_in_all_sources_is_no_divergence():
    assert (
        dated(
            "The handover of the port to Ostravia is set for May 19, officials of Ostravia said.",
            "Ostravia takes the port on May 19 in a handover on May 19 at noon.",
        )
        == []
    )


def test_other_people_far_days_and_moved_dates_are_no_divergence():
    assert (
        dated(
            "Lena Marr will be sworn in on April 3.",
            "Tomas Ilve will be sworn in on April 5.",  # another person's swearing-in
        )
        == []
    )
    assert (
        dated(
            "The funeral of Rina Vos was held on April 3.",
            "Rina Vos, whose funeral was on April 29, led the choir.",  # weeks apart: two events
        )
        == []
    )
    assert (
        dated(
            "The funeral of Rina Vos is on April 3.",
            "The funeral of Rina Vos was postponed to April 5 after the storm.",  # an update
        )
        == []
    )


def test_a_source_giving_both_days_disputes_nothing():
    assert (
        dated(
            "The handover to Ostravia was first planned for May 19; the handover to Ostravia on "
            "May 20 went ahead.",
            "Ostravia took over in a handover on May 19.",
        )
        == []
    )


def test_the_day_is_read_in_the_clause_of_its_event_and_its_year_nearest_the_article():
    text = "The handover was quiet. On Jan. 2 the minister of Ostravia left."
    sent = Sentence(doc=0, index=0, paragraph=0, text=text, start=0, end=len(text))
    assert event_days(sent, dt.date(2031, 1, 5)) == []  # another sentence's day
    text = "The coronation of Queen Ilse is on Jan. 2, her court said."
    sent = Sentence(doc=0, index=0, paragraph=0, text=text, start=0, end=len(text))
    (found,) = event_days(sent, dt.date(2030, 12, 20))
    assert found.event == "coronation" and found.day == dt.date(2031, 1, 2)
    assert "Ilse" in found.names and "Jan" not in found.names


def test_long_input_is_read_in_linear_time():
    text = "The handover " + "of Ostravia " * 20_000 + "on May 19." + " sworn in" * 20_000
    sent = Sentence(doc=0, index=0, paragraph=0, text=text, start=0, end=len(text))
    start = time.process_time()
    assert event_days(sent, dt.date(2031, 5, 1)) == []
    assert time.process_time() - start < 1.0


def test_many_dated_sentences_are_compared_by_day_not_by_pair():
    def doc(i: int, day: int) -> AnalysedDocument:
        text = f"Quist will be sworn in on April {day}, aide {i} of Quist said."
        sent = Sentence(doc=i, index=0, paragraph=0, text=text, start=0, end=len(text))
        document = Document(location=f"d{i}.txt", text=text, date=dt.date(2031, 3, 1))
        return AnalysedDocument(document, [sent])

    corpus = Corpus([doc(i, 3 + i % 2) for i in range(4000)])
    start = time.process_time()
    (found,) = date_divergences(corpus)
    assert time.process_time() - start < 2.0
    assert found.topic == "Date of the inauguration (Apr 3, Apr 4)"
    assert len(found.claims[0].sources) == 2000


def test_a_day_told_before_its_month_and_a_handing_back():
    found = dated(
        "Velmont was handed back to Ostravia on the 20th of December, Ostravia said.",
        "Velmont was handed back to Ostravia on Dec. 19 after a century.",
        days=(22, 23),
    )
    assert len(found) == 1
    assert found[0].topic.startswith("Date of the handover (Dec 19")


def test_a_day_written_before_its_month_and_a_day_before_the_event():
    found = dated(
        "Velmont will be handed back to Kalder on 20 December, Ostravia officials said.",
        "Crowds gathered in Velmont ahead of the Dec. 19 handover to Kalder.",
        days=(12, 13),
    )
    assert [d.topic for d in found] == [
        "Date of the handover (Dec 19 as of Mar 13, Dec 20 as of Mar 12)"
    ]


def test_a_day_before_the_event_reads_only_when_it_names_the_event():
    sent = "The council met on May 3 and the inauguration of Quist is set for May 7."
    (only,) = event_days(
        Sentence(doc=0, index=0, paragraph=0, text=sent, start=0, end=len(sent)),
        dt.date(2031, 4, 20),
    )
    assert only.day == dt.date(2031, 5, 7)
