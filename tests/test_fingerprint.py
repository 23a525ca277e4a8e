"""Tests for briefing.fingerprint: what counts as a change of a build's inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing import fingerprint as fingerprint_module
from briefing.config import Config
from briefing.fingerprint import (
    describe_changes,
    effective_config,
    input_fingerprint,
    source_hashes,
)
from briefing.model import Document


def test_fingerprint_ignores_volatile_config_and_follows_content(tmp_path: Path) -> None:
    docs = [Document(location="a.txt", text="Alpha.", content_hash="h1")]
    sources = source_hashes(docs)
    base = Config()
    fp = input_fingerprint(sources, base)
    volatile = base.replace(output="elsewhere", retention=3, lock_timeout=1.0, config_path="/x")
    assert input_fingerprint(sources, volatile) == fp
    assert input_fingerprint(sources, base.replace(summary_words=200)) != fp
    assert input_fingerprint([["a.txt", "h2"]], base) != fp
    # Edited templates change the output, so they change the fingerprint.
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "brief.md.j2").write_text("v1")
    with_templates = base.replace(templates=str(templates))
    before = input_fingerprint(sources, with_templates)
    (templates / "brief.md.j2").write_text("v2")
    assert input_fingerprint(sources, with_templates) != before
    assert "output" not in effective_config(base)


def test_the_templates_fingerprint_skips_links_out_and_caps_what_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # s33 red team: a link in the templates folder to a huge file elsewhere was read whole.
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "brief.md.j2").write_text("v1")
    config = Config().replace(templates=str(templates))
    alone = input_fingerprint([], config)
    outside = tmp_path / "huge.bin"
    outside.write_bytes(b"x" * 1000)
    (templates / "huge.j2").symlink_to(outside)
    assert input_fingerprint([], config) == alone  # the loader refuses it: so does the digest
    # A long file inside the folder: its first MAX_DIGEST_BYTES, then only its size.
    monkeypatch.setattr(fingerprint_module, "MAX_DIGEST_BYTES", 1 << 16)
    long = templates / "long.j2"
    long.write_bytes(b"a" * (3 << 16))
    before = input_fingerprint([], config)
    long.write_bytes(b"a" * (2 << 16) + b"b" * (1 << 16))  # past the cap: not read
    assert input_fingerprint([], config) == before
    long.write_bytes(b"a" * (3 << 16) + b"a")  # its size still counts
    assert input_fingerprint([], config) != before


def test_a_template_file_named_in_another_encoding_is_fingerprinted(tmp_path: Path) -> None:
    # A stray Latin-1 name in the templates folder failed every build with UnicodeEncodeError.
    templates = tmp_path / "templates"
    templates.mkdir()
    with open(os.fsencode(templates) + b"/caf\xe9.j2", "w") as fh:
        fh.write("v1")
    config = Config().replace(templates=str(templates))
    before = input_fingerprint([], config)
    with open(os.fsencode(templates) + b"/caf\xe9.j2", "w") as fh:
        fh.write("v2")
    assert input_fingerprint([], config) != before


def test_describe_changes_counts_new_changed_removed() -> None:
    old = [["a", "1"], ["b", "2"], ["c", "3"]]
    assert describe_changes(old, [["a", "1"], ["b", "9"], ["d", "4"]]) == (
        "sources: 1 new, 1 changed, 1 removed"
    )
