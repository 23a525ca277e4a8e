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
    with pytest.raises(ZipRefused, match=r"inflates to \d MB, over 2 MB \(max_unzipped_mb\)"):
        checked_copy(str(forged_docx(3_000_000, 3_000_000)), 2, 2_000_000)
