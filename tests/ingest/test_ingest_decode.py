"""Bytes to text: stray control characters are cleaned, binary files still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import ingest
from briefing.ingest.decode import NotText, decode

SENTENCES = [
    "Harbour officials said on Monday that the new ferry terminal would open in spring.",
    "The council approved the budget after a debate that lasted most of the evening.",
    "Residents near the quay had asked for a noise barrier and longer opening hours.",
    "Construction firms will bid for the contract before the end of the month.",
]


@pytest.mark.parametrize("strays", ["\x00", "\x1b", "\x0b", "\x00\x1b\x0b", "\x7f", "\x85"])
def test_article_with_stray_control_characters_is_used(tmp_path: Path, strays: str) -> None:
    path = tmp_path / "story.txt"
    body = SENTENCES[0]
    for i, sentence in enumerate(SENTENCES[1:]):  # one stray between sentences, in turn
        body += f" {strays[i % len(strays)]}{sentence}"
    path.write_text(f"Ferry terminal approved\n\n{body}\n")
    result = ingest([str(path)])
    assert result.skipped == []
    (doc,) = result.documents
    assert all(s in doc.text for s in SENTENCES)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in doc.text)


def test_line_breaks_and_tabs_are_kept() -> None:
    assert decode(b"one\r\ntwo\rthree\fnext\tcell\n") == "one\ntwo\nthree\nnext\tcell\n"
    pad = b" and so on" * 20
    assert decode(b"A.\x00B.\x1b[0mC.\x0bD." + pad) == "A. B. [0mC. D." + pad.decode()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" * 20,
        b"text " + b"\x00\x01\x02\x03" * 50,
        ("word \x1b" * 40).encode(),
    ],
)
def test_many_control_characters_are_still_binary(data: bytes) -> None:
    with pytest.raises(NotText, match="binary"):
        decode(data)


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_text_in_wide_encodings_is_read_with_or_without_its_byte_order_mark(encoding: str) -> None:
    # Windows' "Unicode" is UTF-16 (LE), with a mark or not; UTF-32 files are rarer, and
    # an editor may leave out the mark: their zero bytes do not make them binary.
    text = "\n".join([*SENTENCES, "The café’s owner, Åsa Lindqvist, said “no” twice."]) + "\n"
    assert decode(text.encode(encoding)) == text


def test_a_wide_text_file_is_ingested(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(("Ferry terminal approved\n\n" + " ".join(SENTENCES)).encode("utf-16-be"))
    result = ingest([str(path)])
    assert result.skipped == []
    assert SENTENCES[2] in result.documents[0].text


@pytest.mark.parametrize(
    "data",
    [
        bytes([7, 0, 200, 0, 13, 255, 90, 0, 0, 0, 3, 255] * 400),  # 16-bit samples, not text
        b"\x00\x00\x00\x00" * 500,  # NULs in any width
        b"\x00\x01\x00\x02\x00\x1b" * 300,  # UTF-16-BE of control characters
        b"\xff\xfe\x00\x00" + b"\x41\x00\x00\x7f" * 300,  # a UTF-32 mark, then no code points
        b"\x00\x00\xfe\xff" + b"\x00\x00\x00\x09\x00\x00\x00\x01" * 200,  # UTF-32-BE controls
    ],
)
def test_binary_with_zero_bytes_in_a_wide_pattern_is_still_refused(data: bytes) -> None:
    with pytest.raises(NotText):
        decode(data)


def test_text_whose_tail_is_zero_bytes_is_not_read_as_a_wide_encoding() -> None:
    # A file cut short by a crash may keep its length with its end zeroed: past the first
    # bytes, its zeros fall in every place of a unit, so it is no UTF-16 (whose decode
    # would pair its letters into CJK characters) nor UTF-32.
    text = " ".join(SENTENCES * 2000)[:100_000].encode()
    with pytest.raises(NotText, match="binary"):
        decode(text + b"\x00" * 40_000)
