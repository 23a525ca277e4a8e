"""Cron entries: expression checks, absolute command, tag, replace-not-duplicate, list/remove."""

from __future__ import annotations

import json
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import schedule
from briefing.config import ConfigError
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
    assert tab.read_text() == schedule.HEADER.decode() + line + "\n"
    assert line.startswith("0 7 * * * ana cd ")
    command, tag = line.split(" # ")
    assert tag == schedule.entry_tag(work, work / "briefing.toml")
    words = shlex.split(command.split(" ana ", 1)[1])
    assert words[:2] == ["cd", str(work)]
    assert ["/opt/bin/briefing", "build", "--config", str(work / "briefing.toml")] == words[7:11]
    # The build opens its log itself: a shell's ">>" followed a link planted in its place.
    assert words[-2:] == ["--log", str(work / "out dir" / "briefing.log")]
    assert ">>" not in words


def test_reinstall_replaces_and_other_configs_are_left_alone(tmp_path: Path) -> None:
    tab = tmp_path / "tab"
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
    assert "0 9 * * *" in tab.read_text()
    assert schedule.remove(tabfile=tab, workdir=tmp_path, all_entries=True)
    assert tab.read_bytes() == schedule.HEADER  # still ours: installing again is allowed
    schedule.install("0 7 * * *", config="a.toml", tabfile=tab, workdir=tmp_path)


def test_missing_config_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(ScheduleError, match="config file not found"):
        schedule.install("0 7 * * *", config="nope.toml", tabfile=tmp_path / "t", workdir=tmp_path)
    assert not (tmp_path / "t").exists()


def test_without_config_the_job_uses_defaults(tmp_path: Path) -> None:
    line = schedule.install("@daily", tabfile=tmp_path / "t", workdir=tmp_path, command=["/b"])
    assert "--config" not in line
    assert line.split(" # ")[0].endswith(f"--log {tmp_path / 'output' / 'briefing.log'}")


def test_fallback_command_is_python_dash_m(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.argv", ["/somewhere/pytest"])
    monkeypatch.setattr("shutil.which", lambda name: None)
    command = schedule.briefing_command()
    assert command[1:] == ["-m", "briefing"] and Path(command[0]).is_absolute()


def test_unreadable_user_crontab_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never touch the real crontab in tests: stand in for a machine without cron.
    monkeypatch.setattr(schedule, "CRONTAB_COMMAND", str(tmp_path / "no-such-crontab"))
    with pytest.raises(ScheduleError, match="--tabfile PATH writes a crontab file") as info:
        schedule.install("0 7 * * *", workdir=tmp_path, command=["/b"])
    assert info.value.exit_code == 1


def test_sudo_installs_for_the_invoking_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUDO_USER", "ana")
    line = schedule.install("@daily", tabfile=tmp_path / "t", workdir=tmp_path, command=["/b"])
    assert line.startswith("@daily ana cd ")


# --------------------------------------------------------------------------- hostile values


def cron_view(line: str, *, system: bool) -> tuple[str, str | None]:
    """What cron runs for ``line``: the ``/bin/sh -c`` command and its stdin (or ``None``).

    Follows cronie/Vixie cron: the time fields (one for ``@shortcut``), the user field in
    system crontabs, then the command to the end of the line, in which ``\\%`` becomes ``%``
    and an unescaped ``%`` ends the command (the rest is stdin).
    """
    assert "\n" not in line and "\r" not in line
    fields = (1 if line.startswith("@") else 5) + system
    command = line.split(None, fields)[fields]
    out: list[str] = []
    escaped = False
    for at, ch in enumerate(command):
        if escaped:
            escaped = False
            if ch == "%":
                out[-1] = "%"
                continue
        elif ch == "\\":
            escaped = True
        elif ch == "%":
            return "".join(out), command[at + 1 :].replace("%", "\n")
        out.append(ch)
    return "".join(out), None


HOSTILE_NAMES = [
    "50% done",
    "a\\%b",
    "trail\\",
    "%",
    "%%\\%\\\\%",
    "it's $HOME `id` ; #x",
    'quote " and \\ back',
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_the_command_cron_runs_is_exactly_ours(tmp_path: Path, name: str) -> None:
    # A stand-in briefing under a hostile folder name records where and how it ran; the
    # entry is run the way cron would (parsed as cron parses it, then /bin/sh -c).
    work = tmp_path / f"story {name}"
    work.mkdir()
    (work / "briefing.toml").write_text(f"output = {json.dumps('out ' + name)}\n")
    stub = tmp_path / f"bin {name}" / "briefing"
    stub.parent.mkdir()
    stub.write_text(
        f"#!{sys.executable}\nimport json, os, sys\n"
        "log = open(sys.argv[sys.argv.index('--log') + 1], 'a')\n"
        "print(json.dumps({'cwd': os.getcwd(), 'argv': sys.argv[1:]}), file=log)\n"
    )
    stub.chmod(0o755)
    line = schedule.install(
        "0 7 * * *", tabfile=tmp_path / "tab", workdir=work, user="ana", command=[str(stub)]
    )
    assert schedule.entries(tabfile=tmp_path / "tab", workdir=work) == [line]
    command, stdin = cron_view(line, system=True)
    assert stdin is None  # no % cut the command short
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        ["/bin/sh", "-c", command],
        cwd=home,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout == "" and done.stderr == "", done
    log = work / f"out {name}" / "briefing.log"
    ran = json.loads(log.read_text())
    argv = ["build", "--config", str(work / "briefing.toml"), "--log", str(log)]
    assert ran == {"cwd": str(work), "argv": argv}
    assert sorted(p.name for p in home.iterdir()) == []


def test_a_command_cron_would_cut_is_refused(tmp_path: Path) -> None:
    work = tmp_path / ("d" * 200) / ("e" * 200)
    work.mkdir(parents=True)
    with pytest.raises(ScheduleError, match="some cron versions silently cut") as info:
        schedule.install("@daily", tabfile=tmp_path / "t", workdir=work, command=["/b"])
    assert info.value.exit_code == 2
    assert not (tmp_path / "t").exists()


@pytest.mark.parametrize("bad", ["\n", "\r", "\x1b", "\x00", "\x85"])
def test_control_characters_in_the_folder_are_refused(tmp_path: Path, bad: str) -> None:
    refused: tuple[type[Exception], str] = (ScheduleError, "control character")
    if bad == "\x00":
        work = tmp_path  # no folder can have a NUL: take it through the config's output,
        (work / "briefing.toml").write_text('output = "a\\u0000b"\n')
        refused = (ConfigError, "without a NUL")  # which the config refuses (exit 2) first
    else:
        work = tmp_path / f"x{bad}* * * * * root touch pwned #"
        work.mkdir()
    tab = tmp_path / "tab"
    with pytest.raises(refused[0], match=refused[1]) as info:
        schedule.install("0 7 * * *", tabfile=tab, workdir=work, user="ana", command=["/b"])
    assert getattr(info.value, "exit_code", 2) == 2
    assert not tab.exists()


def test_a_newline_in_the_configs_output_is_refused(tmp_path: Path) -> None:
    (tmp_path / "briefing.toml").write_text('output = "out\\n* * * * * root touch /tmp/pwned"\n')
    tab = tmp_path / "tab"
    with pytest.raises(ScheduleError, match=r"output folder .*control character \('\\n'\)"):
        schedule.install("0 7 * * *", tabfile=tab, workdir=tmp_path, command=["/b"])
    assert not tab.exists()


@pytest.mark.parametrize(
    "user", ["ana\n* * * * * root touch /tmp/pwned", "ana\r", "ana x", "-u", "root #", ""]
)
def test_a_user_cron_could_misread_is_refused(tmp_path: Path, user: str) -> None:
    tab = tmp_path / "tab"
    with pytest.raises(ScheduleError, match="refusing to schedule") as info:
        schedule.install("@daily", tabfile=tab, workdir=tmp_path, user=user or "\t", command=["/b"])
    assert info.value.exit_code == 2
    assert not tab.exists()


def test_a_newline_in_sudo_user_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUDO_USER", "ana\n* * * * * root touch /tmp/pwned")
    with pytest.raises(ScheduleError, match="control character"):
        schedule.install("@daily", tabfile=tmp_path / "t", workdir=tmp_path, command=["/b"])


def test_a_newline_in_the_briefing_command_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScheduleError, match="control character"):
        schedule.install(
            "@daily", tabfile=tmp_path / "t", workdir=tmp_path, command=["/opt/x\ny/briefing"]
        )


# --------------------------------------------------------------------------- other lines

FOREIGN = [
    b"SHELL=/bin/bash",
    b'MAILTO="ana@example.org"',
    b"# nightly things",
    b"",
    b"0 0 * * 7-7 /bin/x",
    b"0 0 * * 7 /bin/weekly",
    b"this line is not cron at all",
    b'* * * * * echo "a #notacomment"',
    b"30 1 * * * echo 50% done",
    b"  15 3 * * *   /usr/bin/backup   # keep my spacing",
    b"@reboot /bin/start",
    b"0 7 * * * /bin/other # briefing: not ours",
    b"#0 7 * * * cd /old # briefing:0123456789ab",
    b"\xe9t\xe9 latin-1 bytes\tand a tab",
    b"   ",
]


@pytest.mark.parametrize(
    ("original", "after"),
    [
        (b"\n".join(FOREIGN) + b"\n", None),
        (b"\r\n".join(FOREIGN) + b"\r\n", None),
        (b"\n".join(FOREIGN), b"\n".join(FOREIGN) + b"\n"),  # the last line gets its newline
    ],
    ids=["lf", "crlf", "no-final-newline"],
)
def test_other_lines_come_back_byte_for_byte(
    tmp_path: Path, user_crontab: Path, original: bytes, after: bytes | None
) -> None:
    user_crontab.write_bytes(original)
    line = schedule.install("0 7 * * 7", workdir=tmp_path, command=["/b"])
    installed = user_crontab.read_bytes()
    assert installed == (after or original) + line.encode() + b"\n"
    schedule.install("30 6 * * 1-5", workdir=tmp_path, command=["/b"])  # replaces in place
    assert user_crontab.read_bytes().startswith(after or original)
    assert len(schedule.entries(workdir=tmp_path)) == 1
    assert schedule.remove(workdir=tmp_path)
    assert user_crontab.read_bytes() == (after or original)


def test_our_line_is_replaced_where_it_stands(tmp_path: Path, user_crontab: Path) -> None:
    user_crontab.write_bytes(b"A=1\n")
    line = schedule.install("0 7 * * *", workdir=tmp_path, command=["/b"])
    user_crontab.write_bytes(user_crontab.read_bytes() + b"0 1 * * * /bin/after\n")
    new = schedule.install("0 8 * * *", workdir=tmp_path, command=["/b"])
    assert line != new
    assert user_crontab.read_bytes() == b"A=1\n" + new.encode() + b"\n0 1 * * * /bin/after\n"


def test_remove_finds_tampered_entries_and_only_ours(tmp_path: Path, user_crontab: Path) -> None:
    tag = schedule.entry_tag(tmp_path, tmp_path / "briefing.toml")
    other = schedule.entry_tag(tmp_path / "elsewhere", None)
    keep = [
        b"0 1 * * * /bin/keep\n",
        f"#0 7 * * * cd /x # {tag}\n".encode(),  # commented out by hand: a comment, not a job
        f"0 7 * * * echo '# {tag}' >> /tmp/log\n".encode(),  # the tag inside, not at the end
        f"0 7 * * * cd /y # {other}\n".encode(),  # another folder's entry
    ]
    ours = [
        f"0 7 * * * cd /changed/by/hand && rm -rf ~ # {tag}\n".encode(),
        f"7 * * cd /partial #   {tag}  \r\n".encode(),  # broken schedule, CRLF, spacing
        f"* * * * * root touch /tmp/pwned # {tag}".encode(),  # the tail of an old injection
    ]
    user_crontab.write_bytes(keep[0] + ours[0] + keep[1] + ours[1] + keep[2] + keep[3] + ours[2])
    listed = schedule.entries(workdir=tmp_path)
    assert listed == [o.decode().rstrip("\r\n") for o in ours]
    assert schedule.remove(workdir=tmp_path) == listed
    assert user_crontab.read_bytes() == b"".join(keep)
    assert len(schedule.entries(workdir=tmp_path, all_entries=True)) == 1


def test_the_tag_does_not_depend_on_briefing_toml_existing(
    tmp_path: Path, user_crontab: Path
) -> None:
    schedule.install("0 7 * * *", workdir=tmp_path, command=["/b"])  # no briefing.toml yet
    (tmp_path / "briefing.toml").write_text('output = "out"\n')
    assert len(schedule.entries(workdir=tmp_path)) == 1
    line = schedule.install("0 8 * * *", workdir=tmp_path, command=["/b"])  # now with --config
    assert schedule.entries(workdir=tmp_path) == [line]
    (tmp_path / "briefing.toml").unlink()
    assert schedule.remove(workdir=tmp_path) == [line]


def test_entries_tagged_by_older_versions_are_still_found(
    tmp_path: Path, user_crontab: Path
) -> None:
    legacy = schedule.entry_tag(tmp_path, None)  # installed without ./briefing.toml, before
    user_crontab.write_bytes(f"0 7 * * * cd /x # {legacy}\n".encode())
    assert len(schedule.entries(workdir=tmp_path)) == 1
    schedule.install("0 9 * * *", workdir=tmp_path, command=["/b"])
    assert [line[:9] for line in schedule.entries(workdir=tmp_path)] == ["0 9 * * *"]


def test_a_broken_crontab_program_is_exit_1(tmp_path: Path, user_crontab: Path) -> None:
    user_crontab.parent.joinpath("crontab").write_text(
        "#!/bin/sh\necho 'permission denied' >&2\nexit 1\n"
    )
    with pytest.raises(ScheduleError, match="cannot read your crontab: permission denied") as info:
        schedule.install("@daily", workdir=tmp_path, command=["/b"])
    assert info.value.exit_code == 1


# --------------------------------------------------------------------------- the tabfile


def test_a_tabfile_that_is_not_ours_is_refused_untouched(tmp_path: Path) -> None:
    tab = tmp_path / "anacron"
    original = b"\n".join(FOREIGN) + b"\n"
    tab.write_bytes(original)
    with pytest.raises(ScheduleError, match="was not written by briefing") as info:
        schedule.install("@daily", tabfile=tab, workdir=tmp_path, command=["/b"])
    assert info.value.exit_code == 2
    assert tab.read_bytes() == original
    assert schedule.remove(tabfile=tab, workdir=tmp_path, all_entries=True) == []
    assert tab.read_bytes() == original


def test_foreign_lines_in_our_tabfile_are_kept(tmp_path: Path) -> None:
    tab = tmp_path / "briefing-story"
    schedule.install("@daily", tabfile=tab, workdir=tmp_path, user="ana", command=["/b"])
    added = b"\n".join(FOREIGN) + b"\n"
    tab.write_bytes(tab.read_bytes() + added)
    schedule.install("@hourly", tabfile=tab, workdir=tmp_path, user="ana", command=["/b"])
    assert tab.read_bytes().endswith(added)
    schedule.remove(tabfile=tab, workdir=tmp_path)
    assert tab.read_bytes() == schedule.HEADER + added


def test_a_tabfile_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    tab = tmp_path / "no" / "such" / "briefing-story"
    with pytest.raises(ScheduleError, match="folder .* does not exist; create it first"):
        schedule.install("@daily", tabfile=tab, workdir=tmp_path, command=["/b"])
    assert not (tmp_path / "no").exists()


def test_odd_tabfiles_are_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "fifo").parent.mkdir(exist_ok=True)
    os.mkfifo(tmp_path / "fifo")  # reading it would hang
    (tmp_path / "link").symlink_to(tmp_path / "target")
    for path, says in [
        (tmp_path, "is a folder"),
        (tmp_path / "fifo", "is not a regular file"),
        (tmp_path / "link", "is a symbolic link"),
    ]:
        for call in (
            lambda p=path: schedule.install("@daily", tabfile=p, workdir=tmp_path, command=["/b"]),
            lambda p=path: schedule.entries(tabfile=p, workdir=tmp_path),
            lambda p=path: schedule.remove(tabfile=p, workdir=tmp_path),
        ):
            with pytest.raises(ScheduleError, match=says) as info:
                call()
            assert info.value.exit_code == 2
    assert not (tmp_path / "target").exists()


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_proc_tabfiles_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ScheduleError, match="was not written by briefing"):
        schedule.install("@daily", tabfile="/proc/self/status", workdir=tmp_path, command=["/b"])
    with pytest.raises(ScheduleError, match="cannot write /proc/self/briefing") as info:
        schedule.install("@daily", tabfile="/proc/self/briefing", workdir=tmp_path, command=["/b"])
    assert info.value.exit_code == 1


def test_the_tabfile_is_replaced_atomically_with_cron_d_mode(tmp_path: Path) -> None:
    tab = tmp_path / "briefing-story"
    schedule.install("@daily", tabfile=tab, workdir=tmp_path, command=["/b"])
    assert stat.S_IMODE(tab.stat().st_mode) == 0o644
    before = tab.stat().st_ino
    tab.chmod(0o666)  # group/other-writable: cron would skip the file
    schedule.install("@hourly", tabfile=tab, workdir=tmp_path, command=["/b"])
    assert tab.stat().st_ino != before  # a new file renamed over the old one
    assert stat.S_IMODE(tab.stat().st_mode) == 0o644
    tab.chmod(0o600)
    schedule.remove(tabfile=tab, workdir=tmp_path)
    assert stat.S_IMODE(tab.stat().st_mode) == 0o600  # a stricter mode is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing-story"]
