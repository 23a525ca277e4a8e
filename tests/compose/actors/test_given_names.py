"""Given names the entity model left out of a person's name."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compose.actors.given_names import _Covered, with_given_names
from briefing.model import Corpus, Mention
from tests.growth import assert_linear

from .conftest import labelled_mentions as _mentions


def _read(corpus: Corpus, *labelled: tuple[str, str]) -> list[tuple[str, str]]:
    adoc = corpus.docs[0]
    text = adoc.document.text
    starts = [s.start for s in adoc.sentences]
    mentions = _mentions(text, *labelled) if labelled else adoc.mentions
    return [(m.text, m.label) for m in with_given_names(text, mentions, adoc.parse, starts)]


STORY = (
    "The ferry sank off the coast on Sunday. "
    '"We could have pulled more people out," Tomasz Orlevik was quoted as saying. '
    "Rescuers said the water was cold. Orlevik said he swam for an hour."
)


def test_a_surname_the_model_tagged_alone_takes_the_given_name_written_before_it(
    corpus_of: Callable[..., Corpus],
) -> None:
    corpus = corpus_of(STORY)
    read = _read(corpus, ("Orlevik", "PERSON"), ("Orlevik", "PERSON"))
    assert read == [("Tomasz Orlevik", "PERSON"), ("Orlevik", "PERSON")]


def test_a_full_name_the_model_missed_is_read_where_it_is_written(
    corpus_of: Callable[..., Corpus],
) -> None:
    """Only the later bare surname is tagged: the full name is added where it stands."""
    corpus = corpus_of(STORY)
    text = corpus.docs[0].document.text
    later = text.rindex("Orlevik")
    adoc = corpus.docs[0]
    mentions = [Mention("Orlevik", "PERSON", later, later + 7, 3)]
    read = with_given_names(text, mentions, adoc.parse, [s.start for s in adoc.sentences])
    assert [(m.text, m.start) for m in read] == [
        ("Tomasz Orlevik", text.index("Tomasz")),
        ("Orlevik", later),
    ]


def test_titles_conjunctions_names_and_tagged_words_are_no_given_names(
    corpus_of: Callable[..., Corpus],
) -> None:
    text = (
        "President Orlevik spoke on Monday. But Orlevik left early. "
        "Officials in Varna, Orlevik said, were told. Varna Orlevik is no name. "
        "Madame Orlevik agreed. While the Liberal Orlevik won, Karla Maria Orlevik lost."
    )
    corpus = corpus_of(text)
    labelled = [("Orlevik", "PERSON")] * 2 + [("Varna", "GPE"), ("Orlevik", "PERSON")] * 2
    read = _read(corpus, *labelled, *[("Orlevik", "PERSON")] * 3)
    assert [name for name, _ in read] == [name for name, _ in labelled] + ["Orlevik"] * 3


def test_nothing_changes_without_a_parse() -> None:
    text = "Tomasz Orlevik said so."
    mentions = _mentions(text, ("Orlevik", "PERSON"))
    assert with_given_names(text, mentions, None, [0]) == mentions


def _forms(corpus_of: Callable[..., Corpus], given: str) -> list[str]:
    from briefing.compose.actors.forms import collect_forms

    corpus = corpus_of(
        f"The blaze killed 12 people, officials said Saturday. {given} Stenmark of the city's "
        "emergency line said the call was hard to understand. The first crews got there five "
        "minutes after the line rang, Stenmark said at a news conference."
    )
    return sorted(collect_forms(corpus))


def test_a_hyphenated_given_name_is_read_whole_into_the_name_form(
    corpus_of: Callable[..., Corpus],
) -> None:
    """The model tags only the later "Stenmark" (the parse reads "Per" as a preposition),
    or "Erik Stenmark" of "Per-Erik Stenmark": the person's form keeps the whole name."""
    assert _forms(corpus_of, "Per-Ola") == ["per-ola stenmark", "stenmark"]
    assert _forms(corpus_of, "Per-Erik") == ["per-erik stenmark", "stenmark"]


def test_two_names_joined_by_a_hyphen_stay_apart() -> None:
    """ "the Harlow-Vance administration": Harlow is a name of his own, no given name."""
    text = "President Harlow spoke. The Harlow-Vance administration took credit. Vance smiled."
    mentions = _mentions(text, ("Harlow", "PERSON"), ("Vance", "PERSON"), ("Vance", "PERSON"))
    read = with_given_names(text, mentions, None, [0])
    assert [m.text for m in read] == ["Harlow", "Vance", "Vance"]
    # Not tagged anywhere else, but written on its own.
    text = "Harlow left. The Harlow-Vance administration took credit."
    read = with_given_names(text, _mentions(text, ("Vance", "PERSON")), None, [0])
    assert [m.text for m in read] == ["Vance"]


@settings(max_examples=300, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=12),
    start=st.integers(0, 40),
    width=st.integers(0, 8),
)
def test_an_overlap_with_a_mention_is_found_as_by_looking_at_each(spans, start, width) -> None:
    spans = [(s, s + w) for s, w in spans]
    end = start + width
    want = any(s < end and start < e for s, e in spans)
    assert _Covered(spans).overlaps(start, end) == want


def test_overlaps_with_many_mentions_are_found_in_log_time() -> None:
    # One look through every mention per surname written took time growing with the
    # square of an article of thousands of names.
    def overlapping(covered: _Covered) -> int:
        return sum(covered.overlaps(i * 10 + 7, i * 10 + 9) for i in range(len(covered._starts)))

    def mentions(n: int) -> _Covered:
        return _Covered([(i * 10, i * 10 + 6) for i in range(n)])

    assert overlapping(mentions(40_000)) == 0
    assert_linear(overlapping, 2_000, prepare=mentions)
