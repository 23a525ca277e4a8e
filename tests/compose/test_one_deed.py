"""One doer's act told by its verb in one statement and in other words in another."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.events import EventIndex
from briefing.compose.one_deed import NO_DEED, Deed, deed_of, one_deed
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
