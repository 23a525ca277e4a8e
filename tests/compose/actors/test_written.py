"""Lower-case counts kept across builds: continuing them gives the very counts of counting
every text, and a folder that lost or changed a text counts again."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from briefing.compose.actors import written
from briefing.compose.actors.written import (
    Counts,
    lower_counts,
    phrase_counts,
    text_digest,
    word_runs,
)

TEXTS = [
    "The harbour board voted on human rights. Harbour Board members said human rights matter.",
    "Riders of the ferry line protested; the ferry line is a lifeline, said Petra Orsk.",
    "A human rights group and the Ferry Line's owners met. superhuman rightsholders came.",
    "The board will meet on Friday about the ferry line and human rights, Orsk said.",
    "ferry line ferry line ferry line; the harbour board again.",
]
PHRASES = ["human rights", "ferry line", "harbour board", "petra orsk", "the ferry line is"]


def counted(texts: list[str], phrases: list[str]) -> tuple[Counter[str], Counter[str]]:
    """What the counts are by definition: ``LOWER_WORD_RE`` words, ``str.count`` phrases."""
    words = Counter(w for t in texts for w in re.findall(r"\b[a-z][a-z-]*\b", t))
    return words, Counter({p: n for p in phrases if (n := sum(t.count(p) for t in texts))})


@pytest.fixture(autouse=True)
def nothing_kept() -> None:
    written.load(None)


def test_phrase_counts_are_what_str_count_gives() -> None:
    texts = [
        "human rights and superhuman rights; Human Rights, human  rights, human rightsholders",
        "x y x y x then x y\nx and new york new york new",
        "ends with human",
        "rights first",
    ]
    phrases = ["human rights", "x y x", "new york new", "human rights and", "with human rights"]
    counts = phrase_counts(phrases, texts)
    for phrase in phrases:
        assert counts[phrase] == sum(text.count(phrase) for text in texts), phrase
    assert counts["human rights"] == 3  # inside a longer word too, as str.count


def test_phrase_counts_match_str_count_on_random_texts() -> None:
    rng = random.Random(39)
    alphabet = ["ab", "a", "b", "ba", "abab", " ", " ", "  ", "\n", ",", "-"]
    texts = ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(6)]
    phrases = list({f"{rng.choice(['a', 'b', 'ab', 'ba'])} {rng.choice(['a', 'b', 'ab'])}"
                    for _ in range(30)} | {"a b a", "ab ab ab", "b a b a"})  # fmt: skip
    counts = phrase_counts(phrases, texts)
    for phrase in phrases:
        assert counts[phrase] == sum(text.count(phrase) for text in texts), phrase


def test_a_first_build_counts_every_text_and_keeps_its_counts() -> None:
    words, phrases = lower_counts(TEXTS, PHRASES)
    assert (words, phrases) == counted(TEXTS, PHRASES)
    kept = written.changed()
    assert kept is not None
    assert kept.articles == sorted(text_digest(t) for t in TEXTS)
    assert kept.phrases["ferry line"] == 6 and kept.phrases["petra orsk"] == 0
    assert kept.words["harbour"] == 2 and "Harbour" not in kept.words
    assert kept.runs == {w for t in TEXTS for w in re.findall(r"\w+", t)} == word_runs(TEXTS)


@pytest.mark.parametrize("few", [100, 0])  # new phrases one by one, or by the index
def test_a_grown_folder_continues_the_kept_counts(
    few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(written, "FEW_PHRASES", few)
    lower_counts(TEXTS[:3], PHRASES[:3])
    kept = written.changed()
    written.load(kept)
    grown = [TEXTS[4], *TEXTS[:3], TEXTS[3], TEXTS[0]]  # reordered, one text twice
    seen: list[list[str]] = []
    real = written.phrase_counts
    monkeypatch.setattr(
        written, "phrase_counts", lambda ps, ts: seen.append(list(ts)) or real(ps, ts)
    )
    assert lower_counts(grown, PHRASES) == counted(grown, PHRASES)
    # Only the texts the kept counts lack were indexed (all of them for many new phrases).
    assert sorted(seen[0]) == sorted([TEXTS[4], TEXTS[3], TEXTS[0]])
    assert len(seen) == (1 if few else 2) and (few or seen[1] == grown)
    again = written.changed()
    assert again is not None and again.articles == sorted(map(text_digest, grown))
    assert word_runs(grown) == {w for t in grown for w in re.findall(r"\w+", t)} == again.runs
    assert set(again.phrases) == set(PHRASES)


def test_the_same_texts_and_phrases_store_nothing_new() -> None:
    lower_counts(TEXTS, PHRASES)
    written.load(written.changed())
    assert lower_counts(list(reversed(TEXTS)), PHRASES) == counted(TEXTS, PHRASES)
    assert written.changed() is None


def test_a_folder_that_lost_a_text_counts_everything_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lower_counts(TEXTS, PHRASES)
    written.load(written.changed())
    seen: list[list[str]] = []
    real = written.phrase_counts
    monkeypatch.setattr(
        written, "phrase_counts", lambda ps, ts: seen.append(list(ts)) or real(ps, ts)
    )
    fewer = TEXTS[1:]
    assert lower_counts(fewer, PHRASES) == counted(fewer, PHRASES)
    assert seen == [fewer]


def test_counts_a_forked_process_made_are_absorbed() -> None:
    made = Counts([text_digest("a b")], {"a": 1, "b": 1}, {"a b": 1}, frozenset({"a", "b"}))
    written.absorb(None)
    assert written.changed() is None
    written.absorb(made)
    assert written.changed() is made
