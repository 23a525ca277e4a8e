"""Whether another sentence shares with a statement only the words of its side clauses (the †
decision).

The † test (``corroboration``) weighs the words a statement shares with another
sentence wherever they stand in it. A statement's scene, reason or aside is not its
fact: "the board says no survey is needed because inspectors found the pier sound" is
not reported by "inspectors found the pier sound in May", nor "the council cannot stop
the levy, as the Harbour Trust has done" by "the Harbour Trust stopped its levy". Read
from the parse, the asides are the phrases hanging on a word as an adverbial clause
("because ...", "as ... has done", "ever since ..."), an apposition ("the menace that
..."), a relative or participle clause on a noun ("the talks, launched in May") or a
clause set beside the main one. Another sentence whose words in common with the
statement (its fact, ``fact_core.core``) all stand in those phrases tells something
else; one sharing a word of the rest may report it.

Read on the 20 TUNING+CHECK dev briefs (session 33, /work/dev/s33/dagger): of the other
sources the † test counted, 7 were counted on such words only, all judged not to report
the statement's fact (another governor's moratorium for a governor's lack of power, a
plant's owners meeting officials for the intelligence that it made weapons, a court
hearing for a boy's stay in a city); one judged right was lost (a sinking "that killed
his mother and 10 others" and "his mother and 10 others died"); no † moved. Without the
relative and participle clauses, 4 and none.
"""

from __future__ import annotations

from briefing.compose.fact_core import core
from briefing.compose.fact_words import fact_stems
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.lang.words import words
from briefing.model import Corpus, Sentence
from briefing.parsed import Span

# The dependencies that hang an aside on its word: an adverbial clause, an apposition, a
# relative or participle clause on a noun, a clause set beside the main one.
ASIDE_DEPS = frozenset({"advcl", "appos", "relcl", "acl", "parataxis"})


def aside_ranges(span: Span) -> list[tuple[int, int]]:
    """The character ranges (in the document) of the span's asides, outermost first."""
    found: list[tuple[int, int]] = []
    for token in span:
        if token.dep_ not in ASIDE_DEPS or token.head.i == token.i:
            continue
        lo, hi = token.left_edge, token.right_edge
        if lo.i < span.start or hi.i >= span.end:
            continue  # a parse reaching past the sentence: not read
        found.append((lo.idx, hi.idx + len(hi.text)))
    return found


def split_asides(text: str, offset: int, ranges: list[tuple[int, int]]) -> tuple[str, str]:
    """The text outside the ranges and the text inside them (``offset``: where ``text``
    starts in the document), each a run of the pieces joined by spaces."""
    inside = [False] * len(text)
    for lo, hi in ranges:
        for i in range(max(0, lo - offset), min(len(text), hi - offset)):
            inside[i] = True
    main = "".join(" " if inside[i] else ch for i, ch in enumerate(text))
    aside = "".join(ch if inside[i] else " " for i, ch in enumerate(text))
    return main, aside


class SideClauses:
    """The test over one corpus's parses (a sentence without one never matches)."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._parts: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]] | None] = {}

    def parts(self, sentence: Sentence) -> tuple[frozenset[str], frozenset[str]] | None:
        """The fact stems of the sentence outside its asides and inside them; None
        without a parse or without an aside."""
        key = (sentence.doc, sentence.index)
        if key not in self._parts:
            span = sentence_tokens(self.corpus, sentence)
            ranges = aside_ranges(span) if span is not None else []
            found = None
            if ranges:
                main, aside = split_asides(sentence.text, sentence.start, ranges)
                found = fact_stems(words(main)), fact_stems(words(aside))
            self._parts[key] = found
        return self._parts[key]

    def only_aside(self, statement: Sentence, other: Sentence) -> bool:
        """Whether every word of the statement's fact that ``other`` holds stands in the
        statement's asides (and none of them outside), while the rest of it has words
        of its own."""
        parts = self.parts(statement)
        if parts is None:
            return False
        main, aside = parts
        target = fact_stems(words(core(statement.text))) or fact_stems(statement.words)
        shared = target & fact_stems(other.words)
        if not main or not shared:
            return False
        return shared <= aside and not shared & main
