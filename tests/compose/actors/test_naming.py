"""The name an actor is shown under."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.naming import aliases, display_name
from briefing.model import Corpus


def _form(key: str, surface: str, n: int) -> NameForm:
    return NameForm(key, surfaces=Counter({surface: n}), votes=Counter(PERSON=n))


def _person(*forms: NameForm) -> Cluster:
    return Cluster(forms=list(forms), type="person")


def test_a_person_is_shown_under_the_full_name_written_most() -> None:
    c = _person(
        _form("jim hale", "Jim Hale", 9),
        _form("james e hale", "James E. Hale", 1),
        _form("hale", "Hale", 30),
    )
    assert display_name(Corpus(docs=[]), c) == "Jim Hale"
    c.name = "Jim Hale"
    assert aliases(c) == ["Hale", "James E. Hale"]


def test_a_tie_goes_to_the_longer_full_name_and_a_particle_opens_no_full_name() -> None:
    c = _person(_form("ann w rigg", "Ann W. Rigg", 2), _form("ann rigg", "Ann Rigg", 2))
    assert display_name(Corpus(docs=[]), c) == "Ann W. Rigg"
    c = _person(_form("usama bin ladir", "Usama bin Ladir", 3), _form("bin ladir", "bin Ladir", 8))
    assert display_name(Corpus(docs=[]), c) == "Usama bin Ladir"


def test_a_party_is_shown_under_its_own_name_not_a_description_of_it() -> None:
    """ "Dawn Party", not "Islamic Dawn Party" (a writer's description) however long;
    a country in front is part of a party's own name ("Chile Democracy Party")."""
    c = Cluster(
        forms=[
            _form("islamic dawn party", "Islamic Dawn Party", 5),
            _form("pro-islamic dawn party", "pro-Islamic Dawn Party", 1),
            _form("islamic dawn", "Islamic Dawn", 2),
            _form("dawn party", "Dawn Party", 6),
            _form("dawn", "Dawn", 9),
        ],
        type="organisation",
    )
    assert display_name(Corpus(docs=[]), c) == "Dawn Party"
    c = Cluster(
        forms=[_form("chile democracy party", "Chile Democracy Party", 5)]
        + [_form("democracy party", "Democracy Party", 4)],
        type="organisation",
    )
    assert display_name(Corpus(docs=[]), c) == "Chile Democracy Party"


def test_a_body_is_shown_without_a_leading_the(corpus_of: Callable[..., Corpus]) -> None:
    """A line of links opening "The Harbour Housing Trust: www..." is no reason to show the
    trust as "The Harbour Housing Trust": a reader writes it without the article."""
    texts = [
        "Marlow rents rise\n\nRents in Marlow rose 9 percent this year, said Ann Lo, director "
        "of the Harbour Housing Trust. Lo said the Harbour Housing Trust would publish its "
        "report in June.\n\nThe rent report is posted at: www.example.org/rents.html\n\n"
        "The Harbour Housing Trust: www.example.org/trust",
        "Waiting lists grow\n\nThe Harbour Housing Trust said on Tuesday that 400 families "
        "were waiting for a flat in Marlow. Ann Lo of the Harbour Housing Trust said rents "
        "had risen 9 percent.",
    ]
    names = [a.name for a in extract_actors(corpus_of(*texts), max_actors=10)]
    assert "Harbour Housing Trust" in names
    assert not any(n.startswith("The ") for n in names)
