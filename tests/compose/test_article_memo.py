"""Per-article memos: one call per article and arguments, answers exported per article as
JSON and checked strictly when read back."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from briefing.compose import article_memo, clarity, events, short_names
from briefing.compose.actors import referents
from briefing.compose.actors.filters import junk_spans
from briefing.compose.actors.forms import article_forms, decode_form_rows
from briefing.compose.concept_ilp import article_concepts, first_concepts
from briefing.compose.memo import BadValue
from briefing.model import AnalysedDocument, Document, Mention, Sentence


def article(text: str) -> AnalysedDocument:
    sentences = []
    for i, part in enumerate(text.split(". ")):
        words = part.lower().rstrip(".").split()
        sentences.append(Sentence(0, i, 0, part, 0, len(part), words))
    mentions = [Mention("Acme Corp", "ORG", 0, 9, 0)] if text.startswith("Acme Corp") else []
    return AnalysedDocument(Document("a.txt", text), sentences, mentions)


@pytest.fixture
def counted() -> Iterator[tuple[object, list[str]]]:
    calls: list[str] = []

    @article_memo.by_article("test_length", lambda v: v, lambda v: v)
    def fn(adoc, plus=0):
        calls.append(adoc.document.text)
        return len(adoc.document.text) + plus

    yield fn, calls
    del article_memo.ARTICLE_MEMOS["test_length"]


def test_by_article_remembers_per_article_and_arguments(counted) -> None:
    fn, calls = counted
    a, b = article("Rates rose."), article("Prices fell sharply.")
    assert fn(a) == 11 and fn(a) == 11 and fn(a, 1) == 12 and fn(b) == 20
    assert calls == ["Rates rose.", "Rates rose.", "Prices fell sharply."]
    with pytest.raises(ValueError, match="test_length"):
        article_memo.by_article("test_length", lambda v: v, lambda v: v)(lambda adoc: 0)


def test_a_memo_asked_with_the_function_to_run_remembers_its_answers() -> None:
    """A memo whose answer needs more than plain arguments (the alias finder of a build)
    is registered without a function and asked with one."""
    memo = article_memo.article_memo("test_asked", __name__, lambda v: v, lambda v: v)
    try:
        assert article_memo.ARTICLE_MEMOS["test_asked"] is memo
        a = article("Rates rose.")
        assert memo.ask(a, ("x",), lambda adoc, _: 1) == 1
        assert memo.ask(a, ("x",), lambda adoc, _: 2) == 1  # known: not run again
        assert memo.ask(a, ("y",), lambda adoc, tag: tag) == "y"
        with pytest.raises(LookupError, match="test_asked"):
            memo.ask(a, ("z",))  # no function of its own
        with pytest.raises(ValueError, match="test_asked"):
            article_memo.article_memo("test_asked", __name__, lambda v: v, lambda v: v)
    finally:
        del article_memo.ARTICLE_MEMOS["test_asked"]


def test_export_then_decode_gives_the_same_answers() -> None:
    a = article("Acme Corp said rates rose. Officials in Paris agreed.")
    article_memo.forget()
    want = (junk_spans(a), article_forms(a), article_concepts(a, True))
    assert want[2] == first_concepts([(s.index, s.words) for s in a.sentences], True)
    exported = article_memo.export([a.document.text, "another text"])
    assert exported[1] == {}
    # Concepts are not stored per article: compose.concept_totals keeps their sums.
    assert set(exported[0]) == {"junk_spans", "article_forms"}
    article_memo.forget()
    found = article_memo.decode_answers(
        json.loads(json.dumps(exported[0])), a.document.text, len(a.sentences)
    )
    article_memo.load(found)
    memos = article_memo.ARTICLE_MEMOS
    assert memos["article_forms"].values[(a.document.text,)] == want[1]
    assert want[1] and want[1][0][:3] == ["f", "acme", "Acme Corp"]  # the suffix out of the key
    assert memos["article_concepts"].values == {}


@pytest.mark.parametrize(
    "answers",
    [
        {"os.system": [[[], []]]},
        {"junk_spans": [[[], [[0, "9"]]]]},
        {"junk_spans": [[[{}], []]]},
        {"article_concepts": [[[True], [["rate"], ["rose"], [1]]]]},  # a memo not stored
        {"article_concepts": [[[True], [["rate"], ["rose"], [1.5]]]]},
        {"article_concepts": [[[True], [["rate"], ["rose"], []]]]},
        {"article_concepts": [[[True], [["rate", "rose", 1]]]]},
        {"article_forms": [[[], [["f", "acme", "Acme", 0, "ORG", False, False, None]]]]},
        {"article_forms": [[[], [["x", "acme", "ORG"]]]]},
        ["junk_spans"],
    ],
)
def test_a_value_not_written_by_export_is_refused(answers: object) -> None:
    with pytest.raises(BadValue):
        article_memo.decode_answers(answers, "text", 1)


# Values of the right types that do not fit the article: a span past its end or before
# its start, names out of order or overlapping (``EventIndex.names_in`` bisects them), a
# sentence index below zero ("used before" every sentence), a name starting past the end,
# a name the article does not give, a name filed under another's key.
_FIT_TEXT = "Mara Voss said the port of Kestrel would close."
_FORM_REST = ["PERSON", False, "", None, ""]  # an article_forms row after its start


@pytest.mark.parametrize(
    "answers",
    [
        {"junk_spans": [[[], [[5, 900]]]]},
        {"junk_spans": [[[], [[-3, 4]]]]},
        {"event_names": [[[], [[6, 7, "kestrel"], [0, 2, "mara voss"]]]]},
        {"event_names": [[[], [[0, 2, "mara voss"], [1, 3, "voss"]]]]},
        {"people_named": [[[], [[0, 9999, "voss"]]]]},
        {"people_named": [[[], [[9, 9, "voss"]]]]},
        {"first_stems": [[[], [["mara"], [-1]]]]},
        {"article_forms": [[[], [["f", "voss", "Voss", 10**9, *_FORM_REST]]]]},
        {"article_forms": [[[], [["f", "ivo petrov", "Ivo Petrov", 0, *_FORM_REST]]]]},
        {"article_forms": [[[], [["f", "kestrel", "Mara Voss", 0, *_FORM_REST]]]]},
        # Names that decide who is a person (s29): each must be written in the article.
        {"article_surnames": [[[], ["Voss", "Petrov"]]]},
        {"article_speakers": [[[], [["Petrov"], [], []]]]},
        {"article_speakers": [[[], [["Voss"], [["Kestrel", 2]], []]]]},  # written once
        {"article_speakers": [[[], [["Voss"], [], [["Petrov", 1]]]]]},
    ],
)
def test_a_value_that_does_not_fit_its_article_is_refused(answers: object) -> None:
    assert events.article_names and referents.article_people and short_names.first_stems
    assert clarity.article_speakers  # its memos are registered
    with pytest.raises(BadValue, match="fit"):
        article_memo.decode_answers(answers, _FIT_TEXT, 1)


def test_values_that_fit_their_article_are_taken() -> None:
    answers = {
        "event_names": [[[], [[0, 2, "mara voss"], [6, 7, "kestrel"]]]],
        "people_named": [[[], [[0, 9, "voss"]]]],
        "junk_spans": [[[], [[0, 47], [5, 9]]]],
        "article_forms": [[[], [["f", "kestrel police", "Kestrel Police", 27, *_FORM_REST]]]],
        "article_surnames": [[[], ["Voss"]]],
        "article_speakers": [[[], [["Voss"], [["Kestrel", 1]], []]]],
    }
    found = article_memo.decode_answers(answers, _FIT_TEXT, 1)
    assert [value for _, (_, value) in found] == [
        [(0, 2, "mara voss"), (6, 7, "kestrel")],
        [(0, 9, "voss")],
        [(0, 47), (5, 9)],
        [["f", "kestrel police", "Kestrel Police", 27, *_FORM_REST]],
        frozenset({"Voss"}),
        (frozenset({"Voss"}), {"Kestrel": 1}, {}),
    ]


def test_form_rows_keep_their_types() -> None:
    row = ["f", "acme", "Acme", 0, "ORG", False, "sen", "france", ""]
    assert decode_form_rows([row, ["o", "eiffel tower", "FAC"]]) == [
        row,
        ["o", "eiffel tower", "FAC"],
    ]
    with pytest.raises(BadValue):
        decode_form_rows([[*row[:3], True, *row[4:]]])  # a bool where the offset goes
    with pytest.raises(BadValue):
        decode_form_rows([row[:-1]])  # a row of the layout before the gender cue
    with pytest.raises(BadValue):
        decode_form_rows([[*row[:6], True, *row[7:]]])  # the layout before the title word
    with pytest.raises(BadValue):
        decode_form_rows([[*row[:8], False, row[8]]])  # the layout with "The" inside the name


def test_answers_learnt_in_a_child_are_absorbed(counted) -> None:
    fn, calls = counted
    before = article_memo.mark()
    fn(article("Rates rose."))
    learnt = article_memo.learnt_since(before)
    article_memo.forget()
    article_memo.absorb(learnt)
    assert fn(article("Rates rose.")) == 11 and calls == ["Rates rose."]


def test_pairs_read_back_of_their_kind_only() -> None:
    assert article_memo.decode_pairs([[1, 4], [5, 9]], int, "spans", "a span") == [(1, 4), (5, 9)]
    assert article_memo.decode_pairs([["Acme", "plan"]], str, "pairs", "a pair") == [
        ("Acme", "plan")
    ]
    with pytest.raises(BadValue, match="a span"):
        article_memo.decode_pairs([[True, 4]], int, "spans", "a span")
    with pytest.raises(BadValue, match="a pair"):
        article_memo.decode_pairs([["Acme", 3]], str, "pairs", "a pair")
    with pytest.raises(BadValue, match="spans"):
        article_memo.decode_pairs({"a": 1}, int, "spans", "a span")


@pytest.mark.parametrize(
    ("found", "text", "fits"),
    [
        ({"harbour", "ferry"}, "the ferry left the harbour", True),
        ({"harb"}, "the ferry left the harbour", True),  # a part of a word is written too
        ({"u.s.", "ferry"}, "a u.s. ferry", True),  # not a run of letters: searched for
        ({"ferries"}, "the ferry left", False),
        (set(), "", True),
        ({"x"}, "", False),
    ],
)
def test_all_written_is_a_search_for_each_string(found: set[str], text: str, fits: bool) -> None:
    assert article_memo.all_written(found, text) is fits
    assert article_memo.all_written(found, text) is all(w in text for w in found)


@pytest.mark.parametrize(
    ("counted", "text", "fits"),
    [
        ({"Dorvan": 2}, "Dorvan met Dorvan", True),
        ({"Dorvan": 3}, "Dorvan met Dorvan", False),
        ({"Dor": 2}, "Dorvan met Dorvan", True),  # inside runs: counted as str.count does
        ({"aa": 2}, "aaa", False),  # occurrences overlap: str.count finds one
        ({"St.": 2}, "St. Ilse and St. Aren", True),
        ({}, "", True),
    ],
)
def test_counts_written_counts_as_str_count(counted: dict[str, int], text: str, fits: bool) -> None:
    assert article_memo.counts_written(counted, text) is fits
    assert fits is all(text.count(w) >= n for w, n in counted.items())


# Each stored memo whose values name sentences, with a value naming sentence ``i``:
# callers index the article's sentences with it.
_INDEXED: dict[str, Callable[[int], list[Any]]] = {
    "article_counts": lambda i: [[i, 80, "", ["port"]]],
    "done_clauses": lambda i: [[i, [["port"]]]],
    "article_initials": lambda i: [[i, ["MV"]]],
    "that_sentences": lambda i: [i],
    "agreeing_sentences": lambda i: [i],
    "leaning_sentences": lambda i: [i],
    "unknown_screened": lambda i: [i],
    "question_cues": lambda i: [[i], []],
    "first_stems": lambda i: [["port"], [i]],
    "date_mention_reads": lambda i: [[i, 0, 4, "skip"]],
    "short_name_reads": lambda i: [[i, 0, 4, "port"]],
    "article_demonstratives": lambda i: [[i, 0, 4, "port"]],
    "article_corrections": lambda i: [[0, i, "", ""]],
    "digest_sentences": lambda i: [[i, []]],
}


@pytest.mark.parametrize("name", sorted(_INDEXED))
def test_a_sentence_index_past_the_article_s_last_sentence_is_refused(name: str) -> None:
    # An index below the text's length but past the last sentence passed the checks
    # that bounded indices by the text (a tampered compose cache entry failed the build
    # with IndexError where a caller indexed the article's sentences with it).
    from briefing.compose import (
        digests,
        leaning,
        name_reading,
        rough_counts,
        sentence_dates,
        unanchored,
    )
    from briefing.compose.questions import answers, candidates, unknowns

    assert digests and leaning and name_reading and rough_counts and sentence_dates
    assert unanchored and answers and candidates and unknowns  # their memos are registered
    memo = article_memo.ARTICLE_MEMOS[name]
    assert memo.fits(memo.decode(_INDEXED[name](1)), _FIT_TEXT, 2)
    with pytest.raises(BadValue, match="fit"):
        article_memo.decode_answers({name: [[[], _INDEXED[name](2)]]}, _FIT_TEXT, 2)


def test_runs_written_finds_each_string_as_a_run_or_by_search():
    text = "Mayor Ada Quell of Brindle-on-Sea said: the levy stays."
    assert article_memo.runs_written({"Quell", "Brindle", "on-Sea", "levy stays"}, text)
    assert not article_memo.runs_written({"Quell", "Quelling"}, text)
    assert article_memo.text_runs(text)["Sea"] == 1
    assert article_memo.text_runs(text) is article_memo.text_runs(text)  # read once


def test_lower_written_reads_the_text_in_lower_case():
    text = "The Levy Board met. A levy of 2% was set by BOARD members."
    assert article_memo.lower_written({"levy", "board", "the", "members"}, text)
    assert article_memo.lower_written({"of 2%"}, text)  # searched for
    assert not article_memo.lower_written({"Levy"}, text)  # written only in lower case
    assert not article_memo.lower_written({"tax"}, text)
    accented = "Élise Brun and ÉLISE spoke."  # no ASCII: every word searched for
    assert article_memo.lower_written({"élise", "brun"}, accented)
    assert not article_memo.lower_written({"Élise"}, accented)


def test_counts_written_counts_runs_and_searches_the_rest():
    text = "Pell and the Pells met Pell; Pell-Ray came."
    assert article_memo.counts_written({"Pell": 4, "Pells": 1, "and the": 1}, text)
    assert not article_memo.counts_written({"Pell": 5}, text)
