"""Command line: ``briefing build`` and ``briefing schedule``.

A thin layer: parse flags, merge them over the config file, call the pipeline,
map outcomes to exit codes (0 ok, 1 failure, 2 usage/config error or no usable
sources).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import __version__
from briefing.clock import SourceDateError, source_date_epoch
from briefing.console import Console
from briefing.interrupts import sigint_raises_interrupted
from briefing.registrations import FORMATS, SUMMARIZERS

if TYPE_CHECKING:
    from briefing.config import Config

# Start-up: --help, --version and `schedule list` import no NLP (issue 13, under 0.3 s;
# benchmarks/startup.py). Each command imports what it needs when it runs.

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

EPILOG = """\
exit codes:
  0  success; also "nothing changed since the last edition" (nothing written) and
     "another build is running in OUTPUT" (waited lock_timeout seconds, skipped)
  1  the build failed, a format could not be written (the others were), or a
     section of the brief could not be worked out (the rest was written)
  2  usage or config error (including a bad cron expression or template), or no
     usable sources

examples:
  briefing build                          # ./sources -> ./output, DOCX and PDF
  briefing build news/ https://example.org/story --format docx,pdf,json,md
  briefing build --focus "Was user data sent to Chinese servers?" --summary-words 150
  briefing schedule install --cron "0 7 * * *"   # rebuild every morning at 07:00
"""

SCHEDULE_EPILOG = """\
The cron entry runs `briefing build` with absolute paths (this folder, the config, the
briefing executable) and appends its output to OUTPUT/briefing.log. Each run writes a new
dated edition and latest.<ext> copies only when a source or the config changed.

exit codes: 0 ok, 1 could not read or write the crontab, 2 bad cron expression or config,
  or a refused value (a control character in a path or user; a --tabfile briefing did not write)

examples:
  briefing schedule install --cron "0 7 * * *"             # your crontab, 07:00 daily
  briefing schedule install --cron "30 6 * * 1-5" --config story.toml
  briefing schedule list
  briefing schedule remove
  sudo "$(command -v briefing)" schedule install --cron "0 7 * * *" \\
      --tabfile /etc/cron.d/briefing-story --user ana     # system format, with user field
"""


def _formats(value: str) -> list[str]:
    items = [v.strip().lower() for v in value.split(",") if v.strip()]
    if not items:
        raise argparse.ArgumentTypeError("give at least one format, e.g. docx,pdf")
    return items


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn news coverage of one story into a cited policy brief "
        "(executive summary, background, key actors, open questions, where sources "
        "differ, timeline, sources) as DOCX, PDF, JSON, Markdown or HTML.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Both commands keep their epilog's examples as written.
    command = functools.partial(
        sub.add_parser, formatter_class=argparse.RawDescriptionHelpFormatter
    )

    b = command(
        "build",
        help="build a brief from sources",
        description="Build a policy brief from files, folders, URLs and feeds.",
        epilog=EPILOG,
    )
    b.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCES",
        help="files, folders, URLs or feeds (default: the config's sources, else ./sources)",
    )
    b.add_argument("--config", metavar="FILE", help="TOML config (default: ./briefing.toml)")
    b.add_argument("-o", "--output", metavar="DIR", help="output folder (default: output/)")
    b.add_argument(
        "-f",
        "--format",
        type=_formats,
        metavar="LIST",
        help=f"comma list of output formats: {','.join(FORMATS.names())} (default: docx,pdf)",
    )
    b.add_argument(
        "--summarizer",
        metavar="NAME",
        help=f"per-article sumy method: {', '.join(SUMMARIZERS.names())} (default: lexrank)",
    )
    b.add_argument(
        "--summary-words",
        type=_positive_int,
        metavar="N",
        help="executive summary length in words (soft cap: whole sentences; default 120)",
    )
    b.add_argument("--title", metavar="TEXT", help="brief title (default: derived from sources)")
    b.add_argument("--focus", metavar="TEXT", help="question or topic that steers the brief")
    b.add_argument("--templates", metavar="DIR", help="templates overriding the bundled ones")
    b.add_argument(
        "--no-entities",
        action="store_true",
        help="skip entity analysis (faster; no key actors section)",
    )
    b.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="worker processes for the per-article analysis (default: one per core; 1 = none)",
    )
    b.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the per-article analysis on a Dask cluster, e.g. tcp://host:8786 "
        "(needs: pip install 'briefing[dask]')",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="only warnings, errors and paths")
    b.add_argument(
        "--force",
        action="store_true",
        help="build a new edition even if nothing changed since the last one",
    )
    b.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    b.add_argument(
        "--log",
        metavar="FILE",
        help="append all output to FILE, a regular file never reached through a link "
        "(the cron entry's log)",
    )

    s = command(
        "schedule",
        help="install, list or remove the cron entry that rebuilds the brief",
        description="Manage the cron entry that runs `briefing build` on a schedule.",
        epilog=SCHEDULE_EPILOG,
    )
    actions = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", metavar="FILE", help="config the job uses (default: ./briefing.toml if present)"
    )
    common.add_argument(
        "--tabfile",
        metavar="PATH",
        help="write this crontab file (system format with a user field, as /etc/cron.d "
        "expects) instead of your own crontab",
    )
    inst = actions.add_parser(
        "install", parents=[common], help="add the entry (replacing ours if present)"
    )
    inst.add_argument(
        "--cron", required=True, metavar="EXPR", help='when to run, e.g. "0 7 * * *" (07:00 daily)'
    )
    inst.add_argument(
        "--user", metavar="NAME", help="user field for --tabfile entries (default: you)"
    )
    for name, text in [("list", "show our entry"), ("remove", "delete our entry")]:
        a = actions.add_parser(name, parents=[common], help=text)
        a.add_argument(
            "--all",
            action="store_true",
            help="every briefing entry, not only this folder's and config's",
        )
    return parser


def config_from_args(args: argparse.Namespace) -> Config:
    from briefing.config import load_config, validate

    config = load_config(args.config, required=args.config is not None)
    overrides: dict[str, Any] = {}
    if args.sources:
        overrides["sources"] = list(args.sources)
    for flag, key in [
        ("output", "output"),
        ("format", "formats"),
        ("summarizer", "summarizer"),
        ("summary_words", "summary_words"),
        ("title", "title"),
        ("focus", "focus"),
        ("templates", "templates"),
        ("workers", "workers"),
        ("scheduler", "scheduler"),
    ]:
        value = getattr(args, flag, None)
        if value is not None:
            overrides[key] = value
    if getattr(args, "no_entities", False):
        overrides["entities"] = False
    return validate(config.replace(**overrides))


def cmd_build(args: argparse.Namespace, console: Console) -> int:
    from briefing.config import ConfigError

    try:
        config = config_from_args(args)
    except ConfigError as exc:
        console.error(str(exc))
        return getattr(exc, "exit_code", EXIT_USAGE)
    # Before the build's own imports: a first build of a small story loads spaCy in a
    # process of its own meanwhile (briefing.mapping.standby).
    from briefing.config import STATE_DIR
    from briefing.mapping import CACHE_DIR
    from briefing.mapping.standby import standby_for

    standby = standby_for(config, Path(config.output) / STATE_DIR / CACHE_DIR)
    with standby or contextlib.nullcontext():  # a standby never used is stopped on leaving
        from briefing.pipeline import BuildError, build

        try:
            result = build(config, console, force=args.force, standby=standby)
        except (ConfigError, BuildError) as exc:
            console.error(str(exc))
            return getattr(exc, "exit_code", EXIT_USAGE)
    if result.outcome == "unchanged":
        console.info(result.message)
        return EXIT_OK
    if result.outcome == "busy":
        console.warning(result.message)
        return EXIT_OK
    brief = result.brief
    if brief is not None:
        console.info(
            f"Brief “{brief.title}”: {len(brief.sources)} sources, "
            f"{len(brief.skipped)} skipped, {result.seconds:.1f} s"
        )
    for path in result.paths:
        print(path)
    code = EXIT_OK
    if result.failed:
        console.error(f"not written: {', '.join(f.upper() for f in result.failed)} (see above)")
        code = EXIT_FAILURE
    if result.unanalysed:  # a bug one source's text set off: the brief is built without it
        console.error(
            f"built without {result.unanalysed} source(s) whose analysis failed (see above)"
        )
        code = EXIT_FAILURE
    if brief is not None and brief.unfinished:
        from briefing.model import SECTIONS

        # Like a format that could not be written: the edition is out, a part is missing.
        names = ", ".join(s.replace("_", " ") for s in SECTIONS if s in brief.unfinished)
        console.error(f"written without: {names} (their code failed; see above)")
        code = EXIT_FAILURE
    return code


def cmd_schedule(args: argparse.Namespace, console: Console) -> int:
    from briefing import schedule
    from briefing.config import ConfigError

    where = args.tabfile or "your crontab"
    try:
        if args.action == "install":
            line = schedule.install(
                args.cron, config=args.config, tabfile=args.tabfile, user=args.user
            )
            console.info(f"installed in {where}:")
            print(line)
            return EXIT_OK
        if args.action == "list":
            lines = schedule.entries(config=args.config, tabfile=args.tabfile, all_entries=args.all)
            if not lines:
                scope = "" if args.all else " for this folder and config"
                console.info(f"no briefing entry in {where}{scope}")
            for line in lines:
                print(line)
            return EXIT_OK
        lines = schedule.remove(config=args.config, tabfile=args.tabfile, all_entries=args.all)
        console.info(f"removed {len(lines)} entr{'y' if len(lines) == 1 else 'ies'} from {where}")
        for line in lines:
            print(line)
        return EXIT_OK
    except (schedule.ScheduleError, ConfigError) as exc:
        console.error(str(exc))
        return getattr(exc, "exit_code", EXIT_USAGE)


def _log_to(path: str) -> None:
    """Send standard output and error (this process's and its workers') to ``path``."""
    from briefing.safefile import open_log

    fd = open_log(path)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)


def main(argv: Sequence[str] | None = None) -> int:
    # One BLAS thread per process, set before numpy loads its OpenBLAS (the workers inherit
    # it): a build's parallelism is its processes (--workers), and spaCy's networks multiply
    # with numpy (briefing.analyse.fastpipes), whose OpenBLAS would start a thread per core
    # in each of them. A value the user set stands.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:  # first: libraries we import later read it too, and fail with a traceback
        source_date_epoch()
    except SourceDateError as exc:
        Console().error(str(exc))
        return exc.exit_code
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if getattr(args, "log", None):
        try:
            _log_to(args.log)
        except OSError as exc:
            Console().error(f"cannot append to the log {args.log}: {exc.strerror or exc}")
            return EXIT_USAGE
    console = Console(quiet=getattr(args, "quiet", False))
    handlers = {"build": cmd_build, "schedule": cmd_schedule}
    try:
        with sigint_raises_interrupted():  # exit 130 whichever code Ctrl-C interrupts
            return handlers[args.command](args, console)
    except KeyboardInterrupt:
        console.error("interrupted")
        return 130
    except Exception as exc:  # the last line of defence: a clear message, exit 1
        if getattr(args, "debug", False):
            import traceback

            traceback.print_exc()
        console.error(f"build failed: {type(exc).__name__}: {exc} (rerun with --debug for details)")
        return EXIT_FAILURE


def run() -> None:
    """The command's entry point (``briefing``, ``python -m briefing``): ``main``, then
    leave at once. The interpreter's own teardown would free a large build's objects one
    by one on one core after the edition is published (about 1.2 CPU s after a first
    build of 718 articles, s37's timeline); by then every file is written and closed,
    the workers and forked processes are reaped and the lock is released, so only the
    standard streams are flushed. Any other outcome leaves as usual: an interrupted or
    failed build may have left a worker pool's semaphores to the exit handlers
    (multiprocessing's resource tracker warns of any not cleaned up), and a usage error
    leaves through argparse's exit."""
    code = main()
    if code != EXIT_OK or _watched():
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed or broken pipe: nothing to keep
            stream.flush()
    os._exit(code)


# Tools that write their report from an exit handler or when their tracker's block ends:
# leaving with os._exit would lose it (``python -m pyinstrument -m briefing build`` wrote
# nothing after d9c6a8a; the README names pyinstrument and memray for profiling).
WATCHING_TOOLS = ("pyinstrument", "memray", "coverage", "cProfile", "profile", "yappi")


def _watched() -> bool:
    """Whether a profiler, tracer or memory tracker watches this run: then the command
    leaves through the interpreter's teardown, so the tool can write its report."""
    return (
        sys.getprofile() is not None
        or sys.gettrace() is not None
        or any(name in sys.modules for name in WATCHING_TOOLS)
    )


if __name__ == "__main__":
    run()
