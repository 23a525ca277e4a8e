"""Schedule: install, list and remove the cron entry that rebuilds a brief.

The entry must work in cron's bare environment (minimal ``PATH``, ``/bin/sh``, home as the
working directory), so everything in it is absolute::

    0 7 * * * cd /home/ana/story && mkdir -p /home/ana/story/output && \
        /home/ana/.venv/bin/briefing build --config /home/ana/story/briefing.toml \
        --log /home/ana/story/output/briefing.log # briefing:3f2a9c0d41be

The trailing comment is the tag: ``briefing:`` + a hash of the working directory and the
config path (``./briefing.toml`` when none is given, whether or not it exists yet).
``list`` and ``remove`` only touch entries carrying the tag of the current directory and
config (or every ``briefing:`` entry with ``--all``), and ``install`` replaces its own entry
instead of adding a second one.

The crontab is edited as bytes, line by line: only lines that end in our tag are replaced or
removed, every other line (comments, variables, other jobs, lines cron itself would reject)
comes back byte for byte. python-crontab only validates our own expression; it never
renders the table (it rewrote other people's lines: ``7-7`` became ``0,*``).

Every value that goes into the line is hostile (a folder name, the config's ``output``,
``--user``): a newline or other control character would start a new cron entry, so it is
refused; ``%`` (cron's "end of command, then stdin") is written so that cron passes it on
as a plain ``%`` (see ``cron_quote``).

Without ``tabfile`` the user's crontab is edited (through the ``crontab`` program). With a
``tabfile`` a crontab-format file is written instead, in the *system* format that
``/etc/cron.d`` expects: each line carries a user field after the five time fields. Only a
missing file, an empty one or one this module wrote is accepted; the folder must exist. The
file is replaced atomically (temp file in the same folder, then rename) with mode 0644.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.config import DEFAULT_CONFIG_NAME, Config, load_config

TAG_PREFIX = "briefing:"
LOG_NAME = "briefing.log"
CRONTAB_COMMAND = "crontab"  # the program that reads (-l) and installs (FILE) a user's crontab
CRONTAB_TIMEOUT = 30.0  # seconds; not tuned: a hung crontab program must not hang us forever
# Vixie cron (Debian's cron) keeps MAX_COMMAND - 1 = 999 bytes of a command and silently drops
# the rest, which would leave an unclosed quote; refuse longer commands instead.
MAX_COMMAND_BYTES = 999
TABFILE_MODE = 0o644  # what /etc/cron.d expects: readable, writable by the owner only
# First line of a --tabfile we create: marks the file as ours, so we may edit it later.
HEADER = (
    b"# Written by `briefing schedule`; it only changes lines that end in '# briefing:<tag>'.\n"
)
_TAG_RE = re.compile(rb"[ \t]#[ \t]*briefing:([0-9a-f]{12})[ \t]*\r?\n?\Z")
_USER_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\$?\Z")  # POSIX portable user names
_FIELDS = ("minute", "hour", "day of month", "month", "day of week")
_SPECIALS = (
    "@reboot",
    "@yearly",
    "@annually",
    "@monthly",
    "@weekly",
    "@daily",
    "@midnight",
    "@hourly",
)


class ScheduleError(Exception):
    """A problem with the schedule request; ``exit_code`` 2 for bad input, 1 otherwise."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def check_expression(expr: str) -> str:
    """Return the normalised expression, or raise ``ScheduleError`` saying what is wrong."""
    expr = " ".join(expr.split())
    check_value("cron expression", expr)
    if not expr:
        raise ScheduleError('empty cron expression; e.g. --cron "0 7 * * *" (07:00 every day)')
    if expr.startswith("@"):
        if expr not in _SPECIALS:
            raise ScheduleError(
                f"unknown cron shortcut {expr!r}; use one of {', '.join(_SPECIALS)}"
            )
        return expr
    parts = expr.split(" ")
    if len(parts) != len(_FIELDS):
        raise ScheduleError(
            f"cron expression {expr!r} has {len(parts)} field(s); it needs 5: "
            f'{", ".join(_FIELDS)} (e.g. "0 7 * * *" = 07:00 every day)'
        )
    from crontab import CronSlices  # here: `schedule list` needs no cron library (start-up)

    if "%" in expr or not CronSlices.is_valid(expr):
        # CronSlices names the bad field and its range, e.g. "'61', not in 0-59 for Minutes".
        try:
            CronSlices(expr)
        except KeyError as exc:
            detail = str(exc.args[0]) if exc.args else "not a valid value"
        except ValueError as exc:
            detail = str(exc)
        else:
            detail = "not accepted by cron"
        raise ScheduleError(f"invalid cron expression {expr!r}: {detail}")
    return expr


def check_value(what: str, value: str) -> str:
    """Refuse a value with a newline, CR or other control character: cron would split the
    line there and run the rest as an entry of its own."""
    bad = next((c for c in value if unicodedata.category(c) == "Cc"), None)
    if bad is not None:
        raise ScheduleError(
            f"refusing to schedule: the {what} {value!r} contains a control character "
            f"({bad!r}); in a crontab it would start a new entry. Rename it and try again"
        )
    return value


def check_user(user: str) -> str:
    """The user field of a system crontab line: a plain user name, nothing cron could misread."""
    check_value("user", user)
    if not _USER_RE.match(user):
        raise ScheduleError(
            f"refusing to schedule: {user!r} is not a user name cron can take "
            "(letters, digits, '.', '_' and '-'; not starting with '-')"
        )
    return user


def cron_quote(word: str) -> str:
    r"""Quote ``word`` for ``/bin/sh`` inside a crontab line.

    Cron ends the command at an unescaped ``%`` (the rest becomes the job's stdin) and turns
    ``\%`` into ``%``; a backslash before anything else stays. So each ``%`` is written as
    ``\%`` *outside* the shell quotes, between separately quoted pieces: ``50% a\`` becomes
    ``50\%' a\'``, which cron hands to the shell as ``50%' a\'``. No piece ends in a bare
    backslash (``shlex.quote`` puts backslashes inside single quotes), so a ``\`` in the
    value can never pair with our ``\%``.
    """
    return r"\%".join(shlex.quote(piece) for piece in word.split("%"))


def entry_tag(workdir: Path, config: Path | None) -> str:
    """The comment that marks our entry for this working directory and config."""
    key = f"{workdir}\n{config or ''}".encode(errors="surrogateescape")
    return TAG_PREFIX + hashlib.sha256(key).hexdigest()[:12]


def briefing_command() -> list[str]:
    """The absolute command that runs briefing: the script, else ``python -m briefing``.

    Paths are made absolute but symlinks are kept: a ``~/.local/bin/briefing`` link (pipx)
    keeps working after an upgrade moves the real file.
    """
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == "briefing" and argv0.is_file():
        return [os.path.abspath(argv0)]
    found = shutil.which("briefing")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "briefing"]


def resolve_config(config: str | Path | None, workdir: Path) -> Path | None:
    """The config file the job will use, absolute; ``None`` means briefing's defaults."""
    if config is not None:
        path = Path(config)
        path = path if path.is_absolute() else workdir / path
        if not path.is_file():
            raise ScheduleError(f"config file not found: {path}")
        return path.absolute()
    default = workdir / DEFAULT_CONFIG_NAME
    return default.absolute() if default.is_file() else None


def job_command(workdir: Path, config: Path | None, command: list[str] | None = None) -> str:
    """The shell command cron runs: cd, make the log folder, build appending to the log."""
    cfg = load_config(config, required=True) if config is not None else Config()
    output = Path(cfg.output)
    output = (output if output.is_absolute() else workdir / output).absolute()
    log = output / LOG_NAME
    build = [*(command or briefing_command()), "build"]
    if config is not None:
        build += ["--config", str(config)]
    # The build opens its log itself, never through a link (see ``safefile.open_log``):
    # a shell's ``>> log`` followed one planted in the output folder.
    build += ["--log", str(log)]
    check_value("folder", str(workdir))
    check_value("output folder (config key `output`)", str(output))
    for word in build:
        check_value("command word", word)
    q = cron_quote
    line = f"cd {q(str(workdir))} && mkdir -p {q(str(output))} && {' '.join(q(w) for w in build)}"
    size = len(line.encode("utf-8", "surrogateescape")) + len(" # ") + len(TAG_PREFIX) + 12
    if size > MAX_COMMAND_BYTES:
        raise ScheduleError(
            f"refusing to schedule: the cron command would be {size} bytes and some cron "
            f"versions silently cut commands after {MAX_COMMAND_BYTES}; use shorter paths "
            "(the folder, the config's `output`, where briefing is installed)"
        )
    return line


def install(
    expr: str,
    *,
    config: str | Path | None = None,
    tabfile: str | Path | None = None,
    workdir: Path | None = None,
    user: str | None = None,
    command: list[str] | None = None,
) -> str:
    """Add (or replace) our entry; return its crontab line."""
    expr = check_expression(expr)
    workdir = (workdir or Path.cwd()).absolute()
    config_path = resolve_config(config, workdir)
    tags = _tags(workdir, config_path)
    user_field = ""
    if tabfile is not None:
        # Under sudo the job should still run as the person who asked for it, not as root.
        user_field = check_user(user or os.environ.get("SUDO_USER") or getpass.getuser()) + " "
    line = f"{expr} {user_field}{job_command(workdir, config_path, command)} # {tags[0]}"
    new = line.encode("utf-8", "surrogateescape") + b"\n"
    old = _read(tabfile, for_install=True)
    lines, placed = [], False
    for existing in _split(old):
        if _tag_of(existing) in tags:
            if not placed:  # replace ours where it was
                lines.append(new)
                placed = True
            continue
        lines.append(existing)
    if not placed:
        if lines and not lines[-1].endswith(b"\n"):
            lines[-1] += b"\n"  # the last line keeps its bytes; ours starts on a line of its own
        if tabfile is not None and not old.strip():
            lines.append(HEADER)
        lines.append(new)
    _write(tabfile, b"".join(lines))
    return line


def entries(
    *,
    config: str | Path | None = None,
    tabfile: str | Path | None = None,
    workdir: Path | None = None,
    all_entries: bool = False,
    delete: bool = False,
) -> list[str]:
    """Our crontab lines: the one for this directory and config, or all with
    ``all_entries``; with ``delete`` they are removed from the crontab as well."""
    wanted = _wanted(config, workdir, all_entries)
    lines = _split(_read(tabfile))
    ours = [line for line in lines if wanted(_tag_of(line))]
    if delete and ours:
        _write(tabfile, b"".join(line for line in lines if not wanted(_tag_of(line))))
    return [_show(line) for line in ours]


def remove(**scope: Any) -> list[str]:
    """Delete our entry (or all ``briefing:`` entries; the keywords of ``entries``);
    return the lines removed."""
    return entries(**scope, delete=True)


# --------------------------------------------------------------------------- tags and lines


def _tags(workdir: Path, config: Path | None) -> list[str]:
    """Our tag for this folder and config first, then older tags that meant the same entry.

    Without a config the job reads ``./briefing.toml`` if present, so the tag is the same
    whether or not that file exists at install time (before, it was keyed on an empty path).
    """
    default = (workdir / DEFAULT_CONFIG_NAME).absolute()
    config = config or default
    tags = [entry_tag(workdir, config)]
    if config == default:
        tags.append(entry_tag(workdir, None))
    return tags


def _wanted(
    config: str | Path | None, workdir: Path | None, all_entries: bool
) -> Callable[[str | None], bool]:
    if all_entries:
        return lambda tag: tag is not None
    workdir = (workdir or Path.cwd()).absolute()
    path = None
    if config is not None:
        # The file may be gone already; the tag depends only on its absolute path.
        path = Path(config)
        path = (path if path.is_absolute() else workdir / path).absolute()
    tags = set(_tags(workdir, path))
    return lambda tag: tag in tags


def _split(data: bytes) -> list[bytes]:
    """Lines as cron sees them (split at ``\\n`` only), each with its own ending."""
    lines = [line + b"\n" for line in data.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def _tag_of(line: bytes) -> str | None:
    """The tag of an active line that ends in ``# briefing:<hex>``; comments are not entries."""
    if line.lstrip().startswith(b"#"):
        return None
    found = _TAG_RE.search(line)
    return TAG_PREFIX + found.group(1).decode() if found else None


def _show(line: bytes) -> str:
    return line.rstrip(b"\r\n").decode("utf-8", "replace")


# --------------------------------------------------------------------------- reading, writing


def _read(tabfile: str | Path | None, *, for_install: bool = False) -> bytes:
    if tabfile is None:
        return _read_user()
    path = Path(tabfile)
    if for_install and not path.absolute().parent.is_dir():
        raise ScheduleError(
            f"--tabfile {path}: the folder {path.absolute().parent} does not exist; "
            "create it first (briefing does not create folders for cron files)"
        )
    if _tabfile_stat(path) is None:
        return b""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScheduleError(f"cannot read {path}: {exc.strerror or exc}", exit_code=1) from exc
    if for_install and data.strip() and not _written_by_us(data):
        raise ScheduleError(
            f"--tabfile {path} exists and was not written by briefing; refusing to edit it "
            "(give a new file, e.g. /etc/cron.d/briefing-story)"
        )
    return data


def _written_by_us(data: bytes) -> bool:
    lines = _split(data)
    return HEADER.strip() in (line.strip() for line in lines) or any(map(_tag_of, lines))


def _tabfile_stat(path: Path) -> os.stat_result | None:
    """The tabfile's ``lstat``, ``None`` when missing; anything but a plain file is refused."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ScheduleError(f"--tabfile {path}: {exc.strerror or exc}", exit_code=1) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ScheduleError(
            f"--tabfile {path} is a folder; give a file path, e.g. /etc/cron.d/briefing-story"
        )
    if stat.S_ISLNK(info.st_mode):
        raise ScheduleError(f"--tabfile {path} is a symbolic link; give the file it points to")
    if not stat.S_ISREG(info.st_mode):
        raise ScheduleError(f"--tabfile {path} is not a regular file")
    return info


def _write(tabfile: str | Path | None, data: bytes) -> None:
    if tabfile is None:
        _write_user(data)
        return
    path = Path(tabfile)
    info = _tabfile_stat(path)
    # Keep a stricter mode the owner chose, but never group/other write: cron skips such files.
    mode = TABFILE_MODE if info is None else stat.S_IMODE(info.st_mode) & ~0o022
    from briefing.publish import atomic_write  # here: `schedule list` writes nothing

    try:
        atomic_write(path, data, mode=mode)
    except OSError as exc:
        raise ScheduleError(f"cannot write {path}: {exc.strerror or exc}", exit_code=1) from exc


def _crontab(*args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            [CRONTAB_COMMAND, *args], capture_output=True, timeout=CRONTAB_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ScheduleError(
            f"cannot use your crontab ({exc}); is cron installed? "
            "--tabfile PATH writes a crontab file instead",
            exit_code=1,
        ) from exc


def _read_user() -> bytes:
    done = _crontab("-l")
    if done.returncode == 0:
        return done.stdout
    message = done.stderr.decode("utf-8", "replace").strip()
    if "no crontab" in message.lower():
        return b""
    raise ScheduleError(f"cannot read your crontab: {message}", exit_code=1)


def _write_user(data: bytes) -> None:
    with tempfile.NamedTemporaryFile(prefix="briefing-crontab-", suffix=".tmp") as fh:
        fh.write(data)
        fh.flush()
        done = _crontab(fh.name)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise ScheduleError(f"cannot write your crontab: {message}", exit_code=1)
