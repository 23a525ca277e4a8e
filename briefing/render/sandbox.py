"""The jinja2 sandbox user templates run in: read-only, confined to its folder, on a budget.

A templates folder is user input, and a scheduled run must not be made to leak, corrupt
or hang by one. So templates:

* run in jinja2's ``ImmutableSandboxedEnvironment``: no Python internals (``__class__``,
  ``__globals__``...), and no method that changes a list, dict or set, so
  ``{{ brief.sources.clear() }}`` cannot empty the JSON output or the saved state;
* are read only from inside their folder: a symbolic link in it that leads out (to
  ``~/.ssh/id_rsa``, say) is refused, not followed;
* have a budget: ``TEMPLATE_SECONDS`` of CPU time per template, ``MAX_RANGE``
  items per ``range``, and ``MAX_OUTPUT_CHARS`` of output (also the largest string or
  list that ``*``, ``**`` or a filter argument may ask for), so a nested ``range(100000)``
  loop or ``"x" * 10**12`` ends with a message instead of hanging the run;
* have a memory budget: a call that would build one string over ``MAX_OUTPUT_CHARS``
  (``replace``, ``join``, ``translate``, ``expandtabs``, ``indent``, ``wordwrap``, a
  ``{% set %}`` block or macro joining its output) is refused BEFORE it allocates; a
  format width or precision over ``MAX_FORMAT_WIDTH`` (``'{:>999999999}'.format(x)``,
  ``'%999999999s' % x``, ``|format``) is refused; and every string the template makes
  (calls, filters, operators, ``~``) counts towards ``MAX_MADE_CHARS`` per render, so a
  loop of allowed calls cannot pile up gigabytes either.

Every breach raises ``jinja2.sandbox.SecurityError`` (a ``TemplateError``), which the
renderers report as a template error: exit 2, nothing written. The time budget is CPU
time, not wall-clock time, so a scheduled build on a busy machine is not failed for waiting
its turn: ``briefing.cpu_alarm``'s limit (the process's profiling timer in the main thread, a
watchdog on the thread's own CPU clock in any other), which also stops a loop that calls
nothing; and the thread's own CPU clock is checked at every call and ``range`` step too.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import re
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.loaders import split_template_path
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
    SecurityError,
)
from markupsafe import Markup

from briefing.cpu_alarm import OutOfTime, cpu_limit

# Safety limits, not tuned numbers: the bundled templates render a 30-source brief in
# well under a second into about 100 kB, so these leave a user's template ample room.
# TEMPLATE_SECONDS is CPU seconds: an 875-source DOCX took over 10 s of wall-clock time
# on a machine at load 20 (benchmarks/scale.py), though far less CPU.
TEMPLATE_SECONDS = 10.0
MAX_RANGE = 10_000
MAX_OUTPUT_CHARS = 5_000_000
# A width or precision in a format ('{:>80}', '%-20s', '{:.2f}'): a table column, not a page.
MAX_FORMAT_WIDTH = 10_000
# All strings one render makes, output or not: the bundled templates make a few times
# their output; ten outputs' worth bounds what a loop of allowed calls can hold.
MAX_MADE_CHARS = 10 * MAX_OUTPUT_CHARS

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "template_deadline", default=None
)
# Characters made so far in this render (a one-item list, so nested calls share it).
_MADE: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "template_made", default=None
)


class TemplateBudgetExceeded(SecurityError):
    """A template ran too long or asked for too much output."""


def _check_clock() -> None:
    deadline = _DEADLINE.get()
    if deadline is not None and time.thread_time() > deadline:
        raise TemplateBudgetExceeded(_too_slow())


def _too_slow() -> str:
    return f"template rendering took more than {TEMPLATE_SECONDS:g} s of CPU time (a runaway loop?)"


def _check_size(n: int, what: str) -> None:
    if n > MAX_OUTPUT_CHARS:
        raise TemplateBudgetExceeded(f"{what} of {n:,} exceeds the {MAX_OUTPUT_CHARS:,} limit")


def _made(result: Any) -> Any:
    """Count a string the template made towards ``MAX_MADE_CHARS``; return it."""
    made = _MADE.get()
    if made is not None and isinstance(result, str):
        made[0] += len(result)
        if made[0] > MAX_MADE_CHARS:
            raise TemplateBudgetExceeded(
                f"the strings this template made exceed {MAX_MADE_CHARS:,} characters"
            )
    return result


# A %-conversion: %(name)-20.5s; width and precision are digits or '*' (from the values).
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0 +-]*(\*|\d+)?(?:\.(\*|\d+))?")
_DIGITS = re.compile(r"\d+")


def _check_width(n: int) -> None:
    if n > MAX_FORMAT_WIDTH:
        raise TemplateBudgetExceeded(
            f"a format width or precision of {n:,} exceeds the {MAX_FORMAT_WIDTH:,} limit"
        )


def _check_percent(fmt: Any, values: Any) -> None:
    """``fmt % values``: every width and precision, written or taken from ``values`` by '*'."""
    if not isinstance(fmt, str):
        return
    starred = False
    for match in _PERCENT_SPEC.finditer(fmt.replace("%%", "")):
        for number in match.groups():
            starred |= number == "*"
            if number and number != "*":
                _check_width(int(number))
    if starred:
        for value in values if isinstance(values, tuple) else (values,):
            if isinstance(value, int):
                _check_width(abs(value))


def _check_spec(spec: str) -> None:
    """A ``str.format`` spec (nested fields already filled in): '>80', '0=20,.2f'."""
    for number in _DIGITS.findall(spec):
        _check_width(int(number))


class _WidthCheckedFormatter(SandboxedFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_spec(format_spec)
        return super().format_field(value, format_spec)


class _WidthCheckedEscapeFormatter(SandboxedEscapeFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_spec(format_spec)
        return super().format_field(value, format_spec)


def _str_method_size(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple:
    """Arguments to call a string method with, after checking the size it would make.

    Returns ``args`` (``join`` gets its iterable as a list, so it can be measured first).
    """
    text, name = obj.__self__, obj.__name__
    if name == "replace":
        bound = inspect.signature(str.replace).bind(text, *args, **kwargs).arguments
        _check_size(_replaced_size(text, bound["old"], bound["new"], bound.get("count", -1)),
                    "a replaced string")  # fmt: skip
    elif name == "join" and args:
        items = list(args[0])
        _check_size(len(text) * max(len(items) - 1, 0), "a joined string")
        return (items, *args[1:])
    elif name == "translate" and args and isinstance(args[0], dict):
        longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
        _check_size(len(text) * longest, "a translated string")
    elif name == "expandtabs":
        tab = (args or (kwargs.get("tabsize", 8),))[0]
        if isinstance(tab, int):
            _check_size(len(text) + text.count("\t") * tab, "a string with tabs expanded")
    return args


def _replaced_size(text: str, old: Any, new: Any, count: Any) -> int:
    if not (isinstance(old, str) and isinstance(new, str)):
        return len(text)
    found = len(text) + 1 if not old else text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * max(len(new) - len(old), 0)


def _filter_size(
    name: str, func: Callable[..., Any], args: tuple, kwargs: dict
) -> tuple[tuple, dict]:
    """The size a growing filter would make, checked before it runs; the arguments to run it
    with (``join`` gets its items as a list, so they can be counted first)."""
    try:
        binding = inspect.signature(func).bind(*args, **kwargs)
    except TypeError:
        return args, kwargs  # jinja reports the wrong call itself
    bound = binding.arguments
    if name == "join":
        bound["value"] = items = list(bound.get("value", ()))
        _check_size(len(str(bound.get("d", ""))) * max(len(items) - 1, 0), "a joined string")
        return binding.args, binding.kwargs
    if name == "replace":
        s, old, new = (str(bound.get(k, "")) for k in ("s", "old", "new"))
        _check_size(_replaced_size(s, old, new, bound.get("count")), "a replaced string")
    elif name == "indent":
        text, width = str(bound.get("s", "")), bound.get("width", 4)
        pad = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        _check_size(len(text) + pad * (text.count("\n") + 1), "an indented string")
    elif name == "wordwrap":
        text, width = str(bound.get("s", "")), bound.get("width", 79)
        wrap = bound.get("wrapstring") or "\n"
        lines = len(text) // max(width, 1) + 1 if isinstance(width, int) else len(text)
        _check_size(len(text) + len(str(wrap)) * lines, "a wrapped string")
    elif name == "format":
        _check_percent(bound.get("value"), tuple(bound.get("args", ())))
    return args, kwargs


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


class _CountingCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` so the joined string counts towards the render's budget."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.made(")
        super().visit_Concat(node, frame)
        self.write(")")


class BudgetedEnvironment(ImmutableSandboxedEnvironment):
    """The immutable sandbox plus the budgets above."""

    intercepted_binops = frozenset({"*", "**", "%"})
    code_generator_class = _CountingCodeGenerator
    made = staticmethod(_made)

    @staticmethod
    def concat(parts: Any) -> str:  # type: ignore[override]
        """Join a block's output (``{% set %}`` blocks, macros), measured before joining."""
        parts = list(parts)
        _check_size(sum(len(p) for p in parts if isinstance(p, str)), "a block's output")
        return _made("".join(parts))

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _BudgetRange
        for name, func in list(self.filters.items()):
            self.filters[name] = _capped(name, func)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _check_clock()
        _check_args(args, kwargs)
        if isinstance(getattr(__obj, "__self__", None), str):
            args = _str_method_size(__obj, args, kwargs)
        return _made(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """jinja's sandboxed ``str.format``, with every field's width and precision checked."""
        if super().wrap_str_format(value) is None:
            return None
        text: str = value.__self__
        formatter: SandboxedFormatter = (
            _WidthCheckedEscapeFormatter(self, escape=text.escape)
            if isinstance(text, Markup)
            else _WidthCheckedFormatter(self)
        )
        is_map = value.__name__ == "format_map"

        @functools.wraps(value)
        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                args, kwargs = (), args[0]
            return _made(type(text)(formatter.vformat(text, args, kwargs)))

        return wrapper

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_clock()
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(n, int):
                    _check_size(len(seq) * n, "a repeated string or list")
        elif operator == "**" and isinstance(right, int) and isinstance(left, int):
            _check_size(abs(right) * max(abs(left), 1).bit_length() // 3, "a number of digits")
        elif operator == "%":
            _check_percent(left, right)
        return _made(super().call_binop(context, operator, left, right))


def _capped(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps jinja's pass_context/pass_environment marks
    def filter_(*args: Any, **kwargs: Any) -> Any:
        _check_clock()
        _check_args(args[1:], kwargs)
        if name in _GROWING_FILTERS:
            args, kwargs = _filter_size(name, func, args, kwargs)
        return _made(func(*args, **kwargs))

    return filter_


# Filters whose output can be many times their input.
_GROWING_FILTERS = frozenset({"join", "replace", "indent", "wordwrap", "format"})


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
    if _DEADLINE.get() is not None:  # nested (a template rendering a template): one budget
        return _join(render)
    token = _DEADLINE.set(time.thread_time() + TEMPLATE_SECONDS)
    made_token = _MADE.set([0])
    try:
        # cpu_alarm's limit, not a timer of our own: its ring cannot land after the body has
        # ended (a generator's finally, put off while a caller kept the error, left the
        # deadline set and the handler armed), it rings again when a ring is lost, it
        # leaves a profiler's timer alone, and outside the main thread its watchdog stops
        # a loop that calls nothing too.
        with cpu_limit(TEMPLATE_SECONDS):
            return _join(render)
    except OutOfTime as ring:
        # Raised where the template was (its traceback), so the error names its line.
        raise TemplateBudgetExceeded(_too_slow()).with_traceback(ring.__traceback__) from None
    finally:
        _DEADLINE.reset(token)
        _MADE.reset(made_token)


def _join(render: Callable[[], Iterator[str]]) -> str:
    parts: list[str] = []
    size = 0
    for part in render():
        size += len(part)
        _check_size(size, "template output")
        parts.append(part)
    return "".join(parts)


def where(exc: BaseException) -> str:
    """``"brief.md.j2, line 3: "`` for a template error, when the traceback tells."""
    name, line = getattr(exc, "name", None), getattr(exc, "lineno", None)  # syntax errors
    if not (name and line):
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename.endswith(".j2"):  # jinja maps frames to template lines
                name, line = frame.f_code.co_filename, lineno
    return f"{Path(name).name}, line {line}: " if name and line else ""
