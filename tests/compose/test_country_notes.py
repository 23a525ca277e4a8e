"""Country notes: whose parliament, when a story is told in several countries."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.analyse import analyse
from briefing.compose.country_notes import article_country, country_notes, story_countries
from briefing.compose.timeline_notes import noted_entries
from briefing.model import Corpus, Document, Sentence

THU = dt.date(2018, 6, 7)

CHILE = Document(
    "a.txt",
    "A drastic bill on plastic bags cleared a key hurdle in Parliament on Friday. "
    "Health Minister Rosa Vidal said lawmakers would agree.",
    title="Bag bill moves ahead",
    date=THU,
    place="SANTIAGO, Chile",
)
KENYA = Document(
    "b.txt",
    "Kenya banned plastic bags in shops on Monday. The ban starts in June.",
    title="Kenya bans plastic bags",
    date=THU,
    place="NAIROBI",
)
OREGON = Document(
    "c.txt",
    "Gov. Dana Harlow on Tuesday vetoed a measure that would have taxed plastic bags. "
    "The bag bill had passed the Senate on Monday.",
    title="Harlow vetoes bag tax",
    date=THU,
    place="SALEM, Ore.",
)


def _corpus(*documents: Document) -> Corpus:
    return analyse(list(documents), entities=True)


def _sentence(c: Corpus, start: str) -> Sentence:
    (found,) = [s for s in c.sentences() if s.text.startswith(start)]
    return found


def _noted(c: Corpus, start: str) -> str:
    lead = _sentence(c, start)
    (text,) = noted_entries(c, [(lead, lead.text)])
    return text


def test_an_article_is_about_its_datelines_country_or_the_one_its_headline_names():
    c = _corpus(CHILE, KENYA, Document("d.txt", "Bags were banned.", title="Peru bans bags"))
    assert [article_country(d) for d in c.docs] == ["Chile", "Kenya", "Peru"]
    assert story_countries(c) == {0: "Chile", 1: "Kenya", 2: "Peru"}


def test_a_body_an_entry_names_without_its_country_gets_its_articles_country():
    c = _corpus(CHILE, KENYA)
    assert _noted(c, "A drastic bill") == (
        "A drastic bill on plastic bags cleared a key hurdle in Parliament [Chile] on Friday."
    )
    assert _noted(c, "Health Minister") == (
        "Health Minister Rosa Vidal [Chile] said lawmakers would agree."
    )


def test_a_story_of_one_country_or_an_entry_naming_its_own_gets_no_note():
    c = _corpus(CHILE)
    assert _noted(c, "A drastic bill") == CHILE.text.split(" Health")[0]
    c = _corpus(CHILE, KENYA)
    lead = _sentence(c, "Kenya banned")
    assert country_notes(c.docs[1], lead, lead.text, story_countries(c)) == []


def test_an_article_naming_another_country_before_the_entry_gets_no_note():
    compared = Document(
        "e.txt",
        "Lawmakers looked at the ban in Kenya. A bill cleared Parliament on Friday.",
        title="Bag bill",
        date=THU,
        place="SANTIAGO, Chile",
    )
    c = _corpus(compared, KENYA)
    assert _noted(c, "A bill cleared") == "A bill cleared Parliament on Friday."


def test_a_state_datelined_article_notes_its_governor_with_the_state_and_nothing_else():
    c = _corpus(OREGON, KENYA)
    assert _noted(c, "Gov. Dana Harlow") == (
        "Gov. Dana Harlow [Oregon] on Tuesday vetoed a measure that would have taxed plastic bags."
    )
    # The state's senate or the nation's: no note.
    assert _noted(c, "The bag bill") == "The bag bill had passed the Senate on Monday."


def test_a_law_only_a_word_of_a_longer_name_takes_no_note():
    lecture = Document(
        "f.txt",
        "University law professor Ana Rojas spoke on Friday.",
        title="Chile debates bags",
        date=THU,
    )
    c = _corpus(lecture, KENYA)
    assert _noted(c, "University law") == lecture.text


WIRED = Document(
    "g.txt",
    "Macau police arrested a Lorvanian trader on Monday. "
    "Macau's Judicial Police said the trader had smuggled jade since 2016. "
    "A bill cleared Parliament on Friday.",
    title="Jade trader held",
    date=THU,
    place="WASHINGTON",
)


def test_an_entry_naming_its_place_in_a_possessive_or_an_adjective_gets_no_note():
    # "Macau's Judicial Police" is one name (no place among the sentence's entities).
    held = dataclasses.replace(
        WIRED,
        text="Officers of Macau's Judicial Police on Monday arrested a trader. "
        "Macau police said the trader had smuggled jade since 2016.",
    )
    c = _corpus(held, KENYA)
    countries = {0: "United States", 1: "Kenya"}
    for start in ("Officers of", "Macau police"):
        lead = _sentence(c, start)
        assert country_notes(c.docs[0], lead, lead.text, countries) == []


def test_a_report_filed_from_abroad_is_not_about_its_datelines_country():
    c = _corpus(WIRED, KENYA)
    assert article_country(c.docs[0]) is None
    assert _noted(c, "A bill cleared") == "A bill cleared Parliament on Friday."
    # Its headline names the dateline's country: the article is about it.
    home = dataclasses.replace(WIRED, title="US trader held", text=WIRED.text.split(". ")[-1])
    assert article_country(_corpus(home).docs[0]) == "United States"
    # An opening that names only a city the lists do not place leaves the country in doubt.
    city = dataclasses.replace(WIRED, text="Police in Osaka arrested a trader on Monday.")
    assert article_country(_corpus(city).docs[0]) is None
