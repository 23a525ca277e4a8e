"""Name forms: normalised keys."""

from __future__ import annotations

from briefing.compose.actors import normalise_name


def test_normalise_name_strips_the_and_possessive() -> None:
    assert normalise_name("The New York Times’s")[1] == "new york times"
    assert normalise_name("Facebook's")[1] == "facebook"
    assert normalise_name("U.S.")[1] == "us"
    assert normalise_name("Netscape Communications Corp.")[1] == "netscape communications"
