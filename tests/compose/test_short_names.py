"""Short names: which ones a note completes, and which leave a sentence needing context."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.clarity import story_things
from briefing.compose.short_names import ShortNames, named_before
from briefing.model import Corpus, Document, Sentence


def corpus(*texts: str) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=dt.date(2001, 7, 23))
        for i, t in enumerate(texts)
    ]
    return analyse(docs, entities=True)


def _sentence(c: Corpus, start: str) -> Sentence:
    return next(s for s in c.sentences() if s.text.startswith(start))


def unnamed(c: Corpus, start: str) -> list[str]:
    return ShortNames(c, story_things(c)).unnamed(_sentence(c, start))


FILLER = "Farmers in the valley planted rice and beans after the rains came early this year."


def test_a_name_right_before_the_head_names_the_summit():
    c = corpus(
        "Mayors met at the Baltic Ports summit in Marlow to discuss the river tolls. "
        "Protesters clashed with police outside the summit on the second day.",
        FILLER,
        FILLER,
    )
    lead = _sentence(c, "Protesters clashed")
    assert named_before(c.docs[0], lead, "summit") == ["Baltic Ports summit"]
    assert unnamed(c, "Protesters clashed") == []  # the note completes it


def test_a_short_name_no_earlier_name_completes_needs_context():
    c = corpus(
        "Officials said the rains had flooded hundreds of homes near the river. "
        "The board approved emergency funds for families on Monday. "
        "The local government opened two shelters for families.",
        FILLER,
        FILLER,
    )
    assert unnamed(c, "The board approved") == ["The board"]
    assert unnamed(c, "The local government") == ["The local government"]


def test_two_candidates_leave_the_short_name_unclear():
    c = corpus(
        "The House Ethics Committee and the Senate Ethics Committee opened inquiries. "
        "Lawyers said the committee acted unfairly in the inquiry.",
        FILLER,
        FILLER,
    )
    assert unnamed(c, "Lawyers said") == ["the committee"]


def test_a_short_name_the_sentence_explains_needs_no_context():
    c = corpus(
        "Officials said the rains had flooded hundreds of homes near the river. "
        "The board of the Red Cross approved emergency funds for families. "
        "Relief workers met at the summit in Marlow to share the supplies. "
        "The Harbour Trust Board said the board would meet again in August. "
        "The national government sent troops, and the whole area was evacuated.",
        FILLER,
        FILLER,
    )
    for start in ("The board of", "Relief workers", "The Harbour Trust", "The national"):
        assert unnamed(c, start) == [], start


def test_a_body_the_whole_story_is_about_is_clear():
    story = "The committee met again to review the safety rules for the river ferries."
    c = corpus(story, story, "Lawyers said the committee acted unfairly in the inquiry.")
    assert unnamed(c, "Lawyers said") == []


def test_a_name_never_runs_over_a_sentence_end():
    c = corpus(
        "The bill passed the Senate on Thursday. The treaty sets rules for river tolls. "
        "Lawyers said the treaty would raise the tolls for barges.",
        FILLER,
        FILLER,
    )
    lead = _sentence(c, "Lawyers said")
    assert named_before(c.docs[0], lead, "treaty") == []


def test_a_possessive_is_no_name():
    c = corpus(
        "Engineers at Marlow's company tested the new ferry engines. "
        "Lawyers said the company would pay for the repairs to the pier.",
        FILLER,
        FILLER,
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
