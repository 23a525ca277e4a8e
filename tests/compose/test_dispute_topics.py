"""The heading of a dispute: who rejects, in a few words."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.dispute_topics import (
    dispute_topic,
    group_before,
    label_told,
    name_pronoun,
    sentence_topic,
)
from briefing.model import Document


@pytest.mark.parametrize(
    ("sentence", "verb", "heading"),
    [
        # A subject whose last part is no name stays whole.
        (
            "Dunmore port and county officials denied that any strike had been called.",
            "denied",
            "Disputed: Dunmore port and county officials denied that any strike had been called.",
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
            "Rena Okafor, head of the trust, dismissed the criticism as baseless.",
            "dismissed",
            "Disputed: Rena Okafor dismissed the criticism as baseless.",
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
    sentence = "Marlow denied the charge."
    topic = dispute_topic(sentence, sentence.index("denied"), one_source=True)
    assert topic == "Disputed (one source reports both sides): Marlow denied the charge."


@pytest.mark.parametrize(
    ("sentence", "verb", "heading"),
    [
        # A long sentence ends where the party's own clause begins, never mid-clause.
        (
            "Dunmore harbour and county officials denied that any strike had been called at"
            " the east quay last winter, although they confirmed that the port had halted the"
            " loading of grain.",
            "denied",
            "Disputed: Dunmore harbour and county officials denied that any strike had been"
            " called at the east quay last winter.",
        ),
        # No clause break: the heading keeps what the claim holds while it can be read
        # whole ("refuted the Acme board's claim." says whose claim, not what it holds) ...
        (
            "These results refuted the Acme board's claim that the building of new homes in"
            " the valley is needed by rising demand caused by the growth of its towns.",
            "refuted",
            "Disputed: These results refuted the Acme board's claim that the building of new"
            " homes in the valley is needed by rising demand caused by the growth of its towns.",
        ),
        # ... and ends after the claim's noun only when too long for that.
        (
            "These results refuted the Acme board's claim that the building of new homes in"
            " the valley is needed by rising demand caused by the growth of its towns and by"
            " the families who moved to the coast from the hill farms in the long winters.",
            "refuted",
            "Disputed: These results refuted the Acme board's claim.",
        ),
        # A short one is shown whole, its figure too.
        (
            "The council said the estimates were wrong and permits had been granted for"
            " only 412 new flats.",
            "said",
            "Disputed: The council said the estimates were wrong and permits had been"
            " granted for only 412 new flats.",
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
            "In a note to the council last year, however, Marlow said he had no part in the deal"
            " and he rejected the suggestion he might favour his brother.",
            "Disputed: Marlow rejected the suggestion he might favour his brother.",
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
        "Her agent, however, met the press and questioned whether the fault was as"
        " costly as the insurers allege."
    )
    start = sentence.index("questioned")
    assert dispute_topic(sentence, start, sentence[start:].rstrip(".")) == (
        "Disputed: " + sentence.rstrip(".")
    )


def test_a_heading_that_would_open_with_its_rejection_says_who_rejects():
    sentence = (
        "In May, the county board said while it believed the mill had spilled oil, it had"
        " no evidence that solvent was dumped in the Vell river."
    )
    start = sentence.index("had no evidence")
    assert dispute_topic(sentence, start) == "Disputed: The county board said while it " + (
        "believed the mill had spilled oil, it had no evidence that solvent was dumped in the"
        " Vell river."
    )


def test_a_long_subject_ends_at_its_first_clause_break():
    sentence = (
        "The board of the port as well as the chief of the panel of outside inspectors led by"
        " the Harbour Safety Office of the Northern Region, or HSO, denied the allegations,"
        " saying any small slips would not alter the final tally."
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
    assert name_pronoun(topic, "Ann Lee", "four town councillors") == (
        "Disputed: [Four town councillors] rejected the report."
    )


def _groups(text: str) -> list[str | None]:
    adoc = analyse([Document(location="a.txt", text=text, title="A")]).docs[0]
    return [group_before(adoc, s) for s in adoc.sentences[1:]]


def test_the_group_a_they_stands_for():
    assert _groups(
        "The mayor took bribes, according to four town councillors. They denied the report."
    ) == ["four town councillors"]
    assert _groups(
        "Opposition lawmakers said the vote was rigged. They said so on Monday. "
        "They rejected the claim."
    ) == ["Opposition lawmakers", "Opposition lawmakers"]


def test_no_group_when_the_sentence_before_is_about_someone_else():
    assert _groups("The minister said the vote was fair. They rejected the claim.") == [None]
    assert _groups(
        "Lawmakers and judges met, according to aides and officials. They denied it."
    ) == [None]


def test_a_heading_too_long_to_read_loses_a_short_name_given_beside_the_full_one():
    text = (
        "The county election board as well as the leader of the group of outside monitors "
        "sent by the Council for Fair Elections in the Northern Isles, or CFEN, denied the "
        "allegations, saying that any small errors would not alter the outcome."
    )
    assert sentence_topic(text) == "Disputed: " + text.replace(", or CFEN,", "")
    longer = text.replace("small errors", "small errors of any kind at all")
    assert sentence_topic(longer) is None  # still over 40 words: no heading
    short = "The Harbour Trust (HT) and the Port Board, or PB, denied the report."
    assert sentence_topic(short) == "Disputed: " + short  # short enough as written


def test_a_theory_named_by_its_label_is_told_from_the_claim_that_holds_its_words():
    claim = "The board argued that the pier had two breaks, one at each end of the quay."
    topic = "Disputed: The mayor's allies reject the two-breaks theory."
    assert label_told(topic, claim) == (
        "Disputed: The mayor's allies reject the two-breaks theory [that the pier had two breaks]."
    )
    # A claim that does not hold the label's words, or a heading with no label: as is.
    assert label_told(topic, "The board argued that the pier was old.") == topic
    plain = "Disputed: The board denied the fraud allegations."
    assert label_told(plain, "Auditors said that the fraud allegations were true.") == plain
