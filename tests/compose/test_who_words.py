"""The words of who a sentence names: people's names and the titles given them."""

from __future__ import annotations

import json

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo, who_words
from briefing.compose.corroboration import Corroboration
from briefing.compose.memo import BadValue
from briefing.compose.who_words import WhoWords
from briefing.model import Corpus, Document

# An invented story: a harbour, its league and new port rules, told by ten outlets.
FILLER = " ".join(f"The harbour rules were debated again on pier {w}." for w in "abcdefgh")


def corpus(*texts: str) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs)


def reporting(told: str, other: str, retold: str, topic: bool) -> list[int]:
    """The sources reporting ``told``'s fact by the † test, among ten outlets: ``told``,
    ``other`` and ``retold`` leading the first three; with ``topic``, reading what the
    statement is about too."""
    found = corpus(
        f"{told} {FILLER}",
        f"{other} {FILLER}",
        f"{retold} {FILLER}",
        *[f"{FILLER} Outlet {n} wrote it." for n in range(7)],
    )
    reports = Corroboration(found.sentences())
    who = WhoWords(found)
    reports.who = who.of
    if topic:
        reports.topic = who.topic
    return reports.reporting_sources(found.docs[0].sentences[0], anchored=True)


def test_a_persons_name_and_title_are_who_words() -> None:
    found = corpus("Dana Roe, an attorney for the Harbour League, said the rules are late.")
    who = WhoWords(found).of(found.docs[0].sentences[0])
    assert {"roe", "attorney"} <= who
    assert not {"rule", "late"} & who


def test_a_title_before_a_name_is_who_as_the_text_spells_it() -> None:
    found = corpus("Harbour Rep. Dana Roe, R-Ore., agreed that the mooring debate was late.")
    who = WhoWords(found).of(found.docs[0].sentences[0])
    assert {"harbour", "rep", "roe", "r-ore"} <= who
    assert not {"moor", "debat", "late"} & who


def test_the_same_person_on_another_matter_reports_no_fact() -> None:
    told = (
        "Dana Roe, an attorney for the Harbour League, said the mooring rules for tankers "
        "are long overdue and badly drafted."
    )
    other = "Dana Roe, an attorney for the Harbour League, said the permits were a rubber stamp."
    retold = "Dana Roe called the mooring rules for tankers long overdue."
    assert reporting(told, other, retold, topic=False) == [1, 3]


def test_the_topic_is_the_subject_phrase_of_the_main_clause() -> None:
    found = corpus(
        "Poverty on the Calder Creek Indian reservation makes it the poorest county in Ohio."
    )
    topic = WhoWords(found).topic(found.docs[0].sentences[0])
    assert {"poverti", "calder", "creek", "indian", "reserv"} <= topic
    assert not {"poorest", "counti", "ohio"} & topic


def test_the_topic_leaves_out_words_the_rest_of_the_clause_repeats() -> None:
    found = corpus("The harbour board said the harbour needs a second pier.")
    topic = WhoWords(found).topic(found.docs[0].sentences[0])
    assert "harbour" not in topic


def test_the_same_topic_on_another_matter_reports_no_fact() -> None:
    told = "Poverty on the Calder Creek Indian reservation makes it the poorest county."
    other = "An activist proposed a liquor store near the Calder Creek Indian reservation."
    retold = "The Calder Creek Indian reservation lies in the poorest county."
    # Without the topic, the reservation alone anchored the second article.
    assert reporting(told, other, retold, topic=False) == [1, 2, 3]
    assert reporting(told, other, retold, topic=True) == [1, 3]


def test_a_name_or_title_of_another_person_is_no_word_in_common() -> None:
    found = corpus(
        "Gov. Ann Vale of Ohio vetoed the harbour levy on Friday.",
        "Gov. Ann Berg of Iowa signed the harbour levy on Friday.",
        "Gov. Vale vetoed the harbour levy on Friday.",
    )
    who = WhoWords(found)
    told, other, retold = (doc.sentences[0] for doc in found.docs)
    shared = frozenset({"gov", "ann", "harbour", "levi", "friday"})
    assert who.same_roles(told, other, shared) == {"harbour", "levi", "friday"}
    assert who.same_roles(told, retold, shared) == shared


def test_a_title_of_one_word_is_no_body_of_the_same_stem() -> None:
    found = corpus(
        "The harbour bill passed the Senate on Friday.",
        "Senator Ann Vale is the last roadblock to the harbour bill.",
    )
    who = WhoWords(found)
    told, other = (doc.sentences[0] for doc in found.docs)
    assert who.titles_and_bodies(told)[1] == {"senat"}
    assert who.same_roles(told, other, frozenset({"senat", "harbour", "bill"})) == {
        "harbour",
        "bill",
    }


def test_what_a_parse_tells_of_who_is_read_back_from_the_articles_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = corpus("Senator Dana Roe, an attorney for the Harbour League, said the rules are late.")
    (sentence,) = found.docs[0].sentences
    article_memo.forget()
    people = WhoWords(found).people(sentence)
    titles = WhoWords(found).titles_and_bodies(sentence)
    assert people[0] and "senat" in titles[0] | titles[1]
    (answers,) = article_memo.export([found.docs[0].document.text])
    article_memo.forget()
    text = found.docs[0].document.text
    article_memo.load(article_memo.decode_answers(json.loads(json.dumps(answers)), text, 1))

    def unread(*_: object) -> None:
        raise AssertionError("the parse was read again")

    monkeypatch.setattr(who_words, "sentence_tokens", unread)
    assert WhoWords(found).people(sentence) == people
    assert WhoWords(found).titles_and_bodies(sentence) == titles


@pytest.mark.parametrize(
    ("memo", "value"),
    [
        ("sentence_people", [[["roe"], ["dana", "roe"]], ["rule"]]),  # two sets, not three
        ("sentence_people", [[[["roe"], ["roe"], [1]]], []]),
        ("sentence_people", [[], ["rule"], []]),
        ("sentence_titles", [["senat"]]),
        ("sentence_titles", [["senat"], [None]]),
    ],
)
def test_a_tampered_stored_reading_of_who_is_refused(memo: str, value: object) -> None:
    with pytest.raises(BadValue):
        article_memo.ARTICLE_MEMOS[memo].decode(value)
