"""Source digests: best sentences by score, in article order, no headline, no repeats."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefing.compose import article_memo, digests
from briefing.compose.digests import counted, digest, repeats_title, retold, source_digest
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Document, ScoredSentence, Sentence

TITLE = "Marlow council closes old river bridge to trucks"


def scored(*pairs: tuple[str, float], paragraphs: list[int] | None = None) -> list[ScoredSentence]:
    """Sentences of one article with their scores (all in one paragraph unless given)."""
    paragraphs = paragraphs or [0] * len(pairs)
    return [
        ScoredSentence(Sentence(0, i, paragraphs[i], text, 0, len(text), words(text)), score)
        for i, (text, score) in enumerate(pairs)
    ]


def test_best_sentences_in_article_order() -> None:
    article = scored(
        ("The Marlow city council voted on Monday to close the old river bridge.", 0.5),
        ("Local bakeries reported a busy weekend as tourists came for the harvest fair.", 0.1),
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.9),
        ("Heavy trucks will use the ring road from next month, the council said on Monday.", 0.7),
    )
    assert digest(article, words(TITLE), 2) == [article[2].sentence.text, article[3].sentence.text]


def test_headline_restated_is_skipped_and_so_is_a_lede_that_adds_little() -> None:
    assert repeats_title(
        words("Marlow council closes old river bridge to heavy trucks."), words(TITLE)
    )
    # The headline's news with the day and a detail or two: the entry prints it already.
    retold = (
        "The Marlow council on Monday closed the old river bridge to trucks after engineers "
        "found cracks in two piers, sending freight onto the ring road for a year."
    )
    assert not repeats_title(words(retold), words(TITLE))
    # A lede that tells more besides the headline's news stays.
    lede = (
        "The Marlow council on Monday closed the old river bridge to trucks after engineers "
        "found cracks in two piers, sending freight onto the ring road until the county "
        "rebuilds both piers with steel and granite next spring."
    )
    article = scored(
        ("Marlow Council Closes Old River Bridge To Trucks.", 0.9),
        (retold, 0.8),
        ("Repairs are expected to cost about four million pounds, the council estimated.", 0.5),
        ("Bus routes will not change, the transport office said.", 0.4),
    )
    assert digest(article, words(TITLE), 2) == [
        article[2].sentence.text,
        article[3].sentence.text,
    ]
    article = scored((lede, 0.8), *[(s.sentence.text, s.score) for s in article[2:]])
    assert digest(article, words(TITLE), 2) == [lede, article[1].sentence.text]


def test_standfirst_printed_again_as_lede_appears_once() -> None:
    standfirst = "Engineers found deep cracks in two supporting piers of the old river bridge."
    article = scored(
        (standfirst, 0.9),
        (
            "Engineers found deep cracks in two of the supporting piers of the old river bridge.",
            0.8,
        ),
        ("Repairs are expected to cost about four million pounds, the council estimated.", 0.5),
    )
    assert digest(article, words(TITLE), 2) == [standfirst, article[2].sentence.text]


def test_short_one_sentence_first_paragraph_is_a_standfirst() -> None:
    deck = "Council confirms closure of old river bridge and three other crossings."
    body = [
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.5),
        ("Repairs are expected to cost about four million pounds, the council estimated.", 0.4),
    ]
    article = scored((deck, 0.9), *body, paragraphs=[0, 1, 1])
    assert digest(article, words(TITLE), 3) == [text for text, _ in body]
    # A longer wire lede in its own paragraph is news, and stays.
    lede = (
        "The Marlow council voted on Monday to close the old river bridge to heavy trucks "
        "after engineers found cracks in two piers, diverting all freight to the ring road "
        "until repairs end next spring."
    )
    article = scored((lede, 0.9), *body, paragraphs=[0, 1, 1])
    assert digest(article, words(TITLE), 3)[0] == lede


def test_leading_connective_is_dropped_and_long_sentences_stop_at_two() -> None:
    long = " ".join(["The county engineers said the repairs would need new steel piers"] * 5) + "."
    article = scored(
        ("Moreover, engineers found deep cracks in two piers during an inspection in May.", 0.9),
        (long, 0.8),
        ("Repairs are expected to cost about four million pounds, the council estimated.", 0.7),
    )
    out = digest(article, words(TITLE), 3)
    assert out[0].startswith("Engineers found deep cracks")
    assert len(out) == 2


def test_sentences_that_lean_on_context_only_fill_a_short_digest() -> None:
    article = scored(
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.5),
        ("It's going to take years.", 0.9),
        ("He said the repairs would be paid for by the county and the national roads agency.", 0.8),
        ("Repairs are expected to cost about four million pounds, the council estimated.", 0.4),
    )
    assert digest(article, words(TITLE), 3) == [article[0].sentence.text, article[3].sentence.text]
    # One sentence that reads alone beats it and one that does not.
    short = scored((article[0].sentence.text, 0.5), ("It said the bridge was unsafe.", 0.9))
    assert digest(short, words(TITLE), 3) == [article[0].sentence.text]
    # With none that reads alone, the best finished one is the digest; a line cut off
    # (a wire desk's note, a quotation cut from its speaker) never is.
    cut = scored(("The council is, 2nd graf pvs", 0.9), ("It said the bridge was unsafe.", 0.5))
    assert digest(cut, words(TITLE), 3) == ["It said the bridge was unsafe."]
    assert digest(scored(('"The piers were cracked,"', 0.9)), words(TITLE), 3) == []


def test_a_quotation_with_its_speaker_fills_a_short_digest() -> None:
    quoted = '"The old piers could not take another winter," the county engineer told reporters.'
    article = scored(
        (quoted, 0.9),
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.5),
        ('"We had no choice," he said.', 0.8),
    )
    assert digest(article, words(TITLE), 3) == [quoted, article[1].sentence.text]


def test_one_figure_of_one_thing_is_told_once() -> None:
    first = "Inspectors closed at least 14 small river bridges in the county after the flood."
    again = "Earlier this month the county said some 14 bridges were unsafe for heavy trucks."
    article = scored(
        (first, 0.9),
        (again, 0.8),
        ("Repairs are expected to cost about four million pounds, the council estimated.", 0.5),
    )
    assert digest(article, words(TITLE), 3) == [first, article[2].sentence.text]


def test_a_figure_is_read_with_what_it_counts() -> None:
    # A unit ("day", "million") says how it counts, a year is no figure.
    assert counted("A 30-day closure of 4,000 small bridges in 1998 cost $2.5 million.") == {
        ("30", "closur"),
        ("4000", "small"),
        ("4000", "bridg"),
    }
    # The same number of other things, a year, or a share of another measure is no repeat.
    assert not retold("The county has 14 bridges.", "The county hired 14 engineers.")
    assert not retold("Traffic rose 10 percent in 1998.", "Fares fell 10 percent in 1998.")
    assert retold("The flood closed 14 river bridges.", "Of the 14 bridges, none reopened.")


def test_a_figure_in_words_is_the_figure_in_digits() -> None:
    # Wire style spells out a figure that opens a sentence.
    assert retold(
        "Five hundred dock workers marched through the city on Monday.",
        "At noon, 500 workers gathered near the bridge and began to march.",
    )
    assert retold("Seven million workers will lose their jobs.", "Some 7 million workers quit.")
    assert counted("Twenty-nine percent are jobless.") == {("29", "jobless")}
    # A small count in words is no figure of the story ("two sides", "one man").
    assert not retold("Two sides met on Monday.", "The two sides met again in May.")
    assert counted("One man fled and three officers followed.") == frozenset()


def test_a_title_that_is_the_lede_cut_short_is_not_printed_again() -> None:
    lede = (
        "In a town where the old river bridge carried every truck for a century, the "
        "council voted on Monday to close it for good."
    )
    title = "In a town where the old river bridge carried every truck for a…"
    assert repeats_title(words(lede), words(title))
    # A short headline the lede happens to open with is the lede's news, and stays.
    assert not repeats_title(words("Council closes bridge after engineers found cracks."),
                             words("Council closes bridge"))  # fmt: skip
    article = scored(
        (lede, 0.9),
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.5),
        ("Repairs are expected to cost about four million pounds, the council estimated.", 0.4),
    )
    assert lede not in digest(article, words(title), 3)


def test_empty_article_has_empty_digest() -> None:
    assert digest([], words(TITLE), 3) == []
    # An article that only retells its headline has nothing the entry does not print.
    article = scored(
        ("The Marlow city council voted on Monday to close the old river bridge.", 0.5)
    )
    assert digest(article, words(TITLE), 3) == []


def test_a_run_on_sentence_of_thousands_of_words_is_never_a_digest_sentence() -> None:
    run_on = "The council listed " + " ".join(["roads", "bridges", "ferries"] * 1000) + "."
    article = scored(
        (run_on, 0.99),
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.5),
    )
    # Even a digest short of sentences is not filled with it.
    assert digest(article, words(TITLE), 3) == [article[1].sentence.text]


def test_a_bare_here_is_placed_by_the_dateline() -> None:
    article = scored(
        ("The Marlow council met here on Monday and voted to fund a ferry across the bay.", 0.9),
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.8),
    )
    placed = Document("a.txt", "...", place="MARLOW, Ore.")
    assert digest(article, words(TITLE), 2, placed)[0] == (
        "The Marlow council met [in Marlow, Ore.] on Monday and voted to fund a ferry across the "
        "bay."
    )
    # A "here" no dateline places leans on the article: another sentence reads alone.
    undated = Document("a.txt", "...", place="UNDATED")
    assert digest(article, words(TITLE), 2, undated) == [article[1].sentence.text]


def _article_of(article: list[ScoredSentence], title: str = TITLE) -> AnalysedDocument:
    text = " ".join(s.sentence.text for s in article)
    return AnalysedDocument(Document("a.txt", text, title=title), [s.sentence for s in article])


@pytest.fixture
def fresh() -> Iterator[None]:
    article_memo.forget()
    yield
    article_memo.forget()


def test_source_digest_is_the_digest_and_chooses_once(fresh, monkeypatch) -> None:
    article = scored(
        ("The Marlow city council voted on Monday to close the old river bridge.", 0.5),
        ("Local bakeries reported a busy weekend as tourists came for the harvest fair.", 0.1),
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.9),
        ("Heavy trucks will use the ring road from next month, the council said on Monday.", 0.7),
    )
    adoc = _article_of(article)
    expected = digest(article, words(TITLE), 2, adoc.document)
    assert source_digest(adoc, article, words(TITLE), 2) == expected
    monkeypatch.setattr(digests, "_chosen", lambda *_: pytest.fail("chosen again"))
    assert source_digest(adoc, article, words(TITLE), 2) == expected


def test_source_digest_keys_on_the_scores_title_and_length(fresh) -> None:
    texts = [
        "The Marlow city council voted on Monday to close the old river bridge.",
        "Local bakeries reported a busy weekend as tourists came for the harvest fair.",
        "Engineers found deep cracks in two supporting piers during an inspection in May.",
        "Heavy trucks will use the ring road from next month, the council said on Monday.",
    ]
    first = scored(*zip(texts, (0.5, 0.1, 0.9, 0.7), strict=True))
    adoc = _article_of(first)
    source_digest(adoc, first, words(TITLE), 2)
    # Other scores of the same article (another summarizer): chosen by those scores.
    other = scored(*zip(texts, (0.9, 0.8, 0.1, 0.1), strict=True))
    assert source_digest(adoc, other, words(TITLE), 2) == digest(
        other, words(TITLE), 2, adoc.document
    )
    assert source_digest(adoc, first, words(TITLE), 3) == digest(
        first, words(TITLE), 3, adoc.document
    )
    retitled = _article_of(first, "Bakeries busy as tourists come for the harvest fair")
    title = words(retitled.document.title)
    assert source_digest(retitled, first, title, 2) == digest(first, title, 2, retitled.document)


def test_a_stored_choice_naming_no_sentence_is_not_taken(fresh) -> None:
    article = scored(
        ("The Marlow city council voted on Monday to close the old river bridge.", 0.5),
        ("Engineers found deep cracks in two supporting piers during an inspection in May.", 0.9),
    )
    adoc = _article_of(article)
    source_digest(adoc, article, words(TITLE), 2)
    memo = article_memo.ARTICLE_MEMOS["digest_sentences"]
    (key,) = memo.values
    memo.values[key] = {7: []}  # as a tampered cache entry could hold
    assert source_digest(adoc, article, words(TITLE), 2) == digest(
        article, words(TITLE), 2, adoc.document
    )


def test_the_news_after_a_lede_the_title_prints_leads_the_digest() -> None:
    lede = (
        "In a town where the old river bridge carried every truck for a century, the "
        "council voted on Monday to close it for good."
    )
    title = "In a town where the old river bridge carried every truck for a…"
    news = (
        "Heavy trucks will use the ring road from next month, and cars may cross the bridge "
        "until the repairs begin, the council said on Monday."
    )
    article = scored(
        (lede, 0.9),
        (news, 0.2),
        ("Engineers found deep cracks in two supporting piers during an inspection.", 0.1),
        ("Repairs are expected to cost about four million pounds.", 0.1),
        ("A bakery on the bridge has sold bread to drivers since its opening in 1950.", 0.8),
        ("Its owner keeps a photograph of the bridge's opening day beside the till.", 0.7),
        ("The ring road was built in the 1970s and widened twice since.", 0.6),
    )
    # The summarizer's choice (deep side details) has none of the opening sentences.
    assert digest(article, words(title), 2) == [news, article[4].sentence.text]
    # With an opening sentence among its picks, the choice stands.
    article[2] = ScoredSentence(article[2].sentence, 0.95)
    assert digest(article, words(title), 2) == [article[2].sentence.text, article[4].sentence.text]


def test_no_opening_sentence_that_tells_no_news_is_put_first() -> None:
    opening = [
        "Marlow has always been a town of bridges and of the trucks that cross them.",
        "A short note was posted on Monday.",
        "The closure of the bridge comes as the town prepares for its busiest month, "
        "officials said on Monday.",
    ]
    deep = [
        "Engineers found deep cracks in two supporting piers during an inspection in May.",
        "Heavy trucks will use the ring road from next month, the council estimated.",
    ]
    article = scored(*[(text, 0.1) for text in opening], *[(text, 0.9) for text in deep])
    # A scene-setting opening, a short detail and a thing the lede told: none leads, and
    # the summarizer's order stands.
    assert digest(article, words(TITLE), 2) == deep


def test_the_plain_digest_is_the_best_picks_in_article_order_read_by_patterns_only() -> None:
    """What a source keeps when its digest's code fails (``compose.guarded``)."""
    article = scored(
        ("The ferry line to Brisk Island closed on Monday after a storm.", 0.5),
        ("Moreover, the harbour board said repairs would take three weeks.", 0.9),
        ("Ticket sales " + "and more sales " * 60 + "fell.", 1.0),  # a run-on: never
        ("The board will meet again on", 0.95),  # cut off: never
        ("Islanders were told to use the weekly supply boat.", 0.7),
        ("A spokesman said the fares would not change.", 0.1),
    )
    assert digests.plain_digest(article, 3) == [
        "The ferry line to Brisk Island closed on Monday after a storm.",
        "The harbour board said repairs would take three weeks.",
        "Islanders were told to use the weekly supply boat.",
    ]
    assert digests.plain_digest([], 3) == []


def test_a_sentence_the_digest_has_no_room_for_is_never_read_for_leaning() -> None:
    """``leans`` reads the parse: it is asked only of a sentence the digest could still
    take (within its sentences and ``DIGEST_WORDS``), and the choice is the same."""
    long_one = (
        "Engineers from the regional roads office found deep cracks in two of the stone "
        "piers that carry the old river bridge over the Marl during an inspection in May, "
        "and they told the council that heavy trucks should stop using it at once."
    )
    long_two = (
        "The council voted on Monday to close the bridge to every vehicle over 7.5 tonnes "
        "from next week, and to send trucks along the ring road past the harbour and the "
        "new depot until the piers are repaired, which may take more than a year."
    )
    article = scored(
        (long_one, 0.9),
        (long_two, 0.8),
        ("Buses will still cross it.", 0.5),
        ("Cyclists welcomed the decision.", 0.4),
    )
    asked: list[int] = []

    def leans(sentence: Sentence, before: list[Sentence]) -> int:
        asked.append(sentence.index)
        return digests.READS_ALONE

    chosen = digests._chosen(article, words(TITLE), 3, leans)
    assert sum(len(s.sentence.words) for s in chosen) > digests.DIGEST_WORDS
    assert [s.sentence.index for s in chosen] == [0, 1]
    assert asked == [0, 1]
