"""Among summary statements that read at one place, the one naming a thing in full first.

The summary reads by the date of what each statement reports, then importance
(``reading_order``). Statements of one date, or of none (articles without a day), then
read by importance, and the one calling a person by the surname alone ("Pell is to be
sworn in on May 4") or a thing by "the" and its word ("The fire, at the club's hall, was
the town's deadliest") can come before the one that introduces them ("The council elected
Gen. Anna Pell", "A blaze made a boat shed a trap"): read first, it leans on a
statement the reader has not met. Such an introducing statement moves to just before the
first statement that leans on it. Across dates only a surname or an opening "The fire"
moves one: elsewhere in a sentence "the" and a word (the summit of a story on one summit)
seldom needs the other statement, and the order of dates comes first.

Introducing is read from the words alone: a surname a later statement gives in a longer
name run ("Anna Pell") that the earlier one lacks; a head the earlier one writes after "the"
and the later one after "a"/"an" or a name's possessive ("Ostland's 1990 invasion").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import TypeVar

from briefing.compose.definites import definite_sites
from briefing.lang.stopwords import STOP_WORDS

T = TypeVar("T")

# Rounds of moves: each move puts one introducing statement earlier; a summary holds a
# handful of statements, so a few rounds settle any order (never reached on DUC 2004 dev).
MAX_MOVES = 8

_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")


def _runs(text: str) -> list[list[str]]:
    """Capitalised word runs, without a leading function word ("In Marlow" -> "Marlow") and
    a possessive's ending ("Pell's" -> "Pell")."""
    out = []
    for m in _NAME_RUN.finditer(text):
        words = [_POSSESSIVE.sub("", w).rstrip(".") for w in m.group(0).split()]
        while words and words[0].lower() in STOP_WORDS:
            words = words[1:]
        if words:
            out.append(words)
    return out


def _short_names(text: str) -> set[str]:
    """Names the text gives as one word only ("Pell"), never in a longer run."""
    runs = _runs(text)
    long = {w for r in runs if len(r) > 1 for w in r}
    return {r[0] for r in runs if len(r) == 1 and r[0] not in long}


def _full_names(text: str, first: bool = False) -> set[str]:
    """The last words of runs of more than one word ("Anna Pell" -> "Pell"), and with
    ``first`` their first words too (a surname written first, "Tan Wei" -> "Tan")."""
    return {w for r in _runs(text) if len(r) > 1 for w in {r[-1], r[0] if first else r[-1]}}


def _definite_heads(text: str, opening: bool = False) -> set[str]:
    """Heads the text writes after "the", nothing after them saying which ("the fire", not
    "the leader of the party": ``definites.definite_sites``); ``opening``: only the one the
    sentence opens with ("The fire, at ...")."""
    return {
        head
        for start, _, head, _, _, which in definite_sites(text)
        if not which and (start == 0 or not opening)
    }


def _introduces(text: str, head: str) -> bool:
    """Whether ``text`` writes ``head`` after "a"/"an" or a name's possessive, with at most
    two words between ("A fire", "Ostland's 1990 invasion")."""
    return (
        re.search(rf"(?:\b[Aa]n?|\b[A-Z][\w-]*['’]s?)(?: [\w,-]+){{0,2}} {re.escape(head)}\b", text)
        is not None
    )


def _leans_on(earlier: str, later: str, same_place: bool, people: frozenset[str]) -> bool:
    """Whether ``earlier`` calls short what ``later`` introduces: a surname (of another
    place, only one written last: "Tomas" of "Tomas Marr" may be his first name), one of
    the ``people`` ("Concorde flights" names a plane, "the Guide to Adoption" a book), or
    a head after "the" (of another place, only one the sentence opens with: "The fire,
    at ...")."""
    if _short_names(earlier) & _full_names(later, first=same_place) & people:
        return True
    heads = _definite_heads(earlier, opening=not same_place)
    return any(_introduces(later, h) and not _introduces(earlier, h) for h in heads)


def _leans(
    earlier: T,
    later: T,
    place: Callable[[T], Hashable],
    text: Callable[[T], str],
    people: Callable[[T], frozenset[str]],
) -> bool:
    """``_leans_on`` of two statements: of one place, a name either one's parse reads as a
    person's counts ("Tan's wife" may be read as none); across places only the earlier's."""
    same = place(earlier) == place(later)
    named = people(earlier) | people(later) if same else people(earlier)
    return _leans_on(text(earlier), text(later), same, named)


def named_first(
    items: list[T],
    place: Callable[[T], Hashable],
    text: Callable[[T], str],
    people: Callable[[T], frozenset[str]] = lambda item: frozenset(),
) -> list[T]:
    """``items`` (in reading order; ``place`` the key they read by, ``people`` the words
    the parse reads as people's names: ``_leans``) with each statement introducing what an
    earlier one calls short moved to just before it."""
    items = list(items)
    for _ in range(MAX_MOVES):
        move = next(
            (
                (i, j)
                for j in range(1, len(items))
                for i in range(j)
                if _leans(items[i], items[j], place, text, people)
                and not _leans(items[j], items[i], place, text, people)
            ),
            None,
        )
        if move is None:
            break
        i, j = move
        items.insert(i, items.pop(j))
    return items
