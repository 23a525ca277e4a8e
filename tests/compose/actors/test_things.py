"""Places and things are no actors: money, laws, flights, names ending in a place's word."""

from __future__ import annotations

from collections import Counter

from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.things import place_or_thing


def test_a_currency_is_money_not_a_party() -> None:
    kwacha = NameForm("kwacha", votes=Counter({"ORG": 4}))
    assert place_or_thing(Cluster(forms=[kwacha]), frozenset())
    malawi_kwacha = NameForm("malawi kwacha", votes=Counter({"ORG": 1}))
    assert place_or_thing(Cluster(forms=[kwacha, malawi_kwacha]), frozenset())
    rand = NameForm("rand", votes=Counter({"ORG": 4}))  # "Rand Corp." is a body
    assert not place_or_thing(Cluster(forms=[rand]), frozenset())


def test_a_full_name_read_as_a_person_vouches_for_its_surname() -> None:
    """The model reads a candidate's surname alone a product more often than a person
    (an unfamiliar name); his full name is only ever a person's. With evidence beyond the
    labels that he is a person (he acts as a party: ``person``), he stays an actor;
    without it, the labels decide."""
    full = NameForm("ivo marlani", votes=Counter({"PERSON": 2}))
    surname = NameForm("marlani", votes=Counter({"ORG": 1}), other_votes=Counter({"PRODUCT": 5}))
    things = frozenset({"marlani"})
    candidate = Cluster(forms=[full, surname], votes=Counter({"PERSON": 2, "ORG": 1}))
    assert not place_or_thing(candidate, things, person=True)
    assert place_or_thing(candidate, things)
    # A surname that is also a currency's name: "Dora Peso said" is no money.
    peso = Cluster(forms=[NameForm("dora peso"), NameForm("peso")], votes=Counter({"PERSON": 3}))
    assert not place_or_thing(peso, frozenset(), person=True)
    assert place_or_thing(peso, frozenset())
    # A full name the model also reads as a thing vouches for nothing.
    read_so = NameForm("ivo marlani", votes=Counter({"PERSON": 2}), other_votes=Counter({"FAC": 1}))
    assert place_or_thing(Cluster(forms=[read_so, surname]), things, person=True)
    # A product named after its maker keeps its thing word: "Nordair Skylark".
    plane = NameForm("nordair skylark", votes=Counter({"PERSON": 2}))
    assert place_or_thing(Cluster(forms=[plane]), frozenset({"skylark"}))


def test_a_building_standing_for_a_body_is_no_actor() -> None:
    """ "Capitol Hill reacted coolly": where the body sits, never an actor beside it."""
    hill = NameForm("capitol hill", votes=Counter({"ORG": 3}))
    assert place_or_thing(Cluster(forms=[hill], votes=Counter({"ORG": 3})), frozenset())
    whitehall = NameForm("whitehall", votes=Counter({"ORG": 2}))
    assert place_or_thing(Cluster(forms=[whitehall], votes=Counter({"ORG": 2})), frozenset())
    # Joined to a body's own name, the building leaves the body an actor.
    congress = NameForm("congress", votes=Counter({"ORG": 9}))
    joined = Cluster(forms=[congress, hill], votes=Counter({"ORG": 12}))
    assert not place_or_thing(joined, frozenset())


def test_a_ship_named_with_its_prefix_is_no_actor() -> None:
    """ "USS Arvin", "HMS Tarrow": a vessel, however the model labels it."""
    for key in ("uss arvin", "hms tarrow", "mv sea lark"):
        ship = NameForm(key, votes=Counter({"ORG": 4}))
        assert place_or_thing(Cluster(forms=[ship], votes=Counter({"ORG": 4})), frozenset())
    # Not a name that only starts with the letters: "Ussher Trust".
    trust = NameForm("ussher trust", votes=Counter({"ORG": 4}))
    assert not place_or_thing(Cluster(forms=[trust], votes=Counter({"ORG": 4})), frozenset())
