"""Expand what the user gave (files, folders, URLs, link files) into single sources.

Conventions:

* a folder is walked recursively in sorted order; hidden files and folders (name
  starts with ".") are skipped, and so is any README file (README, README.md, README.rst,
  ...), which describes a folder rather than being a source;
* ``http://`` and ``https://`` locations are URLs;
* a ``*.url`` file is an internet shortcut: its ``URL=`` line is the source;
* a ``*.urls`` file lists one URL per line (``#`` comments and other lines are
  ignored); a ``.txt`` file such as ``links.txt`` whose every non-blank, non-comment
  line is a URL is read the same way;
* every other file is read by the reader for its extension (``EXTENSIONS``);
  unknown extensions are tried as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing.model import Skipped

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".rss": "feed",
    ".atom": "feed",
}

_URL = re.compile(r"^https?://\S+$", re.I)


@dataclass(frozen=True)
class Source:
    location: str  # path or URL, as it will appear in the brief
    url: bool = False  # fetch it over HTTP
    reader: str | None = None  # reader name for a file; None = guess (unknown extension)


def is_url(location: str) -> bool:
    return bool(_URL.match(location.strip()))


def expand(locations: list[str]) -> tuple[list[Source], list[Skipped]]:
    """The sources behind ``locations``, in order, and the locations that do not exist."""
    sources: list[Source] = []
    skipped: list[Skipped] = []
    for loc in locations:
        loc = loc.strip()
        if is_url(loc):
            sources.append(Source(loc, url=True))
            continue
        path = Path(loc).expanduser()
        if path.is_dir():
            for file in _walk(path):
                sources.extend(_file_sources(file, skipped))
        elif path.is_file():
            sources.extend(_file_sources(path, skipped))
        else:
            skipped.append(Skipped(loc, "not found"))
    return sources, skipped


def _walk(root: Path) -> list[Path]:
    files = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not path.is_file():
            continue
        if path.stem.lower() == "readme":  # README, README.md, README.rst ... describe a folder
            continue
        files.append(path)
    return files


def _file_sources(path: Path, skipped: list[Skipped]) -> list[Source]:
    suffix = path.suffix.lower()
    if suffix == ".url":
        url = _shortcut_url(path)
        if url:
            return [Source(url, url=True)]
        skipped.append(Skipped(str(path), "internet shortcut without a URL= line"))
        return []
    if suffix in {".urls", ".txt", ""}:
        urls = _url_list(path, strict=suffix != ".urls")
        if urls is not None:
            return [Source(u, url=True) for u in urls]
    return [Source(str(path), reader=EXTENSIONS.get(suffix))]


def _shortcut_url(path: Path) -> str | None:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return None
    m = re.search(r"^\s*URL\s*=\s*(https?://\S+)\s*$", text, re.M | re.I)
    return m[1] if m else None


def _url_list(path: Path, strict: bool = True) -> list[str] | None:
    """The URLs of a link-list file, or None when the file is not one. ``strict``: every
    line must be a URL (a .txt file); otherwise other lines are ignored (a .urls file)."""
    try:
        if path.stat().st_size > 1_000_000:
            return None
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    urls = [line for line in lines if _URL.match(line)]
    if urls and (not strict or len(urls) == len(lines)):
        return urls
    return None
