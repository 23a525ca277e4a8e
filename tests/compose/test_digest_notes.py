"""Digest notes: the summary's name notes in a source digest, once each, and sentences
whose one-word names no note can complete."""

from __future__ import annotations

import pytest

from briefing.compose.digest_notes import (
    decode_noted,
    digest_notes,
    encode_noted,
    noted_fit,
    unnamed_people,
)
from briefing.compose.editorial import annotate
from briefing.compose.memo import BadValue
from briefing.model import AnalysedDocument

from .conftest import articles
from .conftest import sentence_starting as _sentence

ARTICLE = (
    "MARLOW (AP) -- Harbour commissioner Rita Vandermeer closed the Marlow ferry quay on Monday. "
    "The Marlow Port Safety Board ordered divers to inspect the quay walls. "
    "Vandermeer said the quay would stay shut until the divers reported. "
    "The board said its divers would start on Wednesday. "
    "Ferry captains said Vandermeer had closed the quay without asking them. "
    "A spokesman for the captains, Olaf Brinkhuis, said they would sail from Eastport instead. "
    "Brinkhuis said the detour would add an hour to every crossing."
)


def _article(text: str) -> AnalysedDocument:
    (adoc,) = articles(text).docs
    return adoc


def _digest(adoc: AnalysedDocument, *starts: str) -> list[str]:
    """The digest of the sentences opening with ``starts``, as ``source_digest`` notes it."""
    noted = digest_notes(adoc, [_sentence(adoc, start) for start in starts])
    texts = {s.index: s.text for s in adoc.sentences}
    return [annotate(texts[i], notes) for i, notes in sorted(noted.items())]


def test_a_surname_and_a_short_name_get_the_summarys_notes_once() -> None:
    adoc = _article(ARTICLE)
    assert _digest(adoc, "Vandermeer said", "The board said", "Ferry captains said") == [
        "Vandermeer [Harbour commissioner Rita Vandermeer] said the quay would stay shut "
        "until the divers reported.",
        "The board [Marlow Port Safety Board] said its divers would start on Wednesday.",
        # Named in full by the note before: no second note.
        "Ferry captains said Vandermeer had closed the quay without asking them.",
    ]


def test_a_name_the_digest_gave_in_full_before_gets_no_note() -> None:
    adoc = _article(ARTICLE)
    assert _digest(adoc, "A spokesman for the captains", "Brinkhuis said") == [
        "A spokesman for the captains, Olaf Brinkhuis, said they would sail from Eastport instead.",
        "Brinkhuis said the detour would add an hour to every crossing.",
    ]


def test_a_surname_two_people_share_gets_no_note_and_leans_on_its_article() -> None:
    adoc = _article(
        "Tomas Kessler and his sister Anna Kessler sailed the ferry for twenty years. "
        "The harbour board thanked the crew at a dinner on Friday. "
        "Kessler said the last crossing was the hardest of all."
    )
    (notes,) = digest_notes(adoc, [_sentence(adoc, "Kessler said")]).values()
    assert notes == []
    assert unnamed_people(adoc, _sentence(adoc, "Kessler said")) == ["Kessler"]


def test_a_surname_named_in_full_only_later_leans_on_its_article() -> None:
    adoc = _article(
        "The ferry quay in Marlow was closed on Monday after a storm. "
        "Lindqvist said the quay walls had cracked in two places. "
        "Divers led by engineer Petra Lindqvist will inspect the walls on Wednesday."
    )
    assert unnamed_people(adoc, _sentence(adoc, "Lindqvist said")) == ["Lindqvist"]
    # Named in full before, or by the sentence itself: it reads alone.
    assert unnamed_people(adoc, _sentence(adoc, "Divers led by")) == []
    named = _article(ARTICLE)
    assert unnamed_people(named, _sentence(named, "Vandermeer said")) == []


def test_a_tagged_word_the_article_never_writes_as_a_surname_does_not_lean() -> None:
    # A product or a firm the tagger may take for a person is never written after a given
    # name; nor does the opening sentence lean.
    adoc = _article(
        "Lindqvist sold its first ferry engine in Marlow on Monday. "
        "Analysts said Lindqvist would sell a hundred engines next year."
    )
    assert unnamed_people(adoc, _sentence(adoc, "Lindqvist sold")) == []
    assert unnamed_people(adoc, _sentence(adoc, "Analysts said")) == []


def test_the_noted_sentences_are_read_back_as_hostile_input() -> None:
    value = {2: [("Vandermeer", "Harbour commissioner Rita Vandermeer")], 4: []}
    assert decode_noted(encode_noted(value)) == value
    assert noted_fit(value, ARTICLE, 7)
    # A note of words the article never wrote is refused.
    assert not noted_fit({2: [("Vandermeer", "Vandermeer, a convicted smuggler")]}, ARTICLE, 7)
    assert not noted_fit({7: []}, ARTICLE, 7)  # past the last sentence
    for bad in ([[1, 2]], [["1", []]], [[1, [["a"]]]], [[1, []], [1, []]], {"1": []}):
        with pytest.raises(BadValue):
            decode_noted(bad)


def test_a_surname_the_sentence_gives_an_office_gets_no_note() -> None:
    adoc = _article(
        "Harbour spokeswoman Greta Holmqvist said the quay would reopen on Friday. "
        "The ferry captains asked for a meeting with the harbour board. "
        "Harbour spokeswoman Holmqvist said the board would meet the captains next week. "
        "Ms. Holmqvist said the quay walls had held."
    )
    assert _digest(adoc, "Harbour spokeswoman Holmqvist", "The ferry captains") == [
        "The ferry captains asked for a meeting with the harbour board.",
        "Harbour spokeswoman Holmqvist said the board would meet the captains next week.",
    ]
    # A courtesy title says no more who she is.
    assert _digest(adoc, "Ms. Holmqvist") == [
        "Ms. Holmqvist [Harbour spokeswoman Greta Holmqvist] said the quay walls had held."
    ]


def test_a_former_office_a_bare_apostrophe_and_a_compound_are_read_as_written() -> None:
    adoc = _article(
        "On Monday former Port Director Jonas Hollis asked the Marlow Port Safety Board for "
        "a hearing. "
        "The board said it would hear him on Friday. "
        "Hollis' request came after the board closed the quay. "
        "The board meeting lasted four hours."
    )
    assert _digest(adoc, "Hollis' request", "The board meeting") == [
        "Hollis' [former Port Director Jonas Hollis] request came after the board "
        "[Marlow Port Safety Board] closed the quay.",
        # "board" names the kind of meeting, no body.
        "The board meeting lasted four hours.",
    ]


def test_a_family_or_an_elder_by_surname_says_which() -> None:
    adoc = _article(
        "Tomas Kessler and his sister Anna Kessler sailed the ferry for twenty years. "
        "The harbour board thanked the crew at a dinner on Friday. "
        "The Kessler family said the last crossing was the hardest of all."
    )
    assert unnamed_people(adoc, _sentence(adoc, "The Kessler family")) == []


def test_a_title_is_noted_as_the_article_wrote_it() -> None:
    adoc = _article(
        "Praising Senator Ian Morrow, the ferry captains marched to the quay on Monday. "
        "The strike was led by Marlow Ferry Union Executive Director Rita Vandermeer. "
        "Acting Harbour Director Olaf Brinkhuis closed the quay. "
        "Morrow said the quay would reopen once Vandermeer had met Brinkhuis."
    )
    assert _digest(adoc, "Morrow said") == [
        "Morrow [Senator Ian Morrow] said the quay would reopen once Vandermeer [Marlow Ferry "
        "Union Executive Director Rita Vandermeer] had met Brinkhuis [Acting Harbour Director "
        "Olaf Brinkhuis]."
    ]


def test_a_name_with_a_generation_initials_or_an_opening_word_gets_its_note() -> None:
    adoc = _article(
        "When G. Peter Lindqvist Jr. takes over the Marlow ferry line in June, he will be its "
        "youngest chief. "
        "The line's ships are old, said C.J. Hollister, the director of the harbour office. "
        "Ferry captains want newer ships before the winter storms begin. "
        "Lindqvist will have to find the money for new ships within a year. "
        "If Hollister approves the plan, the first ship could sail in the spring."
    )
    assert _digest(adoc, "Lindqvist will", "If Hollister") == [
        "Lindqvist [G. Peter Lindqvist Jr.] will have to find the money for new ships within a "
        "year.",
        "If Hollister [C.J. Hollister, director of the harbour office] approves the plan, the "
        "first ship could sail in the spring.",
    ]


def test_an_articles_mentions_and_surnames_are_read_once_for_all_its_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each sentence read every mention of its article and its surnames again: a story
    # naming one party 20,000 times spent seconds here.
    from briefing.compose import digest_notes

    adoc = _article(
        "The ferry quay in Marlow was closed on Monday after a storm. "
        "Lindqvist said the quay walls had cracked in two places. "
        "Lindqvist said divers would look at them. "
        "Divers led by engineer Petra Lindqvist will inspect the walls on Wednesday."
    )
    read = []
    surnames = digest_notes._surnames
    monkeypatch.setattr(digest_notes, "_surnames", lambda a: read.append(a) or surnames(a))
    assert [unnamed_people(adoc, s) for s in adoc.sentences] == [
        [],
        ["Lindqvist"],
        ["Lindqvist"],
        [],
    ]
    assert len(read) == 1
