"""Background figures: people named only from the story's past are no actors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.actors.background import _time_frame, recalled
from briefing.model import Actor, Document

FindActor = Callable[[list[Actor], str], list[Actor]]

BOARD = (
    "School board keeps the textbook\n\n"
    "The Dorfield school board voted on Tuesday to keep the science textbook. Board "
    "president Anna Kessler said the vote was final. Kessler said parents had asked for "
    "a vote, and Kessler will meet them again next month.\n\n"
)


def _actors(text: str) -> list[Actor]:
    document = Document("board.txt", text, title="School board", date=dt.date(1999, 8, 12))
    corpus = analyse([document], entities=True)
    return extract_actors(corpus, max_actors=10)


def test_a_figure_of_a_trial_decades_before_is_no_actor(find: FindActor) -> None:
    text = BOARD + (
        "The debate recalls the 1925 trial of Walter Brennick, a teacher convicted in 1925 "
        "of teaching evolution. Brennick was fined $100 in 1925.\n"
    )
    actors = _actors(text)
    assert find(actors, "Anna Kessler")
    assert find(actors, "Walter Brennick") == []


def test_someone_speaking_now_is_an_actor_whatever_their_past(find: FindActor) -> None:
    text = BOARD + (
        '"We are not afraid of this debate at all," said Walter Brennick, 63, who taught '
        "biology in Dorfield from 1958 until 1979.\n"
    )
    assert find(_actors(text), "Walter Brennick")


_MOSTLY_PAST = (
    "The debate recalls the 1925 trial of Walter Brennick, a teacher convicted in 1925 "
    "of teaching evolution. Brennick was fined $100 in 1925. The Brennick case went to "
    "the state court in 1926. Brennick's theory of the origin of birds came in 1921. "
    "Brennick's book on birds was printed in 1923. Brennick moved to Ohio in 1927, and "
    "Brennick died there in 1950. Brennick's letters were found in 1962. Teachers in "
    "Dorfield still read Brennick with their pupils.\n"
)


def test_a_figure_mostly_named_from_the_past_is_no_actor(find: FindActor) -> None:
    """Named once in the story's time among eight from its past, never acting or quoted:
    background, not a party."""
    actors = _actors(BOARD + _MOSTLY_PAST)
    assert find(actors, "Anna Kessler")
    assert find(actors, "Walter Brennick") == []


def test_a_figure_mostly_of_the_past_who_is_quoted_is_an_actor(find: FindActor) -> None:
    quoted = 'Brennick wrote in a letter of 1924: "Birds came from the sea."\n'
    assert find(_actors(BOARD + _MOSTLY_PAST + quoted), "Walter Brennick")


def test_a_figure_named_only_in_memorials_and_works_is_no_actor(find: FindActor) -> None:
    text = BOARD + (
        "Pupils laid flowers at a bronze statue of Tobias Wendell, the town's founder. "
        "The new wing is named for the Tobias Wendell library, and the pupils read the "
        "collected works of Wendell in class.\n"
    )
    actors = _actors(text)
    assert find(actors, "Anna Kessler")
    assert find(actors, "Tobias Wendell") == []


def test_a_scientist_named_only_for_his_theory_is_no_actor(find: FindActor) -> None:
    """'Harrow's theory' names an idea, as 'the works of Harrow' names a memorial: no
    date needed to tell that he is no party to the board's vote."""
    text = BOARD + (
        "Critics said the vote ignored Edwin Harrow's theory of evolution. Teachers will "
        "still teach Harrow's theory, and Harrow's ideas remain in the textbooks.\n"
    )
    actors = _actors(text)
    assert find(actors, "Anna Kessler")
    assert find(actors, "Edwin Harrow") == []


def test_the_author_of_a_theory_is_named_for_the_idea_not_as_an_actor(find: FindActor) -> None:
    """'the theory first proposed by Harrow', 'Harrow's idea': an idea told by its author,
    like 'Harrow's theory', with no date needed."""
    text = BOARD + (
        "Critics said the vote ignored Edwin Harrow's theory of evolution. The theory, "
        "first proposed by Harrow, is taught in every state, and Harrow's idea is in the "
        "textbooks.\n"
    )
    actors = _actors(text)
    assert find(actors, "Anna Kessler")
    assert find(actors, "Edwin Harrow") == []


CABINET = (
    "Farm minister named\n\nPrime Minister Dana Orlov named Oren Daliv farm minister on "
    "Tuesday. Orlov said Daliv would start at once. Daliv said he would cut farm "
    "subsidies, and Orlov agreed.\n\nDaliv held the farm portfolio in the government of "
    "Prime Minister Menahem Kovalsky. Daliv later served as defence minister in the "
    "Kovalsky government and in Kovalsky's second cabinet.\n"
)


def test_a_leader_named_only_for_past_governments_is_no_actor(find: FindActor) -> None:
    """ "the government of X", "the X government", "X's second cabinet": X's time in
    office, as good as a date; a leader who speaks in the story's time is still one."""
    actors = _actors(CABINET)
    assert find(actors, "Oren Daliv")
    assert find(actors, "Dana Orlov")
    assert find(actors, "Menahem Kovalsky") == []
    speaking = CABINET + 'Menahem Kovalsky said on Tuesday that "Orlov chose well."\n'
    assert find(_actors(speaking), "Menahem Kovalsky")


def test_someone_named_only_as_the_time_of_another_event_is_no_actor(find: FindActor) -> None:
    """ "when X visited", "during X's visit", "after the ouster of X": the time of someone
    else's act, as a date is (issue 11: a president named only as the time a party was
    founded, a ruler only as what talks followed); one who acts in the story is kept."""
    text = BOARD + (
        "When Governor Lionel Marsh visited Dorfield in May, parents formed the group. "
        "During Marsh's visit the board met twice, and after the ouster of Marsh the "
        "parents wrote to the board.\n"
    )
    names = [a.name for a in _actors(text)]
    assert "Anna Kessler" in names and "Lionel Marsh" not in names, names
    assert find(_actors(text + "Marsh said on Tuesday that the vote was wrong.\n"), "Marsh")


def test_the_time_frame_is_read_from_the_parse() -> None:
    """The opener of the phrase or clause the name lies in: a time frame's word or not."""
    sentences = {
        "After the ouster of Governor Lionel Marsh, the talks resumed.": True,
        "The group was formed during Lionel Marsh's visit to the town.": True,
        "When Lionel Marsh visited the town, the group was formed.": True,
        "Lionel Marsh visited the town, and the group was formed.": False,
        "The talks resumed despite objections from Lionel Marsh.": False,
    }
    for sentence, framed in sentences.items():
        doc = analyse([Document("s.txt", sentence, title="s")], entities=True).docs[0].parse
        start = sentence.index("Lionel Marsh")
        span = doc.char_span(start, start + len("Lionel Marsh"), alignment_mode="expand")
        assert _time_frame(span.root) is framed, sentence


def test_someone_named_only_as_an_example_is_no_actor(find: FindActor) -> None:
    """ "parents such as X", "some, like X, ...": an example of others, not a party of
    the story (issue 11: a minister named only as one of those who reacted so, rank 17);
    one who acts in the story is kept (one quoted too: test_referents)."""
    text = BOARD + (
        "The board is counting on parents such as Peter Walsh, a retired nurse, to sign. "
        "Some, like Peter Walsh, said the textbook was fine.\n"
    )
    names = [a.name for a in _actors(text)]
    assert "Anna Kessler" in names and "Peter Walsh" not in names, names
    assert find(_actors(text + "Walsh said on Tuesday that the vote was wrong.\n"), "Peter Walsh")


def test_undated_articles_tell_the_past_from_the_year_the_story_names(find: FindActor) -> None:
    """Plain files with no date: a ruler named only as ruling four decades before the
    years the story is set in is no actor, as in a dated article."""
    actors = _council_actors(
        "Some fear a return to the days of Walter Brennick, who ruled the town from 1951 to 1957."
    )
    assert find(actors, "Anna Kessler")
    assert find(actors, "Walter Brennick") == []


def _council_actors(middle: str) -> list[Actor]:
    """The actors of an undated council story of 1998 with ``middle`` in its text."""
    text = (
        "The Dorfield council will pick a new mayor in 1998, council speaker Anna Kessler "
        f"said. {middle} Kessler said the vote would be held in May 1998.\n"
    )
    corpus = analyse([Document("council.txt", text, title="Council")], entities=True)
    return extract_actors(corpus, max_actors=10)


_BIOGRAPHY = (
    "Brief biography of Anna Kessler: 1961: Born in Dorfield. 1984-91: Serves as trade "
    "minister in a cabinet led by Peter Holloway. 1999: Elected board president.\n"
)


def test_a_figure_named_only_in_a_biographys_old_line_is_no_actor() -> None:
    """A chronology's line some years before the article tells its subject's past: one
    named only there is no party (``history.CHRONOLOGY_PAST_YEARS``)."""
    names = {a.name for a in _actors(BOARD + _BIOGRAPHY)}
    assert "Anna Kessler" in names
    assert "Peter Holloway" not in names


def test_a_ruler_named_only_in_someones_dealings_a_decade_before_is_no_actor(
    find: FindActor,
) -> None:
    """Undated: a foreign ruler named once in a board member's travels of the 1980s and
    once in passing now is mostly of the story's past, never acting: no party. Quoted
    now, a party."""
    middle = (
        "Kessler has often flown abroad to see President Marta Velic of Telmar. In the late "
        "1980s, while she lived abroad, Kessler visited Telmar and wrote a book full of "
        "praise for Marta Velic."
    )
    names = {a.name for a in _council_actors(middle)}
    assert "Anna Kessler" in names and "Marta Velic" not in names, names
    quoted = '"We wish Dorfield well," said Marta Velic on Monday.'
    assert find(_council_actors(middle + " " + quoted), "Marta Velic")


def test_a_weekday_on_the_names_clause_outweighs_an_old_year_elsewhere(find: FindActor) -> None:
    """Session 53's reading: a year named in another clause of the sentence had set in
    the past someone a weekday dates to the story."""
    old = "Walter Brennick, who ruled the town from 1951 to 1957, returned to Dorfield"
    assert find(_actors(BOARD + old + ".\n"), "Walter Brennick") == []
    assert find(_actors(BOARD + old + " on Friday.\n"), "Walter Brennick")


def test_a_persons_invitation_is_an_act_not_a_thing(find: FindActor) -> None:
    """ "X's invitation": X invites, in the story's time; read as qualifying a thing, it
    left only the dated mention, and X was named only from the past."""
    text = BOARD + (
        "Governor Lionel Marsh was first elected in 1962. The parents came to the vote at "
        "Governor Marsh's invitation, and the board accepted Lionel Marsh's invitation.\n"
    )
    assert find(_actors(text), "Lionel Marsh")


_RULE = (
    "The board keeps the Tom Hadley exception, which lets schools hire retired teachers. "
    "Parents want the Hadley exception ended.\n"
)


def test_a_person_named_only_in_a_rules_name_is_no_actor(find: FindActor) -> None:
    """ "the X exception": the rule's name, as "X's theory" is an idea's."""
    actors = _actors(BOARD + _RULE)
    assert find(actors, "Anna Kessler")
    assert find(actors, "Tom Hadley") == []


def test_mentions_naming_a_rule_after_a_person_are_counted_apart() -> None:
    """They weigh nothing in the ranking (``salience``): the articles naming the person
    only so are counted too."""
    from briefing.compose.actors.forms import collect_forms
    from briefing.compose.actors.mentions import count_mentions
    from briefing.compose.actors.merge import merge_forms

    docs = [
        Document("a.txt", BOARD + _RULE, title="A", date=dt.date(1999, 8, 12)),
        Document(
            "b.txt",
            BOARD + "Tom Hadley said on Friday that he taught for years.\n",
            title="B",
            date=dt.date(1999, 8, 12),
        ),
    ]
    corpus = analyse(docs, entities=True)
    clusters = merge_forms(collect_forms(corpus))
    count_mentions(corpus, clusters, [[], []])
    hadley = next(c for c in clusters if any("hadley" in f.key for f in c.forms))
    assert recalled(corpus, hadley) == (2, {0})


def test_someone_named_only_in_others_quotations_is_no_actor(find: FindActor) -> None:
    """What a speaker recalls or compares ("If X had not ...") is no party of the story
    (issue 11's held-out reading: a figure named only in a quote about the past); named
    in the article's own words, a party."""
    quoted = (
        '"If Tom Hadley had not fought for the school in his day, we would have no '
        'textbook at all," Kessler said.\n'
    )
    names = [a.name for a in _actors(BOARD + quoted)]
    assert "Anna Kessler" in names and "Tom Hadley" not in names, names
    told = BOARD + quoted + "Tom Hadley wrote to the board on Monday to back the vote.\n"
    assert find(_actors(told), "Tom Hadley")


def test_someone_only_quoted_about_or_likened_to_is_no_actor(find: FindActor) -> None:
    """Named inside another's quotation and, elsewhere, only as what others are likened
    to ("a coach like X"): what others recall or compare, no party."""
    text = BOARD + (
        '"If Tom Hadley had not fought for the school in his day, we would have no '
        'textbook at all," Kessler said. Parents want a teacher like Tom Hadley.\n'
    )
    names = [a.name for a in _actors(text)]
    assert "Anna Kessler" in names and "Tom Hadley" not in names, names


def test_a_stray_quotation_mark_does_not_quote_the_rest_of_a_paragraph(
    find: FindActor,
) -> None:
    """A plain-text article is often one paragraph: a quotation is read within its
    sentence, or one that the sentence before opened and this one closes."""
    stray = BOARD.rstrip("\n") + (
        ' Critics called the book a "relic, and left. Tom Hadley, a retired farmer, '
        "watched the vote from the gallery.\n"
    )
    assert find(_actors(stray), "Tom Hadley")
    closed = BOARD.rstrip("\n") + (
        ' "We owe the book to years of work. We owe it to Tom Hadley," Kessler said.\n'
    )
    assert find(_actors(closed), "Tom Hadley") == []
