"""People quoted only as writers for a news outlet are no actors."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.journalists import outlets_written_for
from briefing.model import Actor, Corpus

FindActor = Callable[[list[Actor], str], list[Actor]]

STRIKE = """Dock workers strike in Vellor

Dock workers in Vellor walked out on Friday. Port director Dora Pelland said the port \
would stay open. Union chief Tomas Varga said the strike would last a week. Varga said the \
union would meet on Monday, and Pelland said she would attend.

"The union has never been this strong," said Edwin Marlowe of the English-language Vellor \
Daily News. "Nobody in the city expected it," said Greta Solberg, who has covered the port \
for the daily Lumo.
"""


def test_a_writer_quoted_for_an_outlet_is_no_actor(corpus_of: Callable[..., Corpus]) -> None:
    names = {a.name for a in extract_actors(corpus_of(STRIKE), max_actors=20)}
    assert {"Dora Pelland", "Tomas Varga"} <= names, names
    assert not names & {"Edwin Marlowe", "Greta Solberg"}, names


def test_a_journalist_the_story_tells_of_is_an_actor(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """Attacked at the docks, or speaking for an outlet the story is about: a party."""
    attacked = STRIKE + "\nPickets attacked Edwin Marlowe at the gate on Saturday.\n"
    assert find(extract_actors(corpus_of(attacked), max_actors=20), "Edwin Marlowe")
    fined = STRIKE + (
        "\nThe port fined the Vellor Daily News for its reports, and the Vellor Daily "
        "News said it would appeal.\n"
    )
    assert find(extract_actors(corpus_of(fined), max_actors=20), "Edwin Marlowe")


def test_the_outlet_is_read_from_the_names_phrase(corpus_of: Callable[..., Corpus]) -> None:
    parse = corpus_of(STRIKE).docs[0].parse
    assert parse is not None
    outlets = {t.text: outlets_written_for(t) for t in parse if t.text in {"Marlowe", "Solberg"}}
    assert outlets == {
        "Marlowe": ["english-language vellor daily news"],
        "Solberg": ["daily lumo"],
    }
    assert outlets_written_for(next(t for t in parse if t.text == "Varga")) == []
