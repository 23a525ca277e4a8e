"""The windowed suffix search: spaCy's answers, reading only a token's end."""

from __future__ import annotations

import random
import re

from briefing.analyse.entities import load_nlp
from briefing.analyse.suffixes import WINDOW, WindowedSuffix, windowed

ALPHABET = ".)(]x1+'s%\n\"”-a…"


def spacy_suffixes() -> re.Pattern[str]:
    search = load_nlp().tokenizer.suffix_search
    assert isinstance(search.__self__, WindowedSuffix), "load_nlp installs the windowed search"
    return search.__self__.compiled


class Counted:
    """A compiled pattern that counts the characters its searches may read."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.read = 0

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        self.read += len(string) - pos
        return self.compiled.search(string, pos)


def span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def test_same_answers_as_the_whole_search_on_random_tokens() -> None:
    compiled = spacy_suffixes()
    fast = windowed(compiled)
    rng = random.Random(53)
    for _ in range(3000):
        size = rng.choice([1, 5, WINDOW - 1, WINDOW, WINDOW + 1, 200])
        token = "".join(rng.choice(ALPHABET) for _ in range(size))
        runs = rng.choice(["", "." * rng.randint(1, 150), ")" * rng.randint(1, 150)])
        token = rng.choice([token + runs, token + runs + "\n", runs + token])
        assert span(fast(token)) == span(compiled.search(token)), repr(token)


def test_a_token_of_nested_brackets_is_tokenized_as_before() -> None:
    nlp = load_nlp()
    compiled = spacy_suffixes()
    token = "(" * 300 + "Orla..." + ")" * 150 + "." * 80 + ")" * 150 + "'s"
    fast = [t.text for t in nlp.tokenizer(token)]
    nlp.tokenizer.suffix_search = compiled.search
    try:
        plain = [t.text for t in nlp.tokenizer(token)]
    finally:
        nlp.tokenizer.suffix_search = windowed(compiled)
    assert fast == plain and fast.count(")") == 300


def test_stripping_a_run_of_brackets_reads_each_character_a_bounded_number_of_times() -> None:
    # spaCy strips a run of ")" one at a time: the whole search read the token each
    # time (the square of its length); the window reads a constant.
    reads = []
    for n in (1000, 2000, 4000):
        counted = Counted(spacy_suffixes())
        fast = windowed(counted)  # type: ignore[arg-type]
        token = "Orla" + ")" * n
        while (found := fast(token)) is not None:
            token = token[: found.start()]
        reads.append(counted.read)
    assert reads[2] <= 2.2 * reads[1] <= 4.9 * reads[0]
    assert reads[2] <= (WINDOW + 1) * 4004


def test_a_pattern_of_other_unbounded_rules_keeps_its_own_search() -> None:
    for rule in (r"ab+$", r"[.)]+$|x$", r"(?m)\.$"):
        compiled = re.compile(rule)
        assert windowed(compiled) == compiled.search
    assert isinstance(windowed(re.compile(r"\)$|\.\.+$")).__self__, WindowedSuffix)


def test_the_tokenizer_still_serialises_its_own_pattern() -> None:
    assert load_nlp().tokenizer.suffix_search.__self__.pattern == spacy_suffixes().pattern
