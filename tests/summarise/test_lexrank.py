"""Our LexRank gives sumy's scores exactly, only faster."""

from __future__ import annotations

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer as SumyLexRank

from briefing.lang.sentences import SumyTokenizer
from briefing.lang.stopwords import STOP_WORDS
from briefing.summarise.lexrank import LexRankSummarizer

# Hand-written: repeated words, a sentence of stop words only, an exact repeat, a
# sentence sharing nothing with the others and one word common to all but one.
SENTENCES = [
    "The harbour council approved a new flood barrier on Monday.",
    "The barrier will cost 40 million euros and protect homes from storm surges.",
    "Council leader Anna Berg said the barrier was the largest investment yet.",
    "Opponents argued that the flood barrier would harm fishing in the harbour.",
    "It is what it is.",
    "The fishing association said it would challenge the barrier in court.",
    "A local bakery won a national prize for its rye bread.",
    "The harbour council approved a new flood barrier on Monday.",
    "Storm surges flooded the harbour district twice; the council barrier waits.",
]


def _ranked(cls: type) -> tuple[numpy.ndarray, list[float]]:
    tokenizer = SumyTokenizer("english")
    document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in SENTENCES])])
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = STOP_WORDS
    words = [summarizer._to_words_set(s) for s in document.sentences]
    tf = summarizer._compute_tf(words)
    idf = summarizer._compute_idf(words)
    assert list(idf) == list(SumyLexRank._compute_idf(words))  # same terms, same order
    matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
    return matrix, list(summarizer.power_method(matrix, summarizer.epsilon))


def test_same_matrix_and_scores_as_sumy() -> None:
    ours, theirs = _ranked(LexRankSummarizer), _ranked(SumyLexRank)
    assert ours[0].shape == theirs[0].shape == (len(SENTENCES), len(SENTENCES))
    assert numpy.array_equal(ours[0], theirs[0])
    assert ours[1] == theirs[1]  # bit for bit
    assert len(set(ours[1])) > 2  # a real ranking


def test_word_lists_and_stop_words_as_sumy_makes_them() -> None:
    tokenizer = SumyTokenizer("english")
    ours, theirs = LexRankSummarizer(Stemmer("english")), SumyLexRank(Stemmer("english"))
    ours.stop_words = theirs.stop_words = STOP_WORDS
    assert ours.stop_words == theirs.stop_words
    ours.stop_words = theirs.stop_words = ["The", "OF", "said"]  # not a frozenset
    assert ours.stop_words == theirs.stop_words == frozenset({"the", "of", "said"})
    ours.stop_words = theirs.stop_words = STOP_WORDS
    for text in [*SENTENCES, "ΟΔΟΣ Harbour İstanbul STRAßE councils’ Barriers."]:
        sentence = Sentence(text, tokenizer)
        assert ours._to_words_set(sentence) == theirs._to_words_set(sentence)
