"""Cron entries: expression checks, absolute command, tag, replace-not-duplicate, list/remove."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from briefing import schedule
from briefing.schedule import ScheduleError, check_expression


@pytest.mark.parametrize("expr", ["0 7 * * *", "*/15 6-18 * * mon-fri", "30 6 1 * *", "@daily"])
def test_valid_expressions_pass(expr: str) -> None:
    assert check_expression(f"  {expr} ") == expr


@pytest.mark.parametrize(
    ("expr", "says"),
    [
        ("0 7 * *", r"has 4 field\(s\); it needs 5"),
        ("61 7 * * *", "not in 0-59 for Minutes"),
        ("0 24 * * *", "not in 0-23 for Hours"),
        ("0 7 * * 9", "Day of Week"),
        ("@nightly", "unknown cron shortcut"),
        ("", "empty cron expression"),
    ],
)
def test_bad_expressions_say_what_is_wrong(expr: str, says: str) -> None:
    with pytest.raises(ScheduleError, match=says) as info:
        check_expression(expr)
    assert info.value.exit_code == 2


def test_entry_is_absolute_tagged_and_logs(tmp_path: Path) -> None:
    work = tmp_path / "story"
    work.mkdir()
    (work / "briefing.toml").write_text('output = "out dir"\n')
    tab = tmp_path / "briefing.cron"
    line = schedule.install(
        "0 7 * * *", tabfile=tab, workdir=work, user="ana", command=["/opt/bin/briefing"]
    )
    assert tab.read_text().strip() == line
    assert line.startswith("0 7 * * * ana cd ")
    command, tag = line.split(" # ")
    assert tag == schedule.entry_tag(work, work / "briefing.toml")
    words = shlex.split(command.split(" ana ", 1)[1])
    assert words[:2] == ["cd", str(work)]
    assert ["/opt/bin/briefing", "build", "--config", str(work / "briefing.toml")] == words[7:11]
    assert words[-3:] == [">>", str(work / "out dir" / "briefing.log"), "2>&1"]


def test_reinstall_replaces_and_other_configs_are_left_alone(tmp_path: Path) -> None:
    tab = tmp_path / "tab"
    tab.write_text("MAILTO=ana\n15 3 * * * ana /usr/bin/backup # nightly backup\n")
    for cfg in ("a.toml", "b.toml"):
        (tmp_path / cfg).write_text("")
    schedule.install("0 7 * * *", config="a.toml", tabfile=tab, workdir=tmp_path)
    schedule.install("0 8 * * *", config="a.toml", tabfile=tab, workdir=tmp_path)
    schedule.install("0 9 * * *", config="b.toml", tabfile=tab, workdir=tmp_path)
    mine = schedule.entries(config="a.toml", tabfile=tab, workdir=tmp_path)
    assert len(mine) == 1 and mine[0].startswith("0 8 * * *")
    assert len(schedule.entries(tabfile=tab, workdir=tmp_path, all_entries=True)) == 2

    removed = schedule.remove(config="a.toml", tabfile=tab, workdir=tmp_path)
    assert len(removed) == 1 and removed[0].startswith("0 8 ")
    text = tab.read_text()
    assert "MAILTO=ana" in text and "/usr/bin/backup" in text and "0 9 * * *" in text
    assert schedule.remove(tabfile=tab, workdir=tmp_path, all_entries=True)
    assert "briefing:" not in tab.read_text() and "/usr/bin/backup" in tab.read_text()


def test_missing_config_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ScheduleError, match="config file not found"):
        schedule.install("0 7 * * *", config="nope.toml", tabfile=tmp_path / "t", workdir=tmp_path)
    assert not (tmp_path / "t").exists()


def test_without_config_the_job_uses_defaults(tmp_path: Path) -> None:
    line = schedule.install("@daily", tabfile=tmp_path / "t", workdir=tmp_path, command=["/b"])
    assert "--config" not in line
    assert f">> {tmp_path / 'output' / 'briefing.log'} 2>&1" in line


def test_fallback_command_is_python_dash_m(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.argv", ["/somewhere/pytest"])
    monkeypatch.setattr("shutil.which", lambda name: None)
    command = schedule.briefing_command()
    assert command[1:] == ["-m", "briefing"] and Path(command[0]).is_absolute()


def test_unreadable_user_crontab_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never touch the real crontab in tests: stand in for a machine without cron.
    def no_cron(*args: object, **kwargs: object) -> None:
        raise OSError("No crontab program '/usr/bin/crontab'")

    monkeypatch.setattr(schedule, "CronTab", no_cron)
    with pytest.raises(ScheduleError, match="--tabfile PATH writes a crontab file") as info:
        schedule.install("0 7 * * *", workdir=tmp_path, command=["/b"])
    assert info.value.exit_code == 1


def test_sudo_installs_for_the_invoking_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUDO_USER", "ana")
    line = schedule.install("@daily", tabfile=tmp_path / "t", workdir=tmp_path, command=["/b"])
    assert line.startswith("@daily ana cd ")
