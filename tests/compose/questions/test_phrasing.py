"""Open questions, phrasing: inversion, do-support, demands, wh-questions, the regex fallback."""

from __future__ import annotations

from unittest.mock import ANY

import pytest

from briefing.compose.questions.phrasing import timeless


def test_reported_question_is_inverted_and_keeps_who_asked(questions):
    qs = questions(
        "The hearing lasted three hours.\n\n"
        "Senator Jane Smith asked whether the agency would publish the inspection report."
    )
    assert [q.question for q in qs] == ["Will the agency publish the inspection report?"]
    assert qs[0].raised_by and "Jane Smith" in qs[0].raised_by
    assert qs[0].sources == [1]
    assert qs[0].status == "open"
    assert "asked whether" in qs[0].context


@pytest.mark.parametrize(
    ("sentence", "question", "raiser"),
    [
        # A question embedded in a quote takes do-support.
        (
            "Rep. Tom Baker of Ohio asked Monday if “our drinking water reside[s] in an unsafe "
            "pipe?”",
            "Does our drinking water reside in an unsafe pipe?",
            "Tom Baker",
        ),
        # A demand becomes a will-question.
        (
            "Mayor Ann Lee said the town had waited long enough, "
            "demanding Acme hand over its safety records to the council.",
            "Will Acme hand over its safety records to the council?",
            "Ann Lee",
        ),
        # A refusal to say when gives a when-question; the one who declines did not raise it.
        (
            "The spokesman for Acme declined to say when the plant would reopen.",
            "When will the plant reopen?",
            None,
        ),
        # "demanded that" with a verb that looks present-tense is still a will-question.
        (
            "Dutch officials have demanded that the airline provide full maintenance logs.",
            "Will the airline provide full maintenance logs?",
            ANY,
        ),
        (
            "Minister Ali Hassan is still demanding the agency to release the flight data.",
            "Will the agency release the flight data?",
            ANY,
        ),
        # "not altogether clear", "whether or not": no one in particular raises the doubt,
        # least of all the person it is about.
        (
            "It is not altogether clear whether or not Mayor Ann Lee will keep her seat on the "
            "board.",
            "Will Mayor Ann Lee keep her seat on the board?",
            None,
        ),
        (
            "It is not known how long Mayor Ann Lee will stay on the board.",
            "How long will Mayor Ann Lee stay on the board?",
            None,
        ),
        # Who is trying to find out raises the question.
        (
            "Senator Jane Smith is determining whether the agency hid the inspection report.",
            "Did the agency hide the inspection report?",
            "Jane Smith",
        ),
        # The last clause of a long question in a transcript, raised by the speaker.
        (
            "Glen Reyes: We were worried that when the money runs out, what are the families "
            "going to do?",
            "What are the families going to do?",
            "Glen Reyes",
        ),
    ],
)
def test_question_and_who_raised_it(sentence, question, raiser, questions):
    qs = questions(sentence)
    assert qs[0].question == question
    if raiser is None:
        assert qs[0].raised_by is None
    elif raiser is not ANY:
        assert raiser in (qs[0].raised_by or "")


def test_quoted_rhetorical_question_is_not_an_open_question(questions):
    qs = questions(
        "“We were worried that when the money runs out, what are the families going to do?” "
        "said Glen Reyes, a county official."
    )
    assert qs == []


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
def test_regex_fallback_tenses(sentence, question, corpus, questions_of):
    qs = questions_of(corpus(sentence, entities=False))
    assert qs and qs[0].question == question


def test_auxiliary_does_is_not_stripped_to_doe(questions_of) -> None:
    from briefing.analyse import analyse as run_analysis
    from briefing.model import Document as Doc

    text = (
        "The question every parent is asking is whether the syrup does more than soothe the cough."
    )
    for entities in (True, False):
        source = run_analysis([Doc(location="a.txt", text=text)], entities=entities)
        assert [q.question for q in questions_of(source)] == [
            "Does the syrup do more than soothe the cough?"
        ]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # "to" before an infinitive stays: the demand's addressee is a noun phrase.
        (
            "Mayor Ann Lee urged Acme to use safer pipes to protect the river.",
            "Will Acme use safer pipes to protect the river?",
        ),
        # A subjunctive passive after "demanded that": "be" is no auxiliary to front.
        (
            "Mayor Ann Lee demanded that the stolen files be returned to the city archive.",
            "Will the stolen files be returned to the city archive?",
        ),
        (
            "Mayor Ann Lee demanded that a county review panel be established to investigate.",
            "Will a county review panel be established to investigate?",
        ),
        # A bare "what" asks about the complement: the clause is inverted.
        (
            "Mayor Ann Lee said it was unclear what the cost of the new bridge might be.",
            "What will the cost of the new bridge be?",
        ),
        # A wh-phrase that is the subject stays in front, uninverted.
        (
            "The spokesman for Acme would not say which suppliers were named in the complaint.",
            "Which suppliers were named in the complaint?",
        ),
        # "any ... problems": the verb agrees with the plural.
        (
            "Acme said it was not aware of any safety problems with the pipes.",
            "Have there been any safety problems with the pipes?",
        ),
        # The infinitive ends where the caller's own verb comes back ("and said ..."); a
        # second infinitive ("and release") stays.
        (
            "The council called on Acme to reopen the plant and said it was ready to help.",
            "Will Acme reopen the plant?",
        ),
        (
            "Senator Jane Smith urged the Port Authority to publish the report and release the "
            "data.",
            "Will the Port Authority publish the report and release the data?",
        ),
        # The clause ends at the closing quote, before who said it.
        (
            "“The real question is whether the board is fit for the job,” said a retired judge "
            "who has watched the case.",
            "Is the board fit for the job?",
        ),
    ],
)
def test_clause_is_rebuilt_whole(sentence, question, questions):
    assert [q.question for q in questions(sentence)] == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        # Two questions glued by "or": one cannot be kept without losing the other.
        "The spokesman for Acme would not say which suppliers were named in the complaint "
        "or where they were based.",
        "Engineers noted it was not clear what parts were replaced or whether any were tested.",
        # "how much" + a noun that is not the subject would need the noun moved.
        "It is unclear how much money the council has spent on the new bridge.",
        # What "it" stands for is in another sentence.
        "The union asked the Port Authority to stop selling land to it.",
        # A list cut at its first comma ("Parks, Roads and Water").
        "Aides tried to determine whether the unions would accept a plan to merge the "
        "offices of Parks, Roads and Water.",
        # A demand's verb is bare: an inflected one is a misparse or no demand.
        "The charter has clauses calling for Acme's closure revoked.",
        # Stripping the stranded "of" would change the question.
        "Fresh questions were raised about whether Tom Baker stole the car he was accused of.",
        # A question for the whole story or its whole aftermath: nothing to act on.
        "Engineers are trying to find out what happened aboard the Acme glider.",
        "It remained unclear what the impact of the council's vote on the Acme plant would be.",
        # A question asking what a kind of thing is asks for a definition, not a fact.
        "Dr. Ruth Pell raised questions over what is a typical harvest, which nobody has set.",
    ],
)
def test_clause_that_cannot_be_rebuilt_gives_no_question(sentence, questions):
    assert questions(sentence) == []


def test_doubled_word_is_mangled():
    from briefing.compose.questions.phrasing import well_formed

    assert not well_formed("Was the agent used used in any attacks?")
    assert well_formed("Was the agent used in any attacks?")


def test_a_plural_subject_takes_have(questions):
    qs = questions(
        "Auditors opened an investigation into whether bank clerks had hidden the files."
    )
    assert [q.question for q in qs] == ["Have bank clerks hidden the files?"]


def test_a_wh_phrase_running_into_the_clause_is_dropped(questions):
    qs = questions(
        "The ministry declined to specify what kind of virus disrupted its payroll system."
    )
    assert not any("kind of" in q.question for q in qs)


def test_what_investigators_try_to_find_out_is_asked(questions):
    qs = questions(
        "Safety inspectors gathered on Friday to try to determine what repairs are required before "
        "Acme can reopen the Dayton plant."
    )
    assert [q.question for q in qs] == [
        "What repairs are required before Acme can reopen the Dayton plant?"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # The noun after "what" is the wh-phrase's, not the clause's subject.
        "Doctors at the Dayton clinic are studying the painters to learn what lasting "
        "harm their contact with the Acme solvent may cause.",
        # Whose leader: the owner is in another sentence.
        "The Dayton union is still eager to find out what its incoming chairman intends "
        "for the Acme contract.",
    ],
)
def test_a_wh_question_that_would_move_a_noun_or_names_only_an_owner_is_dropped(
    sentence, questions
):
    assert questions(sentence) == []


def test_a_thing_that_determines_what_happens_asks_nothing(questions):
    # "determine" here means "set": the rules settle what pupils learn; nobody is finding out.
    qs = questions(
        "The hiring rules that have stirred the row in Dayton determine what Ohio "
        "nurses will study and be examined on."
    )
    assert qs == []


def test_what_nobody_has_established_is_asked(questions):
    qs = questions("Acme engineers could not determine why the Dayton boiler failed in the night.")
    assert [q.question for q in qs] == ["Why did the Dayton boiler fail in the night?"]


def test_of_two_questions_asked_side_by_side_the_first_stands_alone(questions):
    qs = questions(
        "Acme engineers could not determine why the Dayton boiler failed in the night and "
        "why its alarm stayed silent."
    )
    assert [q.question for q in qs] == ["Why did the Dayton boiler fail in the night?"]


@pytest.mark.parametrize(
    ("sentence", "raised_by"),
    [
        (
            "Acme engineer Ann Lee could not understand why the Dayton boiler failed in the night.",
            "Ann Lee",  # who cannot make sense of it asks (no refusal to tell)
        ),
        (
            "It was hard to fathom why the Dayton boiler failed in the night, the union wrote.",
            None,
        ),
    ],
)
def test_what_someone_cannot_make_sense_of_is_asked(sentence, raised_by, questions):
    qs = questions(sentence)
    assert [q.question for q in qs] == ["Why did the Dayton boiler fail in the night?"]
    assert qs[0].raised_by == raised_by


@pytest.mark.parametrize(
    ("question", "timeless_question"),
    [
        (
            "Did a faulty valve cause the ferry to sink two weeks ago killing all 40 aboard?",
            "Did a faulty valve cause the ferry to sink killing all 40 aboard?",
        ),
        (
            "Will the zoning policy change with Sunday's elections?",
            "Will the zoning policy change with the elections?",
        ),
        ("Will the council vote next week on the plan?", "Will the council vote on the plan?"),
        ("Will the board meet on Monday to decide?", "Will the board meet to decide?"),
        # A dated time stays: the reader can place it.
        ("Will the plant reopen in May 2001?", "Will the plant reopen in May 2001?"),
    ],
)
def test_a_time_told_from_the_articles_date_is_left_out(question, timeless_question):
    assert timeless(question) == timeless_question


def test_a_long_question_keeps_its_alternatives(questions):
    qs = questions(
        "Investigators are trying to determine whether the pump was switched off by itself or"
        " shut down by the staff of the Oslo-bound ferry that was about 25 minutes away from the"
        " harbour at the time."
    )
    assert [q.question for q in qs] == [
        "Was the pump switched off by itself or shut down by the staff of the Oslo-bound"
        " ferry that was about 25 minutes away from the harbour at the time?"
    ]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # Not knowing, said of a named party: a question it leaves open.
        (
            "The Dayton council has expressed uncertainty over how quickly Acme "
            "will pursue reform at the Dayton plant.",
            "How quickly will Acme pursue reform at the Dayton plant?",
        ),
        (
            "Dayton officials said they do not know whether Acme will close the Dayton plant.",
            "Will Acme close the Dayton plant?",
        ),
        (
            "The report raised questions about how Acme will pay for the Dayton plant.",
            "How will Acme pay for the Dayton plant?",
        ),
    ],
)
def test_not_knowing_and_questions_about_are_asked(sentence, question, questions):
    assert [q.question for q in questions(sentence)] == [question]


@pytest.mark.parametrize(
    "sentence",
    [
        # "how useful": inverting the clause would drop the adjective.
        "The audit raises questions about how reliable the Acme meter can be for Dayton homes.",
        # The whole story asked for: no question a stakeholder can act on.
        "The logs raise new questions about what may have gone wrong aboard Acme Flight 9.",
    ],
)
def test_a_wh_word_with_its_modifier_or_the_whole_story_gives_no_question(sentence, questions):
    assert questions(sentence) == []
