"""Run a command and measure its whole process tree: peak summed RSS, CPU seconds, exit.

Shared by the benchmark scripts (``scale.py``, ``hostile.py``). A build may start worker
processes (spaCy's map, a spawn pool), so the peak is the largest SUM of the resident
memory of the process and all its descendants, sampled every ``SAMPLE_PERIOD`` seconds;
CPU is user + system seconds of the process and every descendant it waited for (robust
on a busy machine, where wall time is not).
"""

from __future__ import annotations

import contextlib
import resource
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

# Seconds between RSS samples of the build's process tree. Listing a tree scans /proc, so
# sampling faster costs the build CPU on a busy machine; memory moves slower than this.
SAMPLE_PERIOD = 0.25


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds of the whole process tree
    peak_bytes: int
    returncode: int | None  # None: killed at the timeout
    stderr: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    @property
    def error(self) -> str:
        """The last stderr line of a failed run."""
        lines = [line for line in self.stderr.strip().splitlines() if line.strip()]
        return lines[-1].strip() if self.returncode and lines else ""


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def measure(
    cmd: list[str],
    cwd: Path,
    env: dict[str, str],
    timeout: float | None = None,
    preexec_fn: Callable[[], None] | None = None,
) -> Run:
    """Run ``cmd``; wall time, CPU seconds and the peak of its process tree's summed RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec_fn,
        start_new_session=True,  # a timeout ends the whole tree, workers included
    )
    watched = psutil.Process(proc.pid)
    peak = 0
    with contextlib.ExitStack() as stack:
        err: list[str] = []
        stack.enter_context(_drain(proc, err))
        while proc.poll() is None:
            with contextlib.suppress(psutil.Error):
                peak = max(peak, tree_rss(watched))
            if timeout is not None and time.perf_counter() - start > timeout:
                _kill_tree(watched)
                proc.wait()
                break
            time.sleep(SAMPLE_PERIOD)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    timed_out = timeout is not None and seconds > timeout
    return Run(seconds, cpu, peak, None if timed_out else proc.returncode, "".join(err))


@contextlib.contextmanager
def _drain(proc: subprocess.Popen, into: list[str]):
    """Read stderr in a thread, so a chatty build never blocks on a full pipe."""
    import threading

    def read() -> None:
        if proc.stderr:
            into.append(proc.stderr.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield
    finally:
        reader.join(timeout=10)


def _kill_tree(proc: psutil.Process) -> None:
    with contextlib.suppress(psutil.Error):
        for p in [*proc.children(recursive=True), proc]:
            with contextlib.suppress(psutil.Error):
                p.kill()


# Writes the .pyc files of the ``briefing`` package that ``python`` imports from its cwd.
_COMPILE = (
    "import briefing, compileall, os; "
    "compileall.compile_dir(os.path.dirname(briefing.__file__), quiet=1)"
)


def compile_bytecode(python: str, cwd: Path, env: dict[str, str] | None = None) -> None:
    """Compile the bytecode of the ``briefing`` that ``python`` run in ``cwd`` imports, as
    pip does when it installs a package. A checkout installed in editable mode, run with
    ``PYTHONDONTWRITEBYTECODE`` set (as in this project's development shells), otherwise
    compiles its ~200 modules from source in every process it starts (~0.35 CPU s of a
    cold sample build), while the libraries a start-up is compared with load the bytecode
    pip wrote for them."""
    subprocess.run([python, "-c", _COMPILE], cwd=cwd, env=env, check=True, capture_output=True)
