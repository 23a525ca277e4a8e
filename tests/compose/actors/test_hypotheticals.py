"""People named only in what the writer imagines are no actors."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.hypotheticals import imagined
from briefing.model import Actor, Corpus

FindActor = Callable[[list[Actor], str], list[Actor]]

LEAGUE = """Hockey owners lock out players

The Northern Hockey League locked out its players on Friday. League commissioner Dora \
Pelland said the owners had no choice. Union chief Tomas Varga said the players were ready \
to talk. Varga said the union would meet on Monday, and Pelland said she would attend.

The cap has more exceptions than rules. Edwin Marlowe, I am sure, would call it far \
too complicated for anyone. Surely Greta Solberg would laugh at the owners' sums.
"""


def test_someone_named_only_in_a_writers_guess_is_no_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(LEAGUE), max_actors=20)
    assert find(actors, "Dora Pelland")
    assert find(actors, "Tomas Varga")
    # Both only do what the writer imagines they would: no part in the story.
    assert find(actors, "Edwin Marlowe") == []
    assert find(actors, "Greta Solberg") == []


def _subject(corpus: Corpus, name: str) -> bool:
    parse = corpus.docs[0].parse
    assert parse is not None
    (root,) = [t for t in parse if t.text == name]
    return imagined(root)


def test_a_guess_a_condition_or_an_inversion_imagines_a_plan_does_not(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of(
        "Voters wait\n\nI suspect Harlan would object to the plan. If Corvin were to resign, "
        "the council would collapse. Were Malby to run, she would win. Ostrow would attend "
        "the meeting, aides said. Among the guests were Penrick and his wife. Delk would not "
        "comment.\n"
    )
    assert _subject(corpus, "Harlan")
    assert _subject(corpus, "Corvin")
    assert _subject(corpus, "Malby")
    # A plan someone reports, an inverted list and a refusal are the story's own.
    assert not _subject(corpus, "Ostrow")
    assert not _subject(corpus, "Penrick")
    assert not _subject(corpus, "Delk")
