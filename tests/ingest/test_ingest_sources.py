"""Walking a sources folder someone else fills: links, special files, the output folder."""

from __future__ import annotations

import os
import re
import socket
import threading
import unicodedata
from pathlib import Path

import pytest

from briefing.ingest import Limits, ReadCache, ingest
from briefing.ingest.sources import OUTPUT_FOLDER, expand, name_tag, printable, read_file


def article(n: int) -> str:
    return (
        f"Story number {n}\n\nCouncil members voted on plan {n} after a long debate on "
        f"Tuesday, and the mayor said item {n} would be funded next year.\n"
    )


def reasons(result) -> dict[str, str]:
    return {s.location: s.reason for s in result.skipped}


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(article(1))
    return folder


def test_symlink_out_of_the_folder_is_not_followed(news: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash password hunter2 is the secret here\n")
    (news / "passwd.txt").symlink_to("/etc/passwd")
    (news / "secret.txt").symlink_to(secret)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(article(2))
    (news / "more").symlink_to(tmp_path / "elsewhere")
    result = ingest([str(news)])
    assert [Path(d.location).name for d in result.documents] == ["a.txt"]
    assert not any("hunter2" in d.text or "root:" in d.text for d in result.documents)
    why = reasons(result)
    assert why["passwd.txt"] == "symbolic link to /etc/passwd, outside news (not followed)"
    assert "outside" in why["secret.txt"] and "outside" in why["more"]


def test_symlink_inside_the_folder_is_followed(news: Path) -> None:
    (news / "sub").mkdir()
    (news / "sub" / "b.txt").write_text(article(2))
    (news / "z-link.txt").symlink_to(news / "sub" / "b.txt")
    result = ingest([str(news)])
    assert [Path(d.location).name for d in result.documents] == ["a.txt", "b.txt"]
    assert reasons(result) == {"z-link.txt": "duplicate of sub/b.txt"}


def test_broken_links_loops_and_special_files_are_listed(news: Path) -> None:
    (news / "dangling.txt").symlink_to(news / "gone.txt")
    (news / "self.txt").symlink_to(news / "self.txt")
    (news / "sub").mkdir()
    (news / "sub" / "up").symlink_to(news)
    os.mkfifo(news / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(news / "sock"))
        result = ingest([str(news)])
    assert [Path(d.location).name for d in result.documents] == ["a.txt"]
    assert reasons(result) == {
        "dangling.txt": "broken symbolic link",
        "self.txt": "symbolic link loop",
        "sub/up": "symbolic link loop",
        "pipe.txt": "not a regular file (named pipe)",
        "sock": "not a regular file (socket)",
    }


def test_a_named_pipe_given_directly_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = ingest([str(tmp_path / "pipe.txt")])
    assert reasons(result) == {str(tmp_path / "pipe.txt"): "not a regular file (named pipe)"}


def test_a_pipe_swapped_in_after_the_walk_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_file(tmp_path / "pipe.txt")
        except OSError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    assert outcome and "not a regular file" in str(outcome[0])


def test_unreadable_folder_is_listed(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (news / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):  # chmod 000 does not stop root, who may run the tests
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = ingest([str(news)])
    assert len(result.documents) == 1
    assert reasons(result) == {"locked": "could not read folder (Permission denied)"}


@pytest.mark.parametrize("layout", ["default ./output", "output inside sources"])
def test_the_output_folder_is_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(article(1))
    out = tmp_path / "output" if layout == "default ./output" else tmp_path / "briefs"
    out.mkdir()
    (out / "brief-2026-11-22.md").write_text(article(7))
    (out / "latest.md").write_text(article(7))
    location = "." if layout == "default ./output" else str(tmp_path)
    output = "output" if layout == "default ./output" else str(out)
    result = ingest([location], output=output)
    assert [Path(d.location).name for d in result.documents] == ["a.txt"]
    assert list(reasons(result).values()) == [OUTPUT_FOLDER]
    # A file of the output folder named on its own is refused too.
    result = ingest([str(out / "latest.md")], output=output)
    assert result.documents == [] and reasons(result) == {str(out / "latest.md"): OUTPUT_FOLDER}


def test_sources_inside_the_output_folder_are_read(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(article(1))
    (tmp_path / "brief-2026-11-22.md").write_text(article(7))
    result = ingest([str(tmp_path / "sources")], output=str(tmp_path))
    assert [Path(d.location).name for d in result.documents] == ["a.txt"]
    assert result.skipped == []


def test_a_folder_nested_deeper_than_the_recursion_limit_is_walked(tmp_path: Path) -> None:
    # 1,100 levels of one-letter folders (a path of about 2,200 characters): the walk
    # recursed once per level and failed the whole run with RecursionError.
    top = tmp_path / "news"
    top.mkdir()
    (top / "top.txt").write_text(article(2), encoding="utf-8")
    levels = [top]
    for _ in range(1100):
        levels.append(levels[-1] / "a")
        levels[-1].mkdir()
    (levels[-1] / "story.txt").write_text(article(1), encoding="utf-8")
    try:
        result = ingest([str(top)])
    finally:  # bottom up: shutil.rmtree (pytest's clean-up) recurses once per level too
        (levels[-1] / "story.txt").unlink()
        for folder in reversed(levels[1:]):
            folder.rmdir()
    assert sorted(d.title for d in result.documents) == ["Story number 1", "Story number 2"]


def test_a_huge_internet_shortcut_is_not_read_whole(tmp_path: Path) -> None:
    # A sparse 3 GB ``.url`` file (no disk used) was read whole into memory: under an
    # address-space cap of 512 MB above what the process holds, the run failed (MemoryError).
    import resource

    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text(article(1), encoding="utf-8")
    with (news / "big.url").open("wb") as fh:
        fh.truncate(3 * 2**30)
        fh.seek(0, os.SEEK_END)
        fh.write(b"\nURL=https://example.com/story\n")
    status = Path("/proc/self/status").read_text()
    held = int(next(line for line in status.splitlines() if line.startswith("VmSize:")).split()[1])
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (held * 1024 + 512 * 2**20, hard))
    try:
        result = ingest([str(news)])
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    assert [d.title for d in result.documents] == ["Story number 1"]
    assert reasons(result)["big.url"] == (
        "internet shortcut without a URL= line in its first 1,000,000 bytes (MAX_LINK_FILE_BYTES)"
    )


def test_a_shortcut_longer_than_the_cap_says_what_part_holds_no_url_line(tmp_path: Path) -> None:
    # It said "internet shortcut without a URL= line" when its URL= line lay past the 1 MB
    # read (s32 hostile review); and a URL= line cut by the cap was taken cut short.
    from briefing.ingest import sources

    filler = b"; a comment line of the kind a shortcut may carry\n"
    lines = filler * (sources.MAX_LINK_FILE_BYTES // len(filler))
    late = tmp_path / "late.url"
    late.write_bytes(lines + b"URL=https://example.com/story\n")
    reason = "internet shortcut without a URL= line in its first 1,000,000 bytes"
    assert sources._shortcut_url(late) == (None, f"{reason} (MAX_LINK_FILE_BYTES)")
    straddling = tmp_path / "straddling.url"  # its URL= line begins before the cap, ends after
    before = lines[: sources.MAX_LINK_FILE_BYTES - 4 * len(filler)]
    straddling.write_bytes(before + b"URL=https://example.com/" + b"a" * 300 + b"\n")
    assert sources._shortcut_url(straddling) == (None, f"{reason} (MAX_LINK_FILE_BYTES)")
    small = tmp_path / "small.url"
    small.write_bytes(filler * 3)
    assert sources._shortcut_url(small) == (None, "internet shortcut without a URL= line")
    ending = tmp_path / "ending.url"  # a last line that ends at the cap is read whole
    ending.write_bytes(
        b"URL=https://example.com/story\n".rjust(sources.MAX_LINK_FILE_BYTES + 1, b"\n")
    )
    assert sources._shortcut_url(ending)[0] == "https://example.com/story"


def test_a_link_list_that_grows_after_its_size_is_checked_is_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The size was taken from stat() and the file then read whole: a list that grows between
    # the two (or whose stat lies) was read to its end. The read itself now stops at the cap.
    from briefing.ingest import sources

    links = tmp_path / "links.urls"
    links.write_text("https://example.com/a\n" * (sources.MAX_LINK_FILE_BYTES // 20))
    real_stat = Path.stat

    def small_stat(self: Path, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        if self == links:
            return os.stat_result((result.st_mode, *result[1:6], 100, *result[7:]))
        return result

    monkeypatch.setattr(Path, "stat", small_stat)
    assert sources._url_list(links, strict=False) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("URL=file:///home/ana/notes.html", "internet shortcut to a file: link"),
        ("URL=ftp://example.com/a.txt", "internet shortcut to a ftp: link"),
        ("URL=example.com/a", "internet shortcut to no URL"),
    ],
)
def test_an_internet_shortcut_to_no_http_link_says_only_http_is_fetched(
    tmp_path: Path, line: str, reason: str
) -> None:
    # It said "internet shortcut without a URL= line" (s32 hostile review), and it has one.
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text(article(1), encoding="utf-8")
    (news / "local.url").write_text(f"[InternetShortcut]\n{line}\n", encoding="utf-8")
    result = ingest([str(news)])
    assert [d.title for d in result.documents] == ["Story number 1"]
    assert reasons(result)["local.url"] == f"{reason}: only http(s) links are fetched"
    assert "ana" not in reasons(result)["local.url"]  # no local path in the brief


def test_a_file_name_that_is_not_utf8_is_read_and_named_printably(tmp_path: Path) -> None:
    # A Latin-1 name ("café" as the byte e9) is kept by Python as a lone surrogate, which
    # cannot be written as UTF-8: the read cache's entry, then the state, failed the build.
    news = tmp_path / "news"
    news.mkdir()
    os.mkdir(os.fsencode(news) + b"/caf\xe9")
    with open(os.fsencode(news) + b"/caf\xe9/story\xff.txt", "w") as fh:
        fh.write(article(1))
    with open(os.fsencode(news) + b"/empty\xfe.txt", "w") as fh:
        fh.write("")
    result = ingest([str(news)], cache=ReadCache(tmp_path / "cache", Limits()))
    raw = os.fsdecode(b"caf\xe9/story\xff.txt")
    assert [d.location for d in result.documents] == ["caf\ufffd/story\ufffd.txt" + name_tag(raw)]
    assert list(reasons(result)) == ["empty\ufffd.txt" + name_tag(os.fsdecode(b"empty\xfe.txt"))]
    for name in [d.location for d in result.documents] + list(reasons(result)):
        name.encode("utf-8")


def test_bidi_and_control_characters_in_a_file_name_are_shown_escaped(tmp_path: Path) -> None:
    # s33 red team: "\u202etxt.exe" was listed as is in every format, where it reads "exe.txt".
    news = tmp_path / "news"
    news.mkdir()
    (news / "\u202etxt.exe").write_text(article(1))
    (news / "tab\there\u2066.txt").write_text("")
    alone = tmp_path / "alone\x1b[31m.txt"
    alone.write_text(article(2))
    result = ingest([str(news), str(alone)], cache=ReadCache(tmp_path / "cache", Limits()))
    assert [d.location for d in result.documents] == [
        "\\u202etxt.exe" + name_tag("\u202etxt.exe"),
        "alone\\x1b[31m.txt" + name_tag("alone\x1b[31m.txt"),
    ]
    assert list(reasons(result)) == ["tab\\there\\u2066.txt" + name_tag("tab\there\u2066.txt")]


def test_a_path_longer_than_the_system_allows_is_listed_not_fatal(tmp_path: Path) -> None:
    # 25 folders of 200 characters: a path past PATH_MAX (4,096 bytes), on which Python 3.11's
    # is_symlink raises ENAMETOOLONG instead of answering; it failed the whole run.
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(article(1))
    here = os.open(news, os.O_RDONLY)
    try:
        for _ in range(25):
            os.mkdir("d" * 200, dir_fd=here)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=here)
            os.close(here)
            here = inner
    finally:
        os.close(here)
    result = ingest([str(news)])
    assert [d.location for d in result.documents] == ["a.txt"]
    assert any("too long" in reason for reason in reasons(result).values())


def test_a_location_holding_a_nul_character_is_listed_not_fatal(tmp_path: Path) -> None:
    # A config's sources may hold any string ("src\u0000old" is valid TOML); the path's
    # check raised ValueError (embedded null byte) and failed the whole build.
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(article(1))
    result = ingest([str(news), str(tmp_path / "old\x00news")])
    assert [d.location for d in result.documents] == ["a.txt"]
    assert reasons(result) == {f"{tmp_path}/old\\x00news": "not a file name (it holds a NUL)"}


def test_files_whose_names_print_alike_are_never_named_alike(tmp_path: Path) -> None:
    # "\u202e" escaped for printing reads like the six characters "\u202e" in another
    # file's name, and two Latin-1 names both print with U+FFFD: both pairs were listed
    # under one name in the brief and in the state, and "What's new" took one for the other.
    from briefing.fingerprint import source_hashes

    news = tmp_path / "news"
    news.mkdir()
    (news / "a\\u202etxt.txt").write_text(article(1))  # the six characters
    (news / "a\u202etxt.txt").write_text(article(2))  # the control
    (news / "a\\u202etxt.txt (2)").write_text(article(3))  # the name a rename would take
    for n, byte in enumerate([b"\xe9", b"\xe8"], start=4):
        with open(os.fsencode(news) + b"/caf" + byte + b".txt", "w") as fh:
            fh.write(article(n))
    result = ingest([str(news)], cache=ReadCache(tmp_path / "cache", Limits()))
    names = [d.location for d in result.documents]
    assert len(result.documents) == 5 and not result.skipped
    assert len(set(names)) == 5
    assert sorted(names) == sorted(
        [
            "a\\u202etxt.txt",
            "a\\u202etxt.txt" + name_tag("a\u202etxt.txt"),
            "a\\u202etxt.txt (2)",
            "caf\ufffd.txt" + name_tag(os.fsdecode(b"caf\xe9.txt")),
            "caf\ufffd.txt" + name_tag(os.fsdecode(b"caf\xe8.txt")),
        ]
    )
    assert len({location for location, _ in source_hashes(result.documents)}) == 5


def test_adding_a_file_renames_no_source(tmp_path: Path) -> None:
    # Names told apart by their order (" (2)") moved with each addition: a file added to
    # the first of two folders, or a second Latin-1 name beside one, renamed the source
    # already there, and "What's new" reported one changed and one new source.
    for folder in ("monday", "tuesday", "news"):
        (tmp_path / folder).mkdir()
    (tmp_path / "tuesday" / "report.txt").write_text(article(1))
    with open(os.fsencode(tmp_path / "news") + b"/caf\xe9.txt", "w") as fh:
        fh.write(article(2))
    folders = [str(tmp_path / f) for f in ("monday", "tuesday", "news")]

    def names() -> dict[str, str]:
        return {s.location: s.shown for s in expand(folders)[0]}

    before = names()
    (tmp_path / "monday" / "report.txt").write_text(article(3))
    with open(os.fsencode(tmp_path / "news") + b"/caf\xe8.txt", "w") as fh:
        fh.write(article(4))
    after = names()
    assert {location: after[location] for location in before} == before
    assert len(set(after.values())) == 4
    assert after[str(tmp_path / "monday" / "report.txt")] == "monday/report.txt"


LOOK_ALIKE_NAMES = [
    b"caf\xe9.txt",  # Latin-1: both print as "caf\ufffd.txt"
    b"caf\xe8.txt",
    "re\u200bport.txt".encode(),  # a zero-width space printed as nothing
    b"report.txt",
    "r\u0435cap.txt".encode(),  # a Cyrillic "е"
    b"recap.txt",
    "cafe\u0301.md".encode(),  # "é" with a combining accent, and composed
    "caf\u00e9.md".encode(),
]


@pytest.mark.parametrize("cut", [False, True])
def test_names_that_print_alike_each_get_a_name_and_a_warning_of_their_own(
    tmp_path: Path, cut: bool
) -> None:
    # Skipped entries whose names differed only in invisible characters, look-alike letters
    # or their composition were listed alike, and two sources printed alike shared one
    # warning: the second's was dropped, so its read was cached as if whole.
    news = os.fsencode(tmp_path / "news")
    os.mkdir(news)
    for n, raw in enumerate(LOOK_ALIKE_NAMES):
        with open(news + b"/" + raw, "w", encoding="utf-8") as fh:
            fh.write(article(n) * 40 if cut else "")  # whole articles, or empty (skipped)
    limits = Limits(max_source_chars=2_000)
    result = ingest([os.fsdecode(news)], limits=limits)
    names = [d.location for d in result.documents] + list(reasons(result))
    assert len(names) == len(LOOK_ALIKE_NAMES)
    tagged = [name for name in names if re.search(r" \(#[0-9a-f]{4}\)$", name)]
    assert all(name in tagged for name in names if not name.isascii()), names
    assert len({unicodedata.normalize("NFKC", name) for name in names}) == len(names)
    assert "re\\u200bport.txt" in " ".join(tagged)  # the invisible character is shown
    assert "recap.txt" not in names  # its Cyrillic look-alike is there: both are tagged
    if cut:
        assert len(result.warnings) == len(LOOK_ALIKE_NAMES)
        assert len({note.partition(": ")[0] for note in result.warnings}) == len(names)
    else:
        assert set(reasons(result).values()) == {"empty file"}


def test_a_name_in_another_script_alone_is_shown_as_it_is(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "Zürich.txt").write_text(article(1))
    (news / "Zurich-notes.txt").write_text(article(2))
    result = ingest([str(news)])
    assert sorted(d.location for d in result.documents) == ["Zurich-notes.txt", "Zürich.txt"]


def test_a_urls_user_name_and_password_are_never_shown() -> None:
    # A password in the config's URL was printed in the brief's "Skipped sources" and the
    # log; the location shown is the URL without it (the fetch still gets it).
    url = "https://ana:hunter2@127.0.0.1:9/harbour/story?id=1"
    result = ingest([url])  # a loopback address: refused, no request made
    [skipped] = result.skipped
    assert skipped.location == "https://127.0.0.1:9/harbour/story?id=1"
    assert "hunter2" not in skipped.reason
    # a password holding an "@" of its own: urllib takes the host after the last one,
    # and no part of the password is shown
    assert printable("https://ana:hun@ter2@example.org/a") == "https://example.org/a"
    # an "@" in the path or the query is no user name
    for kept in ("https://example.org/people/@ana", "https://example.org/?mail=a@b.org"):
        assert printable(kept) == kept
