"""Ages of one named person that two sources give differently at one time."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.ages import (
    Age,
    age_divergences,
    age_sentences,
    article_ages,
    disagree,
    person_key,
)
from briefing.compose.memo import BadValue
from briefing.model import Corpus, Document, Sentence
from tests.compose.conftest import articles

MAY_2 = dt.date(2031, 5, 2)


def ages_of(text: str) -> list[tuple[int, str]]:
    """(age, full name) of each age the article of ``text`` gives."""
    (adoc,) = articles(text, date=MAY_2).docs
    return [(a.value, a.name) for a in article_ages(adoc)]


def dated(*texts_and_dates: tuple[str, dt.date | None]) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=d)
        for i, (t, d) in enumerate(texts_and_dates)
    ]
    return analyse(docs, entities=True)


def test_an_apposition_a_compound_and_a_copula_attach_an_age_to_the_name():
    assert ages_of("Customs officers held Ilse Varga, 34, at the border on Monday.") == [
        (34, "Ilse Varga")
    ]
    assert ages_of("Officers held Ilse Varga on Monday. The 41-year-old Varga denied it.") == [
        (41, "Ilse Varga")
    ]
    assert ages_of("Officers held Ilse Varga on Monday. Varga, who is 41, denied it.") == [
        (41, "Ilse Varga")
    ]
    assert ages_of("Ilse Varga is 41.") == [(41, "Ilse Varga")]


def test_years_old_and_a_number_word_give_an_age_as_the_number_would():
    assert ages_of("Officers held Ilse Varga, 34 years old, at the border on Monday.") == [
        (34, "Ilse Varga")
    ]
    assert ages_of("Ilse Varga is 34 years old.") == [(34, "Ilse Varga")]
    assert ages_of("Officers held Ilse Varga. Varga, who is 41 years old, denied it.") == [
        (41, "Ilse Varga")
    ]
    assert ages_of("Officers held the six-year-old Ilse Varga on Monday.") == [(6, "Ilse Varga")]
    assert ages_of("Customs officers held Ilse Varga, six, at the border.") == [(6, "Ilse Varga")]
    # the "four" of "thirty-four" is no age of four; "one of" is no age
    assert ages_of("Officers held the thirty-four-year-old Ilse Varga.") == []
    assert ages_of("Ilse Varga, one of five pilots, was held.") == []


NO_AGE = [
    # the son's age, not Varga's
    "Officers held Ilse Varga on Monday. Varga's 6-year-old son was unhurt.",
    # another person's words
    'Officers held Ilse Varga. "I was 41 when I left," her cousin Ana said.',
    # an age of another time
    "Officers held Ilse Varga on Monday. Varga, then 17, joined the navy.",
    "Officers held Ilse Varga on Monday. In 2019 Varga, 22, joined the navy.",
    "Officers held Ilse Varga on Monday. Varga was 17 when she left.",
    "Officers held Ilse Varga on Monday. Varga was 17 years old when she left.",
    "Officers held Ilse Varga, then 17 years old, at the border.",
    "Officers held Ilse Varga. Varga's son, 6 years old, was unhurt.",
    # a surname its article never gave in full, or gave two people
    "Officers held Varga, 34, at the border.",
    "Ilse Varga and Tomas Varga were held. Varga, 34, denied it.",
]


def test_a_relative_a_quotation_a_past_time_or_an_unknown_surname_gives_no_age():
    for text in NO_AGE:
        assert ages_of(text) == [], text


def test_an_age_the_parse_sets_after_a_body_or_a_place_is_no_persons():
    # The parse hangs "51" on "Force": a name after "the" is no person's.
    text = (
        "The pilots will be Maj. Ida Marsh of the Air Force, 51, and Tomas Lind, 44, an engineer."
    )
    assert ages_of(text) == [(44, "Tomas Lind")]
    # "50" hangs on "Police", no name
    assert ages_of("Police in New Carthage, 50, said so.") == []


def test_two_sources_ages_of_one_person_at_one_time_disagree():
    corpus = dated(
        ("Customs officers held Ilse Varga, 34, at the border on Monday.", MAY_2),
        ("Officers held Ilse Varga on Monday. The 41-year-old Varga denied it.", MAY_2),
    )
    (found,) = age_divergences(corpus)
    assert found.topic == "Age of Ilse Varga (34 in 1 source, 41 in 1 source)"
    assert [c.sources for c in found.claims] == [[1], [2]]


def test_every_age_given_is_shown_once_two_disagree():
    corpus = dated(
        ("Customs officers held Ilse Varga, 34, at the border on Monday.", None),
        ("Officers held Ilse Varga on Monday. Varga, who is 35, denied it.", None),
        ("Officers held Ilse Varga on Monday. The 36-year-old Varga denied it.", None),
    )
    (found,) = age_divergences(corpus)
    assert found.topic == "Age of Ilse Varga (34 in 1 source, 35 in 1 source, 36 in 1 source)"


def test_the_same_age_or_another_person_of_the_surname_is_no_disagreement():
    corpus = dated(
        ("Customs officers held Ilse Varga, 34, at the border on Monday.", MAY_2),
        ("Officers held Ilse Varga on Monday. Varga, who is 34, denied it.", MAY_2),
        ("Officers held Tomas Varga on Monday. The 41-year-old Varga denied it.", MAY_2),
    )
    assert age_divergences(corpus) == []


def test_an_article_giving_two_ages_of_one_person_gives_no_side():
    corpus = dated(
        ("Officers held Ilse Varga, 34, on Monday. Ilse Varga, 36, denied it.", MAY_2),
        ("Officers held Ilse Varga on Monday. The 41-year-old Varga denied it.", MAY_2),
    )
    assert age_divergences(corpus) == []


def age(value: int, date: dt.date | None, source: int = 1) -> Age:
    sent = Sentence(doc=source - 1, index=0, paragraph=0, text="", start=0, end=0)
    return Age(value, "Ilse Varga", sent, date)


def test_a_birthday_between_the_articles_explains_a_year_more():
    june_20 = dt.date(2031, 6, 20)
    # Two ages apart: no birthday between two articles of a few weeks explains it.
    assert disagree(age(34, MAY_2), age(36, june_20, 2), span=0)
    # One apart: a birthday may fall between; a year less later, or more the same day, none.
    assert not disagree(age(34, MAY_2), age(35, june_20, 2), span=0)
    assert disagree(age(35, MAY_2), age(34, dt.date(2031, 5, 20), 2), span=0)
    assert disagree(age(34, MAY_2), age(35, MAY_2, 2), span=0)
    # One apart, more than a month between: either may be right.
    assert not disagree(age(35, MAY_2), age(34, dt.date(2031, 8, 20), 2), span=0)
    # Two birthdays over a year and a half.
    assert not disagree(age(34, MAY_2), age(36, dt.date(2032, 11, 2), 2), span=0)


def test_an_undated_articles_age_disagrees_only_by_two_years_or_more():
    assert not disagree(age(34, None), age(35, MAY_2, 2), span=0)
    assert disagree(age(34, None), age(36, MAY_2, 2), span=0)
    # a story told over a year and a half: two birthdays may fall between
    assert not disagree(age(34, None), age(36, MAY_2, 2), span=540)


def test_one_person_is_known_by_first_and_last_name_and_generation():
    assert person_key("Ilse K. Varga") == person_key("Ilse Varga")
    assert person_key("Dr. Ilse Varga") == person_key("Ilse Varga")
    assert person_key("Ilse Varga Jr.") != person_key("Ilse Varga")


def test_a_digit_int_cannot_read_is_no_age_and_no_error():
    # str.isdigit() holds for "²" and "①", which int() refuses: the section was lost.
    assert ages_of("Ilse Varga, ², said items ① and ② were listed, 3 ² in all.") == []
    assert ages_of("Ilse Varga, " + "1" * 5000 + ", said the quay was shut.") == []
    assert ages_of("Ilse Varga, ٣٤, said the quay was shut.") == [(34, "Ilse Varga")]


def test_a_given_name_or_surname_joined_by_a_hyphen_is_named_whole():
    # The tokenizer splits "Jean-Luc": the heading named "Luc Brandt", whom no source names.
    assert ages_of("Jean-Luc Brandt, 34, runs the ferry.") == [(34, "Jean-Luc Brandt")]
    assert ages_of("Ilse Varga-Holm, 34, runs the ferry.") == [(34, "Ilse Varga-Holm")]
    assert ages_of("The anti-Brandt camp, 34, met.") == []


HELD = "Officers held the trawler on Monday. Customs officers held Ilse Varga, 34, in 2030. "


def test_the_age_sentences_are_kept_and_taken_by_a_later_build():
    article_memo.forget()
    (adoc,) = articles(HELD, date=MAY_2).docs
    assert age_sentences(adoc) == {1}
    (rows,) = [a["age_sentences"] for a in article_memo.export([adoc.document.text])]
    article_memo.forget()
    stored = article_memo.decode_answers(
        {"age_sentences": rows}, adoc.document.text, len(adoc.sentences)
    )
    article_memo.load(stored)
    adoc.parse = None  # taken as stored: the parse is not read again
    assert age_sentences(adoc) == {1}
    article_memo.forget()


def test_the_kept_sentences_hold_no_date_the_past_year_is_read_afresh():
    """The compose cache's key covers an article's text, not its date."""
    article_memo.forget()
    (later,) = articles(HELD, date=MAY_2).docs
    assert [(a.value, a.name) for a in article_ages(later)] == []  # 2030: a past year
    (earlier,) = articles(HELD, date=dt.date(2030, 5, 2)).docs
    assert [(a.value, a.name) for a in article_ages(earlier)] == [(34, "Ilse Varga")]
    article_memo.forget()


def test_a_stored_answer_only_says_which_sentences_to_read_again():
    article_memo.forget()
    text = "Customs officers held Ilse Varga, 34, at the border. The trawler sailed on."
    (adoc,) = articles(text, date=MAY_2).docs
    memo = article_memo.ARTICLE_MEMOS["age_sentences"]
    memo.values[(adoc.document.text,)] = frozenset(range(len(adoc.sentences)))
    assert [(a.value, a.name) for a in article_ages(adoc)] == [(34, "Ilse Varga")]
    memo.values[(adoc.document.text,)] = frozenset({1})
    assert article_ages(adoc) == []
    article_memo.forget()


@pytest.mark.parametrize("data", [{"0": 1}, [0.0], ["1"], [True], None])
def test_stored_age_sentences_of_another_shape_are_refused(data: object):
    (adoc,) = articles(HELD, date=MAY_2).docs
    with pytest.raises(BadValue):
        article_memo.decode_answers(
            {"age_sentences": [[[], data]]}, adoc.document.text, len(adoc.sentences)
        )


@pytest.mark.parametrize("value", [[-1], [2], [10**30]])
def test_stored_age_sentences_the_article_lacks_are_refused(value: object):
    """An index must be one of the article's sentences (this one has two)."""
    (adoc,) = articles(HELD, date=MAY_2).docs
    with pytest.raises(BadValue):
        article_memo.decode_answers(
            {"age_sentences": [[[], value]]}, adoc.document.text, len(adoc.sentences)
        )
