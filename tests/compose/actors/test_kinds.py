"""Actor types corrected with cues (titles, government words)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.kinds import assign_kind
from briefing.model import Actor, Corpus

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_types_are_corrected_with_cues(actors: list[Actor], find: FindActor) -> None:
    # The model tags one "Wyden" as a place and "Warner" as an organisation.
    assert find(actors, "Ron Wyden")[0].type == "person"
    assert find(actors, "Mark Warner")[0].type == "person"
    assert find(actors, "Senate Commerce Committee")[0].type == "government body"
    assert find(actors, "Acme")[0].type == "organisation"
    assert {a.type for a in actors} <= {
        "person",
        "organisation",
        "government body",
        "country",
        "group",
    }


SECT = """Crackdown on the Lotus Way

Police detained 40 Lotus Way practitioners on Monday. Lotus Way members said the group \
had broken no law, and Lotus Way followers gathered outside the court. Lotus Way said it \
would appeal. Officials at Brinmoor Tyre said Brinmoor Tyre and Rubber Co. had not been \
asked to comment; Brinmoor Tyre makes tyres for the police.
"""


def test_a_body_by_its_members_and_a_company_by_its_full_name(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(SECT), max_actors=10)
    # Names the model may take for people: a person has no members or followers, and
    # "Brinmoor Tyre and Rubber Co." is a company whatever the cut mention says.
    for name in ("Lotus Way", "Brinmoor Tyre"):
        for actor in find(actors, name):
            assert actor.type == "organisation", (name, actor)


def _cluster(key: str, **votes: int) -> Cluster:
    form = NameForm(key, surfaces=Counter({key.title(): 3}), votes=Counter(votes))
    return Cluster(forms=[form], votes=Counter(votes))


def test_a_type_the_labels_cannot_decide_is_not_guessed(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of("Nothing to see here.")
    undecided = _cluster("la nada", ORG=2, GPE=1)  # a weather pattern, a place, a body?
    assign_kind(corpus, undecided)
    assert undecided.type == ""
    cued = _cluster("kell associates", ORG=4, GPE=1, PERSON=1)  # "Associates": a firm
    assign_kind(corpus, cued)
    assert cued.type == "organisation"
    clear = _cluster("zentra", ORG=5, GPE=1)
    assign_kind(corpus, clear)
    assert clear.type == "organisation"
