"""Standing quantities and rates: the condition counted, whose rate, rounded estimates."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.standing import (
    capitalised,
    condition_at,
    count_span,
    lead_name,
    reworded,
    rounds_to,
    same_rate_subject,
)
from briefing.model import Document, Sentence


def test_the_condition_keeps_its_modifiers():
    text = "Rheumatoid arthritis afflicts 2 million Americans."
    adoc = analyse([Document(location="a.txt", text=text, title="A")]).docs[0]
    assert condition_at(adoc, text.index("arthritis")) == "Rheumatoid arthritis"


def test_a_rounded_figure_agrees_within_a_tenth():
    assert rounds_to(2_000_000, "about", 2_100_000, "")
    assert not rounds_to(2_000_000, "", 2_100_000, "")  # two exact figures differ
    assert not rounds_to(2_000_000, "about", 3_000_000, "")


def test_rates_by_two_killers_are_of_two_things():
    assert not same_rate_subject(
        "Doctors say that heart disease kills ", "Doctors say that heart disease kills 5 a year.",
        "Doctors say that cancer kills ", "Doctors say that cancer kills 8 a year.",
    )  # fmt: skip
    assert same_rate_subject(
        "Doctors say that malaria kills ", "Doctors say that malaria kills 5 a year.",
        "Nurses say that malaria kills ", "Nurses say that malaria kills 8 a year.",
    )  # fmt: skip
    assert same_rate_subject("in all it causes ", "in all it causes 5 a year", "some ", "some 8")


def test_capitalised_is_no_acronym():
    assert capitalised("Osteoarthritis")
    assert not capitalised("HIV")
    assert not capitalised("osteoarthritis")


def test_the_condition_runs_from_a_modifier_to_its_noun():
    text = "About 3 million Americans suffer from grey lung."
    adoc = analyse([Document(location="a.txt", text=text, title="A")]).docs[0]
    assert condition_at(adoc, text.index("grey")) == "grey lung"


def test_a_standing_count_is_the_same_in_other_words():
    assert reworded("orphan", "AIDS orphans", "The region has ", ".") == ("orphan", "AIDS")
    assert reworded("child", "children", "There are ", " orphaned by AIDS.") == ("orphan", "AIDS")
    assert reworded("child", "children", "AIDS has left ", " orphaned.") == ("orphan", "AIDS")
    assert reworded("person", "HIV-positive people", "About ", ".") == ("person", "HIV")
    assert reworded("person", "people", "", " in the country are HIV positive.") == (
        "person",
        "HIV",
    )


def test_a_condition_nobody_can_name_is_no_standing_count():
    assert reworded("orphan", "war orphans", "The region has ", ".") is None
    assert reworded("person", "people", "", " tested positive for the drug.") is None
    assert reworded("child", "children", "The school has ", " in its classes.") is None


def test_a_first_word_the_other_sentence_lacks_may_be_a_name():
    from briefing.compose.standing import lead_name
    from briefing.model import Document

    docs = [
        Document(location="a.txt", text="Kalder police detained 32 suspects.", title="A"),
        Document(location="b.txt", text="Police detained 18 suspects, police said.", title="B"),
        Document(location="c.txt", text="Thirty suspects were detained by police.", title="C"),
    ]
    a, b, c = (d.sentences[0] for d in analyse(docs).docs)
    assert lead_name(a, b)
    assert not lead_name(b, c)  # "police" is in the other sentence
    assert not lead_name(c, a)  # a number word


def test_a_sentence_opening_on_a_word_written_in_lower_case_elsewhere_opens_on_no_name():
    opening = Sentence(doc=0, index=0, paragraph=0, text="Authorities arrested 18.", start=0,
                       end=24, words=["authorities", "arrested", "18"])  # fmt: skip
    other = Sentence(doc=1, index=0, paragraph=0, text="Police held 32.", start=0, end=15,
                     words=["police", "held", "32"])  # fmt: skip
    assert lead_name(opening, other)
    assert not lead_name(opening, other, frozenset({"authorities"}))


def test_the_counts_a_figure_allows():
    assert count_span(2e6, "", (1.5e6, 2e6)) == (1.5e6 * 0.9, 2e6 * 1.1)  # a range, rounded
    assert count_span(2e6, "about", None) == (2e6 * 0.9, 2e6 * 1.1)
    assert count_span(2e6, "more than", None) == (2e6, float("inf"))
    assert count_span(2e6, "up to", None) == (0.0, 2e6)
    assert count_span(2e6, "", None) == (2e6, 2e6)
