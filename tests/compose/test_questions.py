"""Open questions: phrasing by rule, who raised them, merging, answered marking, sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analyse import analyse
from briefing.compose.questions import find_open_questions
from briefing.model import Corpus, Document, Statement

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


def corpus(*texts: str, entities: bool = True) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs, entities=entities)


def questions(*texts: str, **kwargs):
    return find_open_questions(corpus(*texts), **kwargs)


def test_reported_question_is_inverted_and_keeps_who_asked():
    qs = questions(
        "The hearing lasted three hours.\n\n"
        "Senator Jane Smith asked whether the agency would publish the inspection report."
    )
    assert [q.question for q in qs] == ["Will the agency publish the inspection report?"]
    assert qs[0].raised_by and "Jane Smith" in qs[0].raised_by
    assert qs[0].sources == [1]
    assert qs[0].status == "open"
    assert "asked whether" in qs[0].context


def test_question_embedded_in_a_quote_uses_do_support():
    qs = questions(
        "Rep. Tom Baker of Ohio asked Monday if “our drinking water reside[s] in an unsafe pipe?”"
    )
    assert qs[0].question == "Does our drinking water reside in an unsafe pipe?"
    assert "Tom Baker" in (qs[0].raised_by or "")


def test_demand_becomes_a_will_question():
    qs = questions(
        "Mayor Ann Lee said the town had waited long enough, "
        "demanding Acme hand over its safety records to the council."
    )
    assert qs[0].question == "Will Acme hand over its safety records to the council?"
    assert "Ann Lee" in (qs[0].raised_by or "")


def test_refusal_to_say_when_gives_a_when_question():
    qs = questions("The spokesman for Acme declined to say when the plant would reopen.")
    assert qs[0].question == "When will the plant reopen?"
    assert qs[0].raised_by is None  # the one who declines did not raise it


def test_same_question_from_two_sources_is_merged():
    qs = questions(
        "Senator Jane Smith asked whether the agency would publish the inspection report.",
        "Representative Bob Stone also asked if the agency would publish the inspection report.",
    )
    assert len(qs) == 1
    assert qs[0].sources == [1, 2]


def test_pending_action_answered_by_another_source():
    qs = questions(
        "Acme employs 400 people in the town. Acme said it will close the Springfield plant "
        "next month.",
        "Acme has closed the Springfield plant, a spokeswoman said on Friday.",
    )
    closing = [q for q in qs if "Springfield plant" in q.question]
    assert closing and closing[0].question.startswith("Will Acme close the Springfield plant")
    assert closing[0].status == "answered"
    assert closing[0].answer is not None and closing[0].answer.sources == [2]
    assert "has closed" in closing[0].answer.text


def test_unrelated_completion_does_not_answer():
    qs = questions(
        "Acme said it will close the Springfield plant next month.",
        "Acme closed its Ohio sales office last year.",
    )
    assert qs and qs[0].status == "open" and qs[0].answer is None


def test_question_answered_later_in_the_same_article():
    qs = questions(
        "Councillor Maria Diaz asked whether the county would close the landfill.\n\n"
        "The county closed the landfill on Friday after weeks of protests."
    )
    assert qs[0].status == "answered"
    assert qs[0].answer is not None and qs[0].answer.text.startswith("The county closed")


def test_earlier_sentence_of_the_same_article_is_not_an_answer():
    qs = questions(
        "The county closed the landfill near the river in 1990.\n\n"
        "Councillor Maria Diaz asked whether the county would close the new landfill."
    )
    assert qs[0].status == "open"


def test_answer_is_reported_as_the_matching_statement_with_all_its_sources():
    texts = (
        "Councillor Maria Diaz asked whether the county would close the landfill.",
        "The county closed the landfill on Friday.",
    )
    merged = Statement("The county closed the landfill on Friday.", [2, 3], score=0.9)
    qs = find_open_questions(corpus(*texts), statements=[merged])
    assert qs[0].answer is merged


def test_rhetorical_headline_question_is_dropped():
    qs = questions(
        "When will the mayor ever learn?\n\nThe mayor spoke on Monday about the new budget plan."
    )
    assert qs == []


def test_non_questions_are_not_reported():
    qs = questions(
        "Raise your hand if the council ever asked you for advice.\n\n"
        "For any questions about our guidelines, please contact the editor."
    )
    assert qs == []


def test_max_questions_and_ranking():
    qs = questions(
        "Senator Jane Smith asked whether the agency would publish the inspection report.\n\n"
        "It is unclear whether the new pipes will last a decade.\n\n"
        "Mayor Ann Lee demanded Acme hand over its safety records.",
        max_questions=2,
    )
    assert len(qs) == 2
    assert all(q.raised_by for q in qs)  # the officials' questions outrank the hedge


def test_works_without_entity_analysis():
    qs = find_open_questions(
        corpus(
            "Senator Jane Smith asked whether the agency would publish the inspection report.",
            entities=False,
        )
    )
    assert qs[0].question == "Will the agency publish the inspection report?"


@pytest.fixture(scope="module")
def sample_questions():
    from briefing.ingest import ingest

    docs = ingest([str(SAMPLE)]).documents
    return find_open_questions(analyse(docs, entities=True), max_questions=8)


def test_sample_corpus_questions(sample_questions):
    qs = sample_questions
    assert len(qs) >= 4
    assert all(q.question.endswith("?") and q.sources for q in qs)
    texts = [q.question.lower() for q in qs]
    assert any("server in china" in t or "chinese servers" in t for t in texts)
    assert any("audits" in t and "public" in t for t in texts)
    servers = next(q for q in qs if "server" in q.question.lower())
    assert "Warner" in (servers.raised_by or "")


def test_demand_that_with_a_present_tense_looking_verb_is_still_a_will_question():
    qs = questions(
        "Egyptian officials have demanded that the United States provide detailed radar data."
    )
    assert qs[0].question == "Will the United States provide detailed radar data?"


def test_demand_with_an_infinitive():
    qs = questions("Minister Ali Hassan is still demanding the agency to release the flight data.")
    assert qs[0].question == "Will the agency release the flight data?"


def test_last_clause_of_a_long_quoted_question():
    qs = questions(
        "“We were worried that when the money runs out, what are the families going to do?” "
        "said Glen Reyes, a county official."
    )
    assert qs[0].question == "What are the families going to do?"
    assert "Glen Reyes" in (qs[0].raised_by or "")


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The commission opened a probe to find out whether Acme failed to protect privacy.",
            "Did Acme fail to protect privacy?",
        ),
        (
            "Senator Jane Smith asked if “our personal data resides on a server abroad?”",
            "Does our personal data reside on a server abroad?",
        ),
        (
            "Mayor Ann Lee demanded Acme hand over its safety records.",
            "Will Acme hand over its safety records?",
        ),
    ],
)
def test_regex_fallback_tenses(sentence, question):
    qs = find_open_questions(corpus(sentence, entities=False))
    assert qs and qs[0].question == question


def test_sample_corpus_without_entity_analysis():
    from briefing.ingest import ingest

    docs = ingest([str(SAMPLE)]).documents
    qs = find_open_questions(analyse(docs, entities=False))
    texts = [q.question.lower() for q in qs]
    assert any("server in china" in t for t in texts)
    assert any("audits" in t and "public" in t for t in texts)


def test_auxiliary_does_is_not_stripped_to_doe() -> None:
    from briefing.analyse import analyse as run_analysis
    from briefing.compose.questions import find_open_questions as find
    from briefing.model import Document as Doc

    text = "The question everyone is asking is whether the treatment does more than mask the pain."
    for entities in (True, False):
        corpus = run_analysis([Doc(location="a.txt", text=text)], entities=entities)
        assert [q.question for q in find(corpus)] == [
            "Does the treatment do more than mask the pain?"
        ]


def test_question_about_an_unnamed_they_is_dropped() -> None:
    from briefing.analyse import analyse as run_analysis
    from briefing.compose.questions import find_open_questions as find
    from briefing.model import Document as Doc

    text = (
        "Much of the research on herbal sleep remedies is weak, so more study is needed to "
        "determine if they really help restless sleepers, according to the review."
    )
    corpus = run_analysis([Doc(location="a.txt", text=text)], entities=True)
    assert not any(q.question.startswith("Do they") for q in find(corpus))
