"""SOURCE_DATE_EPOCH is read in one place; a bad value is a clear message and exit 2."""

import datetime as dt
import subprocess
import sys

import pytest

from briefing import cli
from briefing.clock import SourceDateError, build_date, build_time, reproducible


def test_epoch_gives_the_build_time_and_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", " 1764460800 ")
    assert build_time() == dt.datetime(2025, 11, 30, tzinfo=dt.UTC)
    assert build_date() == dt.date(2025, 11, 30)
    assert reproducible()


def test_unset_or_empty_means_the_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")
    assert not reproducible()
    assert build_time().microsecond == 0
    assert abs(build_time() - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build_date() == dt.date.today()


@pytest.mark.parametrize("value", ["abc", "1.5", "-3", "99999999999999999999", "1e9"])
def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    with pytest.raises(SourceDateError, match="SOURCE_DATE_EPOCH must be a whole number"):
        build_date()


@pytest.mark.parametrize(
    "args", [["--version"], ["--help"], ["build", "--format", "json"], ["schedule", "list"]]
)
def test_every_command_checks_it_first(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "abc")
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "SOURCE_DATE_EPOCH must be a whole number" in err and "'abc'" in err


@pytest.mark.parametrize("args", [["--version"], ["build", "--format", "json"]])
def test_one_line_and_no_traceback(args: list[str]) -> None:
    """numpy.f2py reads SOURCE_DATE_EPOCH with int() while being imported: we check first."""
    env = {"SOURCE_DATE_EPOCH": "abc", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 2 and out.stdout == ""
    assert "Traceback" not in out.stderr and len(out.stderr.splitlines()) == 1
