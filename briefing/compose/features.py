"""Compose's per-sentence answers cached per article, in ``OUTPUT/.briefing/features/``.

The map's cache (``briefing.mapping.cache``) spares a cron run re-analysing articles it
has seen; compose still asked every sentence of every article the same questions again
(stems, whether it reads alone, which claim it rejects, whether it can ask anything:
``briefing.compose.memo``).
Here what the memos answered for each article is stored under a key hashing the
article's sentences (text and words, as the map gave them) and the code of the memos
(``code_version`` of the modules that define them, and nltk's version for the stemmer),
and loaded into the memos before the next build composes. The answers are the same
values the functions return, so a brief built with warm entries is identical to one
built without; a found article asked new questions gets their answers added (``grown_entries``).
The entry also holds the article memos' answers (``briefing.compose.article_memo``: page
clutter, name forms, concept positions, figures, the names events and quotes read), which
read the article's mentions and parse too, so the key also covers the article's text and
title and the version of the analysis that made them (the map cache's salt, given by
the pipeline: ``analysed_by``). Beside them one entry holds the stem table
(``near_duplicates.stem``, a pure function of the word under the key's nltk version):
each build used to run the Porter stemmer again on every distinct word of the folder.
Another holds the near-duplicate pairs among the story's sentences (``near_pairs``), so
a grown folder's grouping compares only its new sentences with the rest, one per mode
the summary's concept totals (``concept_totals``), so it sums only its new articles, and
one the lower-case counts of words and names the key actors read (``actors.written``),
so they count only the new texts.

Entries live in an ``EntryStore`` (atomic, bounded, links and pipes are misses) and are
hostile input: each is read only up to what its inputs could make (``entry_bounds``; a
larger one is a miss, said in ``ignored``), plain JSON, never executed; ``decode``
accepts an entry only if it names its own key and every row names a known memo, an
existing sentence and a value of the memo's type. Anything else is ignored (and said in
``ignored``) and the article's answers are computed again.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

import orjson

from briefing.cachestore import EntryStore, code_version, entry_key
from briefing.compose import article_memo, concept_totals, memo, near_pairs
from briefing.compose.actors import written
from briefing.compose.concept_ilp import POSITION_BONUS
from briefing.compose.entry_bounds import BOUNDS, bound, text_bytes
from briefing.compose.grown_entries import Grown, add_rows
from briefing.compose.near_duplicates import STEM_TABLE, known_stems, learn_stems
from briefing.model import Corpus, Document, Sentence

FEATURES_DIR = "features"  # inside the output folder's state folder (.briefing)
FORMAT = 4  # bump when the entry layout below changes
# Bounds as for the map's cache (briefing.mapping.cache): 875 articles (benchmarks/scale.py)
# take about 20 MB here (24 KB each).
MAX_ENTRIES = 20_000
MAX_BYTES = 256 * 2**20
# Besides the modules that define the remembered functions (read off ``memo.MEMOS`` when the
# cache is opened, so a memo added anywhere changes the key), the code of the cache itself.
_CODE = ("briefing.compose.memo", "briefing.compose.features", "briefing.compose.actors.written")
_LIBRARIES = ("nltk",)
T = TypeVar("T")


class BadEntry(ValueError):
    """An entry that is not one we wrote for this key."""


class FeatureCache:
    """The compose cache folder of one output folder."""

    def __init__(self, folder: str | Path) -> None:
        self.store = EntryStore(folder)
        defining = sorted(
            {m.fn.__module__ for m in memo.MEMOS.values()}
            | {m.module for m in article_memo.ARTICLE_MEMOS.values()}
        )
        self.salt = json.dumps([FORMAT, code_version((*_CODE, *defining), _LIBRARIES)])
        # What made each article's sentences, mentions and parse (``analysed_by``).
        self.analysis = ""
        self.hits = 0
        self.ignored: list[str] = []  # why entries found were not used, one line each
        self.stems_known = 0  # stems in the table when it was loaded
        self._stems_loaded = False
        self._expected = False  # ``expect`` told the build's articles
        # ``preload``: article index -> its entry's key, and whether it was found
        self._ahead: dict[int, tuple[str, bool]] = {}
        self._found: dict[int, str] = {}  # article index -> the key of the entry loaded for it
        self._grown: Grown | None = None  # ``load``: the memos as the loaded entries left them
        # ``expect``: the most bytes read of each folder-wide table (``BOUNDS``)
        self.limits = {what: cap for what, (_, _, cap) in BOUNDS.items()}

    def stems_key(self) -> str:
        """The key of the stem table: one entry for the folder, words by stem."""
        return hashlib.sha256((self.salt + "\x1fstems").encode("utf-8")).hexdigest()

    def pairs_key(self) -> str:
        """The key of the near-duplicate pair table (``near_pairs``): one for the folder."""
        return hashlib.sha256((self.salt + "\x1fpairs").encode("utf-8")).hexdigest()

    def totals_key(self, mode: concept_totals.Mode) -> str:
        """The key of the concept totals of ``mode`` (``concept_totals``): one per mode."""
        tag = f"\x1ftotals{int(mode[0])}{int(mode[1])}"
        return hashlib.sha256((self.salt + tag).encode("utf-8")).hexdigest()

    def written_key(self) -> str:
        """The key of the lower-case counts (``actors.written``): one for the folder."""
        return hashlib.sha256((self.salt + "\x1fwritten").encode("utf-8")).hexdigest()

    def analysed_by(self, analysis: str) -> None:
        """Key entries also by ``analysis``, the version of the analysis (code, models and
        settings: the map cache's salt) that made the articles' sentences, mentions and
        parse, which the article memos read; set before anything is loaded."""
        self.analysis = analysis

    def expect(self, documents: Sequence[Document]) -> None:
        """The articles the coming build composes, told before anything is loaded: a stored
        table larger than theirs could be (made of them, or of a first part of them) is not
        read, let alone decoded."""
        self._expected = True
        sizes = [text_bytes(d) for d in documents]
        self.limits = {w: bound(w, sum(sizes), len(sizes)) for w in BOUNDS if w != "article"}

    def key(self, document: Document, sentences: Sequence[Sentence]) -> str:
        parts = (p for s in sentences for p in (s.text, "\x1f".join(s.words)))
        return entry_key(self.salt, self.analysis, document.title, document.text, *parts)

    def load(self, corpus: Corpus) -> list[str | None]:
        """Load every article's stored answers into the memos; per article, the key of an
        entry still to be written (None when it was found). Articles ``preload`` had
        are not looked up again. Without ``expect``, the corpus's articles are expected."""
        if not self._expected:
            self.expect([adoc.document for adoc in corpus.docs])
        loaded = [
            self._ahead[i] if i in self._ahead else self._load(adoc.document, adoc.sentences)
            for i, adoc in enumerate(corpus.docs)
        ]
        self._found = {i: key for i, (key, found) in enumerate(loaded) if found}
        self._grown = Grown()
        return [None if found else key for key, found in loaded]

    def preload(self, index: int, document: Document, sentences: Sequence[Sentence]) -> None:
        """Load the stored answers of article ``index`` of the coming corpus ahead of
        ``load`` (while the map analyses new articles in another process)."""
        self._ahead[index] = self._load(document, sentences)

    def _load(self, document: Document, sentences: Sequence[Sentence]) -> tuple[str, bool]:
        """The key of the article's entry, and whether it was found (and loaded)."""
        if not self._stems_loaded:
            self._stems_loaded = True
            self._load_stems()
            self._load_pairs()
            self._load_totals()
            self._load_written()
        key = self.key(document, sentences)
        limit = bound("article", text_bytes(document), len(sentences))
        raw = self._get(key, limit, str(document.location))
        if raw is not None:
            try:
                found, articles = decode(raw, key, sentences, document.text)
            except BadEntry as exc:
                self.ignored.append(f"{document.location}: {exc}")
            else:
                memo.load(found)
                article_memo.load(articles)
                self.hits += 1
                return key, True
        return key, False

    def save(self, corpus: Corpus, missing: list[str | None]) -> None:
        """Store what the memos answered for the articles ``load`` found no entry for, and
        add to the entries it found what their articles learnt since (``grown``)."""
        if not self.store.usable:
            return
        self._save_stems()
        self._save_pairs()
        self._save_totals()
        self._save_written()
        if self._grown is not None:
            self._grown_entries(corpus, self._grown)
        todo = [i for i, key in enumerate(missing) if key is not None]
        if not todo:
            return
        answers = memo.export([corpus.docs[i].sentences for i in todo])
        articles = article_memo.export([corpus.docs[i].document.text for i in todo])
        for i, found, article in zip(todo, answers, articles, strict=True):
            key = missing[i]
            assert key is not None
            self.store.put(key, encode(found, key, article))

    def _grown_entries(self, corpus: Corpus, grown: Grown) -> None:
        """Add to the entries ``load`` found the rows of what their articles learnt since."""
        for i, rows in grown.rows(corpus, self._found).items():
            adoc = corpus.docs[i]
            limit = bound("article", text_bytes(adoc.document), len(adoc.sentences))
            add_rows(self.store, self._found[i], limit, FORMAT, rows)

    def _load_stems(self) -> None:
        table = self._read_table(self.stems_key(), decode_stems, "the stem table", "stems")
        if table is None:
            return
        learn_stems(table)
        self.stems_known = len(known_stems())

    def _save_stems(self) -> None:
        """Store the stem table when this build worked out stems it did not hold."""
        table = known_stems()
        if len(table) > self.stems_known:
            key = self.stems_key()
            self.store.put(key, encode_stems(table, key))

    def _get(self, key: str, limit: int, what: str) -> bytes | None:
        """The entry (of ``what``) under ``key``, or None; one of more than ``limit`` bytes
        is a miss, said in ``ignored``, never read past ``limit`` nor decoded."""
        raw = self.store.get(key, limit)
        if raw is None and self.store.size(key) > limit:
            self.ignored.append(f"{what}: over {limit:,} bytes, more than its inputs make")
        return raw

    def _read_table(
        self, key: str, decode: Callable[[bytes, str], T], what: str, bounded: str
    ) -> T | None:
        """The folder-wide table (``what``, bounded as ``bounded``) stored under ``key``,
        read by ``decode``; None when there is none, or when it is not ours (said in
        ``ignored``)."""
        raw = self._get(key, self.limits[bounded], what)
        if raw is None:
            return None
        try:
            return decode(raw, key)
        except BadEntry as exc:
            self.ignored.append(f"{what}: {exc}")
            return None

    def _load_pairs(self) -> None:
        key = self.pairs_key()
        table = self._read_table(key, decode_pairs, "the near-duplicate pairs", "pairs")
        near_pairs.load_table(table)

    def _save_pairs(self) -> None:
        """Store the near-duplicate pairs when this build's grouping found new ones."""
        self._write_table(self.pairs_key(), near_pairs.changed(), encode_pairs)

    def _write_table(self, key: str, table: T | None, encode: Callable[[T, str], bytes]) -> None:
        """Store ``table`` (if any) under ``key``, written by ``encode``."""
        if table is not None:
            self.store.put(key, encode(table, key))

    def _load_totals(self) -> None:
        stored = []
        for mode in concept_totals.MODES:
            decode = functools.partial(decode_totals, mode=mode)
            totals = self._read_table(self.totals_key(mode), decode, "the concept totals", "totals")
            if totals is not None:
                stored.append(totals)
        concept_totals.load(stored)

    def _save_totals(self) -> None:
        """Store the concept totals this build wants kept (``concept_totals.changed``)."""
        for totals in concept_totals.changed():
            key = self.totals_key(totals.mode)
            self.store.put(key, encode_totals(totals, key))

    def _load_written(self) -> None:
        key = self.written_key()
        written.load(self._read_table(key, decode_written, "the lower-case counts", "written"))

    def _save_written(self) -> None:
        """Store the lower-case counts when this build's differ from the stored ones."""
        self._write_table(self.written_key(), written.changed(), encode_written)

    def prune(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> int:
        """Delete the least recently used entries beyond the bounds; return how many went."""
        return self.store.prune(max_entries, max_bytes)


def encode(answers: memo.Answers, key: str, article: article_memo.Answers | None = None) -> bytes:
    """An article's entry: its sentence and article answers as JSON, naming ``key``."""
    data = {"format": FORMAT, "key": key, "memos": answers, "article": article or {}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def decode(
    raw: bytes, key: str, sentences: Sequence[Sentence], text: str
) -> tuple[list[tuple[Any, tuple]], list[tuple[Any, tuple]]]:
    """The sentence and article answers stored in ``raw`` under ``key`` for the article
    of ``sentences`` and ``text``; ``BadEntry`` if anything is off."""
    try:
        data = orjson.loads(raw)
        if not (isinstance(data, dict) and data.get("format") == FORMAT):
            raise BadEntry("not a compose cache entry of this version")
        if data.get("key") != key:  # an entry copied under another name
            raise BadEntry("the entry names another key")
        found = memo.decode_answers(data.get("memos"), sentences)
        return found, article_memo.decode_answers(data.get("article"), text, len(sentences))
    except memo.BadValue as exc:
        raise BadEntry(f"bad value ({exc})") from exc
    except (TypeError, ValueError, RecursionError) as exc:
        if isinstance(exc, BadEntry):
            raise
        raise BadEntry(f"unreadable ({type(exc).__name__})") from exc


def encode_stems(table: dict[str, str], key: str) -> bytes:
    """The stem table's entry (words by stem) as JSON, naming ``key``."""
    data = {"format": FORMAT, "key": key, "stems": table}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_stems(raw: bytes, key: str) -> dict[str, str]:
    """The stem table stored in ``raw`` under ``key``; ``BadEntry`` if anything is off."""
    data = _table_entry(raw, key, "stem table")
    table = data.get("stems")
    if not (isinstance(table, dict) and len(table) <= STEM_TABLE):
        raise BadEntry("not a table of at most STEM_TABLE words")
    if not all(type(stemmed) is str for stemmed in table.values()):
        raise BadEntry("a stem that is not a string")
    return table


def encode_pairs(table: near_pairs.PairTable, key: str) -> bytes:
    """The near-duplicate pair table's entry as JSON, naming ``key``: the digests, and the
    pairs as one flat list of indices."""
    flat = [i for pair in table.pairs for i in pair]
    data = {"format": FORMAT, "key": key, "digests": table.digests, "pairs": flat}
    return json.dumps(data, separators=(",", ":")).encode("ascii")


def decode_pairs(raw: bytes, key: str) -> near_pairs.PairTable:
    """The near-duplicate pair table stored in ``raw`` under ``key``; ``BadEntry`` if
    anything is off."""
    data = _table_entry(raw, key, "pair table")
    digests, flat = data.get("digests"), data.get("pairs")
    if not (isinstance(digests, list) and isinstance(flat, list)):
        raise BadEntry("digests and pairs must be lists")
    if len(digests) > near_pairs.MAX_SETS or not all(
        isinstance(d, str) and near_pairs.DIGEST_RE.fullmatch(d) for d in digests
    ):
        raise BadEntry("a digest is not one of ours")
    if len(set(digests)) != len(digests):
        raise BadEntry("a digest is listed twice")
    n = len(digests)
    if len(flat) % 2 or not all(type(i) is int and 0 <= i < n for i in flat):
        raise BadEntry("a pair names no listed set")
    pairs = list(zip(flat[::2], flat[1::2], strict=True))
    if not all(a < b for a, b in pairs):
        raise BadEntry("a pair is not two sets, lower first")
    # Written sorted, each once: a pair listed again would be told again as every pair of
    # its sets' sentences (a 24 MB entry repeating one pair took a 5-article build from
    # 0.14 to 0.88 GB).
    if not all(p < q for p, q in pairwise(pairs)):
        raise BadEntry("a pair is listed twice or out of order")
    return near_pairs.PairTable(digests, pairs)


def _table_entry(raw: bytes, key: str, what: str) -> dict[str, Any]:
    """The JSON object of a folder-wide table entry (``what``) stored under ``key``."""
    try:
        data = orjson.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BadEntry(f"unreadable ({type(exc).__name__})") from exc
    if not (isinstance(data, dict) and data.get("format") == FORMAT):
        raise BadEntry(f"not a {what} of this version")
    if data.get("key") != key:
        raise BadEntry("the entry names another key")
    return data


def encode_totals(totals: concept_totals.Totals, key: str) -> bytes:
    """The concept totals' entry as JSON, naming ``key`` and their mode: the articles
    summed and four columns (each concept's two words, its count and its score)."""
    score = totals.score
    data = {
        "format": FORMAT,
        "key": key,
        "mode": list(totals.mode),
        "articles": totals.articles,
        # Four columns: no JSON object per concept (a story has hundreds of thousands).
        "columns": [
            [a for a, _ in score],
            [b for _, b in score],
            [totals.df[c] for c in score],
            list(score.values()),
        ],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def decode_totals(raw: bytes, key: str, mode: concept_totals.Mode) -> concept_totals.Totals:
    """The concept totals of ``mode`` stored in ``raw`` under ``key``; ``BadEntry`` if
    anything is off, or if a count or score could not come from the articles listed."""
    data = _table_entry(raw, key, "concept totals")
    if data.get("mode") != list(mode) or not all(type(m) is bool for m in data["mode"]):
        raise BadEntry("not the totals of this mode")
    articles, columns = data.get("articles"), data.get("columns")
    if not (
        isinstance(articles, list)
        and all(isinstance(a, str) and concept_totals.DIGEST_RE.fullmatch(a) for a in articles)
    ):
        raise BadEntry("an article that is not a digest of ours")
    if not (
        isinstance(columns, list) and len(columns) == 4 and all(type(c) is list for c in columns)
    ):
        raise BadEntry("not four columns")
    firsts, seconds, counts, scores = columns
    if not len(firsts) == len(seconds) == len(counts) == len(scores):
        raise BadEntry("columns of different lengths")
    if not (
        set(map(type, firsts)) <= {str}
        and set(map(type, seconds)) <= {str}
        and set(map(type, counts)) <= {int}
        and set(map(type, scores)) <= {float}
    ):
        raise BadEntry("a concept, its count or its score of the wrong type")
    # Each article adds 1 to a concept's count and 1 to 1 + POSITION_BONUS to its score.
    most = 1.0 + POSITION_BONUS
    n = len(articles)
    if not all(
        0 < df <= n and df <= sc <= df * most * (1 + 1e-9)
        for df, sc in zip(counts, scores, strict=True)
    ):
        raise BadEntry("a count or score no articles listed could make")
    concepts = list(zip(firsts, seconds, strict=True))
    score = dict(zip(concepts, scores, strict=True))
    if len(score) != len(concepts):
        raise BadEntry("a concept listed twice")
    return concept_totals.Totals(mode, articles, score, dict(zip(concepts, counts, strict=True)))


def encode_written(counts: written.Counts, key: str) -> bytes:
    data = {
        "format": FORMAT,
        "key": key,
        "articles": counts.articles,
        # Two columns each: no JSON array per word (a story has tens of thousands).
        "words": [list(counts.words), list(counts.words.values())],
        "phrases": [list(counts.phrases), list(counts.phrases.values())],
        "runs": sorted(counts.runs),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_written(raw: bytes, key: str) -> written.Counts:
    """The lower-case counts stored in ``raw`` under ``key``; ``BadEntry`` if anything is
    off: a text that is not a digest of ours, a word ``LOWER_WORD_RE`` would not find, a
    phrase of one word, a count that is not a whole number (at least 1 for a word), a
    run that is not one of word characters."""
    data = _table_entry(raw, key, "lower-case counts")
    articles = data.get("articles")
    if not (
        isinstance(articles, list)
        and all(isinstance(a, str) and written.DIGEST_RE.fullmatch(a) for a in articles)
    ):
        raise BadEntry("a text that is not a digest of ours")
    if articles != sorted(articles):
        raise BadEntry("texts out of order")
    words = _column_counts(data.get("words"), "words", 1)
    if not all(written.LOWER_WORD.fullmatch(w) for w in words):
        raise BadEntry("a word that is not a lower-case word")
    phrases = _column_counts(data.get("phrases"), "phrases", 0)
    if not all(" " in p for p in phrases):
        raise BadEntry("a phrase of one word")
    runs = data.get("runs")
    if not (
        isinstance(runs, list) and all(type(r) is str and written.RUN_RE.fullmatch(r) for r in runs)
    ):
        raise BadEntry("a run that is not one of word characters")
    if len(set(runs)) != len(runs):
        raise BadEntry("a run listed twice")
    return written.Counts(articles, words, phrases, frozenset(runs))


def _column_counts(columns: Any, what: str, least: int) -> dict[str, int]:
    """Strings and their counts (``least`` or more) from two columns of equal length."""
    if not (
        isinstance(columns, list) and len(columns) == 2 and all(type(c) is list for c in columns)
    ):
        raise BadEntry(f"{what}: not two columns")
    keys, counts = columns
    if len(keys) != len(counts):
        raise BadEntry(f"{what}: columns of different lengths")
    if not (set(map(type, keys)) <= {str} and set(map(type, counts)) <= {int}):
        raise BadEntry(f"{what}: a string or a count of the wrong type")
    if not all(n >= least for n in counts):
        raise BadEntry(f"{what}: a count under {least}")
    out = dict(zip(keys, counts, strict=True))
    if len(out) != len(keys):
        raise BadEntry(f"{what}: a string listed twice")
    return out
