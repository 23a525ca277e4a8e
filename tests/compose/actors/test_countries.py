"""Countries in key actors: a body's country, and a country's names and seats of power."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.compose.actors import Candidate, actor_candidates
from briefing.compose.actors.clusters import NameForm, UnionFind
from briefing.compose.actors.countries import body_countries, join_countries, state_acts
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
