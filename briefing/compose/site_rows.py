"""Definite-description sites of a sentence as rows of the compose cache.

``definites.definite_sites`` reads, from a sentence's text alone, where each description
("the river") starts and ends, its head word and the names written before it; the answer
is remembered across builds (``compose.memo``). Here: its JSON codec, and ``sites_fit``,
the check of a stored answer against the sentence's text, so a tampered cache entry gives
no place past the text and no name the sentence does not write.
"""

from __future__ import annotations

from typing import Any

from briefing.compose.memo import BadValue

# A description of a sentence read from its text alone (``definite_sites``): where it
# starts and ends, its head word, the capitalised words before it within
# ``_SENTENCE_REACH``, when the head is a body's word the name runs there (else None),
# and whether a preposition after it may say which or a plural-looking word after it may be
# its verb ("the study suggests"): the parse decides (``readings``).
Site = tuple[int, int, str, list[str], list[str] | None, bool]


def encode_sites(value: list[Site]) -> list[list[Any]]:
    return [list(site) for site in value]


def decode_sites(data: Any) -> list[Site]:
    if not isinstance(data, list):
        raise BadValue("a list of descriptions")
    out: list[Site] = []
    for x in data:
        if not (isinstance(x, list) and len(x) == 6):
            raise BadValue("a description")
        start, end, head, names, runs, parse_decides = x
        if not (type(start) is int and type(end) is int and 0 <= start <= end):
            raise BadValue("a description's place")
        if type(head) is not str:
            raise BadValue("a description's head")
        if names is None:
            raise BadValue("a description's names")
        if type(parse_decides) is not bool:
            raise BadValue("a description's preposition")
        out.append((start, end, head, _strings(names) or [], _strings(runs), parse_decides))
    return out


def _strings(data: Any) -> list[str] | None:
    if data is None:
        return None
    if not (isinstance(data, list) and all(type(x) is str for x in data)):
        raise BadValue("a list of strings")
    return data


def sites_fit(value: list[Site], text: str) -> bool:
    """Every site within ``text``, its head where it ends, its names written there."""
    return all(
        end <= len(text)
        and text[end - len(head) : end] == head
        and all(name in text for name in [*names, *(runs or ())])
        for _, end, head, names, runs, _ in value
    )
