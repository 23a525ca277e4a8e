"""Editorial notes: relative dates resolved and short names completed, in brackets."""

from __future__ import annotations

import datetime as dt
import functools

from briefing.analyse import analyse
from briefing.compose.editorial import annotate, edit, iso, name_notes, person_notes, story_date
from briefing.compose.sentence_dates import event_dates
from briefing.model import Corpus, Document, Sentence, Statement
from tests.growth import assert_linear

from .conftest import articles

MONDAY = dt.date(2006, 3, 6)


def corpus(*texts: str, date: dt.date | None = MONDAY) -> Corpus:
    return articles(*texts, date=date)


def _sentence(c: Corpus, start: str) -> Sentence:
    return next(s for s in c.sentences() if s.text.startswith(start))


def _person_notes(c: Corpus, start: str) -> list[tuple[str, str]]:
    """``person_notes`` of the sentence opening with ``start``."""
    lead = _sentence(c, start)
    return person_notes(c.docs[lead.doc], lead, lead.text)


def edited(c: Corpus, *starts: str) -> list[Statement]:
    """The statements of the sentences opening with ``starts``, edited in that order."""
    sentences = [_sentence(c, start) for start in starts]
    statements = [Statement(s.text, [s.source_id]) for s in sentences]
    edit(statements, [[s] for s in sentences], c, event_dates(c))
    return statements


def test_relative_dates_get_the_date_they_name_in_brackets():
    c = corpus(
        "The prisoner was executed last December after a long appeal. "
        "The governor met the lawyers on Friday to discuss the case. "
        "The board approved the budget on March 2 after a short debate."
    )
    december, friday, march = edited(
        c, "The prisoner was executed", "The governor met", "The board approved"
    )
    assert december.edited == (
        "The prisoner was executed last December [December 2005] after a long appeal."
    )
    assert (
        friday.edited
        == "The governor met the lawyers on Friday [3 March 2006] to discuss the case."
    )
    assert march.edited == "The board approved the budget on March 2 [2006] after a short debate."
    # The source's words are kept as they were.
    assert december.text == "The prisoner was executed last December after a long appeal."


def test_a_date_that_cannot_be_placed_is_left_as_written():
    c = corpus(
        "The company expects to open the plant this year or the next, its chairman said. "
        "The bank raised its rate to 5 percent on March 3, 2006, a day before the vote.",
    )
    span, stated = edited(c, "The company expects", "The bank raised")
    assert span.edited == ""  # two years in one phrase: which one is a guess
    assert stated.edited == ""  # the full date is written out
    undated = corpus("The governor met the lawyers on Friday to discuss the case.", date=None)
    (friday,) = edited(undated, "The governor met")
    assert friday.edited == ""


def test_a_month_day_far_from_the_article_gets_a_year_only_when_the_tense_says_which():
    february = dt.date(1999, 2, 26)
    c = corpus(
        "June 4 is the anniversary of the crackdown on the students in the square. "
        "The country will celebrate the anniversary of its founding on Oct. 1 with a parade. "
        "The factory closed on Nov. 3 after the workers were laid off.",
        date=february,
    )
    anniversary, parade, closed = edited(c, "June 4 is", "The country will", "The factory")
    assert anniversary.edited == ""  # last June or the next: a guess
    assert parade.edited.endswith("on Oct. 1 [1999] with a parade.")
    assert closed.edited.startswith("The factory closed on Nov. 3 [1998] after")


def test_a_possessive_date_takes_its_note_after_the_possessive():
    assert annotate("Tuesday's crash killed 113.", [("Tuesday", "25 July 2000")]) == (
        "Tuesday's [25 July 2000] crash killed 113."
    )


def test_a_short_name_gets_the_full_name_the_article_gave_before():
    c = corpus(
        "The Senate Ethics Committee opened an inquiry into the senator's travel. "
        "Lawyers for the senator said the committee's standards were applied unevenly."
    )
    (statement,) = edited(c, "Lawyers for the senator")
    assert statement.edited == (
        "Lawyers for the senator said the committee's [Senate Ethics Committee's] "
        "standards were applied unevenly."
    )


def test_a_short_name_with_two_candidates_or_already_named_gets_no_note():
    two = corpus(
        "The House Ethics Committee and the Senate Ethics Committee both opened inquiries. "
        "Lawyers for the senator said the committee acted unfairly in the inquiry."
    )
    (ambiguous,) = edited(two, "Lawyers for the senator")
    assert ambiguous.edited == ""
    one = corpus(
        "The Senate Ethics Committee opened an inquiry into the senator's travel. "
        "The Senate Ethics Committee will question the senator in April about the trips. "
        "Lawyers for the senator said the committee acted unfairly in the inquiry."
    )
    named, later = edited(one, "The Senate Ethics Committee will", "Lawyers for the senator")
    assert later.edited == ""  # the statement before it gave the name


def test_people_described_one_way_before_get_the_description():
    c = corpus(
        "Two hundred harbour crane workers marched through Marlow on Monday. "
        "Police said the workers asked the port for their wages. "
        "Farm workers and harbour crane workers met the mayor on Tuesday. "
        "The mayor said the workers would be paid in May."
    )
    noted, two = edited(c, "Police said", "The mayor said")
    assert noted.edited == (
        "Police said the workers [harbour crane workers] asked the port for their wages."
    )
    assert "[" not in two.edited.replace("[2006]", "")  # farm or factory workers: a guess


def test_a_magazine_called_by_its_nationality_gets_its_name():
    c = corpus(
        "The minister spoke of a report in the Marlow Ferry Review magazine. "
        "The U.S. magazine's report found rust had weakened the old pier."
    )
    (statement,) = edited(c, "The U.S. magazine")
    assert statement.edited.startswith(
        "The U.S. magazine's [Marlow Ferry Review magazine's] report found"
    )


def test_a_bare_surname_gets_the_full_name_and_title_the_article_gave_before():
    c = corpus(
        "On Friday, Port Authority Chairman Jonas Berg said the logbooks had been found. "
        "The Varga family started an agency that became Varga International in Oregon. "
        "Investigators met Berg again after the Vargas visited Varga International."
    )
    (statement,) = edited(c, "Investigators met Berg")
    assert statement.edited == (
        "Investigators met Berg [Port Authority Chairman Jonas Berg] again after the Vargas "
        "visited Varga International."
    )
    two = corpus(
        "Bill Keating and Maura Keating arrived in Paris on a state visit. "
        "Reporters asked Keating about the visit to the museum in the morning."
    )
    (ambiguous,) = edited(two, "Reporters asked Keating")
    assert ambiguous.edited == ""  # which Keating is a guess


def test_a_surname_its_article_titles_not_gets_the_title_another_article_gives():
    # "Hale [Ann Hale]" does not say who Hale is; another article of the story does.
    c = articles(
        "Varnia Governor Ann Hale signed the ferry bill on Monday in Marlow.",
        "Ann Hale toured the Marlow quay. Boat owners say Hale ignored their letters.",
        date=MONDAY,
    )
    (statement,) = edited(c, "Boat owners")
    assert statement.edited == (
        "Boat owners say Hale [Varnia Governor Ann Hale] ignored their letters."
    )
    alone = corpus("Ann Hale toured the Marlow quay. Boat owners say Hale ignored their letters.")
    (statement,) = edited(alone, "Boat owners")
    assert statement.edited == "Boat owners say Hale [Ann Hale] ignored their letters."


def test_a_surname_written_with_a_prefix_gets_the_full_name_too():
    c = corpus(
        "Harbour commissioner Rita O'Dowd closed the Marlow ferry quay on Monday. "
        "Senator Ian McAvoy asked for a hearing on the closure. "
        "Boat owners say O'Dowd ignored McAvoy's letters for a month."
    )
    (statement,) = edited(c, "Boat owners say")
    assert statement.edited == (
        "Boat owners say O'Dowd [Harbour commissioner Rita O'Dowd] ignored McAvoy's "
        "[Senator Ian McAvoy] letters for a month."
    )


def test_a_surname_after_a_closing_quote_gets_the_full_name():
    c = corpus(
        "Harbour commissioner Rita Okafor closed the Marlow ferry quay on Monday. "
        '"It felt like a storm in Marlow," Okafor\'s deputy told reporters.'
    )
    (statement,) = edited(c, '"It felt')
    assert "Okafor's [Harbour commissioner Rita Okafor] deputy" in statement.edited


def test_a_month_the_sentence_looks_ahead_to_gets_no_year():
    c = corpus(
        "Ferry tolls will fall 5 percent, the mayor said Tuesday, courting commuters "
        "ahead of March elections.",
        date=dt.date(2006, 1, 12),
    )
    (statement,) = edited(c, "Ferry tolls")
    assert "Tuesday [10 January 2006]" in statement.edited
    assert "March elections" in statement.edited and "March [" not in statement.edited


def test_the_city_of_a_dateline_is_named_in_a_statement():
    docs = [
        Document(
            location="d.txt",
            text="The city's ferry tolls rose 10 percent on Monday after a long debate.",
            title="Tolls",
            date=MONDAY,
            place="TACOMA, Wash.",
        )
    ]
    (toll,) = edited(analyse(docs, entities=True), "The city's")
    assert toll.edited.startswith("The city's [Tacoma] ferry tolls")


def test_each_statement_is_dated_by_its_own_event_else_its_article():
    c = corpus(
        "The ferry sank on Sunday, drowning all 38 people on board. "
        "Investigators are still looking for the logbooks in deep water."
    )
    crash, search = edited(c, "The ferry sank", "Investigators are")
    assert crash.date == "2006-03-05"
    assert search.date == "2006-03-06"  # no date of its own: its article's
    undated = corpus("Investigators are still looking for the recorders.", date=None)
    members = [undated.sentences()[0]]
    assert iso(story_date(members, undated, {})) is None


def test_a_sentence_naming_another_year_is_never_shown_under_its_article_date():
    c = corpus(
        "Tensions over the plan first surfaced at the 1992 party convention in the city. "
        "Investigators are still looking for the recorders in deep water."
    )
    history, search = edited(c, "Tensions over", "Investigators are")
    assert history.date in (None, "1992")  # its own year, or none: never 2006-03-06
    assert search.date == "2006-03-06"


def test_today_with_a_verb_that_may_arrange_the_future_is_still_the_articles_day():
    c = corpus(
        "The ministry today announced a plan to build solar farms in the south. "
        "Today, few experts believe the old plan can work."
    )
    announced, nowadays = edited(c, "The ministry today", "Today, few")
    assert announced.edited.startswith("The ministry today [6 March 2006] announced")
    assert nowadays.edited == ""  # nowadays, not a day


def test_iso_keeps_the_precision_of_the_key():
    assert iso((2006, 3, 5)) == "2006-03-05"
    assert iso((2005, 12, 0)) == "2005-12"
    assert iso((1999, 0, 0)) == "1999"


def test_a_hostile_long_statement_is_noted_in_linear_time():
    # A 200 KB single-line "sentence" of thousands of capitalised words and short names:
    # each word used to re-split everything before it (about 20 CPU s), each note to
    # rescan the notes before it.
    c = corpus(
        "Rep. John Corbin chaired the Senate Ethics Committee hearing in March. "
        "Reporters waited outside the hall for the vote."
    )
    adoc, lead = c.docs[0], _sentence(c, "Reporters waited")
    repeated = "agreed with Corbin, Baker, Cole and the committee, then "

    def note(n: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]], str]:
        text = repeated * n
        names = name_notes(adoc, lead, text)
        return person_notes(adoc, lead, text), names, annotate(text, names)

    people, names, noted = note(600)
    assert people == [("Corbin", "Rep. John Corbin")]
    assert len(names) == 600
    assert noted.count("the committee [Senate Ethics Committee],") == 600
    assert_linear(note, 150)


def test_notes_of_the_same_words_go_to_their_places_in_order():
    text = "the board met; the board voted; the board's chair left"
    notes = [("the board", "A"), ("the board", "B"), ("the board", "C")]
    assert annotate(text, notes) == (
        "the board [A] met; the board [B] voted; the board's [C] chair left"
    )


def test_a_past_told_after_the_opening_sentence_is_not_shown_under_its_article_date():
    c = corpus(
        "The Marlow council voted to close the old river bridge to heavy trucks. "
        "The old ferry sank in a storm off the harbour wall. "
        "Haulage firms had warned of the detour for months. "
        "The council has closed the bridge to trucks over ten tonnes. "
        "The council's plan is unfair to farmers, the haulage firms said."
    )
    opening, sinking, warned, closed, unfair = edited(
        c, "The Marlow council", "The old ferry", "Haulage", "The council has", "The council's"
    )
    assert opening.date == "2006-03-06"  # the article's opening tells the day's news
    assert sinking.date is None and warned.date is None  # older than the article, maybe
    assert closed.date == "2006-03-06" and unfair.date == "2006-03-06"  # how things stand
    decade = corpus("Marlow banned farm sprays near the river in the 1980s to save the fish.")
    (banned,) = edited(decade, "Marlow banned")
    assert banned.date is None  # the 1980s, not the article's day


def test_a_here_gets_the_datelines_place_and_the_day_it_was_written() -> None:
    docs = [
        Document(
            location="d.txt",
            text="The harbour board here Wednesday approved a new toll for the ferries. "
            "The ferry to Marlow Island will cost more in TRURO and elsewhere.",
            title="Toll",
            date=dt.date(2006, 3, 10),  # printed the day after its dateline's day
            filed=dt.date(2006, 3, 9),
            place="TRURO, Cornwall",
        )
    ]
    c = analyse(docs, entities=True)
    (toll,) = edited(c, "The harbour board")
    assert toll.edited.startswith("The harbour board [in Truro, Cornwall] Wednesday [8 March")
    assert toll.text.startswith("The harbour board here Wednesday")
    search = Document(location="e.txt", text="Divers are still looking for the logbooks.")
    undated = analyse([docs[0], search], entities=True)
    members = [_sentence(undated, "The ferry to")]
    assert iso(story_date(members, undated, {})) == "2006-03-09"  # written, not printed


def test_a_past_opening_with_no_date_is_not_dated_when_the_opening_gives_another_day():
    c = corpus(
        "The first day of the new toll ended with mixed reactions from boaters. "
        "The toll took effect at midnight on March 1, 2006, after a long debate."
    )
    (first_day,) = edited(c, "The first day")
    assert first_day.date is None  # not the article's day (6 March): the day was March 1


def test_a_surname_with_a_prefix_a_middle_name_or_before_administration() -> None:
    c = corpus(
        "Garfield DeMarco, a cranberry grower, filled 22 acres of bog in Marlow. "
        "The state sent a letter in October to DeMarco about the bog. "
        "Danny Lee Garvin was sentenced in Marlow in 1993. "
        "Lawyers for Danny Garvin asked for new tests. "
        "A spokesman said Garvin's case was the first of its kind.",
        "Senator Margaret Hale Brandon spoke in Marlow on Monday. "
        "Margaret Brandon backed the new housing plan. "
        "Tasker went beyond the Brandon administration on housing. "
        "Brandon also criticised Tasker on housing.",
    )

    notes = functools.partial(_person_notes, c)

    # Who he is, from the apposition after his full name.
    assert notes("The state sent") == [("DeMarco", "Garfield DeMarco, cranberry grower")]
    # One person, with and without the middle name.
    assert notes("A spokesman said") == [("Garvin", "Danny Lee Garvin")]
    # A term in office is no person's: the senator is not the administration's.
    assert notes("Tasker went") == []
    assert notes("Brandon also") == [("Brandon", "Senator Margaret Hale Brandon")]


def test_a_surname_note_says_who_the_person_is() -> None:
    c = corpus(
        "Nora Pellick, president of the Marlow Tenants Union, spoke on Monday. "
        "Tom Osgood, the board's chairman, opened the hearing. "
        "The vote was put off until June. "
        "Pellick said rents had doubled. "
        "Osgood said the board would meet again."
    )

    notes = functools.partial(_person_notes, c)

    assert notes("Pellick said") == [
        ("Pellick", "Nora Pellick, president of the Marlow Tenants Union")
    ]
    # "the board's chairman": which board only the article said; the name alone.
    assert notes("Osgood said") == [("Osgood", "Tom Osgood")]


def test_a_general_statement_is_not_dated_by_its_article() -> None:
    c = corpus(
        "The ferry sank near the Varga pier on Sunday with forty people on board. "
        "A visitor to the island has no say in the council of Varga."
    )
    sank, general = edited(c, "The ferry sank", "A visitor")
    assert sank.date == "2006-03-05"
    assert general.date is None  # not 2006-03-06: it holds whenever the article was written
    members = [_sentence(c, "A visitor")]
    assert story_date(members, c, event_dates(c)) < story_date([_sentence(c, "The ferry")], c, {})


def test_a_surname_after_a_particle_or_written_first_gets_the_full_name() -> None:
    c = corpus(
        "The harbour engineer Pieter van Brakel drew up the new quay in 1998. "
        "Software engineer Lin Mei-tao wrote the ferry booking program in Taipei. "
        "The ferry company opened the quay on Monday. "
        "Van Brakel said the quay would last a century. "
        "Lin said the program had crashed twice."
    )

    notes = functools.partial(_person_notes, c)

    assert notes("Van Brakel said") == [("Brakel", "Pieter van Brakel")]
    assert notes("Lin said") == [("Lin", "Lin Mei-tao")]


def test_a_pinyin_name_written_surname_first_gets_the_full_name() -> None:
    """ "Zhou Hanmei" (a one-word given name after a Chinese surname), then "Zhou said": the
    note gives the full name; a Western name is never read surname first ("Jordan Tuck")."""
    c = corpus(
        "Forestry minister Zhou Hanmei opened the wetland reserve near Yueyang on Monday. "
        "The ranger Jordan Tuck guided the visitors. "
        "The reserve covers 80 square miles. "
        "Zhou said the reserve would be doubled. "
        "Jordan said the birds had come back."
    )

    expected = {"Zhou said": [("Zhou", "Forestry minister Zhou Hanmei")], "Jordan said": []}
    assert {start: _person_notes(c, start) for start in expected} == expected


def test_a_name_written_surname_first_keeps_its_note_with_a_role() -> None:
    """ "Zhou Hanmei, the head of the reserve board" gives the note "Zhou Hanmei, head of the
    reserve board": its given name, last before the role's comma, is still a given name."""
    c = corpus(
        "YUEYANG, May 2 (Xinhua) -- Zhou Hanmei, the head of the reserve board, opened the "
        "wetland reserve today.\n\n"
        "Zhou said his board will double the reserve."
    )
    (note,) = _person_notes(c, "Zhou said")
    assert note[0] == "Zhou" and note[1].startswith("Zhou Hanmei")


def test_a_surname_note_gives_the_title_as_the_article_wrote_it() -> None:
    c = corpus(
        "Praising Senator Ian Morrow, the ferry captains marched to the quay on Monday. "
        "The strike was led by Marlow Ferry Union Executive Director Rita Vandermeer. "
        "On Monday former Port Director Jonas Hollis asked for a hearing. "
        "Morrow said the quay would reopen once Vandermeer had met the captains. "
        "Hollis' request came after the quay closed."
    )
    first, second = edited(c, "Morrow said", "Hollis' request")
    assert first.edited == (
        "Morrow [Senator Ian Morrow] said the quay would reopen once Vandermeer [Marlow Ferry "
        "Union Executive Director Rita Vandermeer] had met the captains."
    )
    # After a bare apostrophe, and with the "former" the article wrote.
    assert second.edited == (
        "Hollis' [former Port Director Jonas Hollis] request came after the quay closed."
    )


def test_a_surname_note_needs_one_given_name_in_the_article() -> None:
    c = corpus(
        "Harbour pilot Micah Tessel and his brother Jon Tessel steered the ferry in. "
        "Inmates of Prison Marnhill rebuilt the quay wall. "
        "Tessel said the wall had held. "
        "Marnhill said the inmates were paid."
    )
    # The tagger may miss one Tessel; the article writes two given names before it.
    assert _person_notes(c, "Tessel said") == []
    # "Prison" is a word the article writes in lower case too: no given name.
    c = corpus(
        "The prison board met on Monday. "
        "Inmates of Prison Marnhill rebuilt the quay wall. "
        "Marnhill said the inmates were paid."
    )
    assert _person_notes(c, "Marnhill said") == []


def test_a_surname_note_before_its_role_is_the_name_alone() -> None:
    opening = "Transport Minister Henrik Tarvelle met the pilots on Monday. "
    c = corpus(opening + "Tarvelle, the transport minister, said the ban would stay.")
    # The statement gives the role right after the surname: the note needs only the name.
    assert _person_notes(c, "Tarvelle, the") == [("Tarvelle", "Henrik Tarvelle")]


def test_no_surname_note_for_a_person_an_earlier_statement_named_in_full() -> None:
    c = corpus(
        "Harbour Master Robert Tessel closed the quay on Monday. Tessel said the wall had held."
    )
    lead = _sentence(c, "Tessel said")
    adoc = c.docs[lead.doc]
    assert person_notes(adoc, lead, lead.text) == [("Tessel", "Robert Tessel")]
    # An earlier statement wrote him with the everyday form of his given name: the
    # reader met him, and a note with the other spelling would read as a second man.
    told = ["Bob Tessel, the harbour master, closed the quay."]
    assert person_notes(adoc, lead, lead.text, told) == []
