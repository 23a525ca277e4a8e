"""The words of a fact as the † decision compares them: content stems with possessives
folded ("Berg's" -> "berg"), and each amount as one word ("20,000" -> "20000", "three
million" -> "3million"), figures in words as digits and an irregular or same-fact word
in its one form, so two articles telling one fact in other spellings share its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.compose.memo import by_words, decode_strings, encode_strings
from briefing.compose.near_duplicates import content_stems
from briefing.lang.figures import NUMBER_WORDS
from briefing.lang.wordforms import base_form

_POSSESSIVE = re.compile(r"['’]s?$")
# What a word ends with when ``_POSSESSIVE`` may fold it (``$`` also matches before a
# final line break); other words are kept without running the pattern.
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s", "\n")


@by_words("stems", encode_strings, decode_strings)
def stems(words: Sequence[str]) -> frozenset[str]:
    """Content stems with possessives folded ("Berg's" -> "berg")."""
    return content_stems(
        [_POSSESSIVE.sub("", w) if w.endswith(_POSSESSIVE_ENDS) else w for w in words]
    )


SCALES = frozenset({"million", "billion", "trillion"})
# Words that multiply the number before them into one figure ("two dozen" -> 24).
_MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000}
# A number before these is a multiple: "three times the average" is not "10 times" (session
# 29, D0601A). Not "percent": "five percent" matched another count's "5 percent" (D0633F).
_MEASURES = frozenset({"times", "fold"})


def _spelled(word: str) -> int | None:
    """The value of a number word ("twelve", "twenty-four"), else None."""
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _, unit = word.partition("-")
    if unit and NUMBER_WORDS.get(tens, 0) >= 20 and 0 < NUMBER_WORDS.get(unit, 0) < 10:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


def _in_digits(words: Sequence[str]) -> list[str]:
    """Figures written in words as digits, as another outlet prints them: "two dozen" ->
    "24", "a hundred" -> "100", "three million" -> "3 million", "twelve" -> "12". A
    number word below ten on its own stays a word: it is mostly no count ("one of",
    "two weeks ago") and, made a figure, would keep its sentence from matching others;
    before a measure it is one ("three times" -> "3 times", ``_MEASURES``)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w, after = words[i], words[i + 1] if i + 1 < len(words) else ""
        # ``_spelled(w)``, asked only of a number word or a hyphenated one.
        value = NUMBER_WORDS.get(w)
        if value is None and "-" in w:
            value = _spelled(w)
        if value is not None and after in _MULTIPLIERS:
            out.append(str(value * _MULTIPLIERS[after]))
            i += 2
            continue
        if value is not None and (
            after in SCALES or (w not in ("a", "an") and (value >= 10 or after in _MEASURES))
        ):
            out.append(str(value))
        else:
            out.append(w)
        i += 1
    return out


@by_words("fact_stems", encode_strings, decode_strings)
def fact_stems(words: Sequence[str]) -> frozenset[str]:
    """Content stems with each amount as one word: "20,000" (two tokens) -> "20000", "6
    billion" -> "6billion", so two articles share one rare figure, not the everyday "20"
    and "000" or "6" and "billion"; figures in words as digits ("three million" ->
    "3million", "two dozen" -> "24"); an irregular or same-fact word in its one form
    ("met" -> "meet", "killed" -> "die")."""
    joined: list[str] = []
    for w in map(base_form, _in_digits(words)):
        if joined and joined[-1].isdigit() and len(w) == 3 and w.isdigit():
            joined[-1] += w  # the tokenizer splits "20,000" at the comma
        elif joined and w in SCALES and joined[-1].replace(".", "").isdigit():
            joined[-1] += w
        else:
            joined.append(w)
    return stems(joined)
