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


def test_a_longer_name_every_article_writes_after_the_short_one_is_another_body() -> None:
    """An article writes a name out before its short form: the 'Coastal Transit
    Authority' that follows the 'Coastal Authority' in each article writing both is its
    own body (so is the 'Vell Council for Fisheries' after the 'Vell Council'); written
    first, they are the short forms' names."""
    forms = [
        _org("coastal authority", {0, 1}),
        _org("coastal transit authority", {1}),
        _org("vell council", {0, 2}),
        _org("vell council for fisheries", {2}),
    ]
    forms[0].first, forms[1].first = {0: 10, 1: 40}, {1: 300}
    forms[2].first, forms[3].first = {0: 5, 2: 20}, {2: 90}
    assert _joined(forms, "coastal authority") == {"coastal authority"}
    assert _joined(forms, "vell council") == {"vell council"}
    forms[1].first, forms[3].first = {1: 5}, {2: 3}
    assert _joined(forms, "coastal authority") == {
        "coastal authority",
        "coastal transit authority",
    }
    assert _joined(forms, "vell council") == {"vell council", "vell council for fisheries"}


def test_a_longer_name_opening_with_another_place_joins_only_where_it_is_named() -> None:
    """'Elmford Police' in an article that never names Elmford Heights is the town's
    own police, not the 'Elmford Heights Police' of another article; where the article
    names Elmford Heights, it is that body written short."""
    forms = [
        _org("elmford police", {0}),
        _org("elmford heights police", {1}),
        _org("elmford", {0, 1}, label="GPE"),
        _org("elmford heights", {1}, label="GPE"),
    ]
    assert _joined(forms, "elmford police") == {"elmford police"}
    forms[-1] = _org("elmford heights", {0, 1}, label="GPE")
    assert _joined(forms, "elmford police") == {"elmford police", "elmford heights police"}
