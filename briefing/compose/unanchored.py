"""Sentences that lean on their article for a place or a thing, as the parse shows.

A summary or background statement is read alone, away from the sentences before it.
Two kinds still point back at what only the article said, whatever the story is about:

- a place called by a plain noun ("Wide stretches of marsh in the country were
  filled in", "In the north, rebels ...", "the lake area", ``lang.definites.
  UNNAMED_PLACE_HEADS``) in a sentence that names no place and no people (no GPE,
  LOC, FAC or NORP entity, nor a word the story's such names use: "the US Army Corps"
  names the US), or an area of a kind no name after it says ("the lake area", however
  many places the sentence names), or a thing of "the local" place ("the local
  government"): which country, north or place, only the article's dateline or an
  earlier sentence told. "The country" and "the nation" are clear when the focus names
  the place ("civil unrest in China": the brief is about one country);
- "that" standing for a thing told before ("voted to adopt that in 1992", "He did not
  expect that", "Critics said that was wrong"): right after a verb and not before a
  clause's subject, the parse reads it as the verb's subject or object, or as the mark
  of a clause whose verb comes before it (a small parse reads "adopt that in 1992" so);
- one speaker who agrees, or concurs, with no one named ("Ann Vail of the Marlow Water
  Board agreed more work is needed", "Pell agrees that the toll is too high"): with
  what, or whom, the article said before. Agreeing with someone named ("agreed with
  Pell that ..."), to something ("agreed to close it"), on a deal ("agreed a deal"), or
  among several ("experts agree", "Everyone agrees", "the council and the union agreed")
  tells its own news. Session 31, dev D0641E: a scientist of a named body agreeing that
  more research is needed, with no one named to agree with, in the summary.

``synthesis`` leaves such sentences out of the summary and the background. Without a
parse (``--no-entities``) nothing is judged so.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Container

from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.clarity import story_things
from briefing.compose.near_duplicates import stem
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.definites import AREA_HEADS, LOCAL_RE, SAYS_WHICH_RE, UNNAMED_PLACE_RE
from briefing.model import AnalysedDocument, Corpus, Sentence
from briefing.parsed import Span, Token, tokens_at

# Entity labels that say where: a place, a building, a people ("Chinese farmers").
PLACE_OR_PEOPLE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Place nouns the focus's own place makes clear ("the country" in a brief on China).
COUNTRY_HEADS = frozenset({"country", "nation"})
# Agreeing verbs whose lone speaker agrees with someone an earlier sentence quoted.
_AGREEING_LEMMAS = frozenset({"agree", "concur"})
# What the lower-case text of a word with one of those lemmas holds ("agreed", "concurs"):
# a sentence without any has no such verb, and its parse is not read.
_AGREEING_CUES = ("agre", "concur")
# What says with whom or to what one agrees: "agreed with Pell", "agreed to close it",
# "agreed a deal", "agreed on a toll".
_AGREED_TO_DEPS = frozenset({"prep", "xcomp", "dobj", "nsubjpass", "dative", "conj"})
# One speaker: a singular noun or name, not "everyone".
_ONE_SPEAKER_TAGS = frozenset({"NN", "NNP"})
_EVERYONE = frozenset({"everyone", "everybody", "all", "nobody", "none", "each"})
# Dependencies of "that" standing for a thing: the subject or the object of a verb.
_THING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Parts of speech that start a clause or a noun phrase after "that" ("said that the plan
# ...", "knew that Ann ..."): "that" is then the clause's mark, however the parse reads it.
_CLAUSE_STARTS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"})
_VERBS = frozenset({"VERB", "AUX"})


class Unanchored:
    """Asks of a corpus's sentences whether they lean on their article (module doc)."""

    def __init__(
        self, corpus: Corpus, focus: str | None = None, things: frozenset[str] | None = None
    ) -> None:
        self.corpus = corpus
        # The story's own things (``clarity.story_things``): "the crash area" is its.
        self.things = story_things(corpus) if things is None else things
        # The words of the story's places and peoples: "US" of "the US Army Corps" (an
        # organisation's name to the parse) names a place when "US" is one elsewhere.
        self._place_words = frozenset(
            word
            for adoc in corpus.docs
            if adoc.parse is not None
            for ent in adoc.parse.ents
            if ent.label_ in PLACE_OR_PEOPLE_LABELS
            for word in ent.text.split()
            if word[:1].isupper()
        )
        self._focus_place = _names_a_place(corpus, focus or "")

    @property
    def place_words(self) -> frozenset[str]:
        """The words of the story's places and peoples (the constructor's comment)."""
        return self._place_words

    @property
    def focus_place(self) -> bool:
        """Whether the focus names a place ("the country" is then clear)."""
        return bool(self._focus_place)

    def reading(
        self, things: Container[str], place_words: Container[str], focus_place: object
    ) -> Unanchored:
        """A copy that reads the story's things, its places' words and whether the focus
        names a place from these (``summary_eligible`` notes what is asked of them)."""
        other = copy.copy(self)
        other.things, other._place_words, other._focus_place = things, place_words, focus_place  # type: ignore[assignment]
        return other

    def leans(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` calls a place by a plain noun and names none, or uses
        "that" for a thing told before (module doc)."""
        span = sentence_tokens(self.corpus, sentence)
        if span is None:
            return False
        return (
            self._unnamed_place(sentence, span)
            or sentence.index in that_sentences(self.corpus.docs[sentence.doc])
            or sentence.index in agreeing_sentences(self.corpus.docs[sentence.doc])
        )

    def _unnamed_place(self, sentence: Sentence, span: Span) -> bool:
        text = sentence.text
        heads: set[str] = set()
        for m in UNNAMED_PLACE_RE.finditer(text):
            if SAYS_WHICH_RE.match(text, m.end()):
                continue  # "the north of Uganda", "the area of the crash"
            head, kind = m.group("head"), m.group("mod")
            if head in AREA_HEADS and kind is not None and stem(kind) in self.things:
                continue  # "the crash area" of a story on one crash
            if (
                head in AREA_HEADS
                and kind is not None
                and _noun_at(span, sentence.start + m.start("mod"))
            ):
                return True  # "the lake area": which lake, however many places it names
            if not (self._focus_place and head in COUNTRY_HEADS):
                heads.add(head)
        if LOCAL_RE.search(text):
            heads.add("local")  # "the local government": of which place
        return bool(heads) and not any(
            t.ent_type_ in PLACE_OR_PEOPLE_LABELS or t.text in self._place_words for t in span
        )


def _noun_at(span: Span, at: int) -> bool:
    """Whether the parse reads the word at character ``at`` of the article as a noun."""
    return any(t.idx == at and t.pos_ == "NOUN" for t in span)


@by_article("that_sentences", encode_indices, decode_indices, indices_fit)
def that_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The indices of the article's sentences with a ``pronoun_that``: a question of the
    article's parse alone, so remembered across builds (a second run asked it of every
    sentence of the story again: about 0.1 CPU s per 200 articles)."""
    return _sentences_where(adoc, pronoun_that)


@by_article("agreeing_sentences", encode_indices, decode_indices, indices_fit)
def agreeing_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The indices of the article's sentences where one speaker agrees with no one named
    (``agrees_with_no_one``): a question of the article's parse alone, so remembered
    across builds like ``that_sentences``."""
    return _sentences_where(adoc, agrees_with_no_one, _AGREEING_CUES)


def _sentences_where(
    adoc: AnalysedDocument, test: Callable[[Span], bool], cues: tuple[str, ...] = ()
) -> frozenset[int]:
    """The indices of the article's sentences whose tokens ``test`` accepts; none
    without a parse. With ``cues``, only sentences whose lower-case text holds one are
    tested (``test`` accepts no other: most sentences' tokens are then never made)."""
    if adoc.parse is None:
        return frozenset()
    return frozenset(
        s.index
        for s in adoc.sentences
        if (not cues or any(c in s.text.lower() for c in cues))
        and (span := tokens_at(adoc.parse, s.start, s.end)) is not None
        and test(span)
    )


def pronoun_that(span: Span) -> bool:
    """Whether "that" in ``span`` stands for a thing told before: right after a verb, not
    before a clause's subject, and the parse reads it as the verb's subject or object,
    or as the mark of a clause whose verb comes before it (module doc). A small parse
    reads many relative clauses as complements ("freezes that have reduced ..."), so the
    verb right before it is asked, not the clause's kind."""
    for k, tok in enumerate(span):
        if tok.lower_ != "that" or k == 0 or not _verb(span[k - 1]):
            continue
        if k + 1 < len(span) and span[k + 1].pos_ in _CLAUSE_STARTS:
            continue
        if tok.dep_ in _THING_DEPS or (tok.dep_ == "mark" and tok.head.i < tok.i):
            return True
    return False


def agrees_with_no_one(span: Span) -> bool:
    """Whether the sentence's main verb is one speaker agreeing, with no one named (the
    module doc): "agree" or "concur" as the root, a singular subject with no other one
    beside it, and nothing saying with whom, to what or on what."""
    for tok in span:
        if tok.dep_ != "ROOT" or tok.lemma_ not in _AGREEING_LEMMAS:
            continue
        kids = list(tok.children)
        if any(k.dep_ in _AGREED_TO_DEPS for k in kids):
            return False
        subjects = [k for k in kids if k.dep_ == "nsubj"]
        return len(subjects) == 1 and _one_speaker(subjects[0])
    return False


def _one_speaker(subject: Token) -> bool:
    """A singular subject, not "everyone", with no "and ..." beside it."""
    return (
        subject.tag_ in _ONE_SPEAKER_TAGS
        and subject.lower_ not in _EVERYONE
        and not any(k.dep_ == "conj" for k in subject.children)
    )


def _verb(tok: Token) -> bool:
    """A verb, not a gerund ("a boat sinking that killed ...": the parse's -ing word
    before a relative clause is as often a noun)."""
    return tok.pos_ in _VERBS and tok.tag_ != "VBG"


def _names_a_place(corpus: Corpus, focus: str) -> bool:
    """Whether the ``focus`` holds, as whole words, a name the articles' parse calls a
    place or a people ("China" in "civil unrest in China", "Israeli")."""
    asked = focus.lower()
    if not asked.strip():
        return False
    names = {
        ent.text.lower()
        for adoc in corpus.docs
        if adoc.parse is not None
        for ent in adoc.parse.ents
        if ent.label_ in PLACE_OR_PEOPLE_LABELS
    }
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", asked) for name in names)
