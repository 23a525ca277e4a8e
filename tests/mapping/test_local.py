"""Worker processes live and die with the build: kill -9 leaves none behind, Ctrl-C is one
line and exit 130. Each test runs the real CLI in a subprocess, with bounded waits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import write_synthetic

psutil = pytest.importorskip("psutil")

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX process groups")
START_TIMEOUT = 120  # seconds for the build to start its workers (a loaded CI machine)
EXIT_TIMEOUT = 30  # seconds for every process of the build to be gone


def start_build(tmp_path: Path) -> subprocess.Popen[str]:
    """A build over ~45,000 words (two workers, with seconds of work left once they are
    busy: a loaded machine must not finish it before the test acts), in its own session."""
    write_synthetic(tmp_path / "src", 150)
    cmd = [sys.executable, "-m", "briefing", "build", str(tmp_path / "src")]
    cmd += ["-o", str(tmp_path / "out"), "-f", "json", "--workers", "2"]
    return subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        env={**os.environ, "PYTHONFAULTHANDLER": ""},
    )


def workers_of(build: subprocess.Popen[str]) -> list:
    """Wait until the build's worker processes run (the map has started); all descendants."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        procs = psutil.Process(build.pid).children(recursive=True)
        workers = [p for p in procs if _is_worker(p, build.pid)]
        if len(workers) >= 2 and all(p.cpu_times().user > 1.0 for p in workers):
            return procs
        assert build.poll() is None, build.communicate()
        time.sleep(0.2)
    raise AssertionError("the build never started its workers")


def _is_worker(proc, build: int) -> bool:
    """Workers are the build's children that run Python's multiprocessing (spawn)."""
    try:
        cmd = " ".join(proc.cmdline())
        return proc.ppid() == build and "spawn_main" in cmd
    except psutil.Error:
        return False


def all_gone(procs: list) -> bool:
    deadline = time.monotonic() + EXIT_TIMEOUT
    while time.monotonic() < deadline:
        alive = [p for p in procs if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return True
        time.sleep(0.2)
    return False


def test_kill_9_of_the_build_leaves_no_worker_behind(tmp_path: Path) -> None:
    build = start_build(tmp_path)
    try:
        procs = workers_of(build)
        build.send_signal(signal.SIGKILL)
        build.wait(EXIT_TIMEOUT)
        assert all_gone(procs), [p.pid for p in procs if p.is_running()]
    finally:
        _cleanup(build)


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path) -> None:
    build = start_build(tmp_path)
    try:
        procs = workers_of(build)
        os.killpg(build.pid, signal.SIGINT)  # a terminal sends it to the whole group
        _, err = build.communicate(timeout=EXIT_TIMEOUT)
        assert build.returncode == 130
        assert "Traceback" not in err and "KeyboardInterrupt" not in err
        after_start = err.split(" skipped\n", 1)[1].strip().splitlines()
        assert len(after_start) == 1 and "interrupted" in after_start[0], err
        assert all_gone(procs)
    finally:
        _cleanup(build)


def _cleanup(build: subprocess.Popen[str]) -> None:
    if build.poll() is None:
        os.killpg(build.pid, signal.SIGKILL)
        build.wait()
