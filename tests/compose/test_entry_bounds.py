"""How much of a compose cache entry is read: sized by its inputs' text, capped."""

from __future__ import annotations

from briefing.compose.entry_bounds import BOUNDS, HEADER_BYTES, MAX_ENTRY_BYTES, bound, text_bytes
from briefing.model import Document


def test_text_is_sized_in_utf8_bytes_title_included() -> None:
    # A text in another script takes more bytes than characters, and so do its answers.
    assert text_bytes(Document("a.txt", "Prices rose.", title="Markets")) == 12 + 7
    assert text_bytes(Document("b.txt", "Οι τιμές αυξήθηκαν.")) == 2 * 16 + 3
    assert text_bytes(Document("c.txt", "broken \ud800 half")) == 7 + 3 + 5  # never raises


def test_an_entry_may_grow_with_its_inputs_up_to_the_cap() -> None:
    per_byte, per_part, cap = BOUNDS["article"]
    assert bound("article", 0, 0) == HEADER_BYTES
    assert bound("article", 1000, 10) == HEADER_BYTES + 1000 * per_byte + 10 * per_part
    assert bound("article", 10**9, 0) == cap == MAX_ENTRY_BYTES
    assert bound("stems", 2000, 5) > bound("stems", 1000, 5)
