"""Date expressions in English running text: what a date looks like ("June 3, 2018",
"last month", "Tuesday"), and the words around one that say whether it dates the
sentence's own event ("will", "the May 3 flood", "two weeks before ...").

The knowledge only; ``compose.dating`` resolves what these patterns find."""

from __future__ import annotations

import re

from briefing.lang.months import MONTH_NAMES, WEEKDAYS
from briefing.lang.patterns import Screened, alternation, any_pattern, cue_pattern
from briefing.lang.speech import SAY_LEMMAS

_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
# A day, or a range of days whose first day is taken ("Oct. 12-13, 1992").
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
# A year, 1500-2099: the one pattern every stage reads years with.
YEAR_PATTERN = r"(?:1[5-9]\d\d|20\d\d)"
_YEAR = rf"(?P<year>{YEAR_PATTERN})"
# A year written alone (findall gives the year).
YEAR_RE = re.compile(rf"\b{_YEAR}\b")
# A year or a decade as one word ("1993", "1990s", "mid-1990s"): when, not how many.
YEAR_WORD_RE = re.compile(rf"(?:mid-|early-|late-)?{YEAR_PATTERN}s?")
# A bare number that is a year or a month's day ("1999", "31"): no figure of a fact.
YEAR_OR_DAY_RE = re.compile(rf"{YEAR_PATTERN}|[0-3]?\d")


def years_before(year: int, written: int, at_least: int) -> bool:
    """Whether ``year`` is at least ``at_least`` years before ``written``, its article's
    year: what a sentence dates to it is background to the article's news, not news
    (``compose.long_ago``: 5 years), or the story's past, not its time
    (``compose.actors.history``: 20 years, 5 for a chronology's line)."""
    return written - year >= at_least


# The entity model's labels of a date or a clock time ("last Monday", "4 p.m."): words
# that tell when, and name nothing.
TIME_LABELS = frozenset({"DATE", "TIME"})

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
# A time finer than a year that no note names: "last week", "earlier this month", "three
# weeks ago". With its article's date it places an event; in a statement shown undated it
# places nothing (``compose.unplaced``). A note after it ("[June 2000]") names the time.
UNPLACED_TIME_RE = re.compile(
    r"\b(?:(?:last|this|next|(?:earlier|later)\s+this)\s+week(?:end)?"
    r"|(?:earlier|later)\s+this\s+month"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)"
    r"\s+(?:days?|weeks?|months?)\s+ago)\b(?!\s*\[)",
    re.I,
)
# spaCy's TIME entities that name a day ("Wednesday night", "early Tuesday morning",
# "tonight"): the day is the date of what happened then.
TIME_DAY_RE = cue_pattern(
    (*WEEKDAYS, "today", "tonight", "yesterday", "this morning", "this afternoon")
)
# "today" alone, which in the present tense means nowadays (compose.clauses).
TODAY_RE = cue_pattern(("today",))
# "last Tuesday": the weekday before the article's own week, six days back if need be.
LAST_WEEKDAY_RE = cue_pattern(WEEKDAYS, before=r"\blast\s+")
# A year in running text is a date only after a cue (regex fallback; spaCy knows better).
YEAR_CUES = (
    "in", "since", "by", "from", "until", "to", "of", "early", "late", "mid", "during",
    "before", "after", "around", "a", "the", MONTH_NAMES,
)  # fmt: skip
YEAR_CUE_RE = cue_pattern(YEAR_CUES, after=rf"[\s-]+{_YEAR}\b")
BARE_MONTH_RE = re.compile(rf"^(?:{MONTH_NAMES})\.?$", re.I)
# Words just before a bare month name that make it a month ("in March", not "Capt. March").
MONTH_CUES = (
    "in", "since", "by", "until", "till", "through", "early", "late", "mid", "last", "next",
    "this", "of", "during", "before", "after", "from", "to", "on",
)  # fmt: skip
MONTH_CUE_RE = cue_pattern(MONTH_CUES, after=r"[\s-]+$")
# The sentence speaks of what is to come: its month-days and weekdays are looked up forward.
# Not "next": "over the next five years" says nothing of "created in April".
FUTURE_CUES = (
    "will", "shall", "won['’]t",
    "(?:is|are|was|were) (?:scheduled|expected|due|set|slated|planned|to be)", "scheduled",
    "upcoming", "forthcoming", "ahead of", "would", "(?:is|are) to",
    "(?:plans?|expects?|hopes?|intends?|aims?|prepares?) to",
)  # fmt: skip
FUTURE_CUE_RE = any_pattern((rf"\b{alternation(FUTURE_CUES)}\b", r"['’]ll\b"))
# A name and the cue of what is to come right after it, then the verb ("Pell will open",
# "Ann Pell, is expected to be sworn in", "Pell plans to visit"; not "the upcoming vote"):
# the name and the verb are the groups. Bounded: one word each, a comma, "to" and a "be"
# or "have".
PLANNED_VERB_RE = re.compile(
    r"\b([A-Z][\w'’-]{1,30}),?\s+(?:will|shall|would|(?:is|are|was|were) (?:scheduled|"
    r"expected|due|set|slated|planned) to|(?:plans?|expects?|hopes?|intends?|aims?|prepares?|"
    r"is|are) to)\s+(?:be\s+|have\s+)?([a-z]{2,30})\b"
)
# Every match holds one of these, in any case ("won" for "won't", "plan" for "plans to").
FUTURE_CUE_SCREENED = Screened(
    FUTURE_CUE_RE,
    (
        "will", "shall", "won", "scheduled", "expected", "due", "set", "slated", "planned",
        "to be", "upcoming", "forthcoming", "ahead of", "would", "is to", "are to", "plan",
        "expect", "hope", "intend", "aim", "prepare", "'ll", "’ll",
    ),
)  # fmt: skip
# Auxiliaries of a verb that speaks of what is to come ("On Wednesday she will open …":
# the cue after the date, read from the parse by compose.clauses).
FUTURE_AUXILIARIES = frozenset({"will", "shall", "wo", "'ll", "’ll", "would"})
# A verb that arranges what is to come: its past tense still dates a plan ("The council
# scheduled a public hearing for Monday", "called a vote for Friday").
PLAN_LEMMAS = frozenset(
    {
        "schedule", "set", "plan", "slate", "call", "expect", "prepare", "intend", "arrange",
        "postpone", "delay", "reschedule", "move", "book", "announce", "promise",
    }
)  # fmt: skip
# Auxiliaries of a present state: with "today" it means nowadays ("the gadgets being
# sold today", "young riders today can join cycling clubs").
NOWADAYS_AUXILIARIES = frozenset({"being", "can"})
# Past-tense auxiliaries of a done event ("was released Friday", "had met Monday").
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# "for Monday": the day a thing is arranged for, whatever the verb's tense.
FOR_BEFORE_RE = re.compile(r"for\s+(?:(?:early|late)\s+)?$", re.I)
# Where a clause ends, for reading the future in the date's own clause.
# ("…, including Garvin on Sept. 27" goes on with the clause before it.)
CLAUSE_BREAK_RE = re.compile(r"[,;:]\s+(?!including\b)|\s+(?:and|but)\s+")
# Determiners and possessives that make a date part of a noun phrase.
_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their", "this", "that")
_DETERMINER = alternation(_DETERMINERS)
# "the Oct. 14 crash", "its March 19 vote", "Varga's May 9 inauguration": the date names
# another event the sentence refers to (a determiner or possessive before, a word after).
DETERMINER_BEFORE_RE = re.compile(
    rf"(?:\b{alternation((*_DETERMINERS, 'whose'))}|\w['’]s)\s+$", re.I
)
WORD_AFTER_RE = re.compile(r"^,?\s*[A-Za-z]")
POSSESSIVE_AFTER_RE = re.compile(r"^['’]s?\b")
POSSESSIVE_END_RE = re.compile(r"['’]s$")  # "Sunday's" taken whole
# "two weeks before the March 26 election", "until Oct. 12", "through September": a date
# the event is measured from or to, not the date of the event.
SUBORDINATORS = (
    "after", "following", "before", "ahead of", "prior to", "until", "till", "through", "by",
    "pending", "as of", "effective", "starting", "beginning",
    "(?:scheduled|set|slated|planned|due) (?:for|on)", "(?:ending|ended) (?:in|on)",
    # the day a thing was arranged for ("had been scheduled for demolition on May 14",
    # "was due to be sentenced on Monday"): a plan, done or not (s31 judging, D0635H)
    "(?:scheduled|slated|due) (?:for|to) [a-z]+(?: [a-z]+)? (?:on|for)",
    # what a thing was moved to ("the fair, now moved to June", "postponed from
    # Tuesday to Apr. 12"): a new target, not when anything happened
    "(?:moved|postponed|delayed|pushed back|brought forward|put off|rescheduled|advanced) "
    "(?:\\w+ )?(?:to|until|till|for)",
)  # fmt: skip
SUBORDINATE_BEFORE_RE = cue_pattern(SUBORDINATORS, after=r"\s+(?:the\s+|next\s+\w+,?\s+)?$")
# "has affirmed since 1830", "have fallen … since 1992": the start of a span the sentence
# measures (compose.clauses reads the verb: a state begun then, "banned since 2009", is kept).
SINCE_BEFORE_RE = re.compile(
    r"\bsince\s+(?:(?:at\s+least|about|around|early|late|mid)[\s-]+)?(?:the\s+)?$", re.I
)
# A relative clause opened since the last comma ("Haldane, who built it in 1962").
RELATIVE_CLAUSE_RE = re.compile(r",[^,;]*\b(?:who|whom|whose|which)\b[^,;]*$", re.I)
# "has spoken little since losing the vote on Sunday": a participle clause.
PARTICIPLE_CLAUSE_RE = re.compile(
    r"\b(?:since|after|before|following|while|upon|on)\s+\w+ing\b[^,;]*$", re.I
)
# "June 3rd" -> "June 3".
ORDINAL_SUFFIX_RE = re.compile(r"(\d)(?:st|nd|rd|th)\b")

# What names no event of its own (compose.clauses, compose.timeline).
# A date inside a phrase these open names another event: "before his detention in July",
# "despite an appeal … in March", "following … redeployment … last month".
BACKGROUND_PREPOSITIONS = frozenset(
    {"after", "before", "following", "despite", "since", "until", "till", "prior", "pending"}
)
# Said or reported, with no other content: the reporting verb ("said Tuesday") is no state.
REPORTING_LEMMAS = SAY_LEMMAS
# What a report or study does with what it tells ("a report prepared in March found …").
FINDING_LEMMAS = frozenset({"find", "show", "reveal", "conclude", "estimate", "suggest", "warn"})
# Participles that tell a thing's making ("the centre, founded in 1969, …"): under a
# present-tense main clause their year dates the thing, not an event of the story.
MAKING_LEMMAS = frozenset(
    {"found", "establish", "build", "construct", "create", "form", "erect", "incorporate"}
)
# "between 1980 and 1990", "1995 and 1996", "the last month", "the past two years": spans;
# "this year", "last year": a whole year named from the article's, too coarse to date an
# event (story_eval dev stories: statistics and plans, seldom events).
SPAN_TEXT_RE = any_pattern(
    (
        r"\b(?:between|from)\b",
        r"\d{4}\s*(?:and|to|through|[-–])\s*\d{2,4}",
        r"\d\s*[-–]\s*[A-Z][a-z]+\.?\s+\d",
        r"\bthe\s+(?:last|past|next|coming|first|second)\b",
        r"\b(?:this|last|next|past|coming)\s+year\b",
        r"\bthis\s+(?:summer|spring|autumn|fall|winter)\b",  # as coarse as "this year"
    )
)
SPAN_BEFORE_RE = any_pattern(
    (
        r"\b(?:from|between)\s+(?:(?:early|late|mid)[\s-]+)?$",
        r"\bfrom\s+[^,;]{1,30}\s+(?:in|on)\s+$",  # "from 12 percent in May 2003 to …"
        r"\bfrom\s+[^;]{1,80}?\bto\s+[^,;]{1,30}\s+(?:in|on|by)\s+$",  # "… to 67 in 1996"
        r"\d\s*(?:and|to|through|[-–])\s*$",  # "in 1795 and 1807"
    )
)
# The word between may be a month's name ("June 3 to July 5"), not a verb's: "voted
# Wednesday to spend 40 million" is no span (story_eval D0609I: a gold event lost).
SPAN_AFTER_RE = re.compile(r"^\s*(?:and|to|through|[-–])\s*(?:[A-Z][a-z]+\.?\s+)?\d")
# spaCy counts the article in ("the Nov. 3 election").
DETERMINER_START_RE = re.compile(rf"^{_DETERMINER}\s+\S", re.I)
# "the planned May 3 parade", "Halloran's proposed 2003 budget": a qualified noun.
QUALIFIED_BEFORE_RE = re.compile(
    rf"(?:\b{_DETERMINER}|\w['’]s)\s+"
    r"(?:planned|proposed|scheduled|expected|upcoming|coming|projected|fiscal)\s+$",
    re.I,
)
# "in a similar survey in 1984", "a previous flood in 2002", "the same crew that raised
# the hull of another barge in 2002": the date of a thing the story is compared
# with, not of its own event (a phrase's noun these qualify, on the date's way up).
COMPARED_WORDS = frozenset({"similar", "previous", "earlier", "prior", "same"})
COMPARED_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:similar|previous|earlier|prior)\s+\w+\s+(?:in|on|of)\s+$",
    re.I,
)
# "…, for example by closing the mill in 1991", "such as the strike in April": an
# example the sentence gives, not its event.
EXAMPLE_RE = re.compile(r"\b(?:for example|for instance|such as|e\.g\.)\b", re.I)
# "… signaled the continuation of talks following Israeli troop redeployment in Hebron
# last month": a phrase opened by these, unbroken up to the date, names an earlier event
# (when the parse does not attach the date inside it).
BACKGROUND_PHRASE_RE = re.compile(r"\b(?:following|despite|amid)\b[^,;:]*$", re.I)
# "(Marlow-Grey Publishing, 1998)", "(1998)": a citation's year, no event.
PARENTHESIS_BEFORE_RE = re.compile(r"\([^()]*$")
PARENTHESIS_AFTER_RE = re.compile(r"^\s*\)")
# "the Harbor Dredging Act of 1884", "the revolution of 1917": a date that names a thing;
# "the summer of 1998", "the end of 1999" are times (the head nouns that keep the date).
TIME_NOUNS = frozenset(
    {
        "summer", "spring", "fall", "autumn", "winter", "end", "beginning", "start",
        "middle", "half", "quarter", "part", "week", "weekend", "month", "year", "night",
        "morning", "evening", "afternoon", "day", "course", "rest", "close", "turn",
        "period", "season", "eve", "dawn", "weeks", "months", "days", "years", "nights",
    }
)  # fmt: skip
# "the 12th such attack since 1995", "the warmest since 1880", "the first time since
# 1990": a comparison or a count measured from the date, no event on it (with the
# parse's superlative tags JJS/RBS and ordinal entities).
COMPARISON_WORDS = frozenset({"first", "only", "record", "ever", "last"})
ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
# A verb that counts or holds a quantity: "In 1992, the county library had 18,000 books"
# states a figure of the year, not an event.
COUNT_LEMMAS = frozenset({"have", "be", "total", "number", "hold", "employ", "reach"})
ANNIVERSARY_RE = re.compile(r"\banniversar(?:y|ies)\b", re.I)
# A line of a key-dates list: "Nov. 26 -- ...", "1998: ...", "Oct. 14, 1999 - ...".
LIST_LINE_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"\s*(?:--|—|–|:|-|_)\s"
)
# A chronology line ("June 8, 1961: the Tarn Valley line opens …") speaks in
# the present of a past day.
CHRONOLOGY_AFTER_RE = re.compile(r"^\s*(?::|[-–—]+\s)")
# A year's or month's figure: "the murder rate … in 1995", "rose 49 percent … 1980".
# "… in 2004, the latest year for which figures were available", "the freshest data".
STATISTIC_RE = re.compile(
    r"\b(?:percent|per cent|percentage|rates?|per capita)\b|%"
    r"|\b(?:data|figures)\s+(?:(?:was|were|is|are)\s+)?available\b"
    r"|\b(?:latest|most recent|freshest)\s+(?:year|figures|data)\b"
    # A count against an earlier one: "1,226 ... in 1996, up from 644 in 1991", "nearly
    # doubled, to 4,310 in 2006 from 2,245".
    r"|,\s+(?:up|down)\s+from\s+(?:about\s+|nearly\s+|almost\s+)?\d[\d,.]*"
    r"|\bto\s+\d[\d,.]*\s+in\s+\d{4}\s+from\s+\d"
    # A count per year: "some 16,000 admissions a year" (not a sum: "fined $3,000 a day").
    r"|(?<![$\d,.])\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}(?:a|each|every|per)\s+year\b",
    re.I,
)
# The date belongs to the report of the sentence, not to what it reports.
_REPORT_VERBS = r"said|says|reported|announced"
_TOLD = r"told\s+\w+(?:\s+\w+)?"
_DATE_AHEAD = r"\s+(?:on\s+|late\s+|early\s+)?$"  # then the date ("said on", "told AP late")
REPORT_BEFORE_RE = re.compile(rf"\b(?:{_REPORT_VERBS}|{_TOLD}){_DATE_AHEAD}", re.I)
# The same with a few words between the verb and the date ("disclosed in a filing
# Thursday", "said in a statement Monday"): the day may be the one a source told it on.
REPORT_NEAR_BEFORE_RE = re.compile(
    rf"\b(?:{_REPORT_VERBS}|revealed|disclosed|released|confirmed|{_TOLD})"
    rf"(?:\s+[\w'’-]+){{0,3}}{_DATE_AHEAD}",
    re.I,
)

# A year or a century a sentence places itself in ("in 1925", "the 1850s", "May 3, 1925",
# "the 19th century"): read against the article's own year to tell the story's past from
# its time. A bare number is no year ("1500 workers").
ERA_RE = re.compile(
    r"(?:\b(?:in|since|of|from|until|till|by|before|after|the|during|early|late|mid-?)\s*"
    rf"|\b{_MONTH}\s+(?:[0-3]?\d,?\s+)?)"
    r"(?P<year>1[5-9]\d\d|20\d\d)(?:s|'s)?\b(?!\s*[-–]\d)"
    r"|\b(?P<century>1\d|20)(?:th|st)[- ]century\b",
    re.IGNORECASE,
)
# A span of years a sentence places itself in ("in 1984-90", "from 1950-53"), which
# ``ERA_RE`` leaves out: dated by its last year ("90": 1990).
ERA_SPAN_RE = re.compile(
    r"\b(?:in|from|of|during|between)\s+(?P<year>1[5-9]\d\d|20\d\d)\s*[-–]\s*"
    r"(?P<to>\d\d(?:\d\d)?)\b(?!\s*[-–]\d)",
    re.IGNORECASE,
)
# A chronology's entry: a sentence opening with a year or a span of years, maybe after its
# month and day or before the event's name, and a colon ("1984: Born in ...", "1984-90:
# Serves as ...", "1948 Border war: Fights as ...", "Oct. 9, 1998: Named ..."), dated
# by its last year ("90": 1990). Not "1977 was a dry year: ..." (no name of an event).
CHRONOLOGY_RE = re.compile(
    rf"\s*(?:{_MONTH}\s+(?:[0-3]?\d,?\s+)?)?"
    r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s*[-–]\s*(?P<to>\d\d(?:\d\d)?))?"
    r"(?:\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2})?\s*:"
)

# What a dated sentence may tell that is no event of the story (compose.non_events).
# A state on a date: "harvests were poor in 1987" ("be" and its kin with an adjective).
STATE_LEMMAS = frozenset({"be", "remain", "seem", "stay", "appear", "look", "feel"})
# An example the sentence opens with, or gives right after its opening phrase: "For
# instance, the town closed its mill in 1992", "On March 9, for example, the ferry ran
# late": a case an argument gives (the lead, when the date is in it).
EXAMPLE_OPENING_RE = re.compile(
    r"^(?:(?P<lead>[^,;:]{0,40}),\s*)?(?:for example|for instance|to take one example)\b",
    re.I,
)
# An honour: "received the Harbour Safety Award", "won a prize", "was honored".
AWARD_NOUNS = frozenset(
    {"award", "prize", "medal", "honor", "honour", "trophy", "accolade", "citation"}
)
AWARD_LEMMAS = frozenset(
    {"receive", "win", "accept", "present", "give", "earn", "get", "award", "hand"}
)
HONOUR_LEMMAS = frozenset({"honor", "honour"})
# A programme put on air: "the station aired a documentary on the port's finances" (not
# "the video of the sinking aired Wednesday": what was shown may be the story's own).
BROADCAST_LEMMAS = frozenset({"broadcast", "air", "televise", "telecast"})
PROGRAMME_NOUNS = frozenset(
    {"report", "documentary", "program", "programme", "segment", "episode", "series", "show"}
)
# How a survey was made: "800 farmers were interviewed for the survey", "the poll was
# conducted Sunday".
SURVEY_NOUNS = frozenset({"survey", "poll", "questionnaire", "sample", "census"})
SURVEY_LEMMAS = frozenset({"interview", "survey", "poll", "conduct", "sample", "question"})
# A speaker's own view, said on a date: "said Tuesday that she blamed nobody but
# herself", "said Monday he believed …".
OPINION_LEMMAS = frozenset(
    {"attribute", "think", "believe", "feel", "doubt", "suspect", "guess", "wonder"}
)
# A message, which an entry must tell the words of: "read out a statement
# Friday", "received an e-mail on Tuesday from Ona Brisk", "made the remarks Tuesday".
MESSAGE_NOUNS = frozenset(
    {"statement", "remark", "remarks", "warning", "e-mail", "email", "mail", "call",
     "letter", "message", "note", "fax", "telegram"}
)  # fmt: skip
# A noun before a message that names only how it went ("a phone call", "a video
# message", "a press statement"); any other ("his resignation letter", "a tornado
# warning", "a ransom call") says what the message is about.
MESSAGE_MEDIA = frozenset(
    {"phone", "telephone", "cell", "video", "radio", "television", "tv", "text", "voice",
     "e", "mail", "email", "e-mail", "fax", "conference", "press", "web", "internet"}
)  # fmt: skip
# What a message may be made to mark, which tells nothing of what it says: "a
# statement to mark Harbour Day", "a letter to greet the delegates".
OCCASION_LEMMAS = frozenset(
    {"mark", "commemorate", "celebrate", "observe", "greet", "welcome", "congratulate"}
)
# Words that put a message to or from someone, somewhere or at some time ("an e-mail from
# Ona Brisk", "a call to the board", "a letter in March"), not what it is about.
MESSAGE_FRAME_PREPOSITIONS = frozenset(
    {"to", "from", "by", "at", "in", "during", "via", "through", "with", "after", "before"}
)
# A rehearsal: "the coast guard held two rescue drills in May".
DRILL_NOUNS = frozenset({"exercise", "drill", "rehearsal", "simulation"})
# A period's figure set against another ("310 calls, compared with 280 in June 1994",
# "four per 1,000", "60 fewer than"): a statistic, no event, whatever the date (TUNING+
# CHECK: on a day's date too, "made 900 arrests last month, 60 fewer than …, according to
# figures released Tuesday"); or a change from one year to another or to today.
PERIOD_FIGURE_RE = re.compile(
    r"\bcompared\s+(?:with|to)\s+(?:about\s+|nearly\s+|some\s+|only\s+)?\$?\d"
    # (a number of at most 30 characters: "1,1,1,..." 16 KB long took 2.3 CPU s unbounded)
    r"|\bper\s+\d[\d,]*\b|\b\d[\d,.]{0,30}\s+(?:fewer|more|less)\s+than\b"
    # A change over a span: "from 40 crossings a day in 1970 to 12 now".
    r"|\bfrom\s[^.;:]{0,80}?\b(?:1[5-9]|20)\d\d\s+to\s[^.;:]{0,80}?"
    r"\b(?:today|now|(?:in|by)\s+(?:1[5-9]|20)\d\d)\b",
    re.I,
)
# The end of a quotation begun in an earlier sentence: a closing quote mark right after
# punctuation, with no quote mark before it ("We will rebuild," the mayor said Friday).
QUOTE_TAIL_RE = re.compile(r"^[^\"“”]*[,.!?][\"”]")

# Occasions a main verb may happen at, named with their date ("was chosen in the April
# 9 ballot", "spoke at an August 2 town meeting"): that date is the event's
# (``compose.occasions``).
OCCASION_NOUNS = frozenset(
    {
        "election", "vote", "referendum", "primary", "attack", "bombing", "raid", "crash",
        "incident", "accident", "explosion", "ruling", "decision", "verdict", "hearing",
        "trial", "meeting", "conference", "summit", "speech", "interview", "letter",
        "ceremony", "convention", "debate", "edition", "issue", "broadcast",
    }
)  # fmt: skip
OCCASION_PREPOSITIONS = frozenset({"in", "at", "during"})
# A day named only by another event or day: "on the same day", "that night", "the day
# before", "a day earlier", "the previous evening", "the day of the crash", "earlier that
# day" (its "that day"). Flat alternation: linear in the text.
OTHER_DAY_RE = re.compile(
    r"\b(?:(?:the\s+same|that)\s+(?:day|night|morning|evening)"
    r"|the\s+(?:day|night|evening)\s+(?:before|after|of)"
    r"|an?\s+(?:day|night)\s+(?:earlier|before|later)"
    r"|the\s+(?:previous|next|following|preceding)\s+(?:day|night|morning|evening))\b",
    re.IGNORECASE,
)
