"""How many people have a condition (lang/conditions.py)."""

import time

import pytest

from briefing.lang.conditions import standing_condition


def test_one_person_who_has_a_condition_has_it() -> None:
    """A single person "has" a condition as people "have" it (STANDING_AFTER_RE)."""
    text = "Only one patient in Velmont has Tarrow fever."
    found = standing_condition(text, text.index("one"), text.index(" in"))
    assert found is not None and text[found[0] : found[1]] == "Tarrow"


def test_the_condition_before_a_figure_is_its_whole_word() -> None:
    text = "In Velmont, x3-tarrow, which affects about 8,000 people, spreads."
    found = standing_condition(text, text.index("8,000"), text.index(" people") + 7)
    assert found is not None and text[found[0] : found[1]] == "x3-tarrow"
    text = "The 3tarrow strikes 500 people."
    found = standing_condition(text, text.index("500"), text.index(" people") + 7)
    assert found is not None and text[found[0] : found[1]] == "tarrow"


@pytest.mark.parametrize("run", ["x", "a-", "1a", "Ab'"])
def test_a_100_kb_word_before_a_figure_is_read_in_one_pass(run: str) -> None:
    """Tried from each of its letters, 10 KB took 6.9 CPU s (100 KB: about 11 minutes)."""
    text = run * (100_000 // len(run)) + " 5,000 people were counted."
    start = time.process_time()
    assert standing_condition(text, text.index("5,000"), text.index(" were")) is None
    assert time.process_time() - start < 1.0
