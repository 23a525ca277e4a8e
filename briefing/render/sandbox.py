"""The jinja2 sandbox user templates run in: read-only, confined to its folder, on a budget.

A templates folder is user input, and a scheduled run must not be made to leak, corrupt
or hang by one. So templates:

* run in jinja2's ``ImmutableSandboxedEnvironment``: no Python internals (``__class__``,
  ``__globals__``...), and no method that changes a list, dict or set, so
  ``{{ brief.sources.clear() }}`` cannot empty the JSON output or the saved state;
* are read only from inside their folder: a symbolic link in it that leads out (to
  ``~/.ssh/id_rsa``, say) is refused, not followed;
* have a budget: ``TEMPLATE_SECONDS`` of wall-clock time per template, ``MAX_RANGE``
  items per ``range``, and ``MAX_OUTPUT_CHARS`` of output (also the largest string or
  list that ``*``, ``**`` or a filter argument may ask for), so a nested ``range(100000)``
  loop or ``"x" * 10**12`` ends with a message instead of hanging the run.

Every breach raises ``jinja2.sandbox.SecurityError`` (a ``TemplateError``), which the
renderers report as a template error: exit 2, nothing written. The time budget is an
interval timer (``SIGALRM``) when rendering in the main thread, which also stops a loop
that calls nothing; in other threads the clock is checked at every call and ``range`` step.
"""

from __future__ import annotations

import contextvars
import functools
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

# Safety limits, not tuned numbers: the bundled templates render a 30-source brief in
# well under a second into about 100 kB, so these leave a user's template ample room.
TEMPLATE_SECONDS = 10.0
MAX_RANGE = 10_000
MAX_OUTPUT_CHARS = 5_000_000

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "template_deadline", default=None
)


class TemplateBudgetExceeded(SecurityError):
    """A template ran too long or asked for too much output."""


def _check_clock() -> None:
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise TemplateBudgetExceeded(_too_slow())


def _too_slow() -> str:
    return f"template rendering took longer than {TEMPLATE_SECONDS:g} s (a runaway loop?)"


def _check_size(n: int, what: str) -> None:
    if n > MAX_OUTPUT_CHARS:
        raise TemplateBudgetExceeded(f"{what} of {n:,} exceeds the {MAX_OUTPUT_CHARS:,} limit")


def _check_args(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    # center(10**9), indent(10**9), "x".ljust(10**9): a width is an output size.
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool):
            _check_size(abs(value), "a number argument")


class _BudgetRange:
    """``range`` for templates: at most ``MAX_RANGE`` items, the clock checked as it goes."""

    def __init__(self, *args: int) -> None:
        self._range = range(*args)  # private: the sandbox hides "_" names from templates
        if len(self._range) > MAX_RANGE:
            raise TemplateBudgetExceeded(
                f"range of {len(self._range):,} items exceeds the {MAX_RANGE:,} limit"
            )

    def __iter__(self) -> Iterator[int]:
        for i, value in enumerate(self._range):
            if i % 1000 == 0:
                _check_clock()
            yield value

    def __len__(self) -> int:
        return len(self._range)

    def __getitem__(self, index: int) -> int:
        return self._range[index]


class BudgetedEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox plus the budgets above."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _BudgetRange
        for name, func in list(self.filters.items()):
            self.filters[name] = _capped(func)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _check_clock()
        _check_args(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_clock()
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(n, int):
                    _check_size(len(seq) * n, "a repeated string or list")
        elif operator == "**" and isinstance(right, int) and isinstance(left, int):
            _check_size(abs(right) * max(abs(left), 1).bit_length() // 3, "a number of digits")
        return super().call_binop(context, operator, left, right)


def _capped(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps jinja's pass_context/pass_environment marks
    def filter_(*args: Any, **kwargs: Any) -> Any:
        _check_clock()
        _check_args(args[1:], kwargs)
        return func(*args, **kwargs)

    return filter_


class ConfinedLoader(FileSystemLoader):
    """A ``FileSystemLoader`` that refuses a template whose real path leaves its folder."""

    def get_source(self, environment: Environment, template: str) -> Any:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            path = Path(folder, *pieces)
            if not path.is_file():
                continue
            real, root = path.resolve(), Path(folder).resolve()
            if not real.is_relative_to(root):
                raise SecurityError(
                    f"template {template} is a symbolic link to {real}, outside the "
                    f"templates folder {folder} (not followed)"
                )
            break
        return super().get_source(environment, template)


def render_within_budget(render: Callable[[], Iterator[str]]) -> str:
    """Join what ``render`` (a template's ``generate``) yields, within the budgets."""
    parts: list[str] = []
    size = 0
    with _time_budget():
        for part in render():
            size += len(part)
            _check_size(size, "template output")
            parts.append(part)
    return "".join(parts)


@contextmanager
def _time_budget() -> Iterator[None]:
    if _DEADLINE.get() is not None:  # nested (a template rendering a template): one budget
        yield
        return
    token = _DEADLINE.set(time.monotonic() + TEMPLATE_SECONDS)
    alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    previous = signal.signal(signal.SIGALRM, _on_alarm) if alarm else None
    if alarm:
        signal.setitimer(signal.ITIMER_REAL, TEMPLATE_SECONDS)
    try:
        yield
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _DEADLINE.reset(token)


def _on_alarm(signum: int, frame: Any) -> None:
    raise TemplateBudgetExceeded(_too_slow())


def where(exc: BaseException) -> str:
    """``"brief.md.j2, line 3: "`` for a template error, when the traceback tells."""
    name, line = getattr(exc, "name", None), getattr(exc, "lineno", None)  # syntax errors
    if not (name and line):
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename.endswith(".j2"):  # jinja maps frames to template lines
                name, line = frame.f_code.co_filename, lineno
    return f"{Path(name).name}, line {line}: " if name and line else ""
