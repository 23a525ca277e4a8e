"""Shared state of the question rules: the candidate record, clause parses cut from the document
parse, person names, the organisations "it" may stand for (and an article's main one), and
word rarity.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from briefing.compose.near_duplicates import stem
from briefing.compose.story_vocabulary import story_weights
from briefing.lang.question_wording import (
    IRREGULAR_LEMMAS,
    QUESTION_SYNONYMS,
    crude_lemma,
)
from briefing.lang.questions import (
    ASK_RE,
    CLAUSE_SPLIT_RE,
    DEMAND_RE,
    TITLE_BEFORE_RE,
    TITLE_REACH,
)
from briefing.lang.settling import DONE_AUXILIARIES, NOT_DONE_RE
from briefing.lang.stopwords import QUESTION_STOP_WORDS
from briefing.lang.words import words
from briefing.model import (
    Actor,
    AnalysedDocument,
    Corpus,
    Mention,
    Sentence,
    Statement,
)
from briefing.parsed import ParsedDoc, Token

# A name the actor table does not know is part of the story when at least this many
# articles mention it; a question naming one mentioned by fewer is about a side matter.
# Only in a story of at least MIN_STORY_ARTICLES articles: in a handful, most names
# are in one article. Set by judging the dev stories' questions (s11 review, both
# halves: 25 articles each; the sample has 5); not benchmarked.
MIN_ARTICLES_NAMING = 2
MIN_STORY_ARTICLES = 8
# The mention labels that name a party or a place a question can be about.
ONE_OFF_LABELS = frozenset({"PERSON", "ORG", "GPE"})


@dataclass
class QuestionCandidate:
    question: str
    context: str
    sentence: Sentence
    kind: str
    raised_by: str | None = None
    score: float = 0.0
    sources: list[int] = field(default_factory=list)
    members: list[QuestionCandidate] = field(default_factory=list)
    status: str = "open"
    answer: Statement | None = None


def sentence_df(corpus: Corpus) -> Counter[str]:
    """How many of the corpus's sentences hold each word (``norm_word``): word rarity."""
    df: Counter[str] = Counter()
    for s in corpus.sentences():
        df.update({norm_word(w) for w in s.words})
    return df


class QuestionContext:
    """Corpus-wide facts the rules need: clause parses, names, the main org, word rarity."""

    def __init__(
        self,
        corpus: Corpus,
        key_actors: list[Actor] | None = None,
        df: Counter[str] | None = None,
    ) -> None:
        """``df``: ``sentence_df(corpus)`` when it was worked out already (beside the summary:
        ``relevance.StoryCounts``)."""
        self.corpus = corpus
        # The sentence whose clauses are being parsed (set by ``_sentence_candidates``).
        self.where: tuple[AnalysedDocument, Sentence] | None = None
        # The sentences that report something ended, with the words of each clause that
        # does (``answers.done_reports``): worked out once, for every question.
        self.done_reports: list[tuple[Sentence, list[frozenset[str]]]] | None = None
        self.n_sentences = max(1, sum(len(d.sentences) for d in corpus.docs))
        self.df = sentence_df(corpus) if df is None else df
        # The same by stem ("investigate", "investigation"): how questions are compared.
        self._stem_df: Counter[str] | None = None
        actors = key_actors or []
        # People by every written form (name, aliases, surname): their fullest name.
        self.people: dict[str, Actor] = {}
        for actor in (a for a in actors if a.type == "person"):
            for form in (actor.name, *actor.aliases, actor.name.split()[-1]):
                self.people.setdefault(form, actor)
        self._titled: dict[str, str] = {}
        self._docs_naming: dict[str, int] = {}
        self._said: dict[int, str] = {}  # ``said``: by article, its sentences' texts
        self._story_stems: dict[tuple[float, int], frozenset[str]] = {}
        # Bodies "it" may stand for (organisations, governments, countries), by every
        # written form, with how often the brief's actor table counted them.
        self.actors: Counter[str] = Counter()
        self.forms: dict[str, str] = {}
        for actor in (a for a in actors if a.type != "person"):
            self.actors[actor.name] = actor.mentions
            for form in (actor.name, *actor.aliases):
                self.forms.setdefault(form, actor.name)
        self.main_org = self.actors.most_common(1)[0][0] if self.actors else None
        # Forms indexed by their first word, so a sentence is checked only against names
        # that can occur in it.
        self.forms_by_first: dict[str, list[str]] = {}
        for form in self.forms:
            self.forms_by_first.setdefault(form.split()[0], []).append(form)

    def names_in(self, text: str) -> list[str]:
        """The bodies named in ``text``, by their names in the actor table."""
        found = set(re.findall(r"[\w&.-]+", text))
        return list(
            dict.fromkeys(
                self.forms[form]
                for first in found & self.forms_by_first.keys()
                for form in self.forms_by_first[first]
                if name_pattern(form).search(text)
            )
        )

    def one_off_names(self, adoc: AnalysedDocument, sent: Sentence, question: str) -> list[str]:
        """The people, places and bodies named in ``question`` (as the sentence's mentions
        name them) that the actor table does not know and no other article mentions: a
        side matter of one article ("Ohio Gov. Ray Dunmore" in a story about Oregon)."""
        out: list[str] = []
        if len(self.corpus.docs) < MIN_STORY_ARTICLES:
            return out
        for m in adoc.mentions:
            if m.sentence != sent.index or m.label not in ONE_OFF_LABELS:
                continue
            name = re.sub(r"^(?:the|The)\s+|[’']s$", "", m.text.strip())
            if not name or not name_pattern(name).search(question):
                continue
            if name.split()[-1] in self.people or any(
                name_pattern(form).search(name) for form in self.forms
            ):
                continue  # the actor table knows it ("the People's Armed Police")
            if name not in self._docs_naming:
                # The substring test first: most articles do not contain the name at all.
                # Counted up to MIN_ARTICLES_NAMING only: whether it gets there is asked.
                naming = (
                    d
                    for d in self.corpus.docs
                    if name in d.document.text and name_pattern(name).search(d.document.text)
                )
                self._docs_naming[name] = sum(1 for _ in islice(naming, MIN_ARTICLES_NAMING))
            if self._docs_naming[name] < MIN_ARTICLES_NAMING:
                out.append(name)
        return out

    def person(self, name: str) -> str:
        """'Wyden' -> 'Sen. Ron Wyden': the actor's full name, with a title the corpus
        puts before it; a person the actor table does not know stays as written."""
        name = re.sub(r"[’']s$", "", name.strip())
        actor = self.people.get(name) or (self.people.get(name.split()[-1]) if name else None)
        if actor is None:
            return name
        return self._with_title(actor)

    def _with_title(self, actor: Actor) -> str:
        """The title written right before any form of the actor's name ("Sen. Ron Wyden")."""
        if actor.name not in self._titled:
            forms = sorted({actor.name, *actor.aliases}, key=len, reverse=True)
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")
            titled = actor.name
            for adoc in self.corpus.docs:
                text = adoc.document.text
                if not any(form in text for form in forms):
                    # Most articles write no form at all, and the substring tests are far
                    # cheaper than the pattern (on benchmarks/scale.py's 880 articles it
                    # read them all for each of ~40 people: ~0.5 CPU s of open questions).
                    continue
                for m in pattern.finditer(text):
                    before = text[max(0, m.start() - TITLE_REACH) : m.start()]
                    if title := TITLE_BEFORE_RE.search(before):
                        titled = f"{title.group(0).strip()} {actor.name}"
                        break
                if titled != actor.name:
                    break
            self._titled[actor.name] = titled
        return self._titled[actor.name]

    def is_person(self, mention: Mention) -> bool:
        """A PERSON mention, or a name the tagger mislabelled that the actor table knows."""
        if mention.label == "PERSON":
            return True
        return self.knows_person(re.sub(r"[’']s$", "", mention.text.strip()))

    def knows_person(self, name: str) -> bool:
        """Whether the actor table has a person written ``name``."""
        return name in self.people

    def it_stands_for(self, adoc: AnalysedDocument, sent: Sentence) -> str | None:
        """The organisation 'it' in ``sent`` most likely stands for: of the bodies named
        before the pronoun, else in the sentence before, the one the actor table counts
        most."""
        for idx in (sent.index, sent.index - 1):
            if not 0 <= idx < len(adoc.sentences):
                continue
            text = adoc.sentences[idx].text
            if idx == sent.index:  # an antecedent comes before the pronoun
                pronoun = re.search(r"\b(?:it|its|they|their)\b", text, re.IGNORECASE)
                text = text[: pronoun.start()] if pronoun else text
            names = self.names_in(text)
            if names:
                return max(names, key=lambda n: self.actors[n])
        return None

    def main_org_of(self, adoc: AnalysedDocument) -> str | None:
        """The body the article names that the actor table counts most, else the story's
        (``main_org``)."""
        text = adoc.document.text
        present = [self.forms[form] for form in self.forms if form in text]
        return max(present, key=lambda n: self.actors[n]) if present else self.main_org

    def has_parse(self) -> bool:
        """Whether the document being read has analyse's parse (entities switched on)."""
        return self.where is not None and self.where[0].parse is not None

    def idf(self, word: str) -> float:
        return math.log((1 + self.n_sentences) / (1 + self.df.get(word, 0))) + 1.0

    def stem_idf(self, stemmed: str) -> float:
        """The rarity of a stem: its words' sentence counts summed (worked out once)."""
        if self._stem_df is None:
            self._stem_df = Counter()
            for word, n in self.df.items():
                self._stem_df[stem(word)] += n
        return math.log((1 + self.n_sentences) / (1 + self._stem_df.get(stemmed, 0))) + 1.0

    def story_stems(self, share: float, min_docs: int) -> frozenset[str]:
        """The stems ``share`` of the articles use (none under ``min_docs`` articles),
        worked out once per share."""
        key = (share, min_docs)
        if key not in self._story_stems:
            self._story_stems[key] = frozenset(story_weights(self.corpus, share, min_docs))
        return self._story_stems[key]

    def canonical(self, text: str) -> str:
        """``text`` with each body written by one of its forms in the actor table named by
        its table name ("the U.N." -> "the United Nations"), longest forms first."""
        found = set(re.findall(r"[\w&.-]+", text)) & self.forms_by_first.keys()
        forms = sorted((f for first in found for f in self.forms_by_first[first]), key=len)
        for form in reversed(forms):
            if form != self.forms[form]:
                text = _whole(form).sub(self.forms[form], text)
        return text

    def parse(self, text: str) -> ParsedDoc | None:
        """The parse of a clause of the sentence being read, cut from its document's parse.

        The clause keeps the analysis the whole document got (tags, lemmas, dependencies);
        its tokens whose heads lie outside become roots, as in spaCy's ``Span.as_doc``.
        None without a parse or when the clause is not a run of the sentence's tokens.
        """
        if self.where is None or self.where[0].parse is None:
            return None
        adoc, sent = self.where
        doc = adoc.parse
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        target = "".join(text.split())
        if span is None or not target:
            return None
        chars: list[str] = []
        owner: list[int] = []
        for tok in span:
            for ch in tok.text:
                if not ch.isspace():
                    chars.append(ch)
                    owner.append(tok.i)
        hay = "".join(chars)
        at = hay.find(target)
        while at >= 0:
            if at == 0 or owner[at - 1] != owner[at]:  # the clause starts a token
                return doc.window(owner[at], owner[at + len(target) - 1] + 1)
            at = hay.find(target, at + 1)
        return None

    def reports_after(
        self,
        asked: list[Sentence],
        may_tell: Callable[[Sentence], bool],
        *,
        strictly: bool = False,
        holding: Collection[str] = (),
    ) -> Iterator[tuple[AnalysedDocument, Sentence]]:
        """The sentences that may tell how a question asked in ``asked`` came out, in
        corpus order: of parsed articles dated no earlier than the first asking
        (``strictly``: later; an undated article always), passing ``may_tell`` (the
        caller's quick tests, first), and neither asking, demanding nor a question.
        ``holding``: strings ``may_tell`` finds in every sentence it passes; an article
        whose sentences hold not all of them is passed over whole (``said``)."""
        known = [d for a in asked if (d := self.corpus.docs[a.doc].document.date) is not None]
        first = min(known) if known else None
        for adoc in self.corpus.docs:
            date = adoc.document.date
            if adoc.parse is None or (
                first is not None
                and date is not None
                and (date <= first if strictly else date < first)
            ):
                continue
            if holding and not all(h in self.said(adoc) for h in holding):
                continue
            for s in adoc.sentences:
                if not may_tell(s):
                    continue
                if ASK_RE.search(s.text) or DEMAND_RE.search(s.text) or s.text.endswith("?"):
                    continue
                yield adoc, s

    def said(self, adoc: AnalysedDocument) -> str:
        """The texts of the article's sentences, one a line: a string found in one of
        them is found in it (a question's names were looked for in each sentence of each
        article, ~0.3 CPU s of a build over benchmarks/scale.py's 880 articles)."""
        key = id(adoc)
        if key not in self._said:
            self._said[key] = "\n".join(s.text for s in adoc.sentences)
        return self._said[key]

    def lemma(self, token: Token) -> str:
        """Base form of a verb: analyse's lemma, with the irregular auxiliaries looked up.

        spaCy's rule lemmatiser leaves auxiliaries as written ("does"), and stripping an
        "s" would make "doe".
        """
        return IRREGULAR_LEMMAS.get(token.lower_) or token.lemma_ or crude_lemma(token.text)


@lru_cache(maxsize=8192)
def name_pattern(name: str) -> re.Pattern[str]:
    # Stories have more names than re's own cache holds; recompiling them dominated run time.
    return re.compile(rf"\b{re.escape(name)}\b")


@lru_cache(maxsize=8192)
def _whole(form: str) -> re.Pattern[str]:
    """A form as a whole word, also one that ends in a full stop ("U.N.")."""
    return re.compile(rf"(?<![\w.]){re.escape(form)}(?!\w)")


def told_done(tok: Token) -> list[Token] | None:
    """The auxiliaries of a verb told as done, or None when it is not: a negation, a modal
    or any auxiliary but a finite form of have or be ("should be returned", "was not
    returned"), or a bare participle (it modifies a noun: "the returned boy")."""
    kids = list(tok.children)
    auxes = [k for k in kids if k.dep_ in ("aux", "auxpass")]
    if any(k.dep_ == "neg" for k in kids) or any(a.lower_ not in DONE_AUXILIARIES for a in auxes):
        return None
    if tok.tag_ == "VBN" and not auxes:
        return None
    return auxes


def unhedged(text: str, tok: Token) -> bool:
    """Whether the clause of ``text`` that holds the verb ``tok`` tells it without hedging
    ("will", "plans to", "not yet", "if", "whether")."""
    clause = next((c for c in CLAUSE_SPLIT_RE.split(text) if tok.text in c), "")
    return not NOT_DONE_RE.search(clause)


def content_words(text: str) -> set[str]:
    """The words of a text a question is about: no stop words, numbers or letters."""
    return {
        norm_word(w)
        for w in words(text)
        if w not in QUESTION_STOP_WORDS and len(w) > 1 and not w.isdigit()
    }


@lru_cache(maxsize=65536)
def norm_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s$", "", word)
    return QUESTION_SYNONYMS.get(word, word)
