"""Private lives: a sentence telling one private person's experience, not the story's news.

A feature opens on someone the reader does not know: "Through the winter she has
tried rest, heat and every cream the pharmacy sells, Nora Vell says" stands for the
many people the article is about. In the summary it reads as if that one person's
days were the news. A sentence is such a life (``private_life``) when it is one of its
article's first ``LEDE_SENTENCES`` (where a feature opens on its person) and the doer of
its main verb is a person

- named in one article of the story only (the story's actors recur), by a full name
  there ("Nora Vell": a product or a place the tagger reads as a person has none),
- whom that article gives no title or role (no title before the name, "Mayor", "Dr.",
  "Sen.", no role noun beside it, "spokesman", "Hale, the union's director":
  ``lang.roles.ROLE_NOUNS``; no body's possessive, "the port's Ivo Varga"),

and the sentence reports no one's words (a witness's account is news: "Ada Moss said
she saw the ferry tip over"; nor a quotation), no death or killing (a victim's death
is), and no day (what one person did on a given day is an event the news may be about).

Found judging tuning half A's summaries (session 51: a patient's year of treatments
as a bullet of a story on a disease's treatment).
"""

from __future__ import annotations

from collections import Counter

from briefing.lang.names import PERSON_TITLES
from briefing.lang.roles import ROLE_NOUNS
from briefing.lang.speech import SAYING_LEMMAS
from briefing.lang.wordforms import DEATH_FORMS, DEATH_WORDS
from briefing.model import Corpus, Sentence
from briefing.parsed import ParsedDoc, Token, tokens_at

# Titles anyone may bear ("Mrs. Vell"): no office.
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss"})
_OFFICE_TITLES = frozenset(PERSON_TITLES) - _COURTESY_TITLES - {"former", "late"}
# Lemmas of a death or a killing ("died", "was killed"): a victim's death is news.
_DEATH_LEMMAS = frozenset({"die", "kill", "perish", "murder", "drown", "slay"}) | frozenset(
    DEATH_WORDS + DEATH_FORMS
)
# A feature opens on its person: the article's first sentences only (Katcoff-like ledes
# at sentence 0-2 on tuning half A; later sentences about a person in one article were as
# often a public figure's act, session 51's reading of halves A, B and DUC 2004).
LEDE_SENTENCES = 3
_QUOTES = ('"', "“", "”")
# Entity labels of a day ("Tuesday", "Oct. 3"): an event on a day is one the news tells.
_DAY_LABELS = frozenset({"DATE", "TIME"})
# Words of a date that place an event in time ("last month", "yesterday"), not a span of
# it ("the year", "for months").
_DAY_WORDS = frozenset({"last", "yesterday", "today", "tonight", "ago", "earlier", "this", "next"})
# Words that make a person part of the news whatever their trade: the harmed and those
# who saw it.
_NEWS_PERSONS = frozenset({"victim", "witness", "survivor"})
_PERSON = "PERSON"
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})


class PrivateLives:
    """Asks of a corpus's sentences whether they tell a private person's experience;
    counts once the articles naming each word."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._docs: Counter[str] | None = None

    def _naming(self, word: str) -> int:
        """How many articles use ``word`` (lower case)."""
        if self._docs is None:
            self._docs = Counter()
            for d in self.corpus.docs:
                self._docs.update({w for s in d.sentences for w in s.words})
        return self._docs[word]

    def private_life(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` tells what one private person, named in its article
        only, went through (the module's rule)."""
        if sentence.index >= LEDE_SENTENCES or any(q in sentence.text for q in _QUOTES):
            return False
        parse = self.corpus.docs[sentence.doc].parse
        span = tokens_at(parse, sentence.start, sentence.end)
        if parse is None or span is None:
            return False
        roots = [t for t in span if t.dep_ == "ROOT"]
        if len(roots) != 1 or roots[0].lemma_ in SAYING_LEMMAS:
            return False
        if _reports(roots[0]):
            return False  # "..., Vell testified": someone's account
        doer = next((c for c in roots[0].children if c.dep_ == "nsubj"), None)
        if doer is None or doer.ent_type_ != _PERSON or doer.pos_ != "PROPN":
            return False
        if any(t.lemma_.lower() in _DEATH_LEMMAS or _day(t) for t in span):
            return False
        surname = doer.text.lower()
        if self._naming(surname) != 1:
            return False
        written = _tokens_written(parse, doer.text)
        return any(map(_full_name, written)) and not any(map(_office, written))


def _reports(root: Token) -> bool:
    """Whether the main verb reports a clause, someone's words or thoughts: one after it
    ("Vell testified that ..."), or one before it when nothing follows the verb ("...,
    Vell testified."); a clause read so before a verb with its own object is none ("In
    the year he has been ill, Vell has followed ...")."""
    after = any(c.i > root.i and c.dep_ != "punct" for c in root.children)
    return any(c.dep_ == "ccomp" and (c.i > root.i or not after) for c in root.children)


def _day(token: Token) -> bool:
    """Whether ``token`` is in a date naming a day, a month or a year ("Tuesday", "Oct. 3",
    "in 1998"), not a span of time ("the year", "for months")."""
    return token.ent_type_ in _DAY_LABELS and (
        any(ch.isdigit() for ch in token.text)
        or token.text[:1].isupper()
        or token.text.lower() in _DAY_WORDS
    )


def _full_name(token: Token) -> bool:
    """Whether the surname ``token`` is written after a given name of the same person
    ("Nora Vell"): a person, not a product or a place the tagger read as one."""
    return token.ent_type_ == _PERSON and any(
        c.dep_ == "compound" and c.ent_type_ == _PERSON and c.i < token.i for c in token.children
    )


def _office(token: Token) -> bool:
    """Whether the mention ending at ``token`` gives the person a title or a role: a title
    word before the name, a role noun compounded with it or set beside it ("Hale, the
    union's director")."""
    if any(_role_word(t) or t.dep_ == "poss" for t in _name_and_before(token)):
        return True  # "Mayor Vell", "the port's Ivo Varga"
    if any(c.dep_ in ("appos", "poss") and _role_phrase(c) for c in token.children):
        return True
    return token.dep_ == "appos" and _role_word(token.head)


def _tokens_written(parse: ParsedDoc, word: str) -> list[Token]:
    """The tokens of ``parse`` written ``word``."""
    found: list[Token] = []
    start = parse.text.find(word)
    while start != -1:
        span = tokens_at(parse, start, start + len(word))
        if span is not None and span[-1].text == word:
            found.append(span[-1])
        start = parse.text.find(word, start + len(word))
    return found


def _name_and_before(token: Token) -> list[Token]:
    """The words of the name ending at ``token`` (its compounds) and the word before it."""
    words = [c for c in token.children if c.dep_ in ("compound", "poss") and c.i < token.i]
    first = min([token.i, *(c.i for c in words)])
    before = [Token(token.doc, first - 1)] if first > 0 else []
    return [*words, *before]


def _role_word(token: Token) -> bool:
    """A title ("Sen.", "Mayor") or a role noun ("spokesman", "victim")."""
    return token.text.lower().rstrip(".") in _OFFICE_TITLES or _role_noun(token)


def _role_noun(token: Token) -> bool:
    """A role noun ("spokesman") or a word of one the news is about ("victim")."""
    lemma = token.lemma_.lower()
    return token.pos_ in _NOUN_TAGS and (lemma in ROLE_NOUNS or lemma in _NEWS_PERSONS)


def _role_phrase(head: Token) -> bool:
    """Whether an appositive (``head`` and the words it governs: "a builder who is
    president of ...") names a role."""
    return any(_role_noun(t) for t in head.subtree)
