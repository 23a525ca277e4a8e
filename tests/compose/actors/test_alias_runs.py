"""A run of many aliases is narrowed by the words at each place: the finder finds what the
alternation finds all the same."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compose.actors.alias_runs import MANY_ALIASES, Narrowed
from briefing.compose.actors.mentions import AliasFinder, _alias_pattern

# Invented people of one given name: two words, three, a second word that opens another
# ("Var" of "Varask"), one word, a non-ASCII one; more than MANY_ALIASES of them.
_SURNAMES = [f"Var{chr(97 + i)}sk" for i in range(MANY_ALIASES)]
_ALIASES = sorted(
    [
        *(f"Orla {s}" for s in _SURNAMES),
        "Orla Var",
        "Orla Varask Holt",
        "Orla",
        "Orla Vélo",
        "Orla Varbsk Dunmore Port",
        "Tomas Brell",
    ],
    key=lambda a: -len(a),
)
_PIECES = (
    *("Orla Varask", "orla  varbsk", "ORLA\nVarcsk", "Orla Var", "Orla Varask Holt"),
    *("Orla Vélo", "Orla Varbsk Dunmore Port", "Orla Varbsk Dunmore", "Orla", "Tomas Brell"),
    *(" ", "  ", " " * 12, "\n", "x", "é", ".", "said", "Varask"),
)


def _expected(text: str) -> list[tuple[int, int]]:
    alternation = "|".join(_alias_pattern(a) for a in _ALIASES)
    regex = re.compile(rf"(?<![\w@#])(?:{alternation})(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in regex.finditer(text)]


def test_a_run_of_many_aliases_is_narrowed() -> None:
    finder = AliasFinder(_ALIASES)
    assert set(finder.narrowed) == {"orla"}
    text = "Orla Varask met Orla Varbsk Dunmore Port, Orla Var and Orla; Tomas Brell left."
    assert list(finder.finditer(text)) == _expected(text)
    assert len(_expected(text)) == 5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_the_narrowed_finder_finds_what_the_alternation_finds(text: str) -> None:
    assert list(AliasFinder(_ALIASES).finditer(text)) == _expected(text)


def test_the_candidates_are_the_aliases_the_window_may_open() -> None:
    group = [("Orla Varask Holt", False), ("Orla Varask", False), ("Orla", True)]
    group += [("Orla Var", False), ("Orla Vélo", False), ("Orla Tarn", False)]
    spaced = {a: " ".join(a.lower().split()) for a, _ in group if a.isascii() and " " in a}
    narrowed = Narrowed(group, spaced)
    names = [a for a, _ in narrowed.candidates("orla varask holt said so") or []]
    assert names == ["Orla Varask Holt", "Orla Varask", "Orla", "Orla Var", "Orla Vélo"]
    # A longer alias of the same first two words is tried, and fails, as before.
    names = [a for a, _ in narrowed.candidates("orla varask said he would") or []]
    assert names == ["Orla Varask Holt", "Orla Varask", "Orla", "Orla Var", "Orla Vélo"]
    names = [a for a, _ in narrowed.candidates("orla tarnby said he would") or []]
    assert names == ["Orla", "Orla Vélo", "Orla Tarn"]
    names = [a for a, _ in narrowed.candidates("orla brennan said he would") or []]
    assert names == ["Orla", "Orla Vélo"]
    assert narrowed.candidates("orla varask") is None  # shorter than "orla varask holt"
