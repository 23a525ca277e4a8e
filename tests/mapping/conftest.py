"""Articles for the map's tests: the bundled sample, and made-up stories big enough for
worker processes (ingest drops near-duplicates, so copies of the sample would not do)."""

from __future__ import annotations

import dataclasses
import random
import shutil
from pathlib import Path

import pytest

from briefing.ingest import ingest
from briefing.model import Document

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(scope="session")
def sample_documents() -> list[Document]:
    return ingest([str(SAMPLE)]).documents


def write_sample(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(p, folder)) for p in sorted(SAMPLE.glob("*.txt"))]


def variant(doc: Document, n: int) -> Document:
    """A new article made from ``doc``: another closing line, so another content hash."""
    text = f"{doc.text}\n\nReported by desk {n} on day {n + 1} of the story."
    return dataclasses.replace(doc, location=f"{doc.location}.v{n}", text=text)


def write_synthetic(folder: Path, count: int, words: int = 300) -> None:
    """``count`` made-up articles of ``words`` words each, none near-duplicate of another."""
    vocab = sorted({w for p in SAMPLE.glob("*.txt") for w in p.read_text().split() if w.isalpha()})
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        rnd = random.Random(n)
        sentences = []
        for _ in range(words // 12):
            sentence = " ".join(rnd.choice(vocab) for _ in range(12))
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        body = "\n\n".join(" ".join(sentences[k : k + 4]) for k in range(0, len(sentences), 4))
        (folder / f"article_{n:03d}.txt").write_text(f"Story number {n}\n\n{body}\n")
