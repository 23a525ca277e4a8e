"""Sentence splitting and the sumy tokenizer adapter."""

import pytest

from briefing.lang.sentences import SumyTokenizer, paragraphs, split_sentences
from briefing.lang.words import words


def test_abbreviations_do_not_split() -> None:
    text = (
        "Sen. Mark Warner of Virginia spoke at 3 p.m. Tuesday about the U.S. government. "
        "Dr. Jane Roe of the U.N. agreed. Gov. Smith did not."
    )
    assert split_sentences(text) == [
        "Sen. Mark Warner of Virginia spoke at 3 p.m. Tuesday about the U.S. government.",
        "Dr. Jane Roe of the U.N. agreed.",
        "Gov. Smith did not.",
    ]


def test_month_and_title_abbreviations_rejoined() -> None:
    assert split_sentences("It ended on Jan. 5 last year. Rep. Lee left.") == [
        "It ended on Jan. 5 last year.",
        "Rep. Lee left.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nupunkt ends a sentence after "U.S." / "U.N." before a capitalised office or body.
        (
            "The tour ended as U.S. Secretary of Labor Ana Berg was leaving. "
            "The session, which the U.N. General Assembly sought, is to press Norland to act.",
            [
                "The tour ended as U.S. Secretary of Labor Ana Berg was leaving.",
                "The session, which the U.N. General Assembly sought, is to press Norland to act.",
            ],
        ),
        # A sentence that ends with the initials is followed by its own subject.
        (
            "He lived for years in the U.S. The talks resumed on Monday.",
            ["He lived for years in the U.S.", "The talks resumed on Monday."],
        ),
        (
            "Sales rose in the U.S. General Motors cut jobs on Monday.",
            ["Sales rose in the U.S.", "General Motors cut jobs on Monday."],
        ),
    ],
)
def test_initials_before_an_office_or_body_are_rejoined(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_paragraphs_are_respected() -> None:
    text = "First paragraph ends here\n\nSecond paragraph. It has two sentences."
    assert split_sentences(text) == [
        "First paragraph ends here",
        "Second paragraph.",
        "It has two sentences.",
    ]


def test_quoted_question_stays_one_sentence() -> None:
    assert split_sentences("“Is it true?” he asked. She nodded.") == [
        "“Is it true?” he asked.",
        "She nodded.",
    ]


def test_words_lowercase_and_keep_abbreviations() -> None:
    assert words("The U.S. firm's CEO — Mark Zuckerberg — said: no.") == [
        "the",
        "u.s",
        "firm's",
        "ceo",
        "mark",
        "zuckerberg",
        "said",
        "no",
    ]


def test_sumy_tokenizer_interface() -> None:
    tok = SumyTokenizer("english")
    assert tok.language == "english"
    assert tok.to_sentences("Sen. Warner asked. He waited.") == ("Sen. Warner asked.", "He waited.")
    assert tok.to_words("Huawei, ZTE and TCL.") == ("Huawei", "ZTE", "and", "TCL")


def test_jr_and_st_can_end_a_sentence() -> None:
    text = "He was played by Robert Downey Jr. He won an award. They met on Main St. It rained."
    assert split_sentences(text) == [
        "He was played by Robert Downey Jr.",
        "He won an award.",
        "They met on Main St.",
        "It rained.",
    ]


def test_paragraphs_are_blank_line_separated_and_trimmed() -> None:
    text = "  First line\nsame paragraph. \n\n \t\n\nSecond one.\n   \n"
    assert paragraphs(text) == ["First line\nsame paragraph.", "Second one."]
    assert paragraphs(" \n\n ") == []


def test_plain_word_taken_for_an_abbreviation_ends_a_sentence() -> None:
    # nupunkt's model lists "month" and "ill" as abbreviations and joined these.
    assert split_sentences("Fares rose last month. Officials said they would fall.") == [
        "Fares rose last month.",
        "Officials said they would fall.",
    ]
    assert split_sentences("The town was quiet and is so. Six winters ago it had one inn.") == [
        "The town was quiet and is so.",
        "Six winters ago it had one inn.",
    ]
    assert split_sentences("He was ill. Before the trial, he hid.") == [
        "He was ill.",
        "Before the trial, he hid.",
    ]


def test_lower_case_abbreviations_and_times_still_do_not_split() -> None:
    for text in (
        "They met at 6 p.m. Tuesday in the hall.",
        "Tragedies, i.e. Oklahoma City, were recalled.",
        "Raking vs. Mulching is the question.",
        "The plant employs approx. Twelve hundred people.",
    ):
        assert split_sentences(text) == [text]


def test_name_taken_for_an_abbreviation_ends_a_sentence() -> None:
    # nupunkt's model lists "park" (and "hall", "john") as abbreviations and joined these.
    article = (
        "The worst damage is in a grove beside the pond in Marrow Creek Park. Young beetles "
        "have stripped the bark. Crews came from Elmford, Wash. Officials closed the paths. "
        "The spray needs a permit from the EPA. Nobody has applied."
    )
    assert split_sentences(article) == [
        "The worst damage is in a grove beside the pond in Marrow Creek Park.",
        "Young beetles have stripped the bark.",
        "Crews came from Elmford, Wash. Officials closed the paths.",
        "The spray needs a permit from the EPA.",
        "Nobody has applied.",
    ]


def test_titles_and_bodies_abbreviated_before_a_name_still_do_not_split() -> None:
    for text in (
        "The order came from Maj. Tobin Vell on Friday.",
        "They thanked Drs. Ana Mirel and Oto Fenn.",
        "Gov. Lira Dask and Capt. Nils Orr spoke.",
    ):
        assert split_sentences(text) == [text]


def test_a_name_ending_like_a_title_ends_its_sentence_before_an_opener() -> None:
    # "Sen" is a title's abbreviation, but one goes before a name, never before "The".
    text = (
        "The pact put the council under strongman Tal Sen. The rival party walked out. "
        "Aid went to Orin Gov. In the south, roads closed."
    )
    assert split_sentences(text) == [
        "The pact put the council under strongman Tal Sen.",
        "The rival party walked out.",
        "Aid went to Orin Gov.",
        "In the south, roads closed.",
    ]


def test_a_title_before_a_name_that_looks_like_a_word_still_joins() -> None:
    for text in (
        "The bill came from Rep. Will Dorne of the valley.",
        '"We waited all week," Ms. He said.',
        "Sen. An Veller voted no.",
    ):
        assert split_sentences(text) == [text]


def test_initials_before_a_lower_case_word_stay_in_their_sentence() -> None:
    text = (
        "Former President K.J. van Drum plans to appeal. Crews trained by the R.L.D.F. "
        "in the north left. She spoke for Velm Cos. in Arnby, Mass. and the board."
    )
    assert split_sentences(text) == [
        "Former President K.J. van Drum plans to appeal.",
        "Crews trained by the R.L.D.F. in the north left.",
        "She spoke for Velm Cos. in Arnby, Mass. and the board.",
    ]


def test_a_particle_after_a_plain_word_still_opens_a_sentence() -> None:
    text = "Van Drum has not applied for amnesty. de Vell has said he will."
    assert split_sentences(text) == [
        "Van Drum has not applied for amnesty.",
        "de Vell has said he will.",
    ]


def test_a_run_with_no_full_stop_is_cut_into_sentences_of_at_most_the_cap() -> None:
    # 200,000 characters with no full stop were one sentence of 36,000 words, and
    # compose, which reads each sentence against its dates, names and figures, took the
    # build past 300 s.
    import time

    from briefing.lang.sentences import MAX_SENTENCE_WORDS

    text = "Ferry crews voted on Tuesday " * 8_000
    started = time.process_time()
    found = split_sentences(text)
    assert time.process_time() - started < 1.0
    assert all(len(s.split()) <= MAX_SENTENCE_WORDS for s in found)
    assert " ".join(found) == text.strip()  # cut at words, nothing lost
    long = " ".join(["crews"] * MAX_SENTENCE_WORDS) + "."
    assert split_sentences(long) == [long]  # a sentence of the cap is whole
