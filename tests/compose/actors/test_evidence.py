"""Places, flights, outlets and capitals are not parties: evidence decides the type."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.actors.descriptions import role_names_no_party
from briefing.model import Document

STORY = """Officials meet over the lost plane

MOSCOW (Wire) - Russia said on Monday that it would help the inquiry into Northwind \
Flight 512, which left Harold T. Brennan International Airport on Friday. Moscow said its \
experts would arrive on Tuesday. Russia also asked Canada for the radar data.

The Parti Quebecois said the inquiry must be public. Leader Anne Tremblay of the Parti \
Quebecois told reporters that Northwind had ignored warnings. Northwind Airlines said it \
was cooperating. Russia said it had sent two investigators.

Gravelle, a small town near the coast, held a vigil. Gravelle residents lit candles.
"""


def _actors() -> list:
    doc = Document("s.txt", STORY, title="Officials meet", outlet="Daily Wire", author="Jo Reed")
    return extract_actors(analyse([doc], entities=True), max_actors=20)


def test_places_flights_and_capitals_are_not_actors() -> None:
    actors = _actors()
    names = {a.name.lower() for a in actors}
    aliases = {x.lower() for a in actors for x in a.aliases}
    assert not any("flight" in n or "airport" in n or "brennan" in n for n in names)
    assert "moscow" not in names  # metonymy: the Russian state, never a second actor
    assert "gravelle" not in names
    russia = [a for a in actors if a.name == "Russia"]
    assert russia and russia[0].type == "country" and "moscow" in aliases
    party = [a for a in actors if "quebecois" in a.name.lower()]
    assert all(a.type != "person" for a in party)


def test_descriptions_of_places_and_things() -> None:
    assert role_names_no_party("small town twelve miles south of Lyon")
    assert role_names_no_party("deadly nerve agent")
    assert not role_names_no_party("state senator from Ohio")
    # A body's head noun after a thing's word: the name is the company, not its product.
    assert not role_names_no_party("second-biggest drug company in Europe")
    assert not role_names_no_party("small software firm")
    assert not role_names_no_party(None)
