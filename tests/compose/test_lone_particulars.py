"""The evidence a † asks for: a name, a figure or many nouns of the statement that no other
article gives."""

from __future__ import annotations

from briefing.compose.corroboration import Corroboration
from briefing.compose.fact_particulars import particular_kinds
from briefing.compose.lone_particulars import LONE_NOUNS, LoneParticulars
from briefing.compose.probable_reports import ProbableReports
from briefing.compose.sentence_tokens import sentence_tokens

from .conftest import articles, shown_statements

LIGHTHOUSE = "Nora Vik bought the old lighthouse at Brandt Point for $40,000 last winter."
# The harbour story's other articles: they talk of its ferry, fees and boats.
HARBOUR = [
    "The ferry to Calder Bay sails twice a day in summer, and boat owners pay the fees.",
    "Boat owners in Calder Bay protested against the harbour fees on Friday.",
]


def _lone(texts: list[str], entities: bool = True) -> tuple[tuple[int, int], list[int]]:
    """The first article's first sentence's lone names and nouns, and the sources the test
    names as probably telling it (none: a †)."""
    corpus = articles(*texts, entities=entities)
    first = corpus.docs[0].sentences[0]
    test = LoneParticulars(ProbableReports(corpus, Corroboration(corpus.sentences())))
    return test.lone(first, {1}), test.sources(first, {1})


def test_a_name_no_other_article_gives_is_evidence_for_a_dagger() -> None:
    (names, _), found = _lone([LIGHTHOUSE, *HARBOUR])
    assert names >= 1
    assert found == []


def test_a_fact_of_the_story_s_everyday_words_told_otherwise_is_unsure() -> None:
    # Every name and noun of the statement is in another article, in other words: no
    # evidence that no one else tells it, so the closest article probably does.
    told = "Owners of boats in Calder Bay are angry about the fees for the ferry."
    (names, nouns), found = _lone([told, *HARBOUR])
    assert (names, nouns) == (0, 0)
    assert found == [2]


def test_one_noun_no_other_article_gives_is_weak_evidence_and_more_are_strong() -> None:
    # "skippers" for "boat owners": another article may tell it with other nouns.
    (_, nouns), found = _lone(["In Calder Bay, skippers are furious about the ferry.", *HARBOUR])
    assert nouns == 1 < LONE_NOUNS
    assert found == [2]
    (_, nouns), found = _lone(["In Calder Bay, skippers dread the winter crossing.", *HARBOUR])
    assert nouns >= LONE_NOUNS
    assert found == []


def test_the_nouns_of_one_hyphened_word_are_one_lone_noun() -> None:
    # "sea-dogs" is one word, as "skippers" is: one lone noun, no evidence.
    told = "In Calder Bay, the sea-dogs are furious about the ferry."
    (_, nouns), found = _lone([told, *HARBOUR])
    assert nouns == 1
    assert found == [2]


def test_nothing_shared_with_any_other_article_keeps_the_dagger() -> None:
    told = "Gulls nested on the roof."
    *_, found = _lone([told, *HARBOUR])
    assert found == []


def test_a_figure_in_parentheses_is_the_one_before_it_in_other_units() -> None:
    corpus = articles("The ferry sails two miles (3.2 kilometers) to Calder Bay.")
    span = sentence_tokens(corpus, corpus.docs[0].sentences[0])
    kinds = {keys: named for keys, named, _ in particular_kinds(span)} if span else {}
    assert (kinds[frozenset({"2"})], kinds[frozenset({"3.2"})]) == (True, False)


def test_without_a_parse_capitalised_words_and_figures_are_names_and_no_word_a_noun() -> None:
    # Vik, Brandt Point and $40,000 are in no other article.
    (names, nouns), found = _lone([LIGHTHOUSE, *HARBOUR], entities=False)
    assert (names, nouns) == (4, 0)  # vik, brandt, point, 40000; "Nora" opens it
    assert found == []
    # Skippers and their winter crossing: two lone words, but no parse says they are nouns.
    told = "In Calder Bay, skippers dread the winter crossing."
    (names, nouns), found = _lone([told, *HARBOUR], entities=False)
    assert (names, nouns) == (0, 0)
    assert found == [2, 3]  # both share Calder Bay, and nothing more


def test_the_brief_shows_no_dagger_without_the_evidence_and_cites_nothing_more() -> None:
    # The † tests find no other source telling it; the lone test finds no evidence.
    angry = "In Calder Bay, skippers are furious about the ferry."
    texts = [
        f"{angry} They will meet on Monday.",
        f"{HARBOUR[0]} The ferry is old.",
        f"{HARBOUR[1]} They carried signs.",
        f"{LIGHTHOUSE} She plans to open it to visitors in June.",
    ]
    shown = shown_statements(*texts)
    told = shown[angry]
    assert told.sources == [1]
    assert told.probably_reported_by
    assert not told.single_source
    assert shown[LIGHTHOUSE].single_source  # no other article names Vik or the lighthouse


def test_the_nouns_of_a_list_are_one_word_of_evidence() -> None:
    # A paraphrase names the list by one word ("shut their businesses"): one lone word.
    told = "In Calder Bay, owners closed cafes, kiosks and bakeries over the fees."
    (_, nouns), found = _lone([told, *HARBOUR])
    assert nouns == 1 < LONE_NOUNS
    assert found  # no †: the articles on the protest probably tell it


def test_a_noun_of_a_date_or_a_time_is_no_evidence() -> None:
    # Another article places the same protest by another day's word, or by none.
    told = "Boat owners protested against the fees in Calder Bay late Saturday evening."
    (_, nouns), found = _lone([told, *HARBOUR])
    assert nouns == 0  # "Saturday" and "evening" are in no other article
    assert found


def test_a_part_of_a_hyphened_word_is_read_by_the_whole_word() -> None:
    # "state" of "state-run" is in no sentence's stems, "state-run" is in another article:
    # only "company" is a lone noun.
    told = "The state-run ferry company of Calder Bay raised the fees."
    other = "A state-run cooperative manages the ferry in Calder Bay."
    corpus = articles(told, other, *HARBOUR)
    first = corpus.docs[0].sentences[0]
    test = LoneParticulars(ProbableReports(corpus, Corroboration(corpus.sentences())))
    kinds, _ = test.kinds(first)
    part = next(keys for keys, _, _ in kinds if keys & {"state"})
    assert not test.probable.holding(part)  # the stems keep "state-run" whole
    assert test.lone(first, {1}) == (0, 1)
    assert test.sources(first, {1})
    # With no other article writing "state-run", the word is lone: two lone nouns.
    (_, nouns), found = _lone([told, *HARBOUR])
    assert nouns == LONE_NOUNS
    assert found == []


def test_a_word_no_sentence_holds_in_any_form_is_no_evidence() -> None:
    # "a.m." is kept as no stem of any sentence, even the statement's own: unreadable.
    told = "The Calder Bay ferry left at 9 a.m. with the boat owners."
    (names, nouns), _ = _lone([told, *HARBOUR])
    assert nouns == 0
    assert names <= 1  # the 9 only
