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
