"""The input fingerprint: one hash over everything a build's output depends on.

A build whose sources, output-shaping config (with the content of its templates, reference
DOCX and logo) and version hash the same as the last edition's has nothing new to say;
``publish`` keeps the hash in the output folder's state.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.config import Config
from briefing.model import Document, Skipped

# Most bytes of a file hashed for the fingerprint, then its size (templates are a few KB).
MAX_DIGEST_BYTES = 16 * 2**20

# Config fields that do not change what a build produces: where the config file lives,
# where the output goes, how many editions to keep, and how long to wait for things.
# Nor where the per-article work runs (workers, scheduler): every route gives the same brief.
VOLATILE_CONFIG = frozenset(
    {"config_path", "output", "retention", "lock_timeout", "fetch_timeout", "workers", "scheduler"}
)
# Config fields naming files or folders whose *content* shapes the output.
_CONTENT_PATHS = ("templates", "reference_docx", "logo")


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
            if fh.tell() >= MAX_DIGEST_BYTES and fh.read(1):
                h.update(b"\0%d" % os.fstat(fh.fileno()).st_size)
                break
    return h.hexdigest()


def _path_digest(value: str) -> str | None:
    """Digest of a file, or of every file under a folder, so edited templates count as change."""
    path = Path(value)
    if path.is_file():
        return _file_digest(path)
    if path.is_dir():
        h = hashlib.sha256()
        # Only files the loader reads (sandbox.ConfinedLoader): no link out to a huge file.
        files = [p for p in path.rglob("*") if p.is_file()]
        for f in sorted(p for p in files if p.resolve().is_relative_to(path.resolve())):
            # The name's own bytes: one not in UTF-8 (caf\xe9.j2) failed the build.
            name = os.fsencode(f.relative_to(path).as_posix())
            h.update(name + b"\0" + _file_digest(f).encode())
        return h.hexdigest()
    return None


def effective_config(config: Config) -> dict[str, Any]:
    """The config as JSON-able data, minus fields that do not affect the output."""
    data = {k: v for k, v in dataclasses.asdict(config).items() if k not in VOLATILE_CONFIG}
    for key in _CONTENT_PATHS:
        if data.get(key):
            data[f"{key}_sha256"] = _path_digest(data[key])
    return data


def source_hashes(
    documents: Iterable[Document], skipped: Iterable[Skipped] = ()
) -> list[list[str]]:
    """``[location, sha256]`` per document, in corpus order (order decides source ids).

    Skipped sources count as ``[location, "skipped"]``: the brief lists them, so a newly
    broken or newly fixed source is a change too.
    """
    pairs = [
        [d.location, d.content_hash or hashlib.sha256(d.text.encode("utf-8")).hexdigest()]
        for d in documents
    ]
    return pairs + [[s.location, "skipped"] for s in skipped]


def input_fingerprint(sources: list[list[str]], config: Config) -> str:
    """One hash over everything a build's output depends on: sources, config, version."""
    payload = {"version": __version__, "config": effective_config(config), "sources": sources}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


def describe_changes(previous: list[list[str]], sources: list[list[str]]) -> str:
    """A one-line account of how the sources differ from the last edition's ``previous`` ones
    (``source_hashes``), for the log."""
    old, new = dict(map(tuple, previous)), dict(map(tuple, sources))
    added = sum(1 for k in new if k not in old)
    removed = sum(1 for k in old if k not in new)
    changed = sum(1 for k in new if k in old and old[k] != new[k])
    if not (added or removed or changed):
        return "sources unchanged; config or version changed"
    parts = [
        f"{n} {what}"
        for n, what in [(added, "new"), (changed, "changed"), (removed, "removed")]
        if n
    ]
    return "sources: " + ", ".join(parts)
