"""Counting mentions: exact spellings for short and capitalised aliases, longest first."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compose import article_memo
from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.compose.actors.mentions import (
    AliasFinder,
    _alias_pattern,
    _in_identifier,
    _written_as_state,
    alias_spans,
    count_mentions,
    inside_place,
    place_names,
)
from briefing.compose.memo import BadValue
from briefing.model import AnalysedDocument, Corpus, Document, Mention


def test_counts_aliases_with_exact_spelling_for_short_ones() -> None:
    text = (
        "The US said the United States would act. Talks with us ended; the Us team left. "
        "Acme Corp and ACME CORP and acme corp met. United\nStates officials agreed."
    )
    corpus = Corpus([AnalysedDocument(Document(location="a.txt", text=text))])
    us = Cluster(
        [
            NameForm("united states", Counter({"United States": 2})),
            NameForm("us", Counter({"US": 1})),
        ]
    )
    acme = Cluster([NameForm("acme corp", Counter({"Acme Corp": 1}))])
    count_mentions(corpus, [us, acme], [[]])
    found = lambda c: [text[m.start : m.end] for m in c.matches]  # noqa: E731
    # "us" and "Us" are not "US"; a long alias tolerates a line break; lower case never counts
    assert found(us) == ["US", "United States", "United\nStates"]
    assert found(acme) == ["Acme Corp", "ACME CORP"]


def test_a_name_inside_a_place_or_a_flight_is_not_counted() -> None:
    text = "Skyline said on Monday that Skyline Flight 302 landed at Skyline Airport safely."
    corpus = Corpus([AnalysedDocument(Document(location="a.txt", text=text))])
    airline = Cluster([NameForm("skyline", Counter({"Skyline": 1}))])
    count_mentions(corpus, [airline], [[]])
    assert [m.start for m in airline.matches] == [0]


def _one_article(text: str) -> Corpus:
    return Corpus([AnalysedDocument(Document(location="a.txt", text=text))])


def test_a_capital_written_as_a_state_is_not_the_country() -> None:
    text = (
        "Washington said the law stands. Washington state passed its own, and in the "
        "State of Washington lawmakers met; the state of  Washington will vote."
    )
    us = Cluster([NameForm("washington", Counter({"Washington": 3}))])
    count_mentions(_one_article(text), [us], [[]])
    assert [m.start for m in us.matches] == [0]


def test_a_capital_written_with_its_district_is_a_place_not_the_country() -> None:
    text = "Washington warned Hanoi. Cities such as Washington, D.C., and Washington D.C. grew."
    us = Cluster([NameForm("washington", Counter({"Washington": 3}))])
    count_mentions(_one_article(text), [us], [[]])
    assert [m.start for m in us.matches] == [0]


def test_looking_for_a_state_before_a_name_reads_a_few_characters() -> None:
    text = "state of " + "x" * 200_000 + " Washington"
    start = text.index("Washington")
    assert not _written_as_state(text, start, start + len("Washington"))


def test_alias_finder_finds_what_one_alternation_finds() -> None:
    aliases = sorted(
        ["New York Times", "New York", "U.S.", "US", "AT&T", "Times", "'Ndrangheta", "Sen", "York"],
        key=lambda a: -len(a),
    )
    text = (
        "The New York\n Times and new york said U.S. and US.\n@US #York AT&T's "
        "al-Times 'Ndrangheta x'Ndrangheta (New York) NewYork Yorks Sen. Times-York "
        "New York Timesy US 'Ndrangheta"
    )
    alternation = "|".join(_alias_pattern(a) for a in aliases)
    regex = re.compile(rf"(?<![\w@#])(?:{alternation})(?!\w)", re.IGNORECASE)
    expected = [(m.start(), m.end()) for m in regex.finditer(text)]
    assert list(AliasFinder(aliases).finditer(text)) == expected
    assert len(expected) > 10


_ALIASES = sorted(
    ["Kiss Inc", "New York Times", "Sisk Co.", "AT&T", "U.S. Navy", "İzmir Port", "Ski"],
    key=lambda a: -len(a),
)


# The aliases written in other cases and spacings, with the characters IGNORECASE matches
# to ASCII letters (Kelvin sign, long s, dotless i), and what may stand around them.
_PIECES = (
    *("Kiss Inc", "\u212aiss INC", "kiss\u00a0inc", "Si\u017fk co.", "SISK\nCo.", "Sisk Co"),
    *("new york  times", "AT&T", "U.S.\tNavy", "\u0131zmir port", "İzmir Port", "Ski", "ski_"),
    *(" ", "\n", "x", "2", ".", "é"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_alias_finder_compares_words_as_the_pattern_would(text: str) -> None:
    """Kelvin sign, long s, dotted capital I, no-break space: what IGNORECASE, \\s and \\w
    make of them, the word-by-word comparison must too, at every place of the text."""
    finder = AliasFinder(_ALIASES)
    for alias in _ALIASES:
        for start in range(len(text) + 1):
            want = finder._regex_match(alias, text, start)
            assert finder._match(alias, text, start) == want, (alias, start)


_FIND_ALIASES = sorted(
    [*_ALIASES, "New York", "York", "Times", "'Ndrangheta"], key=lambda a: -len(a)
)
# Besides those: a capital sigma (lowered by its context), more spaces than the finder's
# window reads past an alias, and what may stand before a name. Not a first word with a
# long s or a dotless i, which the lookup by lower-case run has never found.
_FIND_PIECES = (
    *(p for p in _PIECES if not {"\u017f", "\u0131"} & set(p.split()[0] if p.split() else "")),
    *("ΟΔΟΣ", "Σ", "'", "'Ndrangheta", "new", "York", "Times", " " * 12, "\t" * 9, "@", "#"),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FIND_PIECES), max_size=30).map("".join))
def test_alias_finder_finds_what_the_alternation_finds_in_any_text(text: str) -> None:
    alternation = "|".join(_alias_pattern(a) for a in _FIND_ALIASES)
    regex = re.compile(rf"(?<![\w@#])(?:{alternation})(?!\w)", re.IGNORECASE)
    expected = [(m.start(), m.end()) for m in regex.finditer(text)]
    assert list(AliasFinder(_FIND_ALIASES).finditer(text)) == expected


def test_a_name_opened_by_a_number_is_counted_but_a_bare_figure_is_not() -> None:
    text = (
        "The 7th Circuit Court of Appeals sat on Monday. Lawyers asked the 7th circuit "
        "court of appeals again, and the 2000 Olympics went on."
    )
    name = "7th Circuit Court of Appeals"
    court, games = (
        Cluster([NameForm(name.lower(), Counter({name: 1}))]),
        Cluster([NameForm("2000", Counter({"2000": 1}))]),
    )
    count_mentions(Corpus([AnalysedDocument(Document("a.txt", text))]), [court, games], [[]])
    assert [text[m.start : m.end] for m in court.matches] == [name]
    assert games.matches == []


def test_a_name_followed_by_a_number_is_a_flight_or_a_model() -> None:
    text = "Skyline 302 went down, Skyline said; the Jetco 767 it flew was new. Skyline paid 1,200."
    corpus = Corpus([AnalysedDocument(Document(location="a.txt", text=text))])
    airline = Cluster([NameForm("skyline", Counter({"Skyline": 1}))])
    maker = Cluster([NameForm("jetco", Counter({"Jetco": 1}))])
    count_mentions(corpus, [airline, maker], [[]])
    assert [text[m.start : m.end + 5] for m in airline.matches] == ["Skyline said", "Skyline paid"]
    assert maker.matches == []


@pytest.mark.parametrize(
    ("text", "name", "identifier"),
    [
        ("the Worm.Explore.Zip program spread", "Zip", True),
        ("users who opened Zip.exe lost files", "Zip", True),
        ("visit www.Symantec.com for a fix", "Symantec", True),
        ("as the report.Smith said, it spread", "Smith", False),  # a space lost
        ("said U.S.A. officials", "U.S.A.", False),
        ("the U.S.A. team", "U.S.", False),
    ],
)
def test_a_piece_of_a_dotted_identifier_is_no_mention(
    text: str, name: str, identifier: bool
) -> None:
    start = text.index(name)
    assert _in_identifier(text, start, start + len(name)) is identifier


def test_a_surname_inside_a_longer_place_name_is_not_counted() -> None:
    # The model tagged the place once; the untagged repeat is the place's word too.
    text = (
        "Storms over the North Pacific grew. Jon North said the North Pacific "
        "warmed. North said more study was needed. North. Pacific fleets sailed."
    )
    start = text.index("the North Pacific")
    place = Mention("the North Pacific", "LOC", start, start + len("the North Pacific"), 0)
    corpus = Corpus([AnalysedDocument(Document(location="a.txt", text=text), mentions=[place])])
    north = Cluster(
        [
            NameForm("jon north", Counter({"Jon North": 1})),
            NameForm("north", Counter({"North": 1})),
        ]
    )
    count_mentions(corpus, [north], [[]])
    # "Jon North", "North said" and "North." (a sentence ends before "Pacific") count.
    assert [text[m.start : m.end] for m in north.matches] == ["Jon North", "North", "North"]
    assert [m.start for m in north.matches][1:] == [text.index(". North") + 2, text.index("North.")]


def test_place_names_are_capitalised_phrases_of_two_words_or_more() -> None:
    text = "the Bay of Bengal, the Varga years, Paris, the North Sea, the Marlow Bridge"
    spans = [("the Bay of Bengal", "LOC"), ("the Varga years", "FAC"), ("Paris", "GPE")]
    spans.append(("the North Sea", "PERSON"))  # not a place's label
    spans.append(("the Marlow Bridge", "FAC"))  # a structure's name is a place's too
    mentions = [Mention(t, label, text.index(t), text.index(t) + len(t), 0) for t, label in spans]
    doc = AnalysedDocument(Document(location="a.txt", text=text), mentions=mentions)
    assert place_names(Corpus([doc])) == {("bay", "of", "bengal"), ("marlow", "bridge")}


def test_a_name_with_a_word_no_place_has_is_answered_at_once_the_same() -> None:
    text = "the North Pacific, Jon North said, New York Mets and North Sea Oil met at York"
    places = {("north", "pacific"), ("new", "york"), ("north", "sea")}
    words = frozenset(w for p in places for w in p)
    for name in ("North", "Jon North", "York", "New York", "Mets", "Oil", "Sea"):
        start = -1
        while (start := text.find(name, start + 1)) >= 0:
            end = start + len(name)
            assert inside_place(text, start, end, places, words) == inside_place(
                text, start, end, places
            )
    north = text.index("North")
    assert inside_place(text, north, north + 5, places, words)
    jon = text.index("Jon North")
    assert not inside_place(text, jon, jon + 9, places, words)


def test_a_text_reads_only_the_aliases_it_can_hold() -> None:
    text = "Mara Voss met the Kestrel Port Board. Voss left."
    finder = AliasFinder(["Kestrel Port Board", "Mara Voss", "Voss"])
    # An alias whose first word the text never writes changes nothing it finds, so the
    # article's occurrences are remembered across a story that grows.
    grown = AliasFinder(["Kestrel Port Board", "Ivo Petrov", "Mara Voss", "Voss"])
    assert finder.reading(text) == grown.reading(text)
    assert list(finder.finditer(text)) == list(grown.finditer(text))
    # One the text may hold is read, and so is a change of order among a word's aliases.
    assert AliasFinder(["Kestrel", "Kestrel Port Board", "Mara Voss", "Voss"]).reading(
        text
    ) != finder.reading(text)
    assert AliasFinder(["Mara", "Mara Voss"]).reading(text) != (
        AliasFinder(["Mara Voss", "Mara"]).reading(text)
    )


def test_alias_spans_are_remembered_by_what_the_text_can_hold() -> None:
    adoc = AnalysedDocument(Document("a.txt", "Mara Voss met the Kestrel Port Board."))
    finder = AliasFinder(["Kestrel Port Board", "Mara Voss"])
    want = list(finder.finditer(adoc.document.text))
    assert alias_spans(finder, adoc) == want == [(0, 9), (18, 36)]
    # The answer kept is the one given back for a finder with more, unwritten aliases.
    grown = AliasFinder(["Kestrel Port Board", "Ivo Petrov", "Mara Voss"])
    assert alias_spans(grown, adoc) is alias_spans(finder, adoc)


@pytest.mark.parametrize("spans", [[[18, 36], [0, 9]], [[0, 9], [5, 12]], [[0, 900]], [[4, 4]]])
def test_stored_alias_spans_out_of_order_or_place_are_refused(spans: list[list[int]]) -> None:
    rows = {"alias_spans": [[["digest"], spans]]}
    with pytest.raises(BadValue, match="fit"):
        article_memo.decode_answers(rows, "Mara Voss met the Kestrel Port Board.", 1)
