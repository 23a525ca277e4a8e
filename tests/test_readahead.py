"""A grown folder's ingest in a forked process while the build imports compose (issue 13):
the guess that a folder grew reads file names only, the result is ingest's own, and a
build over an unchanged folder imports nothing ahead."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing import forked, readahead
from briefing.cli import main
from briefing.ingest import Limits, ReadCache, clutter, ingest
from briefing.readahead import grown, ingest_while

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")

TEXTS = {
    "Ostrel": "Varnia's harbour board approved a levy on ferry tickets on Monday. The board's "
    "chair, Ilse Morrow, said the money would pay for a new quay in Ostrel.",
    "Kambe": "Ferry operators in Kambe said the levy would raise fares by a fifth before the "
    "summer season, and asked the ministry to delay it.",
    "Durn": "The transport minister of Varnia, Pell Adrani, told parliament in Durn that the "
    "harbour levy would be reviewed after one year.",
    "Lisk": "Dock workers in Lisk walked out for two hours on Thursday over the new quay's "
    "building contract, their union said.",
}


def folder(tmp_path: Path, *places: str) -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for place in places:
        (src / f"{place}.txt").write_text(TEXTS[place], encoding="utf-8")
    return src


def test_a_file_the_last_edition_did_not_list_is_a_grown_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = folder(tmp_path, "Ostrel", "Kambe")
    out = tmp_path / "out"
    last = [["Ostrel.txt", "1f"], ["Kambe.txt", "2e"]]
    folder(tmp_path, "Durn")
    assert not grown([str(src)], last, out)  # three files: read in no time
    monkeypatch.setattr(readahead, "MIN_SOURCES", 3)
    assert grown([str(src)], last, out)
    assert not grown([str(src)], [*last, ["Durn.txt", "3d"]], out)
    assert not grown([str(src)], [], out)  # no last edition: nothing to compare with
    assert not grown(["https://news.example.org/varnia"], last, out)  # known once fetched


def test_ingest_while_gives_ingest_s_result_read_in_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = folder(tmp_path, "Ostrel", "Kambe", "Durn")
    (src / "Copy.txt").write_text(TEXTS["Kambe"], encoding="utf-8")
    readers = tmp_path / "readers"
    real_clean = clutter.clean

    def clean(*args: object, **kwargs: object) -> object:
        with readers.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return real_clean(*args, **kwargs)

    monkeypatch.setattr(clutter, "clean", clean)
    limits = Limits()
    meanwhile: list[int] = []
    ahead = ingest_while(
        lambda: meanwhile.append(os.getpid()),
        [str(src)],
        limits=limits,
        output=tmp_path / "out",
        cache=ReadCache(tmp_path / "read", limits),
        processes=2,
    )
    assert meanwhile == [os.getpid()]
    assert str(os.getpid()) not in readers.read_text().split()
    here = ingest([str(src)], limits=Limits(), output=tmp_path / "out")
    assert ahead.documents == here.documents and len(here.documents) == 3
    assert ahead.skipped == here.skipped and "duplicate of" in here.skipped[0].reason


def test_a_failure_of_ingest_ahead_is_raised_as_ingest_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(readahead, "ingest", broken)
    limits = Limits()
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest_while(
            lambda: None,
            [str(folder(tmp_path, "Ostrel"))],
            limits=limits,
            output=tmp_path / "out",
            cache=ReadCache(tmp_path / "read", limits),
            processes=2,
        )


def test_only_a_grown_folder_imports_compose_while_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    calls: list[int] = []
    real = readahead.ingest_while

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("briefing.pipeline.ingest_while", spy)
    monkeypatch.setattr(readahead, "MIN_SOURCES", 2)
    src = folder(tmp_path, "Ostrel", "Kambe")
    run = ["build", str(src), "-o", str(tmp_path / "out"), "-f", "json", "--no-entities"]
    assert main([*run, "--workers", "2"]) == 0  # a first build: nothing to compare with
    assert main([*run, "--workers", "2"]) == 0  # unchanged: nothing imported ahead
    assert calls == []
    folder(tmp_path, "Durn")
    assert main([*run, "--workers", "1"]) == 0  # one process asked for: in turn
    assert calls == []
    folder(tmp_path, "Lisk")
    assert main([*run, "--workers", "2"]) == 0
    assert calls == [1]
    assert "4 usable source(s)" in "".join(capsys.readouterr())
