"""A summary statement introducing what an earlier one calls short reads first."""

from __future__ import annotations

from briefing.compose.named_first import named_first


def _order(items: list[tuple[str, int]], people: frozenset[str] = frozenset()) -> list[str]:
    out = named_first(items, lambda i: i[1], lambda i: i[0], lambda i: people)
    return [text for text, _ in out]


def test_a_surname_reads_after_the_full_name() -> None:
    items = [
        ("Voss takes office for a five-year term on May 4.", 1),
        ("The council elected Gen. Anna Voss as the town's next mayor.", 1),
    ]
    assert _order(items, frozenset({"Voss"})) == [items[1][0], items[0][0]]
    # Not a person's name ("Vossa flights", "the Vossa jet"): left as it is.
    assert _order(items) == [items[0][0], items[1][0]]


def test_across_dates_only_an_opening_description_moves() -> None:
    fire = [
        ("The fire, at the club's hall, was the deadliest since 1950.", 1950),
        ("A fire turned a Pellby music club into a death trap on Friday.", 2024),
    ]
    assert _order(fire) == [fire[1][0], fire[0][0]]
    summit = [
        ("Leaders from Ostland said they would skip the summit next month.", 2023),
        ("Ostland will hold a summit of traders in Marlow.", 2024),
    ]
    assert _order(summit) == [summit[0][0], summit[1][0]]  # the dates' order stays
    # Of one date, a description anywhere in a sentence moves its introduction.
    same = [(text, 2024) for text, _ in summit]
    assert _order(same) == [same[1][0], same[0][0]]


def test_nothing_called_short_keeps_the_order() -> None:
    items = [
        ("The county opened the Marl bridge on Monday.", 1),
        ("Traffic on the Pellin road fell by a third.", 1),
    ]
    assert _order(items, frozenset({"Pellin"})) == [items[0][0], items[1][0]]


def test_a_surname_written_first_reads_after_the_full_name() -> None:
    items = [
        ("Monday, Tan's wife was handed the charges in Marlow.", 1),
        ("Ostland arrested ten members of the party, one of whom, Tan Wei, faces trial.", 1),
    ]
    # The parse may read "Tan's" as no name: the later statement's reading counts.
    out = named_first(
        items,
        lambda i: i[1],
        lambda i: i[0],
        lambda i: frozenset({"Tan", "Wei"}) if i is items[1] else frozenset(),
    )
    assert out == [items[1], items[0]]
