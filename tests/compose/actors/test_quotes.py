"""Quotes attributed to their speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.actors import extract_actors
from briefing.compose.actors.quotes import article_terms, starts_statement, story_terms
from briefing.compose.memo import BadValue
from briefing.model import Actor, AnalysedDocument, Corpus, Document

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_quotes_are_attributed_to_their_speaker(actors: list[Actor], find: FindActor) -> None:
    warner = find(actors, "Mark Warner")[0]
    assert warner.quote is not None and warner.quote.source == 1
    assert warner.quote.text.startswith("The news that Acme shared this data")
    varela = find(actors, "Francisco Varela")[0]  # '"...," said Francisco Varela'
    assert varela.quote is not None and "stored nothing" in varela.quote.text
    sandberg = find(actors, "Sheryl Sandberg")[0]  # '"...," Sandberg said'
    assert sandberg.quote is not None and sandberg.quote.source == 2
    # Indirect speech is no quote, and the listener of "told" is not the speaker.
    assert find(actors, "Ron Wyden")[0].quote is None
    assert all(a.quote is None for a in find(actors, "Daily Ledger"))


def _actors(text: str) -> list[Actor]:
    corpus = analyse([Document("hall.txt", text, title="Concert hall")], entities=True)
    return extract_actors(corpus, max_actors=10)


HALL = (
    "Concert hall opens late\n\n"
    "Architect Paul Ostrander designed the new concert hall in Dorfield. Ostrander said on "
    "Monday that the design was final, and Ostrander met the city council twice.\n\n"
)


def test_a_persons_spokeswoman_does_not_speak_in_the_persons_words(find: FindActor) -> None:
    text = HALL + (
        '"The hall will open in May and every seat for the first night is sold," '
        "Ostrander's spokeswoman said.\n"
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is None or "every seat" not in ostrander.quote.text


def test_a_country_inside_someone_elses_name_is_not_quoted(find: FindActor) -> None:
    """'a White House official said': the official's words, not the country's."""
    text = (
        "Housing vouchers in demand\n\n"
        "The United States will fund 100,000 new housing vouchers, and the United States "
        "Congress must approve them. The White House sent the plan to Congress on Monday.\n\n"
        '"Many families cannot find a home near their work and this plan helps them move," '
        "a White House official said.\n"
    )
    for country in find(_actors(text), "United States"):
        assert country.quote is None or "Many families" not in country.quote.text


def test_he_after_the_person_named_last_is_that_person(find: FindActor) -> None:
    text = HALL + (
        "Ostrander spoke to reporters at the site. "
        '"Every seat in this hall will hear the orchestra as clearly as the front row," '
        "he said.\n"
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is not None and "Every seat" in ostrander.quote.text


def test_a_quote_shown_starts_where_the_speakers_sentence_starts(find: FindActor) -> None:
    """A longer quotation that the writer's sentence runs into ('said the design "was ...')
    starts mid-sentence: the whole statement is shown, though shorter."""
    text = HALL + (
        'Ostrander said the design of the hall "was always meant to carry the sound of a '
        'small chamber group to the very last row of the upper balcony," and he stood by it. '
        'Ostrander said, "The hall will carry every note."\n'
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is not None
    assert ostrander.quote.text.startswith("The hall will carry every note")


def test_a_quote_that_only_starts_mid_sentence_is_no_quote(find: FindActor) -> None:
    text = HALL + (
        'Ostrander said the design of the hall "was always meant to carry the sound of a '
        'small chamber group to the very last row," and he stood by it. Ostrander said the '
        'builders "Finished the roof and the walls of the hall in March," a month early.\n'
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Ostrander said, "We are done here."', True),
        ('Ostrander said: "We are done here."', True),
        ('"We are done here," Ostrander said.', True),
        ('It ended. "2,000 seats are sold," he said.', True),
        ('Ostrander said that "We are done here."', True),
        ('Ostrander said that "we are done here."', False),
        ('Ostrander said the deals "didn\'t need to be disclosed."', False),
        ('Ostrander called it "Dorfield\'s finest hall."', False),
    ],
)
def test_starts_statement(text: str, expected: bool) -> None:
    start = text.index('"')
    quote = text[start + 1 : text.index('"', start + 1)]
    assert starts_statement(text, start, quote) is expected


def test_she_is_not_the_person_she_met(find: FindActor) -> None:
    """'Mayor Ruth Keller said she raised it with Architect Ostrander. "...," she said':
    the mayor speaks, not the man she met."""
    text = HALL + (
        "Mayor Ruth Keller told reporters that she brought up the cost at a meeting on "
        "Thursday with Architect Paul Ostrander.\n\n"
        '"It is a very delicate moment for the city, and I expressed my concern to '
        'Ostrander about the rising cost of the hall," she said.\n'
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is None or "delicate moment" not in ostrander.quote.text


def test_a_quote_ending_its_sentence_is_not_the_next_sentences_speakers(
    find: FindActor,
) -> None:
    """'... said: "We saw no sign of it at the site." That was also told to the council,
    Ostrander said.': the quote is the first speaker's, not Ostrander's."""
    text = HALL + (
        "Briefing reporters after the visit, a senior inspector said: "
        '"We have seen no sign of damage to the roof of the hall at the site." '
        "That view was also given to the city council, Ostrander said.\n"
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is None or "no sign of damage" not in ostrander.quote.text


def test_he_after_a_persons_attorney_is_not_that_person(find: FindActor) -> None:
    """'Ostrander's attorney told the council ... "...," he said': the attorney speaks,
    though Ostrander was named as a subject before."""
    text = HALL + (
        "Ostrander's attorney told the council that the permits were in order. "
        '"Every permit for the hall was signed by the city months before the work began," '
        "he said.\n"
    )
    (ostrander,) = find(_actors(text), "Paul Ostrander")
    assert ostrander.quote is None or "Every permit" not in ostrander.quote.text


def test_the_speech_verb_next_to_the_quote_names_the_speaker(find: FindActor) -> None:
    """'When asked by Mayor Keller whether ..., Ostrander replies, "..."': the one who
    replies; 'As the council continued to ..., Ostrander said, "..."': the one who says."""
    text = HALL + (
        "Mayor Ruth Keller visited the site on Tuesday. When asked by Mayor Ruth Keller "
        'whether to delay the opening, Ostrander replies, "It is a premature question because '
        'the builders have not finished the roof."\n\n'
        "But as the Dorfield Council continued to pay for the hall, Ostrander said, "
        '"Over time I felt I owed the city a duty that I had to meet."\n'
    )
    actors = _actors(text)
    (ostrander,) = find(actors, "Paul Ostrander")
    (keller,) = find(actors, "Ruth Keller")
    assert keller.quote is None
    assert all(c.quote is None for c in find(actors, "Dorfield Council"))
    assert ostrander.quote is not None


FERRY = [
    "Ferry strike enters second week\n\nThe ferry crews of Lorvik stayed on strike on Monday. "
    '"We had a fine lunch by the harbour, and the weather was lovely all afternoon," said '
    "Tomas Vell, who leads the ferry union.\n\n"
    "The ferry company said the strike had cost it money.",
    "Ferry talks fail\n\nTalks between the ferry union and the company failed on Tuesday. "
    '"The strike goes on until the ferry company pays," Vell said.',
    "Islanders stranded by ferry strike\n\nThe strike has left islanders without a ferry, "
    "and the union says the company must pay.",
]


def test_a_quote_about_the_story_beats_a_longer_aside(
    corpus_of: Callable[..., object], find: FindActor
) -> None:
    vell = find(extract_actors(corpus_of(*FERRY), max_actors=10), "Tomas Vell")[0]
    assert vell.quote is not None and vell.quote.text.startswith("The strike goes on")


def test_the_storys_terms_count_each_articles_words_once() -> None:
    texts = ["The harbour levy rose; the levy stays.", "A harbour levy vote.", "Rain fell."]
    docs = [AnalysedDocument(Document(f"{i}.txt", t)) for i, t in enumerate(texts)]
    assert article_terms(docs[0]) == frozenset({"harbour", "levy", "rose", "stays"})
    assert story_terms(Corpus(docs)) == frozenset({"harbour", "levy"})


def test_stored_terms_must_be_written_in_their_article() -> None:
    text = "The harbour levy rose."
    assert article_memo.decode_answers({"article_terms": [[[], ["harbour", "levy"]]]}, text, 1)
    with pytest.raises(BadValue, match="fit"):
        article_memo.decode_answers({"article_terms": [[[], ["harbour", "toll"]]]}, text, 1)
