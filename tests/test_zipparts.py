"""zipparts: a DOCX is inflated part by part, never past what its headers declare."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.zipparts import ZipRefused, checked_copy


def test_a_part_inflating_past_its_declared_size_is_refused(
    forged_docx: Callable[[int, int], Path],
) -> None:
    path = forged_docx(3_000_000, 4_000)  # ~3 KB compressed, declares 4,000 bytes
    with pytest.raises(ZipRefused, match="pad.bin inflates to other than its 4,000 bytes"):
        checked_copy(str(path), 50, 2_000_000)


def test_the_copy_is_stored_and_holds_every_part(forged_docx: Callable[[int, int], Path]) -> None:
    path = forged_docx(3_000, 3_000)  # honest headers
    copy = zipfile.ZipFile(io.BytesIO(checked_copy(str(path), 50, 2_000_000)))
    assert copy.namelist() == zipfile.ZipFile(path).namelist()
    assert {info.compress_type for info in copy.infolist()} == {zipfile.ZIP_STORED}
    assert copy.read("word/media/pad.bin") == b"\0" * 3_000


def test_declared_sizes_over_the_cap_are_refused_before_inflating(
    forged_docx: Callable[[int, int], Path],
) -> None:
    with pytest.raises(ZipRefused, match=r"inflates to \d\.\d MB, over 2 MB \(max_unzipped_mb\)"):
        checked_copy(str(forged_docx(3_000_000, 3_000_000)), 2, 2_000_000)


def test_a_refusal_reads_as_a_skip_reason_and_after_the_file_name(
    tmp_path: Path, forged_docx: Callable[[int, int], Path]
) -> None:
    # One set of messages for a DOCX source's skip and the config's reference_docx, which
    # checked the zip and its sizes a second time to word its own (s33 tidy).
    (tmp_path / "note.docx").write_text("not a document", encoding="utf-8")
    with pytest.raises(ZipRefused) as refused:
        checked_copy(str(tmp_path / "note.docx"), 50, 2_000_000)
    assert str(refused.value) == "not a DOCX (not a zip file)"
    assert refused.value.of("note.docx") == "note.docx is not a DOCX (not a zip file)"
    with zipfile.ZipFile(tmp_path / "big.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/big.png", b"\0" * 300_000)
    with pytest.raises(ZipRefused) as refused:
        checked_copy(str(tmp_path / "big.docx"), 0.1, 2_000_000)
    assert refused.value.of("big.docx") == (
        "big.docx inflates to 0.3 MB, over 0.1 MB (max_unzipped_mb)"
    )
    with pytest.raises(ZipRefused) as refused:
        checked_copy(str(forged_docx(3_000, 3_000)), 50, 10)
    assert refused.value.of("forged.docx").startswith("forged.docx: could not read DOCX: ")


def test_a_part_declaring_entities_is_refused_in_words(tmp_path: Path) -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {"b" * (i + 1)} "{("&" + ("b" * i or "a") + ";") * 10}">' for i in range(8)
    )
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml", f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><d>&bbbbbbbb;</d>'
        )
    with pytest.raises(ZipRefused, match="word/document.xml declares its own XML entities"):
        checked_copy(str(path), 50, 2_000_000)
