"""Bytes -> text, robustly, or a human reason why the bytes are not readable text.

UTF-8 (with or without a byte-order mark) is tried first because nearly all saved
pages and modern text files are UTF-8; UTF-32 and UTF-16 are recognised by their BOM, or
without one by where their zero bytes fall (``_wide``: Windows' "Unicode" text is UTF-16,
and an editor may leave the mark out); anything else goes to charset-normalizer. Binary
data (more than ``MAX_CONTROL_SHARE`` control characters, NUL bytes included, once
decoded) is rejected, so an image renamed to .txt is never "decoded"; a few stray control
characters in real text (a NUL, an ESC or a vertical tab between sentences, as copy-paste
and old editors leave) are replaced by a space, line breaks kept, and the article is used.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class NotText(ValueError):
    """The bytes are not usable text; ``str(exc)`` is the reason shown to the user."""


# Share of control characters above which bytes are binary, not text with a few strays:
# text files have none or a handful; images, archives and executables have many more.
# Chosen by hand in 1a89d75; not benchmarked.
MAX_CONTROL_SHARE = 0.02
# The wide encodings, each with its code unit's width and the place in a unit of its
# lowest byte, which a character other than U+0000 (or one ending in 00, rare in text)
# never leaves zero; UTF-32 first, whose text would otherwise look like UTF-16 with NULs.
_WIDE = (("utf-32-le", 4, 0), ("utf-32-be", 4, 3), ("utf-16-le", 2, 0), ("utf-16-be", 2, 1))
_LINE_BREAK = re.compile("\r\n?|\f")
_STRAY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def decode(data: bytes) -> str:
    """Decode ``data`` to str or raise ``NotText`` with a clear reason."""
    if not data.strip():
        raise NotText("empty file")
    text = _LINE_BREAK.sub("\n", _decode(data))
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise NotText("binary file (not text)")
    return _STRAY_CONTROL.sub(" ", text)


def _decode(data: bytes) -> str:
    # A UTF-32-LE mark starts with UTF-16-LE's: tried first, and never read as UTF-16.
    for marks, codec in (
        ((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
        ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16"),
    ):
        if data.startswith(marks):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise NotText("could not decode text") from None
    if data.count(0) > MAX_CONTROL_SHARE * len(data):
        text = _wide(data)
        if text is None:
            raise NotText("binary file (not text)")
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise NotText("could not decode text") from None
        return str(best)


def _wide(data: bytes) -> str | None:
    """``data`` decoded as the first wide encoding (UTF-32 or UTF-16, no BOM) whose code
    units it fills and whose lowest bytes are (nearly) never zero, or None. All of them are
    read, not the first bytes only: text whose end was zeroed (a file cut short by a crash)
    has none zero at its start, and its letters, paired into units, would decode as CJK
    characters that ``_control_share``'s sample of the start lets through. A binary file
    that happens to fit is refused after decoding, by its control characters, as any other."""
    for codec, width, low in _WIDE:
        lows = data[low::width]
        if len(data) % width == 0 and lows.count(0) <= MAX_CONTROL_SHARE * len(lows):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return None


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = len(_STRAY_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad / len(sample)
