"""Hostile state and journal files are refused at once: cost bounded by the bytes, not by
how many items they list (every list stops at its first bad item)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest

from briefing.config import MAX_RETENTION
from briefing.statefile import UnsafeFile, parse_journal, parse_state, previous_brief

EDITION = {"name": "brief-2026-12-01", "date": "2026-12-01", "formats": ["md"], "files": []}
# CPU seconds allowed for refusing a hostile file: each case took 3 to 13 CPU s before the
# fail-fast checks and takes 0.07 to 0.5 now on the shared, loaded 2-core machine.
QUICK = 2.0


def _state(**parts: object) -> bytes:
    return json.dumps({"schema": 1, **parts}).encode()


def _many(item: bytes, n: int) -> bytes:
    return b"[" + b",".join([item] * n) + b"]"


def _refused_quickly(parse: Callable[[bytes], object], raw: bytes, message: str) -> None:
    started = time.process_time()
    with pytest.raises(UnsafeFile, match=message):
        parse(raw)
    assert time.process_time() - started < QUICK


def test_a_state_of_ordinary_size_is_read() -> None:
    raw = _state(editions=[EDITION] * MAX_RETENTION, brief={"sources": [{"title": "a"}] * 999})
    data = parse_state(raw)
    assert len(data.editions) == MAX_RETENTION
    assert previous_brief(data) == {"sources": [{"title": "a"}] * 999}


def test_the_sections_a_previous_brief_could_not_work_out_are_read() -> None:
    errors = [{"section": "key_actors", "error": "IndexError", "source": None, "shown": "x"}]
    data = parse_state(_state(brief={"compose_errors": errors}))
    assert previous_brief(data) == {"compose_errors": [{"section": "key_actors", "shown": "x"}]}


def test_more_editions_than_any_retention_keeps_are_refused_at_once() -> None:
    # 200,000 editions took 4.5 to 11 CPU s to check one by one.
    raw = _state(editions=[EDITION] * 200_000)
    _refused_quickly(parse_state, raw, f"more than {MAX_RETENTION:,} editions")


@pytest.mark.parametrize(
    "key",
    [
        "editions",
        "sources",
        "brief.executive_summary",
        "brief.key_actors",
        "brief.sources",
        "brief.compose_errors",
    ],
)
def test_a_list_of_a_million_bad_items_stops_at_the_first(key: str) -> None:
    # 350,000 bad items (a megabyte of "{}," or "3,") took 10 CPU s and 900 MB to list
    # every error; 8 MB took 85 CPU s and 6.6 GB.
    bad = _many(b"3", 1_000_000)
    raw = b'{"schema":1,"' + key.encode() + b'":' + bad + b"}"
    if key.startswith("brief."):
        raw = b'{"schema":1,"brief":{"' + key[6:].encode() + b'":' + bad + b"}}"
    _refused_quickly(parse_state, raw, "Input should be")


def test_a_journal_of_a_million_bad_names_stops_at_the_first() -> None:
    raw = b'{"files":' + _many(b"3", 1_000_000) + b"}"
    _refused_quickly(parse_journal, raw, "files")


def test_a_previous_brief_of_a_million_empty_items_is_refused() -> None:
    # Every key of a brief item is optional, so "{}" is a valid item: the count is bounded.
    raw = b'{"schema":1,"brief":{"background":' + _many(b"{}", 1_000_000) + b"}}"
    _refused_quickly(parse_state, raw, "more than")


def test_a_file_name_longer_than_any_file_system_allows_is_refused_at_once() -> None:
    edition = {**EDITION, "files": ["a" * 20_000_000]}
    _refused_quickly(parse_state, _state(editions=[edition]), "too long")


@pytest.mark.parametrize(
    ("edition", "message"),
    [
        ({**EDITION, "files": ["briefing.log"]}, "is not a file of edition"),
        ({**EDITION, "files": ["latest.md"]}, "is not a file of edition"),
        ({**EDITION, "files": ["brief-2026-12-01.pdf"]}, "is not a file of edition"),
        ({**EDITION, "name": "latest", "files": ["latest.md"]}, "may not be named 'latest'"),
    ],
)
def test_an_edition_lists_only_its_own_files(edition: dict, message: str) -> None:
    # Pruning deletes an old edition's files: only "<name>.<format>" may be among them.
    with pytest.raises(UnsafeFile, match=message):
        parse_state(_state(editions=[edition]))
    own = {**EDITION, "formats": ["md", "pdf"], "files": ["brief-2026-12-01.md"]}
    assert parse_state(_state(editions=[own])).editions[0].files == ["brief-2026-12-01.md"]
