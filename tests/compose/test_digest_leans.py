"""Digest leans: sentences that read alone by their words but lean on their article."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.digest_leans import LEANS, READS_ALONE, TOLD_BEFORE, leaning, told_subject
from briefing.compose.digests import _chosen, digest
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Document, ScoredSentence, Sentence

ARTICLE = (
    "MARLOW (AP) -- The Marlow harbour board approved a plan to rebuild the ferry quay on Monday. "
    "The quay needs new walls after a storm in March, the harbour office said. "
    "Work on the walls would close the quay for six weeks next spring. "
    "Ferry captains said they would sail from Eastport until the work ended. "
    "The following day, the board met the captains to agree on a timetable. "
    "\n\n8. Sailing times will be posted at every pier before the work starts.\n\n"
    "The cost, estimated at 2 million euros, will be shared by the town and the region. "
    "The new quay is Marlow Pier, named after the old fishing harbour."
)


def _article(title: str = "Harbour works") -> AnalysedDocument:
    doc = Document(location="doc0.txt", text=ARTICLE, title=title)
    (adoc,) = analyse([doc], entities=True).docs
    return adoc


def _sentence(adoc: AnalysedDocument, start: str) -> Sentence:
    return next(s for s in adoc.sentences if s.text.startswith(start))


def test_a_bare_subject_told_before_leans_on_its_article() -> None:
    adoc = _article()
    assert told_subject(adoc, _sentence(adoc, "The quay needs")) == "quay"
    assert leaning(adoc, _sentence(adoc, "The quay needs")) == TOLD_BEFORE


def test_a_subject_the_headline_or_the_digest_names_reads_alone() -> None:
    adoc = _article("Marlow board backs new ferry quay")
    assert told_subject(adoc, _sentence(adoc, "The quay needs")) is None
    adoc = _article()
    lede = _sentence(adoc, "MARLOW")
    assert told_subject(adoc, _sentence(adoc, "The quay needs"), [lede]) is None
    assert told_subject(adoc, lede) is None  # the opening sentence introduces its own


def test_a_subject_the_sentence_says_which_of_reads_alone() -> None:
    adoc = _article()
    for start in ("The cost, estimated", "The new quay is Marlow Pier"):
        assert told_subject(adoc, _sentence(adoc, start)) is None, start


def test_list_items_times_after_an_event_and_unbound_pronouns_lean() -> None:
    adoc = _article()
    for start in ("8. Sailing times", "The following day", "Ferry captains said"):
        sentence = _sentence(adoc, start)
        expected = READS_ALONE if start == "Ferry captains said" else LEANS
        assert leaning(adoc, sentence) == expected, start


def test_a_digest_takes_a_subject_told_before_only_before_it_would_shrink() -> None:
    adoc = _article()
    scores = {"The quay needs": 0.9, "Work on the walls": 0.5, "The cost": 0.4}
    scored = [
        ScoredSentence(s, next((v for k, v in scores.items() if s.text.startswith(k)), 0.1))
        for s in adoc.sentences
    ]
    title = words(adoc.document.title)
    assert digest(scored, title, 2)[0].startswith("The quay needs")

    def chosen(sentences: int) -> list[str]:
        found = _chosen(scored, title, sentences, lambda s, before: leaning(adoc, s, before))
        return sorted(c.sentence.text[:12] for c in found)

    assert chosen(2) == ["The cost, es", "Work on the "]
    # Of the rest, only the lede reads alone, and its dateline makes it lean too: the
    # sentence whose subject was told before is taken rather than none.
    scored = [s for s in scored if s.score > 0.1 or s.sentence.index == 0]
    assert chosen(3) == ["The cost, es", "The quay nee", "Work on the "]
