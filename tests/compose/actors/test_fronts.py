"""The first words of someone's title are no body's name."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compose import word_starts
from briefing.compose.actors import fronts
from briefing.compose.actors.fronts import (
    CapitalIndex,
    always_runs_on,
    body_rest,
    cut_trailing_titles,
    mostly_a_place,
    run_in,
    run_on,
    title_after,
    written_whole,
)
from briefing.lang.months import CALENDAR_WORDS
from briefing.lang.names import OFFICE_TITLES, PERSON_TITLES


@pytest.mark.parametrize(
    ("surface", "after", "expected"),
    [
        ("Navy Capt", ". John Arden said", ("Navy", True)),
        ("House Speaker", " Newt Vell said", ("House", True)),
        ("Department of Justice", " shows crime down", ("Department of Justice", False)),
        ("Court of Justice", " President Ana Vell", ("Court of Justice", False)),
        ("Burger King", ", the chain", ("Burger King", False)),
        # An office's title needs no name after it; a company's "King" does.
        ("Valley Provincial Medical Officer", " said", ("Valley Provincial Medical", True)),
        ("Office of the Governor", " said", ("Office of the Governor", False)),
        ("Burger King", " said", ("Burger King", False)),
    ],
)
def test_a_title_is_cut_off_a_body_before_a_name_or_as_an_office(
    surface: str, after: str, expected: tuple[str, bool]
) -> None:
    text = f"Then {surface}{after}."
    end = len("Then ") + len(surface)
    assert cut_trailing_titles(surface, text, end) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" Commissioner Ali Juma said", True),
        # Capitalised words before the title word: "Valley Provincial | Medical Officer".
        (" Medical Officer Ali Juma said", True),
        (" Medical Officer said", True),
        (" Police Commissioner Dr. Ali Juma", True),
        (" said on Monday", False),
        (" Chief Executive said", False),
        (" Boeing Aircraft Co. said", False),
    ],
)
def test_a_mention_opens_a_title_after_it(after: str, expected: bool) -> None:
    assert title_after(f"Valley Provincial{after}.", len("Valley Provincial")) is expected


@pytest.mark.parametrize(
    ("mention", "after", "expected"),
    [
        # The model stops before the head noun that closes the body's name.
        ("Valley Provincial", " Government said", "Valley Provincial Government"),
        ("Royal Pomological", " Society show", "Royal Pomological Society"),
        (
            "the Dorfield Bakers and",
            " Millers Association",
            "the Dorfield Bakers and Millers Association",
        ),
        # A name that does not end so, no body's head noun, or one the name runs past.
        ("Vell Holdings", " Board said", None),
        ("Valley Provincial", " Medical Officer said", None),
        ("the Federal", " Bureau of Investigation said", None),
        ("Valley Provincial", ".\nGovernment said", None),
    ],
)
def test_a_body_name_cut_before_its_head_noun_is_read_whole(
    mention: str, after: str, expected: str | None
) -> None:
    text = f"Then {mention}{after}."
    end = len("Then ") + len(mention)
    found = body_rest(mention, text, end)
    assert (text[len("Then ") : found] if found is not None else None) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" General Hospital said", ["general", "hospital"]),
        (" Ministry of Water Works", ["ministry", "of", "water", "works"]),
        (" said on Monday", None),
        ("'s nurses", None),
        (", the Dorfield Trust", None),
        ("\nGeneral Hospital", None),
        (" Inc said", None),  # the company's suffix: the same name
    ],
)
def test_the_capitalised_words_a_name_runs_on_with(after: str, expected: list[str] | None) -> None:
    assert run_on(f"at Valley Provincial{after}.", len("at Valley Provincial")) == expected


def test_a_sentence_after_a_full_stop_is_no_run_on() -> None:
    assert run_on("said Dorfield Corp. The firm", len("said Dorfield Corp.")) is None


def _nobody(run: str) -> bool:
    return False


def test_a_name_always_written_before_more_of_a_name_is_its_first_words() -> None:
    texts = [
        "Nurses at Valley Provincial General Hospital struck.",
        "The Valley Provincial General Hospital said so; Valley Provincial Medical Officer",
    ]
    assert always_runs_on(["Valley Provincial"], texts, False, _nobody)
    # Once written on its own, or with a possessive, it is a name of its own.
    more = [*texts, "Valley Provincial said"]
    assert not always_runs_on(["Valley Provincial"], more, False, _nobody)
    more = [*texts, "Valley Provincial's staff"]
    assert not always_runs_on(["Valley Provincial"], more, False, _nobody)
    # Never written at all: nothing shows it.
    assert not always_runs_on(["Valley Provincial"], ["Dorfield Trust said"], False, _nobody)


def test_a_body_name_runs_on_only_into_a_longer_body_name() -> None:
    # "Dorfield Health Ministry | Permanent Secretary": the ministry is a body of its own.
    titled = ["the Dorfield Health Ministry Permanent Secretary Ana Vell said"]
    assert not always_runs_on(["Dorfield Health Ministry"], titled, True, _nobody)
    cut = ["the Senate Harbour Affairs Committee met"]
    assert always_runs_on(["Senate Harbour"], cut, True, _nobody)


def test_a_body_name_always_going_on_with_of_and_a_name_is_its_first_words() -> None:
    """'Group | of Nine': the model's body 'Group' is a fragment of the longer name."""
    texts = ["The Group of Nine met.", "It urged the Group of the North to act."]
    assert always_runs_on(["Group"], texts, True, _nobody)
    # Written once on its own, or with "of" and a lower-case word, it is a name of its own.
    assert not always_runs_on(["Group"], [*texts, "The Group said"], True, _nobody)
    assert not always_runs_on(["Group"], ["The Group of experts met."], True, _nobody)
    # A name of its own may be followed by "of" and whose it is.
    own = ["The Vell Institute of the University of Harnby said so."]
    assert not always_runs_on(["Vell Institute"], own, True, _nobody)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("sent to the Kilindi Teaching and ", "Kilindi Teaching"),
        ("short. The Kilindi Teaching and ", "Kilindi Teaching"),
        ("the Dorfield ", "Dorfield"),
        ("Then ", None),  # a sentence's first word
        ("beds. Then ", None),
        ("Ann Vell's ", None),
        ("contractor DG&K ", "DG&K"),  # a whole word, not its last letter
        ("the job of CEO of ", None),  # someone's title
        ("the Dorfield-based ", None),  # a word that describes it
        ("the Vell, Ore.-based ", None),
        ("adults in June for ", None),  # a month
        ("manager at The ", None),  # the name's own article
        ("manager at The Dorfield ", "Dorfield"),
        ("the Board of ", "Board"),
        ("contractor McVell ", "McVell"),
        ("patients at ", None),
        ("Kilindi Teaching,\n", None),
    ],
)
def test_the_capitalised_words_a_name_runs_in_from(before: str, expected: str | None) -> None:
    text = f"{before}Referral Hospital said."
    assert run_in(text, len(before)) == expected


def test_a_name_always_written_after_more_of_a_name_is_its_last_words() -> None:
    texts = ["sent to the Kilindi Teaching and Referral Hospital.", "at Kilindi Referral Hospital"]
    assert always_runs_on(["Referral Hospital"], texts, False, _nobody)
    # After a name of its own it is one of a list ("Dorfield and Vell Airways").
    lists = ["so Dorfield and Vell Airways flew", "the Dorfield Vell Airways jet"]
    assert not always_runs_on(["Vell Airways"], lists, False, lambda run: run == "Dorfield")
    assert always_runs_on(["Vell Airways"], lists, False, _nobody)


@pytest.mark.parametrize(
    "surface", ["Harbour Trust", "Trust", "O'Vell", "Vell-Dorf", "Ana", "", "é", "Ana Ana"]
)
@pytest.mark.parametrize("direct", [0, word_starts.DIRECT_SEARCHES])
def test_a_name_is_found_where_the_pattern_finds_it_whole(surface, direct, monkeypatch) -> None:
    # The same places whether the text is searched or its words indexed (``direct`` 0).
    monkeypatch.setattr(word_starts, "DIRECT_SEARCHES", direct)
    text = (
        "Harbour Trust's board met the Harbour Trustees; Dorfield-Harbour Trust and "
        "Harbour Trust_2 did not. Ana, Anat, d'Ana, O'Vell-Dorf, Vell-Dorf é é-x xé Ana Ana Ana"
    )
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(surface)}(?![\w-])")
    assert list(written_whole(surface, text)) == [m.start() for m in pattern.finditer(text)]


def test_texts_that_cannot_write_a_name_are_not_read() -> None:
    texts = [
        "Nurses at Valley Provincial General Hospital struck.",
        "Dorfield Trust said",
        "Valley Provincial said",
    ]
    index = CapitalIndex(texts)
    assert index.holding("Valley Provincial") == {0, 2}
    assert index.holding("Vell Airways") == set()
    assert index.holding("de Vell") is None  # no capitalised run: any text may write it
    read: list[str] = []

    def reading(surface: str) -> list[str]:
        docs = index.holding(surface)
        chosen = [texts[d] for d in sorted(docs)] if docs is not None else texts
        read.extend(chosen)
        return chosen

    for names in (["Valley Provincial"], ["Dorfield Trust"]):
        for body in (False, True):
            got = always_runs_on(names, texts, body, _nobody, reading)
            assert got == always_runs_on(names, texts, body, _nobody)
    assert texts[1] not in read[:2]


def test_a_name_mostly_written_before_a_places_head_noun_is_the_places() -> None:
    texts = [
        "Flights left Corvalla International Airport on Monday.",
        "Corvalla International Airport reopened. Planes flew out of Corvalla International.",
    ]
    assert mostly_a_place(["Corvalla International"], texts)
    # Written alone as often as before "Airport", or before it once only: a name of its own.
    alone = [*texts, "Corvalla International said so.", "Corvalla International fell."]
    assert not mostly_a_place(["Corvalla International"], alone)
    assert not mostly_a_place(["Corvalla International"], texts[:1])
    # A lower-case noun after it is no place's name ("the Harbour Trust plant").
    assert not mostly_a_place(["Harbour Trust"], ["Harbour Trust plant", "Harbour Trust plant"])


def test_the_texts_that_may_write_any_of_a_forms_surfaces() -> None:
    index = CapitalIndex(["Dorfield Trust", "the Vell Fund", "nothing"])
    assert index.writing(["Dorfield Trust", "Vell Fund"]) == ["Dorfield Trust", "the Vell Fund"]
    assert index.writing(["the Vell Fund"]) == ["Dorfield Trust", "the Vell Fund", "nothing"]


def _run_in_of_the_whole_line(text: str, start: int) -> str | None:
    """``run_in`` as it was, searching the name's whole line: the reference."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    m = fronts._RUN_IN_RE.search(line)
    if not m:
        return None
    words = m["run"].split()
    if words[-1].lower().rstrip(".") in PERSON_TITLES | OFFICE_TITLES:
        return None
    if fronts._DESCRIBING_RE.search(words[-1]) or {w.lower() for w in words} & CALENDAR_WORDS:
        return None
    if not line[: m.start()].strip() or line[: m.start()].rstrip().endswith(fronts._SENTENCE_END):
        words = words[1:]
    while words and words[0].lower() in fronts._ARTICLES:
        words = words[1:]
    return " ".join(words) or None


# Invented pieces of text, so that runs of capitalised words start, stop and mislead.
_PIECES = ["Vell", "Dorfield", "Trust", "x", "Mr", "June", "The", "the", "of", "and", "&",
           " ", " ", "\t", "\n", ".", ",", "-based", "(", "’s", "A.", "\u2009", "7"]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30), start=st.integers(0, 200))
def test_run_in_reads_as_the_search_of_the_whole_line(pieces: list[str], start: int) -> None:
    text = "".join(pieces) + " Harbour Board"
    start = min(start, len(text))
    assert run_in(text, start) == _run_in_of_the_whole_line(text, start)


def test_run_in_on_a_line_of_thousands_of_names_is_read_near_the_name() -> None:
    # An article with no line break: each name's run of capitalised words before it was
    # searched for from the start of the article (22 CPU s for 2,500 sentences).
    text = " ".join(f"Vell Dorfield{i} said the Trust sailed." for i in range(5_000))
    starts = [m.start() for m in re.finditer("Trust", text)]
    begun = time.process_time()
    assert all(run_in(text, at) is None for at in starts)
    assert time.process_time() - begun < 2
