"""The story's past: sentences set decades before their article."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.actors.history import (
    dated_now,
    dates_own_clause,
    names_the_past,
    story_year,
)
from briefing.model import Document
from briefing.parsed import MAX_ANCESTORS, ParsedDoc, Token


def test_the_past_is_twenty_years_before_the_article() -> None:
    assert names_the_past("the 1925 trial of a teacher", 1999)
    assert names_the_past("a naturalist of the 19th century", 1999)
    assert not names_the_past("he left in 1985 and returned in 1998", 1999)
    assert not names_the_past("1500 workers lost their jobs", 1999)
    assert not names_the_past("he said on Tuesday", 1999)


def test_the_story_year_of_undated_articles_is_the_latest_named() -> None:
    dated = Document("a.txt", "It opened in 1957.", title="A", date=dt.date(1999, 5, 1))
    plain = Document("b.txt", "It opened in 1957 and closed in 1998.", title="B")
    assert story_year(analyse([dated, plain])) == 1999  # a dated article's year first
    assert story_year(analyse([plain])) == 1998  # else the latest year a sentence names
    assert story_year(analyse([Document("c.txt", "No year here.", title="C")])) is None


def test_a_chronologys_entry_is_dated_by_its_last_year() -> None:
    """ "1977: Elected ...", "1960-72: Serves as ...", "1948 Border war: Fights ...": a
    chronology's line dates itself, and tells its subject's past from a few years before
    the article (``CHRONOLOGY_PAST_YEARS``)."""
    assert names_the_past("1977: Elected to the council.", 1999)
    assert names_the_past("1960-72: Serves as harbour master.", 1999)
    assert names_the_past("1960-92: Serves as harbour master under Ivo Brenn.", 1999)
    assert names_the_past("1948 Border war: Fights as a junior officer.", 1999)
    assert names_the_past("May 1990: Named harbour master.", 1999)
    assert not names_the_past("1960-97: Serves as harbour master.", 1999)  # ends in its time
    assert not names_the_past("Oct. 9, 1999: Named minister.", 1999)
    assert not names_the_past("1977 was a dry year: no rain fell.", 1999)


def test_a_deadline_the_story_looks_ahead_to_is_not_the_storys_year() -> None:
    """Undated articles: a year after "by", "until" or "till" is not the year the story is
    set in; a plan for a year is read ("will vote in 1998")."""
    text = (
        "The Dorfield council met in 1997 and will vote in 1998 on the port. The harbour "
        "must be dredged by 2005, and no new pier is built until 2004.\n"
    )
    assert story_year(analyse([Document("a.txt", text, title="A")])) == 1998


def test_a_weekday_on_the_names_clause_sets_it_in_the_storys_time() -> None:
    """ "X, who ruled from 1951 to 1957, returned on Friday": the year is another
    clause's; the weekday is on the name's own."""
    returned = "Walter Brennick, who ruled the town from 1951 to 1957, returned to it on Friday."
    assert dated_now(_root_of(returned, "Walter Brennick"))
    returned_then = "Walter Brennick, who ruled the town from 1951 to 1957, returned to it."
    assert not dated_now(_root_of(returned_then, "Walter Brennick"))
    friday = "Walter Brennick, who left the town on Friday, ruled it from 1951 to 1957."
    assert not dated_now(_root_of(friday, "Walter Brennick"))  # the weekday is another clause's


def test_a_span_of_years_is_dated_by_its_last_year() -> None:
    assert names_the_past("He served in the navy in 1950-53 and never wrote of it.", 1999)
    assert not names_the_past("She was mayor from 1971-90 and kept the port open.", 1999)


def _root_of(sentence: str, name: str) -> Token:
    """The parse's root token of ``name`` (its last word) in ``sentence``."""
    parse = analyse([Document("a.txt", sentence, title="A")], entities=True).docs[0].parse
    assert parse is not None
    return next(t for t in parse if t.text == name.split()[-1])


def test_a_date_on_the_names_own_clause_sets_it_in_the_past() -> None:
    """From OWN_CLAUSE_PAST_YEARS before the article, a date on a word the name hangs on
    (a conjoined verb's too) dates what is told of the person; a later one does not."""
    praised = (
        "In the late 1980s, while he lived abroad, Dorn visited Telmar and wrote a book "
        "full of praise for Marta Velic."
    )
    assert dates_own_clause(_root_of(praised, "Marta Velic"), 1998)
    assert not dates_own_clause(_root_of(praised, "Marta Velic"), 1984)
    met = "Dorn met Marta Velic in 1991 at the port."
    assert dates_own_clause(_root_of(met, "Marta Velic"), 1998)
    assert not dates_own_clause(_root_of(met, "Marta Velic"), 1994)


def test_a_date_of_another_clause_is_not_the_names() -> None:
    """A date in a clause of its own (what someone said, a thing's relative clause) is
    not on the name's chain of heads."""
    said = (
        "Ivo Brenn, an aide to President Marta Velic, said the port fees set for a dispute "
        "in 1990 were too high."
    )
    assert not dates_own_clause(_root_of(said, "Marta Velic"), 1998)
    convicted = "Ivo Brenn, who was convicted in 1989, was freed on Tuesday."
    assert not dates_own_clause(_root_of(convicted, "Ivo Brenn"), 1998)


def _conjunct_chain(n: int) -> ParsedDoc:
    """ "Vell Vell ... met in 1985": ``n`` names, each a conjunct of the one before (as a
    list with no full stop is parsed), under a verb dated 1985."""
    words = ["Vell"] * n + ["met", "in", "1985"]
    text = " ".join(words)
    starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words))]
    verb = n
    heads = [verb, *range(n - 1), verb, verb, verb + 1]
    deps = ["nsubj"] + ["conj"] * (n - 1) + ["ROOT", "prep", "pobj"]
    tokens = [
        {
            "idx": starts[i], "length": len(w), "head": heads[i], "left": i, "right": i,
            "lemma": w, "pos": "PROPN", "tag": "NNP", "dep": deps[i], "ent_type": "",
            "space": int(i < len(words) - 1), "ent_iob": 2, "flags": 0,
        }
        for i, w in enumerate(words)
    ]  # fmt: skip
    return ParsedDoc.from_tokens(text, tokens, sent_starts=[0], ents=[])


def test_a_long_list_of_names_is_read_in_time_linear_in_the_list(monkeypatch) -> None:
    # Each name of a list parsed as one chain of conjuncts climbed every name before it:
    # the words read grew with the square of the list. The climb stops after
    # MAX_ANCESTORS heads, as Token.ancestors does.
    import briefing.compose.actors.history as history

    read: list[int] = []
    real = history.names_the_past
    monkeypatch.setattr(
        history, "names_the_past", lambda text, *a: read.append(len(text)) or real(text, *a)
    )
    totals = []
    for n in (500, 1000, 2000):
        read.clear()
        doc = _conjunct_chain(n)
        dated = [dates_own_clause(doc[i], 2006) for i in range(n)]
        totals.append(sum(read))
        assert all(dated[: MAX_ANCESTORS - 1]) and not any(dated[MAX_ANCESTORS + 1 :])
    assert totals[2] <= 2.1 * totals[1] <= 4.5 * totals[0]
