"""The guard around each section composer: an unexpected exception becomes a fallback and
a ``ComposeError`` saying what, where and what the reader gets instead; Ctrl-C, an exit and
running out of memory are no section's failure and go through."""

from __future__ import annotations

import json

import pytest

from briefing import failures
from briefing.compose import guarded
from briefing.model import ComposeError


def tide_table(port: str) -> str:
    return [port, "high water"][2]  # an IndexError raised on this line


def test_a_failing_section_gets_its_fallback_and_an_error_naming_type_and_place() -> None:
    errors: list[ComposeError] = []
    assert guarded.run(errors, "timeline", list, tide_table, "Harwick") == []
    (error,) = errors
    assert error.section == "timeline" and error.source is None
    assert error.shown == guarded.EMPTY
    assert error.error.startswith("IndexError: list index out of range (")
    assert error.error.endswith(
        f"test_guarded.py:{tide_table.__code__.co_firstlineno + 1}, in tide_table)"
    )


def test_a_section_that_works_adds_no_error() -> None:
    errors: list[ComposeError] = []
    assert guarded.run(errors, "timeline", list, lambda: ["1999"]) == ["1999"]
    assert errors == []


@pytest.mark.parametrize("exc", [MemoryError, KeyboardInterrupt, SystemExit])
def test_memory_ctrl_c_and_exit_go_through_the_guard(exc: type[BaseException]) -> None:
    def raising() -> None:
        raise exc()

    errors: list[ComposeError] = []
    with pytest.raises(exc):
        guarded.run(errors, "timeline", list, raising)
    with pytest.raises(exc):
        guarded.attempt(raising)
    assert errors == []


def test_an_error_raised_in_a_library_is_placed_at_the_line_of_ours_that_called_it() -> None:
    def read_ledger(text: str) -> object:
        return json.loads(text)  # the JSONDecodeError comes from the json package

    errors: list[ComposeError] = []
    guarded.run(errors, "divergences", list, read_ledger, "{")
    line = read_ledger.__code__.co_firstlineno + 1
    assert errors[0].error.startswith("JSONDecodeError: ")
    assert errors[0].error.endswith(f"test_guarded.py:{line}, in read_ledger)")


def test_a_long_message_is_cut_to_its_first_line_and_clipped() -> None:
    def shouting() -> None:
        raise ValueError("the ferry " * 40 + "\nsecond line")

    errors: list[ComposeError] = []
    guarded.run(errors, "timeline", list, shouting)
    message = errors[0].error.split(" (", 1)[0]
    assert "second line" not in message and message.endswith("…")
    assert len(message) <= len("ValueError: ") + failures.MESSAGE_CHARS


def test_a_failed_lookahead_is_left_to_the_sections() -> None:
    guarded.attempt(lambda: {}["harbour"])  # nothing raised here


def test_the_console_line_names_the_section_or_the_source_and_what_is_shown() -> None:
    section = ComposeError(
        "divergences", "KeyError: 'x' (briefing/compose/a.py:3, in f)", None, guarded.EMPTY
    )
    assert guarded.warning(section) == (
        "where sources differ could not be worked out: "
        "KeyError: 'x' (briefing/compose/a.py:3, in f); shown empty"
    )
    digest = ComposeError(
        "sources", "IndexError (briefing/compose/b.py:9, in g)", 4, guarded.PLAIN_DIGEST
    )
    line = guarded.warning(digest, "monday/quay.txt")
    assert line.startswith("the digest of source 4 (monday/quay.txt) could not be worked out: ")
    assert line.endswith(guarded.PLAIN_DIGEST)


def test_errors_are_put_in_the_order_of_the_brief() -> None:
    errors = [
        ComposeError("sources", "e", 5),
        ComposeError("timeline", "e"),
        ComposeError("sources", "e", 2),
        ComposeError("executive_summary", "e"),
    ]
    assert [(e.section, e.source) for e in guarded.in_order(errors)] == [
        ("executive_summary", None),
        ("timeline", None),
        ("sources", 2),
        ("sources", 5),
    ]


def test_an_error_raised_in_a_frozen_module_of_the_standard_library_is_placed_at_our_line() -> None:
    import os  # os.path is frozen: its code names "<frozen posixpath>", no file

    def chart_path(harbour: str) -> str:
        return os.path.join(harbour, 7)  # type: ignore[arg-type]  # TypeError in genericpath

    errors: list[ComposeError] = []
    guarded.run(errors, "timeline", list, chart_path, "Harwick")
    line = chart_path.__code__.co_firstlineno + 1
    assert errors[0].error.endswith(f"test_guarded.py:{line}, in chart_path)")


@pytest.mark.parametrize("brk", ["\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"])
def test_the_message_stops_at_its_first_line_whatever_breaks_it(brk: str) -> None:
    def forging() -> None:
        raise ValueError(f"pier{brk}2026-12-05T10:00:00+00:00 ERROR   forged")

    errors: list[ComposeError] = []
    guarded.run(errors, "timeline", list, forging)
    assert errors[0].error.split(" (", 1)[0] == "ValueError: pier"


def test_a_file_error_names_the_file_not_where_it_is_on_the_building_machine() -> None:
    def open_chart() -> None:
        raise FileNotFoundError(2, "No such file or directory", "/home/quill/charts/tide.bin")

    errors: list[ComposeError] = []
    guarded.run(errors, "timeline", list, open_chart)
    assert "/home/quill" not in errors[0].error
    assert errors[0].error.startswith("FileNotFoundError: No such file or directory: 'tide.bin'")


def test_running_out_of_cpu_time_goes_through_the_guard() -> None:
    from briefing.cpu_alarm import OutOfTime

    def endless() -> None:
        raise OutOfTime()

    with pytest.raises(OutOfTime):
        guarded.run([], "timeline", list, endless)
