"""Does a dated sentence name its subject, or did an earlier sentence of its article?

A timeline entry is read alone, far from the sentences around it. "The levy was approved
by the county board last December", "The total was twice the port's revenue", "The worm
deletes files on the first of each month, an expert said Thursday": which levy, total or
worm was told before, and the entry means nothing on its own. A bare definite subject ("The"
and at most two plain words before the verb, ``anaphora.definite_subject`` and
``anaphora.passive_definite_subject``) marks such a sentence, unless:

- it opens its article: a lead introduces its own subject ("The ministry has asked
  farmers to fence their fields ...");
- its head has one referent in any story ("The pope visited ...");
- its words are the story's own name for a thing of more than one word ("The tide gauge
  was recovered ..." in a story on a flood): at least ``STORY_PHRASE_SHARE`` of the
  articles use them.

A part of something named before ("When Brandt sold half of it ...", "Last March,
most of the quarry was closed ...", ``anaphora.PART_OF_BEFORE``) leaves the entry as
dangling: "it" always, "the quarry" when "The quarry was closed" would.
"""

from __future__ import annotations

import re

from briefing.compose.place_notes import writers_place_notes
from briefing.compose.thing_notes import ThingNotes
from briefing.lang.anaphora import PART_OF_BEFORE, PARTS, act_or_likeness_before
from briefing.lang.dates import TIME_LABELS
from briefing.lang.definites import definite_subject, passive_definite_subject
from briefing.lang.patterns import alternation
from briefing.lang.pointing import points_back
from briefing.lang.speech import SAY_LEMMAS
from briefing.model import Corpus, Sentence
from briefing.parsed import tokens_at

# A subject of several words used by this share of the articles is the story's own name
# for a thing (TUNING+CHECK timelines, session 20: keeps a D0617H entry whose subject of
# three words is in many of its 25 articles; none of the 14 entries this module drops has
# its subject in more than one article). Set by hand, not tuned.
STORY_PHRASE_SHARE = 0.2
MIN_STORY_PHRASE_DOCS = 2
# "The" and the subject's words up to its head noun (``anaphora`` allows two before it).
_SUBJECT_WORDS = 3
# Heads with one referent in any story, like ``anaphora.ONE_OF_A_KIND``'s (a D0635H gold
# event is told so).
ONE_REFERENT = frozenset({"pope", "pontiff"})
# "most of the quarry", after at most a short opening ("Last March, "): the subject is
# "the quarry", judged as a bare definite subject. Anchored; the opening is at most
# ``_OPENING_CHARS`` long (set by hand, not tuned: a date or place opening).
_OPENING_CHARS = 40
# "one of the earliest acts of the new council": a rank picks from a set the sentence names.
_RANKS = ("first", "last", "next", "most", "best", "worst")
_PART_OF_THE = re.compile(
    rf"^(?:[^,]{{1,{_OPENING_CHARS}}}, )?{alternation(PARTS)} of "
    rf"(?=the (?!{alternation(_RANKS)}\b|\w+est\b))",
    re.IGNORECASE,
)

# "it" as the subject or owner in what was said ("said it was", "said its plant").
_IT = frozenset({"it", "its"})
_IT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})

# ", and the ..." / ", but the ...": a clause with its own subject joined to the sentence.
_JOINED_CLAUSE = re.compile(r", (?:and|but) (?=the )")


class Introduced:
    """Whether a sentence's subject is introduced in the sentence itself, for one corpus
    (the articles' texts, lower-cased once and only when a sentence asks)."""

    def __init__(self, corpus: Corpus, focus: str | None = None) -> None:
        self.corpus = corpus
        self._texts: list[str] | None = None
        self._phrases: dict[str, bool] = {}
        self.things = ThingNotes(corpus, focus)

    def unclear(self, sentence: Sentence, text: str) -> bool:
        """Whether ``text`` (shown for ``sentence``) needs sentences before it: its
        subject was introduced before (``lacks_subject``), it calls a thing by "the"
        and a plain noun that its article never named or an act its article told before
        ("opposed the bill on Wednesday": ``thing_notes``), or it tells an
        act into what was told before or opens with "Such" (``anaphora``; s29 judging of
        the TUNING+CHECK timelines: "The board opened an inquiry in May.",
        "Such a move, critics have said, points to ... in 1994"), or points at what was
        told before ("this case", "the other team members": ``pointing``; "this city" is
        its dateline's, when that names it: ``place_notes.writers_place_notes``)."""
        return (
            self.lacks_subject(sentence, text)
            or self.things.leans_on_before(sentence, text)
            or self.it_of_nothing(sentence, text)
            or act_or_likeness_before(text)
            or points_back(
                text,
                placed=writers_place_notes(self.corpus.docs[sentence.doc].document, text)
                is not None,
            )
        )

    def it_of_nothing(self, sentence: Sentence, text: str) -> bool:
        """True when ``text`` (shown for ``sentence``) has "it" or "its" in what speakers
        named by a plural noun said, with no other noun before it: "Port Board
        officials said it was raising the silt ..." (s30 judging, D0603C). "It" is
        not the officials, and the sentence named nothing else it could be: an earlier
        sentence did. (A body's name is no plural noun: "the FDA said it approved")."""
        at = max(sentence.text.find(text), 0)
        parse = self.corpus.docs[sentence.doc].parse
        span = tokens_at(parse, sentence.start + at, sentence.start + at + len(text))
        if span is None:
            return False
        for tok in span:
            if tok.lower_ not in _IT or tok.dep_ not in _IT_DEPS or tok.i == span.start:
                continue
            verb = tok.head.head if tok.dep_ == "poss" else tok.head
            said = verb.head
            if verb.dep_ != "ccomp" or said.lemma_.lower() not in SAY_LEMMAS:
                continue
            speakers = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not speakers or speakers[0].tag_ != "NNS":
                continue
            theirs = {t.i for c in speakers for t in c.subtree}
            if not any(
                t.pos_ in ("NOUN", "PROPN") and t.i not in theirs and t.ent_type_ not in TIME_LABELS
                for t in span
                if t.i < tok.i
            ):
                return True
        return False

    def dated_clause_unclear(self, sentence: Sentence, text: str, date: str) -> bool:
        """True when the date of ``text`` stands in a clause joined by ", and"/", but"
        whose bare definite subject the sentence did not name before it ("Wardens did not
        step in, and the strikers went home Tuesday"): the event told is that
        clause's, and which strikers an earlier sentence said. Judged as
        ``lacks_subject`` judges an opening subject."""
        at = text.find(date)
        joins = [m for m in _JOINED_CLAUSE.finditer(text) if m.end() <= at]
        if at < 0 or not joins:
            return False
        clause = "T" + text[joins[-1].end() + 1 :]  # "the ..." as an opening "The ..."
        head = definite_subject(clause) or passive_definite_subject(clause)
        if head is None or re.search(rf"\b{re.escape(head)}", text[: joins[-1].start()], re.I):
            return False
        return self.lacks_subject(sentence, clause)

    def lacks_subject(self, sentence: Sentence, text: str) -> bool:
        """True when ``text`` (shown for ``sentence``) opens with a bare definite subject
        that neither its article's lead nor the story's own name for a thing explains, or
        with a part of something named before ("half of it", "most of the quarry")."""
        if PART_OF_BEFORE.match(text):
            return True
        part = _PART_OF_THE.match(text)
        if part:
            text = "The" + text[part.end() + len("the") :]
        head = definite_subject(text) or passive_definite_subject(text)
        if head is None or sentence.index == 0:
            return False
        words = text.split(None, _SUBJECT_WORDS + 1)[1 : _SUBJECT_WORDS + 1]
        found = [w.lower() for w in words]
        if found[0] in ONE_REFERENT:
            return False
        if head not in found:
            return True
        phrase = " ".join(found[: found.index(head) + 1])
        return " " not in phrase or not self._story_phrase(phrase)

    def _story_phrase(self, phrase: str) -> bool:
        """Whether ``STORY_PHRASE_SHARE`` of the articles use ``phrase`` (whole words)."""
        if phrase not in self._phrases:
            if self._texts is None:
                self._texts = [adoc.document.text.lower() for adoc in self.corpus.docs]
            pattern = re.compile(rf"\b{re.escape(phrase)}\b")
            used = sum(1 for t in self._texts if pattern.search(t))
            need = max(MIN_STORY_PHRASE_DOCS, STORY_PHRASE_SHARE * len(self._texts))
            self._phrases[phrase] = used >= need
        return self._phrases[phrase]
