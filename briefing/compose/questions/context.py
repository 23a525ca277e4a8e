"""Shared state of the question rules: the candidate record, clause parses cut from the document
parse, person names, the organisations "it" may stand for, and word rarity.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.lang.questions import (
    IRREGULAR_LEMMAS,
    QUESTION_SYNONYMS,
    TITLE_BEFORE_RE,
    crude_lemma,
)
from briefing.model import (
    AnalysedDocument,
    Corpus,
    Mention,
    Sentence,
    Statement,
)
from briefing.parsed import ParsedDoc, Token


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


class QuestionContext:
    """Corpus-wide facts the rules need: clause parses, names, the main org, word rarity."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        # The sentence whose clauses are being parsed (set by ``_sentence_candidates``).
        self.where: tuple[AnalysedDocument, Sentence] | None = None
        df: Counter[str] = Counter()
        for s in corpus.sentences():
            df.update({norm_word(w) for w in s.words})
        self.n_sentences = max(1, sum(len(d.sentences) for d in corpus.docs))
        self.df = df
        self.full_names: dict[str, str] = {}
        for adoc in corpus.docs:
            for m in adoc.mentions:
                if m.label == "PERSON":
                    self._learn_name(adoc, m.text.strip(), m.start)
        self.actors = _actor_counts(corpus)
        self.main_org = self.actors.most_common(1)[0][0] if self.actors else None
        # Names indexed by their first word, so a sentence is checked only against names
        # that can occur in it (stories have hundreds of names).
        self.names_by_first: dict[str, list[str]] = {}
        for name in self.actors:
            self.names_by_first.setdefault(name.split()[0], []).append(name)

    def names_in(self, text: str) -> list[str]:
        found = set(re.findall(r"[\w&.-]+", text))
        return [
            n
            for first in found & self.names_by_first.keys()
            for n in self.names_by_first[first]
            if name_pattern(n).search(text)
        ]

    def _learn_name(self, adoc: AnalysedDocument, name: str, start: int) -> None:
        """Remember the fullest form (with a title when one precedes it) under its surname."""
        name = re.sub(r"[’']s$", "", name).strip()
        if not name or not name[0].isupper():
            return
        before = adoc.document.text[max(0, start - 16) : start]
        title = TITLE_BEFORE_RE.search(before)
        full = f"{title.group(0).strip()} {name}" if title else name
        surname = name.split()[-1]
        known = self.full_names.get(surname, "")
        if len(full.split()) > len(known.split()):
            self.full_names[surname] = full

    def person(self, name: str) -> str:
        """'Wyden' -> 'Sen. Ron Wyden' when the corpus names him so somewhere."""
        name = re.sub(r"[’']s$", "", name.strip())
        full = self.full_names.get(name.split()[-1]) if name else None
        if full and len(full.split()) >= len(name.split()) and full.endswith(name.split()[-1]):
            return full
        return name

    def is_person(self, mention: Mention) -> bool:
        """A PERSON mention, or a name the tagger mislabelled that the corpus knows as one."""
        if mention.label == "PERSON":
            return True
        name = re.sub(r"[’']s$", "", mention.text.strip())
        return name in self.full_names and self.full_names[name].endswith(name)

    def idf(self, word: str) -> float:
        return math.log((1 + self.n_sentences) / (1 + self.df.get(word, 0))) + 1.0

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

    def lemma(self, token: Token) -> str:
        """Base form of a verb: analyse's lemma, with the irregular auxiliaries looked up.

        spaCy's rule lemmatiser leaves auxiliaries as written ("does"), and stripping an
        "s" would make "doe".
        """
        return IRREGULAR_LEMMAS.get(token.lower_) or token.lemma_ or crude_lemma(token.text)


def _actor_counts(corpus: Corpus) -> Counter[str]:
    """How often each organisation-like name occurs in the corpus.

    The small English model often misses the story's main company (it tags "Facebook"
    inconsistently), so capitalised words inside sentences count too; names of people,
    places and dates do not.
    """
    names: set[str] = set()
    for adoc in corpus.docs:
        text = adoc.document.text
        excluded = [(m.start, m.end) for m in adoc.mentions if m.label not in ("ORG", "PRODUCT")]
        for m in re.finditer(r"(?<=[a-z,;] )[A-Z][a-zA-Z]{2,}\b", text):
            if not any(a <= m.start() < b for a, b in excluded):
                names.add(m.group(0))
        names.update(re.sub(r"[’']s$", "", m.text) for m in adoc.mentions if m.label == "ORG")
    # A word also written in lower case ("The", "Senate" in "the senate") is no name.
    lower = {w for d in corpus.docs for w in re.findall(r"\b[a-z][\w-]*\b", d.document.text)}
    names = {n for n in names if n.lower() not in lower}
    # Count every occurrence, whatever the tagger labelled it, so the story's subject wins.
    counts: Counter[str] = Counter()
    for adoc in corpus.docs:
        found = Counter(re.findall(r"\b[A-Z][\w&.-]*[A-Za-z]\b", adoc.document.text))
        for name in names:
            counts[name] += found.get(name, 0) if " " not in name else 0
    return Counter({n: c for n, c in counts.items() if c})


@lru_cache(maxsize=8192)
def name_pattern(name: str) -> re.Pattern[str]:
    # Stories have more names than re's own cache holds; recompiling them dominated run time.
    return re.compile(rf"\b{re.escape(name)}\b")


def norm_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s$", "", word)
    return QUESTION_SYNONYMS.get(word, word)
