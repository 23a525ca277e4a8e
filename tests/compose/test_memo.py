"""Per-sentence memos: one call per distinct words or text, answers exported per article
as JSON and checked strictly when read back."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from briefing.compose import memo
from briefing.compose.concept_ilp import bigrams
from briefing.compose.definites import definite_sites
from briefing.compose.disputes import rejection
from briefing.compose.fact_words import fact_stems, stems
from briefing.compose.near_duplicates import content_stems
from briefing.model import Sentence


@pytest.fixture
def joined() -> Iterator[tuple[object, list[list[str]]]]:
    calls: list[list[str]] = []

    @memo.by_words("test_joined")
    def fn(words, sep="-"):
        calls.append(list(words))
        return sep.join(words)

    yield fn, calls
    del memo.MEMOS["test_joined"]


def sentence(i: int, text: str) -> Sentence:
    return Sentence(0, i, 0, text, 0, len(text), text.lower().rstrip(".").split())


def test_by_words_remembers_per_words_and_arguments(joined) -> None:
    fn, calls = joined
    assert fn(["a", "b"]) == "a-b"
    assert fn(("a", "b")) == "a-b"  # a list and a tuple of the same words: one call
    assert fn(["a", "b"], "+") == "a+b"
    assert fn(["b", "a"]) == "b-a"
    assert calls == [["a", "b"], ["a", "b"], ["b", "a"]]


def test_two_memos_cannot_share_a_name(joined) -> None:
    with pytest.raises(ValueError, match="test_joined"):
        memo.by_words("test_joined")(lambda words: 0)


def test_a_full_memo_still_answers_without_keeping(joined) -> None:
    fn, calls = joined
    m = memo.MEMOS["test_joined"]
    m.limit = 1
    try:
        assert fn(["x"]) == "x" and fn(["y"]) == "y" and fn(["y"]) == "y"
        assert calls == [["x"], ["y"], ["y"]]  # "y" came past the limit: asked again
    finally:
        m.limit = memo.SENTENCE_MEMO


def test_export_then_decode_gives_the_same_answers() -> None:
    memo.forget()
    a = [sentence(0, "Rates rose sharply."), sentence(1, "Officials denied it.")]
    b = [sentence(0, "Rates rose sharply.")]  # the same sentence in another article
    want = {
        i: (content_stems(s.words), bigrams(s.words, False), bigrams(s.words, True))
        for i, s in enumerate(a)
    }
    exported = memo.export([a, b])
    assert [row[0] for row in exported[1]["content_stems"]] == [0]
    memo.forget()
    found = memo.decode_answers(json.loads(json.dumps(exported[0])), a)
    memo.load(found)
    for i, s in enumerate(a):
        key = (tuple(s.words),)
        assert memo.MEMOS["content_stems"].values[key] == want[i][0]
        assert (*key, False) not in memo.MEMOS["bigrams"].values  # not kept across builds


@pytest.mark.parametrize(
    "answers",
    [
        [],
        {"no_such_memo": [[0, [], []]]},
        {"content_stems": [[5, [], ["rate"]]]},  # no sentence 5
        {"content_stems": [[True, [], ["rate"]]]},  # an index must be an int
        {"content_stems": [[0, [["nested"]], ["rate"]]]},  # arguments are plain values
        {"content_stems": [[0, [], "rate"]]},  # a set of strings is a list
        {"content_stems": [[0, [], [1, 2]]]},
        {"content_stems": [[0, [], ["rate", None]]]},
        {"content_stems": [[0, [{}], ["rate"]]]},
        {"bigrams": [[0, [False], [["rate", "rose"]]]]},  # bigrams are not kept
        {"may_ask": [[0, [False], 1]]},
        {"reads_alone": [[0, [3], "yes"]]},
        {"rejection": [[0, [], [1, 2, "x", True]]]},  # fields missing
        {"rejection": [[0, [], [1, 2, "x", "yes", False, False, False]]]},
        {"content_stems": [[0, []]]},
        # A row naming another memo's set: one that holds a set of the same type for the
        # same sentence and arguments, with no value of its own.
        {"stems": [[0, [], None, "content_stems"]]},  # no such row
        {"content_stems": [[0, [], ["rate"]]], "stems": [[0, [], None, "may_ask"]]},
        {"content_stems": [[0, [], ["rate"]]], "stems": [[0, [], None, "nothing"]]},
        {"content_stems": [[0, [], ["rate"]]], "stems": [[0, [], ["x"], "content_stems"]]},
        {"may_ask": [[0, [False], True]], "reads_alone": [[0, [False], None, "may_ask"]]},
        {"content_stems": [[0, [], ["rate"]]], "stems": [[0, [1], None, "content_stems"]]},
    ],
)
def test_values_not_written_by_export_are_refused(answers: object) -> None:
    with pytest.raises(memo.BadValue):
        memo.decode_answers(answers, [sentence(0, "Rates rose.")])


def test_a_set_equal_to_another_memos_is_stored_once() -> None:
    memo.forget()
    a = [sentence(0, "Officials denied the report."), sentence(1, "Varga's aides met.")]
    want = [(content_stems(s.words), stems(s.words), fact_stems(s.words)) for s in a]
    assert want[0][0] == want[0][1] == want[0][2] and want[1][0] != want[1][1]
    exported = memo.export([a])[0]
    rows = {name: {row[0]: row[2:] for row in exported[name]} for name in want_names()}
    kept = [name for name in want_names() if len(rows[name][0]) == 1]
    assert len(kept) == 1  # sentence 0's set is written once; the other two name it
    assert all(rows[name][0] == [None, kept[0]] for name in want_names() if name != kept[0])
    assert len(rows["stems"][1]) == 1  # sentence 1: "varga" is not "varga'" (a set of its own)
    memo.forget()
    found = memo.decode_answers(json.loads(json.dumps(exported)), a)
    memo.load(found)
    for s, sets in zip(a, want, strict=True):
        got = [memo.MEMOS[name].values[(tuple(s.words),)] for name in want_names()]
        assert got == list(sets)
    first = [memo.MEMOS[name].values[(tuple(a[0].words),)] for name in want_names()]
    assert first[0] is first[1] is first[2]  # one set in memory too


def test_memos_of_one_sentence_share_its_decoded_key() -> None:
    memo.forget()
    a = [sentence(0, "Varga's aides met."), sentence(1, "Officials denied the report.")]
    for s in a:
        content_stems(s.words), stems(s.words), fact_stems(s.words)
    exported = memo.export([a])[0]
    found = memo.decode_answers(json.loads(json.dumps(exported)), a)
    by_index: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for m, (key, _) in found:
        if m.name in want_names():
            by_index.setdefault(key[0], []).append(key[0])
    assert set(by_index) == {tuple(s.words) for s in a}
    for keys in by_index.values():  # one tuple of words per sentence, held by every memo
        assert len(keys) == 3 and all(k is keys[0] for k in keys)


def want_names() -> tuple[str, str, str]:
    return ("content_stems", "stems", "fact_stems")


def test_value_codecs_round_trip() -> None:
    pairs = frozenset({("rate", "rose"), ("rose", "")})
    assert memo.decode_pairs(json.loads(json.dumps(memo.encode_pairs(pairs)))) == pairs
    words = frozenset({"rate", "rose"})
    assert memo.decode_strings(memo.encode_strings(words)) == words
    assert memo.decode_bool(False) is False


# A hostile compose cache (s29): a stored answer of the right types that is no reading of
# its sentence. A rejection's heading or claim in words the sentence does not write would
# be shown as a dispute; a description's place past the text or names it does not write
# would steer the editor's notes.
_SAID = "Mara Voss of Kestrel Mills denied that the company would close the river mill."
_REST = [False, True, False, False]  # points back, bare, named, unsupported
_TAMPERED = [
    {"rejection": [[0, [], [27, 77, " the mayor took bribes", *_REST, "", False]]]},
    {"rejection": [[0, [], [27, 77, " the company would close", *_REST, "Lies", False]]]},
    {"rejection": [[0, [], [27, 900, " the company would close", *_REST, "", False]]]},
    {"definite_sites": [[0, [], [[39, 45, "company", ["Mara"], None, False]]]]},  # no head there
    {"definite_sites": [[0, [], [[39, 50, "company", ["Ivo"], None, False]]]]},
    {"definite_sites": [[0, [], [[39, 50, "company", [], ["Ivo Petrov"], False]]]]},
    {"definite_sites": [[0, [], [[900, 907, "company", [], None, False]]]]},
]


@pytest.mark.parametrize("answers", _TAMPERED)
def test_a_stored_reading_that_does_not_fit_its_sentence_is_refused(answers: object) -> None:
    assert rejection and definite_sites  # their memos are registered
    with pytest.raises(memo.BadValue, match="fit"):
        memo.decode_answers(answers, [sentence(0, _SAID)])


def test_the_stored_readings_of_a_sentence_fit_it() -> None:
    memo.forget()
    told = rejection(_SAID), definite_sites(_SAID)
    assert told[0] is not None and told[1]
    exported = memo.export([[sentence(0, _SAID)]])[0]
    found = memo.decode_answers(json.loads(json.dumps(exported)), [sentence(0, _SAID)])
    values = {m.name: value for m, (_, value) in found}
    assert (values["rejection"], values["definite_sites"]) == told
