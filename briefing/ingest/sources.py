"""Expand what the user gave (files, folders, URLs, link files) into single sources.

Conventions:

* a folder is walked recursively in sorted order; hidden files and folders (name
  starts with ".") are skipped, and so is any README file (README, README.md, README.rst,
  ...), which describes a folder rather than being a source;
* a folder is anyone's to fill, so the walk never leaves it: a symbolic link is followed
  only when its target is inside the folder given (a link to ``/etc/passwd`` would
  publish a secret); links that lead out, broken links, link loops, named pipes, devices,
  sockets and folders that cannot be read are listed as skipped, with the reason;
* the output folder is never read (``briefing build .`` with the default ``./output``
  would otherwise read its own briefs and make a new edition every run): it is listed as
  skipped, and so is any file directly inside it;
* ``http://`` and ``https://`` locations are URLs;
* a ``*.url`` file is an internet shortcut: its ``URL=`` line is the source;
* a ``*.urls`` file lists one URL per line (``#`` comments and other lines are
  ignored); a ``.txt`` file such as ``links.txt`` whose every non-blank, non-comment
  line is a URL is read the same way;
* every other file is read by the reader for its extension (``EXTENSIONS``);
  unknown extensions are tried as text;
* a file is named in the brief as a reader can use it: by its path relative to the
  folder given (``2024/port.html``), or by its file name when the file itself was given,
  never by an absolute path of the machine that built the brief (``Source.name``); when
  two folders or more are given, the path starts with the folder's name (``monday/port.html``);
* a name is the same in every edition, whatever else is added: one that cannot be shown as
  it is (not UTF-8, control or invisible characters) ends in a short hash of its raw form
  (``caf\ufffd.txt (#3fa2)``), and two sources or skipped entries still shown alike, or
  alike to the eye (``look_alike``: "café" written with an accent or with a combining one,
  a Cyrillic "е" for a Latin "e"), all end in a hash of their locations (``named_apart``),
  never in a number that depends on their order.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from briefing.console import one_line
from briefing.model import Skipped
from briefing.safefile import read_file, read_whole

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".rss": "feed",
    ".atom": "feed",
}

_URL = re.compile(r"^https?://\S+$", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
# The user name and password of a URL ("https://ana:secret@host/..."): what the fetch
# needs, never what the brief, its state or the log shows. Up to the authority's last "@",
# as urllib reads it: a password with an "@" of its own ("ana:p@ss@host") is left out whole.
_USERINFO = re.compile(r"^(?P<scheme>https?://)[^/?#\s]*@", re.I)
OUTPUT_FOLDER = "the output folder of this brief (never read as a source)"
# A link file (an internet shortcut, a list of URLs) larger than this is read no further: a
# shortcut is a few hundred bytes; a cap so a huge one is never read whole (s16 hostile review).
MAX_LINK_FILE_BYTES = 1_000_000
# Hex digits of the hash that tells apart names shown alike: 65,536 values, for the few
# names of one build that print alike. Set by hand, not tuned.
NAME_HASH_DIGITS = 4
# Names of one length that ``look_alike`` compares pairwise; past it, every non-ASCII name of
# that length is tagged (a folder of 10,000 names in another script would be 10^8 pairs).
# Set by reasoning, not tuned: a story folder holds hundreds of files.
MAX_LOOK_ALIKE_GROUP = 1_000
_SPECIAL = [
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
]


@dataclass(frozen=True)
class Source:
    location: str  # path to read, or URL
    url: bool = False  # fetch it over HTTP
    reader: str | None = None  # reader name for a file; None = guess (unknown extension)
    name: str = ""  # how the brief names a file (see the module docstring); "" = location

    @property
    def shown(self) -> str:
        """The location as the brief shows it: the URL, or the file's name."""
        return self.name or printable(self.location)


def display_name(path: Path, root: Path | None = None, *, with_folder: bool = False) -> str:
    """``path`` relative to the folder ``root`` it was found in (POSIX separators; after the
    folder's name with ``with_folder``), or its file name when it was given by itself;
    printable, with ``name_tag`` when printing changed it (see ``printable``)."""
    raw = path.name or str(path)
    if root is not None:
        try:
            raw = path.relative_to(root).as_posix()
            if with_folder:
                raw = f"{root.name or root.resolve().name}/{raw}"
        except ValueError:
            pass
    shown = printable(raw)
    return shown if shown == raw else shown + name_tag(raw)


def name_tag(raw: str) -> str:
    """`` (#3fa2)``: a short hash of ``raw``, the same in every edition."""
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return f" (#{digest[:NAME_HASH_DIGITS]})"


def printable(location: str) -> str:
    """``location`` with the bytes of a file name that is not UTF-8 (which Python keeps as
    lone surrogates, ``"caf\\udce9.txt"``) shown as U+FFFD: a surrogate cannot be written as
    UTF-8, and one such name failed the whole build when the state was saved. Control and
    bidirectional-override characters are shown escaped, as the console shows them
    (``console.one_line``): ``"\\u202etxt.exe"`` would read "exe.txt" in every format.
    A URL's user name and password are left out: the brief goes to readers, and a
    password in the config's URL was printed in its "Skipped sources" and the log."""
    return one_line(_USERINFO.sub(r"\g<scheme>", _SURROGATE.sub("\ufffd", location)))


def is_url(location: str) -> bool:
    return bool(_URL.match(location.strip()))


def expand(
    locations: list[str], *, output: str | Path | None = None
) -> tuple[list[Source], list[Skipped]]:
    """The sources behind ``locations``, in order, and the locations that cannot be sources.

    ``output`` is the brief's output folder, never read (see the module docstring).
    """
    out = Path(output).expanduser().resolve() if output else None
    sources: list[Source] = []
    skipped: list[Skipped] = []
    with_folder = sum(1 for loc in locations if _is_folder(loc)) > 1
    for loc in locations:
        loc = loc.strip()
        if is_url(loc):
            sources.append(Source(loc, url=True))
            continue
        path = Path(loc).expanduser()
        mode, problem = _mode(path)
        if problem:
            skipped.append(Skipped(printable(loc), problem))
        elif _in_output(path, out, is_dir=stat.S_ISDIR(mode)):
            skipped.append(Skipped(printable(loc), OUTPUT_FOLDER))
        elif stat.S_ISDIR(mode):
            walk = _Walk(path, out, skipped, with_folder)
            for file in walk.files():
                sources.extend(_file_sources(file, skipped, path, with_folder))
        else:
            sources.extend(_file_sources(path, skipped))
    return named_apart(sources, skipped)


def _is_folder(location: str) -> bool:
    location = location.strip()
    return not is_url(location) and Path(location).expanduser().is_dir()


def named_apart(
    sources: list[Source], skipped: list[Skipped] | None = None
) -> tuple[list[Source], list[Skipped]]:
    """``sources`` and ``skipped`` with no two of them shown alike, nor alike to the eye.

    ``printable`` is not one-to-one (a name with the six characters ``\\u202e`` and one with
    U+202E itself; two Latin-1 names), which ``display_name``'s hash settles; two files of
    the same name given by themselves, or found in two folders of the same name, are still
    shown alike, and two names may differ only in characters that look the same
    (``look_alike``). The brief, the state's source list, the warnings and the "What's new"
    comparison know a source by the name it is shown by, so every name of such a group is
    shown with ``name_tag`` of its location after it: no name is changed by the order of the
    sources or by one added beside it unless the two look alike. The same location listed
    twice keeps its name (it is one source, read as a duplicate)."""
    skipped = list(skipped or [])
    owners: dict[str, set[str]] = {}
    for source in sources:
        owners.setdefault(source.shown, set()).add(source.location)
    for skip in skipped:
        owners.setdefault(skip.location, set()).add(skip.location)
    tagged = {name for name, where in owners.items() if len(where) > 1} | look_alike(owners)
    out = [
        replace(source, name=source.shown + name_tag(source.location))
        if source.shown in tagged
        else source
        for source in sources
    ]
    apart = [
        Skipped(skip.location + name_tag(skip.location), skip.reason)
        if skip.location in tagged
        else skip
        for skip in skipped
    ]
    return out, apart


def look_alike(names: Iterable[str]) -> set[str]:
    """The ``names`` that look like another of them: the same once composed alike (NFC:
    "e" with a combining accent is "é"), or of one length and differing only where either
    has a character outside ASCII ("е" of the Cyrillic script and "e" of the Latin; a
    non-ASCII name alone, "Zürich.txt", is left as it is). ``printable`` has already made
    every invisible character visible."""
    raws: dict[str, set[str]] = {}
    for name in names:
        raws.setdefault(unicodedata.normalize("NFC", name), set()).add(name)
    found = {composed for composed, alike in raws.items() if len(alike) > 1}
    by_length: dict[int, list[str]] = {}
    for composed in raws:
        by_length.setdefault(len(composed), []).append(composed)
    for composed in raws:
        if composed.isascii():
            continue  # two ASCII names of one length differ in a character both print plainly
        others = by_length[len(composed)]
        if len(others) > MAX_LOOK_ALIKE_GROUP:
            found.add(composed)  # too many to compare: tagged, so told apart all the same
            continue
        for other in others:
            if other != composed and all(
                a == b or not (a.isascii() and b.isascii())
                for a, b in zip(composed, other, strict=True)
            ):
                found |= {composed, other}
    return {name for composed in found for name in raws[composed]}


def _mode(path: Path) -> tuple[int, str]:
    """``(st_mode, "")`` for a folder or regular file (links followed), else ``(0, reason)``."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return 0, "broken symbolic link" if path.is_symlink() else "not found"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return 0, "symbolic link loop"
        return 0, f"could not read ({exc.strerror or exc})"
    except ValueError:  # "embedded null byte": a config's source may hold any string
        return 0, "not a file name (it holds a NUL)"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return mode, ""
    kind = next((name for test, name in _SPECIAL if test(mode)), "special file")
    return 0, f"not a regular file ({kind})"


def _in_output(path: Path, out: Path | None, *, is_dir: bool) -> bool:
    """The output folder itself, or a file directly in it (editions, latest copies, log)."""
    if out is None:
        return False
    real = path.resolve()
    return real == out if is_dir else real.parent == out


class _Walk:
    """One folder's files in sorted order; what cannot be a source goes to ``skipped``."""

    def __init__(
        self, root: Path, out: Path | None, skipped: list[Skipped], with_folder: bool = False
    ) -> None:
        self.root, self.out, self.skipped = root, out, skipped
        self.with_folder = with_folder
        self.real_root = root.resolve()
        self.seen: set[tuple[int, int]] = set()  # (device, inode) of folders walked

    def files(self) -> list[Path]:
        found: list[Path] = []
        self._folder(self.root, found)
        return found

    def _skip(self, path: Path, reason: str) -> None:
        self.skipped.append(
            Skipped(display_name(path, self.root, with_folder=self.with_folder), reason)
        )

    def _folder(self, top: Path, found: list[Path]) -> None:
        # Depth first in sorted order, with a stack of the folders open (not recursion: a
        # folder nested a thousand deep failed the run with RecursionError).
        stack = [iter(self._entries(top))]
        while stack:
            path = next(stack[-1], None)
            if path is None:
                stack.pop()
                continue
            try:
                link = path.is_symlink()
            except OSError as exc:  # a path past PATH_MAX (Python 3.11 raises ENAMETOOLONG)
                self._skip(path, f"could not read ({exc.strerror or exc})")
                continue
            if link and not self._link_stays_inside(path):
                continue
            mode, problem = _mode(path)
            if problem:
                self._skip(path, problem)
            elif _in_output(path, self.out, is_dir=stat.S_ISDIR(mode)):
                self._skip(path, OUTPUT_FOLDER)
            elif stat.S_ISDIR(mode):
                stack.append(iter(self._entries(path)))
            elif path.stem.lower() != "readme":  # README, README.md ... describe a folder
                found.append(path)

    def _entries(self, folder: Path) -> list[Path]:
        """The entries of ``folder`` to look at, sorted (none if it was walked already)."""
        try:
            st = folder.stat()
        except OSError as exc:
            self._skip(folder, f"could not read folder ({exc.strerror or exc})")
            return []
        key = (st.st_dev, st.st_ino)
        if key in self.seen:
            loop = folder.parent.resolve().is_relative_to(folder.resolve())
            self._skip(folder, "symbolic link loop" if loop else "folder already read (linked)")
            return []
        self.seen.add(key)
        try:
            with os.scandir(folder) as it:
                names = sorted(entry.name for entry in it)
        except OSError as exc:
            self._skip(folder, f"could not read folder ({exc.strerror or exc})")
            return []
        return [folder / name for name in names if not name.startswith(".")]

    def _link_stays_inside(self, path: Path) -> bool:
        try:
            target = path.resolve(strict=True)
        except FileNotFoundError:
            self._skip(path, "broken symbolic link")
            return False
        except (OSError, RuntimeError):  # RuntimeError: a loop, before Python 3.13
            self._skip(path, "symbolic link loop")
            return False
        if not target.is_relative_to(self.real_root):
            # The folder by its name: the brief never shows the building machine's paths.
            folder = self.root.name or self.root
            where = printable(f"{target}, outside {folder}")
            self._skip(path, f"symbolic link to {where} (not followed)")
            return False
        return True


def _file_sources(
    path: Path, skipped: list[Skipped], root: Path | None = None, with_folder: bool = False
) -> list[Source]:
    name = display_name(path, root, with_folder=with_folder)
    suffix = path.suffix.lower()
    if suffix == ".url":
        url, reason = _shortcut_url(path)
        if url:
            return [Source(url, url=True)]
        skipped.append(Skipped(name, reason))
        return []
    if suffix in {".urls", ".txt", ""}:
        urls = _url_list(path, strict=suffix != ".urls")
        if urls is not None:
            return [Source(u, url=True) for u in urls]
    return [Source(str(path), reader=EXTENSIONS.get(suffix), name=name)]


def _shortcut_url(path: Path) -> tuple[str | None, str]:
    """The http(s) URL an internet shortcut's ``URL=`` line names, or None and why not. Only
    http(s) links are fetched: a shortcut to a ``file:`` URL is not read as a local file."""
    try:
        data = read_file(path, MAX_LINK_FILE_BYTES + 1)
    except OSError as exc:
        return None, f"could not read internet shortcut ({exc.strerror or exc})"
    whole = len(data) <= MAX_LINK_FILE_BYTES
    if not whole:  # the line the cap cuts is not read: its URL may go on past the cap
        data = data[: data.rfind(b"\n") + 1]
    text = data.decode("utf-8", errors="replace")
    targets = re.findall(r"^\s*URL\s*=\s*(\S+)\s*$", text, re.M | re.I)
    url = next((target for target in targets if _URL.match(target)), None)
    if url or not targets:
        # Said as found: a longer shortcut may hold its URL= line past what was read.
        read = "" if whole else f" in its first {MAX_LINK_FILE_BYTES:,} bytes (MAX_LINK_FILE_BYTES)"
        return url, f"internet shortcut without a URL= line{read}"
    # The scheme only, never the rest: a file: link names a path of the building machine.
    scheme = re.match(r"[a-z][a-z0-9+.-]{0,19}:", targets[0], re.I)
    link = f"a {scheme[0].lower()} link" if scheme else "no URL"
    return None, f"internet shortcut to {link}: only http(s) links are fetched"


def _url_list(path: Path, strict: bool = True) -> list[str] | None:
    """The URLs of a link-list file, or None when the file is not one. ``strict``: every
    line must be a URL (a .txt file); otherwise other lines are ignored (a .urls file)."""
    try:
        # Measured by the read itself: a size checked before reading lets a file that grows
        # meanwhile (a log, a pipe swapped in) be read whole.
        text = read_whole(path, MAX_LINK_FILE_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):  # FileTooLarge is an OSError
        return None
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    urls = [line for line in lines if _URL.match(line)]
    if urls and (not strict or len(urls) == len(lines)):
        return urls
    return None
