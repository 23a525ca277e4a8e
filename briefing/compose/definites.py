"""Things an article introduced before and a sentence calls by "the" and a plain noun.

"Fish counts in the river doubled within a year": which river the
article said in an earlier sentence ("a weir on the Marl River"), not this one. Such a
sentence needs context: the summary leaves it out. A description leans back when its
head noun (``lang.definites``) is a word its article used in an earlier sentence, the
sentence does not say which one ("the river of ...", "the river in Marlow", "the river
that ..."), and the story is not about one such thing: its word is in fewer than
``clarity.STORY_THING_SHARE`` of the articles, or the story speaks of many of them (the
plural is at least ``clarity.MANY_SHARE`` of the word's uses: "the tribe" in a story on
tribes; or the focus asks about them in the plural). ``thing_notes`` asks the same of
the things it notes (``clarity.StoryThings``). Read strictly (the summary's last word on
it), "the construction" with nothing saying which is the story's own thing only when
``BARE_SHARE`` of the articles call it just so ("the crash" of a story on one crash).
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.compose.clarity import STORY_THING_SHARE, StoryThings, speakers
from briefing.compose.counted_sets import counted_sets
from briefing.compose.definite_facts import name_nouns, peoples_words
from briefing.compose.demonstratives import SENTENCE_REACH, article_demonstratives, whole_word
from briefing.compose.memo import by_text
from briefing.compose.near_duplicates import stem
from briefing.compose.short_names import first_stems
from briefing.compose.site_rows import Site, decode_sites, encode_sites, sites_fit
from briefing.compose.thing_notes import PLACE_LABELS, restricts
from briefing.compose.told import FIGURE_MARK
from briefing.lang.anaphora import SHELL_EVENT_NOUNS
from briefing.lang.definites import (
    BODIES_NAMED_BEFORE,
    DEFINITE_RE,
    FIGURE_DEFINITE_RE,
    FIGURE_RE,
    PLACE_HEADS,
    SAYS_WHICH_RE,
    TOPIC_HEADS,
    VERB_OR_NOUN_PREPOSITION_RE,
    head_of,
    looks_plural,
    plural_of,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.summary_leans import closing_act
from briefing.model import Corpus, Sentence
from briefing.parsed import Token, tokens_at

# A thing the story names this many ways, each name in this many articles, is one of
# many ("the Bramble virus", "the Carrow virus"). Set by hand from D0629B (session
# 22), not swept: the fewest that make a second thing of the kind a recurring one.
MIN_NAMES_APART = 2
MIN_NAME_DOCS = 2
_POSSESSIVE = re.compile(r"['’]s?$")

# A story's word is its own thing, one a reader knows by "the" and the word alone, only
# when at least this share of the articles call it so, saying no more ("the crash" in
# 17 of 25 articles on one crash): else "the construction" is one an earlier sentence
# told (2 of 25 articles on settlement building). Same share as
# ``introduced.STORY_PHRASE_SHARE``; set by hand from the 11 tuning stories (own things
# 0.21-0.83 of the articles, dangling ones 0.04-0.16), not swept.
BARE_SHARE = 0.2
# ... and in at least this many: the sentence's own article is one.
# Chosen by hand in 2c5f0af; not benchmarked.
MIN_BARE_DOCS = 2
# Marks the head of one of the story's many things ("the tribe" in a story on tribes):
# no other statement's word says which one it is (no stem ends so).
ONE_OF_MANY = "+"
# "At Marlow Mills, the company ...", "In Texas, the governor ...": a name right before the
# description says which; not the sentence's opening word ("Essentially, the study ...",
# "Nationally, the head count ...": capitalised as the first word, check D0641E, D0611B).
# Looked for in this many characters before it (layout bound).
_NAME_REACH = 40
_NAME_THEN_DESCRIPTION = re.compile(r"\b[A-Z][\w.&'’-]*, $")
# Parts of speech of a description's head: the parse reads "the national per capita
# income" as an adjective's, "the presidency outright" as an adverb's (no thing named).
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
# A description's head read as the subject of a verb right after it (``_verb_read``).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_VERB_TAGS = frozenset({"VERB", "AUX"})
_WORD_AFTER = re.compile(r" ([a-z][a-z-]{0,30})\b")
# Dependencies of a main verb's subject and object (``_core``).
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Nouns that stand for an act another sentence told, in whatever words ("the decision",
# "the move": ``anaphora.SHELL_EVENT_NOUNS``), however common in the story: "the decision"
# alone is told only by a statement using the word. Not "the issue": the story's topic.
# Read strictly only (dropped after the pick, ``told_in_order``): read leniently too, the
# summary picked again without it moved tuning D0649D's R-2 9.93 -> 7.84 (rouge_eval).
_SHELL_HEADS = frozenset(SHELL_EVENT_NOUNS) - {"issue"}
_NAME_RUN = re.compile(r"[A-Z][A-Za-z'’-]{0,40}(?: [A-Z][A-Za-z'’-]{0,40})*")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’-]{0,40}")
# A year says which one ("the 1996 election"): no figure told before.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@by_text("definite_sites", encode_sites, decode_sites, sites_fit)
def definite_sites(text: str) -> list[Site]:
    """The descriptions of a sentence's ``text`` that its text alone does not say which
    one is (``Descriptions.readings`` asks the article and the story about the rest):
    one a plural head, a "which" after it ("the river of ..."), a name right before it
    or the head's own word earlier in the sentence tells leaves out. A plural-looking
    word after a noun may be its verb ("the study suggests"): the noun is the head, and
    the parse decides (``_verb_read``). A pure function of the text: remembered, across
    builds too (``compose.memo``)."""
    out: list[Site] = []
    for m in DEFINITE_RE.finditer(text):
        words = m.group(1).split()
        head = head_of(words)
        verb = head is not None and looks_plural(head) and words.index(head) > 0
        if verb:  # "the study suggests", "the virus spreads": the parse decides
            head = head_of(words[: words.index(head)])
        if head is None or looks_plural(head):
            continue  # a set told before: people are ``short_names``'s
        end = m.start(1) + m.group(1).index(head) + len(head)
        which = SAYS_WHICH_RE.match(text, end) is not None
        if which and not VERB_OR_NOUN_PREPOSITION_RE.match(text, end):
            continue
        name = _NAME_THEN_DESCRIPTION.search(text, max(0, m.start() - _NAME_REACH), m.start())
        if name is not None and text[: name.start()].strip():
            continue  # "At Marlow Mills, the company ...": the name says which
        earlier = text[max(0, m.start() - SENTENCE_REACH) : m.start()]
        if whole_word(head).search(earlier):
            continue  # the sentence named it before ("a river ... the river")
        reach = max(0, m.start() - SENTENCE_REACH)
        names = _CAPITALISED.findall(text, reach, m.start())
        runs = _NAME_RUN.findall(text, reach, m.start()) if head in BODIES_NAMED_BEFORE else None
        out.append((m.start(), end, head, names, runs, which or verb))
    return out


def _writes(text: str, phrase: str, pattern: re.Pattern[str]) -> bool:
    """``pattern.search(text)`` for a ``pattern`` that is ``phrase`` between look-arounds:
    a text without the phrase is passed over by a substring test first, which skips ahead
    where the search (opening with a look-behind) tries every character. Asked of every
    article per phrase: benchmarks/scale.py's 750 articles, 73 ms a figure searched, 5 ms
    tested first (the same answers: a match holds the phrase)."""
    return phrase in text and pattern.search(text) is not None


class Descriptions:
    """Asks of a corpus's sentences which descriptions lean back; reads each article's
    words once."""

    def __init__(
        self, corpus: Corpus, things: frozenset[str], asked: frozenset[str] = frozenset()
    ) -> None:
        self.corpus = corpus
        self.things = things
        self.asked = asked  # the focus's words, lower case
        self._story = StoryThings(corpus, things)
        self._called: dict[str, set[str]] | None = None
        self._people: frozenset[str] | None = None
        self._words: Counter[str] | None = None  # articles using each word
        self._called_in: dict[str, list[tuple[str, int]]] | None = None
        self._bare: Counter[str] | None = None  # articles calling each head bare
        self._peoples: frozenset[str] | None = None
        self._phrases: dict[str, bool] = {}  # ``_phrase_called_bare``'s answers
        self._figures: dict[int, dict[str, int]] = {}  # ``_figure_first``'s
        self._lowered: dict[int, tuple[str, list[str]]] = {}  # ``_lower``'s

    def _first_use(self, doc: int) -> dict[str, int]:
        """Each stem of the article's words with the first sentence holding it (the words
        are lower case already: ``short_names.first_stems`` reads the same)."""
        return first_stems(self.corpus.docs[doc])

    def _asked_of_many(self, head: str) -> bool:
        """Whether the focus names ``head`` in the plural ("anti-smoking laws"): the
        stakeholder asks about many such things, so "the new law" does not say which
        (a session-23 reviewer on check D0623E: "the new law" with no jurisdiction)."""
        return plural_of(head) in self.asked

    def _word_docs(self) -> Counter[str]:
        """How many articles use each word (lower-case, as written)."""
        if self._words is None:
            self._words = Counter()
            for d in self.corpus.docs:
                self._words.update({w for s in d.sentences for w in s.words})
        return self._words

    def _own_word(self, head: str) -> bool:
        """Whether the word itself (or its plural) is in ``STORY_THING_SHARE`` of the
        articles: "reported" and "reporting" do not make "the report" the story's."""
        used = self._word_docs()
        return max(used[head], used[plural_of(head)]) >= STORY_THING_SHARE * len(self.corpus.docs)

    def _called_bare(self, head: str) -> bool:
        """Whether ``BARE_SHARE`` of the articles call a thing "the" and ``head`` alone,
        nothing saying which (``definite_sites``): the story's one such thing."""
        if self._bare is None:
            self._bare = Counter()
            for d in self.corpus.docs:
                self._bare.update(
                    {
                        head
                        for s in d.sentences
                        for start, end, head, _, _, parse_decides in definite_sites(s.text)
                        if _alone(s.text[start:end]) and not parse_decides
                    }
                )
        return self._bare[head] >= max(MIN_BARE_DOCS, BARE_SHARE * len(self.corpus.docs))

    def _named_apart(self, head: str) -> bool:
        """Whether the story calls things of ``head`` by at least ``MIN_NAMES_APART``
        names, each in ``MIN_NAME_DOCS`` articles ("the Bramble virus", "the Carrow
        virus"), none of them a word of ``STORY_THING_SHARE`` of the articles: it tells
        of several, and "the virus" does not say which."""
        used = self._word_docs()
        need = STORY_THING_SHARE * len(self.corpus.docs)
        docs: dict[str, set[int]] = {}
        for name, doc in self._named_in(head):
            word = _POSSESSIVE.sub("", name).lower()
            if used[word] >= need:
                return False  # "the Skyline crash": the story's own
            docs.setdefault(word, set()).add(doc)
        return sum(len(d) >= MIN_NAME_DOCS for d in docs.values()) >= MIN_NAMES_APART

    def _named_in(self, head: str) -> list[tuple[str, int]]:
        """(name, article) of each name the story puts right before ``head`` or its plural."""
        called_in = self._name_nouns()[1]
        return called_in.get(head, []) + called_in.get(plural_of(head), [])

    def _names_called(self, head: str) -> set[str]:
        """The names the story puts right before ``head`` or its plural ("Skylark" for
        "jet" when it says "a Skylark jet")."""
        called = self._name_nouns()[0]
        return called.get(head, set()) | called.get(plural_of(head), set())

    def _name_nouns(self) -> tuple[dict[str, set[str]], dict[str, list[tuple[str, int]]]]:
        """By noun, the names the story puts right before it, and each with its article:
        one pass over the story's sentences for both (``_names_called``, ``_named_in``)."""
        if self._called is None or self._called_in is None:
            self._called, self._called_in = {}, {}
            for doc, adoc in enumerate(self.corpus.docs):
                for name, noun in name_nouns(adoc):  # each article's, remembered
                    self._called.setdefault(noun, set()).add(name)
                    self._called_in.setdefault(noun, []).append((name, doc))
        return self._called, self._called_in

    def _peoples_words(self) -> frozenset[str]:
        """Words the parse reads as a people's or a nationality's more often than as part
        of any other name ("Israeli", "Palestinian"): they say whose, not which."""
        if self._peoples is None:
            peoples: Counter[str] = Counter()
            others: Counter[str] = Counter()
            for d in self.corpus.docs:
                its_peoples, its_others = peoples_words(d)  # each article's, remembered
                peoples.update(its_peoples)
                others.update(its_others)
            self._peoples = frozenset(w for w, n in peoples.items() if n > others[w])
        return self._peoples

    def _body_named(self, runs: list[str]) -> bool:
        """Whether ``runs`` (of capitalised words) hold a name with no person's word in
        it (``clarity.speakers``) that is not a plain opening word: "Marlow Mills", not
        "Ann Hallworth"."""
        if self._people is None:
            self._people = speakers(self.corpus)
        return any(
            run.split()[0].lower() not in STOP_WORDS and self._people.isdisjoint(run.split())
            for run in runs
        )

    def _token(self, sentence: Sentence, start: int, end: int) -> Token | None:
        """The parse's last token of the words at ``start:end`` of the sentence's text
        (a head read from the text alone may be an adjective or a verb); None without
        a parse."""
        parse = self.corpus.docs[sentence.doc].parse
        span = tokens_at(parse, sentence.start + start, sentence.start + end)
        return span[-1] if span is not None else None

    def _story_key(
        self, key: str, head: str, strict: bool, alone: bool = False, phrase: str = ""
    ) -> str | None:
        """The key a description of ``head`` (stem ``key``) is told by: None for the
        story's own thing, one of a kind in it (its word in ``STORY_THING_SHARE`` of the
        articles), ``ONE_OF_MANY`` marked for one of the story's many ("the tribe" in a
        story on tribes, or a focus asking about tribes). Read strictly, the story's word
        is the head itself, not its stem ("reported" makes no report the story's), and a
        thing the story names several of ("the Bramble virus", "the Carrow virus") is
        one of many, and "the" with the head ``alone`` (nothing in the parse saying
        which) is the story's only when the articles call it so (``_called_bare``); so is
        a ``phrase`` its article said before ("the pest control" after "pest control")."""
        if key not in self.things or (
            strict
            and not (
                self._own_word(head)
                and (not alone or self._called_bare(head))
                and (not phrase or self._phrase_called_bare(phrase))
            )
        ):
            return key
        many = self._story.many(head) or self._asked_of_many(head)
        if many or (strict and self._named_apart(head)):
            return key + ONE_OF_MANY
        return None

    def readings(self, sentence: Sentence) -> list[tuple[str, str | None, str | None]]:
        """The descriptions of ``sentence`` ("the river") that only an earlier sentence
        of its article says which one is, each with its head's key read leniently and
        strictly (``_story_key``; None when the reading finds it the story's own)."""
        out = []
        text = sentence.text
        first = self._first_use(sentence.doc)
        for start, end, head, names, runs, parse_decides in definite_sites(text):
            token = self._token(sentence, end - len(head), end)
            if token is not None and token.pos_ not in _NOUN_TAGS:
                continue  # "the national per capita income": "national" names no thing
            if token is not None and token.dep_ == "compound" and token.head.i > token.i:
                continue  # "the old village harvest festival": the head is further on
            if parse_decides and not (
                token is not None and _unrestricted(token) and _verb_read(token, sentence, end)
            ):
                continue  # "the course with the lake": the preposition says which
            if head in PLACE_HEADS and self._place_before(sentence, start):
                continue  # "farmers outside Tongbu ... the city's office"
            key = stem(head)
            if head in _SHELL_HEADS and _alone(text[start:end]) and _unrestricted(token, True):
                out.append((text[start:end], None, key))
                continue  # "the decision last Tuesday": which, another sentence told
            new = first.get(key, sentence.index) >= sentence.index
            core = _core(token, sentence)
            if new and not (core and _unrestricted(token) and head not in TOPIC_HEADS):
                continue  # new in this sentence, and not what it tells of
            alone = _alone(text[start:end]) and _unrestricted(token)
            said_again = core and not (alone or new)
            phrase = self._said_again(sentence, text[start:end], key) if said_again else ""
            lenient = None if parse_decides or new else self._story_key(key, head, False)
            strict = self._story_key(key, head, True, alone, phrase)
            if lenient is None and strict is None:
                continue  # the story's own thing, one of a kind in it
            if not (self._names_called(head) - self._peoples_words()).isdisjoint(names):
                continue  # "the Skylark ... flying the jet": a name the story calls so
            if runs is not None and self._body_named(runs):
                continue  # "Marlow Mills said the company's ...": the body just named
            out.append((text[start:end], lenient, strict))
        told = article_demonstratives(self.corpus.docs[sentence.doc]).get(sentence.index, ())
        out += [*self._figures_told(sentence), *counted_sets(text, self._phrase_called_bare)]
        out += self._act_closing(sentence, first)
        return [*out, *((text[a:b], None, k) for a, b, k in told)]

    def _act_closing(
        self, sentence: Sentence, first: dict[str, int]
    ) -> list[tuple[str, str | None, str | None]]:
        """The act it ends on ("... took part in the talks.", ``summary_leans.closing_act``)
        when its article told the noun before and the sentence did not: read strictly only."""
        text = sentence.text
        act = closing_act(text)
        if act is None or whole_word(act[2]).search(text, 0, act[0]):
            return []
        key = stem(act[2])
        told_before = first.get(key, sentence.index) < sentence.index
        return [(text[act[0] : act[1]], None, key)] if told_before else []

    def _place_before(self, sentence: Sentence, start: int) -> bool:
        """Whether the parse finds a place's name in ``sentence`` before ``start``."""
        parse = self.corpus.docs[sentence.doc].parse
        span = tokens_at(parse, sentence.start, sentence.start + start) if start else None
        return span is not None and any(t.ent_type_ in PLACE_LABELS for t in span)

    def _said_again(self, sentence: Sentence, words: str, key: str) -> str:
        """``words`` ("the pest control") when its article wrote the same words after
        "the" in an earlier sentence and the head is one of the story's words (else
        ""): the description names the thing told there again."""
        said = words.split(None, 1)[1].lower() if " " in words else ""
        if " " not in said or key not in self.things:
            return ""
        pattern = re.compile(rf"(?<![\w-]){re.escape(said)}(?![\w-])")
        before = self._lower(sentence.doc)[1][: sentence.index]
        return words.lower() if any(_writes(text, said, pattern) for text in before) else ""

    def _phrase_called_bare(self, phrase: str) -> bool:
        """Whether ``BARE_SHARE`` of the articles write ``phrase`` ("the peace process"):
        the story's own thing, called so."""
        if phrase not in self._phrases:
            pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
            docs = range(len(self.corpus.docs))
            used = sum(1 for d in docs if _writes(self._lower(d)[0], phrase, pattern))
            self._phrases[phrase] = used >= max(MIN_BARE_DOCS, BARE_SHARE * len(self.corpus.docs))
        return self._phrases[phrase]

    def _lower(self, doc: int) -> tuple[str, list[str]]:
        """The article's text and its sentences' texts in lower case, made once per article
        (per phrase, a long story's articles were lowered again for every phrase)."""
        if doc not in self._lowered:
            d = self.corpus.docs[doc]
            self._lowered[doc] = d.document.text.lower(), [s.text.lower() for s in d.sentences]
        return self._lowered[doc]

    def _figures_told(self, sentence: Sentence) -> list[tuple[str, str | None, str | None]]:
        """Figure descriptions ("the 3,000 units") whose figure an earlier sentence of its
        article gave and fewer than ``BARE_SHARE`` of the articles give (then it is the
        story's own figure), nothing after the noun saying which: read strictly only,
        told by a statement giving the figure (``told_words``)."""
        out: list[tuple[str, str | None, str | None]] = []
        text = sentence.text
        for m in FIGURE_DEFINITE_RE.finditer(text):
            figure = m.group(1).rstrip(".,")
            if _YEAR.fullmatch(figure) or SAYS_WHICH_RE.match(text, m.end()):
                continue
            if self._figure_first(sentence.doc).get(figure, sentence.index) >= sentence.index:
                continue  # new in this sentence
            if self._phrase_called_bare(figure):
                continue
            out.append((m.group(0), None, stem(FIGURE_MARK + figure)))
        return out

    def _figure_first(self, doc: int) -> dict[str, int]:
        """Each figure of an article with the first sentence giving it."""
        if doc not in self._figures:
            first: dict[str, int] = {}
            for s in self.corpus.docs[doc].sentences:
                for m in FIGURE_RE.finditer(s.text):
                    first.setdefault(m.group(0).rstrip(".,"), s.index)
            self._figures[doc] = first
        return self._figures[doc]

    def leaning(self, sentence: Sentence, strict: bool = False) -> list[tuple[str, str]]:
        """``readings`` of one reading: each description with its head's key."""
        return [
            (words, key)
            for words, lenient, strictly in self.readings(sentence)
            if (key := strictly if strict else lenient) is not None
        ]

    def heads(self, sentence: Sentence) -> tuple[frozenset[str], frozenset[str]]:
        """The keys of the heads of ``leaning``'s descriptions ("river"), read leniently
        and strictly."""
        read = self.readings(sentence)
        return (
            frozenset(k for _, k, _ in read if k is not None),
            frozenset(k for _, _, k in read if k is not None),
        )


def _unrestricted(head: Token | None, unparsed: bool = False) -> bool:
    """Whether the parse reads nothing right of a description's ``head`` that says which
    one it is (``thing_notes.restricts``: "the change in the climate" does); without a
    parse, ``unparsed`` (the text alone cannot tell that from "authorized the
    construction despite ...")."""
    if head is None:
        return unparsed
    return not any(restricts(c) for c in head.children if c.i > head.i)


def _verb_read(head: Token, sentence: Sentence, end: int) -> bool:
    """Whether the parse reads a description whose head ends at ``end`` of the sentence's
    text as the subject of the plural-looking word after it, a verb ("the study
    suggests"; "the water pumps" are a plural thing), and of the sentence's main verb
    (``_core``: "... while the inquiry continues" is the crash's, told as a side
    matter, tuning D0631D); True when no such word follows."""
    after = _WORD_AFTER.match(sentence.text, end)
    if after is None or not looks_plural(after.group(1)):
        return True
    verb = head.head
    return (
        head.dep_ in _SUBJECT_DEPS
        and verb.i == head.i + 1
        and verb.pos_ in _VERB_TAGS
        and _core(head, sentence)
    )


def _core(head: Token | None, sentence: Sentence) -> bool:
    """Whether a description's ``head`` is the subject or the object of the main verb of
    a ``sentence`` that does not open its article: "The partnership has not been
    smooth, mayors say" tells of a relationship an earlier sentence said, even when
    its word was not used there (a lead introduces its own subject). Strictly read only."""
    return (
        head is not None
        and sentence.index > 0
        and head.dep_ in _CORE_DEPS
        and (
            head.head.dep_ == "ROOT"
            or (head.head.dep_ == "ccomp" and head.head.head.dep_ == "ROOT")  # "..., X says"
        )
    )


def _alone(words: str) -> bool:
    """Whether a description is "the" and its head alone ("the construction", not "the
    election campaign": a word before the head says more of which one)."""
    return len(words.split()) == 2
