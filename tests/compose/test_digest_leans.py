"""Digest leans: sentences that read alone by their words but lean on their article."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose.digest_leans import (
    LEANS,
    READS_ALONE,
    TOLD_BEFORE,
    leaning,
    quoted_elsewhere,
    told_subject,
    told_thing,
)
from briefing.compose.digests import _chosen, digest
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Document, ScoredSentence, Sentence
from tests.growth import assert_linear

from .conftest import sentence_starting as _sentence
from .conftest import titled_article

ARTICLE = (
    "MARLOW (AP) -- The Marlow harbour board approved a plan to rebuild the ferry quay on Monday. "
    "The quay needs new walls after a storm in March, the harbour office said. "
    "Work on the walls would close the quay for six weeks next spring. "
    "Ferry captains said they would sail from Eastport until the work ended. "
    "The following day, the board met the captains to agree on a timetable. "
    "\n\n8. Sailing times will be posted at every pier before the work starts.\n\n"
    "The cost, estimated at 2 million euros, will be shared by the town and the region. "
    "The new quay is Marlow Pier, named after the old fishing harbour."
)


def _article(title: str = "Harbour works", text: str = ARTICLE) -> AnalysedDocument:
    return titled_article(text, title)


def test_a_bare_subject_told_before_leans_on_its_article() -> None:
    adoc = _article()
    assert told_subject(adoc, _sentence(adoc, "The quay needs")) == "quay"
    assert leaning(adoc, _sentence(adoc, "The quay needs")) == TOLD_BEFORE


def test_a_subject_the_headline_or_the_digest_names_reads_alone() -> None:
    adoc = _article("Marlow board backs new ferry quay")
    assert told_subject(adoc, _sentence(adoc, "The quay needs")) is None
    adoc = _article()
    lede = _sentence(adoc, "MARLOW")
    assert told_subject(adoc, _sentence(adoc, "The quay needs"), [lede]) is None
    assert told_subject(adoc, lede) is None  # the opening sentence introduces its own


def test_a_subject_the_sentence_says_which_of_reads_alone() -> None:
    adoc = _article()
    for start in ("The cost, estimated", "The new quay is Marlow Pier"):
        assert told_subject(adoc, _sentence(adoc, start)) is None, start


def test_list_items_times_after_an_event_and_unbound_pronouns_lean() -> None:
    adoc = _article()
    for start in ("8. Sailing times", "The following day", "Ferry captains said"):
        sentence = _sentence(adoc, start)
        expected = READS_ALONE if start == "Ferry captains said" else LEANS
        assert leaning(adoc, sentence) == expected, start


def test_a_digest_takes_a_subject_told_before_only_before_it_would_shrink() -> None:
    adoc = _article()
    scores = {"The quay needs": 0.9, "Work on the walls": 0.5, "The cost": 0.4}
    scored = [
        ScoredSentence(s, next((v for k, v in scores.items() if s.text.startswith(k)), 0.1))
        for s in adoc.sentences
    ]
    title = words(adoc.document.title)
    assert digest(scored, title, 2)[0].startswith("The quay needs")

    def chosen(sentences: int) -> list[str]:
        found = _chosen(scored, title, sentences, lambda s, before: leaning(adoc, s, before))
        return sorted(c.sentence.text[:12] for c in found)

    assert chosen(2) == ["The cost, es", "Work on the "]
    # Of the rest, only the lede reads alone, and its dateline makes it lean too: the
    # sentence whose subject was told before is taken rather than none.
    scored = [s for s in scored if s.score > 0.1 or s.sentence.index == 0]
    assert chosen(3) == ["The cost, es", "The quay nee", "Work on the "]


TOLD = (
    "MARLOW (AP) -- The Marlow harbour board sent the region a request on Monday to pay for a new "
    "ferry quay. "
    "Board chairman Ann Tollet wrote to the regional council in March. "
    "Regional officials dismissed the request as premature. "
    "If the region grants the petition, the quay could open next spring. "
    "Officials announced the decision to delay the vote until June. "
    "Ferry captains said the quay was too short for the new boats. "
    "If so, the captains would sail from Eastport for a year. "
    "Seconds later, the harbour master closed the old pier. "
    "Building the new quay would cost too much, both said. "
    "At Marlow Ferries, the company said the plan is to sail from Eastport."
)


def _told(title: str = "Harbour works") -> AnalysedDocument:
    return _article(title, TOLD)


def test_an_act_told_before_as_an_object_leans_on_its_article() -> None:
    adoc = _told()
    assert told_thing(adoc, _sentence(adoc, "Regional officials")) == "request"
    assert leaning(adoc, _sentence(adoc, "Regional officials")) == TOLD_BEFORE
    assert told_thing(adoc, _sentence(adoc, "If the region grants")) == "petition"


def test_an_act_the_sentence_headline_or_digest_says_which_of_reads_alone() -> None:
    adoc = _told()
    assert told_thing(adoc, _sentence(adoc, "Officials announced")) is None  # "to delay"
    assert told_thing(adoc, _sentence(adoc, "Ferry captains")) == "quay"  # a thing told
    assert told_thing(adoc, _sentence(adoc, "At Marlow Ferries")) is None  # named, said
    assert told_thing(_told("Region turns down quay request"), _sentence(adoc, "Regional")) is None
    lede = _sentence(adoc, "MARLOW")
    asked = [lede, _sentence(adoc, "Board chairman")]
    assert told_thing(adoc, _sentence(adoc, "Regional officials"), asked) is None
    asked = [_sentence(adoc, "Regional officials")]
    assert told_thing(adoc, _sentence(adoc, "If the region grants"), asked) == "petition"


def test_a_sentence_pointing_at_the_one_before_leans() -> None:
    adoc = _told()
    for start in ("If so,", "Seconds later,", "Building the new quay"):
        assert leaning(adoc, _sentence(adoc, start)) == LEANS, start


CALLED_BACK = (
    "DORVALE (AP) -- Volunteers at Hollin Park will hunt beetles by hand this summer instead "
    "of spraying the lawns. "
    "\n\nThe park's herb garden is being watered by hand, park staff said. "
    "Its gardeners said the lawns could recover within a year. "
    "A local newspaper counted 2,000 beetles on one lawn. "
    "The beetles have cost the town 40,000 dollars, said the newspaper. "
    "Gardeners said the compost was ready for the beds. "
    "\n\nDuring the same period, the town planted 300 trees. "
    "Seeds for these beds were bought in Marlow. "
    '\n\n"We will not spray again. The lawns are healthier than ever. We know the soil," '
    "said Ida Brenner, who runs the park."
)


def _called_back(title: str = "Volunteers hunt beetles") -> AnalysedDocument:
    return _article(title, CALLED_BACK)


def test_a_subject_owned_by_a_thing_told_before_leans_on_its_article() -> None:
    adoc = _called_back()
    assert told_subject(adoc, _sentence(adoc, "The park's herb garden")) == "park"
    assert leaning(adoc, _sentence(adoc, "The park's herb garden")) == TOLD_BEFORE
    # under a headline that names the park, it reads alone
    named = _called_back("Park volunteers hunt beetles")
    assert told_subject(named, _sentence(named, "The park's herb garden")) is None


def test_a_thing_its_article_told_before_is_called_back() -> None:
    adoc = _called_back()
    assert told_thing(adoc, _sentence(adoc, "Its gardeners said the lawns")) == "lawns"
    # a word the article did not use before is the sentence's own ("the compost")
    assert told_thing(adoc, _sentence(adoc, "Gardeners said the compost")) is None
    # "said the newspaper" says whose words they are; "the town" is a place's kind
    assert told_thing(adoc, _sentence(adoc, "The beetles have cost")) is None
    assert told_thing(adoc, _sentence(adoc, "During the same period")) is None


def test_a_time_or_thing_pointed_at_and_quoted_words_lean() -> None:
    adoc = _called_back()
    for start in ("During the same period", "Seeds for these beds", "The lawns are healthier"):
        assert leaning(adoc, _sentence(adoc, start)) == LEANS, start
    assert quoted_elsewhere(adoc, _sentence(adoc, "The lawns are healthier"))
    # the sentence that closes the quotation says whose words they are
    assert not quoted_elsewhere(adoc, _sentence(adoc, "We know the soil"))
    assert not quoted_elsewhere(adoc, _sentence(adoc, "Gardeners said the compost"))


BIDDING = (
    "MARLOW -- Quay cafes are selling berry tarts to ferry passengers this summer. "
    "Pour the cream over the tarts. "
    "To serve, cut the tarts into wedges. "
    "Do take a second tart for the crossing. "
    '"Try the plum one," said Ida Brenner, who bakes them. '
    "Bakers sell 300 tarts a day."
)


def test_a_bidding_leans_and_a_report_reads_alone() -> None:
    adoc = _article("Tarts on the quay", BIDDING)
    for start in ("Pour the cream", "To serve", "Do take"):
        assert leaning(adoc, _sentence(adoc, start)) == LEANS, start
    for start in ('"Try the plum', "Bakers sell"):
        assert leaning(adoc, _sentence(adoc, start)) == READS_ALONE, start


THAT_THING = (
    "MARLOW -- The harbour board and the ferry union met on Monday. "
    "Any fare over that limit will be refunded next year. "
    "Based on those terms, the union called off the strike on Tuesday. "
    "Officials said that fares rose by 5 percent in May. "
    "Those captains who lost pay will get grants, officials said. "
    "Fares rose in 1998, and officials kept them at that level."
)


def test_that_or_those_before_a_noun_points_at_a_thing_told_before() -> None:
    adoc = _article("Ferry fares", THAT_THING)
    for start in ("Any fare over", "Based on those"):
        assert leaning(adoc, _sentence(adoc, start)) == LEANS, start
    # the "that" of a clause, a noun a clause after it says which of, and one after the
    # main verb (as often what the sentence itself told) read alone
    for start in ("Officials said that", "Those captains who", "Fares rose in"):
        assert leaning(adoc, _sentence(adoc, start)) == READS_ALONE, start


def test_a_bare_comparison_leans() -> None:
    adoc = _article(
        "Harbour plans",
        "The Marlow harbour board approved a plan to rebuild the ferry quay on Monday. "
        "The county's own plan was considerably less costly. "
        "The county's plan is cheaper than the board's, officials said.",
    )
    assert leaning(adoc, _sentence(adoc, "The county's own")) == LEANS
    assert leaning(adoc, _sentence(adoc, "The county's plan is")) != LEANS


def test_quoted_words_are_found_in_linear_time_in_a_long_paragraph() -> None:
    # The whole paragraph before each sentence was read for its quotation (quadratic).
    def paragraph(n: int) -> AnalysedDocument:
        texts = ['"Quoted words begin here.'] + ["The dock is long."] * n
        texts += ['The ferry leaves," Hale said.', "Boats wait."]
        return AnalysedDocument(
            document=Document("a.txt", " ".join(texts), title="Harbour"),
            sentences=[Sentence(0, i, 0, t, 0, len(t)) for i, t in enumerate(texts)],
        )

    def quoted(adoc: AnalysedDocument) -> list[bool]:
        return [bool(quoted_elsewhere(adoc, s)) for s in adoc.sentences]

    found = quoted(paragraph(4_000))
    assert found[1] and found[20] and not found[-2] and not found[-1]
    assert_linear(quoted, 200, prepare=paragraph)


def test_history_years_before_the_article_is_taken_after_its_news() -> None:
    text = (
        "The Marlow harbour board voted on Monday to sell the old ferry quay to Tarn Shipping. "
        "In 1963, the town built the quay with money from three fishing families. "
        "Two cargo boats will moor at the Marlow quay next spring, Mayor Ana Hale said."
    )
    doc = Document(location="doc0.txt", text=text, title="Quay sold", date=dt.date(2004, 5, 3))
    (adoc,) = analyse([doc], entities=True).docs
    history = _sentence(adoc, "In 1963")
    assert leaning(adoc, history) == TOLD_BEFORE
    assert leaning(adoc, _sentence(adoc, "Two cargo")) == READS_ALONE
    scores = {"In 1963": 0.9, "Two cargo": 0.5, "The Marlow": 0.3}
    scored = [
        ScoredSentence(s, next((v for k, v in scores.items() if s.text.startswith(k)), 0.1))
        for s in adoc.sentences
    ]
    found = _chosen(scored, words("Quay sold"), 2, lambda s, before: leaning(adoc, s, before))
    assert sorted(c.sentence.text[:8] for c in found) == ["The Marl", "Two carg"]


@pytest.mark.parametrize(
    ("title", "text", "lean", "alone"),
    [
        (
            "Radio log",
            "The harbour board released the pilot's radio log on Monday. "
            "0:10 PILOT Hold the bow line. "
            "Before boarding, passengers should check the following: 1. "
            "The vote on the new quay was 3:1. "
            "10:25 AM -- The Marlow ferry sank off Eastport.",
            ("0:10", "Before boarding"),
            ("The vote", "10:25"),  # a timeline's line tells its event
        ),
        (
            "Key dates in the ferry dispute",
            "Key dates in the ferry dispute:\n\n"
            "Feb. 3 -- The harbour board orders the Marlow ferry off the quay. "
            "Ferry owners ask the board to reconsider.\n\n"
            "-- March 9, 1998: The first night crossing takes place. "
            "A Marlow ferry sails from the quay to Eastport.\n\n"
            "Ferry owners met harbour officials again in April.",
            ("Ferry owners ask", "A Marlow ferry"),  # a chronology entry's second line
            ("Ferry owners met",),  # a paragraph of its own
        ),
    ],
)
def test_a_transcript_line_a_list_lead_in_and_an_entrys_second_line_lean(
    title: str, text: str, lean: tuple[str, ...], alone: tuple[str, ...]
) -> None:
    adoc = _article(title, text)
    for start in lean:
        assert leaning(adoc, _sentence(adoc, start)) == LEANS, start
    for start in alone:
        assert leaning(adoc, _sentence(adoc, start)) == READS_ALONE, start


def test_a_names_act_or_an_office_of_no_one_named_is_taken_like_a_subject_told_before() -> None:
    adoc = _article(
        "Harbour works",
        "Harbour minister Ivo Varga toured the Marlow docks on Monday. "
        "Varga's visit was a day before the harbour festival. "
        "Crossing the bay by launch, the minister has reached out to dock workers.",
    )
    for start in ("Varga's visit", "Crossing the bay"):
        assert leaning(adoc, _sentence(adoc, start)) == TOLD_BEFORE, start
