"""Speech verbs: one list of saying lemmas, the sets each reader needs grown from it."""

from __future__ import annotations

import pytest

from briefing.lang.speech import (
    CITE_BEFORE_RE,
    REPORTING_LEMMAS,
    SAY_LEMMAS,
    SAYING_LEMMAS,
    SPEECH_LEMMAS,
    SPEECH_ONLY_RE,
)


def test_every_set_holds_the_plain_saying_verbs() -> None:
    for lemmas in (SPEECH_LEMMAS, REPORTING_LEMMAS, SAYING_LEMMAS):
        assert {"say", "tell", "announce"} <= SAY_LEMMAS <= lemmas


def test_an_intention_is_reported_but_tells_no_event_through_it() -> None:
    assert "plan" in REPORTING_LEMMAS and "plan" not in SAYING_LEMMAS


def test_thinking_and_knowing_hang_an_event_as_saying_does() -> None:
    assert {"believe", "think", "know"} <= SAYING_LEMMAS
    assert not {"believe", "think", "know"} & REPORTING_LEMMAS


@pytest.mark.parametrize(
    ("text", "only_who_and_when"),
    [
        ("Brandt said yesterday.", True),
        ("The harbour master told reporters here on Friday:", True),
        ("Mayor Hall said Tuesday night.", True),
        ("The harbour master said in June.", True),
        ("The pier was shut, officials said.", False),
    ],
)
def test_a_clause_telling_only_who_spoke_and_when(text: str, only_who_and_when: bool) -> None:
    assert bool(SPEECH_ONLY_RE.match(text)) is only_who_and_when


def test_a_credit_may_name_the_publications_noun_before_the_name() -> None:
    assert CITE_BEFORE_RE.search("prices rose, according to ")
    assert CITE_BEFORE_RE.search("prices rose, according to the Corvalan newspaper ")
    assert CITE_BEFORE_RE.search("the mayor told radio station ")
    # A network of another kind is no publication: "links to the smuggling network X".
    assert not CITE_BEFORE_RE.search("links to the smuggling network ")
