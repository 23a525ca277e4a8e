"""Where a text writes a name at a word's start: the same places by the search and by the
index of the text's words, and a text indexed only once it has been asked enough."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.compose import word_starts
from briefing.compose.word_starts import starts

# A small alphabet, so that names overlap, nest and repeat in the text; "é" and "²" are
# word characters outside ASCII, "'" and "-" glued characters.
ALPHABET = "Hal e-'é²_ J."


def _pattern(surface: str, text: str, glued: str) -> list[int]:
    """The starts of ``(?<![\\w<glued>])surface`` read with overlaps, as the search did."""
    lead = re.compile(rf"(?<![\w{re.escape(glued)}])") if glued else re.compile(r"(?<!\w)")
    return [
        at for at in range(len(text) + 1) if text.startswith(surface, at) and lead.match(text, at)
    ]


@pytest.fixture(params=[0, word_starts.DIRECT_SEARCHES], ids=["indexed", "searched"])
def direct(request, monkeypatch) -> int:
    monkeypatch.setattr(word_starts, "DIRECT_SEARCHES", request.param)
    monkeypatch.setattr(word_starts, "_KEPT", {})
    return request.param


# The fixture's setting holds for every input (a text indexed is indexed for good).
@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    surface=st.text(alphabet=ALPHABET, min_size=1, max_size=5),
    text=st.text(alphabet=ALPHABET, max_size=40),
    glued=st.sampled_from(["", "'-", "'’.-"]),
)
def test_the_places_are_those_a_search_from_each_place_finds(
    direct: int, surface: str, text: str, glued: str
) -> None:
    assert list(starts(surface, text, glued)) == _pattern(surface, text, glued)


def test_a_name_is_found_at_word_starts_only(direct: int) -> None:
    text = "Hale said; Haley left. O'Hale, al-Hale and _Hale did not. Hale Jr spoke, ÉHale no."
    said, haley, quoted, hyphened = (
        text.index(w) for w in ("Hale said", "Haley", "'Hale", "-Hale")
    )
    junior = text.index("Hale Jr")
    assert list(starts("Hale", text)) == [said, haley, quoted + 1, hyphened + 1, junior]
    assert list(starts("Hale", text, "'-")) == [said, haley, junior]
    assert list(starts("Hale Jr", text)) == [junior]
    assert list(starts("Haley", text)) == [haley]
    assert list(starts("Vask", text)) == []


def test_a_text_is_indexed_once_it_has_been_asked_enough(monkeypatch) -> None:
    monkeypatch.setattr(word_starts, "DIRECT_SEARCHES", 3)
    monkeypatch.setattr(word_starts, "_KEPT", {})
    text = "Mira Tallo met Ivo Brenn in Vellor."
    for _ in range(3):
        assert list(starts("Brenn", text)) == [19]
    assert word_starts._KEPT[id(text)].index is None  # an ordinary article: searched
    assert list(starts("Brenn", text)) == [19]
    assert word_starts._KEPT[id(text)].index is not None
    assert list(starts("Tallo", text)) == [5]


def test_the_texts_kept_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(word_starts, "KEPT_TEXTS", 2)
    monkeypatch.setattr(word_starts, "_KEPT", {})
    texts = [f"Article {n} names Orla Vask." for n in range(5)]
    for text in texts:
        assert list(starts("Vask", text)) == [text.index("Vask")]
    assert len(word_starts._KEPT) == 2
