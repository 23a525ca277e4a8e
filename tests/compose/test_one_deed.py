"""One doer's act told by its verb in one statement and in other words in another."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.events import EventIndex
from briefing.compose.one_deed import NO_DEED, Deed, deed_of, one_count, one_deed
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.model import Corpus, Document

# An invented story: Ostland wants a smuggler held in Marlow sent back.
VERB = "Ostland wants Marlow to extradite the smuggler, Dara Pell, who fled in May."
NOUN = "Ostland has asked for the extradition of Pell and Pell has asked for asylum."
OTHER_DOER = "Marlow refused the extradition of Pell to Ostland on Friday."
OTHER_ACT = "Ostland praised Marlow for the arrest of Pell at the harbour."


def _corpus(*texts: str) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=dt.date(2019, 3, 7))
        for i, t in enumerate(texts)
    ]
    return analyse(docs, entities=True)


def _told(corpus: Corpus, doc: int) -> tuple[Deed, frozenset[str]]:
    sentence = corpus.docs[doc].sentences[0]
    return deed_of(sentence_tokens(corpus, sentence)), EventIndex(corpus).names_in(sentence)


def test_one_doers_act_by_its_verb_and_its_noun_is_one_deed() -> None:
    corpus = _corpus(VERB, NOUN, OTHER_DOER, OTHER_ACT)
    verb, noun, other_doer, other_act = (_told(corpus, i) for i in range(4))
    assert "ostland" in verb[0].doers and "extradit" in verb[0].verbs
    assert one_deed(*verb, *noun)
    assert not one_deed(*noun, *other_doer)  # Marlow refusing it is another act
    assert not one_deed(*verb, *other_act)  # Ostland's praise is no extradition


def test_no_parse_no_deed() -> None:
    corpus = analyse([Document(location="a.txt", text=VERB, title="A")], entities=False)
    sentence = corpus.docs[0].sentences[0]
    assert deed_of(sentence_tokens(corpus, sentence)) == NO_DEED
    assert not one_deed(NO_DEED, frozenset({"pell", "ostland"}), NO_DEED, frozenset({"pell"}))


# An invented story: four engineers kidnapped near Tarvin were found dead.
FOUND = "Police found the heads of four engineers along a highway outside Tarvin."
RECOVERED = "Governor Dara Pell said in Tarvin that the remains of four workers had been recovered."
SIDE = "Gunmen abducted Tom Arlen, who was looking into the murders of four engineers, in Tarvin."
YEARS = "Dara Pell has governed Tarvin for four years."


def test_a_count_in_the_main_predicate_is_the_deed_s() -> None:
    corpus = _corpus(FOUND, RECOVERED, SIDE, YEARS)
    found, recovered, side, years = (_told(corpus, i) for i in range(4))
    assert found[0].counts == {4} and recovered[0].counts == {4}
    assert not side[0].counts  # the relative clause's count is a side matter
    assert not years[0].counts  # a unit is counted, not things
    assert one_count(*found, *recovered)  # the same count, and Tarvin in both
    assert not one_count(*found, *side)
    assert not one_count(*years, *recovered)


def test_a_small_count_is_no_evidence() -> None:
    corpus = _corpus(
        "Police found two engineers near Tarvin.", "Two engineers were freed in Tarvin."
    )
    a, b = (_told(corpus, i) for i in range(2))
    assert not a[0].counts and not b[0].counts
    assert not one_count(*a, *b)


def test_a_party_without_a_place_or_the_act_or_a_year_is_no_evidence() -> None:
    corpus = _corpus(
        "In Tarvin, 100 Ostlanders began a fast.",
        "In Marlow, 100 Ostlanders set up tents outside the parliament.",
        "In June 1996, Brightway Computers wanted to sell the Lumen browser.",
        "Flight 990 of Norland Air left Tarvin on time.",
        "Norland Air grounded its five remaining jets after the crash.",
        "When orders were placed, Norland Air took five planes and Ostair took four.",
    )
    tarvin, marlow, june, flight, grounded, orders = (_told(corpus, i) for i in range(6))
    assert tarvin[0].counts == {100} == marlow[0].counts
    assert tarvin[1] & marlow[1] == {"ostland"}
    assert not one_count(*tarvin, *marlow)  # only the counted people's name in common
    assert not june[0].counts  # a year
    assert not flight[0].counts  # a number after its noun names it
    assert grounded[0].counts == {5} == orders[0].counts
    assert not one_count(*grounded, *orders)  # only the doer in common: one party's two acts


def test_one_doers_act_by_two_verbs_of_one_act_is_one_deed() -> None:
    corpus = _corpus(
        "Premier Anna Ostrova named Dara Pell finance minister of Marlow on Friday.",
        "Premier Anna Ostrova appointed Pell, a former banker, to be the finance minister "
        "of Marlow on Friday.",
        "Premier Anna Ostrova praised Pell, a former banker, for her work in Marlow.",
    )
    named, appointed, praised = (_told(corpus, i) for i in range(3))
    assert one_deed(*named, *appointed)
    assert not one_deed(*named, *praised)  # praise is no appointment


def test_a_verb_is_one_act_with_its_synonym_verb_not_with_a_noun_of_its_letters() -> None:
    corpus = _corpus(
        "Premier Anna Ostrova appointed Dara Pell finance minister of Marlow on Friday.",
        "Premier Anna Ostrova gave the name of Dara Pell to the Marlow police on Friday.",
    )
    appointed, gave_the_name = (_told(corpus, i) for i in range(2))
    assert not one_deed(*appointed, *gave_the_name)
