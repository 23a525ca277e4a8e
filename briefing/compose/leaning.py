"""The sentences of an article the summary never takes for what their parse shows.

The executive summary and the background take no sentence that only guesses
(``hedged``), whose subject pronoun only a phrase fronted before it seemed to bind
(``unbound_pronouns.unbound_after_fronted``), or whose "he", "him", "his", "she" or
"her" no person it names can stand for (``unbound_pronouns.unbound_person``: "A
Veldian tribunal found him to blame"; a pronoun opening it is
``sentence_filters.standalone``'s; DUC 2004 summaries, session 51), or that adds to an
earlier sentence with "also" before its main verb, however long the subject
(``adds_also``: "A survey of the harbour also found ..."). They read nothing
but the sentence and its article's parse, so they are asked of a whole article at
once, as an article memo
(``article_memo``): the map's workers work it out beside a first build's parse
(``premap``) and the compose cache keeps it for later builds. A second run over
benchmarks/scale.py's 875 + 5 articles asked them again of every sentence the summary's
other tests left, in the build process, while the summary waited (about a tenth of
``synthesis._candidates`` in a profile).
"""

from __future__ import annotations

from briefing.compose.adds_also import adds_with_also
from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.hedged import hedged
from briefing.compose.unbound_pronouns import unbound_after_fronted, unbound_person
from briefing.model import AnalysedDocument


@by_article("leaning_sentences", encode_indices, decode_indices, indices_fit)
def leaning_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The indices of the article's sentences that only guess (``hedged``) or lean on a
    sentence before through a pronoun a fronted phrase seemed to bind
    (``unbound_after_fronted``), a person's pronoun it names no one for
    (``unbound_person``) or "also" before the main verb (``adds_with_also``)."""
    return frozenset(
        s.index
        for s in adoc.sentences
        if hedged(adoc, s)
        or unbound_after_fronted(adoc, s) is not None
        or unbound_person(adoc, s) is not None
        or adds_with_also(adoc, s)
    )
