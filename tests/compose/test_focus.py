"""Focus questions: boilerplate dropped, expanded with the story's words, answers told."""

from __future__ import annotations

from briefing.compose.focus import read_focus, topic_stems
from briefing.compose.near_duplicates import stem
from briefing.lang.words import words

# An invented story about a ferry that sank in a lake.
STORY = [
    "The ferry Lindholm sank in Lake Varga on Tuesday with forty passengers aboard.",
    "Divers said the ferry Lindholm hull had a long crack below the waterline.",
    "Investigators said the crack in the hull let water flood the engine room.",
    "The ferry sank because the hull crack widened in the storm, investigators said.",
    "Relatives of the passengers gathered at the harbour office in Varga town.",
    "The harbour office said the hull of the ferry had been inspected last spring.",
    "The regional football team won its third match of the season on Sunday.",
]


def _focus(question: str):  # type: ignore[no-untyped-def]
    return read_focus(question, [words(s) for s in STORY])


def test_question_words_are_not_topic_words() -> None:
    assert topic_stems("What caused the sinking? Describe and discuss the details.") == {
        stem("caused"),
        stem("sinking"),
    }
    assert topic_stems(None) == frozenset()


def test_short_question_is_expanded_with_the_story_vocabulary() -> None:
    focus = _focus("Why did the ferry sink?")
    assert stem("ferry") in focus.stems
    # The sentences about the ferry share "hull" and "crack": the story's words for it.
    assert stem("hull") in focus.expansion
    assert stem("football") not in focus.expansion
    assert not focus.stems & focus.expansion


def test_cause_questions_prefer_sentences_that_give_a_cause() -> None:
    focus = _focus("What caused the ferry to sink?")
    assert focus.asks == {"cause"}
    assert focus.answers(STORY[3])  # "... sank because the hull crack widened ..."
    assert not focus.answers(STORY[0])  # shares the words, gives no cause


def test_amount_questions_prefer_figures() -> None:
    focus = _focus("Who pays for the ferry, and how much?")
    assert "amount" in focus.asks
    assert focus.answers("The insurer will pay $4.5 million to the families.")
    assert focus.answers("Compensation rose by 12 percent.")
    assert not focus.answers("The insurer will pay the families.")


def test_no_focus_no_expansion() -> None:
    focus = _focus("")
    assert not focus.stems and not focus.expansion and not focus.asks


def test_the_focus_keeps_its_words_as_written() -> None:
    # "levies" in the plural: compose.definites reads "the new levy" as one of many.
    asked = read_focus("Harbour levies", [words("The harbour levy rose in May.")])
    assert {"harbour", "levies"} <= asked.said
    assert read_focus(None, []).said == frozenset()


def test_feedback_takes_no_calendar_question_or_leftover_words() -> None:
    # The best matches were all reported "on Tuesday" from "U.S." desks and "include" a
    # list: when and how they were told, not what the question is about.
    story = [
        "On Tuesday U.S. divers said the ferry hull crack would include the keel.",
        "On Tuesday U.S. investigators said the ferry hull crack let water in.",
        "On Tuesday U.S. officials said the ferry hull crack would include the deck.",
        "On Tuesday the U.S. navy said the ferry hull had been inspected.",
        "The regional football team won its third match of the season.",
    ]
    focus = read_focus("Why did the ferry sink?", [words(s) for s in story])
    assert stem("hull") in focus.expansion
    assert stem("crack") in focus.expansion
    assert not {stem("tuesday"), stem("include"), stem(words("U.S.")[0])} & focus.expansion
    assert not {s for s in focus.expansion if sum(ch.isalpha() for ch in s) < 3}
