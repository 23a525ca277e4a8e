"""A summary's statements introduce the things they call by a description."""

from __future__ import annotations

from briefing.compose.told import told_choice, told_in_order, told_words


def test_the_summary_is_chosen_again_without_a_description_no_other_statement_introduces():
    asked: list[set[int]] = []
    a, b, c = "river", "dam", "ferry"
    said = {
        id(a): (frozenset({"river"}), ["the", "river", "runs"]),
        id(b): (frozenset(), ["a", "dam", "on", "the", "river"]),
        id(c): (frozenset({"pier"}), ["the", "pier", "closed"]),
    }

    def pick(left_out: set[int]) -> list[str]:
        asked.append(left_out)
        return [x for x in (a, b, c) if id(x) not in left_out]

    chosen, untold = told_choice(pick, lambda x: said[id(x)])
    assert untold == {id(c)}  # the river is introduced by the dam's statement; the pier not
    assert chosen == [a, b]
    assert asked == [set(), {id(c)}]


def test_nothing_untold_picks_once():
    asked: list[set[int]] = []

    def pick(left_out: set[int]) -> list[str]:
        asked.append(left_out)
        return ["x"]

    assert told_choice(pick, lambda x: (frozenset(), ["x"])) == (["x"], set())
    assert asked == [set()]


def test_a_statement_still_untold_after_the_last_pick_is_dropped() -> None:
    a, b = "pier", "dam"
    said = {
        id(a): (frozenset({"pier"}), ["the", "pier", "closed"]),
        id(b): (frozenset({"dam"}), ["the", "dam", "burst"]),
    }
    chosen, left_out = told_choice(lambda left_out: [a, b], lambda x: said[id(x)])
    assert chosen == []
    assert left_out == {id(a), id(b)}


def test_a_description_is_told_only_by_a_statement_read_before_it() -> None:
    # The resort's fines read first, the statement naming the resort after it: the reader
    # meets "the resort" before knowing which one.
    fines, order = "fines", "order"
    said = {
        id(fines): (frozenset({"resort"}), ["the", "resort", "faces", "fines"]),
        id(order): (frozenset(), ["marlow", "resort", "was", "ordered", "to", "pay"]),
    }
    assert told_in_order([fines, order], lambda x: said[id(x)]) == [order]
    assert told_in_order([order, fines], lambda x: said[id(x)]) == [order, fines]


def test_a_figure_description_is_told_by_a_statement_giving_the_figure() -> None:
    units = "Approval for the 4,200 flats came early."
    said = {
        id(units): (frozenset({"#4,200"}), told_words(units, ["approval"])),
    }
    plan = "The plan adds 4,200 homes."
    said[id(plan)] = (frozenset(), told_words(plan, ["the", "plan", "adds"]))
    other = "The plan adds 2,880 homes."
    said[id(other)] = (frozenset(), told_words(other, ["the", "plan", "adds"]))
    assert told_in_order([plan, units], lambda x: said[id(x)]) == [plan, units]
    assert told_in_order([other, units], lambda x: said[id(x)]) == [other]
