"""Thing kinds: several things of one word in a story, one of them in an article."""

from __future__ import annotations

from briefing.compose.thing_kinds import article_one, proper_words, several_things

STORY = ["Tansy worm", "Corvid worm", "Pallet worm", "Tansy computer worm"]


def test_a_story_names_several_things_when_none_is_most_named():
    assert several_things([{"Tansy"}, {"Corvid"}, {"Pallet"}])
    assert not several_things([{"Tansy"}, {"Tansy", "Bay"}, {"Corvid"}])
    assert not several_things([])
    assert proper_words('the "Tansy" computer worm') == {"Tansy"}


def test_an_article_on_one_of_them_names_it_before_or_in_its_headline():
    said = "Banks shut\nExperts said that the worm deleted files."
    assert article_one(["Tansy worm"], [], STORY, said, counted_unnamed=False) == "Tansy worm"
    assert article_one([], [], STORY, "Tansy worm hits banks\n" + said, counted_unnamed=False) == (
        "Tansy worm"
    )
    # Two names of one worm are one thing.
    assert article_one(
        ["Tansy computer worm"], ["Tansy worm"], STORY, said, counted_unnamed=False
    ) == ("Tansy computer worm")


def test_an_article_of_two_a_counted_one_or_one_named_only_after_is_in_doubt():
    said = "Banks shut\nExperts said that the worm deleted files."
    assert article_one(["Tansy worm"], ["Corvid worm"], STORY, said, counted_unnamed=False) is None
    assert article_one(["Tansy worm"], [], STORY, said, counted_unnamed=True) is None
    assert article_one([], ["Tansy worm"], STORY, said, counted_unnamed=False) is None
    assert article_one([], [], STORY, said, counted_unnamed=False) is None
    # Its headline names one, the article another (after the sentence).
    assert (
        article_one([], ["Pallet worm"], STORY, "Tansy hits\n" + said, counted_unnamed=False)
        is None
    )
