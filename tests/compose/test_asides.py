"""Articles whose headline is off the story (``compose.asides``)."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.asides import Topic, aside_articles
from briefing.model import Corpus, Document


def _words(text: str) -> set[str]:
    return {w for w in text.lower().split() if len(w) > 2}


def _corpus(*titles: str) -> Corpus:
    docs = [
        Document(location=f"d{i}.txt", text="Body text.", title=t) for i, t in enumerate(titles)
    ]
    return analyse(docs, entities=False)


def test_a_headline_without_the_story_s_words_is_an_aside_article():
    corpus = _corpus("port strike spreads", "strike closes port", "port strike talks", "mayor gala")
    asides = aside_articles(corpus, None, _words)
    assert list(asides) == [3]
    assert asides[3].headlines == {"port", "strike"}


def test_the_focus_puts_a_headline_on_the_story_and_an_untitled_page_is_not_judged():
    corpus = _corpus("port strike spreads", "strike closes port", "port strike", "mayor gala", "")
    assert aside_articles(corpus, "mayor election", _words) == {}


def test_a_sentence_is_on_the_story_with_a_headline_word_or_two_focus_words():
    topic = Topic({"strike"}, {"union", "wages", "talks"})
    assert topic.carried_by({"strike", "award"})
    assert topic.carried_by({"union", "wages"})
    assert not topic.carried_by({"union", "award"})
    assert Topic(set(), {"union"}).carried_by({"union"})  # a one-word focus needs one
    assert not Topic(set(), set()).carried_by({"union"})


def test_a_word_only_one_other_headline_uses_is_not_the_story_s():
    corpus = _corpus(
        "port strike spreads",
        "strike closes port",
        "port strike talks",
        "mayor gala",
        "mayor quits",
    )
    asides = aside_articles(corpus, None, _words)
    assert sorted(asides) == [3, 4]  # "mayor": one other headline each, not two
    assert asides[3].headlines == asides[4].headlines == {"port", "strike"}


def test_the_story_s_words_are_counted_without_the_article_s_own_headline():
    titles = [
        "tax vote",
        "tax vote delayed",
        "vote count",
        "tax plan",
        "garden show tax",
        "garden show",
    ]
    asides = aside_articles(_corpus(*titles), None, _words)
    own = [_words(t) for t in titles]
    for i, words in enumerate(own):  # the rule, article by article, as first written
        others = [w for j, o in enumerate(own) if j != i for w in o]
        story = {w for w in others if others.count(w) >= 2}
        assert (i in asides) == (bool(words) and not words & story)
        if i in asides:
            assert asides[i].headlines == story
    assert list(asides) == [5]  # "garden", "show": one other headline each
