"""The heading of a dispute: who rejects, in a few words."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.dispute_topics import dispute_topic, group_before, name_pronoun
from briefing.model import Document


@pytest.mark.parametrize(
    ("sentence", "verb", "heading"),
    [
        # A subject whose last part is no name stays whole.
        (
            "Dayton police and city officials denied that any protests had occurred.",
            "denied",
            "Disputed: Dayton police and city officials denied that any protests had occurred.",
        ),
        # The name in apposition, with the adverb before the verb.
        (
            "The plant owner, Ann Lee, flatly rejected the allegations.",
            "rejected",
            "Disputed: Ann Lee flatly rejected the allegations.",
        ),
        # A name before an aside.
        (
            "Acme, which has denied any fault, disputed the test results.",
            "disputed",
            "Disputed: Acme disputed the test results.",
        ),
        (
            "Victor Lee, chairman of the board, dismissed the criticism as unfounded.",
            "dismissed",
            "Disputed: Victor Lee dismissed the criticism as unfounded.",
        ),
        # An adverbial is no party: the heading starts at the verb.
        (
            "On Monday, the court rejected the claim.",
            "rejected",
            "Disputed: The court rejected the claim.",
        ),
    ],
)
def test_the_heading_names_the_party_that_rejects(sentence, verb, heading):
    assert dispute_topic(sentence, sentence.index(verb)) == heading


def test_a_one_source_dispute_says_so():
    sentence = "Bush denied the charge."
    topic = dispute_topic(sentence, sentence.index("denied"), one_source=True)
    assert topic == "Disputed (one source reports both sides): Bush denied the charge."


@pytest.mark.parametrize(
    ("sentence", "verb", "heading"),
    [
        # A long sentence ends where the party's own clause begins, never mid-clause.
        (
            "Dayton police and city officials denied that any protests had occurred in the"
            " old town last spring, although they confirmed that the city had banned the"
            " hiring out of carts.",
            "denied",
            "Disputed: Dayton police and city officials denied that any protests had"
            " occurred in the old town last spring.",
        ),
        # No clause break: the heading ends after the claim's noun.
        (
            "These results refuted the Acme board's claim that the building of new homes in"
            " the valley is needed by rising demand caused by the growth of its towns.",
            "refuted",
            "Disputed: These results refuted the Acme board's claim.",
        ),
        # A short one is shown whole, its figure too.
        (
            "The ministry said the figures were incorrect and tenders had been issued for"
            " only 678 new homes.",
            "said",
            "Disputed: The ministry said the figures were incorrect and tenders had been"
            " issued for only 678 new homes.",
        ),
    ],
)
def test_a_heading_is_a_whole_clause(sentence, verb, heading):
    topic = dispute_topic(sentence, sentence.index(verb))
    assert topic == heading
    assert "…" not in topic


def test_a_long_heading_with_no_break_is_shown_whole_rather_than_cut():
    sentence = "Acme rejected " + "very " * 30 + "much."
    assert dispute_topic(sentence, sentence.index("rejected")) == "Disputed: " + sentence


def test_a_long_subject_with_no_comma_still_says_who_rejects():
    sentence = (
        "A number of adoptive parents and groups that place children from abroad refuted"
        " reports about abuse in the orphanages."
    )
    assert dispute_topic(sentence, sentence.index("refuted")) == "Disputed: " + sentence


def test_he_who_rejects_is_the_person_the_sentence_opens_with():
    sentence = (
        "Board Chairman Ann Lee said Friday that more tests are needed, and she disputed a"
        " wire report that the pilot was to blame."
    )
    assert dispute_topic(sentence, sentence.index("disputed")) == (
        "Disputed: Ann Lee disputed a wire report that the pilot was to blame."
    )


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        (
            "In a letter to the board last year, however, Lee said he had no say in the matter"
            " and he rejected the notion he would favour his firm.",
            "Disputed: Lee rejected the notion he would favour his firm.",
        ),
        (
            "Though Smith admittedly took part in the raid, he denies that he fired the shot.",
            "Disputed: Smith denies that he fired the shot.",
        ),
    ],
)
def test_he_who_rejects_is_the_person_a_clause_of_the_sentence_opens_with(sentence, heading):
    verb = next(v for v in ("rejected", "denies") if v in sentence)
    assert dispute_topic(sentence, sentence.index(verb)) == heading


def test_a_heading_that_would_open_with_the_verb_says_who_rejects():
    sentence = (
        "His lawyer, however, spoke with reporters and questioned whether the flaw was as"
        " costly as prosecutors allege."
    )
    start = sentence.index("questioned")
    assert dispute_topic(sentence, start, sentence[start:].rstrip(".")) == (
        "Disputed: " + sentence.rstrip(".")
    )


def test_a_long_subject_ends_at_its_first_clause_break():
    sentence = (
        "The board of the port as well as the head of the team of outside inspectors led by"
        " the Harbour Safety Office of the Northern Region, or HSO, denied the allegations,"
        " saying any small errors would not change the overall results."
    )
    topic = dispute_topic(sentence, sentence.index("denied"))
    assert topic == "Disputed: " + sentence[: sentence.index(", saying")] + "."


@pytest.mark.parametrize(
    ("topic", "person", "named"),
    [
        (
            "Disputed: He also dismissed fears.",
            "Ann Lee",
            "Disputed: [Ann Lee] also dismissed fears.",
        ),
        ("Disputed: He also dismissed fears.", None, None),
        ("Disputed: They rejected the report.", "Ann Lee", None),
        ("Disputed: They rejected the report.", None, None),
        ("Disputed: Lee rejected the report.", None, "Disputed: Lee rejected the report."),
        ("Disputed: Hector rejected it.", None, "Disputed: Hector rejected it."),
        (
            "Disputed: His aides denied the report.",
            "Ann Lee",
            "Disputed: [Ann Lee's] aides denied the report.",
        ),
        ("Disputed: Her aides denied the report.", None, None),
        ("Disputed: Herbert denied the report.", None, "Disputed: Herbert denied the report."),
    ],
)
def test_a_heading_opening_with_a_pronoun_is_named_or_dropped(topic, person, named):
    assert name_pronoun(topic, person) == named


def test_a_they_heading_is_named_by_the_group_found_before():
    topic = "Disputed: They rejected the report."
    assert name_pronoun(topic, "Ann Lee", "six members of parliament") == (
        "Disputed: [Six members of parliament] rejected the report."
    )


def _groups(text: str) -> list[str | None]:
    adoc = analyse([Document(location="a.txt", text=text, title="A")]).docs[0]
    return [group_before(adoc, s) for s in adoc.sentences[1:]]


def test_the_group_a_they_stands_for():
    assert _groups(
        "The minister took bribes, according to six members of parliament. They denied the report."
    ) == ["six members of parliament"]
    assert _groups(
        "Opposition lawmakers said the vote was rigged. They said so on Monday. "
        "They rejected the claim."
    ) == ["Opposition lawmakers", "Opposition lawmakers"]


def test_no_group_when_the_sentence_before_is_about_someone_else():
    assert _groups("The minister said the vote was fair. They rejected the claim.") == [None]
    assert _groups(
        "Lawmakers and judges met, according to aides and officials. They denied it."
    ) == [None]
