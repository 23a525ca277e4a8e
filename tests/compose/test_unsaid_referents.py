"""Unsaid referents: a bare share, "do so" of an act not told, an answer to what is not
said leave out what they are about; the same words saying it do not."""

from __future__ import annotations

from briefing.compose.unsaid_referents import unsaid_referent
from briefing.model import AnalysedDocument

from .conftest import sentence_starting as _sentence
from .conftest import titled_article

SHARES = (
    "MARLOW -- A survey of 800 quay households was published by the harbour board on Monday. "
    "Thirty-one percent are behind on rent, and 12 percent have no heating. "
    "About 40 percent of the households own a boat, the survey found. "
    "The right to moor free is what many fishermen want, and the board may grant it. "
    "The power to do so lies with the county, officials said. "
    "The board asked the county to cut fees, and the county did so in May. "
    "Mayor Ilse Varga complied, cutting the mooring fee by half. "
    "Mayor Ilse Varga agreed with the board on Friday. "
    "The fee in the north harbour declined nearly 8 percent."
)


def _unsaid(adoc: AnalysedDocument, start: str) -> bool:
    sentence = _sentence(adoc, start)
    return unsaid_referent(adoc, sentence, sentence.text)


def test_a_share_an_act_or_an_answer_it_does_not_say_of_is_unsaid() -> None:
    adoc = titled_article(SHARES, "Quay survey")
    for start in ("Thirty-one percent", "The power to do so", "Mayor Ilse Varga complied"):
        assert _unsaid(adoc, start), start
    # a share that says of what, and "did so" of the act the sentence tells, say it
    for start in ("About 40 percent", "The board asked", "Mayor Ilse Varga agreed", "The fee in"):
        assert not _unsaid(adoc, start), start
