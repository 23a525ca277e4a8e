"""Open questions, candidates: what raises a question, what does not, and ranking."""

from __future__ import annotations

import pytest

from .conftest import searched_texts


def test_rhetorical_headline_question_is_dropped(questions):
    qs = questions(
        "When will the mayor ever learn?\n\nThe mayor spoke on Monday about the new budget plan."
    )
    assert qs == []


def test_non_questions_are_not_reported(questions):
    qs = questions(
        "Raise your hand if the council ever asked you for advice.\n\n"
        "For any questions about our guidelines, please contact the editor."
    )
    assert qs == []


def test_max_questions_and_ranking(questions):
    qs = questions(
        "Senator Jane Smith asked whether the agency would publish the inspection report.\n\n"
        "It is unclear whether the new pipes will last a decade.\n\n"
        "Mayor Ann Lee demanded Acme hand over its safety records.",
        max_questions=2,
    )
    assert len(qs) == 2
    assert all(q.raised_by for q in qs)  # the officials' questions outrank the hedge


def test_question_about_an_unnamed_they_is_dropped(questions_of) -> None:
    from briefing.analyse import analyse as run_analysis
    from briefing.model import Document as Doc

    text = (
        "The trials of the garden sprays were small, so further tests are required to "
        "determine if they actually deter aphids, according to the report."
    )
    source = run_analysis([Doc(location="a.txt", text=text)], entities=True)
    assert not any(q.question.startswith("Do they") for q in questions_of(source))


@pytest.mark.parametrize(
    "sentence",
    [
        # Asked in an interview and answered in the same sentence.
        "Asked whether the fare rise was timed with the election in mind, Mayor Ann Lee "
        "replied, “Yes, of course.”",
        # A condition frames the cue, or the cue is a noun before a conditional "if".
        "If auditors find a gap, the board will try to determine whether Acme cut corners.",
        "The state board would stay in charge of the investigation if the source of the leak "
        "proves to be a faulty pump.",
        # A hypothetical inside the demand.
        "Mayor Ann Lee demanded that Acme promise to close the plant if the river is polluted "
        "again.",
        # Planned or scheduled asks: schedule items, study aims.
        "The residents' group is scheduled to ask Mayor Ann Lee to explain the budget.",
        "The council is to urge Acme to publish its safety records.",
        "Researchers will determine if the new drug eases joint pain in older patients.",
        "Researchers hope to learn whether the new drug eases joint pain in older patients.",
        # A text's mandate and a forecast are no one asking.
        "The resolution asks the mayor to submit a report within one month.",
        "Typical estimates call for annual Acme sales to reach $3 billion by 2002.",
        # Calls on a crowd, to keep going, or for something to serve a purpose.
        "Union leaders called for workers to keep striking until the plant reopens.",
        "Union leaders called for people across the county to drive slowly on Friday.",
        "The council has called for an independent inquiry to prove its claims about Acme.",
        # "calls for" as a noun, with no demand made; a demand only attempted.
        "At City Hall, where calls for Mayor Ann Lee's resignation are derided, aides met.",
        "Prosecutors say Acme tried to urge Bolt Corp. to stop selling its pumps in Ohio.",
        # Inside a relative clause with a gap: what is asked for is the noun outside.
        "Acme offered the town the kind of payment that Mayor Ann Lee had asked the Port "
        "Authority to require of Acme.",
        # What another article on the page is about.
        "The weekly printed the report on page 5, beside a column about an investigation into "
        "whether harbour officials had shielded a pilot involved in a collision.",
        # Still tied to the conversation it was asked in.
        "She recalled that tenants asked, “How soon are you going to fix the roof for us?”",
    ],
)
def test_cues_that_raise_no_question_of_fact(sentence, questions):
    assert questions(sentence) == []


def test_question_naming_nothing_of_the_story_is_dropped(questions):
    qs = questions(
        "Councillor Maria Diaz asked whether the county would close the landfill. "
        "The landfill has grown for years.",
        "The county landfill smells, neighbours said. He also wondered whether giving up "
        "coffee could still make a difference.",
        "The county says the landfill is safe.",
    )
    assert [q.question for q in qs] == ["Will the county close the landfill?"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Jane Smith urged Acme to stop these practices at once.",
        "Senator Jane Smith called on Acme to ban similar sales in the future.",
        # A set or a place pointed at anywhere in the question, not only its object.
        "Senator Jane Smith demanded that Acme close all 12 depots in these regions.",
        "Inspectors have yet to determine whether the toxin was made there.",
    ],
)
def test_demand_whose_object_only_points_back_is_dropped(sentence, questions):
    assert questions(sentence) == []


def test_decision_that_names_nobody_it_decides_is_dropped(questions):
    # Clemency for whom, reconsider what: the case is in another sentence.
    qs = questions(
        "Church leaders called on Governor Tom Baker to grant clemency.\n\n"
        "Lawyers for the inmates asked Governor Tom Baker to reconsider."
    )
    assert qs == []


def test_a_call_to_step_down_names_its_own_case(questions):
    qs = questions("The opposition leader called on Prime Minister Tom Baker to step down.")
    assert [q.question for q in qs] == ["Will Prime Minister Tom Baker step down?"]


def test_question_naming_a_one_off_party_is_dropped(corpus):
    from briefing.compose.questions import find_open_questions

    texts = [
        f"Acme plans to close the Springfield plant, Acme said in letter {i}. "
        "Acme said 400 jobs would go."
        for i in range(8)
    ]
    texts.append(
        "In a separate case, Senator Jane Smith asked whether Ohio Governor Bill Stone would "
        "close the Dayton plant. Acme said the Springfield plant would close in May."
    )
    qs = find_open_questions(corpus(*texts), key_actors=[], focus="Acme Springfield plant")
    assert not any("Stone" in q.question for q in qs)


@pytest.mark.parametrize(
    "text",
    [
        # An advice column's reader, not a party to the story.
        "Q: Could you offer me a tip on the watering of my ferns?\n\nA: Ferns like shade.",
        # Cut at an aside the sentence goes on after: the question would lose its end.
        "Mayor Ann Lee urged the council to allow the street vendors, who had been banned "
        "from the square, to do so.",
        # A rule for anyone, not a demand on a party.
        "The charter demands that a producer must keep bees on the farm.",
        # A general mechanism, not a case.
        "Inspection grades help determine whether a clinic keeps its licence.",
        # Back away from what: the case is in another sentence.
        "Councillor Dana Hope is urging the Greens to back away.",
    ],
)
def test_no_question_without_a_case_a_party_can_settle(text, questions):
    assert questions(text) == []


def test_the_day_of_a_call_is_not_part_of_whom_it_is_on(questions):
    qs = questions(
        "Norway urged Iceland Sunday to take stricter steps against overfishing in the Arctic."
    )
    assert [q.question for q in qs] == [
        "Will Iceland take stricter steps against overfishing in the Arctic?"
    ]


def test_a_call_told_as_history_raises_no_question():
    import datetime as dt

    from briefing.analyse import analyse
    from briefing.compose.questions import find_open_questions
    from briefing.model import Document

    def questions_in(text: str) -> list[str]:
        doc = Document(location="a.txt", text=text, title="A", date=dt.date(2000, 5, 1))
        return [q.question for q in find_open_questions(analyse([doc], entities=True))]

    assert (
        questions_in("In 1995 Senator Jane Smith urged the School Board to adopt the new textbook.")
        == []
    )
    assert questions_in(
        "On Monday Senator Jane Smith urged the School Board to adopt the new textbook."
    )


def test_advice_column_reader_raises_nothing_without_entities(corpus, questions_of):
    text = "Q: Could you tell me when to prune my roses?\n\nA: Prune them in early spring."
    assert questions_of(corpus(text, entities=False)) == []


def test_side_matter_set_in_the_story_country_is_dropped(corpus):
    """A question whose only link to the story is the country it is set in, from a sentence
    without the story's words, is a side matter; one on the story's own matter stays."""
    from briefing.compose.questions import find_open_questions
    from briefing.model import Actor

    texts = [
        f"Dock workers in Canada stayed on strike at the port of Halifax on day {i}, the union "
        "said. The port said ships were waiting and the strike was costing millions."
        for i in range(5)
    ]
    texts.append(
        "Canada and Norway signed a fishing accord on Monday. Officials urged Canada to use "
        "diplomatic channels to improve trade ties."
    )
    texts.append(
        "The union urged the Halifax Port Authority to end the dock strike with a better "
        "wage offer."
    )
    qs = find_open_questions(
        corpus(*texts),
        key_actors=[Actor("Canada", "country", mentions=7)],
        focus="dock strike in Canada",
    )
    assert [q.question for q in qs] == [
        "Will the Halifax Port Authority end the dock strike with a better wage offer?"
    ]


def test_a_noun_demand_with_its_clause_is_a_demand(questions):
    qs = questions("Union leaders repeated a demand that Acme reopen the Dayton plant.")
    assert [q.question for q in qs] == ["Will Acme reopen the Dayton plant?"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "City leaders are worried that the closing of the Dayton plant will push the "
            "jobless rate past ten percent.",
            "Will the closing of the Dayton plant push the jobless rate past ten percent?",
        ),
        (
            "Union leaders fear that Acme might close the Dayton plant before the contract ends.",
            "Will Acme close the Dayton plant before the contract ends?",
        ),
    ],
)
def test_a_present_worry_asks_whether_it_will_happen(text, expected, questions):
    """Whatever the modal ("will", "might", "could"), a worry asks whether it will happen."""
    assert [q.question for q in questions(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Past worries are history; a worry dispelled or denied is none.
        "In the spring union leaders feared that Acme would close the Dayton plant.",
        "Mayor Ann Lee allayed fears that Acme would close the Dayton plant.",
        "Union leaders do not fear that Acme will close the Dayton plant.",
        # Whose worry it is lies in the quote's context.
        "They worry that Acme will close the Dayton plant.",
        # A worry about a state, not about what will happen.
        "Union leaders are worried that Acme is closing the Dayton plant.",
        # A worry about what an act not yet done would bring: a hypothetical.
        "Union leaders are worried that selling the Dayton plant to Acme could lead to "
        "layoffs in Dayton.",
    ],
)
def test_a_worry_that_is_past_dispelled_or_unowned_raises_no_question(text, questions):
    assert questions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # One party's doubt about a standing claim is a dispute with the rest.
        "The Acme Growers Council questions whether the Zorbia River is shrinking, its "
        "director Ann Lee said.",
        "Farm leaders in Zorbia raised doubts about whether the river is shrinking at all.",
        # A doubt about what another party alleges is a dispute too.
        "His lawyer, Ann Lee, questioned whether the Zorro fraud was as costly as "
        "prosecutors claim.",
    ],
)
def test_a_party_doubting_a_claim_raises_no_open_question(text, questions):
    assert questions(text) == []


def test_a_doubt_about_what_will_happen_is_still_a_question(questions):
    found = questions("Analysts at Acme Institute question whether the Dayton plant will reopen.")
    assert [q.question for q in found] == ["Will the Dayton plant reopen?"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Springfield would not say whether the Acme chemist will be charged over "
            "the Springfield spill.",
            "Will the Acme chemist be charged over the Springfield spill?",
        ),
        (
            "A spokesman declined to say if the Springfield plant had resumed production after "
            "the spill.",
            "Has the Springfield plant resumed production after the spill?",
        ),
        # A decision still to be made; with a noun cue the sentence's verb follows.
        (
            "The Springfield appeals court soon will decide whether the Acme quarry may keep "
            "pumping water from the Springfield river.",
            "May the Acme quarry keep pumping water from the Springfield river?",
        ),
        (
            "The mayor hopes a decision on whether the Springfield council should close the "
            "Acme quarry will come within weeks.",
            "Should the Springfield council close the Acme quarry?",
        ),
        # A debate or a disagreement: open, and no one party raised it.
        (
            "The Varnholm survey failed to resolve the debate over whether the Varnholm "
            "glacier is shrinking.",
            "Is the Varnholm glacier shrinking?",
        ),
        (
            "Hydrologists at the Varnholm Institute disagreed on whether the Varnholm glacier "
            "will vanish by 2050.",
            "Will the Varnholm glacier vanish by 2050?",
        ),
        (
            "Hydrologists at the Varnholm Institute are split over how fast the Varnholm "
            "glacier will melt.",
            "How fast will the Varnholm glacier melt?",
        ),
    ],
)
def test_who_would_not_say_will_decide_or_debates_leaves_the_question_open(
    text, expected, questions
):
    qs = questions(text)
    assert [q.question for q in qs] == [expected]
    assert qs[0].raised_by is None  # who would not tell, will decide or debates did not ask


@pytest.mark.parametrize(
    "text",
    [
        "The Varnholm survey settled the debate over whether the Varnholm glacier is shrinking.",
        "The Varnholm survey aims to end the debate over whether the Varnholm glacier is "
        "shrinking.",
        # A debate about how a thing is done argues a policy; it asks no question of fact.
        "The Varnholm council opened a debate over how the Varnholm glacier is monitored.",
    ],
)
def test_a_settled_debate_or_one_on_a_policy_raises_no_question(text, questions):
    assert questions(text) == []


def test_either_of_two_things_named_before_is_no_question(questions):
    qs = questions(
        "The Springfield council set two goals for the Acme plant. Mayor Ann Lee said she "
        "could not say whether either target had been met at the Acme plant."
    )
    assert not [q for q in qs if "either" in q.question]


def test_a_decision_already_made_raises_no_question(questions):
    qs = questions(
        "The Springfield appeals court decided last year whether the Acme quarry may keep "
        "pumping water from the Springfield river."
    )
    assert qs == []


def test_a_long_sentence_of_decisions_is_scanned_quickly():
    import time

    from briefing.lang.questions import ASK_RE

    text = "The court will decide on " + "the rules decided by the board and " * 6000 + "more."
    start = time.process_time()
    assert ASK_RE.search(text) is None
    assert time.process_time() - start < 2.0


def test_a_question_ducked_right_after_it_weighs_more(corpus):
    from briefing.compose.questions.candidates import document_candidates
    from briefing.compose.questions.context import QuestionContext

    asked = "Senator Jane Smith asked whether the agency would publish the Dayton dam report."

    def score(after: str) -> float:
        source = corpus(f"{asked} {after}")
        found = document_candidates(QuestionContext(source), source.docs[0])
        return max(c.score for c in found)

    assert score("The agency dodged the question on Monday.") > score(
        "The agency met on Monday in Dayton."
    )


def test_too_few_articles_tell_no_side_matter(questions):
    # Two articles share only the fares: with so few, that is no story vocabulary, and
    # the senator's question, which names none of it, is still asked.
    found = questions(
        "Senator Jane Smith asked whether the agency would publish the dam report. "
        "Ferry fares rose in Marlow.",
        "Ferry fares rose again in Marlow on Monday.",
    )
    assert [q.question for q in found] == ["Will the agency publish the dam report?"]


def test_a_grown_story_screens_the_sentences_of_its_new_article_only(corpus, monkeypatch):
    # Which sentences are a form's prompt or duck a question is read once per article.
    from briefing.compose import article_memo
    from briefing.compose.questions import candidates
    from briefing.compose.questions.context import QuestionContext

    asked = "Senator Jane Smith asked whether the agency would publish the Dayton dam report."
    ducked = "The agency dodged the question on Monday."
    article_memo.forget()
    first = corpus(f"{asked} {ducked}")
    before = candidates.document_candidates(QuestionContext(first), first.docs[0])
    assert candidates.question_cues(first.docs[0]) == (frozenset(), frozenset({1}))
    screened = searched_texts(monkeypatch, candidates, "DUCKED_SCREENED")
    grown = corpus(f"{asked} {ducked}", "Engineers inspected the Dayton dam on Friday.")
    after = candidates.document_candidates(QuestionContext(grown), grown.docs[0])
    assert [c.score for c in after] == [c.score for c in before]
    candidates.document_candidates(QuestionContext(grown), grown.docs[1])
    assert screened == ["Engineers inspected the Dayton dam on Friday."]
