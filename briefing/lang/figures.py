"""Words that say what a figure counts.

Shared by compose's divergence finders (``compose/divergences.py``, ``compose/figure_*``):
number words, qualifiers ("at least"), what a count measures (killed, aboard, arrested),
classes of counted nouns, durations, weights and one-off events. The one table of
qualifiers (``QUALIFIERS``: each one's direction, and how far a rounded or an exact
figure may be from the count it stands for) serves every reader of a qualified figure:
figure values, spans, rounded counts (``compose/rough_counts.py``), agreeing estimates
(``compose/standing.py``) and precise counts (``compose/frames.py``). How many people
have a condition is ``lang/conditions``; the words of a dispute are ``lang/disputes``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.lang.patterns import Screened, alternation, cue_pattern
from briefing.lang.wordforms import DEATH_WORDS


class Qualifier(NamedTuple):
    """Where a qualifier puts the count it qualifies against its figure."""

    # "above" ("more than 80": over 80), "below" ("nearly 80", "up to 80"), "around"
    # ("about 80": either side) or "exact" ("only 80": the figure itself).
    direction: str
    # An approximation (the count is close to the figure: "nearly 80", "about 80") rather
    # than a bound with no end on its far side ("more than 80", "up to 80").
    near: bool


# The one table of figure qualifiers: every reader of a qualified figure (figure values,
# durations and weights, rounded counts, estimates that agree) takes its words and their
# directions from here.
QUALIFIERS: dict[str, Qualifier] = {
    **dict.fromkeys(("at least", "more than", "over", "in excess of", "upwards of"),
                    Qualifier("above", False)),
    **dict.fromkeys(("up to", "fewer than", "less than", "under", "as many as"),
                    Qualifier("below", False)),
    **dict.fromkeys(("nearly", "almost", "close to", "just under"), Qualifier("below", True)),
    # An estimate is a figure too ("an estimated 1.9 million people"): before session 18
    # such figures were dropped as vague and no estimate was ever compared.
    **dict.fromkeys(("about", "approximately", "some", "around", "roughly", "an estimated",
                     "the estimated", "estimated"), Qualifier("around", True)),
    "only": Qualifier("exact", False),
}  # fmt: skip
# How far an approximation may be from the exact count it stands for, as a share of its
# figure: "about 2 million" is what "2.1 million" rounds to (session 18 dev divergences,
# D0605E), "more than 80" allows 84 (D0635H), "about 700" 712. At 0.25 "about 190
# settlements" (in two territories) took "173" (in one of them), D0609I.
ROUNDING_SHARE = 0.1
# The exact counts a qualified figure allows, as multiples of it, by its direction: "about"
# either side, half as far.
ALLOWED_RANGE = {
    "above": (1.0, 1.0 + ROUNDING_SHARE),
    "below": (1.0 - ROUNDING_SHARE, 1.0),
    "around": (1.0 - ROUNDING_SHARE / 2, 1.0 + ROUNDING_SHARE / 2),
}
# Two exact counts of one thing by two outlets ("at least 4,620 farm cottages" and
# "4,633") differ by at most this share (session 22, on the 20 TUNING+CHECK briefs: one
# wrong † off, D0609I).
EXACT_SHARE = 0.01
FIGURE_QUALIFIERS = tuple(QUALIFIERS)
# Qualifiers of a rounded figure: "about 2 million" is what "2.1 million" rounds to.
APPROXIMATE_QUALIFIERS = frozenset(q for q, how in QUALIFIERS.items() if how.near)
# Qualifiers of a figure with no upper or no lower bound ("at least a year", "up to").
OPEN_ABOVE = frozenset(
    q for q, how in QUALIFIERS.items() if how.direction == "above" and not how.near
)
OPEN_BELOW = frozenset(
    q for q, how in QUALIFIERS.items() if how.direction == "below" and not how.near
)
QUALIFIER_RE = cue_pattern(map(re.escape, FIGURE_QUALIFIERS), before="^", after=r"\s+")
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
NUMBER_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NOT_NAMES = {"The", "A", "An", "In", "On", "But", "And", "It", "This", "That", "He", "She", "I"}
# Counted "nouns" that are units or multipliers, not things ("10 times the average").
NOT_COUNTED = {"time", "percent", "year", "day", "week", "month", "hour", "minute", "second"}
RELATIVE_COUNT_WORDS = {
    "other",
    "more",
    "additional",
    "another",
    "extra",
    "further",
    "new",
    "remaining",
}
# Adjectives that do not change what is counted.
GENERIC_ADJECTIVES = {
    "different", "various", "several", "such", "many", "worldwide", "global", "consumer",
    "total", "separate", "individual", "major", "big", "large", "small", "well-known",
    "foreign", "certain", "own", "same", "similar", "entire", "whole", "roughly",
}  # fmt: skip
NOUN_CLASS = {
    "firm": "company", "corporation": "company", "giant": "company", "maker": "company",
    "manufacturer": "company", "vendor": "company", "producer": "company", "business": "company",
    "companie": "company", "people": "person", "persons": "person", "individual": "person",
    "account": "user", "customer": "user", "subscriber": "user",
    # Irregular plurals; "a million deaths" counts the people a "kills a million" counts.
    "children": "child", "men": "man", "women": "woman", "death": "person",
    # what an arrest count counts ("18 suspects", "32 arrests", "32 people were arrested")
    "suspect": "person", "arrest": "person", "live": "person",  # "claims 2 million lives"
}  # fmt: skip
# Groups whose members are counted as the group: "118 crew members" are "116 crew" told
# another way. Set by reasoning (issue 11); not benchmarked (no dev story writes both).
MEMBERS_OF = frozenset({"crew", "staff"})
# A rate's time frame after the counted noun ("1 million deaths a year", "2,000 children
# each year", "500 cases annually"): a rate is compared only with a rate of the same frame.
RATE_PERIOD_RE = re.compile(
    r"^[^.;,]{0,40}?\b(?:(?:a|an|each|every|per)\s+(?P<unit>year|day|week|month)\b"
    r"(?!\s+(?:ago|earlier|later|after|before|since|from\s+(?:now|then|today)|or|and|to)\b)|"
    r"(?P<adverb>annually|yearly|daily|weekly|monthly)\b)",
    re.I,
)
PERIOD_ADVERBS = {"annually": "year", "yearly": "year", "daily": "day", "weekly": "week",
                  "monthly": "month"}  # fmt: skip
# How long something lasted ("the drought, which lasted 18 months", "lasting about a
# year"): a duration, in days, is compared with another of the same event.
DURATION_BEFORE_RE = re.compile(
    r"\b(?:lasted|lasting|lasts|spanned|spanning|persisted|persists|persisting|"
    # "will last", never "the last two years"
    r"(?:will|would|could|can|may|might|to|should|does|did|usually|typically|normally|"
    r"generally|often)\s+(?:\w+ly\s+)?(?:last|persist)|"
    # "episodes last": a plural subject, not "its/his/this last"
    r"\b[a-z]{2,}s(?<!\bits)(?<!\bhis)(?<!\bthis)(?<!\bwas)(?<!\bhas)(?<!\bas)\s+last)"
    r"\s+(?:for\s+)?$",
    re.I,
)
# A duration told as a forecast of one event ("will last", "is expected to persist"): it
# is compared only with another forecast, not with how long such events usually last
# ("often lasts a year") nor with how long one lasted. Not "to" alone ("is due to last").
FORECAST_RE = re.compile(
    r"\b(?:will|would|could|may|might|(?:expected|likely|forecast|predicted|set)\s+to)\s+"
    r"(?:\w+ly\s+)?(?:last|persist)\s+(?:for\s+)?$",
    re.I,
)
# The verb spaCy may take into a duration's entity ("is expected to last six months":
# "last six months"); it is the verb when the words before it are a duration's.
LAST_VERB_RE = re.compile(r"(?:last|persist)\s+(?:for\s+)?(?=\S)", re.I)
# How long someone served ("served for 21 years in the DVS", "a 22-year veteran of the
# DVS"): compared like a duration, but only with another time served.
SERVED_BEFORE_RE = re.compile(r"\b(?:served|serving)\s+(?:for\s+)?$", re.I)
VETERAN_AFTER_RE = re.compile(r"^\s*veteran\b", re.I)
# The space before the unit starts only where a run of spaces starts (or at the second
# character) and is taken whole, so a 200 KB run of spaces is read once, with match or
# search (with "\s+" it was tried from every space: 8,000 spaces took 2.4 CPU s).
DURATION_RE = re.compile(
    r"^(?P<number>.+?)(?:(?:(?<!\s)|(?<=^\s))\s++|-)(?P<unit>days?|weeks?|months?|years?)$", re.I
)
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# Vague and ranged numbers of a duration, as (lowest, highest): "several months" is no
# more than 7, so it disagrees with "at least a year". Set by reading; not benchmarked.
VAGUE_NUMBERS = {"a few": (2, 4), "a couple of": (2, 2), "several": (3, 7), "a couple": (2, 2)}
NUMBER_RANGE_RE = re.compile(r"^(?P<low>[\w.]+)\s*(?:to|or|-|–)\s*(?P<high>[\w.]+)$", re.I)
# A weight and its unit in kilograms ("800 kilograms", "1,500 pounds", "2 tons").
WEIGHT_RE = re.compile(
    r"^(?P<number>.+?)\s*(?P<unit>kilograms?|kilos?|kgs?|pounds?|lbs?|metric\s+tons?|"
    r"tonnes?|tons?|grams?|ounces?)\.?$",
    re.I,
)
UNIT_KG = {
    "kilogram": 1.0, "kilo": 1.0, "kg": 1.0, "pound": 0.4536, "lb": 0.4536, "ton": 907.2,
    "metric ton": 1000.0, "tonne": 1000.0, "gram": 0.001, "ounce": 0.02835,
}  # fmt: skip
# A figure converted into another unit agrees within this share ("800 kilograms" and
# "1,760 pounds"); beyond it two weights differ. Set by reasoning (a conversion rounded
# to two figures is off by under 5%); not benchmarked.
CONVERSION_SHARE = 0.05
CONTEXT_CLASS = {
    "agreement": "deal", "partnership": "deal", "relationship": "deal", "contract": "deal",
    "tie": "deal", "arrangement": "deal",
}  # fmt: skip
# "two of its four engines": the whole of a part, not a count on its own.
PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:its|the|their|his|her|all)\s*$", re.I)
# "Only 40 of the barges were ever built": how many of a kind were made is how many there
# are, a whole count of the noun, not a part of another count ("40 of the 60"). Not when
# the clause goes on to say where or when ("five of the planes were built in Toulouse").
MADE_OF_KIND_RE = re.compile(
    r"^\s+of\s+the\s+(?P<noun>[a-z]{2,30}s)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:(?:ever|only|originally)\s+)?(?:built|made|produced|manufactured)\s*"
    r"(?:[,;.:]|(?:and|but)\b|$)"
)
# Words that say what a count of people or things measures; counts measuring different
# events are never compared (review-baseline: "109 aboard" vs "113 killed").
EVENT_CLASS = {
    **dict.fromkeys([*DEATH_WORDS, "fatalities", "victims", "lost their lives"], "died"),
    **dict.fromkeys(["injured", "injuring", "wounded", "hurt", "injuries"], "injured"),
    **dict.fromkeys(["aboard", "on board", "onboard", "passengers", "carrying"], "aboard"),
    **dict.fromkeys(["missing"], "missing"),
    **dict.fromkeys(["survived", "survivors", "rescued"], "survived"),
    **dict.fromkeys(["arrested", "detained", "arrests"], "arrested"),
    **dict.fromkeys(["left", "fled", "leaving"], "left"),
    **dict.fromkeys(["on the ground"], "ground"),
    **dict.fromkeys(["freed", "released", "exonerated"], "freed"),
    **dict.fromkeys(["executed", "executions", "death chamber", "put to death"], "executed"),
}  # fmt: skip
# What a running count measures: the dead, the injured, the arrested and the executed
# only grow as a story goes on, so a higher count in a later article updates an earlier
# one rather than disputing it ("killed 20" on Monday, "has killed 35" on Wednesday).
# Set by reasoning (issue 11); "missing" and "survived" go down as well as up.
RUNNING_MEASURES = frozenset({"died", "injured", "arrested", "executed"})
# A count its own sentence says was changed ("the toll rose to 35", "revised the figure",
# "correcting an earlier report"): a later article's count so told updates an earlier
# one, whichever way it went.
COUNT_REVISED_RE = re.compile(
    r"\b(?:revis(?:ed|ing)|correct(?:ed|ing)|(?:rose|risen|climbed|jumped|increased|"
    r"raised|lowered|dropped|fell|fallen)\s+to|up\s+from|down\s+from|"
    r"earlier\s+(?:reports?|figures?|estimates?|count)|initially\s+(?:reported|put|given))\b",
    re.IGNORECASE,
)
# A word written in lower case ("authorities"), whole: no name.
LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
# What a count measures, told after its counted noun in a heading ("Number of people
# arrested").
MEASURED_AS = {
    "died": "killed", "injured": "injured", "aboard": "aboard", "missing": "missing",
    "survived": "who survived", "arrested": "arrested", "left": "who left",
    "ground": "on the ground", "freed": "freed", "executed": "executed",
}  # fmt: skip
# What a rate of deaths is of: the words before "kills" ("heart disease kills 500,000 a
# year"); two rates of deaths by two killers are never compared.
# A qualifier a verb may leave outside the figure's own words ("affects about", "left
# more than"): any of the table's but "only".
LEFT_QUALIFIER = (
    r"(?:"
    + alternation(
        re.escape(q).replace(r"\ ", r"\s+")
        for q, how in QUALIFIERS.items()
        if how.direction != "exact"
    )
    + r"\s+)?"
)
# The longest word the patterns below take for a name or a killer: each try is bounded,
# so a 200 KB run with no space is read in one pass, not once per letter (16 KB of "x"
# before "kills" took 2.3 CPU s). Set by reasoning (words and names are far shorter).
LONGEST_WORD = 40
WORD_TAIL = rf"[\w'’-]{{0,{LONGEST_WORD}}}"
KILLER_RE = re.compile(
    rf"(?P<killer>(?:[a-z]{WORD_TAIL}\s+)?[a-z]{WORD_TAIL})\s+"
    rf"(?:kills|killed|claims|claimed|causes|caused)\s+{LEFT_QUALIFIER}$",
    re.I,
)
# What "kills" with no name of its own: "the disease kills 2 million a year" is the
# disease the story is about.
GENERIC_KILLERS = frozenset({"disease", "illness", "virus", "epidemic", "pandemic", "it"})
# A rate's time frame told before its figure ("Each year, malaria kills 2 million").
RATE_BEFORE_RE = re.compile(r"^\W*(?:each|every)\s+year,?\s+[^,;.]{0,80}$", re.I)
# A death rate told with no counted noun ("malaria kills 2 million a year", "claiming
# more than a million annually"): the figure counts deaths.
BARE_KILLS_RE = re.compile(
    rf"\b(?:kills|killed|kill|killing|claims|claimed|claiming)\s+{LEFT_QUALIFIER}$", re.I
)
# Lives a killer takes are deaths ("malaria claims 2 million lives a year").
LIVES_TAKEN_RE = re.compile(
    rf"\b(?:claims|claimed|claiming|takes|took|taking|costs|cost|costing)\s+{LEFT_QUALIFIER}$",
    re.I,
)
# "has left 700,000 children orphaned", "left a million homeless": what follows is what
# the count is, not people leaving.
CAUSATIVE_LEFT_RE = re.compile(rf"\bleft\s+{LEFT_QUALIFIER}$", re.I)
# What kills people in the news: a death toll is "of" one of these.
INCIDENT_NOUNS = (
    "crash", "accident", "disaster", "tragedy", "attack", "bombing", "explosion", "blast",
    "fire", "earthquake", "quake", "storm", "shooting", "sinking", "collision", "derailment",
    "flood", "massacre", "stampede", "hurricane", "typhoon", "cyclone", "landslide",
)  # fmt: skip
# The dead counted as one person and the others with them: "killed his wife and eleven
# others", "the farmer's wife, Anna, and 12 others died". Two sources that give the one
# companion ("wife") a different number of others count the same dead differently.
_NUMBER = r"\d+|" + alternation(k for k in NUMBER_WORDS if len(k) > 2)
_COMPANION = (
    rf"(?P<owner>(?i:his|her|their|the|its)\s+|[A-Z]{WORD_TAIL}['’]s\s+)"
    rf"(?:[\w'’-]{{1,{LONGEST_WORD}}}['’]s\s+)?"
    rf"(?P<companion>[a-z][a-z-]+),?\s+(?:[A-Z]{WORD_TAIL},\s+)?and\s+"
    rf"(?P<others>{_NUMBER})\s+others\b"
)
# A death verb before ("killed ...") or after ("... died") the companions: the code checks
# that one of the two groups matched.
COMPANION_DEAD_RE = re.compile(
    rf"(?P<killed>\b(?i:killed|killing|kills)\s+)?{_COMPANION}"
    r"(?P<died>\s+(?:\w+ly\s+)?(?i:died|perished|drowned|were\s+killed|lost\s+their\s+lives)\b)?"
)
# Every match holds "others" as written (the pattern's case-insensitive groups are others).
COMPANION_DEAD_SCREENED = Screened(COMPANION_DEAD_RE, ("others",))
# "injured 62 riders including four on the platform": what follows is a part of the count.
BREAKDOWN_RE = cue_pattern(("including", "among them", "among whom", "of them", "of whom"))
EVENT_RE = cue_pattern(sorted(map(re.escape, EVENT_CLASS), key=len, reverse=True))

# The most digits a count written in figures is read with: a longer run (a serial
# number, a hostile page's run of digits) counts nothing, and int() refuses 4,300 digits
# and more (sys.int_info), which failed the whole build. Set by reasoning: a count in the
# news has at most 13 digits (trillions).
MAX_COUNT_DIGITS = 15


# One word giving a figure in digits ("3000", "2.5", commas and a "$" taken off): at most
# MAX_COUNT_DIGITS before the point, as a count is read.
_DIGITS_RE = re.compile(rf"\d{{1,{MAX_COUNT_DIGITS}}}(?:\.\d+)?")
# Digits whose commas group thousands ("4,620", "1,200,000.5"); other commas between digits
# are no thousands: "1,2,3" lists three numbers, "4,5" may be a decimal comma.
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def ungrouped(figure: str) -> str | None:
    """``figure`` without the commas that group its thousands ("4,620" -> "4620"); None
    when a comma between its digits groups none ("1,2,3" is a list, not 123)."""
    if "," not in figure:
        return figure
    return figure.replace(",", "") if _GROUPED_RE.fullmatch(figure) else None


def word_value(word: str) -> float | None:
    """The figure one word gives: in digits ("3,000", "$2.5", at most ``MAX_COUNT_DIGITS``
    before the point) or a number word ("eight"; not "a"); None for anything else,
    such as what float() would also read ("1e400", "nan", "inf") or a run of 400 digits."""
    text = ungrouped(word.lower().lstrip("$").rstrip(","))  # "3,000," ends a clause
    if text is None:
        return None
    if _DIGITS_RE.fullmatch(text):
        return float(text)
    if text in NUMBER_WORDS and text not in ("a", "an"):
        return float(NUMBER_WORDS[text])
    return None


def count_value(figure: str) -> int | None:
    """The whole number a count written in digits gives ("4,620" -> 4620); None for no
    digits, or more than ``MAX_COUNT_DIGITS`` of them."""
    digits = ungrouped(figure) or ""
    return int(digits) if digits.isdecimal() and len(digits) <= MAX_COUNT_DIGITS else None


def figure_value(text: str) -> tuple[float | None, str]:
    """(number, qualifier) from '87 million' / 'at least three' / '$1.4 billion'; None if vague."""
    text = " ".join(text.replace("$", " ").replace("%", " ").split()).lower()
    qualifier = ""
    while m := QUALIFIER_RE.match(text):
        qualifier = (qualifier + " " + m.group(0).strip()).strip()
        text = text[m.end() :]
    total, current, seen = 0.0, 0.0, False
    for tok in re.findall(r"[\d.,]+|[a-z]+", text):
        if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", tok):
            number = word_value(tok)
            if number is None:
                return None, qualifier  # more digits than any count has, or "1,2,3"
            current += number
            seen = True
        elif tok in NUMBER_WORDS and not (tok in ("a", "an") and seen):
            current += NUMBER_WORDS[tok]
            seen = seen or tok not in ("a", "an")
        elif tok in NUMBER_SCALES and (seen or current):  # "a million"
            seen = True
            scale = NUMBER_SCALES[tok]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif tok in ("and", "-"):
            continue
        else:
            return None, qualifier  # "tens of millions", "dozens": no single value
    return (total + current if seen else None), qualifier


# One-off events a story dates (a swearing-in, a handover, a funeral), by the words that
# name them: two sources giving such an event two different days disagree on its date
# (``figure_dates``). Only events that happen once to one subject: executions, crashes
# and elections recur in one story (D0635H, D0617H, D0649D list several).
ONE_OFF_EVENTS = {
    "inauguration": "inauguration",
    "inaugurated": "inauguration",
    "sworn in": "inauguration",
    "swearing-in": "inauguration",
    "swearing in": "inauguration",
    "handover": "handover",
    "handed over": "handover",
    "hand-over": "handover",
    "handed back": "handover",
    "handing over": "handover",
    "handing back": "handover",
    "funeral": "funeral",
    "coronation": "coronation",
    "crowned": "coronation",
}
ONE_OFF_EVENT_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in ONE_OFF_EVENTS) + r")\b",
    re.IGNORECASE,
)
# A date moved by the article itself ("postponed to", "rescheduled for"): an update, no
# disagreement between sources.
DATE_MOVED_RE = re.compile(
    r"\b(?:postpon|reschedul|delay|moved|brought\s+forward|pushed\s+back|put\s+off)\w*",
    re.IGNORECASE,
)
# A person's age told by a word before it ("Reyes, aged 34,"; "Reyes, age 34,"), and the
# word that dates it to a past time instead of the article's ("Reyes, then 17,").
AGE_WORDS = frozenset({"aged", "age"})
PAST_AGE_WORDS = frozenset({"then"})
