"""Date expressions in English running text: what a date looks like ("June 3, 2018",
"last month", "Tuesday"), and the words around one that say whether it dates the
sentence's own event ("will", "the Oct. 31 crash", "two weeks before ...").

The knowledge only; ``compose.dating`` resolves what these patterns find."""

from __future__ import annotations

import re

from briefing.lang.months import MONTH_NAMES, WEEKDAYS

_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
# A day, or a range of days whose first day is taken ("Oct. 12-13, 1992").
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"

# Every date expression, by the kind of resolution it needs, tried in this order (first
# match wins). Groups: month, day, year, wd (weekday).
DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(pattern, re.I))
    for kind, pattern in [
        ("mdy", rf"\b{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b"),
        ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
        ("my", rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
        ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)"),
        ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b"),
        ("m_this_year", rf"\b{_MONTH}\s+(?:of\s+)?this\s+year\b"),
        ("m_this_year", rf"\bthis\s+{_MONTH}\b"),
        ("m_last", rf"\blast\s+{_MONTH}\b"),
        ("y", rf"\b{_YEAR}\b(?!\s*(?:[-–]\d|%|,\d))"),
        ("m", rf"^(?:(?:in|early|late|mid|since|by|until|through)[\s-]+)?{_MONTH}$"),
        ("today", r"\b(?:today|this morning|this afternoon|tonight)\b"),
        ("yesterday", r"\byesterday\b"),
        ("weekday", rf"\b(?P<wd>{'|'.join(WEEKDAYS)})\b"),
        ("last_month", r"\blast\s+month\b"),
        ("next_month", r"\bnext\s+month\b"),
        ("this_year", r"\bthis\s+(?:year|summer|spring|autumn|fall|winter)\b"),
        ("last_year", r"\blast\s+year\b"),
        ("next_year", r"\bnext\s+year\b"),
        ("week", r"\b(?:this|last|next)\s+week\b"),
    ]
]  # fmt: skip
# A year in running text is a date only after a cue (regex fallback; spaCy knows better).
YEAR_CUE_RE = re.compile(
    rf"\b(?:in|since|by|from|until|to|of|early|late|mid|during|before|after|around|a|the|"
    rf"{MONTH_NAMES})[\s-]+{_YEAR}\b",
    re.I,
)
BARE_MONTH_RE = re.compile(rf"^(?:{MONTH_NAMES})\.?$", re.I)
# Words just before a bare month name that make it a month ("in March", not "Capt. March").
MONTH_CUE_RE = re.compile(
    r"\b(?:in|since|by|until|till|through|early|late|mid|last|next|this|of|during|before|"
    r"after|from|to|on)[\s-]+$",
    re.I,
)
# The sentence speaks of what is to come: its month-days and weekdays are looked up forward.
# Not "next": "over the next five years" says nothing of "created in April".
FUTURE_CUE_RE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are|was|were) (?:scheduled|expected|due|set|slated|"
    r"planned|to be)|scheduled|upcoming|forthcoming|ahead of|plans? to|would)\b|['’]ll\b",
    re.I,
)
# Where a clause ends, for reading the future in the date's own clause.
CLAUSE_BREAK_RE = re.compile(r"[,;:]\s+|\s+(?:and|but)\s+")
# "the Oct. 31 crash", "its March 26 vote", "Putin's May 7 inauguration": the date names
# another event the sentence refers to (a determiner or possessive before, a word after).
DETERMINER_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|this|that|whose)|\w['’]s)\s+$", re.I
)
WORD_AFTER_RE = re.compile(r"^,?\s*[A-Za-z]")
POSSESSIVE_AFTER_RE = re.compile(r"^['’]s?\b")
POSSESSIVE_END_RE = re.compile(r"['’]s$")  # "Sunday's" taken whole
# "two weeks before the March 26 election", "until Oct. 12": a date the event is measured
# from or to, not the date of the event.
SUBORDINATE_BEFORE_RE = re.compile(
    r"\b(?:after|following|before|ahead of|prior to|until|till|by|pending|as of|effective|"
    r"starting|beginning|(?:scheduled|set|slated|planned|due) (?:for|on))\s+"
    r"(?:the\s+|next\s+\w+,?\s+)?$",
    re.I,
)
# A relative clause opened since the last comma ("Trubshaw, who flew it in 1969").
RELATIVE_CLAUSE_RE = re.compile(r",[^,;]*\b(?:who|whom|whose|which)\b[^,;]*$", re.I)
# "has moved cautiously since winning the election on Sunday": a participle clause.
PARTICIPLE_CLAUSE_RE = re.compile(
    r"\b(?:since|after|before|following|while|upon|on)\s+\w+ing\b[^,;]*$", re.I
)
# "June 3rd" -> "June 3".
ORDINAL_SUFFIX_RE = re.compile(r"(\d)(?:st|nd|rd|th)\b")
