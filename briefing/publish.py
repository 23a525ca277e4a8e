"""Publish: write the rendered edition to the output folder, atomically.

Every file is written under a temporary name in the same folder, flushed and
fsync'ed, then renamed over the target, so a crash or kill never leaves a
half-written brief and never destroys the previous one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(out_dir: Path, basename: str, rendered: dict[str, bytes]) -> list[Path]:
    """Write ``basename.<ext>`` for each rendered format; return the paths written."""
    paths = []
    for ext, data in rendered.items():
        target = out_dir / f"{basename}.{ext}"
        atomic_write(target, data)
        paths.append(target)
    return paths
