"""A person named only by surname, or a thing told in the passive, is clear alone only
when the story is about them."""

from __future__ import annotations

import json
import re
import time

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.clarity import (
    StoryThings,
    _written_in_full,
    article_lowered,
    article_speakers,
    clear_subject,
    lowered_words,
    speakers,
    story_things,
    surnames,
    unplaced_figure,
)
from briefing.compose.memo import BadValue
from briefing.model import Document

KNOWN = frozenset({"Hallworth", "Pell", "McKenna", "Pryce", "Lindley"})
PEOPLE = frozenset({"Hallworth", "Pryce"})
STORY = frozenset({"bridg", "pell"})


@pytest.mark.parametrize(
    "text",
    [
        "Hallworth said the ferry could carry the lorries until the bridge reopens.",
        "McKenna believes the toll will fall next year.",
        "Hallworth's report found a crack in the main cable of the bridge.",
        "Hallworth, who inspected the bridge in May, found a crack in the cable.",
        "After a week of tests, Hallworth said the cable would hold.",
        "The cable will hold for another ten years, Hallworth said.",
        "The hearing was postponed until the inspectors from the county report.",
        # People an earlier sentence introduced, called by a plain noun.
        "The officials refused to say which Marlow yard had the cracked cable.",
        "The relatives have asked the Marlow court for more time.",
        # Bodies an earlier sentence named, called by a plain noun.
        "The group said the Marlow ferry had carried 40 lorries in May.",
        "The committee voted to raise the toll on the Marlow bridge.",
        "The association asked the Marlow council to cut the toll.",
        # A person's surname as the subject of any verb, or a family.
        "Hallworth quietly approved a new licence for the Marlow ferry.",
        "The Pryces won a licence from the Marlow ferry board.",
    ],
)
def test_unclear(text: str) -> None:
    assert not clear_subject(text, STORY, KNOWN, PEOPLE)


@pytest.mark.parametrize(
    "text",
    [
        # The story is about the mayor, or the sentence gives the full name, or the
        # capitalised word was never seen as the last part of a full name.
        "Pell said the old bridge would stay closed to trucks until June.",
        "Engineer Ann Hallworth said the ferry could carry the lorries.",
        "Marlow said the bridge would reopen in June.",
        "The bridge was built in 1921 by a shipping company.",
        "The cable will hold for another ten years, the engineers said.",
        # The story is about them; a plain noun that is no person.
        "The pells refused to say which Marlow yard had the cracked cable.",
        "The bridge has been shut since May, Mayor Tom Pell said.",
        # Any verb: only for a name seen as a person's (a place in "South Lindley").
        "Lindley approved a new ferry licence for the Marlow crossing.",
        "The Lindleys of the valley voted to keep the Marlow bridge open.",
        "The Marlow ferry company said it had carried 40 lorries in May.",
    ],
)
def test_clear(text: str) -> None:
    assert clear_subject(text, STORY, KNOWN, PEOPLE)


def test_surnames_and_story_things_come_from_the_articles() -> None:
    docs = [
        Document(location="a.txt", text="Mayor Tom Pell closed the bridge. Dr. Lee agreed."),
        Document(location="b.txt", text="The bridge stays shut, Pell said on Monday."),
        Document(location="c.txt", text="Traders in Marlow want the bridge to reopen."),
    ]
    corpus = analyse(docs, entities=False)
    assert {"Pell", "Lee"} <= surnames(corpus)
    assert "Marlow" not in surnames(corpus)
    things = story_things(corpus)
    assert "bridg" in things and "pell" in things and "lee" not in things


def test_a_story_is_about_one_thing_of_a_word_in_most_articles_seldom_plural() -> None:
    docs = [
        Document(location="a.txt", text="The casino opened. A tribe runs the casino."),
        Document(location="b.txt", text="The casino is busy. The tribe and two tribes met."),
        Document(location="c.txt", text="Tribes and the casino. Other tribes wait."),
    ]
    story = StoryThings(analyse(docs, entities=False))
    assert story.about_one("casino") and not story.many("casino")
    assert story.many("tribe") and not story.about_one("tribe")  # 3 of 5 uses plural
    assert story.about_one("tribe", plural=True)  # "the tribes" are the story's
    assert not story.about_one("mill", plural=True)  # no article's word


def test_speakers_are_people_seen_speaking_titled_or_as_a_family() -> None:
    docs = [
        Document(
            location="a.txt",
            text="Ann Hallworth inspected the cable. Hallworth said it would hold. "
            "Dr. Lee agreed. The Pryces sold their farm to South Lindley. "
            "The Pryces moved away. House Republicans voted. The Republicans left.",
        ),
    ]
    people = speakers(analyse(docs, entities=False))
    assert {"Hallworth", "Lee", "Pryce"} <= people
    assert not {"Lindley", "Republican", "Ann"} & people


def test_speakers_in_long_text_are_quick() -> None:
    text = "Aa " * 40_000 + "A" + "a" * 200_000 + " said. " + "The Aas " * 20_000
    docs = [Document(location="a.txt", text=text)]
    corpus = analyse(docs, entities=False)
    start = time.process_time()
    speakers(corpus)
    clear_subject("The " + "A" * 200_000 + "s said.", STORY, KNOWN, PEOPLE)
    clear_subject("Hallworth " + "a" * 200_000, STORY, KNOWN, PEOPLE)
    assert time.process_time() - start < 2.0


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 80 percent of anglers polled back the new mooring fees.",
        "Some 4,000 residents of the valley marched to the harbour.",
        "Tolls rose by more than 7 percent, the sharpest rise in a decade.",
        "Only 12% of the boats passed the safety check.",
    ],
)
def test_a_share_or_a_count_of_people_with_no_place_or_date(text: str) -> None:
    assert unplaced_figure(text, frozenset({"tolls"}))


@pytest.mark.parametrize(
    "text",
    [
        "Close to 80 percent of Marlow's anglers back the new mooring fees.",
        "Some 4,000 residents marched to the harbour on Sunday.",
        "In 1998, 30 percent of the boats failed the check.",
        "Ruritania has some 350 million anglers, the ministry said.",
        "The ferry carried 40 cars across the river.",  # a count, but not of people
    ],
)
def test_a_figure_that_says_where_or_when_or_no_such_figure(text: str) -> None:
    assert not unplaced_figure(text, frozenset({"tolls"}))


def test_a_long_figure_text_is_quick() -> None:
    text = "1" + " " * 200_000 + "5 " * 50_000 + "people percent."
    start = time.process_time()
    unplaced_figure(text)
    assert time.process_time() - start < 1.0


def test_what_speakers_reads_of_an_article_is_read_back_from_its_json() -> None:
    docs = [
        Document(location="a.txt", text="Hallworth said it would hold. The Pryces left."),
        Document(location="b.txt", text="Mr. Lee agreed. Pryces of the valley stayed."),
    ]
    corpus = analyse(docs, entities=False)
    article_memo.forget()
    want = speakers(corpus)
    assert want == {"Hallworth", "Lee"}  # "Pryces" alone in b: no family
    exported = article_memo.export([d.document.text for d in corpus.docs])
    article_memo.forget()
    for d, answers in zip(corpus.docs, exported, strict=True):
        found = article_memo.decode_answers(
            json.loads(json.dumps(answers)), d.document.text, len(d.sentences)
        )
        article_memo.load(found)
    assert len(article_memo.ARTICLE_MEMOS["article_speakers"].values) == 2
    assert speakers(corpus) == want
    assert article_speakers(corpus.docs[1])[2] == {"Pryce": 1}


@pytest.mark.parametrize(
    "value",
    [
        [["Lee"], [], []],
        [["Lee"], [], [["Pryce", 0]]],  # a count below one
        [["Lee"], [], [["Pryce", 1], ["Pryce", 2]]],  # a name twice
        [["Lee"], [["Pryce", "1"]], []],
        [[1], [], []],
        ["Lee", [], [], []],
    ],
)
def test_a_tampered_stored_speaker_reading_is_refused(value: object) -> None:
    decode = article_memo.ARTICLE_MEMOS["article_speakers"].decode
    if value == [["Lee"], [], []]:
        assert decode(value) == (frozenset({"Lee"}), {}, {})
        return
    with pytest.raises(BadValue):
        decode(value)


def test_a_grown_story_splits_only_its_new_article_into_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = [Document(location="a.txt", text="Ten murders shook Uganda. Police said more.")]
    article_memo.forget()
    assert "murders" in lowered_words(analyse(docs, entities=False))
    read: list[str] = []
    kept, split = article_memo.ARTICLE_MEMOS["article_lowered"], article_lowered.__wrapped__
    monkeypatch.setattr(kept, "fn", lambda adoc: read.append(adoc.document.text) or split(adoc))
    docs.append(Document(location="b.txt", text="Kampala police arrested two men."))
    grown = lowered_words(analyse(docs, entities=False))
    assert read == [docs[1].text]
    assert {"murders", "arrested", "police"} <= grown and "Uganda" not in grown


def test_a_stored_word_the_article_does_not_write_is_refused() -> None:
    text = "Ten murders shook Uganda."
    fits = article_memo.ARTICLE_MEMOS["article_lowered"].fits
    assert fits(frozenset({"murders", "shook"}), text, 1)
    assert not fits(frozenset({"murder"}), text, 1)  # a part of a word is no word


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Hallworth said so.",
        "U.S. Hallworth",
        "Ann Hallworthy left, then Hallworth came.",
        "ann Hallworth",
        "A B Hallworth_",
        "Mayor Tom L. Hallworth spoke",
        "Hallworth said",
        "X  Hallworth",
    ],
)
def test_a_name_written_in_full_is_found_as_the_pattern_per_name_found_it(text: str) -> None:
    assert _written_in_full("Hallworth", text) == bool(
        re.search(r"\b[A-Z][\w.]* Hallworth\b", text)
    )
