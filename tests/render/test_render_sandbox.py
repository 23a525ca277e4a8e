"""User templates are hostile: read-only, confined to their folder, on a time and size budget."""

from __future__ import annotations

import json
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.model import Brief
from briefing.render import RenderOptions, TemplateFailure, render, sandbox


def render_with(brief: Brief, tmp_path: Path, template: str, fmt: str = "md") -> bytes:
    (tmp_path / "brief.md.j2").write_text(template, encoding="utf-8")
    return render(brief, fmt, RenderOptions(templates_dir=str(tmp_path)))


@pytest.mark.parametrize(
    "template",
    [
        "{{ brief.sources.clear() or '' }}",
        "{{ brief.executive_summary[0].sources.append(9) or '' }}",
        "{{ brief.key_actors.pop() and '' }}",
        "{{ brief.__dict__.update(title='x') or '' }}",
    ],
)
def test_templates_cannot_change_the_brief(brief: Brief, tmp_path: Path, template: str) -> None:
    before = json.dumps(brief.to_dict(), sort_keys=True)
    with pytest.raises(TemplateFailure, match="unsafe|safely callable"):
        render_with(brief, tmp_path, template)
    assert json.dumps(brief.to_dict(), sort_keys=True) == before
    assert json.loads(render(brief, "json"))["sources"]  # the JSON output is whole


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
         "range of 100,000 items"),
        ("{{ 'x' * 10**10 }}", "repeated string"),
        ("{{ 'x' | center(10**9) }}", "number argument"),
        ("{{ 'x'.ljust(10**9) }}", "number argument"),
        ("{{ 9 ** 100000000 }}", "number of digits"),
        ("{% for i in range(9000) %}{{ 'abcdefghij' * 100 }}{% endfor %}", "template output"),
    ],
)  # fmt: skip
def test_templates_have_a_size_budget(
    brief: Brief, tmp_path: Path, template: str, message: str
) -> None:
    with pytest.raises(TemplateFailure, match=message):
        render_with(brief, tmp_path, template)


# Each would make a string well over a limit in ONE call, before the output cap could see it
# (the sizes here are modest, so an unguarded run still fits in a test machine's memory).
@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ '{:>20000}'.format('x') }}", "format width or precision of 20,000"),
        ("{{ '{:.20000f}'.format(1.0) }}", "format width or precision of 20,000"),
        ("{{ '{0:{1}}'.format('x', 20000) }}", "format width or precision of 20,000"),
        ("{{ '{a:>20000}'.format_map({'a': 1}) }}", "format width or precision of 20,000"),
        ("{{ ('{:>20000}'|safe).format('x') }}", "format width or precision of 20,000"),
        ("{{ '%20000s'|format('x') }}", "format width or precision of 20,000"),
        ("{{ '%*s'|format(20000, 'x') }}", "format width or precision of 20,000"),
        ("{{ '%20000s' % 'x' }}", "format width or precision of 20,000"),
        ("{{ '%-*.*f' % (5, 20000, 1.0) }}", "format width or precision of 20,000"),
        ("{{ '%(a)20000s' % {'a': 1} }}", "format width or precision of 20,000"),
        ("{{ ('x' * 10)|replace('x', 'x' * 600000) }}", "a replaced string of 6,000,000"),
        ("{{ ('x' * 10).replace('x', 'x' * 600000) }}", "a replaced string of 6,000,000"),
        ("{{ ('y' * 600000).join('x' * 11) }}", "a joined string of 6,000,000"),
        ("{{ ('x' * 11)|join('y' * 600000) }}", "a joined string of 6,000,000"),
        ("{{ ('x' * 10).translate({120: 'y' * 600000}) }}", "a translated string of 6,000,000"),
        ("{{ ('\t' * 10).expandtabs(600000) }}", "tabs expanded of 6,000,0"),
        ("{{ ('\n' * 9)|indent(600000) }}", "an indented string of 6,000,0"),
        ("{{ ('\n' * 9)|indent('y' * 600000) }}", "an indented string of 6,000,0"),
        ("{{ ('x ' * 5)|wordwrap(1, wrapstring='y' * 600000) }}", "a wrapped string"),
        ("{% set s = 'x' * 600000 %}{% set a %}{% for i in range(10) %}{{ s }}{% endfor %}"
         "{% endset %}{{ a | length }}", "a block's output of 6,000,000"),
        ("{% macro m(s) %}{% for i in range(10) %}{{ s }}{% endfor %}{% endmacro %}"
         "{{ m('x' * 600000) | length }}", "a block's output of 6,000,000"),
        # Each string allowed, but the render keeps making them: ~ (doubling) and a map.
        ("{% set s = 'x' * 4000000 %}{% set s = s ~ s %}{% set s = s ~ s %}{% set s = s ~ s %}"
         "{% set s = s ~ s %}{{ s | length }}", "strings this template made exceed"),
        ("{{ range(20) | map('string') | map('center', 3000000) | list | length }}",
         "strings this template made exceed"),
    ],
)  # fmt: skip
def test_templates_have_a_memory_budget(
    brief: Brief, tmp_path: Path, template: str, message: str
) -> None:
    """Format widths, growing string methods and filters, blocks and piles of strings."""
    with pytest.raises(TemplateFailure, match=message):
        render_with(brief, tmp_path, template)


def test_ordinary_formatting_and_joins_still_work(brief: Brief, tmp_path: Path) -> None:
    template = (
        "{{ '{:>6}|{:.2f}'.format('a', 3.14159) }} {{ '%-3s|%5.1f|%d%%' % ('b', 2.5, 40) }} "
        "{{ '%s!'|format('c') }} {{ ['d', 'e']|join(', ') }} {{ 'f-g'|replace('-', '+') }} "
        "{{ 'h' ~ 'i' }} {{ 'j k'|wordwrap(1) | replace('\n', '/') }} {{ 'l\nm'|indent(2) }}"
        "{% set block %}n{{ brief.title[:4] }}{% endset %} {{ block }}"
    )
    out = render_with(brief, tmp_path, template).decode()
    assert out.strip() == "a|3.14 b  |  2.5|40% c! d, e f+g hi j/k l\n  m nPort"
    assert render(brief, "md") and render(brief, "html")  # the bundled templates render


@pytest.mark.parametrize(
    "template",
    [
        # A loop that calls something: the clock is checked at every call.
        "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
        # A loop that calls nothing at all: only the timer stops it.
        "{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
    ],
)
def test_templates_have_a_time_budget(
    brief: Brief, tmp_path: Path, template: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "TEMPLATE_SECONDS", 0.5)
    started = time.monotonic()
    with pytest.raises(TemplateFailure, match="more than 0.5 s of CPU time"):
        render_with(brief, tmp_path, template)
    # 0.5 CPU seconds; a generous wall-clock bound, as a loaded machine shares its cores.
    assert time.monotonic() - started < 60
    assert render(brief, "md")  # the timer is off again: a later render is not interrupted


def test_time_spent_waiting_for_the_cpu_is_not_charged_to_a_template(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A scheduled build on a busy machine waits for a core: that wait is no runaway loop."""
    monkeypatch.setattr(sandbox, "TEMPLATE_SECONDS", 0.2)

    def waits() -> Iterator[str]:
        time.sleep(0.5)  # wall-clock time passes, CPU time does not
        sandbox._check_clock()
        yield "waited"

    assert sandbox.render_within_budget(waits) == "waited"


# A loop that calls nothing, over ~36,000,000 steps: about 1.3 CPU s here, so a budget of
# 0.2 s must stop it well before it ends by itself.
CALLS_NOTHING = (
    "{% set s = 'x' * 6000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}done"
)


def test_outside_the_main_thread_a_loop_that_calls_nothing_is_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Outside the main thread (a build run by a service's worker thread) the budget was
    # only the clock checked at calls and range steps: a loop that calls nothing ran on.
    monkeypatch.setattr(sandbox, "TEMPLATE_SECONDS", 0.2)
    template = sandbox.BudgetedEnvironment().from_string(CALLS_NOTHING)
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(sandbox.render_within_budget(template.generate))
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test checks
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    (result,) = outcome
    assert isinstance(result, sandbox.TemplateBudgetExceeded), result


def test_a_ring_lost_where_exceptions_are_swallowed_rings_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The time budget's timer rang once: a ring that code run by the collector printed and
    # dropped, or that a handler under the template swallowed, left the loop unlimited.
    monkeypatch.setattr(sandbox, "TEMPLATE_SECONDS", 0.1)
    give_up = time.process_time() + 3.0
    lost = 0

    def spin() -> None:
        while time.process_time() < give_up:
            sum(range(1000))

    def swallows_one_ring() -> Iterator[str]:
        nonlocal lost
        try:
            spin()
        except BaseException:  # noqa: BLE001 - the ring a collector callback would drop
            lost += 1
        spin()
        yield "ran on"

    with pytest.raises(sandbox.TemplateBudgetExceeded, match="more than 0.1 s of CPU time"):
        sandbox.render_within_budget(swallows_one_ring)
    assert lost == 1


def test_a_profilers_timer_is_left_alone(brief: Brief, tmp_path: Path) -> None:
    # The budget set the process's profiling timer whatever held it, and switched it off
    # after the render: a sampling profiler (or a cpu_limit around the render) lost it.
    rings: list[int] = []
    before = signal.signal(signal.SIGPROF, lambda signum, frame: rings.append(signum))
    try:
        signal.setitimer(signal.ITIMER_PROF, 1000.0, 1000.0)
        assert render_with(brief, tmp_path, "# {{ brief.title }}\n").startswith(b"# ")
        remaining, interval = signal.getitimer(signal.ITIMER_PROF)
        assert interval == 1000.0 and 990 < remaining < 1001  # the timer rounds to its tick
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, before)


def test_recursion_in_a_template_is_a_template_error(brief: Brief, tmp_path: Path) -> None:
    template = "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"
    with pytest.raises(TemplateFailure, match="recursion"):
        render_with(brief, tmp_path, template)


@pytest.mark.parametrize(
    "depth",
    [120, 25],  # past Python's 100 indentation levels; its 20 nested loops
)
def test_blocks_nested_too_deep_for_python_are_a_template_error(
    brief: Brief, tmp_path: Path, depth: int
) -> None:
    # jinja2 compiles a template to Python source: 120 nested loops gave Python's own
    # IndentationError (25, a SyntaxError), no template error, so the build failed as a
    # writer's bug (exit 1, "could not write MD") instead of refusing the template (exit 2).
    template = "{% for a in [1] %}" * depth + "x" + "{% endfor %}" * depth
    with pytest.raises(TemplateFailure, match="blocks nested too deep for Python"):
        render_with(brief, tmp_path, template)


def test_symlink_out_of_the_templates_folder_is_refused(brief: Brief, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("API_KEY=hunter2", encoding="utf-8")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "brief.md.j2").symlink_to(secret)
    for fmt in ("md", "html", "docx"):
        with pytest.raises(TemplateFailure, match="outside the templates folder"):
            render(brief, fmt, RenderOptions(templates_dir=str(templates)))


def test_symlink_inside_the_templates_folder_is_followed(brief: Brief, tmp_path: Path) -> None:
    (tmp_path / "mine.j2").write_text("# {{ brief.title | md }}\n", encoding="utf-8")
    (tmp_path / "brief.md.j2").symlink_to(tmp_path / "mine.j2")
    md = render(brief, "md", RenderOptions(templates_dir=str(tmp_path))).decode()
    assert md.startswith("# Port strike")


def test_a_syntax_error_names_the_template_and_line(brief: Brief, tmp_path: Path) -> None:
    with pytest.raises(TemplateFailure, match=r"brief.md.j2, line 2: .*'endfor'"):
        render_with(brief, tmp_path, "# x\n{% for s in brief.sources %}\n")
