"""Another country or state doing the same thing tells another fact."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.elsewhere import Elsewhere, place_key
from briefing.model import Document


def test_place_keys_name_countries_and_states() -> None:
    assert place_key("Ugandan") == "Uganda"
    assert place_key("the U.S.") == "United States"
    assert place_key("Texas's") == "texas"
    assert place_key("Springfield") is None


@pytest.mark.parametrize(
    ("other", "elsewhere"),
    [
        ("The Chinese government is making further progress in protecting wetlands.", True),
        ("Ugandan officials are making progress in protecting wetlands.", False),
        ("Experts are making progress in protecting wetlands.", False),  # nobody named
    ],
)
def test_the_same_act_of_another_country(other: str, elsewhere: bool) -> None:
    told = "Uganda has made progress in protecting its wetlands since 1988."
    docs = [Document(location=f"doc{i}.txt", text=t, title="") for i, t in enumerate([told, other])]
    found = analyse(docs)
    test = Elsewhere(found)
    assert test.other_doer(found.docs[0].sentences[0], found.docs[1].sentences[0]) is elsewhere
