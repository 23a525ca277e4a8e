"""Short names: which ones a note completes, and which leave a sentence needing context."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from briefing.compose import article_memo
from briefing.compose.clarity import story_things
from briefing.compose.memo import BadValue
from briefing.compose.short_names import (
    ShortNames,
    described_before,
    first_stems,
    name_notes,
    named_before,
    people_notes,
    short_name_reads,
)
from briefing.model import Corpus, Sentence
from tests.growth import assert_linear

from .conftest import articles


def corpus(*texts: str) -> Corpus:
    return articles(*texts, date=dt.date(2001, 7, 23))


def _sentence(c: Corpus, start: str) -> Sentence:
    return next(s for s in c.sentences() if s.text.startswith(start))


def unnamed(c: Corpus, start: str) -> list[str]:
    return ShortNames(c, story_things(c)).unnamed(_sentence(c, start))


FILLER = "Farmers in the valley planted rice and beans after the rains came early this year."


def one_article(text: str) -> Corpus:
    """The article ``text`` among two others on another subject."""
    return corpus(text, FILLER, FILLER)


def test_a_name_right_before_the_head_names_the_summit():
    c = one_article(
        "Mayors met at the Baltic Ports summit in Marlow to discuss the river tolls. "
        "Protesters clashed with police outside the summit on the second day."
    )
    lead = _sentence(c, "Protesters clashed")
    assert named_before(c.docs[0], lead, "summit") == ["Baltic Ports summit"]
    assert unnamed(c, "Protesters clashed") == []  # the note completes it


def test_a_short_name_no_earlier_name_completes_needs_context():
    c = one_article(
        "Officials said the rains had flooded hundreds of homes near the river. "
        "The board approved emergency funds for families on Monday. "
        "The local government opened two shelters for families."
    )
    assert unnamed(c, "The board approved") == ["The board"]
    assert unnamed(c, "The local government") == ["The local government"]


def test_two_candidates_leave_the_short_name_unclear():
    c = one_article(
        "The House Ethics Committee and the Senate Ethics Committee opened inquiries. "
        "Lawyers said the committee acted unfairly in the inquiry."
    )
    assert unnamed(c, "Lawyers said") == ["the committee"]


def test_a_short_name_the_sentence_explains_needs_no_context():
    c = one_article(
        "Officials said the rains had flooded hundreds of homes near the river. "
        "The board of the Red Cross approved emergency funds for families. "
        "Relief workers met at the summit in Marlow to share the supplies. "
        "The Harbour Trust Board said the board would meet again in August. "
        "The national government sent troops, and the whole area was evacuated."
    )
    for start in ("The board of", "Relief workers", "The Harbour Trust", "The national"):
        assert unnamed(c, start) == [], start


def test_a_body_the_whole_story_is_about_is_clear():
    story = "The committee met again to review the safety rules for the river ferries."
    c = corpus(story, story, "Lawyers said the committee acted unfairly in the inquiry.")
    assert unnamed(c, "Lawyers said") == []


def test_a_name_never_runs_over_a_sentence_end():
    c = one_article(
        "The bill cleared the Senate on Monday. The treaty sets rules for river tolls. "
        "Lawyers said the treaty would raise the tolls for barges."
    )
    lead = _sentence(c, "Lawyers said")
    assert named_before(c.docs[0], lead, "treaty") == []


def test_a_possessive_is_no_name():
    c = one_article(
        "Engineers at Marlow's company tested the new ferry engines. "
        "Lawyers said the company would pay for the repairs to the pier."
    )
    lead = _sentence(c, "Lawyers said")
    assert named_before(c.docs[0], lead, "company") == []


def test_a_written_name_has_at_most_max_name_words():
    # A hostile article of 40,000 capitalised words with no head after them: each word
    # started a name that ran to the end and gave back one word at a time (4,000 words
    # took 4 CPU s, quadratic; this one minutes). A name has at most MAX_NAME_WORDS words
    # before its head, so each start tries at most that many.
    from briefing.compose.short_names import MAX_NAME_WORDS, _written_names

    assert _written_names("Abc " * 40_000 + "end.", "committee") == []
    words = [f"Word{chr(65 + i)}" for i in range(MAX_NAME_WORDS + 2)]
    text = "the " + " ".join(words) + " committee"
    found = _written_names(text, "committee")
    assert [name for _, name in found] == [" ".join(words[-MAX_NAME_WORDS:]) + " committee"]
    long = "the Senate Select Committee on Ethics and Public Standards committee"
    assert _written_names(long, "committee") == [
        (4, "Senate Select Committee on Ethics and Public Standards committee")
    ]


def test_people_and_findings_told_before_need_context():
    c = one_article(
        "Hundreds of workers marched through the city on Monday. "
        "Police said the workers asked the port for their wages. "
        "Two men were arrested near the bridge. "
        "Police released the two men on Friday. "
        "A study of 40 ports found rust on the cranes. "
        "The study was paid for by the ferry owners. "
        "Police said the workers whom the port laid off would be paid."
    )
    assert unnamed(c, "Police said the workers asked") == ["the workers"]
    assert unnamed(c, "Police said the workers whom") == []  # says which ones
    assert unnamed(c, "Police released") == ["the two men"]
    assert unnamed(c, "The study was") == ["The study"]


def test_people_the_sentence_or_article_says_which_are_clear():
    c = one_article(
        "Police said the workers asked the port for their wages. "
        "Two hundred crane workers marched through the city on Monday. "
        "The workers who struck in May went back to work. "
        "The study of 40 ports found rust on the cranes."
    )
    # The first sentence is where the article first speaks of workers: nothing before.
    assert unnamed(c, "Police said the workers") == []
    assert unnamed(c, "The workers who") == []
    assert unnamed(c, "The study of") == []


def test_a_publication_named_once_before_is_completed_by_a_note():
    c = one_article(
        "The Marlow Weekly magazine reported the fraud at the harbour. "
        "Officials said the magazine was wrong about the fraud."
    )
    assert unnamed(c, "Officials said") == []
    assert named_before(c.docs[0], _sentence(c, "Officials said"), "magazine") == [
        "Marlow Weekly magazine"
    ]


def test_a_meeting_named_by_its_day_needs_context():
    c = one_article(
        "Ministers met in Marlow to discuss the river tolls. "
        "Tuesday's meeting ended without a deal on the tolls. "
        "Tuesday's meeting in Marlow was the third this year."
    )
    assert unnamed(c, "Tuesday's meeting ended") == ["Tuesday's meeting"]
    assert unnamed(c, "Tuesday's meeting in") == []


def test_a_date_after_a_short_name_does_not_say_which():
    c = one_article(
        "Officials said the rains had flooded hundreds of homes near the river. "
        "Lawyers said the board met on Friday to approve the funds."
    )
    assert unnamed(c, "Lawyers said") == ["the board"]


def test_people_described_one_way_before_get_a_note():
    c = one_article(
        "Two hundred harbour crane workers marched through the city on Monday. "
        "Police said the workers asked the port for their wages. "
        "Striking miners blocked the road to the pits. "
        "The miners went home after the talks."
    )
    lead = _sentence(c, "Police said")
    assert described_before(c.docs[0], lead, "workers") == ["harbour crane workers"]
    assert unnamed(c, "Police said") == []  # the note completes it
    assert people_notes(c.docs[0], lead, lead.text) == [("the workers", "harbour crane workers")]
    # A capitalised first word may be a name or any word: it describes nothing.
    assert unnamed(c, "The miners went") == ["The miners"]
    assert people_notes(c.docs[0], _sentence(c, "The miners"), "The miners went home.") == []


def test_a_publication_by_nationality_is_completed_or_needs_context():
    c = one_article(
        "The minister spoke of a report in the Marlow Ferry Review magazine. "
        "The U.S. magazine's report found rust had weakened the pier. "
        "A study by Marlow University found rust on the cranes. "
        "The British study was paid for by the ferry owners."
    )
    lead = _sentence(c, "The U.S. magazine")
    assert unnamed(c, "The U.S. magazine") == []
    assert name_notes(c.docs[0], lead, lead.text) == [
        ("The U.S. magazine's", "Marlow Ferry Review magazine's")
    ]
    assert unnamed(c, "The British study") == ["The British study"]


def test_a_long_sentence_is_read_in_linear_time():
    # A 240 KB sentence repeating a short name: each one used to search the whole
    # sentence before it for a full name and a predicate (minutes of CPU).
    for body, found in [("the workers ", "the workers"), ("the U.S. study ", "the U.S. study")]:
        long = "Police said " + body * 20_000 + "went home."
        c = corpus("Hundreds of workers and a study marched. " + long, FILLER, FILLER)
        lead = _sentence(c, "Police said")
        start = time.process_time()
        shown = ShortNames(c, story_things(c)).unnamed(lead)
        notes = people_notes(c.docs[0], lead, lead.text)
        assert time.process_time() - start < 2.0
        assert shown and all(f == found for f in shown) and notes == []


def test_first_stems_are_kept_across_builds_and_checked() -> None:
    c = corpus("The panel met on Monday. The panels agreed. Officials said the panel met.")
    article_memo.forget()
    first = first_stems(c.docs[0])
    assert first["panel"] == 0 and first["agre"] == 1 and first["offici"] == 2
    stored = json.loads(json.dumps(article_memo.export([c.docs[0].document.text])[0]))
    article_memo.forget()
    found = article_memo.decode_answers(stored, c.docs[0].document.text, 3)
    article_memo.load(found)
    assert first_stems(c.docs[0]) == first
    for bad in ([["panel"], [0, 1]], [["panel"], ["0"]], [[0], [0]], {"panel": 0}):
        with pytest.raises(BadValue):
            article_memo.decode_answers({"first_stems": [[[], bad]]}, "text", 1)


def test_a_shorter_name_written_before_a_longer_one_is_another_body():
    c = one_article(
        "The Supreme Court in 1987 struck down a state law on school prayer. "
        "A year later the Vermont Supreme Court overturned the conviction on appeal. "
        "Speaking for the court's two dissenting members, the judge criticised the ruling."
    )
    lead = _sentence(c, "Speaking for")
    assert sorted(named_before(c.docs[0], lead, "court")) == [
        "Supreme Court",
        "Vermont Supreme Court",
    ]
    assert name_notes(c.docs[0], lead, lead.text) == []


def test_a_shorter_name_written_after_the_longer_one_is_the_same_body():
    c = one_article(
        "The Vermont Supreme Court overturned the conviction on appeal in 1931. "
        "The Supreme Court said the trial judge had set the fine wrongly. "
        "Writing for the court's majority, the judge criticised the trial."
    )
    lead = _sentence(c, "Writing for")
    assert named_before(c.docs[0], lead, "court") == ["Vermont Supreme Court"]


def test_unnamed_reads_a_shorter_name_written_first_as_another_body() -> None:
    # "the Ethics Committee" first, "the Senate Ethics Committee" later: two committees,
    # as ``named_before`` reads them, so "the committee" says neither.
    c = one_article(
        "The Ethics Committee of the port met in May. "
        "The Senate Ethics Committee met in June. "
        "Lawyers said the committee would raise the tolls."
    )
    assert unnamed(c, "Lawyers said") == ["the committee"]
    c = one_article(
        "The Senate Ethics Committee met in June. The Ethics Committee met again in July. "
        "Lawyers said the committee would raise the tolls."
    )
    assert unnamed(c, "Lawyers said") == []  # the longer first: one committee


def test_an_opening_word_is_no_part_of_a_written_name() -> None:
    from briefing.compose.short_names import _written_names

    text = "Officials met. With the National Research Council in charge, tolls rose."
    assert _written_names(text, "council") == [(24, "National Research Council")]
    assert len(_written_names("With the Abc council. " * 20_000, "council")) == 20_000
    assert_linear(lambda n: _written_names("With the Abc council. " * n, "council"), 500)


def test_a_grown_story_reads_the_short_names_of_its_new_article_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An article's short names are read once and remembered; whether the story is about
    # the thing ("summit" in most articles) is asked of each build's story.
    from briefing.compose import short_names

    summit = "Mayors met in Marlow on Monday. Protesters clashed with police outside the summit."
    article_memo.forget()
    c = one_article(summit)
    assert unnamed(c, "Protesters clashed") == ["the summit"]
    read: list[str] = []
    written = short_names._written_names
    monkeypatch.setattr(
        short_names, "_written_names", lambda text, head: read.append(text) or written(text, head)
    )
    more = "Police guarded the summit hall in Marlow on Tuesday as talks went on."
    grown = corpus(summit, FILLER, more, more)
    assert unnamed(grown, "Protesters clashed") == []  # now the story's own summit
    assert unnamed(one_article(summit), "Protesters clashed") == ["the summit"]
    assert summit not in read


def test_short_names_are_kept_across_builds_and_checked() -> None:
    text = "Mayors met in Marlow. Protesters clashed with police outside the summit."
    c = one_article(text)
    article_memo.forget()
    found = short_name_reads(c.docs[0])
    assert found == {1: [(39, 49, "summit")]}
    stored = json.loads(json.dumps(article_memo.export([text])[0]))
    article_memo.forget()
    article_memo.load(article_memo.decode_answers(stored, text, 2))
    assert short_name_reads(c.docs[0]) == found
    with pytest.raises(BadValue, match="fit"):
        article_memo.decode_answers({"short_name_reads": [[[], [[1, 39, 900, "summit"]]]]}, text, 2)
    for bad in ([[1, 39, 49]], [["1", 39, 49, "summit"]], {"1": []}):
        with pytest.raises(BadValue):
            article_memo.decode_answers({"short_name_reads": [[[], bad]]}, text, 2)


def test_a_short_name_modifying_a_noun_names_no_body() -> None:
    c = one_article(
        "The Marlow Port Safety Board closed the ferry quay on Monday. "
        "The board meeting lasted four hours. "
        "The board said the quay would reopen."
    )
    lead = _sentence(c, "The board meeting")
    assert name_notes(c.docs[0], lead, lead.text) == []  # the kind of meeting
    lead = _sentence(c, "The board said")
    assert name_notes(c.docs[0], lead, lead.text) == [("The board", "Marlow Port Safety Board")]


def test_a_capitalised_head_whose_name_goes_on_with_for_gets_no_note() -> None:
    c = one_article(
        "The Marlow Center for Harbour Studies opened on Monday. "
        "The Center for Harbour Studies said the quay would reopen. "
        "The Center said the ferry would run."
    )
    lead = _sentence(c, "The Center for")
    assert name_notes(c.docs[0], lead, lead.text) == []  # a name, not "the Center" alone
    lead = _sentence(c, "The Center said")
    assert name_notes(c.docs[0], lead, lead.text) == [("The Center", "Marlow Center")]
