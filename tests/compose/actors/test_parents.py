"""A body named only as the owner of another listed body is left out; one that acts stays."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.parents import _owns_another
from briefing.model import Actor, Corpus

FindActor = Callable[..., list]

PANEL = (
    "Ocean panel warns of warmer seas\n\n"
    "The Global Ocean Research Board, a U.N.-backed group of 900 scientists, said on "
    "Monday that sea temperatures would rise. The U.N. panel predicted two degrees of "
    "warming by 2060. The board reports to the United Nations every year. Critics said "
    "the U.N. panel's analysis was too gloomy. The board "
    "said its models were sound, and the board published its data. Delegates at a U.N. "
    "ocean forum in Oslo discussed the findings."
)


def test_a_parent_named_only_as_its_panels_owner_is_left_out(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(PANEL, PANEL.replace("Monday", "Tuesday")), max_actors=20)
    assert find(actors, "Global Ocean Research Board")
    assert not find(actors, "U.N.") and not find(actors, "United Nations")


def test_a_parent_that_acts_stays(corpus_of: Callable[..., Corpus], find: FindActor) -> None:
    acting = PANEL + " The U.N. said it would fund the board. The U.N. approved the budget."
    actors = extract_actors(corpus_of(acting, acting.replace("Monday", "Tuesday")), max_actors=20)
    assert find(actors, "Global Ocean Research Board")
    assert find(actors, "U.N.") or find(actors, "United Nations")


def _body(name: str, role: str | None = None) -> Actor:
    return Actor(name=name, type="organisation", aliases=[], role=role, mentions=3, sources=[1])


def _parent(surface: str) -> Cluster:
    return Cluster(forms=[NameForm(surface.lower(), surfaces=Counter({surface: 3}))])


def test_only_an_owner_in_a_roles_opening_words_is_a_parent() -> None:
    parent, own = _parent("U.N."), _body("U.N.")
    for role, owns in [
        ("U.N.-sponsored network of 900 scientists", True),
        ("the U.N. weather agency", True),
        ("an agency of the U.N.", True),
        ("successor agency to the old U.N.", False),
        ("network of scientists in U.N. member states", False),
    ]:
        assert _owns_another(parent, own, [own, _body("Ocean Board", role)]) is owns, role
    # Its own role, or a person's, says nothing of another body.
    assert not _owns_another(parent, own, [own])
