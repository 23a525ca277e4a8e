"""People quoted only as academics or experts are commentators, no actors."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.model import Corpus

LEVY = """Tarnland raises its grain levy

The government of Tarnland raised its grain levy on Monday. Finance Minister Oskar Brandt \
said the levy would fund new silos. Farmers' union leader Hilde Norell said the union would \
protest in the capital on Friday.

"The levy will push bread prices up within a month," said Ilka Sommer, a professor of \
economics at Varn University. Sommer said the silos were needed. "Nobody expected a \
levy this high," said Petr Halas, an expert on farm policy. Halas predicted that the protest \
would be large.
"""


def _names(corpus: Corpus) -> set[str]:
    return {a.name for a in extract_actors(corpus, max_actors=20)}


def test_an_expert_quoted_only_for_a_view_is_no_actor(
    corpus_of: Callable[..., Corpus],
) -> None:
    names = _names(corpus_of(LEVY))
    assert {"Oskar Brandt", "Hilde Norell"} <= names, names
    assert not names & {"Ilka Sommer", "Petr Halas"}, names


def test_an_expert_who_observes_or_argues_gives_a_view(
    corpus_of: Callable[..., Corpus],
) -> None:
    """ "X observed", "X argued": verbs of comment, as "said" is (session 53's reading of
    DUC 2004: commentators cited so were kept)."""
    observed = LEVY.replace("Sommer said the silos", "Sommer observed that the silos").replace(
        "Halas predicted", "Halas argued"
    )
    names = _names(corpus_of(observed))
    assert "Oskar Brandt" in names and not names & {"Ilka Sommer", "Petr Halas"}, names


def test_an_expert_who_acts_in_the_story_is_an_actor(
    corpus_of: Callable[..., Corpus],
) -> None:
    """An author of the study the story is about, one the government hires: parties."""
    acted = LEVY + (
        "\nSommer led the study that the ministry used to set the levy. The ministry hired "
        "Halas to review it.\n"
    )
    assert {"Ilka Sommer", "Petr Halas"} <= _names(corpus_of(acted))


def test_an_expert_who_holds_an_office_is_an_actor(
    corpus_of: Callable[..., Corpus],
) -> None:
    """Called an expert once, and the deputy head of a council: an official's view."""
    office = LEVY.replace(
        "Sommer said the silos were needed.",
        "Ilka Sommer, deputy head of the Grain Council, said the silos were needed.",
    )
    assert "Ilka Sommer" in _names(corpus_of(office))


def test_a_government_bodys_expert_is_an_actor(corpus_of: Callable[..., Corpus]) -> None:
    """An economist of a ministry, an expert of a state agency: an official's view."""
    official = LEVY.replace(
        "a professor of economics at Varn University", "an economist at the Finance Ministry"
    )
    assert "Ilka Sommer" in _names(corpus_of(official))


def test_an_expert_who_admits_or_announces_a_deed_is_an_actor(
    corpus_of: Callable[..., Corpus],
) -> None:
    """A professor the story accuses, who admits it and announces a resignation: a party,
    though every mention is the subject of a verb of saying."""
    accused = """Varn University board meets over faked grain study

The board of Varn University met on Monday over faked results in a grain study. \
Ilka Sommer, a professor of biology at Varn University, admitted that she had faked the \
data. Sommer announced on Tuesday that she would resign. Board chairman Oskar Brandt said \
the board would review every paper of the laboratory. Student leader Hilde Norell said \
students would protest on Friday.
"""
    assert "Ilka Sommer" in _names(corpus_of(accused))


def test_an_expert_who_leads_the_inquiry_is_an_actor(
    corpus_of: Callable[..., Corpus],
) -> None:
    """Described as a professor or an expert, with a clause giving a post in the story."""
    led = LEVY.replace(
        "a professor of economics at Varn University",
        "a professor of economics who leads the levy inquiry",
    ).replace("an expert on farm policy", "an expert on farm policy heading the review")
    assert {"Ilka Sommer", "Petr Halas"} <= _names(corpus_of(led))
