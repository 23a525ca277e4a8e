"""An era, an event or an idea the model labels an organisation is no key actor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.compose.actors import extract_actors
from briefing.model import Actor

FindActor = Callable[[list[Actor], str], list[Actor]]

TALKS = """Trade talks in Norvia

During the Long Boom, trade between Arland and Norvia doubled, trade minister Tomas Reyl \
said on Monday. Since the Long Boom ended, exports have fallen by half, Reyl said. The \
Harbor Traders Guild said its members wanted new talks. {sentence} Many in Norvia remember \
the Long Boom fondly. After the Long Boom, the ports closed again, the Harbor Traders Guild \
said.
"""


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # Only ever when things happened, what ended, what is remembered: an era.
        ("Reyl said the Long Boom was a time of open ports.", False),
        # The same name as the subject of a party's verb is a party.
        ("The Long Boom announced a new fund for the ports.", True),
    ],
)
def test_an_era_is_no_actor_unless_it_acts(
    corpus_of: Callable[..., object], find: FindActor, sentence: str, actor: bool
) -> None:
    text = TALKS.format(sentence=sentence)
    actors = extract_actors(corpus_of(text, text), max_actors=10)
    assert find(actors, "Tomas Reyl")[0].type == "person"
    assert find(actors, "Harbor Traders Guild")[0].type == "organisation"
    assert bool(find(actors, "Long Boom")) is actor, find(actors, "Long Boom")
