"""Ctrl-C raises ``Interrupted`` inside the CLI, so a build interrupted anywhere leaves with
exit 130, never by the signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.interrupts import Interrupted, sigint_raises_interrupted

ROOT = Path(__file__).resolve().parents[1]

# A command whose work is interrupted while Python runs code made from a string, as it
# does for each dataclass a module defines on import.
INTERRUPTED_IN_MADE_CODE = """\
import sys
from briefing import cli

def interrupted(args, console):
    exec("import signal; signal.raise_signal(signal.SIGINT)")
    return 0

cli.cmd_build = interrupted
sys.argv = ["briefing", "build", "nowhere"]
cli.run()
"""


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # as a terminal starts it


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_in_code_made_from_a_string_exits_130_not_by_the_signal(tmp_path: Path) -> None:
    (tmp_path / "interrupted_build.py").write_text(INTERRUPTED_IN_MADE_CODE)
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "interrupted_build"],  # run as ``python -m briefing`` is
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_default_sigint,
    )
    assert done.returncode == 130, done.stderr
    (line,) = done.stderr.strip().splitlines()  # one line, no traceback
    assert line.endswith("ERROR   interrupted"), done.stderr


def _with_sigint(handler: object) -> object:
    return signal.signal(signal.SIGINT, handler)  # type: ignore[arg-type]


def test_sigint_raises_interrupted_within_the_block_only() -> None:
    before = _with_sigint(signal.default_int_handler)
    try:
        with pytest.raises(Interrupted), sigint_raises_interrupted():
            signal.raise_signal(signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
        assert issubclass(Interrupted, KeyboardInterrupt)  # every except still catches it
    finally:
        _with_sigint(before)


def test_an_ignored_sigint_stays_ignored() -> None:
    before = _with_sigint(signal.SIG_IGN)
    try:
        with sigint_raises_interrupted():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            signal.raise_signal(signal.SIGINT)  # a background job: Ctrl-C is not for it
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        _with_sigint(before)
