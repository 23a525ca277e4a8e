"""Schedule: install, list and remove the cron entry that rebuilds a brief (python-crontab).

The entry must work in cron's bare environment (minimal ``PATH``, ``/bin/sh``, home as the
working directory), so everything in it is absolute::

    0 7 * * * cd /home/ana/story && mkdir -p /home/ana/story/output && \
        /home/ana/.venv/bin/briefing build --config /home/ana/story/briefing.toml \
        >> /home/ana/story/output/briefing.log 2>&1 # briefing:3f2a9c0d41be

The trailing comment is the tag: ``briefing:`` + a hash of the working directory and the
config path. ``list`` and ``remove`` only touch entries carrying the tag of the current
directory and config (or every ``briefing:`` entry with ``--all``), and ``install``
replaces its own entry instead of adding a second one.

Without ``tabfile`` the user's crontab is edited (through the ``crontab`` program). With a
``tabfile`` a crontab-format file is written instead, in the *system* format that
``/etc/cron.d`` expects: each line carries a user field after the five time fields. The
file is replaced atomically (cron never reads half of it) with mode 0644.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import shlex
import shutil
import sys
from pathlib import Path

from crontab import CronItem, CronSlices, CronTab

from briefing.config import DEFAULT_CONFIG_NAME, load_config
from briefing.publish import atomic_write

TAG_PREFIX = "briefing:"
LOG_NAME = "briefing.log"
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
    if not CronSlices.is_valid(expr):
        # CronSlices names the bad field and its range, e.g. "'61', not in 0-59 for Minutes".
        try:
            CronSlices(expr)
        except KeyError as exc:
            detail = str(exc.args[0]) if exc.args else "not a valid value"
        except ValueError as exc:
            detail = str(exc)
        else:  # pragma: no cover - is_valid and the parser disagree
            detail = "not accepted by cron"
        raise ScheduleError(f"invalid cron expression {expr!r}: {detail}")
    return expr


def entry_tag(workdir: Path, config: Path | None) -> str:
    """The comment that marks our entry for this working directory and config."""
    key = f"{workdir}\n{config or ''}".encode()
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
    """The shell command cron runs: cd, make the log folder, build, append to the log."""
    cfg = load_config(config, required=config is not None)
    output = Path(cfg.output)
    output = (output if output.is_absolute() else workdir / output).absolute()
    log = output / LOG_NAME
    build = [*(command or briefing_command()), "build"]
    if config is not None:
        build += ["--config", str(config)]
    # No % escaping here: python-crontab writes % as \% (cron would read it as a newline).
    q = shlex.quote
    return (
        f"cd {q(str(workdir))} && mkdir -p {q(str(output))} && "
        f"{' '.join(q(w) for w in build)} >> {q(str(log))} 2>&1"
    )


def _open(tabfile: str | Path | None) -> CronTab:
    if tabfile is None:
        try:
            return CronTab(user=True)
        except OSError as exc:
            raise ScheduleError(
                f"cannot read your crontab ({exc}); is cron installed? "
                "--tabfile PATH writes a crontab file instead",
                exit_code=1,
            ) from exc
    path = Path(tabfile)
    if path.exists():
        return CronTab(tabfile=str(path), user=False)
    return CronTab(tab="", user=False)


def _save(tab: CronTab, tabfile: str | Path | None) -> None:
    if tabfile is None:
        try:
            tab.write_to_user(user=True)
        except OSError as exc:
            raise ScheduleError(f"cannot write your crontab: {exc}", exit_code=1) from exc
        return
    text = tab.render()
    if text and not text.endswith("\n"):
        text += "\n"  # cron ignores a last line without a newline
    atomic_write(Path(tabfile), text.encode("utf-8"), mode=0o644)


def _ours(tab: CronTab, tag: str | None) -> list[CronItem]:
    return [
        job
        for job in tab
        if job.comment.startswith(TAG_PREFIX) and (tag is None or job.comment == tag)
    ]


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
    tag = entry_tag(workdir, config_path)
    line_command = job_command(workdir, config_path, command)
    tab = _open(tabfile)
    for job in _ours(tab, tag):
        tab.remove(job)
    # Under sudo the job should still run as the person who asked for it, not as root.
    system_user = (
        (user or os.environ.get("SUDO_USER") or getpass.getuser()) if tabfile is not None else None
    )
    job = tab.new(command=line_command, comment=tag, user=system_user)
    job.setall(expr)
    _save(tab, tabfile)
    return job.render()


def _our_jobs(
    config: str | Path | None,
    tabfile: str | Path | None,
    workdir: Path | None,
    all_entries: bool,
) -> tuple[CronTab, list[CronItem]] | None:
    """The crontab and our entries in it (this directory's, or all with ``all_entries``)."""
    if tabfile is not None and not Path(tabfile).exists():
        return None
    tag = None if all_entries else _tag_for(config, workdir)
    tab = _open(tabfile)
    return tab, _ours(tab, tag)


def entries(
    *,
    config: str | Path | None = None,
    tabfile: str | Path | None = None,
    workdir: Path | None = None,
    all_entries: bool = False,
) -> list[str]:
    """Our crontab lines: the one for this directory and config, or all with ``all_entries``."""
    found = _our_jobs(config, tabfile, workdir, all_entries)
    return [job.render() for job in found[1]] if found else []


def remove(
    *,
    config: str | Path | None = None,
    tabfile: str | Path | None = None,
    workdir: Path | None = None,
    all_entries: bool = False,
) -> list[str]:
    """Delete our entry (or all ``briefing:`` entries); return the lines removed."""
    found = _our_jobs(config, tabfile, workdir, all_entries)
    if not found or not found[1]:
        return []
    tab, removed = found
    lines = [job.render() for job in removed]
    for job in removed:
        tab.remove(job)
    _save(tab, tabfile)
    return lines


def _tag_for(config: str | Path | None, workdir: Path | None) -> str:
    workdir = (workdir or Path.cwd()).absolute()
    if config is not None:
        path = Path(config)
        # The file may be gone already; the tag depends only on its absolute path.
        return entry_tag(workdir, (path if path.is_absolute() else workdir / path).absolute())
    return entry_tag(workdir, resolve_config(None, workdir))
