"""Tests of the organisation short-form steps of the key actors' merge."""

from __future__ import annotations

from collections import Counter

from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.merge import merge_forms


def _org(key: str, docs: set[int], label: str = "ORG", mentions: int = 2) -> NameForm:
    surface = key.title()
    return NameForm(
        key, surfaces=Counter({surface: mentions}), votes=Counter({label: mentions}), docs=docs
    )


def _joined(forms: list[NameForm], key: str) -> set[str]:
    clusters = merge_forms({f.key: f for f in forms})
    return next(
        (set(f.key for f in c.forms) for c in clusters if key in {f.key for f in c.forms}), set()
    )


def test_a_longer_name_adding_to_what_a_body_is_of_is_another_body() -> None:
    """'Bureau of Rural Water Affairs' is a bureau of its own, not the 'Bureau of Water
    Affairs' written out; 'Truth and Reconciliation Commission' is the 'Truth Commission'."""
    forms = [
        _org("bureau of water affairs", {0, 1}),
        _org("bureau of rural water affairs", {1}),
        _org("truth commission", {0}),
        _org("truth and reconciliation commission", {1}),
    ]
    assert _joined(forms, "bureau of water affairs") == {"bureau of water affairs"}
    assert _joined(forms, "truth commission") == {
        "truth commission",
        "truth and reconciliation commission",
    }


def test_a_longer_name_opening_with_the_whole_name_is_another_body() -> None:
    """The 'Coastal Rugby Association Players Association' is the players' body."""
    forms = [
        _org("coastal rugby association", {0, 1}),
        _org("coastal rugby association players association", {1}),
    ]
    assert _joined(forms, "coastal rugby association") == {"coastal rugby association"}


def test_a_short_form_joins_a_states_body_only_where_the_state_is_named() -> None:
    """'Supreme Court' in an article that never names Ohio is not the 'Ohio Supreme
    Court' another article writes (the nation's court, most likely); in a story whose
    every article names Ohio, the 'Board of Paroles' is the 'Ohio Board of Paroles'."""
    forms = [
        _org("supreme court", {0, 1}),
        _org("ohio supreme court", {1}, mentions=1),
        _org("board of paroles", {0, 1}),
        _org("ohio board of paroles", {2}),
        _org("ohio", {1, 2}, label="GPE"),
    ]
    assert _joined(forms, "supreme court") == {"supreme court"}
    forms[-1] = _org("ohio", {0, 1, 2}, label="GPE")
    assert _joined(forms, "board of paroles") == {"board of paroles", "ohio board of paroles"}


def test_a_bodys_name_before_a_companys_names_neither_of_them() -> None:
    """'Norvia Air Vellmark' (the airline's plane, made by Vellmark Co.) is no alias of
    the maker; 'Orbis Zentra' (Orbis's program 'Zentra', no company) is Zentra's name."""
    forms = [
        NameForm(
            "vellmark", surfaces=Counter({"Vellmark": 5, "Vellmark Co.": 2}),
            votes=Counter({"ORG": 7}), docs={0, 1, 2},
        ),
        _org("norvia air", {0, 1, 2}, mentions=6),
        _org("norvia air vellmark", {1}),
        _org("orbis", {0, 1}, mentions=5),
        _org("zentra", {0}),
        _org("orbis zentra", {1}),
    ]  # fmt: skip
    assert _joined(forms, "vellmark") == {"vellmark"}
    assert "norvia air vellmark" not in _joined(forms, "norvia air")
    assert {"zentra", "orbis zentra"} <= _joined(forms, "zentra")


def test_a_makers_model_is_no_longer_name_of_the_maker() -> None:
    """'Vellmark 420s' are the maker's planes; 'Vellmark Aviation' is its name."""
    forms = [_org("vellmark", {0, 1}), _org("vellmark 420s", {1})]
    assert _joined(forms, "vellmark") == {"vellmark"}
    forms[1] = _org("vellmark aviation", {1})
    assert _joined(forms, "vellmark") == {"vellmark", "vellmark aviation"}
