"""Console lines: one line per event, whatever the names in a message hold."""

from __future__ import annotations

import io

from briefing.console import Console


def test_a_file_name_can_neither_forge_a_log_line_nor_reach_the_terminal() -> None:
    # A source named "x\n<stamp> ERROR forged\x1b]0;pwned\x07.txt" wrote a second, forged
    # line into briefing.log and an escape sequence (a window title) to the terminal.
    stream = io.StringIO()
    name = "x\n2026-12-03T14:11:39+00:00 ERROR   forged\x1b]0;pwned\x07\u202etxt.exe.txt"
    Console(stream).warning(f"skipped {name}: duplicate of a.txt")
    out = stream.getvalue()
    assert out.count("\n") == 1 and out.endswith("\n")
    assert not any(c in out[:-1] for c in "\n\x1b\x07\u202e")
    assert "skipped x\\n2026-12-03T14:11:39+00:00 ERROR   forged\\x1b]0;pwned\\x07\\u202etxt" in out


def test_printable_text_is_shown_as_it_is() -> None:
    stream = io.StringIO()
    Console(stream).info("Brief “Café Ferry”: 3 sources, 0 skipped — 东京, Ελλάδα")
    assert stream.getvalue().endswith(
        " INFO    Brief “Café Ferry”: 3 sources, 0 skipped — 东京, Ελλάδα\n"
    )


def test_a_unicode_line_or_paragraph_separator_is_escaped() -> None:
    from briefing.console import one_line

    assert one_line("pier\u2028forged\u2029line") == "pier\\u2028forged\\u2029line"
