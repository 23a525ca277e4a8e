"""Plans a later article reports done (``stale_plans``), on small invented articles of
the fictional Republic of Varnia."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.stale_plans import StalePlans
from briefing.model import Corpus, Document

_FILLER = "The capital, Marlow, lies on the river Ost. Its harbour is the largest in Varnia."


def _story(*dated: tuple[str, dt.date]) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=f"{t} {_FILLER}", title=f"Doc {i}", date=day)
        for i, (t, day) in enumerate(dated)
    ]
    return analyse(docs, entities=True)


def _stale(plan: str, outcome: str, plan_day: dt.date, outcome_day: dt.date) -> bool:
    corpus = _story((plan, plan_day), (outcome, outcome_day))
    first = corpus.docs[0].sentences[0]
    assert first.text == plan
    return StalePlans(corpus).stale(first)


APRIL, MAY = dt.date(2024, 4, 5), dt.date(2024, 5, 7)


def test_a_swearing_in_expected_and_then_reported_is_stale() -> None:
    plan = "Nora Vela is due to be sworn in as Varnia's first woman president in May."
    done = "Nora Vela was sworn in as Varnia's president at a ceremony in Marlow on Sunday."
    assert _stale(plan, done, APRIL, MAY)


def test_the_outcome_must_come_later() -> None:
    plan = "Nora Vela is due to be sworn in as Varnia's first woman president in May."
    done = "Nora Vela was sworn in as Varnia's president at a ceremony in Marlow on Sunday."
    assert not _stale(plan, done, APRIL, APRIL)  # the same day: no later report
    assert not _stale(plan, done, MAY, APRIL)  # an older swearing-in


def test_someone_else_doing_it_or_a_plan_again_is_no_outcome() -> None:
    plan = "Nora Vela is due to be sworn in as Varnia's first woman president in May."
    other = "Ivo Brand was sworn in as Varnia's prime minister at a ceremony on Sunday."
    again = "Nora Vela will be sworn in as Varnia's president at a ceremony on Sunday."
    denied = "Nora Vela was not sworn in at the ceremony in Marlow on Sunday."
    for later in (other, again, denied):
        assert not _stale(plan, later, APRIL, MAY), later


def test_a_hanging_set_for_dawn_and_then_told() -> None:
    plan = "The poisoner Tom Pell, set to be hanged at dawn in Corvin, begged the king for mercy."
    done = "Tom Pell was hanged in Corvin at dawn on Thursday while a crowd prayed outside."
    assert _stale(plan, done, APRIL, dt.date(2024, 4, 6))


def test_a_win_expected_and_an_election_reported() -> None:
    plan = "Most pollsters expect Vela to win the Varnian presidency at the spring ballot."
    done = "The election board announced that Nora Vela was elected president with 53 percent."
    assert _stale(plan, done, APRIL, MAY)
    looked = "Nora Vela looked set for a narrow victory as the Varnian ballots were counted."
    assert _stale(looked, done, APRIL, MAY)


def test_a_bill_expected_to_pass_and_then_passed() -> None:
    plan = "Trawler owners may fight the fishing law, which the Varnian Assembly is due to pass."
    done = "The Varnian Assembly passed the fishing law on Wednesday by 80 votes to 12."
    assert _stale(plan, done, APRIL, MAY)
    house = "The Assembly's upper house has approved the fishing law, its speaker said."
    assert _stale(plan, house, APRIL, MAY)  # the body's possessive, approval for passing


def test_a_fact_that_holds_no_plan_is_never_stale() -> None:
    fact = "Nora Vela was elected mayor of Marlow in 2019 with 60 percent of the vote."
    done = "Nora Vela was elected president with 53 percent of the vote on Sunday."
    assert not _stale(fact, done, APRIL, MAY)


def test_what_would_happen_if_is_no_plan() -> None:
    plan = "If the vote fails, the Varnian Assembly would dissolve itself within a week."
    done = "The Varnian Assembly dissolved itself on Friday after the vote failed."
    assert not _stale(plan, done, APRIL, MAY)


def test_an_older_act_of_the_same_kind_is_no_outcome() -> None:
    plan = "This month a large riverside hotel will be opened by Marlow Hotels Inc. in Ostby."
    older = "In May 2019, Marlow Hotels Inc. opened a small casino in a metal shed by the road."
    assert not _stale(plan, older, APRIL, MAY)  # dated before the plan's year
    done = "Marlow Hotels Inc. opened its large riverside hotel in Ostby on Saturday."
    assert _stale(plan, done, APRIL, MAY)


def test_a_verb_of_no_act_or_a_people_makes_no_plan() -> None:
    plan = "Varnian towns would get 40 new schools under the minister's budget."
    got = "Marlow and other Varnian towns got the attention of the whole country."
    assert not _stale(plan, got, APRIL, MAY)  # "get" tells no act of its own
    people = "Varnian voters will vote on the new flag in a referendum next year."
    voted = "Varnian voters voted on the colour of their bank notes on Sunday."
    assert not _stale(people, voted, APRIL, MAY)  # a people is no doer of one act


def test_another_number_a_light_verb_or_a_denied_plan_is_no_outcome() -> None:
    eight = "Varnia is scheduled to hang eight more prisoners before the spring ballot."
    total = "Varnia has hanged 231 prisoners since its courts were founded, a regional record."
    assert not _stale(eight, total, APRIL, MAY)  # a running total, not the eight
    named = "Varnia hanged Tom Pell, a poisoner, on Friday."
    assert not _stale(eight, named, APRIL, MAY)  # one of them, or another: the count untold
    made = '"The Vela plan will make our harbour safer than ever," said Ivo Brand.'
    also = "Nora Vela's own statements have made clear her view of the harbour."
    assert not _stale(made, also, APRIL, MAY)  # "make" tells its object's act
    denied = "The relatives sought an assurance that Tomas Vela would not be taken from them."
    taken = "Tomas Vela was taken from the relatives' house during a police raid."
    assert not _stale(denied, taken, APRIL, MAY)


def test_a_name_in_a_clause_of_the_doer_is_not_the_doer() -> None:
    plan = (
        "The pardon would be granted by Senator Ivo Brand, who was acting for Nora Vela "
        "while she travelled."
    )
    other = "Nora Vela granted a pardon to a fisherman on Friday."
    assert not _stale(plan, other, APRIL, MAY)
    done = "Senator Ivo Brand granted the pardon on Friday, his office said."
    assert _stale(plan, done, APRIL, MAY)


def test_a_plan_of_a_hyphenated_run_thousands_of_words_long_is_read() -> None:
    # One hostile word: the parser hangs each part on the next, a chain of heads 1,500
    # deep that a recursive walk of the object's phrase could not climb (RecursionError:
    # the summary, the background and the open questions of the brief were left empty).
    run = "-".join(["ferry"] * 1_500)
    plan = f"The Marlow Harbour Board will sell the {run} on Monday."
    done = "The Marlow Harbour Board sold its ferries to a shipping firm on Friday."
    assert _stale(plan, done, APRIL, MAY)
