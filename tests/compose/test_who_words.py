"""The words of who a sentence names: people's names and the titles given them."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.corroboration import Corroboration
from briefing.compose.who_words import WhoWords
from briefing.model import Corpus, Document

# An invented story: a harbour, its league and new port rules, told by ten outlets.
FILLER = " ".join(f"The harbour rules were debated again on pier {w}." for w in "abcdefgh")


def corpus(*texts: str) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs)


def test_a_persons_name_and_title_are_who_words() -> None:
    found = corpus("Dana Roe, an attorney for the Harbour League, said the rules are late.")
    who = WhoWords(found).of(found.docs[0].sentences[0])
    assert {"roe", "attorney"} <= who
    assert not {"rule", "late"} & who


def test_a_title_before_a_name_is_who_as_the_text_spells_it() -> None:
    found = corpus("Harbour Rep. Dana Roe, R-Ore., agreed that the mooring debate was late.")
    who = WhoWords(found).of(found.docs[0].sentences[0])
    assert {"harbour", "rep", "roe", "r-ore"} <= who
    assert not {"moor", "debat", "late"} & who


def test_the_same_person_on_another_matter_reports_no_fact() -> None:
    told = (
        "Dana Roe, an attorney for the Harbour League, said the mooring rules for tankers "
        "are long overdue and badly drafted."
    )
    other = "Dana Roe, an attorney for the Harbour League, said the permits were a rubber stamp."
    retold = "Dana Roe called the mooring rules for tankers long overdue."
    found = corpus(
        f"{told} {FILLER}",
        f"{other} {FILLER}",
        f"{retold} {FILLER}",
        *[f"{FILLER} Outlet {n} wrote it." for n in range(7)],
    )
    reports = Corroboration(found.sentences())
    reports.who = WhoWords(found).of
    assert reports.reporting_sources(found.docs[0].sentences[0], anchored=True) == [1, 3]
