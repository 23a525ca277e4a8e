"""An era, an event or an idea the model labels an organisation is no key actor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.concepts import a_poll
from briefing.model import Actor, Corpus

FindActor = Callable[[list[Actor], str], list[Actor]]

TALKS = """Trade talks in Norvia

During the {name}, trade between Arland and Norvia doubled, trade minister Tomas Reyl \
said on Monday. Since the {name} ended, exports have fallen by half, Reyl said. The \
Harbor Traders Guild said its members wanted new talks. {sentence} Many in Norvia remember \
the {name} fondly. After the {name}, the ports closed again, the Harbor Traders Guild \
said.
"""


@pytest.mark.parametrize(
    ("name", "sentence", "actor"),
    [
        # Only ever when things happened, what ended, what is remembered: an era.
        ("Long Boom", "Reyl said the Long Boom was a time of open ports.", False),
        # What took effect is a rule or an era, whatever its name.
        ("Long Thaw", "The Long Thaw took effect in every port within a year.", False),
        # Named as a boom, the subject of a verb no party's own: still an era.
        ("Long Boom", "The Long Boom opened the ports to foreign ships.", False),
        # The same name as the subject of a party's verb is a party.
        ("Long Boom", "The Long Boom announced a new fund for the ports.", True),
        ("Long Thaw", "The Long Thaw opened an office in every port.", True),
    ],
)
def test_an_era_is_no_actor_unless_it_acts(
    corpus_of: Callable[..., object], find: FindActor, name: str, sentence: str, actor: bool
) -> None:
    text = TALKS.format(name=name, sentence=sentence)
    actors = extract_actors(corpus_of(text, text), max_actors=10)
    assert find(actors, "Tomas Reyl")[0].type == "person"
    assert find(actors, "Harbor Traders Guild")[0].type == "organisation"
    assert bool(find(actors, name)) is actor, find(actors, name)


def test_a_covenant_on_rights_is_no_body(corpus_of: Callable[..., Corpus], find: FindActor) -> None:
    """ "the Northern Covenant on Civil and Social Rights": a covenant (the noun before
    'on'), named only as what a country signs, is no organisation whatever the model
    says (issue 11, DUC 2004: one at rank 10)."""
    name = "Northern Covenant on Civil and Social Rights"
    texts = [
        f"Talks on rights\n\nArdania plans to sign the {name} on Monday. Dissident Tomas "
        "Rell said Ardania would not keep its word, and police detained him on Tuesday.",
        f"Covenant signed\n\nArdania signed the {name} with great fanfare in October. "
        "Tomas Rell said the police ignored it.",
    ]
    actors = extract_actors(corpus_of(*texts), max_actors=10)
    assert find(actors, "Tomas Rell")
    assert find(actors, name) == []


def test_a_named_poll_is_no_actor(corpus_of: Callable[..., Corpus], find: FindActor) -> None:
    """A survey's name says what it found, not who acts: no party of the story."""
    text = (
        "Poll shifts\n\nThe Harbor Gazette Poll found that six of ten voters backed Mayor Ann "
        "Lee. The Harbor Gazette Poll of 600 people showed that Lee led by 12 points. Lee said "
        "she was pleased.\n"
    )
    actors = extract_actors(corpus_of(text), max_actors=20)
    assert find(actors, "Ann Lee")
    assert find(actors, "Harbor Gazette Poll") == []


def test_a_poll_is_no_actor_under_its_owner_s_short_name_either() -> None:
    poll, owner = NameForm("harbor gazette poll"), NameForm("gazette")
    assert a_poll(Cluster([poll, owner]))
    assert not a_poll(Cluster([owner]))
    assert not a_poll(Cluster([poll, NameForm("ann lee")]))  # a person of its own
