"""Line keys for comparing near-identical lines (``briefing.ingest.text``)."""

from __future__ import annotations

import re

from briefing.ingest.text import normalise_key, normalise_space
from briefing.lang.words import tokens


def _per_word(text: str) -> str:
    # The definition: each word lower-cased on its own, curly apostrophes made straight.
    return " ".join(w.lower().replace("\u2019", "'") for w in tokens(text))


def test_key_is_the_lower_cased_words() -> None:
    assert normalise_key("Photo: Anna Berg’s HARBOUR, 2024!") == "photo anna berg's harbour 2024"
    assert normalise_key(" -- ") == ""


def test_key_lower_cases_as_each_word_alone_would() -> None:
    # Greek word-final sigma, dotted capital I (lower-cases to two characters), German
    # sharp s, a titlecase digraph: lower-casing the joined line gives what lower-casing
    # word by word gives.
    for line in ["ΟΔΟΣ ΑΣ ΣΑ Σ", "İstanbul İ", "STRAßE ǅemal", "ΟΔΟΣ’Σ x_ΑΣ", "Ⅻ ﬁne U.S."]:
        assert normalise_key(line) == _per_word(line)


def test_normalise_space_collapses_runs_of_spaces_but_not_line_breaks() -> None:
    assert normalise_space("  a  b\tc\u00a0d\u2003 e\n\nf ") == "a b c d e\n\nf"
    assert normalise_space("one space each\n") == "one space each"
    assert normalise_space("caf\u0065\u0301 \u200bx") == "café x"


def test_normalise_space_collapses_every_kind_of_space() -> None:
    # Unicode spaces and ASCII controls that ``\s`` matches are spaces too; a run of
    # spaces holding line breaks is one break, or a blank line when it held two or more.
    odd = "\u1680\u2028\u2029\x85\x0b\x0c\r\x1c\x1d\x1e\x1f"
    assert normalise_space(f"a{odd}b") == "a b"
    assert normalise_space("a \n \t b") == "a\nb"
    assert normalise_space("a \n \n\n  \nb") == "a\n\nb"
    assert normalise_space("plain words") == "plain words"


def test_no_run_of_spaces_survives_normalising() -> None:
    # Patterns that open with ``\s*`` are quadratic on a long run of spaces: none is left.
    for space in ("\u2028", "\u1680", "\n", "\n ", " \u2029"):
        text = normalise_space("a" + space * 50_000 + "b")
        assert max(len(run) for run in re.findall(r"\s+", text)) <= 2
