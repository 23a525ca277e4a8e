"""Countries in key actors: a body's country, and a country's names and seats of power."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.compose.actors import Candidate, actor_candidates
from briefing.compose.actors.clusters import NameForm, UnionFind
from briefing.compose.actors.countries import (
    body_countries,
    frames,
    join_countries,
    state_acts,
)
from briefing.model import Corpus


def form(key: str, label: str = "ORG", **extra: object) -> NameForm:
    return NameForm(key, surfaces=Counter({key.title(): 1}), votes=Counter({label: 1}), **extra)


def test_a_body_is_marked_with_the_country_its_name_or_its_one_qualifier_gives() -> None:
    forms = {
        f.key: f
        for f in (
            form("kenyan ministry of health"),
            form("ministry of health", qualifiers=Counter({"ethiopia": 2})),
            form("ministry of mines", qualifiers=Counter({"bolivia": 1, "colombia": 1})),
            form("red cross"),
        )
    }
    assert body_countries(forms) == {
        "kenyan ministry of health": "Kenya",
        "ministry of health": "Ethiopia",  # two countries before it: whose is a guess
    }


def test_a_country_and_its_seat_of_power_are_one_actor_unless_a_person() -> None:
    forms = {
        f.key: f
        for f in (
            form("united states", "GPE"),
            form("america", "GPE"),
            form("white house", "ORG"),
            form("russia", "GPE"),
            form("moscow", "GPE"),
            form("washington", "PERSON"),
        )
    }
    uf = UnionFind(forms, {})
    join_countries(forms, set(), uf)
    assert uf.find("america") == uf.find("united states") == uf.find("white house")
    assert uf.find("moscow") == uf.find("russia") != uf.find("united states")
    assert uf.find("washington") == "washington"  # a person called Washington


def test_a_country_acts_through_its_officials_named_by_their_nationality(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of(
        "Norwegian officials disputed the report on Monday. The ship sank off Norway.",
        "The Norwegian government objected to the findings. Swedish fishermen are angry.",
        "The Norwegian officials were tired. Danish ministers are in Oslo.",
    )
    acts = state_acts(corpus)
    # Doers of verbs only: not the fishermen (no state's people), not "were", not "are".
    assert acts == {"Norway": {0, 1}}


def test_a_country_that_acts_in_several_articles_is_no_mere_setting(
    corpus_of: Callable[..., Corpus],
) -> None:
    lead = "Norway demanded a new inquiry into the crash. Norway has asked for the recorders."
    acting = "The Norwegian government objected to the findings on Tuesday."
    setting = "The inquiry met in a hotel near the harbour on Tuesday."

    def norway(*texts: str) -> Candidate:
        [found] = [c for c in actor_candidates(corpus_of(*texts)) if c.actor.name == "Norway"]
        return found

    assert not norway(lead, acting).setting  # by its name in one, its government in another
    assert norway(lead, setting).setting  # acting in one article only


def test_the_one_country_of_a_domestic_story_acting_in_few_of_its_articles_is_its_frame() -> None:
    naming = set(range(10))
    # Alone, acting in 2 of the 10 articles naming it: where the story happens.
    assert frames([(naming, {0, 1})], 2) == [True]
    # Alone but acting in 4 of 10: a party (a state cracking down at home).
    assert frames([(naming, {0, 1, 2, 3})], 2) == [False]
    # A second country acting in two articles: two sides, neither a frame.
    assert frames([(naming, {0, 1}), ({4, 5, 6}, {4, 5})], 2) == [False, False]
    # One acting in a single article is no side: the first is still the frame.
    assert frames([(naming, {0, 1}), ({4}, {4})], 2) == [True, False]


def test_the_one_country_of_a_domestic_story_is_no_party_unless_another_acts(
    corpus_of: Callable[..., Corpus],
) -> None:
    texts = [
        "Norway has signed a new treaty on rents. Norway also agreed to fund new homes.",
        *(
            f"Rents in Norway rose again in {city}, where the Tenants Union of {city} sued "
            f"the landlords. The union said prices in Norway were out of reach."
            for city in ("Bergen", "Tromso", "Alesund", "Bodo", "Molde", "Hamar")
        ),
    ]

    def norway() -> Candidate:
        [found] = [c for c in actor_candidates(corpus_of(*texts)) if c.actor.name == "Norway"]
        return found

    # Acting in two of the seven articles naming it (by its name, by its government).
    texts[1] += " The Norwegian government objected to the rise."
    assert norway().setting  # where the story happens: no summary bonus, ranked low
    # Another country acting in two articles: two sides of a story, both parties.
    texts[2] += " Sweden protested the treaty on Friday."
    texts[3] += " Sweden protested the treaty again."
    assert not norway().setting
