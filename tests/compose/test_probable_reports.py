"""The looser test that withholds the †: does another article probably tell the fact?"""

from __future__ import annotations

import pytest

from briefing.compose.corroboration import Corroboration
from briefing.compose.fact_particulars import particulars
from briefing.compose.probable_reports import ProbableReports
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.model import Corpus, Sentence

from .conftest import articles, shown_statements

FEES = "The Harbour Tariff Authority raised mooring fees in Calder Bay by eight percent in May."
LIGHTHOUSE = "Nora Vik bought the old lighthouse at Brandt Point for $40,000 last winter."


def _found(texts: list[str], entities: bool = True) -> tuple[Corpus, Sentence, list[int]]:
    """Articles of ``texts``: the first one's first sentence and the sources probably
    telling its fact."""
    corpus = articles(*texts, entities=entities)
    sentences = corpus.sentences()
    first = corpus.docs[0].sentences[0]
    return corpus, first, ProbableReports(corpus, Corroboration(sentences)).sources(first, {1})


@pytest.mark.parametrize(
    "other",
    [
        # another order and the figure in digits, in a clause of a longer sentence
        "Boat owners were angry on Friday, since mooring fees in Calder Bay went up 8 percent "
        "in May after the Harbour Tariff Authority voted.",
        # the body by its initials
        "In May the HTA lifted mooring fees in Calder Bay by 8 percent, owners said.",
    ],
)
def test_a_background_fact_another_article_tells_in_other_words(other: str) -> None:
    *_, found = _found([FEES, other, *_OTHER_NEWS])
    assert found == [2]


def test_a_fact_with_particulars_no_other_article_has_is_no_one_else_s() -> None:
    others = [
        "The Harbour Tariff Authority raised mooring fees in Calder Bay in May.",
        "Boat owners in Calder Bay protested against the new fees on Friday.",
    ]
    # The lighthouse, its point, its buyer and price are in no other article.
    *_, found = _found([LIGHTHOUSE, *others])
    assert found == []


def test_a_short_name_is_the_full_one() -> None:
    other = "Vik, a retired pilot, bought the Brandt Point lighthouse last winter for $40,000."
    *_, found = _found([LIGHTHOUSE, other])
    assert found == [2]


def test_a_sentence_the_caller_refuses_counts_for_nothing() -> None:
    other = "In May the HTA lifted mooring fees in Calder Bay by 8 percent, owners said."
    corpus = articles(FEES, other)
    test = ProbableReports(corpus, Corroboration(corpus.sentences()))
    first = corpus.docs[0].sentences[0]
    assert test.sources(first, {1}, accept=lambda _: False) == []


def test_without_a_parse_nothing_is_withheld() -> None:
    other = "In May the HTA lifted mooring fees in Calder Bay by 8 percent, owners said."
    *_, found = _found([FEES, other], entities=False)
    assert found == []


def test_particulars_are_names_figures_and_nouns_not_years() -> None:
    corpus = articles("In 1998 the National Transportation Safety Board counted 3 million flights.")
    span = sentence_tokens(corpus, corpus.docs[0].sentences[0])
    assert span is not None
    found = particulars(span)
    assert any("@ntsb" in keys for keys in found)  # the board, also by its initials
    assert any("3million" in keys for keys in found)  # the figure as fact_stems write it
    assert any("flight" in keys for keys in found)
    assert not any(any(k.startswith("1998") for k in keys) for keys in found)


def test_the_brief_shows_no_dagger_on_a_fact_others_probably_tell() -> None:
    # The † tests miss the Authority's act told by its initials in an "angry that" clause;
    # the looser test finds it, withholds the †, and cites and counts nothing more.
    angry = "Owners were angry that the HTA lifted the Calder Bay mooring charges 8 percent in May."
    texts = [
        f"{FEES} The authority will review the fees again next year.",
        f"{angry} Boat owners said they would protest at the harbour office.",
        f"{LIGHTHOUSE} She plans to open it to visitors in June.",
    ]
    shown = shown_statements(*texts)
    told = shown[angry]
    assert (told.sources, told.reported_by, told.probably_reported_by) == ([2], [2], [1])
    assert not told.single_source
    assert shown[LIGHTHOUSE].single_source  # no other article has the lighthouse


def test_a_token_float_would_read_is_no_figure() -> None:
    # float() takes "1e400" as infinity: no figure a page writes, so no "inf" key.
    corpus = articles("The river rose 1e400 feet past the village.")
    span = sentence_tokens(corpus, corpus.docs[0].sentences[0])
    assert span is not None
    assert "inf" not in set().union(*particulars(span))


def test_the_examples_a_statement_gives_are_no_part_of_its_fact() -> None:
    corpus = articles(
        "The port signed supply deals with 40 shipyards around the world, including "
        "three Korean builders."
    )
    span = sentence_tokens(corpus, corpus.docs[0].sentences[0])
    assert span is not None
    found = set().union(*particulars(span))
    assert {"40", "shipyard"} <= found
    assert not found & {"3", "three", "korean", "builder"}  # "including ...": examples


def test_a_fact_told_without_its_examples_is_probably_told() -> None:
    deals = (
        "Reports said the port had signed supply deals with 40 shipyards around the world, "
        "including three Korean builders and a Dutch yard."
    )
    other = "The port has supply contracts with some 40 shipyards, its director said."
    *_, found = _found([deals, other, *_OTHER_NEWS])
    assert found == [2]


# Every sentence holds one of the story's everyday words: "harbour", "residents", "council".
_EVERYDAY = [
    "The harbour council met on Monday. Harbour residents asked about the ferry. "
    "The council cut the ferry budget. Residents of the harbour were angry.",
    "Residents said the council ignores the harbour. The harbour council answered "
    "residents in a letter. Harbour residents plan a march. The council will meet again.",
]


def test_everyday_words_of_the_story_meeting_in_a_sentence_tell_nothing() -> None:
    statement = "A tenant in the harbour has no say on the council, residents said."
    other = "Tenants cannot vote for the harbour council."
    *_, found = _found([statement, other, *_EVERYDAY])
    # The tenants' sentence holds a rare particular; article 4's "The harbour council
    # answered residents in a letter" holds most of the statement's words too, but only
    # the story's everyday ones: it does not tell that a tenant has no say.
    assert found == [2]


def test_a_name_the_whole_story_gives_weighs_little_though_no_one_writes_its_initials() -> None:
    statement = "Nora Vik opened the museum."
    vik = [
        "Nora Vik spoke at the harbour on Friday. Vik said the ferry must stay. "
        "Nora Vik leads the owners. Vik met the council.",
        "Vik wrote to the mayor. Nora Vik has lived in the bay for years. Vik plans a march.",
    ]
    # Every sentence names Vik, none writes "NV": she is no particular of the museum's
    # opening, and "Nora Vik spoke at the harbour" does not tell it.
    *_, found = _found([statement, *vik])
    assert found == []
    # The opening told again, by a sentence holding its rare particulars.
    other = "A museum was opened by Vik in the old lighthouse."
    *_, found = _found([statement, *vik, other])
    assert found == [4]


def test_particulars_are_read_as_the_sentences_of_the_coverage_write_them() -> None:
    corpus = articles(
        "U.S. Acting Commissioner Nora Vik said one of the new ferries and one old ferry were sold."
    )
    span = sentence_tokens(corpus, corpus.docs[0].sentences[0])
    assert span is not None
    found = particulars(span)
    words = set().union(*found)
    # "U.S." as the coverage's sentences write it: no name no sentence gives.
    assert {"u."} in found and "u.s." not in words
    assert not words & {"act", "commission"}  # her titles: who she is, not the fact
    assert sum("ferri" in keys for keys in found) == 1  # told twice, one particular


def test_a_titled_person_named_all_through_the_story_is_no_rare_particular() -> None:
    statement = "Acting Mayor Nora Vik opened the lighthouse museum."
    vik = [
        "Acting Mayor Nora Vik spoke at the quay on Friday. Acting Mayor Nora Vik said the "
        "ferry must stay. Acting Mayor Nora Vik leads the council.",
        "Acting Mayor Nora Vik wrote to the governor. Acting Mayor Nora Vik plans a march.",
    ]
    # Read by her own name, without her titles, she is the story's everyday "NV", not
    # a rare "AMNV": the articles naming her for other acts do not tell the opening.
    *_, found = _found([statement, *vik, *_OTHER_NEWS])
    assert found == []
    other = "The lighthouse museum was opened by Vik on Friday."
    *_, found = _found([statement, *vik, other, *_OTHER_NEWS])
    assert found == [4]


def test_a_name_s_everyday_word_holds_only_its_own_weight() -> None:
    statement = "Calder City dropped the harbour levy after the vote."
    # "cities" is no "Calder City", rare by its words and its initials.
    other = "Many cities in the north have an old harbour."
    *_, found = _found([statement, other, *_OTHER_NEWS])
    assert found == []
    told = "The vote in Calder City ended the harbour levy."
    *_, found = _found([statement, told, *_OTHER_NEWS])
    assert found == [2]


# A long article of other matters, so that a word in two sentences is rare in the coverage.
_OTHER_NEWS = [
    "The ferry to Vik Sound sails twice a day in summer. Its crew wants a new boat. "
    "The mayor opened a school in the old mill. Tourists crowd the beach in August. "
    "A storm closed the coast road for a day. The museum shows maps of the bay. "
    "Fishermen sell their catch at dawn. The bakery on the quay closed in March."
]


def test_a_rare_figure_with_the_noun_it_counts_tells_the_fact() -> None:
    statement = (
        "Doctors in the northern provinces of Oskaland say 1.9 million adults were infected "
        "by the Velm fever during the long wet season, most of them farm workers."
    )
    other = "The Velm fever has now reached 1.9 million adults, the ministry said."
    *_, found = _found([statement, other, *_OTHER_NEWS])
    assert found == [2]
    # A figure with its noun in one word, and the noun before the figure.
    draft = (
        "A 27-member committee wrote the draft rules for the harbour pilots over the "
        "winter, working from the old charter of the port."
    )
    other = "The rules came from a committee of 27 pilots and owners."
    *_, found = _found([draft, other, *_OTHER_NEWS])
    assert found == [2]
    # The same figure counting another thing tells another fact.
    beds = "Hospitals across Oskaland added 1.9 million beds, the ministry said."
    *_, found = _found([statement, beds, *_OTHER_NEWS])
    assert found == []


def test_a_rare_name_with_the_same_verb_or_event_noun_tells_the_fact() -> None:
    statement = (
        "Ola Brandt, a grain trader from the coast, was kidnapped by armed men near the "
        "border town of Kessel while driving home from a market in 1996."
    )
    other = "The kidnapping of Brandt shocked traders across the region."
    *_, found = _found([statement, other, *_OTHER_NEWS])
    assert found == [2]
    # Brandt named for another act is no report of the kidnapping.
    sold = "Brandt sold grain to the army before the war."
    *_, found = _found([statement, sold, *_OTHER_NEWS])
    assert found == []


def test_a_forecast_of_the_act_is_no_report_of_it() -> None:
    statement = (
        "Ivo Saarland was sworn in as governor of the Kessel region in a short ceremony "
        "in the old town hall on Sunday."
    )
    other = "Saarland will be sworn in next month, the election board said."
    *_, found = _found([statement, other, *_OTHER_NEWS])
    assert found == []


def test_a_figure_of_a_side_clause_or_a_name_anchors_nothing() -> None:
    statement = (
        "After the storm that flooded 140 homes in Kessel, the mayor of the town resigned "
        "on Friday, saying the flood wall on Flight 112 street had been her idea."
    )
    flooded = "The storm flooded 140 homes along the river."
    *_, found = _found([statement, flooded, *_OTHER_NEWS])
    assert found == []


def test_a_headline_tells_its_article_s_main_fact() -> None:
    statement = (
        "Lung complaints have increased sharply in Oskaland, doctors at the capital's clinics say."
    )
    corpus = articles(statement, "Clinics in the north are short of staff.", *_OTHER_NEWS)
    corpus.docs[1].document.title = "Lung complaints up sharply in Oskaland"
    first = corpus.docs[0].sentences[0]
    test = ProbableReports(corpus, Corroboration(corpus.sentences()))
    assert test.sources(first, {1}) == [2]
    corpus.docs[1].document.title = "Oskaland clinics short of staff"
    assert ProbableReports(corpus, Corroboration(corpus.sentences())).sources(first, {1}) == []


def test_a_particular_is_held_in_its_other_forms() -> None:
    # "Kenyan" / "Kenya" and "eight" / "8": the forms another article writes them in.
    statement = "Kenyan engineers found eight cracks in the Moro Dam spillway."
    other = "Engineers from Kenya reported 8 cracks at the Moro Dam."
    *_, found = _found([statement, other, *_OTHER_NEWS])
    assert found == [2]
    corpus = articles(statement, other, *_OTHER_NEWS)
    probable = ProbableReports(corpus, Corroboration(corpus.sentences()))
    both = {0, len(corpus.docs[0].sentences)}  # the statement's sentence, the other's
    assert probable.holding(frozenset({"kenyan"})) == both
    assert probable.holding(frozenset({"8"})) == both


def test_a_headline_tells_its_fact_in_other_forms() -> None:
    # "Kenyan" / "Kenya" and "decision" / "decides": the headline's forms of its words.
    statement = "The Kenyan decision on the dam surprised the miners."
    corpus = articles(statement, "Clinics in the north are short of staff.", *_OTHER_NEWS)
    corpus.docs[1].document.title = "Kenya decides on dam"
    first = corpus.docs[0].sentences[0]
    assert ProbableReports(corpus, Corroboration(corpus.sentences())).sources(first, {1}) == [2]
