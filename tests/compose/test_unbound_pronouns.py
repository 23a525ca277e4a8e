"""Unbound pronouns: a pronoun its own sentence gives nothing to stand for."""

from __future__ import annotations

from briefing.compose.unbound_pronouns import unbound_pronoun
from briefing.model import AnalysedDocument, Sentence

from .conftest import articles

ARTICLE = (
    "Harbour crews in Marlow checked the ferry quay for storm damage on Monday. "
    "If they are found, there are several ways to seal them with a new kind of resin. "
    "The new pumps are one of several machines he bought for the harbour last year. "
    "Between 2001 and 2003, it rose another 6 percent, the harbour office said. "
    "Harbour officials said that is why the ferries stayed in Eastport. "
    "Ferry captains said they would sail from Eastport until the quay opened. "
    "Citing their safety rules, the captains refused to dock at the old pier. "
    "A former ferry engineer was praised by his union for the repairs. "
    "It is likely that the quay will reopen in May. "
    "Known for its thrift, the Marlow Port Safety Board paid for the resin itself. "
    "No one doubts that he will rebuild the quay before the summer."
)


def _sentence(adoc: AnalysedDocument, start: str) -> Sentence:
    return next(s for s in adoc.sentences if s.text.startswith(start))


def test_a_pronoun_nothing_before_it_stands_for_is_unbound() -> None:
    (adoc,) = articles(ARTICLE).docs
    assert unbound_pronoun(adoc, _sentence(adoc, "If they are found")) == "they"
    assert unbound_pronoun(adoc, _sentence(adoc, "The new pumps")) == "he"
    assert unbound_pronoun(adoc, _sentence(adoc, "Between 2001")) == "it"
    assert unbound_pronoun(adoc, _sentence(adoc, "Harbour officials said")) == "that"
    assert unbound_pronoun(adoc, _sentence(adoc, "No one doubts")) == "he"


def test_a_pronoun_a_noun_or_the_subject_stands_for_is_bound() -> None:
    (adoc,) = articles(ARTICLE).docs
    for start in (
        "Harbour crews",
        "Ferry captains said they",  # "captains ... they"
        "Citing their safety rules",  # the subject after the opening
        "A former ferry engineer",  # "engineer ... his"
        "It is likely",  # an empty subject
        "Known for its thrift",
    ):
        assert unbound_pronoun(adoc, _sentence(adoc, start)) is None, start
