"""How a headline is set as a title: title case for one written in capitals, keeping the
case other headlines give a word ("NORAVIA" as "NorAvia", "FDA"), abbreviations with dots
("U.S.") and wire tags ("(DW)"); the small words of English titles in lower case ("Doubts on
Executions"). A wire's part number at the end ("(1)") can be dropped (``without_part_number``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

# A wire's part number at a headline's end ("Smoking Ban Takes Effect (1)"): which piece of
# a multi-part story this is, nothing a reader of the headline needs.
PART_NUMBER_RE = re.compile(r"\s*\(\d{1,2}\)$")

# Words written in lower case inside a title-cased headline ("Doubts on Executions").
TITLE_MINOR_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
    "on", "or", "over", "per", "the", "to", "up", "via", "vs", "with",
})  # fmt: skip


def title_case(text: str, headlines: Sequence[str] = (), *, lower_too: bool = True) -> str:
    """``text`` in title case when it is written in capitals (or, with ``lower_too``, all in
    lower case); mixed case is kept as written. A word takes the case the mixed-case
    ``headlines`` write it with, if any."""
    if not (text.isupper() or (lower_too and text.islower())):
        return text
    written = _written_forms(tuple(headlines))
    out = []
    for i, word in enumerate(text.split()):
        low = word.lower()
        minor = bool(i) and low in TITLE_MINOR_WORDS
        if word.isupper() and ("." in word.rstrip(".") or word.startswith("(")):
            out.append(word)  # "U.S.", a wire tag "(HLW)"
        elif low in written and not minor:
            out.append(written[low])
        elif minor:
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:])
    return " ".join(out)


def without_part_number(headline: str) -> str:
    """The headline without a wire's part number at its end; as given if that is all it is."""
    return PART_NUMBER_RE.sub("", headline.rstrip()) or headline


# The source list asks for every title in capitals with the same headlines (all the
# brief's titles): worked out per call, 880 titles took 880 x 880 headline splits.
@lru_cache(maxsize=4)
def _written_forms(headlines: tuple[str, ...]) -> Mapping[str, str]:
    """Per lower-cased word, the form the mixed-case ``headlines`` write it in most often
    (the first seen among equals). Shared between calls: never changed by callers."""
    written: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for headline in headlines:
        if headline and not headline.isupper():
            for word in headline.split():
                if not word.islower():
                    written[word.lower()][word] += 1
    return {low: forms.most_common(1)[0][0] for low, forms in written.items()}
