"""Word tokens (briefing.lang.words)."""

from __future__ import annotations

from briefing.lang.words import negated, tokens, without_exceptions, words


def test_words_are_the_tokens_lower_cased_each_alone() -> None:
    # Greek word-final sigma, dotted capital I (two characters lowered), sharp s, a
    # titlecase digraph, apostrophes and abbreviations inside tokens.
    for text in [
        "ΟΔΟΣ ΑΣ ΣΑ Σ",
        "İstanbul İ",
        "STRAßE ǅemal",
        "ΟΔΟΣ’Σ x_ΑΣ",
        "Ⅻ ﬁne U.S.",
        "O'NEIL",
    ]:
        assert words(text) == [t.lower() for t in tokens(text)]


def test_no_words_in_punctuation_or_nothing() -> None:
    assert words("") == []
    assert words(" -- !") == []
    assert words("The U.S. ferry's") == ["the", "u.s", "ferry's"]


def test_negated_finds_negations_and_contractions() -> None:
    assert negated(["he", "has", "never", "agreed"])
    assert negated(["it", "didn't", "close"])
    assert negated(["it", "didn’t", "close"])
    assert negated(["no", "sign", "of", "failure"])
    assert negated(words("The state cannot tax the mills."))  # one word, not "can not"
    assert not negated(["the", "notice", "nobel", "knowing"])


def test_a_negation_with_its_exception_is_no_denial() -> None:
    assert not negated(words(without_exceptions("It had nowhere to go except Orsk.")))
    assert not negated(words(without_exceptions("It is not only cheap but also fast.")))
    assert negated(words(without_exceptions("It did not sail, except on Sundays.")))
    assert negated(words(without_exceptions("He did not sign but said he might.")))
