"""Open questions, answers: the same question from several sources merged, answered ones marked."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.memo import BadValue
from briefing.compose.questions.answers import done_clauses
from briefing.model import Document, Statement


def test_same_question_from_two_sources_is_merged(questions):
    qs = questions(
        "Senator Jane Smith asked whether the agency would publish the inspection report.",
        "Representative Bob Stone also asked if the agency would publish the inspection report.",
    )
    assert len(qs) == 1
    assert qs[0].sources == [1, 2]


def test_asked_action_answered_by_another_source(questions):
    qs = questions(
        "Acme employs 400 people in the town. Mayor Ann Lee asked whether Acme will close the "
        "Springfield plant next month.",
        "Acme has closed the Springfield plant, a spokeswoman said on Friday.",
    )
    closing = [q for q in qs if "Springfield plant" in q.question]
    assert closing and closing[0].question.startswith("Will Acme close the Springfield plant")
    assert closing[0].status == "answered"
    assert closing[0].answer is not None and closing[0].answer.sources == [2]
    assert "has closed" in closing[0].answer.text


def test_unrelated_completion_does_not_answer(questions):
    qs = questions(
        "Mayor Ann Lee asked whether Acme will close the Springfield plant next month.",
        "Acme closed its Ohio sales office last year.",
    )
    assert qs and qs[0].status == "open" and qs[0].answer is None


def test_question_answered_later_in_the_same_article(questions):
    qs = questions(
        "Councillor Maria Diaz asked whether the county would close the landfill.\n\n"
        "The county closed the landfill on Friday after weeks of protests."
    )
    assert qs[0].status == "answered"
    assert qs[0].answer is not None and qs[0].answer.text.startswith("The county closed")


def test_earlier_sentence_of_the_same_article_is_not_an_answer(questions):
    qs = questions(
        "The county closed the landfill near the river in 1990.\n\n"
        "Councillor Maria Diaz asked whether the county would close the new landfill."
    )
    assert qs[0].status == "open"


def test_answer_is_reported_as_the_matching_statement_with_all_its_sources(corpus, questions_of):
    texts = (
        "Councillor Maria Diaz asked whether the county would close the landfill.",
        "The county closed the landfill on Friday.",
    )
    merged = Statement("The county closed the landfill on Friday.", [2, 3], score=0.9)
    qs = questions_of(corpus(*texts), statements=[merged])
    assert qs[0].answer is merged


def test_answer_must_name_all_of_what_is_asked_about(questions):
    qs = questions(
        "Mayor Ann Lee urged Acme to halt the landfill expansion.",
        "The peace talks have been halted since the landfill opened in 1990.",
    )
    assert qs and qs[0].status == "open"


def test_action_reported_done_later_answers_a_will_question(questions):
    qs = questions(
        "Councillor Maria Diaz urged Acme to return the land to the county.",
        "Acme returned the land to the county on Friday, ending the dispute.",
    )
    assert qs and qs[0].question == "Will Acme return the land to the county?"
    assert qs[0].status == "answered"
    assert qs[0].answer is not None and qs[0].answer.text.startswith("Acme returned the land")


@pytest.mark.parametrize(
    "later",
    [
        "A judge ruled that Acme should return the land to the county.",  # a modal
        "Acme has not returned the land to the county.",  # a negation
        "Acme returned the deposit to the tenants.",  # done to something else
    ],
)
def test_action_not_reported_done_leaves_the_question_open(later, questions):
    qs = questions("Councillor Maria Diaz urged Acme to return the land to the county.", later)
    asked = [q for q in qs if q.question == "Will Acme return the land to the county?"]
    assert asked and asked[0].status == "open"


def test_a_release_reported_elsewhere_does_not_answer(questions):
    qs = questions(
        "Councillor Maria Diaz urged Acme to provide more information about its partnerships.",
        "Through an official partnership, Acme provided the county special access to its data.",
    )
    asked = [q for q in qs if q.question.startswith("Will Acme provide")]
    assert asked and asked[0].status == "open"


@pytest.mark.parametrize(
    ("call", "outcome", "asked", "told"),
    [
        pytest.param(  # the answer uses another verb of the decision's family
            "The Rev. John Hale urged Governor Tom Baker to spare Ann Cole, whose execution "
            "is set for May.",
            "Governor Tom Baker commuted Ann Cole's sentence to life in prison on Friday.",
            "spare Ann Cole",
            "commuted",
            id="another-verb-of-its-family",
        ),
        pytest.param(  # a passive call, answered by what happened to its subject
            "Church leaders called for Ann Cole to be spared, and her lawyers filed a new appeal.",
            "Ann Cole was executed on Friday in the state prison at Harnby.",
            "spared",
            "was executed",
            id="passive-by-its-outcome",
        ),
    ],
)
def test_decision_answered_by_a_later_outcome(questions, call, outcome, asked, told):
    qs = questions(call, outcome)
    found = [q for q in qs if asked in q.question]
    assert found and found[0].status == "answered"
    assert found[0].answer is not None and told in found[0].answer.text


def test_what_the_person_did_is_no_outcome_for_them(questions):
    qs = questions(
        "The Rev. John Hale urged Governor Tom Baker to spare Ann Cole, whose execution is set "
        "for May.",
        "Ann Cole killed two neighbours in 1990 and was arrested a week later.",
        "Governor Tom Baker has not decided whether to spare Ann Cole.",
    )
    spare = [q for q in qs if "spare Ann Cole" in q.question]
    assert spare and spare[0].status == "open"


def test_outcome_told_earlier_in_the_same_article_answers(questions):
    qs = questions(
        "Last week, the state executed Ann Cole.\n\nChurch groups had urged Governor Tom "
        "Baker to spare Ann Cole, whose case drew protests."
    )
    spare = [q for q in qs if "spare Ann Cole" in q.question]
    assert spare and spare[0].status == "answered"


def test_one_article_asking_the_same_thing_twice_gives_one_question(questions):
    qs = questions(
        "Health officials were not aware of any household product that contained the "
        "solvent. Chemists are not aware of any household uses for Trixol."
    )
    assert [q.question for q in qs] == ["Have there been any household uses for Trixol?"]


def test_done_reports_keeps_unhedged_endings_once_for_every_question(corpus):
    from briefing.compose.questions.answers import done_reports
    from briefing.compose.questions.context import QuestionContext

    source = corpus(
        "The county closed the landfill on Friday. Residents asked whether the plant closed. "
        "The mill will be closed, the owner said. Was the depot closed? The fair opened.",
        entities=False,
    )
    ctx = QuestionContext(source)
    found = done_reports(ctx)
    assert [s.text for s, _ in found] == ["The county closed the landfill on Friday."]
    assert {"county", "landfill"} <= found[0][1][0]
    assert done_reports(ctx) is found  # worked out once per context


def test_one_issue_asked_in_other_words_by_three_sources_is_one_question(questions):
    # "U.N." and "United Nations" are one body in the actor table; "investigate" and
    # "investigation" one stem; the third wording links the other two.
    qs = questions(
        "The United Nations (U.N.) sent envoys to Ruritania last week. Ruritania demanded "
        "that a U.N. panel of experts be set up to investigate.",
        "Ruritania's neighbours asked the Security Council to endorse a U.N. investigation into "
        "the Borduria raid on a Ruritania factory.",
        "Ruritania urged the United Nations to investigate last month's Borduria raid.",
    )
    about = [q for q in qs if "investigat" in q.question]
    assert len(about) == 1
    assert about[0].sources == [1, 2, 3]


def test_halting_and_ceasing_one_thing_is_one_question(questions):
    qs = questions(
        "Mayor Ann Lee urged Acme to halt the quarry expansion near Springfield.",
        "Councillor Maria Diaz urged Acme to cease the quarry expansion near Springfield.",
    )
    assert len(qs) == 1 and qs[0].sources == [1, 2]


def test_different_asks_of_one_party_stay_apart(questions):
    qs = questions(
        "Mayor Ann Lee urged Acme to halt the quarry expansion near Springfield.",
        "Councillor Maria Diaz urged Acme to publish the Springfield water test results.",
    )
    assert len(qs) == 2


def test_an_article_s_clauses_reporting_an_end_are_read_once_and_stored_as_read() -> None:
    article_memo.forget()
    text = (
        "Acme employs 400 people in the town. "
        "Acme has closed the Springfield plant, a spokeswoman said. "
        "Will Acme close the Dover plant? "
        "The strike ended on Friday, and the mill reopened."
    )
    (adoc,) = analyse([Document(location="acme.txt", text=text, title="Acme")]).docs
    found = done_clauses(adoc)
    assert sorted(found) == [1, 3]  # no question, nothing ended in the first
    assert {"springfield", "plant"} <= found[1][0]
    memo = article_memo.ARTICLE_MEMOS["done_clauses"]
    assert memo.decode(memo.encode(found)) == found
    with pytest.raises(BadValue):
        memo.decode([[1, ["plant"]]])  # clauses are lists of words


def test_a_stored_clause_of_a_sentence_the_article_lacks_is_skipped() -> None:
    # A memo value put in place past the checks (keys_fit refuses a stored one): done_reports
    # must not index the article's sentences with an index past its last.
    from briefing.compose.questions.answers import done_reports
    from briefing.compose.questions.context import QuestionContext

    article_memo.forget()
    text = "The strike ended on Friday, and the mill reopened."
    found = analyse([Document(location="mill.txt", text=text, title="Mill")])
    memo = article_memo.ARTICLE_MEMOS["done_clauses"]
    memo.values[(text,)] = {0: [frozenset({"strike"})], 40: [frozenset({"mill"})]}
    reports = done_reports(QuestionContext(found))
    assert [(s.index, said) for s, said in reports] == [(0, [frozenset({"strike"})])]
    article_memo.forget()


def test_the_answer_s_statement_is_the_first_sharing_its_words_or_its_text() -> None:
    from briefing.compose.questions.answers import _statement_for
    from briefing.lang.words import words
    from briefing.model import Sentence

    told = "The Orvane council closed the Bexley bridge on Monday"
    sent = Sentence(0, 2, 0, told, 0, len(told), words(told))
    longer = Statement(told + " after a long dispute with the county over repairs", [3])
    near = Statement("The Orvane council closed the Bexley bridge on Tuesday", [2])
    same = Statement(told, [1])
    assert _statement_for(sent, [longer, near, same]) is near
    assert _statement_for(sent, [longer, same, near]) is same
    alone = _statement_for(sent, [longer])
    assert (alone.text, alone.sources) == (told, [sent.source_id])
