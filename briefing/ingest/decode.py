"""Bytes -> text, robustly, or a human reason why the bytes are not readable text.

UTF-8 (with or without a byte-order mark) is tried first because nearly all saved
pages and modern text files are UTF-8; UTF-16 is recognised by its BOM; anything
else goes to charset-normalizer. Binary data (more than ``MAX_CONTROL_SHARE`` control
characters, NUL bytes included) is rejected, so an image renamed to .txt is never
"decoded"; a few stray control characters in real text (a NUL, an ESC or a vertical tab
between sentences, as copy-paste and old editors leave) are replaced by a space, line
breaks kept, and the article is used.
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
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotText("could not decode text") from None
    if data.count(0) > MAX_CONTROL_SHARE * len(data):
        raise NotText("binary file (not text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise NotText("could not decode text") from None
        return str(best)


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = len(_STRAY_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad / len(sample)
