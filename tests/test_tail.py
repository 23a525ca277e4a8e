"""The process beside the build while it renders and publishes (issue 13): it renders the
DOCX, sends it back and then writes the compose cache; a failing build waits for that
cache, an interrupted one stops it, and one worker keeps everything in this process."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing import forked, tail
from briefing.model import Brief
from briefing.render import RenderOptions, render
from briefing.tail import SAVE_HERE_MIN_ENTRIES, beside_build, render_beside

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")

BRIEF = Brief(title="Harbour levy for the Vellmar ferries", date="2026-12-01")


class Saver:
    """A stand-in for the compose cache's ``save``: notes the process it ran in, once
    ``go`` exists (at once without it) and ``slow`` seconds more have passed."""

    def __init__(self, folder: Path, go: Path | None = None, slow: float = 0.0) -> None:
        self.noted, self.go, self.slow = folder / "saved-by", go, slow

    def __call__(self) -> None:
        deadline = time.monotonic() + 20
        while self.go is not None and not self.go.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(self.slow)
        self.noted.write_text(str(os.getpid()))

    def where(self) -> int | None:
        return int(self.noted.read_text()) if self.noted.exists() else None


def test_with_two_workers_the_docx_is_rendered_beside_and_then_the_cache_written(
    tmp_path: Path,
) -> None:
    go = tmp_path / "go"
    save = Saver(tmp_path, go)
    with beside_build(BRIEF, ["json", "docx", "pdf"], RenderOptions(), 2, True, save) as (
        side,
        fmt,
    ):
        assert fmt == ("docx",)
        docx = side.result()["docx"]
        assert isinstance(docx, bytes) and docx.startswith(b"PK")  # a zip: the DOCX, sent back
        assert save.where() is None  # the cache is still being written
        go.touch()
        side.finish()
    assert save.where() not in (None, os.getpid())


def test_with_many_cache_entries_both_slow_writers_render_beside_and_the_cache_here(
    tmp_path: Path,
) -> None:
    """A first build of a large folder has more compose cache to write than PDF to render."""
    save = Saver(tmp_path)
    entries = SAVE_HERE_MIN_ENTRIES
    with beside_build(BRIEF, ["json", "docx", "pdf"], RenderOptions(), 2, True, save, entries) as (
        side,
        fmts,
    ):
        assert fmts == ("docx", "pdf") and side._pid  # forked
        assert save.where() == os.getpid()  # written here, while the other process renders
        got = side.result()
        side.finish()
    docx, pdf = got["docx"], got["pdf"]
    assert isinstance(docx, bytes) and docx.startswith(b"PK")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")


def test_a_writer_failing_beside_fails_its_format_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(brief: Brief, fmt: str, options: RenderOptions) -> bytes:
        if fmt == "docx":
            raise OSError("no room")
        return render(brief, fmt, options)

    monkeypatch.setattr(tail, "render", broken)
    out = render_beside(BRIEF, ("docx", "pdf"), RenderOptions())
    assert isinstance(out["docx"], OSError)
    assert isinstance(out["pdf"], bytes)


@pytest.mark.parametrize(
    "parallel", [True, False], ids=["large: forks for the cache alone", "small: here at the end"]
)
def test_without_docx_and_pdf_the_cache_is_written_beside_a_large_build_only(
    tmp_path: Path, parallel: bool
) -> None:
    save = Saver(tmp_path)
    with beside_build(BRIEF, ["json"], RenderOptions(), 2, parallel, save) as (side, fmt):
        assert fmt == () and side.result() == {}
        if not parallel:
            assert save.where() is None  # not before the end
        side.finish()
    assert save.where() is not None
    assert (save.where() != os.getpid()) is parallel


def test_one_worker_renders_every_format_here(tmp_path: Path) -> None:
    with beside_build(BRIEF, ["docx", "pdf"], RenderOptions(), 1, False, None) as (side, fmt):
        assert fmt == ()
        side.finish()
        assert side._pid == 0  # nothing forked


def test_a_failing_build_waits_for_the_cache_before_it_fails(tmp_path: Path) -> None:
    """A build that fails after compose (a writer, a full disk) keeps what compose worked
    out: the next run reuses it."""
    go = tmp_path / "go"
    # Still saving when the build fails: a build that did not wait would stop it first
    # (with no pause the save could win that race and pass the test as well).
    save = Saver(tmp_path, go, slow=1.0)
    with (
        pytest.raises(RuntimeError, match="no room"),
        beside_build(BRIEF, ["docx", "pdf"], RenderOptions(), 2, True, save) as (side, _),
    ):
        side.result()
        go.touch()
        raise RuntimeError("no room for the edition")
    assert save.where() not in (None, os.getpid())


def test_an_interrupted_build_stops_the_process_beside(tmp_path: Path) -> None:
    go = tmp_path / "go"
    save = Saver(tmp_path, go)
    with (
        pytest.raises(KeyboardInterrupt),
        beside_build(BRIEF, ["docx", "pdf"], RenderOptions(), 2, True, save) as (side, _),
    ):
        side.result()
        pid = side._pid
        raise KeyboardInterrupt
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # killed and reaped
    go.touch()
    time.sleep(0.2)
    assert save.where() is None
