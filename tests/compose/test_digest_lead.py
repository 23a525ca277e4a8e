"""Digest lead: which opening sentence of an article may lead its digest."""

from __future__ import annotations

from briefing.compose.digest_lead import news_lead, tells_news


def test_a_dated_or_attributed_sentence_tells_news() -> None:
    assert tells_news("The Velmor port authority closed the north quay on Friday.")
    assert tells_news("Dock workers walked out last week over a new shift rota.")
    assert tells_news("The quay will reopen on Oct. 16 at the earliest.")
    assert tells_news("Two cranes were damaged in the storm, the harbour master said.")
    assert tells_news("Repairs will take a month, according to the port authority.")


def test_a_scene_or_a_month_word_alone_tells_no_news() -> None:
    assert not tells_news("As harbour towns go, Velmor is a quiet one.")
    assert not tells_news("Fishing boats have worked these waters for three centuries.")
    # "may" is no month, and a month without its day dates nothing.
    assert not tells_news("The quay may stay shut until the spring, or longer.")
    assert not tells_news("Trade through the port peaked in March and has fallen since.")


def test_a_short_detail_does_not_lead_however_dated() -> None:
    detail = "A copy of the memo was seen Monday."
    assert not news_lead(1, detail, 7)
    lead = (
        "The Velmor port authority closed the north quay on Friday after a storm "
        "damaged two cranes and flooded the customs shed."
    )
    assert news_lead(0, lead, 22)


def test_after_the_lede_a_thing_it_told_does_not_lead() -> None:
    told = (
        "The closure of the north quay comes as the port prepares for its busiest month, "
        "officials said."
    )
    assert news_lead(0, told, 18)
    assert not news_lead(2, told, 18)
