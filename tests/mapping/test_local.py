"""Worker processes live and die with the build: kill -9 leaves none behind, Ctrl-C is one
line and exit 130. Each test runs the real CLI in a subprocess, with bounded waits.

No test relies on timing: the build is caught mid-map by what it and its processes show
(``mid_map``: it has said how many sources it skipped, the workers exist, the build
handles SIGINT again after starting them), and
the workers are then stopped (SIGSTOP), so the map cannot finish before the test acts
however slow or fast the machine is."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .conftest import write_synthetic

psutil = pytest.importorskip("psutil")

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX process groups")
# Bounds on waits that end as soon as their condition holds (they never pace a passing
# test): for the build to start its workers on a loaded machine, and for it to be gone.
START_TIMEOUT = 240
EXIT_TIMEOUT = 60
POLL_SECONDS = 0.05


def start_build(tmp_path: Path) -> subprocess.Popen[str]:
    """A build over ~18,000 words (enough for two workers), in its own session."""
    write_synthetic(tmp_path / "src", 60)
    cmd = [sys.executable, "-m", "briefing", "build", str(tmp_path / "src")]
    cmd += ["-o", str(tmp_path / "out"), "-f", "json", "--workers", "2"]
    return subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        env={**os.environ, "PYTHONFAULTHANDLER": ""},
        # As a terminal starts it: a test run started in the background of a script ignores
        # SIGINT, and the build would inherit that and never catch it.
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Lines:
    """The build's console (stderr), read line by line as it comes, in a thread."""

    def __init__(self, build: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        assert build.stderr is not None
        self._thread = threading.Thread(target=self._read, args=(build.stderr,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.append(line)

    def text(self) -> str:
        """Everything, once the build has ended."""
        self._thread.join(EXIT_TIMEOUT)
        return "".join(self.lines)


def mid_map(build: subprocess.Popen[str], console: Lines) -> tuple[list, list]:
    """Wait until the build is in its map, then hold it there: (all its descendants, its
    workers, stopped). In the map means the build has read its sources (the console says
    how many it skipped: the workers start while it reads them), its two workers run and
    the build catches SIGINT again (it ignores it while it starts them); stopped workers
    cannot finish the map, so the build waits for them until a signal ends it. The build
    may not be waiting yet (it may still import compose, making dataclasses from strings:
    a Ctrl-C there ended it by the signal before ``briefing.interrupts``); wherever the
    signal lands after this, the build must leave with one line and exit 130."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert build.poll() is None, console.text()
        if not any(line.endswith(" skipped\n") for line in console.lines):
            time.sleep(POLL_SECONDS)
            continue
        try:
            procs = psutil.Process(build.pid).children(recursive=True)
            workers = [p for p in procs if _is_worker(p, build.pid)]
            if len(workers) >= 2 and _sigint(build.pid, "SigCgt"):
                for worker in workers:
                    worker.suspend()
                if all(w.status() == psutil.STATUS_STOPPED for w in workers):
                    return procs, workers
        except (psutil.Error, OSError):
            pass  # a process went between two looks: look again
        time.sleep(POLL_SECONDS)
    raise AssertionError("the build never started its workers")


def _is_worker(proc, build: int) -> bool:
    """Workers are the build's children that run Python's multiprocessing (spawn)."""
    try:
        cmd = " ".join(proc.cmdline())
        return proc.ppid() == build and "spawn_main" in cmd
    except psutil.Error:
        return False


def _sigint(pid: int, field: str) -> bool:
    """Whether process ``pid``'s signal set ``field`` ("SigCgt": caught by a handler,
    "SigIgn": ignored) holds SIGINT (Linux /proc/PID/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return bool(int(line.split()[1], 16) >> (signal.SIGINT - 1) & 1)
    raise AssertionError(f"no {field} for process {pid}")


def resume(workers: list) -> None:
    for worker in workers:
        with contextlib.suppress(psutil.Error):  # already gone
            worker.resume()


def all_gone(procs: list) -> bool:
    deadline = time.monotonic() + EXIT_TIMEOUT
    while time.monotonic() < deadline:
        alive = [p for p in procs if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return True
        time.sleep(POLL_SECONDS)
    return False


def test_kill_9_of_the_build_leaves_no_worker_behind(tmp_path: Path) -> None:
    build = start_build(tmp_path)
    try:
        procs, workers = mid_map(build, Lines(build))
        build.send_signal(signal.SIGKILL)
        build.wait(EXIT_TIMEOUT)
        resume(workers)  # stopped, perhaps before they asked to die with the build
        assert all_gone(procs), [p.pid for p in procs if p.is_running()]
    finally:
        _cleanup(build)


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path) -> None:
    build = start_build(tmp_path)
    try:
        console = Lines(build)
        procs, workers = mid_map(build, console)
        assert all(_sigint(w.pid, "SigIgn") for w in workers)  # only the build answers it
        os.killpg(build.pid, signal.SIGINT)  # a terminal sends it to the whole group
        resume(workers)  # a worker that took the signal would now print a traceback
        build.wait(EXIT_TIMEOUT)
        err = console.text()
        assert build.returncode == 130, err
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        assert " skipped\n" in err, err  # the map starts after this line
        after_start = err.split(" skipped\n", 1)[1].strip().splitlines()
        assert len(after_start) == 1 and "interrupted" in after_start[0], err
        assert all_gone(procs)
    finally:
        _cleanup(build)


def _cleanup(build: subprocess.Popen[str]) -> None:
    if build.poll() is None:
        os.killpg(build.pid, signal.SIGKILL)
        build.wait()


UNGUARDED_SCRIPT = """\
import sys
from briefing.config import Config
from briefing.pipeline import build

with open(sys.argv[1] + "/ran.txt", "a") as marker:
    marker.write("ran\\n")
config = Config(sources=[sys.argv[1] + "/src"], output=sys.argv[1] + "/out", formats=["json"])
config.workers = 2
print(build(config).outcome)
"""


def test_a_script_without_a_main_guard_builds_once(tmp_path: Path) -> None:
    """spawn re-imports the parent's ``__main__`` in each worker; a user's script that calls
    build() at top level must not run again there (each copy would start a build and wait
    for the output folder's lock instead of serving the pool)."""
    write_synthetic(tmp_path / "src", 60)
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED_SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["built"], done.stdout
    assert "2 workers" in done.stderr, done.stderr  # the map did run on the pool
    assert (tmp_path / "ran.txt").read_text() == "ran\n"


def test_the_main_module_is_given_back_after_the_workers_start() -> None:
    from briefing.mapping.local import _main_unshared

    main = sys.modules["__main__"]
    with _main_unshared():
        assert sys.modules["__main__"] is not main
    assert sys.modules["__main__"] is main
    del sys.modules["__main__"]
    try:
        with _main_unshared():
            pass
        assert "__main__" not in sys.modules
    finally:
        sys.modules["__main__"] = main


def test_workers_started_ahead_run_the_map_and_are_stopped_once_done(tmp_path: Path) -> None:
    """A first build of a large folder starts its workers while it reads the sources
    (``Workers``); the map then runs on them, with the results of a map in this process,
    and no other pool is started."""
    from briefing import mapping
    from briefing.ingest import ingest
    from briefing.mapping import local
    from briefing.mapping.work import MapSettings

    write_synthetic(tmp_path / "src", 12)
    documents = ingest([str(tmp_path / "src")]).documents
    settings = MapSettings(entities=False)
    batches = list(mapping._batches(documents, list(range(len(documents))), 3))
    with local.Workers(2, settings) as ahead:
        ahead.start()
        pool = ahead._pool
        assert pool is not None
        processes = list(pool._pool)  # type: ignore[attr-defined]
        pooled = list(local.run_pool(batches, settings, 2, None, ahead))
        assert ahead.take() is None  # handed over once
    here = list(local.run_in_process(batches, settings))
    assert [(i, [r.scores for r in rs]) for i, rs in pooled] == [
        (i, [r.scores for r in rs]) for i, rs in here
    ]
    assert not any(p.is_alive() for p in processes)  # the map stopped them


def test_more_workers_started_ahead_than_the_map_has_batches_are_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker without a batch would hold spaCy for nothing (issue 14): the map starts a
    pool of its own size and stops the one started ahead."""
    from briefing import mapping
    from briefing.ingest import ingest
    from briefing.mapping import local
    from briefing.mapping.work import MapSettings

    write_synthetic(tmp_path / "src", 2)
    documents = ingest([str(tmp_path / "src")]).documents
    settings = MapSettings(entities=False)
    made: list[int] = []
    real = local._new_pool

    def new_pool(workers, *args):
        made.append(workers)
        return real(workers, *args)

    monkeypatch.setattr(local, "_new_pool", new_pool)
    with local.Workers(2, settings) as ahead:
        ahead.start()
        processes = list(ahead._pool._pool)  # type: ignore[union-attr]
        batches = list(mapping._batches(documents, [0, 1], 2))
        assert len(list(local.run_pool(batches, settings, 1, None, ahead))) == 1
        assert made == [2, 1] and ahead.take() is None
    assert not any(p.is_alive() for p in processes)


def test_workers_no_map_took_are_stopped() -> None:
    from briefing.mapping import local
    from briefing.mapping.work import MapSettings

    ahead = local.Workers(2, MapSettings(entities=False))
    ahead.close()  # never started: nothing to stop, and nothing starts later
    ahead.start()
    assert ahead.take() is None
    with local.Workers(2, MapSettings(entities=False)) as ahead:
        ahead.start()
        processes = list(ahead._pool._pool)  # type: ignore[union-attr]
    assert not any(p.is_alive() for p in processes)
