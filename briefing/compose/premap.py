"""Compose's memo answers for one article, worked out where the map analyses it (issue 13).

A first build's reduce used to ask every new article's sentences and the article itself
the same questions (content stems, whether a sentence reads alone, which claim it
rejects, the article's page clutter, name forms, figures ...: ``briefing.compose.memo``
and ``article_memo``) one after the other, on one core, after the map. Their answers are
pure functions of the analysed article, so the map's workers can work them out in
parallel while they parse: the pipeline hands ``answers`` to the map (a module-level
function, so a process pool and Dask can send it by reference), which runs it on each
analysed article and sends its value back with the article's result; ``absorb`` then
puts the answers in the build's memos, where compose finds them as it finds a second
run's cached answers. The values are those compose would have worked out itself, so the
brief is the same.

Only questions compose asks of (nearly) every sentence or article, with arguments the
article alone settles, are asked here: one asked of some sentences only (the people a
sentence names, a short name's reading) or with an argument from the whole story (the
focus, the story's aliases) would cost the workers more than it saves the reduce. On the
718 usable dev articles of benchmarks/scale.py's folder (without the held-out clusters),
2 workers, CPU s at load 4-8: the build's own process after the map 22.7-24.3 -> 15.3-16.3,
the forked compose branch (with the DOCX) 13.7-16.7 -> 7.7-9.3, the workers 31-37 -> 37-43
(the whole tree level within its noise), peak memory 1.11 -> 1.00 GB.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence
from typing import Any

# The modules whose memos are asked below (imported for their registrations).
from briefing.compose import (
    clarity,  # noqa: F401
    corrections,  # noqa: F401
    countered,  # noqa: F401
    definite_facts,  # noqa: F401
    disputes,  # noqa: F401
    events,  # noqa: F401
    fact_words,  # noqa: F401
    figure_reading,  # noqa: F401
    guarded,
    leaning,  # noqa: F401
    name_reading,  # noqa: F401
    near_duplicates,  # noqa: F401
    rough_counts,  # noqa: F401
    sentence_dates,  # noqa: F401
    sentence_filters,  # noqa: F401
    short_names,  # noqa: F401
    story_vocabulary,  # noqa: F401
    unanchored,  # noqa: F401
)
from briefing.compose.actors import filters, forms, matching, quotes, referents  # noqa: F401
from briefing.compose.article_memo import ARTICLE_MEMOS
from briefing.compose.article_memo import forget as forget_articles
from briefing.compose.memo import MEMOS
from briefing.compose.memo import forget as forget_sentences
from briefing.compose.near_duplicates import known_stems, learn_stems
from briefing.compose.questions import candidates, unknowns  # noqa: F401
from briefing.model import AnalysedDocument, Sentence

# Sentence memos asked of every sentence by its words alone, and by its text with the
# number of its words (``sentence_filters.standalone``) or alone (``disputes.rejection``).
BY_WORDS = ("content_stems", "stems", "fact_stems")
BY_TEXT_AND_LENGTH = ("reads_alone",)
BY_TEXT = ("rejection",)
# Article memos of no argument that a build asks of every article: a first build of 718
# dev articles (benchmarks/scale.py's folder without the held-out clusters, --workers 1)
# asked each of these of all 717 usable ones (``that_sentences`` of 706), together about
# 5 of the reduce's 27 CPU s; ``short_name_reads`` (263) and ``article_demonstratives``
# (18) were asked of a few.
ARTICLE = (
    "junk_spans",
    "first_stems",
    "article_speakers",
    "article_forms",
    "article_terms",
    "article_figures",
    "article_corrections",
    "that_sentences",
    "people_named",
    "article_nicknames",
    "question_cues",
    "article_acronyms",
    "name_nouns",
    "article_surnames",
    "event_names",
    "article_lowered",
    "unknown_screened",
    "article_stems",
    "peoples_words",
    # Asked of every article with a date by the summary's dating (``sentence_dates``):
    # about 3% of the build process's compose on benchmarks/scale.py's 875 articles.
    "date_mention_reads",
    # Asked of every article by the summary (``synthesis._candidates``).
    "leaning_sentences",
    # Asked of every article by the citations' rounding test (``citing``).
    "article_counts",
    # Asked of every article by the looser † test (``probable_reports``).
    "article_initials",
    # Asked of every parsed article by the divergences (``countered``).
    "countered_at",
)

# One article's answers: sentence memo name -> one value per sentence, in order; article
# memo name -> its value; and the stems (word -> stem) the worker worked out since its
# last article.
Answers = tuple[dict[str, list[Any]], dict[str, Any], dict[str, str]]
# Stems this process has sent back with an article's answers (``known_stems`` only grows,
# in insertion order, so the next article sends the entries after these).
_sent_stems = 0


def answers(build: int, adoc: AnalysedDocument) -> Answers | None:
    """What compose will ask of ``adoc`` (see the module's notes), asked now. In a process
    other than the build's (pid ``build``: a worker), the memos are emptied afterwards, so
    a worker holds no answers from one article to the next, and the stems worked out in it
    go back too: the build's process would otherwise stem each of the story's ~28,000
    distinct words again, for the sentence pairs of the summary's concepts (Porter's
    stemmer: about half of ``concept_ilp.article_concepts``, itself about a seventh of the
    build process's compose on benchmarks/scale.py's folder in a wall-clock profile).

    None when a memo's code fails on the article (a bug only its sentences set off):
    compose asks again under its guard (``guarded``), which costs a section or a digest
    and says so; raised here, in a worker, it failed the whole build."""
    global _sent_stems
    found = guarded.attempt(lambda: _asked(adoc))
    if os.getpid() != build:
        forget_sentences()
        forget_articles()
        if found is not None:  # else the stems go with the next article
            table = known_stems()
            found[2].update(itertools.islice(table.items(), _sent_stems, None))
            _sent_stems = len(table)
    return found


def _asked(adoc: AnalysedDocument) -> Answers:
    """``answers`` of ``adoc`` in this process (no stems yet)."""
    sentences: dict[str, list[Any]] = {}
    for name in BY_WORDS:
        ask = MEMOS[name].ask
        sentences[name] = [ask((tuple(s.words),)) for s in adoc.sentences]
    for name in BY_TEXT_AND_LENGTH:
        ask = MEMOS[name].ask
        sentences[name] = [ask((s.text, len(s.words))) for s in adoc.sentences]
    for name in BY_TEXT:
        ask = MEMOS[name].ask
        sentences[name] = [ask((s.text,)) for s in adoc.sentences]
    article = {name: ARTICLE_MEMOS[name].ask(adoc, ()) for name in ARTICLE}
    return sentences, article, {}


def absorb(text: str, sentences: Sequence[Sentence], found: Answers | None) -> None:
    """Remember the answers ``answers`` gave for the article of ``text`` and
    ``sentences`` (the same values: the article, its sentences and the code are the
    build's own); None: nothing to remember."""
    if found is None:
        return
    by_sentence, by_article, stems = found
    learn_stems(stems)
    words = [tuple(s.words) for s in sentences]
    for name in BY_WORDS:
        remember = MEMOS[name].remember
        for key, value in zip(words, by_sentence[name], strict=True):
            remember((key,), value)
    for name in BY_TEXT_AND_LENGTH:
        remember = MEMOS[name].remember
        for s, n, value in zip(sentences, words, by_sentence[name], strict=True):
            remember((s.text, len(n)), value)
    for name in BY_TEXT:
        remember = MEMOS[name].remember
        for s, value in zip(sentences, by_sentence[name], strict=True):
            remember((s.text,), value)
    for name in ARTICLE:
        ARTICLE_MEMOS[name].remember((text,), by_article[name])
