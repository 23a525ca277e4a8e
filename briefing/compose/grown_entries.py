"""What a build learnt for the articles it found in the compose cache, as rows to add.

``briefing.compose.features`` loads each article's stored answers into the memos before
compose, and stores an entry for each article it found none for. An article it found one
for can still be asked new questions: the statements a grown story shows change, so the
people of a sentence that was never shown before are read from its parse
(``who_words``), and an article that holds one of the story's new aliases is searched
again (``actors.mentions.alias_spans``). Unstored, those answers were worked out again on
every later build (a third run of benchmarks/scale.py's folder: ~560 sentences' people
and titles, ~150 alias searches). ``Grown`` marks the memos once the entries are loaded;
``rows`` then gives, per found article that learnt answers since, those answers as the
rows its entry holds (``memo.export``'s and ``article_memo.export``'s), which the cache
adds to the stored entry: re-exporting every answer of ~600 articles took the second run
1.1 CPU s more, in the process the build waits for before it leaves. Rows only add up:
a sentence's people once per sentence, an article's alias spans once per set of aliases
its text holds (a story's aliases change slowly); an entry the rows would take past the
bound a read accepts is left as it was, and still read.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

import orjson

from briefing.cachestore import EntryStore
from briefing.compose import article_memo, memo
from briefing.model import Corpus, Sentence

# New answers by what they were asked of (a sentence's key, by the memos' ``primary``;
# or an article's text): the memo and the answer's arguments and value.
_New = list[tuple[Any, tuple[Any, ...], Any]]
# An article's new rows: sentence memos' and article memos', by memo name.
Rows = tuple[memo.Answers, article_memo.Answers]


class Grown:
    """The memos' answers as the stored entries left them (``memo.mark``), to tell later
    which articles learnt more, and what."""

    def __init__(self) -> None:
        self.sentences = memo.mark()
        self.articles = article_memo.mark()

    def rows(self, corpus: Corpus, found: Iterable[int]) -> dict[int, Rows]:
        """Per article of ``found`` (indices into ``corpus``) that a stored memo learnt an
        answer for since the mark (by one of its sentences, or by its text), the rows of
        those answers: sentence memos' and article memos', by memo name."""
        by_key: dict[Callable[[Sentence], Hashable], dict[Hashable, _New]] = {}
        for name, pairs in memo.learnt_since(self.sentences).items():
            m = memo.MEMOS[name]
            if m.persist:
                keys = by_key.setdefault(m.primary, {})
                for key, value in pairs:
                    keys.setdefault(key[0], []).append((m, key[1:], value))
        by_text: dict[str, _New] = {}
        for name, pairs in article_memo.learnt_since(self.articles).items():
            a = article_memo.ARTICLE_MEMOS[name]
            if a.persist:
                for key, value in pairs:
                    by_text.setdefault(key[0], []).append((a, key[1:], value))
        out = {}
        for i in found:
            adoc = corpus.docs[i]
            sentence_rows: memo.Answers = {}
            for primary, keys in by_key.items():
                for j, s in enumerate(adoc.sentences):
                    for m, args, value in keys.get(primary(s), ()):
                        sentence_rows.setdefault(m.name, []).append(
                            [j, list(args), m.encode(value)]
                        )
            article_rows: article_memo.Answers = {}
            for a, args, value in by_text.get(adoc.document.text, ()):
                article_rows.setdefault(a.name, []).append([list(args), a.encode(value)])
            if sentence_rows or article_rows:
                out[i] = sentence_rows, article_rows
        return out


def add_rows(store: EntryStore, key: str, limit: int, fmt: int, rows: Rows) -> None:
    """Add ``rows`` to the article entry stored under ``key`` (of layout ``fmt``, read up
    to ``limit`` bytes). An entry that is not the one loaded (missing, not ours, changed
    under us) is left as it is, and so is one the rows would take past ``limit``: a
    read would refuse it. A kept entry is checked again when read, as any other."""
    raw = store.get(key, limit)
    try:
        data = orjson.loads(raw) if raw is not None else None
    except orjson.JSONDecodeError:
        return
    if not (
        isinstance(data, dict)
        and data.get("format") == fmt
        and data.get("key") == key
        and isinstance(data.get("memos"), dict)
        and isinstance(data.get("article"), dict)
    ):
        return
    for part, added in zip(("memos", "article"), rows, strict=True):
        for name, new in added.items():
            held = data[part].setdefault(name, [])
            if not isinstance(held, list):
                return
            held.extend(new)
    try:
        out = orjson.dumps(data)
    except TypeError:  # orjson.JSONEncodeError: a string that is no UTF-8 (a lone surrogate)
        return
    if len(out) <= limit:
        store.put(key, out)
