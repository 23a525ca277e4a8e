"""Private lives: one private person's experience, named in one article, is not the news."""

from __future__ import annotations

from briefing.compose.private_lives import PrivateLives
from briefing.model import Corpus, Sentence

from .conftest import articles

# One article per case: the case is its lede; the last one's actor recurs.
LIFE = (
    "Through the long winter, Nora Vell has tried rest, heat packs and every cream "
    "the pharmacy sells on her aching hips. Vell, a former seamstress, now swims "
    "in the town pool. The Marlow clinic began a trial of the water therapy."
)
NEWS = (
    # a witness's account
    "Ada Moss said she saw the clinic's pool flood its own changing rooms. Moss swims there daily.",
    # a death
    "Omar Tenby drowned in the clinic's pool after a fall from its steps. "
    "The clinic shut the pool.",
    # an office
    "Clinic director Ivo Varga has asked the council for money to run the trial longer. "
    "The council will vote soon.",
    # a role beside the name
    "Lena Brisk, the clinic's head nurse, has trained the staff in the new routine. "
    "The staff welcomed it.",
    # a day
    "Piet Olsen opened a second pool in Eastport on Tuesday to copy the trial. "
    "Eastport is a port town.",
    # an actor of the story, named in another article too
    "Sara Kell has run the clinic's water trials for a decade. Kell trained in Oslo.",
    "The water trial that Kell leads will run for two more years, the council decided.",
)


def _ledes() -> tuple[PrivateLives, list[Sentence]]:
    corpus: Corpus = articles(LIFE, *NEWS)
    return PrivateLives(corpus), [d.sentences[0] for d in corpus.docs]


def test_a_private_persons_experience_in_a_lede_is_a_private_life() -> None:
    lives, ledes = _ledes()
    assert lives.private_life(ledes[0])


def test_an_account_a_death_an_office_a_day_or_an_actor_is_news() -> None:
    lives, ledes = _ledes()
    for lede in ledes[1:]:
        assert not lives.private_life(lede), lede.text


def test_past_the_lede_the_same_life_is_left_alone() -> None:
    opening = "The Marlow clinic began a water trial. Its pool is new. Its staff is small. "
    corpus = articles(opening + LIFE)
    later = corpus.docs[0].sentences[3]
    assert later.text.startswith("Through the long winter")
    assert not PrivateLives(corpus).private_life(later)
