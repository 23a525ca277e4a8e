"""How the looser † test reads a name: by the person's own name, not her titles."""

from __future__ import annotations

from briefing.compose.name_reading import own_name, run_initials


def test_a_name_is_read_by_the_person_s_own_name_not_her_titles() -> None:
    assert own_name(["Acting", "Mayor", "Nora", "Vik"]) == ["Nora", "Vik"]
    assert run_initials("Acting Mayor Nora Vik") == {"amnv", "nv"}
    assert run_initials("But Nora Vik") == {"bnv", "nv"}
    assert run_initials("Harbour Tariff Authority") == {"hta"}
