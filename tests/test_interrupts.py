"""Ctrl-C raises ``Interrupted`` inside the CLI, so a build interrupted anywhere leaves with
exit 130, never by the signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from briefing.interrupts import Interrupted, raise_if_interrupted, sigint_raises_interrupted

ROOT = Path(__file__).resolve().parents[1]

# A command whose work is interrupted while Python runs code made from a string, as it
# does for each dataclass a module defines on import.
INTERRUPTED_IN_MADE_CODE = """\
import sys
import weakref
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


def _sigint_in_a_weakref_callback() -> None:
    """Ctrl-C lands in a weakref callback, where Python prints "Exception ignored" and
    drops the exception (as in the module locks' callbacks while a module is imported)."""

    class Thing:
        pass

    thing = Thing()
    ref = weakref.ref(thing, lambda _: signal.raise_signal(signal.SIGINT))
    del thing
    assert ref() is None


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_ctrl_c_python_dropped_is_raised_at_the_checkpoint_and_on_leaving() -> None:
    before = _with_sigint(signal.default_int_handler)
    went_on = []
    try:
        with pytest.raises(Interrupted), sigint_raises_interrupted():
            _sigint_in_a_weakref_callback()
            went_on.append("after the callback")  # the exception did not get here
            with pytest.raises(Interrupted):
                raise_if_interrupted()
        assert went_on == ["after the callback"]
        raise_if_interrupted()  # the next block starts afresh: nothing left to raise
        with sigint_raises_interrupted():
            pass
    finally:
        _with_sigint(before)


def test_outside_the_block_the_checkpoint_raises_nothing() -> None:
    raise_if_interrupted()
