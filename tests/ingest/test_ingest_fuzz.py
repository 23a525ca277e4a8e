"""Fuzz: random bytes and text through ingest and compose never fail a run.

Every input is hostile: whatever bytes sit in a sources folder, under whatever extension,
ingest returns documents or skipped sources with a reason, never an exception; and text
that survives ingest goes through analysis and composition to a JSON-able brief.
Bounded numbers of examples keep this in CI time.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analyse import analyse
from briefing.compose import compose_brief
from briefing.config import Config
from briefing.ingest import Limits, ingest
from briefing.ingest.decode import NotText, decode
from briefing.summarise import summarise_corpus

EXTENSIONS = ["txt", "md", "html", "pdf", "docx", "rss", "bin", ""]  # no link files: offline

# Printable text with the odd control character, emoji, right-to-left and CJK.
_WORDS = st.sampled_from(
    ["The", "council", "said", "on", "Monday", "that", "ministers", "would", "meet", "in",
     "Brussels", "€4.5 billion", "U.S.", "Dr.", "«quote»", "北京", "مرحبا", "🙂", "\x00", "\x1b",
     "\x0b", "\t", "\n", "\n\n", ".", "?", "example.org/x", "<b>", "&amp;", "#", "---"]
)  # fmt: skip
TEXT = st.lists(_WORDS, min_size=0, max_size=200).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=4000), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_never_fail_ingest(data: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (f"source.{ext}" if ext else "source")
        path.write_bytes(data)
        result = ingest([tmp])
    for skipped in result.skipped:
        assert skipped.reason
    for doc in result.documents:
        assert doc.text.strip()
        assert not any(ord(c) < 32 and c not in "\n\t" for c in doc.text)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=2000) | TEXT)
def test_decode_returns_clean_text_or_a_reason(text: str) -> None:
    try:
        out = decode(text.encode("utf-8", errors="surrogatepass"))
    except NotText as exc:
        assert str(exc)
        return
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(texts=st.lists(TEXT, min_size=1, max_size=3))
def test_random_articles_go_through_compose(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(texts):
            (Path(tmp) / f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        result = ingest([tmp])
    if not result.documents:
        return
    corpus = analyse(result.documents, entities=False)
    config = Config(entities=False)
    brief = compose_brief(corpus, summarise_corpus(corpus, config.summarizer), config)
    json.dumps(brief.to_dict())


# Inputs that get past the first check of each reader: a PDF or zip signature, a feed with a
# link, a front matter, a byte-order mark, an internet shortcut. Link files and feeds are
# included: the fetch budget is spent before any request, so nothing leaves the machine.
_HEADERS = st.sampled_from(
    [b"", b"<html><body><p>", b"<?xml version='1.0'?><rss><channel><item><link>http://",
     b"%PDF-1.4\n", b"PK\x03\x04", b"---\ntitle: x\n---\n", b"\xef\xbb\xbf", b"\xff\xfe",
     b"[InternetShortcut]\nURL=http://", b"http://example.org/"]
)  # fmt: skip
_NO_NETWORK = Limits(fetch_budget=1e-9)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    head=_HEADERS,
    tail=st.binary(max_size=800) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    ext=st.sampled_from([*EXTENSIONS, "atom", "url", "urls", "xhtml"]),
)
def test_signed_bytes_through_every_reader_offline(head: bytes, tail: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (f"source.{ext}" if ext else "source")
        path.write_bytes(head + tail)
        result = ingest([tmp], limits=_NO_NETWORK)
    for skipped in result.skipped:
        assert skipped.reason
    for doc in result.documents:
        assert doc.text.strip() and isinstance(doc.title, str)
    assert all(isinstance(note, str) for note in result.warnings)
