"""The build's clock: now, or ``SOURCE_DATE_EPOCH`` for reproducible builds.

The one place that reads ``SOURCE_DATE_EPOCH`` (https://reproducible-builds.org/specs/
source-date-epoch/): the brief's date, the DOCX core properties and zip timestamps and the
PDF's invariant mode all come from here. ``briefing`` checks the variable before anything
else (some libraries read it while being imported), so a bad value is one clear message
and exit code 2.
"""

from __future__ import annotations

import datetime as dt
import os

VARIABLE = "SOURCE_DATE_EPOCH"


class SourceDateError(ValueError):
    """``SOURCE_DATE_EPOCH`` is set but is not a usable number of seconds (exit code 2)."""

    exit_code = 2


def source_date_epoch() -> int | None:
    """The variable's value in seconds since 1970 (UTC), or None when it is unset or empty."""
    raw = os.environ.get(VARIABLE, "").strip()
    if not raw:
        return None
    try:
        seconds = int(raw)
        dt.datetime.fromtimestamp(seconds, dt.UTC)  # in the range a date can hold
    except (ValueError, OverflowError, OSError):
        seconds = -1
    if seconds < 0:
        raise SourceDateError(
            f"{VARIABLE} must be a whole number of seconds since 1970-01-01 UTC "
            f"(as `date +%s` prints), got {raw!r}"
        )
    return seconds


def reproducible() -> bool:
    """True when builds must not depend on the wall clock."""
    return source_date_epoch() is not None


def build_time() -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` when set, else now; always UTC, whole seconds."""
    seconds = source_date_epoch()
    if seconds is not None:
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def build_date() -> dt.date:
    """The edition's date: the UTC date of ``SOURCE_DATE_EPOCH`` when set, else today
    in local time (the day the user sees on their calendar)."""
    seconds = source_date_epoch()
    if seconds is not None:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    return dt.date.today()
