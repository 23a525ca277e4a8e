"""Month and weekday names: the lookup from a month name to its number, and the regex
that finds one.

Shared by ingest (datelines, dates) and compose (timeline)."""

from __future__ import annotations

# "jan", "january", "sept" ... -> month number.
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# Capitalised month names and abbreviations, as a regex alternation (no group); use
# with re.IGNORECASE for running text in any case.
MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# A month name with an optional abbreviation dot ("Sept.").
MONTH_RE = rf"(?:{MONTH_NAMES})\.?"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Calendar words that say when, not what: no event vocabulary.
CALENDAR_WORDS = set(MONTHS) | set(WEEKDAYS) | {
    "today", "yesterday", "week", "month", "year", "night", "morning", "evening",
}  # fmt: skip

# The months as an editor spells them in a note ("reported 16 July 2001").
MONTHS_SPELLED = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
