"""How many people have a condition (lang/conditions.py)."""

from briefing.lang.conditions import standing_condition


def test_one_person_who_has_a_condition_has_it() -> None:
    """A single person "has" a condition as people "have" it (STANDING_AFTER_RE)."""
    text = "Only one patient in Velmont has Tarrow fever."
    found = standing_condition(text, text.index("one"), text.index(" in"))
    assert found is not None and text[found[0] : found[1]] == "Tarrow"
