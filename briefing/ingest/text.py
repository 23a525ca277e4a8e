"""Plain-text helpers shared by every reader: whitespace, paragraphs, headlines, dates.

Readers turn their format into a list of paragraph strings; these helpers keep that
step uniform (one paragraph per line-block, internal whitespace collapsed) and hold
the small judgements ("does this line look like a headline?") that the readers and
the clutter rules share.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from briefing.lang.months import MONTH_RE, MONTHS
from briefing.lang.sentences import paragraphs, sentence_spans
from briefing.lang.words import tokens

# Characters that render as nothing or as a plain space in news pages.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Every space ``\s`` matches but the line break (U+1680, U+2028, a vertical tab ...): a
# pattern opening with ``\s*`` is quadratic on a long run of them, so none is left.
_SPACES = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r" ?\n[\n ]*")  # after _SPACES: a run of spaces holding line breaks
_TERMINAL = re.compile(r"[.!?…。！？](?:[\"'”’»)\]」』]+)?$")


def normalise_space(text: str) -> str:
    """NFC, drop invisible characters, collapse runs of spaces; a run holding line
    breaks becomes one break, or a blank line when it held two or more."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    if "  " in text or not (text.isascii() and text.isprintable()):  # else runs are one " "
        text = _SPACES.sub(" ", text)
        if "\n" in text:
            text = _BREAKS.sub(_one_break, text)
    return text.strip()


def _one_break(m: re.Match[str]) -> str:
    return "\n\n" if m.group().count("\n") > 1 else "\n"


def split_blocks(text: str) -> list[str]:
    """Split text into paragraphs: blank lines separate blocks; inside a block, lines
    are joined when they look hard-wrapped, otherwise each line is its own paragraph.

    Saved web pages put one paragraph per line (and glue a caption to the next line),
    while e-mailed or PDF text wraps paragraphs at ~70 characters; the line lengths
    tell the two apart.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    out: list[str] = []
    for block in paragraphs(text):
        lines = [normalise_space(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if _looks_wrapped(lines):
            out.append(join_wrapped(lines))
        else:
            out.extend(lines)
    return out


# Hard-wrapped text: the longest line (the measure) is WRAP_MIN_MEASURE to
# WRAP_MAX_MEASURE characters and every line but the last fills WRAP_FILL of it.
# Set by hand on e-mailed and PDF text when ingest was written (commit 2ccb86f); not
# benchmarked.
WRAP_MIN_MEASURE = 40
WRAP_MAX_MEASURE = 120
WRAP_FILL = 0.6


def _looks_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    longest = max(len(line) for line in lines)
    if not WRAP_MIN_MEASURE <= longest <= WRAP_MAX_MEASURE:
        return False
    # every line but the last fills most of the measure ...
    body = lines[:-1]
    if any(len(line) < WRAP_FILL * longest for line in body):
        return False
    # ... and most breaks fall mid-sentence: the next line starts in lower case or the
    # line ends on a comma or a lower-case word (stacked headlines or labels do not)
    mid = sum(
        1
        for line, nxt in zip(body, lines[1:], strict=False)
        if nxt[:1].islower() or re.search(r"(?:,|\b[a-z][a-z'’-]*)$", line)
    )
    return mid * 3 >= len(body) * 2


def join_wrapped(lines: list[str]) -> str:
    """Join hard-wrapped lines, undoing end-of-line hyphenation ("exam-\\nple")."""
    text = lines[0]
    for line in lines[1:]:
        if re.search(r"[a-z]-$", text) and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return text


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (., !, ?, …, 。 possibly before a quote)."""
    return bool(_TERMINAL.search(text.rstrip()))


# Title Case: this share of the longer words capitalised. Set by hand with the key-actor
# work (commit ccf42f0); not benchmarked.
TITLE_CASE_SHARE = 0.75


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as in "Data Sharing Partnership With Chinese Firms"."""
    long_words = [w for w in tokens(text) if len(w) > 3]
    if len(long_words) < 2:
        return False
    caps = sum(1 for w in long_words if w[0].isupper() or w[0].isdigit())
    return caps / len(long_words) >= TITLE_CASE_SHARE


def looks_like_headline(line: str, *, followed_by_blank: bool = True) -> bool:
    """A first line that is a headline rather than the start of the article.

    Short (< 25 words), starts with a capital or digit, and does not end like a
    sentence; a question or exclamation counts only when short and set apart by a
    blank line. A newswire dateline ("CITY (AP) --") is never a headline.
    """
    n = len(tokens(line))
    if n < 2 or n >= 25 or not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"'“‘"):
        return False
    if re.search(r"\s(--|_|—)\s", line) or line.rstrip().endswith((":", ";", ",")):
        return False  # a dateline, or a lead-in to what follows
    if not ends_sentence(line):
        return True
    return line.rstrip("\"'”’").endswith(("?", "!")) and n <= 10 and followed_by_blank


def derive_title(text: str, max_words: int = 12, max_chars: int = 90) -> str:
    """A short title from the first sentence when a source has none of its own:
    the whole first sentence when it is short, else its first ``max_words`` words + "…".
    Also capped in characters, for scripts that do not separate words with spaces. A
    sentence ends with its paragraph: a first paragraph with no full stop (a headline left
    in the text) is not run into the next one."""
    first = first_sentence(text.strip().split("\n\n", 1)[0])
    tokens = first.split()
    title = first.rstrip(".。") if len(tokens) <= max_words else " ".join(tokens[:max_words])
    if len(title) > max_chars:
        title = (
            title[:max_chars].rsplit(" ", 1)[0] if " " in title[:max_chars] else title[:max_chars]
        )
    if title != first.rstrip(".。"):
        title = title.rstrip(",;:—-，、 ") + "…"
    return title


def first_sentence(text: str) -> str:
    """The first sentence of the text (CJK sentence ends need no space after them)."""
    text = text.strip()
    cjk_end = re.search(r"[。！？]", text)
    if cjk_end:
        text = text[: cjk_end.end()]
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


# Lines whose key is remembered: the clutter rules ask for the key of the same line, and
# of the page's title, once per rule and paragraph (benchmarks/scale.py's 875 articles:
# 22,785 asks for 12,900 paragraphs).
KEY_CACHE_LINES = 1024


@lru_cache(maxsize=KEY_CACHE_LINES)
def normalise_key(text: str) -> str:
    """Lower-cased words only, for comparing near-identical lines."""
    # Lower-casing the joined words equals lower-casing each: words hold no spaces, and a
    # space stops str.lower's only context rule (a word-final sigma) as the join does.
    return " ".join(tokens(text)).lower().replace("’", "'")


# The years an article's date may fall in. Compose reckons dates around an article's
# ("yesterday", "last year", a weekday) with Python's dates, which end at the years 1
# and 9999: a Markdown article dated 0001-01-01 failed the summary, the background and
# the open questions (OverflowError). Centuries of margin at both ends, by reasoning; no
# news article is dated in either.
DATE_YEARS = range(1000, 9000)


def in_calendar(date: dt.date | None) -> bool:
    """Whether ``date`` is none, or one an article may have (``DATE_YEARS``)."""
    return date is None or date.year in DATE_YEARS


def parse_date(value: object) -> dt.date | None:
    """A date from ISO strings ("2018-06-05", "2018-06-05T10:00Z"), "June 5, 2018",
    ``time.struct_time`` or date/datetime objects; None when no full date is there."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "tm_year"):  # time.struct_time from feedparser
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]
        except ValueError:
            return None
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(rf"({MONTH_RE})\s+(\d{{1,2}}),?\s*(\d{{4}})", text)
    if m:
        month = MONTHS.get(m[1].rstrip(".").lower())
        return _safe_date(int(m[3]), month, int(m[2])) if month else None
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
