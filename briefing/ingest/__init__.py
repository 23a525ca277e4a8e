"""Ingest: read sources into clean ``Document``s, or say why a source was skipped.

``ingest(locations)`` accepts files, folders, http(s) URLs and link files (see
``briefing.ingest.sources`` for the conventions: folders are walked recursively in
sorted order, hidden files and README files are skipped, ``*.url`` shortcuts and
``*.urls`` / ``links.txt`` one-URL-per-line lists are followed). Each source is
read by the reader listed in ``READERS`` (:mod:`briefing.registrations`) for its
kind (text, markdown, html, pdf, docx, url, feed), its page clutter is removed
(``briefing.ingest.clutter``) and it becomes a ``Document`` whose ``text`` has one
paragraph per line-block, paragraphs separated by a blank line.

Bad input never stops the run: an empty, binary or undecodable file, a PDF without
text, a failing URL each become ``Skipped(location, reason)``. Duplicates (same raw
bytes, or near-identical text, as with wire re-transmissions) are skipped as
"duplicate of <location>", keeping the first. Newswire budgets and digests (lists of
unrelated slug-led items, ``briefing.ingest.digests``) are skipped as "news digest".

Titles: from markup where there is some (HTML <title>/<h1>, Markdown heading, DOCX
Title/Heading or core properties, feed entry title), else the first line of a text
file when it looks like a headline. An article with no headline (a DUC-2004-style
single long line) gets a derived title: its first sentence when short, else the
first twelve words and "…"; a whole article or long sentence is never a title.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from briefing import forked
from briefing.ingest.cache import ReadCache
from briefing.ingest.decode import NotText, decode
from briefing.ingest.digests import digest_reason
from briefing.ingest.fetch import Fetched, FetchError, fetch_all
from briefing.ingest.limits import Limits, applied, warn
from briefing.ingest.readers import SkipSource
from briefing.ingest.sources import Source, expand, printable, read_file
from briefing.ingest.web import FEED_HEAD_BYTES, is_feed
from briefing.lang.words import words
from briefing.model import Document, IngestResult, Skipped
from briefing.registrations import READERS

__all__ = ["READERS", "Document", "IngestResult", "Limits", "ReadCache", "Skipped", "ingest"]

# Chosen by hand in 2ccb86f; not benchmarked.
NEAR_DUPLICATE = 0.85  # Jaccard similarity of word 4-gram shingles
# From this many files, half are read and cleaned in a forked process. Reading and
# cleaning takes ~7 ms CPU a file (benchmarks/scale.py's 875 articles: 6 s); a fork of the
# build at this point costs a few ms.
FORK_MIN_FILES = 40


def ingest(
    locations: list[str],
    *,
    limits: Limits | None = None,
    output: str | Path | None = None,
    cache: ReadCache | None = None,
    processes: int = 1,
    started: Callable[[], object] | None = None,
) -> IngestResult:
    """Read every source behind ``locations`` within ``limits`` (``Limits()`` by default);
    never the ``output`` folder. Files read by an earlier build with the same ``cache``
    (same bytes, reader and limits) are not cleaned again.

    URLs are fetched first, several at a time; then every source is read in order.
    Sources cut short by a limit are listed in ``warnings``. With ``processes`` > 1, a
    folder of ``FORK_MIN_FILES`` files or more (no URL, no feed) is read half in a forked
    process; the result is the same. ``started()`` is called once the files are being read
    (the forked half on its way, when there is one): the build starts its map's workers
    there, after the fork (``briefing.mapping.local.Workers``).
    """
    limits = limits or Limits()
    sources, skipped = expand(locations, output=output)
    result = IngestResult(skipped=list(skipped))
    with applied(limits):
        urls = list(dict.fromkeys(s.location for s in sources if s.url))
        pages = dict(zip(urls, fetch_all(urls), strict=True))
        # Only files that fetch nothing (no page, no budget to share: a forked process has
        # its own copy of the download budget): the second half in a forked process.
        half = len(sources) // 2
        if processes < 2 or urls or len(sources) < FORK_MIN_FILES or any(map(_fetches, sources)):
            half = len(sources)
        alone = half == len(sources)
        with forked.start(_read_all, sources[half:], limits, cache, inline=alone) as rest:
            if started is not None:
                started()
            items, _, _ = _read_all(sources[:half], limits, cache, pages)
            later, warnings, hits = rest.result()
        items += later
        limits.warnings.extend(warnings)
        if cache is not None:
            cache.hits += hits
    for item in items:
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            result.documents.append(item)
    result.warnings = list(limits.warnings)
    result.documents, digests = _drop_digests(result.documents)
    result.skipped.extend(digests)
    result.documents, dupes = _deduplicate(result.documents)
    result.skipped.extend(dupes)
    return result


def _fetches(source: Source) -> bool:
    """Whether reading the file may fetch pages (a saved feed's entries), as far as its
    extension or, for an unknown one, its first bytes tell (``_guess_reader``)."""
    if source.reader is not None:
        return source.reader == "feed"
    try:
        return is_feed(read_file(source.location, FEED_HEAD_BYTES))
    except OSError:  # unreadable: it is skipped with the reason when it is read
        return False


def _read_all(
    sources: list[Source],
    limits: Limits,
    cache: ReadCache | None,
    pages: dict[str, Fetched | FetchError] | None = None,
) -> tuple[list[Document | Skipped], list[str], int]:
    """Every item of ``sources`` in order, with the limit warnings and read-cache hits
    they added (sent back from a forked process, where they would be lost)."""
    warned, hits = len(limits.warnings), cache.hits if cache is not None else 0
    items: list[Document | Skipped] = []
    for source in sources:
        limits.warned_from = len(limits.warnings)  # one note per source, its own
        location = printable(source.location)
        for item in _read(source, (pages or {}).get(source.location), limits, cache):
            if item.location == location:  # a feed's entries keep their URLs
                item.location = source.shown
            elif item.location.startswith(f"{location}#"):  # an entry with no URL: "#entry-3"
                item.location = source.shown + item.location[len(location) :]
            items.append(item)
        if source.shown != location:  # its notes name it as the brief and "skipped" do
            limits.warnings[limits.warned_from :] = [
                source.shown + note[len(location) :] if _about(note, location) else note
                for note in limits.warnings[limits.warned_from :]
            ]
    hits = (cache.hits - hits) if cache is not None else 0
    return items, limits.warnings[warned:], hits


def _about(note: str, location: str) -> bool:
    """Whether a limit's ``note`` is about the source at ``location`` or one of its feed's
    entries without a URL (``"feed.rss#entry-3: ..."``)."""
    return note.startswith((f"{location}: ", f"{location}#"))


def _drop_digests(documents: list[Document]) -> tuple[list[Document], list[Skipped]]:
    """Newswire budgets and digests list unrelated items; they are no article."""
    kept: list[Document] = []
    skipped: list[Skipped] = []
    for doc in documents:
        reason = digest_reason(doc.text)
        if reason:
            skipped.append(Skipped(doc.location, reason))
        else:
            kept.append(doc)
    return kept, skipped


def _read(
    source: Source, page: Fetched | FetchError | None, limits: Limits, cache: ReadCache | None
) -> list[Document | Skipped]:
    # Readers, the read cache and the reasons see the location as it can be printed; the
    # file is opened by its own name (see ``printable``).
    location = printable(source.location)
    try:
        if isinstance(page, FetchError):
            raise SkipSource(str(page))
        if page is not None:
            name = "feed" if is_feed(page.data, page.content_type) else "url"
            return READERS.get(name)(location, page.data)
        data = _read_capped(source, limits)
        name = source.reader or _guess_reader(location, data)
        if cache is not None:
            where = os.path.realpath(source.location)  # one entry however the file is named
            return cache.read(name, READERS.get(name), location, data, where)
        return READERS.get(name)(location, data)
    except SkipSource as exc:
        return [Skipped(location, str(exc))]
    except OSError as exc:
        return [Skipped(location, f"could not read ({exc.strerror or exc})")]
    except Exception as exc:  # a reader bug must not stop the whole run
        return [Skipped(location, f"could not read ({type(exc).__name__}: {exc})")]


# Formats that are still whole when cut short (at a line break).
_CUTTABLE = {None, "text", "markdown"}


def _read_capped(source: Source, limits: Limits) -> bytes:
    """The file's bytes up to ``max_source_mb``: a longer text is cut, anything else skipped."""
    cap = limits.max_source_bytes
    data = read_file(source.location, cap + 1)
    if len(data) <= cap:
        return data
    if source.reader not in _CUTTABLE:
        raise SkipSource(f"larger than {limits.max_source_mb:g} MB (max_source_mb)")
    cut = data.rfind(b"\n", 0, cap)
    warn(
        printable(source.location),
        f"only the first {limits.max_source_mb:g} MB were read (max_source_mb)",
    )
    return data[: cut if cut > 0 else cap]


def _guess_reader(location: str, data: bytes) -> str:
    """Unknown extension: text if it decodes cleanly, else skip with the reason."""
    suffix = Path(location).suffix.lower() or "(none)"
    try:
        decode(data)
    except NotText as exc:
        if str(exc) == "empty file":
            raise SkipSource("empty file") from None
        raise SkipSource(f"unsupported file type {suffix}: {exc}") from None
    head = data[:1000].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if is_feed(data):
        return "feed"
    return "text"


def _shingles(text: str) -> set[int]:
    tokens = words(text)
    if len(tokens) < 4:
        return {hash(tuple(tokens))}
    # The same tuples as tokens[i : i + 4], built and hashed in C.
    return set(map(hash, zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False)))


def _prefixes(shingles: list[set[int]]) -> list[list[int]]:
    """Per document, the shingles a near-duplicate must share at least one of (prefix filter).

    Two sets with Jaccard >= t share an element of each one's first ``n - ceil(t n) + 1``
    elements in one global order (Xiao et al., PPJoin). ``int`` rounds the bound down, so
    the prefix is never shorter than that: no near-duplicate is missed. The order is
    rarest first (then by value), as in PPJoin: a prefix of common shingles would make every
    document a candidate of every other (a feed of 20,000 entries written from one
    template took over 300 s, quadratic).
    """
    # numpy sorts what sorting (frequency, shingle) pairs per document did: ~1 of 1.3 CPU s
    # of the deduplication at benchmarks/scale.py's 880 articles. Each shingle's count is
    # read through np.unique's inverse, not searched for document by document (a second
    # run over those articles: 0.20 -> 0.08 CPU s, the same prefixes).
    arrays = [np.fromiter(sh, dtype=np.int64, count=len(sh)) for sh in shingles]
    if not arrays:
        return []
    _, inverse, counts = np.unique(np.concatenate(arrays), return_inverse=True, return_counts=True)
    frequency = counts[inverse]  # of each shingle of each document, in the documents' order
    out = []
    start = 0
    for a in arrays:
        end = start + len(a)
        order = np.lexsort((a, frequency[start:end]))  # rarest, then smallest
        out.append(a[order[: len(a) - int(NEAR_DUPLICATE * len(a)) + 1]].tolist())
        start = end
    return out


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / max(1, len(a | b))


def _deduplicate(documents: list[Document]) -> tuple[list[Document], list[Skipped]]:
    """Keep the first of documents with the same bytes or near-identical text.

    Kept documents are indexed by their prefix shingles (rarest first), so a document is
    compared only with those sharing a rare one (near-linear) instead of with every kept
    document; sizes too different for the threshold are not compared at all.
    """
    shingles = [_shingles(doc.text) for doc in documents]

    kept: list[Document] = []
    seen_hash: dict[str, str] = {}
    kept_shingles: list[set[int]] = []
    by_shingle: dict[int, list[int]] = {}
    dupes: list[Skipped] = []
    for doc, sh, prefix in zip(documents, shingles, _prefixes(shingles), strict=True):
        if doc.content_hash and doc.content_hash in seen_hash:
            dupes.append(Skipped(doc.location, f"duplicate of {seen_hash[doc.content_hash]}"))
            continue
        candidates = sorted({k for x in prefix for k in by_shingle.get(x, ())})
        # Jaccard <= smaller / larger size: sizes this far apart never reach the threshold.
        low, high = NEAR_DUPLICATE * len(sh) - 1e-9, len(sh) / NEAR_DUPLICATE + 1e-9
        original = next(
            (
                kept[k]
                for k in candidates
                if low <= len(kept_shingles[k]) <= high
                and _jaccard(sh, kept_shingles[k]) >= NEAR_DUPLICATE
            ),
            None,
        )
        if original is not None:
            dupes.append(Skipped(doc.location, f"duplicate of {original.location}"))
            continue
        seen_hash.setdefault(doc.content_hash, doc.location)
        for x in prefix:
            by_shingle.setdefault(x, []).append(len(kept))
        kept.append(doc)
        kept_shingles.append(sh)
    return kept, dupes
