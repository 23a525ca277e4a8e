"""Cache entries: what is written reads back equal, and a tampered entry is refused."""

from __future__ import annotations

import json

import pytest

from briefing.mapping.codec import BadEntry, decode, encode
from briefing.mapping.work import ArticleResult, MapSettings, analyse_articles
from briefing.model import Document


@pytest.fixture(scope="module")
def analysed(sample_documents: list[Document]) -> list[tuple[Document, ArticleResult]]:
    docs = sample_documents[:2]
    return list(zip(docs, analyse_articles(docs, MapSettings()), strict=True))


def test_round_trip_is_exact(analysed: list[tuple[Document, ArticleResult]]) -> None:
    for doc, result in analysed:
        back = decode(encode(result), doc.text)
        assert back.sentences == result.sentences
        assert back.mentions == result.mentions
        assert back.scores == result.scores
        assert back.parse == result.parse
        assert back.parse is not None and back.parse.text is doc.text


def test_entry_without_parse_round_trips(sample_documents: list[Document]) -> None:
    doc = sample_documents[0]
    (result,) = analyse_articles([doc], MapSettings(entities=False))
    assert decode(encode(result), doc.text) == result


def tampered(result: ArticleResult, change) -> bytes:
    data = json.loads(encode(result))
    change(data)
    return json.dumps(data).encode()


def _cycle(d: dict) -> None:
    heads = d["parse"]["columns"]["head"]
    heads[0], heads[1] = 1, 0


CASES = {
    "truncated": None,
    "not json": None,
    "other format": lambda d: d.update(format=99),
    "sentence past the text": lambda d: d["sentences"][-1].__setitem__(2, 10**7),
    "sentence as text": lambda d: d["sentences"].__setitem__(0, "x"),
    "nan score": lambda d: d["scores"].__setitem__(0, float("nan")),
    "score missing": lambda d: d["scores"].pop(),
    "bool score": lambda d: d["scores"].__setitem__(0, True),
    "mention of no sentence": lambda d: d["mentions"][0].__setitem__(3, 9999),
    "negative offset": lambda d: d["mentions"][0].__setitem__(1, -5),
    "head out of range": lambda d: d["parse"]["columns"]["head"].__setitem__(0, -1),
    "head cycle": _cycle,
    "huge number": lambda d: d["parse"]["columns"]["idx"].__setitem__(0, 2**80),
    "short column": lambda d: d["parse"]["columns"]["dep"].pop(),
    "unknown string": lambda d: d["parse"]["columns"]["pos"].__setitem__(0, 10**6),
    "entity past the end": lambda d: d["parse"]["ents"].__setitem__(1, 10**6),
    "byte column overflow": lambda d: d["parse"]["columns"]["flags"].__setitem__(0, 300),
    "missing key": lambda d: d.pop("mentions"),
    # A mention the analysis never writes: over the blank between two sentences (its
    # empty name failed a digest: known_people.people_before), or filed under a sentence
    # it is not in.
    "blank mention": lambda d: d["mentions"][0].__setitem__(
        slice(1, 4), [d["sentences"][0][2], d["sentences"][1][1], 0]
    ),
    "mention in another sentence": lambda d: d["mentions"][0].__setitem__(
        3, (d["mentions"][0][3] + 1) % len(d["sentences"])
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_tampered_entry_is_refused(
    case: str, analysed: list[tuple[Document, ArticleResult]]
) -> None:
    doc, result = analysed[0]
    if case == "truncated":
        raw = encode(result)[:-40]
    elif case == "not json":
        raw = b"\x80\x04\x95 pickle, not json"
    else:
        raw = tampered(result, CASES[case])
    with pytest.raises(BadEntry):
        decode(raw, doc.text)


def test_entry_for_another_text_is_refused(analysed: list[tuple[Document, ArticleResult]]) -> None:
    _, result = analysed[0]
    with pytest.raises(BadEntry):
        decode(encode(result), "short")
