"""Name keys: a written name as a key, and whether it can be one name."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.name_keys import (
    generation,
    normalise_name,
    phrase_head,
    plausible_name,
    strip_titles,
)
from briefing.model import Corpus


def test_normalise_name_strips_the_and_possessive() -> None:
    assert normalise_name("The New York Times’s")[1] == "new york times"
    assert normalise_name("Facebook's")[1] == "facebook"
    assert normalise_name("U.S.")[1] == "us"
    assert normalise_name("Dorvale Communications Corp.")[1] == "dorvale communications"
    assert normalise_name("Marlow Fahrlinien GmbH")[1] == "marlow fahrlinien"
    # The model's mention of a name with its acronym glued on, the bracket unclosed.
    assert normalise_name("the Harbour Ferry Authority(HFA")[:2] == (
        "Harbour Ferry Authority",
        "harbour ferry authority",
    )


def test_a_mention_ending_in_a_capitalised_function_word_is_a_phrase() -> None:
    assert phrase_head("Skylark In") == "Skylark"
    assert phrase_head("Harvest Of The") == "Harvest"
    assert phrase_head("Acme and") is None  # a word glued on, in lower case
    assert phrase_head("Bank of Marlow") is None
    assert not plausible_name("Skylark In", "skylark in")
    assert plausible_name("Bank of Marlow", "bank of marlow")


def test_a_title_cased_phrase_is_no_actor(corpus_of: Callable[..., Corpus]) -> None:
    """The model cuts a festival's title-cased "Skylark In May" after "In" and reads the
    rest as a person or a body: the festival is no actor, under either name."""
    texts = [
        "Marlow backs festival\n\nCouncil leader Ann Brandt said the festival, Skylark In "
        "May, would draw 3,000 visitors. Tickets for Skylark In May go on sale Friday, the "
        "organisers of Skylark In May said.",
        "Festival vote\n\nAnn Brandt said Tuesday the council would fund Skylark In May. "
        "Skylark In May costs $4 million, Brandt said. Organisers of Skylark In May said the "
        "Skylark In May festival would go ahead.",
    ]
    names = [a.name for a in extract_actors(corpus_of(*texts), max_actors=10)]
    assert names == ["Ann Brandt"]


def test_a_middle_initial_glued_to_the_surname_is_one_name(
    corpus_of: Callable[..., Corpus],
) -> None:
    """ "Alma K.Treviso" (no space after the initial) is "Alma K. Treviso", not a second
    person; an abbreviation's letters stay as written."""
    assert normalise_name("Alma K.Treviso")[:2] == ("Alma K. Treviso", "alma k treviso")
    assert normalise_name("U.S.Navy")[1] == "usnavy"
    text = (
        "Bureau inquiry\n\nDirector Alma K.Treviso said the inquiry would go on. Alma K. "
        "Treviso told senators the bureau had found nothing. Treviso said she would testify "
        "again."
    )
    actors = extract_actors(corpus_of(text), max_actors=20)
    assert [a.name for a in actors if "Treviso" in a.name] == ["Alma K. Treviso"]


def test_the_verb_of_an_inverted_quote_is_no_given_name() -> None:
    """ "Added Brandt, "Nobody wins."": the model reads the verb as a given name; "Said"
    is a given name too ("Said Musa") and stays."""
    assert strip_titles("Added Brandt") == ("Brandt", "")
    assert strip_titles("Insisted Sen. Brandt") == ("Brandt", "sen")
    assert strip_titles("Said Musa") == ("Said Musa", "")
    assert strip_titles("Added") == ("Added", "")


def test_generation_is_cut_after_a_surname_only() -> None:
    assert generation(["G.", "Arno", "Pellow", "Jr."]) == (["G.", "Arno", "Pellow"], "jr")
    assert generation(["arno", "pellow", "iii"]) == (["arno", "pellow"], "iii")
    assert generation(["Pellow", "Jr."]) == (["Pellow", "Jr."], "")  # no name left before it
    assert generation(["Arno", "Pellow"]) == (["Arno", "Pellow"], "")
