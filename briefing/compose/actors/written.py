"""How often the story's texts write words and names in lower case, kept across builds.

``filters.common_words`` asks, of every name form of the story, how often the articles
write it in lower case: a one-word form as a word ("international"), a form of several
words as ``str.count`` of its key in each text ("human rights"); ``forms.split_glued``
asks whether they write a word anywhere as a whole word (``word_runs``). These are sums
and a union over the articles, and a cron run over a folder that grows worked them out
over every article again (0.8-1.2 CPU s of a second run over benchmarks/scale.py's 880
articles, most of it indexing every text's words for ``phrase_counts``). Here those of
the last build are kept as ``Counts``: the texts counted (a digest of each), every
lower-case word they hold with its count, each name phrase asked with its count and
every run of word characters. A build whose texts include all of those adds only its
other texts; a phrase the kept counts do not hold is counted in every text. Any other
change (a text removed or changed) counts everything again. Integer sums and a set
union: the same answers either way.

The compose cache (``briefing.compose.features``) reads and writes the entry and checks
it as hostile input: ``load`` after reading it, ``changed`` to write it back; a forked
process that counted sends its ``changed`` back to be ``absorb``ed.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate

DIGEST_BYTES = 16
DIGEST_RE = re.compile(rf"[0-9a-f]{{{2 * DIGEST_BYTES}}}")
# A word written in lower case, as ``common_words`` counts one-word forms; each is a
# ``LOWER_WORD`` ("anti-" of "anti-Semitic" too).
LOWER_WORD_RE = re.compile(r"\b[a-z][a-z-]*\b")
LOWER_WORD = re.compile(r"[a-z][a-z-]*")
RUN_RE = re.compile(r"\w+")  # a run of word characters (``word_runs``)
# Phrases the kept counts lack are counted with ``str.count`` over every text, one pass
# of all the texts each (about 1.4 ms over the 4 MB of benchmarks/scale.py's folder);
# past this many, ``phrase_counts``' index of every text (about 0.43 CPU s there) is
# cheaper. Chosen by hand from that micro-benchmark (session 39); not tuned.
FEW_PHRASES = 100


@dataclass
class Counts:
    """Lower-case counts over the texts whose digests are ``articles`` (sorted)."""

    articles: list[str]
    words: dict[str, int]  # every word ``LOWER_WORD_RE`` finds in them, with its count
    phrases: dict[str, int]  # the phrases asked, with ``phrase_counts`` of each
    runs: frozenset[str]  # every run of word characters (``RUN_RE``) they hold


@dataclass
class _Base:
    """What ``lower_counts`` and ``word_runs`` read of one build's texts."""

    texts: tuple[str, ...]
    names: list[str]  # the texts' digests, sorted
    kept: Counts | None  # the kept counts, when the texts hold every text they counted
    later: list[str]  # the texts those counts lack (all of them without)
    words: Counter[str]
    runs: frozenset[str]


_known: Counts | None = None  # the counts read from the output folder
_made: Counts | None = None  # this build's counts, to be stored
_last: _Base | None = None  # the texts last asked about


def load(stored: Counts | None) -> None:
    """Use the ``stored`` counts (read from the output folder) in this build."""
    global _known, _made, _last
    _known, _made, _last = stored, None, None


def changed() -> Counts | None:
    """The counts this build made that should replace the stored ones."""
    return _made


def absorb(made: Counts | None) -> None:
    """Keep the counts a forked process made (``changed`` there) to be stored."""
    global _made
    if made is not None:
        _made = made


def text_digest(text: str) -> str:
    """The name of a text in ``Counts.articles``."""
    data = text.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=DIGEST_BYTES).hexdigest()


def word_runs(texts: Sequence[str]) -> frozenset[str]:
    """Every run of word characters (``RUN_RE``) the texts hold, from the kept counts when
    the texts hold every text they counted."""
    return _continued(texts).runs


def lower_counts(texts: Sequence[str], phrases: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often ``texts`` write each lower-case word (``LOWER_WORD_RE``) and how often
    each phrase (``phrase_counts``), continuing the kept counts when the texts hold every
    text they counted."""
    global _made
    asked = list(dict.fromkeys(phrases))
    base = _continued(texts)
    kept = base.kept
    if kept is None:
        written = phrase_counts(asked, texts)
    else:
        old = [p for p in asked if p in kept.phrases]
        new = [p for p in asked if p not in kept.phrases]
        written = phrase_counts(old, base.later)
        written.update({p: kept.phrases[p] for p in old})
        if len(new) > FEW_PHRASES:
            written.update(phrase_counts(new, texts))
        else:
            joined = "\0".join(texts)  # a phrase holding no "\0" spans no two texts
            for p in new:
                n = joined.count(p) if "\0" not in p else sum(t.count(p) for t in texts)
                if n:
                    written[p] = n
    if kept is None or base.names != kept.articles or asked != list(kept.phrases):
        phrase_table = {p: written[p] for p in asked}
        _made = Counts(base.names, dict(base.words), phrase_table, base.runs)
    return base.words, written


def _continued(texts: Sequence[str]) -> _Base:
    """The texts' digests, the kept counts that apply, and the words and runs of the
    texts: the kept ones and those of the texts they lack (worked out once per texts)."""
    global _last
    if _last is not None and _last.texts == tuple(texts):
        return _last
    names = [text_digest(t) for t in texts]
    kept = _known
    rest = Counter(names)
    if kept is not None:
        rest.subtract(kept.articles)
    words: Counter[str] = Counter()
    runs: set[str] = set()
    if kept is None or min(rest.values(), default=0) < 0:
        kept, later = None, list(texts)
    else:
        later = []
        for text, name in zip(texts, names, strict=True):
            if rest[name] > 0:  # a text the kept counts do not hold (or hold fewer times)
                later.append(text)
                rest[name] -= 1
        words.update(kept.words)
        runs.update(kept.runs)
    for text in later:
        words.update(LOWER_WORD_RE.findall(text))
        runs.update(RUN_RE.findall(text))
    _last = _Base(tuple(texts), sorted(names), kept, later, words, frozenset(runs))
    return _last


def phrase_counts(phrases: Iterable[str], texts: Sequence[str]) -> Counter[str]:
    """``sum(text.count(phrase) for text in texts)`` for each phrase of two or more words
    (no spaces but the single ones between its words), without scanning every text for
    every phrase (issue 13: thousands of names times 875 articles took 10 s CPU).

    The texts are cut at each space: an occurrence ends its first word at the end of a
    chunk, fills the next chunks with its middle words and begins the chunk after with its
    last word. So each phrase is looked for only where its rarest word sits: chunks ending
    with its first word, equal to a middle word, or beginning with its last word.
    """
    chunks = _Chunks(texts)
    counts: Counter[str] = Counter()
    for phrase in phrases:
        toks = phrase.split(" ")
        m = len(toks) - 1
        # For each word of the phrase: how many places could hold it, and those places.
        options = [chunks.ending(toks[0])]
        options += [(len(p), iter([p])) for p in (chunks.where.get(t, []) for t in toks[1:m])]
        options.append(chunks.beginning(toks[m]))
        n = min(range(m + 1), key=lambda k: options[k][0])  # the rarest word
        places = options[n][1]
        found: list[tuple[int, int]] = []
        for group in places:
            for j in group:
                i = j - n
                if chunks.holds(i, toks):
                    begin = chunks.starts[i] + len(chunks.chunks[i]) - len(toks[0])
                    found.append((begin, chunks.starts[i + m] + len(toks[m])))
        end = -1
        for begin, stop in sorted(found):  # str.count counts occurrences that do not overlap
            if begin >= end:
                counts[phrase] += 1
                end = stop
    return counts


class _Chunks:
    """The space-separated chunks of texts, with where each one is."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.chunks: list[str] = []
        self.starts: list[int] = []  # offset of each chunk in the texts laid end to end
        base = 0
        for text in texts:
            pieces = text.split(" ")
            self.chunks += pieces
            self.chunks.append("\0")  # a chunk no word matches: nothing spans two texts
            # Each chunk starts one past the end of the one before; the "\0" after the last.
            self.starts += accumulate(map((1).__add__, map(len, pieces)), initial=base)
            base = self.starts[-1] + 2
        self.where: dict[str, list[int]] = defaultdict(list)
        for j, chunk in enumerate(self.chunks):
            self.where[chunk].append(j)
        self.sorted = sorted(self.where)
        self.reversed = sorted(c[::-1] for c in self.where)
        self.total = list(accumulate((len(self.where[c]) for c in self.sorted), initial=0))
        self.total_reversed = list(
            accumulate((len(self.where[c[::-1]]) for c in self.reversed), initial=0)
        )

    def beginning(self, word: str) -> tuple[int, Iterator[list[int]]]:
        """How many chunks begin with ``word``, and their places."""
        lo, hi = _prefix_range(self.sorted, word)
        return self.total[hi] - self.total[lo], (self.where[c] for c in self.sorted[lo:hi])

    def ending(self, word: str) -> tuple[int, Iterator[list[int]]]:
        """How many chunks end with ``word``, and their places."""
        lo, hi = _prefix_range(self.reversed, word[::-1])
        places = (self.where[c[::-1]] for c in self.reversed[lo:hi])
        return self.total_reversed[hi] - self.total_reversed[lo], places

    def holds(self, i: int, toks: list[str]) -> bool:
        """Whether the phrase of words ``toks`` occurs from chunk ``i`` on."""
        m = len(toks) - 1
        chunks = self.chunks
        return (
            i >= 0
            and i + m < len(chunks)
            and chunks[i].endswith(toks[0])
            and all(chunks[i + n] == toks[n] for n in range(1, m))
            and chunks[i + m].startswith(toks[m])
        )


def _prefix_range(ordered: list[str], prefix: str) -> tuple[int, int]:
    """The range of the sorted strings ``ordered`` that begin with ``prefix``."""
    lo = bisect_left(ordered, prefix)
    hi = bisect_left(ordered, prefix + "\U0010ffff", lo)
    while hi < len(ordered) and ordered[hi].startswith(prefix):
        hi += 1
    return lo, hi
