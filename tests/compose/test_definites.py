"""Descriptions an article introduced before: which lean back, and the summary's choice."""

from __future__ import annotations

import datetime as dt
import json
import re
import time

import pytest

from briefing.compose import definites, memo
from briefing.compose.clarity import story_things
from briefing.compose.definites import Descriptions, definite_sites
from briefing.model import Corpus, Sentence

from .conftest import articles

FILLER = "Farmers in the valley planted rice and beans after the rains came early this year."
RIVER = (
    "A weir on the Marl River was taken out in May to let fish reach the mill pond. "
    "Fish counts in the river doubled within a year, an angler said."
)

JULY_23 = dt.date(2001, 7, 23)


def corpus(*texts: str) -> Corpus:
    """A corpus split into sentences, without the parse."""
    return articles(*texts, date=JULY_23, entities=False)


def parsed(*texts: str) -> Corpus:
    """A corpus with its parse (parts of speech, dependencies, entities)."""
    return articles(*texts, date=JULY_23)


def leaning(c: Corpus, start: str, strict: bool = False) -> list[str]:
    sentence: Sentence = next(s for s in c.sentences() if s.text.startswith(start))
    return [words for words, _ in Descriptions(c, story_things(c)).leaning(sentence, strict)]


def test_a_thing_the_article_introduced_before_leans_back() -> None:
    c = corpus(RIVER, FILLER, FILLER)
    assert leaning(c, "Fish counts in") == ["the river"]


def test_a_description_that_says_which_or_is_new_stands_alone() -> None:
    c = corpus(
        "A weir on the Marl River was taken out in May. "
        "The river of the valley runs clean now, and the river in Marlow too. "
        "Salmon returned to the stream after the ferry stopped.",
        FILLER,
        FILLER,
    )
    assert leaning(c, "The river of the valley") == []
    assert leaning(c, "Salmon returned") == []  # the stream and the ferry are new here


def test_the_story_s_one_thing_stands_alone_but_one_of_many_does_not() -> None:
    one = "The ferry sank near Marlow on Monday. The ferry had 40 cars on board, police said."
    c = corpus(one, one, one)
    assert leaning(c, "The ferry had") == []
    tribes = (
        "Tribes in the west run casinos, and tribes in the east want them. "
        "The tribe said the casino would open in May, and other tribes agreed."
    )
    c = corpus(tribes, tribes, tribes)
    # Which casino either: the story tells of casinos.
    assert leaning(c, "The tribe said") == ["The tribe", "the casino"]


def test_a_name_right_before_says_which() -> None:
    c = corpus(
        "Marlow Mills and Brent use the network. At Marlow Mills, the network was shut on Monday.",
        FILLER,
        FILLER,
    )
    assert leaning(c, "At Marlow Mills") == []


def test_a_name_the_story_calls_by_the_noun_says_which() -> None:
    c = corpus(
        "A Skylark jet crashed near Marlow on Tuesday. "
        "Travellers on the Skylark said they would fly the jet again. "
        "Travellers on the ferry said they would fly the jet again.",
        FILLER,
        FILLER,
    )
    assert leaning(c, "Travellers on the Skylark") == []
    assert leaning(c, "Travellers on the ferry") == ["the jet"]


def test_names_before_nouns_in_long_text_are_quick() -> None:
    c = corpus("Aa " * 40_000 + "jet. " + "A" * 200_000 + " jet flew.", FILLER, FILLER)
    start = time.process_time()
    for s in c.sentences():
        Descriptions(c, frozenset()).leaning(s)
    assert time.process_time() - start < 3.0


def test_a_body_just_named_by_no_person_says_which_company() -> None:
    c = corpus(
        "The company sold two ferries in May. Marlow Mills is a company too. "
        "Marlow Mills staff said all of the company's yards were shut. "
        "Ann Hallworth said all of the company's yards were shut.",
        "Ann Hallworth said the toll would rise.",
        FILLER,
    )
    assert leaning(c, "Marlow Mills staff") == []
    assert leaning(c, "Ann Hallworth said all") == ["the company"]


def test_descriptions_in_a_long_sentence_are_quick() -> None:
    heads = [f"thing{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(600)]
    first = "A " + " and a ".join(heads) + " were sold. "
    long = "Marlow " * 20_000 + " ".join(f"the {h} ran" for h in heads * 20) + "."
    c = corpus(first + long, FILLER, FILLER)
    start = time.process_time()
    for s in c.sentences():
        Descriptions(c, frozenset()).leaning(s)
    assert time.process_time() - start < 3.0


def test_a_story_word_counts_as_the_word_itself_not_its_stem() -> None:
    # "reported" is in every article, "report" in one: "the report" is not the story's.
    told = "The agency reported on Monday that the levy will rise, officials reported."
    c = corpus(
        "The agency issued a report on the levy. Officials said the report was late.",
        told,
        told,
    )
    assert leaning(c, "Officials said the report") == []  # the lenient reading: a story word
    assert leaning(c, "Officials said the report", strict=True) == ["the report"]


def test_a_thing_the_story_names_several_of_is_one_of_many() -> None:
    # Each virus is named in two articles, none by a word of most articles: "the virus"
    # does not say which, even in a story on viruses.
    bramble = "The Bramble virus spread on Monday. Experts said the virus hit 300 firms."
    carrow = "The Carrow virus spread on Monday. Experts said the virus hit 300 firms."
    c = corpus(bramble, bramble, carrow, carrow, FILLER, FILLER)
    experts = next(s for s in c.sentences() if s.text.startswith("Experts said"))
    assert Descriptions(c, story_things(c)).leaning(experts) == []
    assert Descriptions(c, story_things(c)).leaning(experts, strict=True) == [
        ("the virus", "viru" + "+")
    ]
    one = "The Bramble virus spread on Monday, a Bramble expert said. Experts said the virus hit."
    c = corpus(one, one, carrow)
    assert leaning(c, "Experts said", strict=True) == []  # "Bramble": in most articles


def test_a_thing_the_focus_asks_about_in_the_plural_is_one_of_many() -> None:
    # "levies" in the focus: the stakeholder asks about many levies, so "the new levy"
    # does not say which, though every article speaks of one.
    told = "The council passed a levy on boats. The new levy takes effect in May."
    c = corpus(told, told, told)
    sentence = next(s for s in c.sentences() if s.text.startswith("The new levy"))
    assert Descriptions(c, story_things(c)).leaning(sentence, strict=True) == []
    asked = Descriptions(c, story_things(c), frozenset({"boat", "levies"}))
    assert asked.leaning(sentence) == [("The new levy", "levi" + "+")]


def test_a_word_inside_a_hyphenated_one_does_not_name_the_thing() -> None:
    c = corpus(
        "A dam on the river was built in May. An anti-river group said the river flooded the road.",
        FILLER,
        FILLER,
    )
    assert leaning(c, "An anti-river group") == ["the river"]


def test_the_text_alone_part_is_remembered_and_read_back_from_its_json() -> None:
    c = corpus(RIVER, FILLER, FILLER)
    lead = next(s for s in c.sentences() if s.text.startswith("Fish counts in"))
    memo.forget()
    want = leaning(c, "Fish counts in")
    exported = memo.export([c.docs[0].sentences])[0]
    assert "definite_sites" in exported
    memo.forget()
    memo.load(memo.decode_answers(json.loads(json.dumps(exported)), c.docs[0].sentences))
    assert memo.MEMOS["definite_sites"].values  # read back, not worked out again
    assert leaning(c, "Fish counts in") == want == ["the river"]
    assert definite_sites(lead.text)[0][2] == "river"


@pytest.mark.parametrize(
    "value",
    [
        "river",
        [[0, 9, "river", ["Marl"]]],  # a field short
        [[9, 0, "river", [], None, False]],  # ends before it starts
        [[0, 9, 7, [], None, False]],  # a head that is no word
        [[0, 9, "river", None, None, False]],
        [[0, 9, "river", [], [1], False]],
        [[True, 9, "river", [], None, False]],
        [[0, 9, "river", [], None, 1]],  # a preposition flag that is no bool
    ],
)
def test_a_tampered_stored_description_is_refused(value: object) -> None:
    with pytest.raises(memo.BadValue):
        memo.MEMOS["definite_sites"].decode(value)


def test_a_story_word_the_articles_seldom_call_by_the_word_alone_leans_back() -> None:
    # "construction" is in every article, but only one calls it "the construction" with
    # nothing saying which: the story's own thing it is not, read strictly.
    building = "Work began on 600 homes near the harbour, and construction of a pier goes on."
    told = "Builders began 600 homes on the hill. The construction will take a year."

    def approved(what: str, other: str = building) -> Corpus:
        return parsed(
            "Builders began 600 homes on the hill on Monday; construction goes on. "
            f"Councillors approved {what} despite calls for a pause.",
            other,
            other,
        )

    c = approved("the construction")
    assert leaning(c, "Councillors approved") == []  # the lenient reading: a story word
    assert leaning(c, "Councillors approved", strict=True) == ["the construction"]
    # A story that calls it so in most articles is about one construction.
    assert leaning(approved("the construction", told), "Councillors approved", strict=True) == []
    # Words after the head that the parse reads as its own say which one; a word before
    # the head says more of which one.
    for what in ("the construction in the hills", "the housing construction"):
        assert leaning(approved(what), "Councillors approved", strict=True) == []


def test_a_people_s_word_before_the_noun_says_whose_not_which() -> None:
    # The story writes "French construction"; "French" in the sentence does not say which
    # construction "the construction" is.
    building = "French construction of the pier goes on, and construction of homes too."
    c = parsed(
        "Builders began 600 homes on the hill on Monday; construction goes on. "
        "The French government approved the construction despite calls for a pause.",
        building,
        building,
    )
    sentence = next(s for s in c.sentences() if s.text.startswith("The French government"))
    found = Descriptions(c, story_things(c)).leaning(sentence, strict=True)
    assert [words for words, _ in found] == ["the construction"]


def test_a_head_the_parse_reads_as_no_noun_names_no_thing() -> None:
    # The text alone reads "the national" as a description; the parse reads "national"
    # as an adjective of "income".
    text = (
        "A national survey counted the incomes of Marlow. "
        "Wages there lag the national per capita income, a clerk said."
    )
    assert leaning(corpus(text, FILLER, FILLER), "Wages there") == ["the national"]
    assert leaning(parsed(text, FILLER, FILLER), "Wages there") == []


def test_a_noun_the_parse_reads_as_part_of_a_longer_name_is_no_head() -> None:
    # The text reads three words after "the": "village harvest" stands for "festival".
    text = (
        "The harvest in Marlow came late this year. "
        "Visitors crowded the old village harvest festival on Sunday, a clerk said."
    )
    assert leaning(corpus(text, FILLER, FILLER), "Visitors crowded") == ["the old village harvest"]
    assert leaning(parsed(text, FILLER, FILLER), "Visitors crowded") == []


def test_a_rally_an_earlier_sentence_told_leans_back() -> None:
    text = (
        "Thousands rallied in the square of Marlow on Friday. "
        "Marked by songs, the rally matched the mood of the marches in Pellby, a clerk said."
    )
    assert leaning(parsed(text, FILLER, FILLER), "Marked by songs", strict=True) == ["the rally"]


def test_a_shell_noun_stands_for_an_act_another_sentence_told() -> None:
    # The article told the act as "struck down"; "the decision" is in every article.
    ruling = "A judge struck down the ban on Monday, and the decision was welcomed."
    c = corpus(
        "A judge struck down the levy on Monday. "
        "Lawyers said towns depend on whether the decision is upheld on appeal.",
        ruling,
        ruling,
    )
    assert leaning(c, "Lawyers said") == []  # the lenient reading leaves it to the strict
    assert leaning(c, "Lawyers said", strict=True) == ["the decision"]
    c = corpus("Lawyers said towns depend on whether the decision to ban it is upheld.", ruling)
    assert leaning(c, "Lawyers said", strict=True) == []  # "to ban it" says which


def test_names_before_nouns_give_the_names_and_the_articles_naming_them() -> None:
    # Both come from each article's names before nouns (``definite_facts.name_nouns``).
    bramble = "The Bramble virus spread on Monday. Experts said the virus hit 300 firms."
    carrow = "The Carrow virus spread on Monday. Experts said the virus hit 300 firms."
    c = corpus(bramble, bramble, carrow, carrow, FILLER, FILLER)
    experts = next(s for s in c.sentences() if s.text.startswith("Experts said"))
    described = Descriptions(c, story_things(c))
    assert described.leaning(experts, strict=True) == [("the virus", "viru" + "+")]
    assert described._names_called("virus") == {"Bramble", "Carrow"}
    assert described._named_in("virus") == [
        ("Bramble", 0),
        ("Bramble", 1),
        ("Carrow", 2),
        ("Carrow", 3),
    ]


def test_a_preposition_of_the_verb_does_not_say_which() -> None:
    text = (
        "Volunteers will search a city orchard for beetles this summer. "
        "Rather than spray the entire orchard with chemicals, they will pick beetles by hand."
    )
    c = parsed(text, FILLER, FILLER)
    assert leaning(c, "Rather than", strict=True) == ["the entire orchard"]
    assert leaning(c, "Rather than") == []  # the parse decides: strictly read only


def test_a_phrase_the_article_said_before_leans_back_unless_the_story_writes_it() -> None:
    text = (
        "Farmers in the north use pest control without chemicals. "
        "The pest control is applied across a zone of 450 acres."
    )
    other = FILLER + " Pest control keeps costs down."
    c = parsed(text, other, other)
    assert leaning(c, "The pest control", strict=True) == ["The pest control"]
    said = FILLER + " Experts praised the pest control on farms."
    c = parsed(text, said, said)
    assert leaning(c, "The pest control", strict=True) == []


def test_a_figure_the_article_gave_before_leans_back() -> None:
    text = (
        "The ministry approved 4,200 flats in the south in April. "
        "Approval for the 4,200 flats was granted ahead of the 1998 vote, a spokesman said."
    )
    c = parsed(text, FILLER, FILLER)
    assert leaning(c, "Approval for", strict=True) == ["the 4,200 flats"]
    c = parsed(text, text, text)  # the story's own figure
    assert leaning(c, "Approval for", strict=True) == []


def test_a_new_subject_of_the_main_verb_leans_back_unless_a_place_says_which() -> None:
    text = (
        "Census officials met tribal leaders in Phoenix on Monday. "
        "The relationship has become much better, tribal leaders say."
    )
    c = parsed(text, FILLER, FILLER)
    assert leaning(c, "The relationship", strict=True) == ["The relationship"]
    assert leaning(c, "Census officials", strict=True) == []
    topic = text.replace("The relationship has", "The gay rights issue has")
    assert leaning(parsed(topic, FILLER, FILLER), "The gay rights", strict=True) == []
    text = text.replace("The relationship has", "The relationship with the bureau has")
    assert leaning(parsed(text, FILLER, FILLER), "The relationship", strict=True) == []
    towns = (
        "Protests spread across the city and the province in May. "
        "Farmers from a village outside Tongbu marched to the city's office on Tuesday."
    )
    c = parsed(towns, FILLER, FILLER)
    assert leaning(c, "Farmers from", strict=True) == []


def test_a_subject_before_its_verb_is_read_by_the_parse() -> None:
    # "suggests" looks like a plural noun; the parse reads it as the verb of "the study".
    text = (
        "Engineers at Marlow College modelled the floods of the Brent valley. "
        "Broadly, the study suggests that the valley would flood more in spring."
    )
    c = parsed(text, FILLER, FILLER)
    assert leaning(c, "Broadly", strict=True) == ["the study"]
    assert leaning(c, "Broadly") == []  # the parse decides: strictly read only
    assert leaning(corpus(text, FILLER, FILLER), "Broadly", strict=True) == []  # no parse


def test_a_plural_thing_or_a_side_clause_s_subject_is_no_verb_s_subject() -> None:
    pumps = (
        "Engineers at Marlow College modelled the floods of the Brent valley. "
        "In spring the water pumps failed twice, a clerk said."
    )
    assert leaning(parsed(pumps, FILLER, FILLER), "In spring", strict=True) == []
    side = (
        "A ferry sank near Marlow on Monday, and an inquiry opened. "
        "Ferries stopped running from Marlow while the inquiry continues."
    )
    assert leaning(parsed(side, FILLER, FILLER), "Ferries stopped", strict=True) == []


def test_a_word_opening_the_sentence_is_no_name_saying_which() -> None:
    text = (
        "Engineers at Marlow College modelled the floods of the Brent valley. "
        "Essentially, the model gave more floods in spring."
    )
    assert leaning(corpus(text, FILLER, FILLER), "Essentially") == ["the model"]
    named = text.replace("Essentially, the model", "At Marlow, the model")
    assert leaning(corpus(named, FILLER, FILLER), "At Marlow") == []


def test_a_thing_called_this_leans_back() -> None:
    text = (
        "The county borrowed money from the state in 1990. "
        "Marsh and Pell have long fought over this loan, and this spring it grew."
    )
    c = corpus(text, FILLER, FILLER)
    assert leaning(c, "Marsh and Pell", strict=True) == ["this loan"]
    assert leaning(c, "Marsh and Pell") == []


class _CountingText(str):
    """An article's text that counts how often it is lowered."""

    lowered = 0

    def lower(self) -> str:
        _CountingText.lowered += 1
        return super().lower()


def test_each_article_is_lowered_once_for_all_phrases() -> None:
    """Whether the articles write a phrase is read in their text lowered once each, not
    once per phrase (quadratic on a long story with many descriptions)."""
    c = corpus(RIVER, FILLER, FILLER)
    for d in c.docs:
        d.document.text = _CountingText(d.document.text)
    described = Descriptions(c, story_things(c))
    _CountingText.lowered = 0
    called = [described._phrase_called_bare(f"the {n} units") for n in range(50)]
    assert described._phrase_called_bare("fish counts") in (True, False)
    assert not any(called) and _CountingText.lowered <= len(c.docs)


class _CountingRe:
    """``re`` for ``definites``, counting the searches of the patterns it compiles."""

    searched = 0

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)

    def compile(self, pattern: str, flags: int = 0) -> _CountingPattern:
        return _CountingPattern(re.compile(pattern, flags))


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        _CountingRe.searched += 1
        return self.pattern.search(text, *args)


def test_only_articles_holding_a_phrase_are_searched_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether the articles write a phrase is searched for only in articles that hold its
    characters (a substring test first): on a long story every figure description was
    searched for in every article. The answers are those of the search alone: "3,000" in
    "13,000" is no 3,000, "3,000" before ".5" still is."""
    figures = "Tolvern counted 13,000 voters. Some 3,000.5 tonnes of grain reached Esk."
    c = corpus(RIVER, FILLER, FILLER, figures, figures)
    monkeypatch.setattr(definites, "re", _CountingRe())
    described = Descriptions(c, story_things(c))
    _CountingRe.searched = 0
    for n in range(20):
        described._phrase_called_bare(f"the {n} units")
    assert _CountingRe.searched == 0
    # Two of five articles are BARE_SHARE and MIN_BARE_DOCS: the story's own figure.
    called = {p: described._phrase_called_bare(p) for p in ("3,000", "13,000", "3,00")}
    assert called == {"3,000": True, "13,000": True, "3,00": False}
    assert not described._phrase_called_bare("fish counts")  # one article
    assert _CountingRe.searched == 7  # the articles holding each: 2 + 2 + 2 + 1


def test_a_counted_set_leans_back_unless_listed_or_the_story_s_own() -> None:
    dock = (
        "Crews lifted a pump house and a tank onto the barge on Monday. "
        "Welders will join the two cylinders with steel bands next week."
    )
    listed = "Marlow and Venn met on Friday, and the two towns agreed on a toll."
    c = corpus(dock, listed, FILLER)
    assert leaning(c, "Welders", strict=True) == ["the two cylinders"]
    assert leaning(c, "Welders") == []  # read strictly only
    assert leaning(c, "Marlow and Venn", strict=True) == []
    held = "The four envoys were freed on Sunday. "
    own = corpus(held + "The four envoys flew home.", held + "Crowds met the four envoys.", FILLER)
    assert leaning(own, "Crowds", strict=True) == []  # the story's own four


TALKS = (
    "Ostland and Marlow opened talks on the harbour toll in May. "
    "Envoys of two banks took part in the talks."
)


def test_an_act_the_sentence_ends_on_leans_back_read_strictly() -> None:
    c = corpus(TALKS, FILLER, FILLER)
    assert leaning(c, "Envoys of two", strict=True) == ["the talks"]
    assert leaning(c, "Envoys of two") == []  # not read leniently: the pick keeps it
    assert leaning(c, "Ostland and Marlow", strict=True) == []  # its article's first


def test_an_act_the_sentence_named_before_does_not_lean() -> None:
    c = corpus(
        "Ostland and Marlow opened talks on the toll in May. "
        "Envoys said the talks went well and two banks joined the talks.",
        FILLER,
        FILLER,
    )
    assert leaning(c, "Envoys said", strict=True) == []
