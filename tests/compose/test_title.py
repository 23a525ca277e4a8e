"""The brief's own title: the focus when it is a title, else what the whole story shares."""

from __future__ import annotations

from briefing.compose.near_duplicates import content_stems
from briefing.compose.title import (
    DEFAULT_TITLE,
    _clean,
    focus_is_title,
    shared_phrase,
    story_title,
    text_phrase,
)
from briefing.lang.words import words

# A ferry strike told by five articles; one of them is about a side matter (a bakery).
STORY = [
    ("Ferry crews strike over pay", "Ferry crews at the harbour went on strike over pay."),
    ("Ferry strike enters second day", "The ferry strike over crew pay entered a second day."),
    (
        "Harbour bakery sells out during ferry strike",
        "A bakery sold out as the ferry strike over pay stranded travellers; crews stayed out.",
    ),  # fmt: skip
    (
        "Operator offers ferry crews more pay",
        "The operator offered striking ferry crews more pay to end the strike.",
    ),  # fmt: skip
    (
        "Ferry crews accept pay offer, strike ends",
        "Ferry crews voted to accept the pay offer and end the strike.",
    ),  # fmt: skip
]


def _title(story: list[tuple[str, str]], focus: str = "") -> str:
    heads = [h for h, _ in story]
    return story_title(focus, heads, [content_stems(words(t)) for _, t in story])


def test_short_topic_focus_is_the_title() -> None:
    assert _title(STORY, "harbour ferry strike") == "Harbour ferry strike"
    assert focus_is_title("NorAvia Flight 412")
    assert not focus_is_title("What caused the crash?")
    assert not focus_is_title("Will the crews accept the offer")
    assert not focus_is_title("Crews and the operator disagree on pay.")


def test_a_headline_every_article_shares_stands_for_the_story() -> None:
    # "Bakery" is in one article of five: that headline names a side matter; the chosen
    # headline's words (ferry, crews, strike, pay) are in every article.
    assert _title(STORY) == "Ferry crews strike over pay"


def test_no_headline_stands_for_the_story_then_the_phrase_headlines_share() -> None:
    story = [
        ("Global warming talks open in Bonn", "Delegates met in Bonn."),
        ("Island states fear global warming", "Low islands fear the sea."),
        ("Farmers adapt to global warming", "Farmers plant earlier."),
        ("Insurers count cost of storms", "Claims rose after storms."),
        ("Global Warming: what the science says", "Scientists agree on the trend."),
    ]
    assert _title(story) == "Global Warming"
    assert _title(story, "What should insurers do?") == "Global Warming"


def test_nothing_shared_gives_a_neutral_title_with_the_focus() -> None:
    story = [
        ("Council approves budget", "The council approved the budget."),
        ("Library opens new wing", "Readers toured the wing."),
        ("Storm closes coast road", "Waves closed the road."),
    ]
    assert _title(story, "What changed in town this week?") == (
        "Brief: What changed in town this week?"
    )
    assert _title(story) in {h for h, _ in story}  # nothing better: a headline
    assert story_title("", [], []) == DEFAULT_TITLE
    assert story_title("", [""], [frozenset()]) == DEFAULT_TITLE


def test_wire_tags_go_and_capitals_are_set_in_title_case() -> None:
    story = [
        ("FERRY CREWS STRIKE OVER PAY IN U.S. PORT (DW)", "Ferry crews strike over pay."),
        ("MarineLink Ferry crews strike (2)", "Ferry crews strike over pay at the port."),
    ]
    assert _title(story) == "Ferry Crews Strike over Pay in U.S. Port"
    for tag in ("(2)", "(DW)", "(updated)", "(Corrected)"):
        assert _clean(f"Ferry crews strike {tag}") == "Ferry crews strike"
    heads = ["Skylark crash: the inquiry", "SKYLARK CRASH INQUIRY", "Skylark crash victims"]
    assert shared_phrase(heads) == "Skylark crash"


def test_a_phrase_must_be_shared_by_enough_headlines() -> None:
    assert shared_phrase(["Ferry strike", "Ferry strike ends"]) == ""  # two: too few
    assert shared_phrase(["Ferry", "Ferry strike", "Ferry talks", "Ferry pay"]) == ""  # one word


def test_a_title_cut_from_the_text_is_no_headline() -> None:
    cut = "Ferry crews at the harbour went on strike over pay, the union…"
    story = [(cut, STORY[0][1]), *STORY[1:]]
    assert _title(story) in {h for h, _ in STORY[1:]}
    assert _title([(cut, STORY[0][1])]) == cut  # the only title there is


# Four articles on one prison story; no headline's words are in half of them and no phrase
# is in three headlines, but two headlines say "death row" and every text does too.
PRISON = [
    ("Governor signs stay for Ames", "The governor stayed the death row inmate's execution."),
    ("Lawyers file appeal on death row", "Lawyers for inmates on death row filed an appeal."),
    ("Church vigil outside prison", "Members held a vigil for the men on death row at dawn."),
    ("Death Row inmates sue state", "Six death row inmates sued the state over visits."),
]


def _with_texts(story: list[tuple[str, str]], focus: str = "") -> str:
    heads, texts = [h for h, _ in story], [t for _, t in story]
    return story_title(focus, heads, [content_stems(words(t)) for t in texts], texts)


def test_a_phrase_headlines_hold_and_most_texts_write_names_the_story() -> None:
    assert _with_texts(PRISON) == "Death Row"
    assert _with_texts(PRISON, "Who decides on a stay?") == "Death Row"
    assert text_phrase([h for h, _ in PRISON], [t for _, t in PRISON]) == "death row"


def test_a_phrase_few_texts_write_is_no_title() -> None:
    # "death row" now in two articles of four (the two headlines): under TEXT_PHRASE_SHARE.
    story = [(h, t.replace("death row", "prison")) for h, t in PRISON[:3]] + PRISON[3:]
    assert _with_texts(story) in {h for h, _ in story}
    # Words apart are no phrase ("death ... on row"): only the adjacent phrase counts.
    heads = ["Death row vigil", "Death row appeal", "Stay granted", "Inmates sue", "New visits"]
    apart = "A death in the cells started a row over visits."
    assert text_phrase(heads, ["Vigil held.", "Appeal filed.", apart, apart, apart]) == ""


def test_a_longer_phrase_holding_the_most_written_one_is_preferred() -> None:
    story = [
        ("Nordair Flight 512 recorder found", "Nordair Flight 512 fell into the sea."),
        ("Divers search for Flight 512 tapes", "The Nordair Flight 512 tapes are missing."),
        ("Nordair Flight 512 families meet", "Families of Flight 512 met in Oslo."),
        ("Navy ends search", "The navy ended its search for Nordair Flight 512."),
    ]
    heads, texts = [h for h, _ in story], [t for _, t in story]
    # "Flight 512" is in every article, "Nordair Flight 512" in three of four: both pass.
    assert text_phrase(heads, texts) == "Nordair Flight 512"


# A grain levy told by five articles, three headlines of which hold "grain levy".
LEVY = [
    ("Farmers oppose grain levy", "Farmers marched to oppose the grain levy in Tolbury."),
    ("Grain levy vote delayed", "The council delayed the vote on the levy."),
    ("Council weighs grain levy", "Growers asked the council to drop the levy."),
    ("Millers back the levy", "Millers said the levy was fair."),
    ("Rain helps the harvest", "Rain came in time for the harvest."),
]


def test_a_headline_whose_words_more_than_half_the_articles_share_stands() -> None:
    """HEADLINE_SHARE: with "farmers" and "oppose" in three articles of five the
    headline stands for the story; in two of five the phrase the headlines share does."""
    wide = [
        LEVY[0],
        (LEVY[1][0], LEVY[1][1] + " Farmers oppose it."),
        (LEVY[2][0], LEVY[2][1] + " Farmers oppose it."),
        *LEVY[3:],
    ]
    assert _title(wide) == "Farmers oppose grain levy"
    narrow = [*LEVY[:3], (LEVY[3][0], LEVY[3][1] + " Farmers oppose it."), LEVY[4]]
    assert _title(narrow) == "Grain Levy"
