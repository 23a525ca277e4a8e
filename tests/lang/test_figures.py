"""The English of figures (lang/figures.py), as the divergence finders use it."""

import time

import pytest

from briefing.lang.figures import (
    APPROXIMATE_QUALIFIERS,
    CAUSATIVE_LEFT_RE,
    COMPANION_DEAD_RE,
    COMPANION_DEAD_SCREENED,
    DURATION_RE,
    EVENT_CLASS,
    EVENT_RE,
    KILLER_RE,
    NUMBER_WORDS,
    OPEN_ABOVE,
    OPEN_BELOW,
    QUALIFIER_RE,
    count_value,
    figure_value,
    word_value,
)


def test_a_qualifier_is_taken_off_the_front_of_a_figure() -> None:
    assert QUALIFIER_RE.sub("", "at least three firms") == "three firms"
    assert QUALIFIER_RE.sub("", "three firms at least") == "three firms at least"


def test_what_a_count_measures_is_named_by_its_class() -> None:
    found = [EVENT_CLASS[m.group(0).lower()] for m in EVENT_RE.finditer("12 killed, 40 on board")]
    assert found == ["died", "aboard"]
    assert NUMBER_WORDS["twelve"] == 12


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("up to 87 million", 87_000_000, "up to"),
        ("more than 80 million", 80_000_000, "more than"),
        ("at least three", 3, "at least"),
        ("$1.4 billion", 1_400_000_000, ""),
        ("twenty-two", 22, ""),
        ("2,500", 2500, ""),
        ("a million", 1_000_000, ""),
    ],
)
def test_value_and_qualifier(text, value, qualifier):
    assert figure_value(text) == (value, qualifier)


@pytest.mark.parametrize(
    "text", ["tens of millions", "dozens", "more than half", "1" * 400, "1" * 400 + " million"]
)
def test_vague_amounts_have_nofigure_value(text):
    assert figure_value(text)[0] is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("16-year", "16"),
        ("two to three  months", "two to three"),
        ("a   day", "a"),
        ("years", None),
    ],
)
def test_duration_splits_number_and_unit(text: str, number: str | None) -> None:
    m = DURATION_RE.match(text)
    assert (m.group("number") if m else None) == number


def test_duration_is_linear_on_long_runs() -> None:
    """200 KB of spaces or digits and spaces, with match and search, in well under a second."""
    texts = ["1" + " " * 200_000, "1 " * 100_000, "1 " * 100_000 + "days", "\t" * 200_000 + "x"]
    start = time.process_time()
    for text in texts:
        DURATION_RE.match(text)
        DURATION_RE.search(text)
    assert time.process_time() - start < 1.0


def test_killer_and_companion_patterns() -> None:
    m = KILLER_RE.search("heart disease kills about ")
    assert m is not None and m.group("killer") == "heart disease"
    m = COMPANION_DEAD_RE.search("The blast killed O'Brien's wife and 11 others.")
    assert m is not None and (m.group("owner"), m.group("others")) == ("O'Brien's ", "11")
    m = COMPANION_DEAD_SCREENED.search("The blast killed O'Brien's wife and 11 others.")
    assert m is not None and m.group("others") == "11"
    assert not COMPANION_DEAD_SCREENED.holds_cue("The blast killed his wife and 11 OTHERS.")


@pytest.mark.parametrize("run", ["x", "a-", "A'", "his a-"])
def test_killer_and_companion_are_linear_on_long_runs(run: str) -> None:
    """200 KB with no space (quadratic before: 16 KB took about 2 CPU s)."""
    text = run * (200_000 // len(run))
    start = time.process_time()
    KILLER_RE.search(text + " kills ")
    COMPANION_DEAD_RE.search(text + "'s wife and 5 others died")
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("close to 3,000", (3000.0, "close to")),
        ("in excess of 80", (80.0, "in excess of")),
        ("the estimated 4,700", (4700.0, "the estimated")),
        ("only 40", (40.0, "only")),
    ],
)
def test_every_qualifier_of_the_table_is_read_before_a_figure(
    text: str, reading: tuple[float, str]
) -> None:
    assert figure_value(text) == reading


def test_a_qualifiers_direction_says_which_side_of_its_figure_it_opens() -> None:
    assert {"more than", "in excess of"} <= OPEN_ABOVE and "nearly" not in OPEN_ABOVE
    assert {"up to", "as many as"} <= OPEN_BELOW and "just under" not in OPEN_BELOW
    assert {"about", "close to", "an estimated"} <= APPROXIMATE_QUALIFIERS
    assert "only" not in APPROXIMATE_QUALIFIERS | OPEN_ABOVE | OPEN_BELOW


def test_a_verb_may_leave_any_qualifier_of_the_table_outside_its_figure() -> None:
    killer = KILLER_RE.search("In Kenya, malaria kills close to ")
    assert killer is not None and killer.group("killer") == "malaria"
    assert CAUSATIVE_LEFT_RE.search("The war has left as many as ")
    assert not CAUSATIVE_LEFT_RE.search("The war has left only ")  # "only": exact


def test_a_count_in_figures_has_a_value_unless_it_is_a_run_of_digits() -> None:
    assert count_value("4,620") == 4620 and count_value("1000") == 1000
    assert count_value("1" * 10_000) is None  # int() refuses 4,300 digits and more
    assert count_value("²") is None and count_value("") is None  # no decimal digits
    # commas that group no thousands: a list ("lanes 1,2,3") or a decimal comma, not 123
    assert count_value("1,2,3") is None and count_value("4,5") is None
    assert count_value("1,200,000") == 1_200_000


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("3,000", 3000.0),
        ("3,000,", 3000.0),
        ("1,250.5", 1250.5),
        ("$2.5", 2.5),
        ("Eight", 8.0),
        ("9" * 15, float("9" * 15)),
    ],
)
def test_one_word_gives_its_figure(word: str, value: float) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    "word", ["a", "an", "1e400", "nan", "inf", "9" * 16, "1.2.3", "x", "1,2,3", "4,5", "12,3456"]
)
def test_a_word_float_would_read_gives_no_figure(word: str) -> None:
    # float() reads "1e400" and a run of 400 digits as infinity: no count a page writes.
    assert word_value(word) is None
