"""An event's frame: another article telling the same event in other words, found by the
same day or the same year with the event's kind and what it is about."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from briefing.analyse import analyse
from briefing.compose.corroboration import Corroboration
from briefing.compose.events import EventIndex
from briefing.compose.frames import ROUND, Frames, counts
from briefing.compose.sentence_dates import event_dates
from briefing.lang.figures import EXACT_SHARE
from briefing.model import Corpus, Document, Sentence

# An invented story: an agency approves a jet, a council rules on growers' cider sales.
FILLER = [f"Unrelated item {w} was about the gardens and the weather." for w in "abcdef"]
SATURDAY = dt.date(2018, 6, 9)  # "Friday" in an article of this day is June 8
LATER = dt.date(2018, 6, 20)


def corpus(*texts: tuple[str, dt.date]) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=day)
        for i, (t, day) in enumerate([*texts, *((f, LATER) for f in FILLER)])
    ]
    return analyse(docs, entities=True)


def frames(found: Corpus) -> Frames:
    share = Corroboration(found.sentences()).source_share
    return Frames(EventIndex(found), event_dates(found), share)


def telling(found: Corpus) -> list[str]:
    """The texts of the other sentences holding the first sentence's frame."""
    statement: Sentence = found.docs[0].sentences[0]
    return [s.text for s in frames(found).telling(statement)]


APPROVED = "The Norland agency approved the Zephyr jet on Friday for passenger flights."


@pytest.mark.parametrize(
    ("other", "day", "told"),
    [
        # the same day resolved, the event as a noun, a name both give
        ("The Zephyr jet won approval on June 8 after two years of tests.", LATER, True),
        # a plan: the event had not happened
        ("The Norland agency will approve the Zephyr jet on June 8.", dt.date(2018, 6, 1), False),
        # the same day and name, another event
        ("Norland Air sold its last Zephyr jet on June 8.", LATER, False),
        # the same event, another day: another approval
        ("The Zephyr jet won approval on May 2 after two years of tests.", LATER, False),
    ],
)
def test_the_same_day_with_the_events_kind_and_a_name_is_one_event(
    other: str, day: dt.date, told: bool
) -> None:
    found = corpus((APPROVED, SATURDAY), (other, day))
    assert telling(found) == ([other] if told else [])


def test_a_statement_tells_its_event_with_a_verb_in_the_past_not_what_was_to_follow() -> None:
    # "to return" is what the ruling allowed; an article on the boy's return the same
    # day does not tell the ruling.
    ruling = "The Calder court refused on Friday to stop the Ostrander boy, clearing him to return."
    other = "The Ostrander boy returned to Calder on June 8 with his father."
    found = corpus((ruling, SATURDAY), (other, LATER))
    assert telling(found) == []


CIDER = "The council in 1988 drew up rules allowing the Calder growers to sell cider at fairs."


@pytest.mark.parametrize(
    ("other", "told"),
    [
        # the year, the verb and a word of the statement's own
        ("The 1988 bylaw confirmed the Calder growers' rights to sell cider at fairs.", True),
        # the year and the verb alone: another thing sold
        ("In 1988 the state sold land to farmers near the coast.", False),
        # the words and the verb in another year
        ("The 1994 bylaw confirmed the Calder growers' rights to sell cider at fairs.", False),
    ],
)
def test_the_same_year_with_a_verb_and_a_particular_word_is_one_event(
    other: str, told: bool
) -> None:
    found = corpus((CIDER, LATER), (other, LATER))
    assert telling(found) == ([other] if told else [])


def test_every_count_the_statement_gives_is_told_too() -> None:
    built = "The port has built 190 Calder berths since it bought the Ostrander bay in 1967."
    captured = "The port bought the Ostrander bay in 1967, in a six-day auction."
    assert telling(corpus((built, LATER), (captured, LATER))) == []
    both = "Since it bought the Ostrander bay in 1967, the port has built 190 Calder berths."
    assert telling(corpus((built, LATER), (both, LATER))) == [both]


def test_frames_of_a_long_text_are_quick() -> None:
    years = " ".join(f"in {1900 + i % 100} the growers sold cider at fairs and" for i in range(200))
    found = corpus((CIDER, LATER), (f"Calder said that {years} they left.", LATER))
    found_frames = frames(found)
    start = time.process_time()
    told = list(found_frames.telling(found.docs[0].sentences[0]))
    assert time.process_time() - start < 1.0
    # 1988 is there; the 2,000-word run is cut into sentences of MAX_SENTENCE_WORDS, and
    # the two that hold "in 1988" tell it
    assert len(told) == 2 and all("in 1988 the growers" in s.text for s in told)


VACANT = (
    "The Calder audit found that at least 4,620 farm cottages in the Ostrander hills are vacant."
)


@pytest.mark.parametrize(
    ("other", "told"),
    [
        ("They also counted 4,633 newly built farm cottages lying empty.", True),  # 0.3% off
        ("They also counted 4,731 newly built farm cottages lying empty.", False),  # 2.4%
        ("They also counted 4,620 newly built schools lying empty.", False),  # another thing
        ("The town plans 4,620 new jobs at the Ostrander farm cottages.", False),  # ditto
    ],
)
def test_a_precise_count_of_the_same_thing_is_one_count(other: str, told: bool) -> None:
    found = corpus((VACANT, LATER), (other, LATER))
    assert telling(found) == ([other] if told else [])


def _near_count_read_whole(found: Corpus, statement: Sentence) -> list[Sentence]:
    """The near counts as they were found before the index: every sentence's counts read
    again for each statement."""
    mine = [(n, w) for n, w in counts(statement.text) if n % ROUND]
    return [
        other
        for adoc in found.docs
        if not (adoc.sentences and adoc.sentences[0].source_id == statement.source_id)
        for other in adoc.sentences
        if any(
            abs(n - count) <= EXACT_SHARE * count and counted & what
            for n, what in counts(other.text)
            for count, counted in mine
        )
    ]


def test_near_counts_are_found_by_the_index_as_by_reading_every_sentence() -> None:
    # Counts at the edge of EXACT_SHARE (5,050: 4,999.5 to 5,100.5), round ones, two
    # counts in one statement, the statement's own article, and sentences of no count.
    texts = [
        "Crews cleared 5,050 tons of silt and 2,317 tons of gravel from the Vellor canal.",
        "A second report of the same crews put the silt at 5,100 tons. Gravel: 2,340 tons.",
        "Divers said 4,999 tons of silt remained, and 5,000 tons of gravel were moved.",
        "The Vellor canal board counted 5,090 tons of silt. It met on Monday.",
        "Barges carried 2,317 tons of coal, and 5,050 bales of hay went by road.",
        "Pumps moved 5,200 tons of silt, and 5,050 bales of hay were stacked.",
    ]
    found = corpus(*((t, LATER) for t in texts))
    index = frames(found)
    for adoc in found.docs:
        for statement in adoc.sentences:
            got = list(index._near_count(statement))
            assert got == _near_count_read_whole(found, statement)
    first = found.docs[0].sentences[0]
    assert [s.text for s in index._near_count(first)] == [
        "A second report of the same crews put the silt at 5,100 tons.",
        "Gravel: 2,340 tons.",
        texts[2],  # 5,000 tons (of gravel) of 5,050 tons
        "The Vellor canal board counted 5,090 tons of silt.",
        texts[4],  # 2,317 tons (of coal); not the last: 5,200 tons, and bales
    ]


def test_round_counts_and_rates_bases_anchor_nothing() -> None:
    assert counts("The plane flew at 33,000 feet.") == [(33000, frozenset({"feet"}))]
    cruising = "The Calder jet flew at 33,000 feet over the Ostrander hills."
    other = "The Calder jet began its descent from 33,000 feet at night."
    assert telling(corpus((cruising, LATER), (other, LATER))) == []  # round: recurs
    assert counts("566 crimes per 100,000 residents in 1985") == []


def test_counts_are_quick_on_huge_input() -> None:
    start = time.process_time()
    for text in ("1" * 200_000, "1," * 100_000, "12345 " * 40_000, "word " * 40_000):
        counts(text)
    assert time.process_time() - start < 2.0


WINTER = dt.date(1999, 2, 10)  # "last May" in an article of this day is May 1998
KIDNAPPED = "Marta Vell was kidnapped in 1998 near the Ostrander border."
LAST_MAY = "Marta Vell was kidnapped last May near the Ostrander border."


@pytest.mark.parametrize(
    ("statement", "other", "told"),
    [
        # the event told as a noun of another article, the same year and name
        (
            "In 1987 the Calder high court ruled that the Ostrander levy was unlawful.",
            "The Ostrander levy was struck down by the 1987 ruling of the Calder high court.",
            True,
        ),
        # the statement's subject is the event, fixed by its year
        (
            "The 1987 ruling of the Calder high court voided the Ostrander levy.",
            "In 1987 the Calder high court ruled the Ostrander levy unlawful.",
            True,
        ),
        # a court "struck down" or "overturned" a law: a ruling, whatever the clause
        # between the year and the verb
        (
            "The 1987 ruling of the Calder high court voided the Ostrander levy.",
            "In 1987, the Calder high court, hearing a challenge, struck down the Ostrander levy.",
            True,
        ),
        (
            "The 1987 ruling of the Calder high court voided the Ostrander levy.",
            "In 1987 the Calder high court overturned the Ostrander levy.",
            True,
        ),
        (
            "In 1987 the Calder high court struck down the Ostrander levy.",
            "Growers sold cider after the Calder high court's 1987 ruling on the Ostrander levy.",
            True,
        ),
        # the year and the court in the clause the striking down hangs on
        (
            "The 1987 ruling of the Calder high court voided the Ostrander levy.",
            "In 1987 the Calder high court heard the case, striking down the Ostrander levy.",
            True,
        ),
        # the ruling where the statement's event happened, not its subject
        (
            "In a 1987 ruling, the Calder high court said the Ostrander levy was unlawful.",
            "In 1987 the Calder high court struck down the Ostrander levy.",
            True,
        ),
        # a strike is no ruling; another body; the ruling of another year
        (
            "The 1987 ruling of the Calder high court voided the Ostrander levy.",
            "In 1987 the Calder miners went on strike against the Ostrander levy.",
            False,
        ),
        (
            "The 1987 ruling of the Calder high court voided the Ostrander levy.",
            "In 1987 the Brandt council struck down the Ostrander levy.",
            False,
        ),
        (
            "The 1987 ruling of the Calder high court voided the Ostrander levy.",
            "In 1987 the Calder high court heard the case, and in 1990 it struck down the levy.",
            False,
        ),
        # a statement about what followed the ruling is not told by the ruling
        (
            "Growers sold cider after the Calder high court's 1987 ruling on the Ostrander levy.",
            "In 1987 the Calder high court struck down the Ostrander levy.",
            False,
        ),
        # the same kidnapping told by who did it, or with another verb
        (KIDNAPPED, "Kidnappers seized Marta Vell near the Ostrander border in 1998.", True),
        (KIDNAPPED, "Vell was abducted near the Ostrander border in 1998 and freed later.", True),
        # a month resolved against the article's date matches its year; another month not
        (LAST_MAY, "Marta Vell was abducted in 1998 by a gang near the border.", True),
        (LAST_MAY, "Marta Vell was abducted in March 1998 by a gang near the border.", False),
        # another year, another person, another kind of event
        (KIDNAPPED, "Marta Vell was abducted near the Ostrander border in 1996.", False),
        (KIDNAPPED, "Kidnappers seized Anna Lund near the Ostrander border in 1998.", False),
        (KIDNAPPED, "Marta Vell was honoured near the Ostrander border in 1998.", False),
        # a study's finding is no event: two studies find things in one year
        (
            "The Calder survey of 1998 found that Ostrander farms were shrinking.",
            "A Calder study found in 1998 that the Ostrander coast was eroding.",
            False,
        ),
    ],
)
def test_a_named_event_in_the_same_year_is_one_event_whatever_words_tell_it(
    statement: str, other: str, told: bool
) -> None:
    found = corpus((statement, WINTER), (other, LATER))
    assert telling(found) == ([other] if told else [])


def test_a_named_events_frame_is_quick_on_a_long_text() -> None:
    years = " ".join(f"Vell was seized in {1900 + i % 100} by Lund men and" for i in range(400))
    long = f"Calder said that {years} left."
    ruled = " ".join(
        f"in {1900 + i % 100} Vell ruled, striking down a Lund levy, and" for i in range(400)
    )
    long_ruling = f"Calder said that {ruled} left."
    ruling = "The 1987 ruling of the Calder high court voided the Ostrander levy."
    for pair in (
        ((KIDNAPPED, WINTER), (long, LATER)),
        ((long, WINTER), (KIDNAPPED, LATER)),
        ((ruling, WINTER), (long_ruling, LATER)),
    ):
        found = corpus(*pair)
        found_frames = frames(found)
        start = time.process_time()
        list(found_frames.telling(found.docs[0].sentences[0]))
        assert time.process_time() - start < 1.0


def test_a_run_of_ten_thousand_digits_is_no_count() -> None:
    """int() refuses 4,300 digits and more: such a run failed the whole build."""
    assert counts("Officials said " + "1" * 10_000 + " tons of silt were moved.") == []
    assert [n for n, _ in counts("Crews moved 4,620 tons of silt.")] == [4620]
