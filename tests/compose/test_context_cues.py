"""What makes a statement background: an older year, or a word that tells of the past."""

from __future__ import annotations

from briefing.compose.context_cues import (
    CONTEXT_WORD_BONUS,
    NO_YEAR,
    OLDER_YEAR_BONUS,
    context_score,
    earliest_year,
)


def test_an_older_year_and_a_context_word_raise_a_statement() -> None:
    assert context_score("The quay was leased in 1871.", 2001) == OLDER_YEAR_BONUS
    assert context_score("The ferry line, founded by Pell, sails daily.", 2001) == (
        CONTEXT_WORD_BONUS
    )
    assert context_score("The ferry sailed on Monday in 2001.", 2001) == 0.0


def test_statements_read_in_year_order_those_with_none_last() -> None:
    assert earliest_year("Built in 1921 and rebuilt in 1990, the pier ...") == 1921
    assert earliest_year("The pier reopened on Monday.") == NO_YEAR
