"""The citations and marks of shown statements: which grouped sentences tell the lead's fact."""

from __future__ import annotations

from briefing.compose.marks import telling_lead
from briefing.compose.near_duplicates import Group
from briefing.lang.words import words
from briefing.model import Sentence


def _sentence(doc: int, text: str) -> Sentence:
    return Sentence(doc, 0, 0, text, 0, len(text), words(text))


def test_a_member_giving_a_figure_the_lead_does_not_tells_another_fact() -> None:
    lead = _sentence(
        0, "The council eased the rules for building moorings in Calder Bay and Vik Sound."
    )
    count = _sentence(1, "There are about 190 moorings in Calder Bay and Vik Sound.")
    reprint = _sentence(
        2, "The council eased the rules for building moorings in Calder Bay and Vik Sound."
    )
    group = telling_lead(Group([lead, count, reprint]))
    assert [m.doc for m in group.members] == [0, 2]


def test_a_member_with_the_lead_s_figures_stays() -> None:
    lead = _sentence(0, "The council counted 190 moorings in Calder Bay in its 1998 survey.")
    same = _sentence(1, "The council counted 190 moorings in Calder Bay in 1997.")
    assert telling_lead(Group([lead, same])).members == [lead, same]
