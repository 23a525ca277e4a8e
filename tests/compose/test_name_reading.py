"""How the looser † test reads a name: by the person's own name, not her titles."""

from __future__ import annotations

import pytest

from briefing.compose import article_memo
from briefing.compose.memo import BadValue
from briefing.compose.name_reading import article_initials, own_name, run_initials

from .conftest import articles


def test_a_name_is_read_by_the_person_s_own_name_not_her_titles() -> None:
    assert own_name(["Acting", "Mayor", "Nora", "Vik"]) == ["Nora", "Vik"]
    assert run_initials("Acting Mayor Nora Vik") == {"amnv", "nv"}
    assert run_initials("But Nora Vik") == {"bnv", "nv"}
    assert run_initials("Harbour Tariff Authority") == {"hta"}


def test_an_article_s_initials_by_sentence_as_each_run_gives_them() -> None:
    article_memo.forget()
    text = (
        "Acting Mayor Nora Vik met the Harbour Tariff Authority on Monday. "
        "the board did not say. Nora Vik spoke, then Nora Vik left."
    )
    (adoc,) = articles(text).docs
    found = article_initials(adoc)
    assert found == {0: ["amnv", "nv", "hta"], 2: ["nv", "nv"]}
    memo = article_memo.ARTICLE_MEMOS["article_initials"]
    assert memo.decode(memo.encode(found)) == found
    with pytest.raises(BadValue):
        memo.decode([[0, ["nv", 3]]])
