"""Quotes attributed to their speaker."""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Actor

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_quotes_are_attributed_to_their_speaker(actors: list[Actor], find: FindActor) -> None:
    warner = find(actors, "Mark Warner")[0]
    assert warner.quote is not None and warner.quote.source == 1
    assert warner.quote.text.startswith("The news that Acme shared this data")
    varela = find(actors, "Francisco Varela")[0]  # '"...," said Francisco Varela'
    assert varela.quote is not None and "stored nothing" in varela.quote.text
    sandberg = find(actors, "Sheryl Sandberg")[0]  # '"...," Sandberg said'
    assert sandberg.quote is not None and sandberg.quote.source == 2
    # Indirect speech is no quote, and the listener of "told" is not the speaker.
    assert find(actors, "Ron Wyden")[0].quote is None
    assert all(a.quote is None for a in find(actors, "Daily Ledger"))
