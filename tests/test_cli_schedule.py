"""``briefing schedule`` and ``briefing build`` the way cron runs them.

In-process through ``briefing.cli.main`` where possible; as ``python -m briefing``
subprocesses for the concurrency and ``kill -9`` cases. Dates come from
``SOURCE_DATE_EPOCH`` so edition names are known in advance.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock

from briefing.cli import main

EPOCH = "1795000000"  # 2026-11-18 UTC
DAY = "2026-11-18"

ARTICLES = {
    "a.txt": (
        "Harbour bridge closed after inspection finds cracks\n\n"
        "The Eastport harbour bridge was closed to traffic on Tuesday after engineers found "
        "cracks in two of its steel supports. The transport department said the closure would "
        "last at least a month. Commuters face detours of up to forty minutes.\n\n"
        "Engineer Maria Costa said the cracks had probably grown over several winters. "
        "It is not yet known how much the repairs will cost."
    ),
    "b.txt": (
        "Ferry operators add sailings as bridge stays shut\n\n"
        "Two ferry companies in Eastport announced extra sailings on Wednesday to carry "
        "commuters stranded by the bridge closure. Tickets will be half price until the bridge "
        "reopens, the city council said.\n\n"
        "Councillor David Osei called the closure a warning about years of delayed maintenance. "
        "The council will meet on Friday to discuss emergency funding."
    ),
    "c.txt": (
        "Repair contract for Eastport bridge awarded\n\n"
        "The city awarded a repair contract worth twelve million dollars for the harbour bridge "
        "on Thursday. Work will begin next week and should finish by March.\n\n"
        "Mayor Lena Fischer said the city would review every bridge it owns. "
        "Opposition members asked why earlier inspection reports were never published."
    ),
    "d.txt": (
        "Businesses near harbour report falling sales\n\n"
        "Shops and cafes near the closed harbour bridge say their sales have fallen by a third "
        "since the closure. The chamber of commerce asked the council for temporary tax relief.\n\n"
        "Restaurant owner Sam Patel said customers no longer walked across from the old town."
    ),
}


def write_story(root: Path, articles: list[str], **config: object) -> Path:
    """A story folder: sources/ with the named articles and a briefing.toml using them."""
    sources = root / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name in articles:
        (sources / name).write_text(ARTICLES[name], encoding="utf-8")
    settings = {"formats": ["json"], "entities": False, "lock_timeout": 30.0, **config}
    lines = ['sources = ["sources"]', 'output = "output"']
    lines += [f"{k} = {json.dumps(v)}" for k, v in settings.items()]
    (root / "briefing.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def add_article(root: Path, name: str) -> None:
    (root / "sources" / name).write_text(ARTICLES[name], encoding="utf-8")


def state(root: Path) -> dict:
    return json.loads((root / "output" / ".briefing" / "state.json").read_text())


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file's (mtime_ns, size), except the lock file that every run opens."""
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in folder.rglob("*")
        if p.is_file() and p.name != "lock"
    }


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(tmp_path)
    return write_story(tmp_path, ["a.txt", "b.txt"])


def build(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["build", "--config", "briefing.toml", *extra])
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- schedule


def test_schedule_install_list_remove(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tab = story / "briefing.cron"
    assert main(["schedule", "install", "--cron", "0 7 * * *", "--tabfile", str(tab)]) == 0
    line = capsys.readouterr().out.strip()
    assert tab.read_text().splitlines()[1:] == [line]

    fields = line.split(" # ")
    assert fields[1].startswith("briefing:")
    words = shlex.split(fields[0])
    assert words[:5] == ["0", "7", "*", "*", "*"] and words[6:8] == ["cd", str(story)]
    build_at = words.index("build")
    executable = words[build_at - 1] if words[build_at - 1] != "briefing" else words[build_at - 3]
    assert Path(executable).is_absolute()
    assert words[build_at + 1 : build_at + 3] == ["--config", str(story / "briefing.toml")]
    assert words[-2:] == ["--log", str(story / "output" / "briefing.log")]

    # Installing again replaces our entry (new time), never duplicates it.
    assert main(["schedule", "install", "--cron", "30 6 * * 1-5", "--tabfile", str(tab)]) == 0
    capsys.readouterr()
    assert main(["schedule", "list", "--tabfile", str(tab)]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and listed[0].startswith("30 6 * * 1-5 ")

    assert main(["schedule", "remove", "--tabfile", str(tab)]) == 0
    capsys.readouterr()
    assert main(["schedule", "list", "--tabfile", str(tab)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "no briefing entry" in err


def test_schedule_bad_expression_is_exit_2(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tab = story / "briefing.cron"
    assert main(["schedule", "install", "--cron", "0 25 * * *", "--tabfile", str(tab)]) == 2
    err = capsys.readouterr().err
    assert "invalid cron expression '0 25 * * *'" in err and "Hours" in err
    assert not tab.exists()


def test_schedule_edits_the_user_crontab_without_tabfile(
    story: Path, user_crontab: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = user_crontab
    store.write_text("MAILTO=ana\n0 1 * * * /usr/bin/backup\n")

    assert main(["schedule", "install", "--cron", "@daily"]) == 0
    assert main(["schedule", "install", "--cron", "0 7 * * *"]) == 0
    capsys.readouterr()
    lines = store.read_text().splitlines()
    assert "MAILTO=ana" in lines and "0 1 * * * /usr/bin/backup" in lines
    ours = [line for line in lines if "# briefing:" in line]
    assert len(ours) == 1 and ours[0].startswith(f"0 7 * * * cd {story} && ")  # no user field
    assert main(["schedule", "remove"]) == 0
    assert "# briefing:" not in store.read_text() and "/usr/bin/backup" in store.read_text()


@pytest.mark.parametrize(
    ("setup", "says"),
    [
        ("newline-output", "contains a control character ('\\n')"),
        ("newline-user", "the user 'ana\\n* * * * * root touch /tmp/pwned'"),
        ("foreign-tabfile", "exists and was not written by briefing; refusing to edit it"),
        ("missing-folder", "does not exist; create it first"),
        ("folder", "is a folder; give a file path"),
    ],
)
def test_schedule_refusals_are_exit_2_and_write_nothing(
    story: Path, capsys: pytest.CaptureFixture[str], setup: str, says: str
) -> None:
    tab = story / "briefing-story"
    args = ["schedule", "install", "--cron", "0 7 * * *", "--tabfile", str(tab)]
    if setup == "newline-output":
        toml = story / "briefing.toml"
        bad = 'output = "out\\n* * * * * root touch /tmp/pwned"'
        toml.write_text(toml.read_text().replace('output = "output"', bad))
    elif setup == "newline-user":
        args += ["--user", "ana\n* * * * * root touch /tmp/pwned"]
    elif setup == "foreign-tabfile":
        tab.write_bytes(b"0 0 * * 7-7 root /bin/x\n")
    elif setup == "missing-folder":
        tab = story / "missing" / "briefing-story"
        args[-1] = str(tab)
    else:
        tab.mkdir()
    before = tab.read_bytes() if tab.is_file() else None
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == "" and says in err and "Traceback" not in err
    assert (tab.read_bytes() if tab.is_file() else None) == before
    assert not (story / "missing").exists()


# --------------------------------------------------------------------------- build


def test_unchanged_run_writes_nothing_and_force_rebuilds(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = build(capsys)
    assert code == 0 and out.strip() == str(story / "output" / f"brief-{DAY}.json")
    before = snapshot(story / "output")
    time.sleep(0.05)  # so that any rewrite would show in mtime_ns

    code, out, err = build(capsys)
    assert code == 0 and out == ""
    assert f"nothing changed since the last edition brief-{DAY}" in err
    assert snapshot(story / "output") == before

    code, out, _ = build(capsys, "--force")
    assert code == 0 and out.strip().endswith(f"brief-{DAY}-2.json")
    assert [e["name"] for e in state(story)["editions"]] == [f"brief-{DAY}", f"brief-{DAY}-2"]


def test_new_source_makes_an_edition_with_whats_new(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(capsys)[0] == 0
    first = (story / "output" / f"brief-{DAY}.json").read_bytes()
    assert json.loads(first)["whats_new"] is None  # nothing to compare with yet

    add_article(story, "c.txt")
    code, out, err = build(capsys)
    assert code == 0 and "1 new" in err
    new_path = story / "output" / f"brief-{DAY}-2.json"
    assert out.strip() == str(new_path)
    brief = json.loads(new_path.read_text())
    added = next(s for s in brief["sources"] if s["location"].endswith("c.txt"))
    assert brief["whats_new"]["since"] == DAY
    assert brief["whats_new"]["new_sources"] == [added["title"] or added["location"]]
    assert brief["whats_new"]["removed_sources"] == []
    assert (story / "output" / "latest.json").read_bytes() == new_path.read_bytes()
    assert (story / "output" / f"brief-{DAY}.json").read_bytes() == first  # kept as it was
    assert state(story)["brief"] == brief


def test_retention_keeps_the_newest_editions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    write_story(tmp_path, ["a.txt"], retention=2)
    for day, article in [(0, None), (1, "b.txt"), (2, "c.txt")]:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + day * 86400))
        if article:
            add_article(tmp_path, article)
        assert build(capsys)[0] == 0
    kept = sorted(p.name for p in (tmp_path / "output").glob("brief-*"))
    assert kept == ["brief-2026-11-19.json", "brief-2026-11-20.json"]
    assert [e["date"] for e in state(tmp_path)["editions"]] == ["2026-11-19", "2026-11-20"]


def test_busy_output_folder_skips_with_exit_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(tmp_path)
    write_story(tmp_path, ["a.txt"], lock_timeout=0.3)
    (tmp_path / "output" / ".briefing").mkdir(parents=True)
    with FileLock(tmp_path / "output" / ".briefing" / "lock"):
        code, out, err = build(capsys)
    assert code == 0 and out == ""
    assert f"another build is running in {tmp_path / 'output'}" in err
    assert "skipping" in err
    assert not list((tmp_path / "output").glob("brief-*"))


# --------------------------------------------------------------------------- processes


def spawn(root: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "build", "--config", str(root / "briefing.toml")],
        cwd=root,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_builds_started_together(tmp_path: Path) -> None:
    write_story(tmp_path, ["a.txt", "b.txt", "c.txt"])
    runs = [spawn(tmp_path), spawn(tmp_path)]
    results = [p.communicate(timeout=120) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], results
    # One built the edition; the other waited for the lock, then found nothing changed
    # (or, on a very slow machine, gave up waiting: also exit 0, also nothing written).
    messages = "".join(err for _, err in results)
    assert "nothing changed" in messages or "another build is running" in messages
    editions = state(tmp_path)["editions"]
    assert [e["name"] for e in editions] == [f"brief-{DAY}"]
    out = tmp_path / "output"
    assert json.loads((out / f"brief-{DAY}.json").read_text())["sources"]
    assert (out / "latest.json").read_bytes() == (out / f"brief-{DAY}.json").read_bytes()
    assert not [p for p in out.rglob("*.tmp")]


def test_kill_9_before_commit_leaves_previous_edition_and_state(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(capsys)[0] == 0
    out = story / "output"
    state_before = (out / ".briefing" / "state.json").read_bytes()
    edition_before = (out / f"brief-{DAY}.json").read_bytes()

    add_article(story, "d.txt")
    victim = spawn(story, BRIEFING_TEST_PAUSE_BEFORE_COMMIT="60")
    # Wait until the new edition's files are written and the build sleeps before its commit.
    deadline = time.monotonic() + 60
    while not (out / f"brief-{DAY}-2.json").exists():
        assert victim.poll() is None, victim.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)

    assert (out / ".briefing" / "state.json").read_bytes() == state_before
    assert (out / f"brief-{DAY}.json").read_bytes() == edition_before
    assert (out / ".briefing" / "journal.json").exists()

    code, printed, err = build(capsys)
    assert code == 0, err
    assert "recovering from an interrupted build" in err
    editions = state(story)["editions"]
    assert [e["name"] for e in editions] == [f"brief-{DAY}", f"brief-{DAY}-2"]
    assert printed.strip() == str(out / f"brief-{DAY}-2.json")
    brief = json.loads((out / f"brief-{DAY}-2.json").read_text())
    assert any(s["location"].endswith("d.txt") for s in brief["sources"])
    assert (out / "latest.json").read_bytes() == (out / f"brief-{DAY}-2.json").read_bytes()
    assert (out / f"brief-{DAY}.json").read_bytes() == edition_before
    assert not (out / ".briefing" / "journal.json").exists()
    assert not [p for p in out.rglob("*.tmp")]
