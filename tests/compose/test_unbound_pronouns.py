"""Unbound pronouns: a pronoun its own sentence gives nothing to stand for."""

from __future__ import annotations

import pytest

from briefing.compose import unbound_pronouns
from briefing.compose.unbound_pronouns import (
    unbound_after_fronted,
    unbound_person,
    unbound_pronoun,
)

from .conftest import articles
from .conftest import sentence_starting as _sentence

ARTICLE = (
    "Harbour crews in Marlow checked the ferry quay for storm damage on Monday. "
    "If they are found, there are several ways to seal them with a new kind of resin. "
    "The new pumps are one of several machines he bought for the harbour last year. "
    "Between 2001 and 2003, it rose another 6 percent, the harbour office said. "
    "Harbour officials said that is why the ferries stayed in Eastport. "
    "Ferry captains said they would sail from Eastport until the quay opened. "
    "Citing their safety rules, the captains refused to dock at the old pier. "
    "A former ferry engineer was praised by his union for the repairs. "
    "It is likely that the quay will reopen in May. "
    "Known for its thrift, the Marlow Port Safety Board paid for the resin itself. "
    "Nobody questions that he will rebuild the quay before the summer."
)


def test_a_pronoun_nothing_before_it_stands_for_is_unbound() -> None:
    (adoc,) = articles(ARTICLE).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "If they are found")) == "they"
    assert unbound_pronoun(adoc, _sentence(adoc, "The new pumps")) == "he"
    assert unbound_pronoun(adoc, _sentence(adoc, "Between 2001")) == "it"
    assert unbound_pronoun(adoc, _sentence(adoc, "Harbour officials said")) == "that"
    assert unbound_pronoun(adoc, _sentence(adoc, "Nobody questions")) == "he"


def test_a_pronoun_a_noun_or_the_subject_stands_for_is_bound() -> None:
    (adoc,) = articles(ARTICLE).docs
    for start in (
        "Harbour crews",
        "Ferry captains said they",  # "captains ... they"
        "Citing their safety rules",  # the subject after the opening
        "A former ferry engineer",  # "engineer ... his"
        "It is likely",  # an empty subject
        "Known for its thrift",
    ):
        assert unbound_pronoun(adoc, _sentence(adoc, start)) is None, start


FRONTED = (
    "The Glimmer worm spreads by mail. "
    "Once in the network it will infect any files the owner opens. "
    "Inside the laptop, it hides in the memory. "
    "After the meeting with the mayor, he left the town hall. "
    "When the worm reaches a computer, it deletes the files. "
    "When the mayor met the board, he resigned. "
    "Once the ferry is repaired, it will sail again."
)


def test_a_noun_of_a_fronted_phrase_is_no_doer_a_subject_pronoun_stands_for() -> None:
    (adoc,) = articles(FRONTED).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "Once in the network")) == "it"
    assert unbound_pronoun(adoc, _sentence(adoc, "Inside the laptop")) == "it"
    assert unbound_pronoun(adoc, _sentence(adoc, "After the meeting")) == "he"


def test_the_doer_of_a_fronted_clause_binds_a_subject_pronoun() -> None:
    (adoc,) = articles(FRONTED).docs
    for start in ("When the worm", "When the mayor", "Once the ferry"):
        assert unbound_pronoun(adoc, _sentence(adoc, start)) is None, start


def test_only_a_pronoun_a_fronted_noun_seemed_to_bind_is_unbound_after_fronted() -> None:
    (adoc,) = articles(FRONTED).docs
    assert unbound_after_fronted(adoc, _sentence(adoc, "Once in the network")) == "it"
    assert unbound_after_fronted(adoc, _sentence(adoc, "When the worm")) is None
    (adoc,) = articles(ARTICLE).docs
    for start in ("If they are found", "Between 2001", "Harbour officials said"):
        assert unbound_after_fronted(adoc, _sentence(adoc, start)) is None, start


def test_the_screen_on_the_tokens_words_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentences without a token ``_unbound`` may give are passed over unread: the answers
    are those of reading every sentence."""
    (adoc,) = articles(ARTICLE).docs

    def answers() -> list[tuple[str | None, str | None]]:
        return [(unbound_pronoun(adoc, s), unbound_after_fronted(adoc, s)) for s in adoc.sentences]

    screened = answers()
    monkeypatch.setattr(unbound_pronouns, "_may_hold", lambda *_: True)
    assert answers() == screened
    assert any(a for a, _ in screened)


def test_that_as_the_main_subject_after_a_fronted_phrase_stands_for_what_was_told() -> None:
    # The tagger reads these "that" as relative (WDT); the subject of the main verb is none.
    (adoc,) = articles(
        "The league and the union met on Monday in the capital. "
        "Barring a late deal, that will leave too few weeks to rescue the season. "
        "While Hale counsels caution, that could mean the town is back to 20,000 people. "
        "The plan that failed last year was dropped by the council."
    ).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "Barring a late")) == "that"
    assert unbound_pronoun(adoc, _sentence(adoc, "While Hale")) == "that"
    assert unbound_pronoun(adoc, _sentence(adoc, "The plan that failed")) is None


OBJECTS = (
    "The Marlow council debated a harbour levy on Monday. "
    "The board will not put it to a vote before the summer recess. "
    "By 2004 it was open to every ferry in the harbour. "
    "To fund it and to mend the pier, the city raised the fares. "
    "Bob Hale denied this in a letter to the council. "
    "It took years to rebuild the old pier after the storm. "
    "It was the mayor who signed the levy into law on Friday. "
    "The company sold its old plant last year and closed it in June. "
    "Fares rose in 1998, and officials kept them at that level. "
    "Hale agreed with those who opposed the levy."
)


def test_an_object_only_its_own_doer_could_stand_for_is_unbound() -> None:
    (adoc,) = articles(OBJECTS).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "The board will not")) == "it"
    assert unbound_pronoun(adoc, _sentence(adoc, "To fund it")) == "it"
    # an "it" of "be" with no clause saying what it is, a "that" standing alone as object
    assert unbound_pronoun(adoc, _sentence(adoc, "By 2004")) == "it"
    assert unbound_pronoun(adoc, _sentence(adoc, "Bob Hale denied")) == "this"
    for start in ("It took years", "It was the mayor", "The company sold", "Fares rose", "Hale"):
        assert unbound_pronoun(adoc, _sentence(adoc, start)) is None, start
    # the summary's question is unchanged: no phrase fronted before these
    assert unbound_after_fronted(adoc, _sentence(adoc, "By 2004")) is None


NUMBER = (
    "The ferry union and the harbour board met on Monday. "
    "If the captains win, it will end the last dispute over the quay. "
    "If the board wins, it will rebuild the quay. "
    "The United States said its navy would help."
)


def test_a_plural_noun_binds_no_it_in_a_digest() -> None:
    (adoc,) = articles(NUMBER).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "If the captains win")) == "it"
    for start in ("If the board wins", "The United States said"):
        assert unbound_pronoun(adoc, _sentence(adoc, start)) is None, start


def test_an_it_seems_set_off_in_its_clause_is_empty() -> None:
    (adoc,) = articles(
        "The ferry union met on Monday. Captains, it seems, are more patient than the union."
    ).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "Captains, it seems")) is None


def test_a_person_named_after_a_subject_pronoun_in_its_clause_binds_it_not() -> None:
    (adoc,) = articles(
        "The ferry union met on Monday. "
        "In recent visits to Eastport and Marlow, she said captains asked her about "
        "Ivo Brenner's arrest. "
        "When Ida Brenner met the captains, she said the pier would open."
    ).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "In recent visits")) == "she"
    assert unbound_pronoun(adoc, _sentence(adoc, "When Ida Brenner")) is None


PEOPLE = (
    "A Veldian tribunal looking into the collapse found him partly to blame for the deaths. "
    "Veldian police arrested him at the border on Friday. "
    "The port commission cleared her of any blame in March. "
    "A Veldian inquiry found he was partly to blame for the flood. "
    "Hale said his ministry would pay for the repairs. "
    "In his speech on Monday, the mayor promised to rebuild the quay. "
    "A former ferry engineer was praised by his union for the repairs. "
    "Mayor Ann Pike, who led the inquiry, said her office would publish its report. "
    "The captains said their union would back the new pier. "
    "Harbour police questioned the organizer of the march and told him to leave."
)


def test_a_people_a_body_or_a_place_binds_no_person_pronoun() -> None:
    (adoc,) = articles(PEOPLE).docs
    assert unbound_person(adoc, _sentence(adoc, "A Veldian tribunal")) == "him"
    assert unbound_person(adoc, _sentence(adoc, "Veldian police")) == "him"
    assert unbound_person(adoc, _sentence(adoc, "The port commission")) == "her"
    assert unbound_person(adoc, _sentence(adoc, "A Veldian inquiry")) == "he"


def test_a_person_the_sentence_names_binds_a_person_pronoun() -> None:
    (adoc,) = articles(PEOPLE).docs
    for start in ("Hale said", "In his speech", "A former ferry", "Mayor Ann Pike", "Harbour"):
        assert unbound_person(adoc, _sentence(adoc, start)) is None, start
    # "they" and "their" are no person's.
    assert unbound_person(adoc, _sentence(adoc, "The captains")) is None
