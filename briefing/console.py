"""Console output that suits both a person at a terminal and a cron log.

On a terminal: rich progress bars and colour. Otherwise (cron, pipes, CI): no bars,
no colour, one plain line per event with an ISO timestamp, so a log file reads well.

Messages name files and pages anyone may have named: a control or bidirectional-override
character in one is shown escaped (``\\n``, ``\\x1b``, ``\\u202e``), so a file name can
neither forge a log line nor send the terminal an escape sequence.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

# C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and isolates, and
# the line and paragraph separators (a line break to a Unicode-aware viewer), and
# the characters that print as nothing (soft hyphen, zero-width space and joiners, word
# joiner, invisible operators, byte order mark): "re\u200bport.txt" printed as "report.txt".
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


class Console:
    def __init__(self, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.interactive = (
            hasattr(self.stream, "isatty")
            and self.stream.isatty()
            and not os.environ.get("CI")
            and os.environ.get("TERM") != "dumb"
        )
        self._rich = None
        if self.interactive:
            from rich.console import Console as RichConsole

            self._rich = RichConsole(file=self.stream, highlight=False)

    def _line(self, level: str, message: str, style: str = "") -> None:
        message = one_line(message)
        if self._rich is not None:
            prefix = {"warning": "[yellow]warning:[/] ", "error": "[bold red]error:[/] "}.get(
                level, ""
            )
            self._rich.print(prefix + _escape(message), style=style or None)
        else:
            stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
            print(f"{stamp} {level.upper():7} {message}", file=self.stream, flush=True)

    def info(self, message: str) -> None:
        if not self.quiet:
            self._line("info", message)

    def warning(self, message: str) -> None:
        self._line("warning", message)

    def error(self, message: str) -> None:
        self._line("error", message)

    @contextmanager
    def progress(self, label: str, total: int) -> Iterator[Callable[..., None]]:
        """Yield ``advance(n=1, label=None)``; shows a bar only on a terminal.

        ``label`` renames the bar, so one bar can walk through the build's stages.
        """
        if self._rich is None or self.quiet or total <= 1:
            yield lambda n=1, label=None: None
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=self._rich,
            transient=True,
        ) as bar:
            task = bar.add_task(label, total=total)

            def advance(n: int = 1, label: str | None = None) -> None:
                bar.update(task, advance=n, description=label)

            yield advance


def one_line(message: str) -> str:
    """``message`` with every control and bidirectional-override character escaped."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), message)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
