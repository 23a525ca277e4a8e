"""Bytes -> text, robustly, or a human reason why the bytes are not readable text.

UTF-8 (with or without a byte-order mark) is tried first because nearly all saved
pages and modern text files are UTF-8; UTF-16 is recognised by its BOM; anything
else goes to charset-normalizer. Binary data (NUL bytes, many control characters)
is rejected before any guessing, so an image renamed to .txt is never "decoded".
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class NotText(ValueError):
    """The bytes are not usable text; ``str(exc)`` is the reason shown to the user."""


_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode(data: bytes) -> str:
    """Decode ``data`` to str or raise ``NotText`` with a clear reason."""
    if not data.strip():
        raise NotText("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotText("could not decode text") from None
    if b"\x00" in data:
        raise NotText("binary file (not text)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise NotText("could not decode text") from None
        text = str(best)
    if _control_share(text) > 0.02:
        raise NotText("binary file (not text)")
    return text


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
        or 0x7F <= ord(ch) < 0xA0
        or ch == "\ufffd"
    )
    return bad / len(sample)
