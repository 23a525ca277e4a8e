"""Things a sentence calls by "the" and a plain noun that its article named before.

"A county court fined the casino in 1998": read alone, which casino? Its article said
so sentences before ("the Brandt family opened the Skylark Casino"). Read from the
parse of the sentence and of its article before it:

- a described thing is "the" and a common noun (perhaps after plain words) that nothing
  in the sentence restricts (no "of ...", relative clause, apposition, name, figure or
  rank), whose word the article used before the sentence and the sentence not before
  it; not a time, a topic or one of a kind (``lang.definites``), not people (the
  editor's notes for people are ``short_names``' and ``editorial``'s);
- its name is what an earlier mention wrote with that word: proper nouns or named
  entities right before it ("the Skylark Casino", "the Skylark casino"), a proper name
  in apposition ("Skylark, the casino") or a naming ("a ferry called Skylark"); a
  place before it says where, not which. Without one, the one plain description an
  earlier mention gave it ("the pumps": "bilge pumps"). What a mention says is read by
  ``thing_names``.

``ThingNotes.notes`` gives the one name as an editor's note ("the casino [Skylark
Casino]"). ``ThingNotes.unnamed`` gives the things an earlier mention counted ("a
casino") or named, and bodies the article never called by that word ("the agency"),
that have no one name: only the article could say which, so such a sentence does not
stand alone; unless the story is about one such thing (its word in at least
``clarity.STORY_THING_SHARE`` of the articles, more often one than many:
``clarity.StoryThings``). A body called by its kind ("the court", "the project") is
clear when the focus names that word, when the story is about such a body and its
article's headline names the word or the story names exactly one ("Marlow High Court"),
or when the sentence names it further on; held-out judges (session 22) found such
entries good and missed them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.compose.clarity import StoryThings
from briefing.compose.near_duplicates import stem
from briefing.compose.place_notes import territory_of
from briefing.compose.thing_kinds import article_one, proper_words, several_things
from briefing.compose.thing_names import distinct_names, mention, names_at
from briefing.lang.anaphora import PEOPLE_NAMED_BEFORE
from briefing.lang.dates import TIME_LABELS
from briefing.lang.definites import (
    MAX_DESCRIPTION_WORDS,
    PLACE_HEADS,
    SELF_EVIDENT_HEADS,
    TOLD_ACT_HEADS,
    TOPIC_HEADS,
)
from briefing.lang.referents import INSTITUTION_HEADS, PEOPLE_HEADS
from briefing.lang.roles import ROLE_NOUNS
from briefing.lang.words import words as word_list
from briefing.model import Corpus, Sentence
from briefing.parsed import Token, tokens_at

# Dependencies of words right of a noun that say which one it is ("the casino on the
# reservation", "the casino that opened", "the casino, Skylark,", "the ferry known as").
_RESTRICTING = frozenset({"prep", "relcl", "acl", "appos", "nummod"})
# Entity labels of places: a place noun after the first of a sentence is that place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Described:
    """A thing a sentence calls by "the" and a plain noun: its words ("the casino"),
    the noun, and the names the article gave it before the sentence."""

    words: str
    head: str
    names: tuple[str, ...]
    # An earlier mention said which one ("a casino", "the Skylark Casino") and the story is
    # not about one such thing: without a name, the sentence cannot be read alone.
    introduced: bool
    # The story is about one such thing ("the bill" of a story on one bill).
    story: bool = False


class ThingNotes:
    """Described things of a corpus's sentences, each article's parse read once."""

    def __init__(self, corpus: Corpus, focus: str | None = None) -> None:
        self.corpus = corpus
        self._focus = {stem(w) for w in word_list(focus or "")}
        self._bodies: dict[str, list[str]] = {}
        self._kinds: dict[str, bool] = {}
        self._named: dict[tuple[int, str], list[int]] = {}
        self._uses: dict[int, dict[str, list[int]]] = {}
        self._names: dict[tuple[int, str, bool], list[tuple[int, str]]] = {}
        self._story = StoryThings(corpus)
        self._story_named: dict[str, dict[int, list[str]]] = {}

    def described(self, lead: Sentence, text: str) -> list[Described]:
        """The described things of ``lead`` that ``text`` (shown for it) keeps, each
        words once."""
        adoc = self.corpus.docs[lead.doc]
        span = tokens_at(adoc.parse, lead.start, lead.end)
        if adoc.parse is None or span is None:
            return []
        parse, uses = adoc.parse, self._uses_of(lead.doc)
        # The first proper name or place of the sentence: a place noun after it is that one.
        place = next(
            (t.i for t in span if t.ent_type_ in PLACE_LABELS or t.pos_ == "PROPN"), span.end
        )
        seen: set[str] = set()
        out = []
        for tok in span:
            head = _described_head(tok)
            if head is None or head.i >= span.end:
                continue
            word, lemma = head.lower_, head.lemma_.lower()
            if lemma in SELF_EVIDENT_HEADS or lemma in TOPIC_HEADS or _person(word, lemma):
                continue  # a time, a topic, one of a kind, people (``editorial``'s notes)
            if word in SELF_EVIDENT_HEADS:
                continue
            at = uses.get(lemma, [])
            if bisect_left(at, tok.i) > bisect_left(at, span.start):
                continue  # the sentence named it before ("a casino ... the casino")
            if self._named_after(lead.doc, lemma, head.i, span.end):
                continue  # "the court's ruling ..., the Marlow Supreme Court said"
            body = lemma in INSTITUTION_HEADS and lead.index > 0
            if bisect_left(at, span.start) == 0 and not body:
                continue  # new here: the sentence tells which

            said = {t.lemma_.lower() for t in parse[tok.i + 1 : head.i + 1]}
            if place < tok.i and not PLACE_HEADS.isdisjoint(said):
                continue  # "outside Marlow ... the city's office": the place just named
            plain = parse.text[tok.idx : head.idx + len(head.text)]
            owner = head.i + 1 < span.end and parse[head.i + 1].dep_ == "case"
            words = plain + parse[head.i + 1].text if owner else plain  # "the city's"
            if words in seen:
                continue
            seen.add(words)
            plural = head.tag_ == "NNS"
            if words not in text:
                continue
            # The story names several such things ("the Bramble virus", "the Carrow
            # virus"): "the virus" says which only by a proper name its article gave it.
            several = not (body or plural) and self._several(lemma)
            # "The virus" of an article on one of them is that one (s32).
            bare = several and plain.count(" ") == 1
            one = self._article_one(lead, lemma, span.start, text) if bare else None
            story = (
                self._own_body(lead.doc, lemma, plural=plural)
                if body
                else self._story.about_one(lemma, plural=plural) and not several
            )
            names, introduced = self._names_before(
                lead.doc, lemma, plural, span.start, plain, proper_only=several
            )
            if one is not None:
                names, introduced = [names[0] if names else one], False
            introduced = introduced or several and one is None
            if own := territory_of(adoc.document, lemma):  # "the colony": Hong Kong's report
                names, introduced = [own], False
            # "the agency" of an article that named the body, never by that word before.
            introduced = introduced or (body and bisect_left(at, span.start) == 0)
            mark = words[len(plain) :]
            names = tuple(n + mark for n in names)
            out.append(Described(words, word, names, introduced and not story, story))
        return out

    def notes(self, lead: Sentence, text: str, told: Sequence[str] = ()) -> list[tuple[str, str]]:
        """(words, note) for each described thing of ``text`` the article named one way
        before ``lead``, when neither ``text`` nor what was ``told`` before says it."""
        said = "\n".join([text, *told]).lower()
        return [
            (d.words, d.names[0])
            for d in self.described(lead, text)
            if len(d.names) == 1 and d.names[0].lower() not in said
        ]

    def unnamed(self, lead: Sentence, text: str) -> list[str]:
        """The words of each described thing of ``text`` the article did not name before
        ``lead``, or named two ways."""
        return [d.words for d in self.described(lead, text) if _unnamed(d)]

    def leans_on_before(self, lead: Sentence, text: str) -> bool:
        """Whether ``text`` has a described thing ``unnamed`` would list, or a described act
        ("the bill", "the move", "the documents": ``lang.definites.TOLD_ACT_HEADS``) that the
        article told before ``lead`` and does not name one way, in a story not about one
        such act: which bill or move, only the sentences before say, counted ("a bill") or
        not."""
        return any(_unnamed(d) or _told_act(d) for d in self.described(lead, text))

    def told_acts(self, lead: Sentence, text: str) -> list[str]:
        """The words of each described act of ``text`` that ``leans_on_before`` counts."""
        return [d.words for d in self.described(lead, text) if _told_act(d)]

    def _names_before(
        self,
        doc: int,
        lemma: str,
        plural: bool,
        start: int,
        words: str,
        *,
        proper_only: bool = False,
    ) -> tuple[list[str], bool]:
        """The distinct names (at most two: one is a note, two are a doubt) the article
        gives a thing of this word (singular or ``plural``) before token ``start``: its
        proper names, else (unless ``proper_only``) the descriptions that say more than
        ``words`` ("the newt": "spotted marsh newt"); and whether any earlier mention said
        which one it is."""
        key = (doc, lemma, plural)
        if key not in self._names:
            adoc = self.corpus.docs[doc]
            assert adoc.parse is not None  # ``described`` asks only of parsed articles
            self._names[key] = [
                (i, mention(adoc.parse, adoc.parse[i]))
                for i in self._uses_of(doc).get(lemma, [])
                if (adoc.parse[i].tag_ in ("NNS", "NNPS")) == plural
            ]
        found = self._names[key]
        before = [m for i, m in found[: bisect_left(found, start, key=lambda f: f[0])]]
        proper = distinct_names([n for m in before for n in m.names])
        if proper_only:
            return proper, bool(proper)
        own = words.split(None, 1)[-1].lower()
        if " " in own:  # "the metal strip" says what it is: only a name says more
            counted = any(m.counted and (m.description or "").lower() == own for m in before)
            return proper, bool(proper) or counted
        said = [m.description for m in before if m.description]
        introduced = bool(proper or said) or any(m.counted for m in before)
        return proper or distinct_names(said), introduced

    def _uses_of(self, doc: int) -> dict[str, list[int]]:
        """Token indices of each lower-cased lemma of an article's common and proper nouns."""
        if doc not in self._uses:
            found: dict[str, list[int]] = {}
            parse = self.corpus.docs[doc].parse
            for tok in parse if parse is not None else ():
                if tok.pos_ in ("NOUN", "PROPN"):
                    found.setdefault(tok.lemma_.lower(), []).append(tok.i)
            self._uses[doc] = found
        return self._uses[doc]

    def _named_after(self, doc: int, lemma: str, head: int, end: int) -> bool:
        """Whether the sentence, after the noun at ``head`` and before token ``end``,
        names a thing of the same word ("... the Marlow Supreme Court said")."""
        key = (doc, lemma)
        if key not in self._named:
            parse = self.corpus.docs[doc].parse
            assert parse is not None  # ``described`` asks only of parsed articles
            uses = self._uses_of(doc).get(lemma, [])
            self._named[key] = [i for i in uses if names_at(parse, parse[i])]
        named = self._named[key]
        return bisect_left(named, head + 1) < bisect_left(named, end)

    def _own_body(self, doc: int, lemma: str, *, plural: bool) -> bool:
        """Whether a body called by its kind ("the court", "the project") is the one the
        story or its article is about: the focus names that word; or the story is about
        such a body (``clarity.StoryThings.about_one``) and the article's headline names
        the word or the story names exactly one of that kind ("Marlow High Court"). A
        story that names none may speak of several (D0633F's programs): "the program"
        stays unclear."""
        if plural:
            return False
        if stem(lemma) in self._focus:
            return True
        if not self._story.about_one(lemma):
            return False  # "the network" of one article's headline (D0607G): which?
        title = {stem(w) for w in word_list(self.corpus.docs[doc].document.title)}
        return stem(lemma) in title or len(self._story_names(lemma)) == 1

    def _several(self, lemma: str) -> bool:
        """Whether the story names several things of this word and no one of them most
        often ("the Bramble virus", "the Hare computer virus", ...: ``thing_kinds``)."""
        if lemma not in self._kinds:
            seen = [proper_words(n) for names in self._named_in(lemma).values() for n in names]
            self._kinds[lemma] = several_things([w for w in seen if w])
        return self._kinds[lemma]

    def _named_in(self, lemma: str) -> dict[int, list[str]]:
        """The names each article's mentions of this word give, in text order."""
        if lemma not in self._story_named:
            found: dict[int, list[str]] = {}
            for doc, adoc in enumerate(self.corpus.docs):
                for i in self._uses_of(doc).get(lemma, []) if adoc.parse is not None else ():
                    found.setdefault(doc, []).extend(names_at(adoc.parse, adoc.parse[i]))
            self._story_named[lemma] = found
        return self._story_named[lemma]

    def _article_one(self, lead: Sentence, lemma: str, start: int, text: str) -> str | None:
        """A name for the one thing of this word ``lead``'s article, as ``text`` (from
        token ``start``) reads, is about (``thing_kinds``): "the virus" of one virus."""
        adoc = self.corpus.docs[lead.doc]
        assert adoc.parse is not None  # ``described`` asks only of parsed articles
        before: list[str] = []
        after: list[str] = []
        counted = False
        for i in self._uses_of(lead.doc).get(lemma, []):
            if adoc.parse[i].tag_ != "NN":
                continue
            # "the Carrow virus": named for a place, that one (not "a Marlow group").
            names = names_at(adoc.parse, adoc.parse[i], places=True)
            counted = counted or mention(adoc.parse, adoc.parse[i]).counted and not names
            (before if i < start else after).extend(n for n in names if proper_words(n))
        story = [n for names in self._named_in(lemma).values() for n in names]
        said = f"{adoc.document.title}\n{text}"
        return article_one(before, after, story, said, counted_unnamed=counted)

    def _story_names(self, lemma: str) -> list[str]:
        """The distinct proper names (at most two) the story gives bodies of this word."""
        if lemma not in self._bodies:
            found: list[str] = []
            for doc, adoc in enumerate(self.corpus.docs):
                if adoc.parse is None:
                    continue
                for i in self._uses_of(doc).get(lemma, []):
                    found.extend(names_at(adoc.parse, adoc.parse[i]))
            self._bodies[lemma] = distinct_names(found)
        return self._bodies[lemma]


def _person(word: str, lemma: str) -> bool:
    """Whether a noun names people ("official", "workers"): not things."""
    return bool({word, lemma} & (PEOPLE_HEADS | PEOPLE_NAMED_BEFORE | ROLE_NOUNS))


def _described_head(tok: Token) -> Token | None:
    """The common noun ``tok`` ("the") opens a bare description of, or None."""
    if tok.lower_ != "the" or tok.dep_ != "det":
        return None
    head = tok.head
    if head.pos_ != "NOUN" or not 0 < head.i - tok.i <= MAX_DESCRIPTION_WORDS:
        return None
    if not head.text.islower():
        return None
    between = [t for t in head.doc[tok.i + 1 : head.i]]
    if any(not t.text.islower() or t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in between):
        return None  # "the Skylark casino", "the 1990 law": a name or figure says which
    if any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last", "next") for t in between):
        return None  # "the largest casino": a rank says which
    if any(restricts(c) for c in head.children if c.i > head.i):
        return None
    return head


def restricts(tok: Token) -> bool:
    """Whether ``tok``, right of a noun, says which one it is: not a date's preposition."""
    if tok.dep_ != "prep":
        return tok.dep_ in _RESTRICTING
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    return not (objects and objects[0].ent_type_ in TIME_LABELS)


def _unnamed(d: Described) -> bool:
    """A described thing the article did not name before, or named two ways."""
    return d.introduced and len(d.names) != 1


def _told_act(d: Described) -> bool:
    """A described act the article told before and does not name one way, in a story not
    about one such act."""
    return d.head in TOLD_ACT_HEADS and len(d.names) != 1 and not d.story
