"""The first words of someone's title are no body's name."""

from __future__ import annotations

import pytest

from briefing.compose.actors.fronts import body_rest, cut_trailing_titles, title_after


@pytest.mark.parametrize(
    ("surface", "after", "expected"),
    [
        ("Navy Capt", ". John Arden said", ("Navy", True)),
        ("House Speaker", " Newt Vell said", ("House", True)),
        ("Department of Justice", " shows crime down", ("Department of Justice", False)),
        ("Court of Justice", " President Ana Vell", ("Court of Justice", False)),
        ("Burger King", ", the chain", ("Burger King", False)),
        # An office's title needs no name after it; a company's "King" does.
        ("Coast Provincial Medical Officer", " said", ("Coast Provincial Medical", True)),
        ("Office of the Governor", " said", ("Office of the Governor", False)),
        ("Burger King", " said", ("Burger King", False)),
    ],
)
def test_a_title_is_cut_off_a_body_before_a_name_or_as_an_office(
    surface: str, after: str, expected: tuple[str, bool]
) -> None:
    text = f"Then {surface}{after}."
    end = len("Then ") + len(surface)
    assert cut_trailing_titles(surface, text, end) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" Commissioner Ali Juma said", True),
        # Capitalised words before the title word: "Coast Provincial | Medical Officer".
        (" Medical Officer Ali Juma said", True),
        (" Medical Officer said", True),
        (" Police Commissioner Dr. Ali Juma", True),
        (" said on Monday", False),
        (" Chief Executive said", False),
        (" Boeing Aircraft Co. said", False),
    ],
)
def test_a_mention_opens_a_title_after_it(after: str, expected: bool) -> None:
    assert title_after(f"Coast Provincial{after}.", len("Coast Provincial")) is expected


@pytest.mark.parametrize(
    ("mention", "after", "expected"),
    [
        # The model stops before the head noun that closes the body's name.
        ("Harbour Provincial", " Government said", "Harbour Provincial Government"),
        ("Royal Pomological", " Society show", "Royal Pomological Society"),
        (
            "the Dorfield Bakers and",
            " Millers Association",
            "the Dorfield Bakers and Millers Association",
        ),
        # A name that does not end so, no body's head noun, or one the name runs past.
        ("Vell Holdings", " Board said", None),
        ("Harbour Provincial", " Medical Officer said", None),
        ("the Federal", " Bureau of Investigation said", None),
        ("Harbour Provincial", ".\nGovernment said", None),
    ],
)
def test_a_body_name_cut_before_its_head_noun_is_read_whole(
    mention: str, after: str, expected: str | None
) -> None:
    text = f"Then {mention}{after}."
    end = len("Then ") + len(mention)
    found = body_rest(mention, text, end)
    assert (text[len("Then ") : found] if found is not None else None) == expected
