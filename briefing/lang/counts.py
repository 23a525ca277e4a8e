"""How counts are worded beyond "<number> <noun>": a range of counts ("between 1.5 million
and 2 million", "1-2 million") and a count told after what it counts ("the number of
Kenyans living with HIV is 1.9 million"), as ``figure_reading`` reads them."""

from __future__ import annotations

import re

from briefing.lang.figures import LEFT_QUALIFIER, NUMBER_SCALES, figure_value

# The longest word a pattern takes for a noun: each try is bounded (a 200 KB run with no
# space is read in one pass). Set by reasoning (words are far shorter).
_WORD_TAIL = r"[\w'’-]{0,40}"
# A range of counts ("between 1.5 million and 2 million", "1.5 to 2 million", "1-2
# million"): one estimate with a low and a high end, not two counts nor their sum (spaCy
# reads "Between 1.5 million" and "2 million Kenyans" apart, "1-2 million" as 3 million).
# Bounded runs: a 200 KB run of digits or spaces is read in one pass.
_RANGE_NUMBER = r"\d[\d,]{0,15}(?:\.\d{1,3})?|one|two|three|four|five|six|seven|eight|nine|ten"
_RANGE_SCALE = r"(?:\s{1,3}(?:million|billion|thousand))"
COUNT_RANGE_RE = re.compile(
    rf"\b(?:(?P<between>between)\s{{1,3}})?(?P<low>(?:{_RANGE_NUMBER}){_RANGE_SCALE}?)"
    rf"(?:\s{{0,3}}(?:-|–)\s{{0,3}}|\s{{1,3}}(?P<joint>to|and)\s{{1,3}})(?P<high>(?:{_RANGE_NUMBER}){_RANGE_SCALE}?)\b"
    r"(?!\s{0,3}(?:percent|per\s+cent|%|years?\s+old))",
    re.I,
)
_YEARS_RE = re.compile(r"(?:1[89]|20)\d\d")
# "rose from 10 to 20" is a change, "aged 15-49" an age: no range of one count.
_NO_RANGE_BEFORE_RE = re.compile(r"\b(?:from|aged|ages|age)\s+$", re.I)


def count_ranges(text: str) -> list[tuple[int, int, float, float]]:
    """(start, end, low, high) of each range of counts in ``text``: "1.5 to 2 million" is
    1.5 million to 2 million, "500,000 to 1 million" 500,000 to 1 million; "and" only after
    "between" ("2 and 3 million" may be two counts), no span of years ("1998-99"), no
    change ("rose from 10 to 20") nor age ("aged 15-49")."""
    out = []
    for m in COUNT_RANGE_RE.finditer(text):
        if _NO_RANGE_BEFORE_RE.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if m.group("joint") and m.group("joint").lower() == "and" and not m.group("between"):
            continue
        low_text, high_text = m.group("low"), m.group("high")
        if _YEARS_RE.fullmatch(low_text) or _YEARS_RE.fullmatch(high_text.split()[0]):
            continue
        high = figure_value(high_text)[0]
        low = figure_value(low_text)[0]
        scale = high_text.split()[-1].lower()
        if low is not None and len(low_text.split()) == 1 and scale in NUMBER_SCALES:
            low = low * NUMBER_SCALES[scale] if low < figure_value(high_text.split()[0])[0] else low
        if low is not None and high is not None and 0 < low < high:
            out.append((m.start(), m.end(), low, high))
    return out


# A standing count told after what it counts: "the number of Kenyans living with HIV is
# 1.9 million", "the number of AIDS orphans in Zambia has reached 700,000". Its people are
# the noun after "number of" (a capitalised word before it may be their condition).
NUMBER_OF_RE = re.compile(
    rf"\b[Tt]he\s+(?:(?:estimated|total|official)\s+)?number\s+of\s+"
    rf"(?:(?P<mod>[A-Z]{_WORD_TAIL})\s+(?=orphans\b))?(?P<noun>[A-Za-z]{_WORD_TAIL})(?P<rest>[^.;:!?]{{0,80}}?)"
    r",?\s+(?:is|was|stands\s+at|stood\s+at|totals|totaled|totalled|"
    r"(?:has|had)\s+(?:reached|risen\s+to|grown\s+to|climbed\s+to|topped|passed)|"
    r"reached|rose\s+to|grew\s+to|(?:is|was)\s+(?:estimated|put)\s+at)\s+"
    rf"{LEFT_QUALIFIER}$"
)


# A figure for the whole world ("kills 2 million a year worldwide", "the world's 40
# million"): no estimate for one place rivals it.
WORLDWIDE_RE = re.compile(
    r"\b(?:world-?wide|globally|(?:around|across|throughout|in)\s+the\s+(?:world|globe)\b|"
    r"the\s+world['’]s)",
    re.I,
)
# "kills 2 million a year, mostly in Africa": the place is where most of it is, a part,
# not the figure's whole scope.
MOSTLY_RE = re.compile(
    r"\b(?:mostly|mainly|largely|chiefly|primarily|predominantly|most\s+of\s+(?:them|whom|it))\b",
    re.I,
)
# Where a count is: "in Kenya", "across the West Bank and Gaza" (its capitalised words,
# joined by "and"), as written.
_PLACE_NAME = r"(?:the\s{1,3})?[A-Z][\w'’-]{0,40}(?:\s{1,3}[A-Z][\w'’-]{0,40}){0,4}"
IN_PLACE_RE = re.compile(
    rf"\b(?i:in|across|throughout)\s{{1,3}}(?P<place>{_PLACE_NAME}(?:,?\s{{1,3}}and\s{{1,3}}{_PLACE_NAME})*)"
)
# A place that has the count, right before it ("Zambia now has a million orphans").
PLACE_HAS_RE = re.compile(
    rf"(?:^|[^\w\s'’-]\s{{0,3}}|\b(?i:and|but)\s{{1,3}})(?P<place>{_PLACE_NAME})\s{{1,3}}"
    rf"(?:now\s{{1,3}})?(?:has|had)\s{{1,3}}{LEFT_QUALIFIER}$"
)
# What a death rate's deaths are from, told after it ("2 million deaths a year from
# malaria", "die each year from heart disease"; no "of": "deaths of children"): one to
# three words, up to a word that says no more of it ("in", "each", ...).
_CAUSE_END = r"(?:in|and|or|among|each|every|a|an|per|worldwide|annually|around|across|since|the)"
CAUSE_AFTER_RE = re.compile(
    rf"^[^.;:,()]{{0,40}}?\b(?:from|due\s+to|caused\s+by|because\s+of)\s+"
    rf"(?P<cause>(?!{_CAUSE_END}\b)[A-Za-z][\w'’-]{{0,40}}"
    rf"(?:\s+(?!{_CAUSE_END}\b)[A-Za-z][\w'’-]{{0,40}}){{0,2}})",
    re.I,
)
