"""Thing notes: "the casino" of an entry gets the name its article gave it before, or
the entry is known not to stand alone."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.thing_notes import ThingNotes
from briefing.compose.timeline_notes import noted_entries
from briefing.model import Corpus, Document, Sentence
from tests.growth import assert_linear

THU = dt.date(2018, 6, 7)  # a Thursday
# Other articles of the story, about other things: no word of the tests is the story's.
OTHERS = ("Rain fell on the hills above the town.", "The harbour froze in the night.")


def corpus(text: str, *others: str) -> Corpus:
    docs = [text, *(others or OTHERS)]
    return analyse(
        [Document(f"d{i}.txt", t, title="A", date=THU) for i, t in enumerate(docs)],
        entities=True,
    )


def _sentence(c: Corpus, start: str) -> Sentence:
    (found,) = [s for s in c.sentences() if s.doc == 0 and s.text.startswith(start)]
    return found


NAMED = (
    "In 1996, the Brandt family opened the Skylark Casino on the Marlow pier. "
    "Crowds came every night. "
    "A county court fined the casino in 1998."
)


def test_a_thing_the_article_named_gets_its_name():
    c = corpus(NAMED)
    lead = _sentence(c, "A county")
    notes = ThingNotes(c)
    assert notes.notes(lead, lead.text) == [("the casino", "Skylark Casino")]
    assert notes.unnamed(lead, lead.text) == []
    assert noted_entries(c, [(lead, lead.text)]) == [
        "A county court fined the casino [Skylark Casino] in 1998."
    ]


def test_no_note_when_an_earlier_entry_gave_the_name():
    c = corpus(NAMED)
    lead = _sentence(c, "A county")
    assert ThingNotes(c).notes(lead, lead.text, ["The Skylark Casino opened."]) == []


def test_a_thing_the_article_counted_but_never_named_leaves_the_sentence_unclear():
    c = corpus(
        "In 1996, the Brandt family opened a small casino on the Marlow pier. "
        "Crowds came every night. "
        "A county court fined the casino in 1998."
    )
    lead = _sentence(c, "A county")
    notes = ThingNotes(c)
    assert notes.notes(lead, lead.text) == []
    assert notes.unnamed(lead, lead.text) == ["the casino"]


def test_a_time_the_article_told_before_needs_no_name():
    c = corpus(
        "In 1996, the Brandt family set a day for the vote. "
        "Crowds came every night. "
        "A county court fined the family on the day in 1998."
    )
    lead = _sentence(c, "A county")
    assert ThingNotes(c).unnamed(lead, lead.text) == []


def test_two_names_of_a_kind_are_a_doubt():
    c = corpus(
        "In 1996, the Brandt family opened the Skylark Casino on the Marlow pier. "
        "In 1997, the Pell family opened the Lark Casino. "
        "A county court fined the casino in 1998."
    )
    lead = _sentence(c, "A county")
    assert ThingNotes(c).unnamed(lead, lead.text) == ["the casino"]


def test_a_description_the_sentence_restricts_or_the_story_is_about_needs_nothing():
    restricted = corpus(
        "In 1996, the Brandt family opened a small casino on the Marlow pier. "
        "Crowds came every night. "
        "A county court fined the casino on the pier in 1998."
    )
    lead = _sentence(restricted, "A county")
    described = ThingNotes(restricted).described(lead, lead.text)
    assert [d.words for d in described] == ["the pier"]  # "the casino on the pier" says which
    story = corpus(
        "In 1996, a family opened a casino on the pier. A court closed the casino in 1998.",
        "The casino reopened.",
        "The casino hired staff.",
    )
    lead = _sentence(story, "A court")
    assert ThingNotes(story).unnamed(lead, lead.text) == []


def test_a_place_named_before_in_the_sentence_says_which_city():
    c = corpus(
        "Farmers in the city held a protest. "
        "On Tuesday, farmers outside Marlow blocked the city's main road."
    )
    lead = _sentence(c, "On Tuesday")
    assert ThingNotes(c).described(lead, lead.text) == []


def test_a_long_article_of_descriptions_is_read_in_linear_time():
    def article(n: int) -> Corpus:
        many = "A court fined the casino on Monday. " * (n // 3)
        long = "A court fined " + "the casino and " * n + "the pier."
        return corpus("In 1996, the Brandt family opened the Skylark Casino. " + many + long)

    def notes(c: Corpus) -> list[list[tuple[str, str]]]:
        things = ThingNotes(c)
        return [things.notes(s, s.text) for s in c.docs[0].sentences]

    found = notes(article(1500))
    assert found[1] == [("the casino", "Skylark Casino")]
    assert found[-1] == [("the casino", "Skylark Casino")]
    assert_linear(notes, 150, prepare=article)


def test_a_thing_described_once_gets_the_description():
    c = corpus(
        "Divers lowered cameras to look for the bilge pumps of the ferry. "
        "The weather was calm. "
        "On Tuesday, the crew searched for the pumps again."
    )
    lead = _sentence(c, "On Tuesday")
    assert ThingNotes(c).notes(lead, lead.text) == [("the pumps", "bilge pumps")]


def test_a_body_the_article_named_but_never_so_is_unclear():
    c = corpus(
        "The Marlow Harbour Trust manages the old quay. "
        "On Friday, the agency proposed a new habitat in Marlow."
    )
    lead = _sentence(c, "On Friday")
    assert ThingNotes(c).unnamed(lead, lead.text) == ["the agency"]


def _titled(title: str, text: str, *others: str) -> Corpus:
    docs = [text, *(others or OTHERS)]
    return analyse(
        [
            Document(f"d{i}.txt", t, title=title if i == 0 else "A", date=THU)
            for i, t in enumerate(docs)
        ],
        entities=True,
    )


BODY = "The ferry line sued the port in 2017. On Friday, the court upheld the ban."


def test_a_body_the_headline_or_the_focus_names_is_the_articles_own():
    lead = _sentence(_titled("A", BODY), "On Friday")
    assert ThingNotes(_titled("A", BODY)).unnamed(lead, lead.text) == ["the court"]
    # A story about courts, none named: the headline's word says which.
    story = (BODY, "The court heard the ferry case.", "The court met.")
    for title, unnamed in (("Court upholds ferry ban", []), ("A", ["the court"])):
        c = _titled(title, *story)
        lead = _sentence(c, "On Friday")
        assert ThingNotes(c).unnamed(lead, lead.text) == unnamed
    # One article's headline alone, in a story not about a court: which court?
    headline = _titled("Court upholds ferry ban", BODY)
    lead = _sentence(headline, "On Friday")
    assert ThingNotes(headline).unnamed(lead, lead.text) == ["the court"]
    plain = _titled("A", BODY)
    lead = _sentence(plain, "On Friday")
    assert ThingNotes(plain, focus="the court case on the ferry ban").unnamed(lead, lead.text) == []
    assert ThingNotes(plain, focus="ferry ban").unnamed(lead, lead.text) == ["the court"]


def test_a_body_the_story_is_about_and_names_once_is_known():
    one = (BODY, "The court heard the ferry case.", "The Marlow High Court met.")
    c = _titled("A", *one)
    lead = _sentence(c, "On Friday")
    assert ThingNotes(c).unnamed(lead, lead.text) == []
    for story in (
        (BODY, "The Marlow High Court heard the case.", "The Pell County Court met."),
        (BODY, "The court heard the ferry case.", "The court met."),  # none named: which?
    ):
        c = _titled("A", *story)
        lead = _sentence(c, "On Friday")
        assert ThingNotes(c).unnamed(lead, lead.text) == ["the court"]


def test_a_body_the_sentence_names_later_is_named():
    c = _titled(
        "A",
        "The ferry line sued the port in 2017. "
        "On Friday, the court upheld the ban, a clerk of the Marlow High Court said.",
    )
    lead = _sentence(c, "On Friday")
    assert ThingNotes(c).unnamed(lead, lead.text) == []


def test_a_long_sentence_of_bodies_is_read_in_linear_time():
    def article(n: int) -> Corpus:
        long = "On Friday, the court fined " + "the court and " * n + "the Marlow High Court."
        return _titled("A", "The ferry line sued the port in 2017. " + long)

    def unnamed(c: Corpus) -> list[list[tuple[str, str]]]:
        things = ThingNotes(c)
        return [things.unnamed(s, s.text) for s in c.docs[0].sentences]

    assert unnamed(article(1500))[-1] == []
    assert_linear(unnamed, 150, prepare=article)


def test_a_major_thing_is_not_described_by_major():
    """'major' says no more which crack it is (_VAGUE): the later 'the crack' stays unclear,
    where 'a hairline crack' describes it."""
    text = (
        "Divers found a {} crack in the hull of the ferry. The weather was calm. "
        "On Tuesday, the crew sealed the crack again."
    )
    c = corpus(text.format("major"))
    lead = _sentence(c, "On Tuesday")
    notes = ThingNotes(c)
    assert notes.notes(lead, lead.text) == [] and notes.unnamed(lead, lead.text) == ["the crack"]
    c = corpus(text.format("hairline"))
    lead = _sentence(c, "On Tuesday")
    assert ThingNotes(c).notes(lead, lead.text) == [("the crack", "hairline crack")]


def test_a_story_of_several_named_things_needs_a_name_for_the_plain_word():
    # Every article speaks of a worm, mostly one at a time, but the story names three:
    # "the worm" of a sentence whose article gave it no proper name says nothing.
    several = corpus(
        "A new computer worm spread through office networks on Monday. "
        "Experts said on Tuesday that the worm deleted files.",
        "The Tansy worm hit banks. The worm spread fast.",
        "The Corvid worm hit schools. The worm spread fast.",
        "The Pallet worm hit shops. The worm spread fast.",
    )
    lead = _sentence(several, "Experts said")
    assert ThingNotes(several).leans_on_before(lead, lead.text)
    # One worm, named by every article that names it: the story is about that one.
    one = corpus(
        "A new computer worm spread through office networks on Monday. "
        "Experts said on Tuesday that the worm deleted files.",
        "The Tansy worm hit banks. The worm spread fast.",
        "The Tansy worm hit schools. The worm spread fast.",
        "The Tansy computer worm hit shops. The worm spread fast.",
    )
    lead = _sentence(one, "Experts said")
    assert not ThingNotes(one).leans_on_before(lead, lead.text)
    # Of several, the one its article named: a note says which.
    named = corpus(
        "The Tansy worm hit banks on Monday. Experts said on Tuesday that the worm deleted files.",
        "The Corvid worm hit schools. The worm spread fast.",
        "The Pallet worm hit shops. The worm spread fast.",
    )
    lead = _sentence(named, "Experts said")
    notes = ThingNotes(named)
    assert not notes.leans_on_before(lead, lead.text)
    assert notes.notes(lead, lead.text) == [("the worm", "Tansy worm")]


def test_of_several_named_things_the_one_its_headline_names_is_the_articles():
    others = (
        "The Tansy worm hit shops. The worm spread fast.",
        "The Corvid worm hit schools. The worm spread fast.",
        "The Pallet worm hit farms. The worm spread fast.",
    )
    text = (
        "Banks shut their networks on Monday after the worm struck. "
        "Experts said on Tuesday that the worm deleted files."
    )
    docs = [Document(f"d{i}.txt", t, title="A", date=THU) for i, t in enumerate(others)]
    for title, one in (("Tansy worm hits banks", True), ("Banks shut networks", False)):
        c = analyse([Document("e.txt", text, title=title, date=THU), *docs], entities=True)
        lead = _sentence(c, "Experts said")
        notes = ThingNotes(c)
        assert notes.leans_on_before(lead, lead.text) is not one
        assert notes.notes(lead, lead.text) == ([("the worm", "Tansy worm")] if one else [])
