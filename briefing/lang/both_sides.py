"""Sentences that tell both sides of a disagreement themselves, with no dispute verb.

A sentence that sets one party's account, figure or position against another's ("contrary
to Okafor's report", "estimates range from … to …", "While state officials worry that …,
the tribes insist …") is shown alone as a dispute (``compose/disputes.py``, screened by
``lang.rejection_cues``). Split from ``lang/disputes.py``, which holds the dispute verbs
and claim nouns these build on.
"""

from __future__ import annotations

import re

from briefing.lang.currencies import CURRENCY_NAMES
from briefing.lang.disputes import CLAIM_NOUN, CLAUSE_REST
from briefing.lang.figures import word_value
from briefing.lang.patterns import alternation, cue_pattern
from briefing.lang.stopwords import STOP_WORDS

# A sentence that sets one party's account or figure against another's states both sides
# itself and is shown alone:
# - "…, contrary to Okafor's report", "contrary to the ministry's figures": whose
#   account it is must be named (a name or a possessive), not "contrary to popular belief";
# - "estimates range from the council's figure of 3,000 to the union's claim of
#   9,500", "reports in Veldia varied from 4,200 homes flooded to 60,000": two
#   figures at least must follow;
# - "the agency estimates 1 million deaths a year, half the WHO's estimate": a figure set
#   against another party's estimate, in a sentence that gives an estimate itself.
_OWNER = r"(?P<owner>(?:[\w.&'’-]+\s+){0,4}?)"
CONTRARY_RE = re.compile(rf"\bcontrary\s+to\s+{_OWNER}{CLAIM_NOUN}\b", re.I)
# Two parties' positions set against each other in one sentence, the second insisting,
# contending or maintaining: "While state officials worry that …, the tribes insist
# …", "The agency ruled that …, but the boy's relatives insist …" (issue 11: a dispute
# told as two positions, with no dispute verb). Both parties are named: not a pronoun,
# and the second is a noun phrase of its own (", but insisted …" is the first's).
_POSITION_VERBS = (
    "says?", "said", "ruled?", "rules", "worr(?:y|ies|ied)", "believed?", "believes",
    "argued?", "argues", "claim(?:s|ed)?", "contend(?:s|ed)?", "insist(?:s|ed)?",
    "maintain(?:s|ed)?", "fear(?:s|ed)?", "warn(?:s|ed)?", "suspect(?:s|ed)?",
)  # fmt: skip
_COUNTER_VERBS = ("insist(?:s|ed)?", "contend(?:s|ed)?", "maintain(?:s|ed)?")
_NOT_A_PARTY = (
    r"(?:he|she|they|it|we|i|you|this|that|these|those|there|some|others|many|most|"
    r"has|have|had|is|are|was|were|also|still|now|then)\b"
)
COUNTER_POSITION_RE = re.compile(
    r"^(?:(?P<while>While|Although|Though|Whereas)\s+)?"
    rf"(?!{_NOT_A_PARTY})(?P<first>[\w][^,;:]{{1,80}}?)\s+{alternation(_POSITION_VERBS)}\s+"
    r"[^;:]{10,250}?,\s+(?(while)|but\s+)"
    rf"(?!{_NOT_A_PARTY})(?P<second>\w[^,;:]{{1,60}}?)\s+"
    rf"{alternation(_COUNTER_VERBS)}\s+(?:that\s+)?[\w“\"]",
    re.I,
)
_ACCOUNTS = ("estimates", "figures", "reports", "counts", "accounts", "tallies", "forecasts")
RANGE_RE = re.compile(
    rf"\b{alternation(_ACCOUNTS)}\b(?:\s+[\w,'’-]+){{0,4}}?\s+"
    r"(?:range|ranged|ranging|vary|varied|differ|differed)\s+(?:widely\s+)?(?:from|between)\b"
    rf"(?P<figures>{CLAUSE_REST})",
    re.I,
)
_ESTIMATES = (
    "estimates?", "figures?", "forecasts?", "projections?", "predictions?", "counts?",
    "tally", "tallies", "claims?",
)  # fmt: skip
_COMPARED = (
    "lower", "higher", "less", "more", "fewer", "greater", "smaller", "larger", "below",
    "above", "short of", "half", "double", "twice", "triple",
)  # fmt: skip
AGAINST_ESTIMATE_RE = re.compile(
    rf"\b{alternation(_COMPARED)}\s+(?:than\s+)?(?:that\s+of\s+)?(?:the\s+)?{_OWNER}"
    rf"{alternation(_ESTIMATES)}\b",
    re.I,
)
# The sentence itself gives an estimate: only then is a figure set against another's.
ESTIMATING_RE = cue_pattern(
    (
        r"estimat\w*", r"forecast\w*", r"predict\w*", r"project(?:s|ed|ing|ions?)",
        r"reckon\w*", r"calculat\w*", "counted", r"puts?\s+the", r"put\s+its",
    )
)  # fmt: skip
# Two figures: digits, or number words with a scale ("two million").
FIGURE_TOKEN_RE = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\s+"
    r"(?:thousand|million|billion)\b",
    re.I,
)
# A party a rival figure is credited to: a name or a possessive past its first letter
# (a sentence's own capital tells nothing), or an official body ("officials", "the
# police"); not "other estimates" nor "some".
_NAMED_RE = re.compile(r"[A-Z]|['’]s\b")
_OFFICIAL_RE = re.compile(
    r"\b(?:officials?|authorities|police|government|ministry|organi[sz]ers|military|army|"
    r"rebels|unions?|company|hospitals?|board|council|agency|commission|department)\b",
    re.I,
)


def figure_party(words: str) -> bool:
    """Whether ``words`` name a party a figure is credited to (``_NAMED_RE``, ``_OFFICIAL_RE``)."""
    return bool(_NAMED_RE.search(words, 1) or _OFFICIAL_RE.search(words))


# One party's figure and another's figure for the same measure, set side by side in one
# sentence with the second putting "the figure" (or "it") at its own: "The ministry says
# the repairs will cost $3 million, while the harbour unions put the figure at $9
# million" (issue 11, session 46: two named sources' figures for one measure, the kind
# a figure comparison across articles misses when one article tells both). The measure
# is the same by the writer's own words ("the figure", "the toll", "it"), so no
# comparison of counted nouns is needed; both parties are named (``compose.disputes``).
# Verbs giving a figure ("says", "estimated", "put") and putting a measure at one.
_GIVING = (
    r"(?:says?|said|estimat\w*|puts?|reports?|reported|project\w*|forecast\w*|claim\w*|count\w*)"
)
_PUTTING = r"(?:puts?|placed?|places|pegs?|pegged|estimat\w*|reckon\w*)"
_MEASURES = (
    r"(?:figures?|totals?|numbers?|tolls?|costs?|counts?|tally|estimates?|loss(?:es)?|"
    r"damages?|price|bill|sum)"
)
# "some of the state's leading unions" is a party, "some" alone is not
_SECOND_PARTY = rf"(?!(?!(?:some|many|most)\s+of\s){_NOT_A_PARTY})"
# The figure after "at": "at 1,300", not past a clause's comma.
_AT_FIGURE = r"(?:[^,;:]|,(?=\d))"
# Or the first puts the measure at its figure and the second gives another straight after
# its verb ("Officials put the toll at 120, while the Red Cross said 300": issue 11's own
# example, session 47); the groups of this shape end in "_put".
_SAYING = r"(?:says?|said|estimat\w*|reported|count\w*|claim\w*|puts?\s+it\s+at)"
_FIGURE_NEXT = (
    r"(?=(?:(?:about|around|nearly|almost|some|over|at\s+least|more\s+than|up\s+to|"
    r"as\s+many\s+as)\s+)?[$£€]?\s*\d)"
)
RIVAL_FIGURES_RE = re.compile(
    rf"^(?!{_NOT_A_PARTY})(?:(?P<first>\w[^,;:]{{1,80}}?)\s+{_GIVING}\s+"
    rf"(?P<one>[^;:]{{5,200}}?),?\s+(?:while|whereas|but)\s+{_SECOND_PARTY}"
    rf"(?P<second>\w[^,;:]{{1,60}}?)\s+{_PUTTING}\s+"
    rf"(?:it|the\s+(?:[\w-]+\s+)?(?P<measure>{_MEASURES}))\s+at\s+(?P<other>{_AT_FIGURE}{{1,40}})"
    rf"|(?P<first_put>\w[^,;:]{{1,80}}?)\s+{_PUTTING}\s+"
    rf"the\s+(?:[\w-]+\s+)?(?P<measure_put>{_MEASURES})\s+at\s+(?P<one_put>{_AT_FIGURE}{{1,40}}?)"
    rf",?\s+(?:while|whereas|but)\s+{_SECOND_PARTY}(?P<second_put>\w[^,;:]{{1,60}}?)\s+"
    rf"{_SAYING}\s+{_FIGURE_NEXT}(?P<other_put>[^;:]{{1,40}}))",
    re.I,
)
# The word a figure counts, past its scale ("3 billion dollars" -> "dollars").
_COUNTED_AFTER = re.compile(
    r"\s*(?:(?:million|billion|thousand)\s+)?(?P<word>per\s+cent|[^\W\d_]+|%)", re.I
)


def figure_kind(text: str, m: re.Match[str]) -> str:
    """What a figure token ``m`` of ``text`` counts: "money" ("$3 billion", "40
    million euros"), "percent" or "count" (anything else)."""
    if text[max(0, m.start() - 2) : m.start()].strip().endswith(("$", "£", "€")):
        return "money"
    after = _COUNTED_AFTER.match(text, m.end())
    word = after.group("word").lower() if after else ""
    if word in CURRENCY_NAMES:  # "40 million euros"
        return "money"
    return "percent" if word in ("percent", "%") or word.startswith("per ") else "count"


def rival_figures(m: re.Match[str]) -> bool:
    """Whether a ``RIVAL_FIGURES_RE`` match sets two parties' figures for one measure
    against each other: both parties named (``figure_party``) and sharing no word,
    the first clause giving one figure only (so "the figure" can only be it), of the
    kind the second puts it at, and written otherwise; a figure the second gives after
    "said" counts nothing else ("said 300", "said 300 died"; not "said 30 were hurt")."""
    put = m.group("first_put") is not None

    def group(name: str) -> str:
        return (m.group(f"{name}_put") if put else m.group(name)) or ""

    first, second = group("first"), group("second")
    if not (figure_party(first) and figure_party(second)):
        return False
    holders = [set(re.findall(r"[\w'’-]+", who.lower())) - STOP_WORDS for who in (first, second)]
    if holders[0] & holders[1]:
        return False
    ones = list(FIGURE_TOKEN_RE.finditer(group("one")))
    rest = group("other")
    other = FIGURE_TOKEN_RE.match(rest, _FIGURE_LEAD_RE.match(rest).end())
    if len(ones) != 1 or other is None:
        return False
    if ones[0].group(0).rstrip(".,") == other.group(0).rstrip(".,"):  # "said 1,300."
        return False
    kind = figure_kind(group("one"), ones[0])
    if kind != figure_kind(rest, other):
        return False
    if put and not _counts_nothing_else(rest[other.end() :]):
        return False
    measure = group("measure").lower()
    if measure.startswith(_MONEY_MEASURES):  # "put the cost at": a sum on both sides
        return kind == "money"
    # "put the toll at 300" against "30 homes burned": the first must count the dead
    return put or not measure.startswith("toll") or bool(_DEAD_RE.search(group("one")))


def _counts_nothing_else(after: str) -> bool:
    """Whether the words after a figure said in answer to another's ("the Red Cross said
    300", "said 300 people died") leave it the same measure: nothing but its scale,
    currency or the dead."""
    words = re.sub(r"^\s*(?:(?:thousand|million|billion)\b\s*)?", "", after, flags=re.I)
    words = re.split(r"[.,;:!?]", words, maxsplit=1)[0].strip()
    return not words or bool(_DEAD_RE.search(words)) or words.lower() in CURRENCY_NAMES


# Measures only a sum of money is ("put the cost at"), and the words of a death toll.
_MONEY_MEASURES = ("cost", "loss", "price", "bill", "sum", "damage")
_DEAD_RE = re.compile(r"\b(?:kill|dead|die|death|lives|victims|toll)", re.I)


# What may come between "put the figure at" and the figure: a qualifier, a currency sign.
_FIGURE_LEAD_RE = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|some|over|at\s+least|more\s+than|up\s+to|"
    r"as\s+(?:many|much|high)\s+as)\s+)?[$£€]?\s*",
    re.I,
)


# One party's estimate of a measure, told in a sentence of its own: "A report
# paid for by the county board put the cost of the new rule at $300 million
# annually", "However, the agency has put the added cost at closer to $31
# million" (issue 11, session 47: two named sources' figures for one measure told in
# two sentences, which ``RIVAL_FIGURES_RE`` reads only in one). ``compose.rival_estimates``
# pairs two of one article. The party is all the sentence says before the verb, after
# an opening contrast word (which also opens a contrasted contention, compose.contentions).
CONTRAST_OPENING_RE = re.compile(
    r"^(?:However|But|Yet|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand)\b,?\s+", re.I
)
ESTIMATE_AT_RE = re.compile(
    rf"(?!{_NOT_A_PARTY})(?P<who>\w[^,;:]{{1,120}}?)\s+"
    r"(?:(?:has|have|had|also|now)\s+)*(?:estimat(?:es|ed)|puts|put|placed|places|pegs|pegged)"
    r"\s+(?:the|its|their)\s+(?P<measure>[\w'’-]+(?:\s+[\w'’-]+){0,9}?)\s+at\s+"
    r"(?P<other>(?:[^,;:]|,(?=\d)){1,40})",  # "at 1,300", not past a clause's comma
    re.I,
)
# Or a party's count of the dead, said in a sentence of its own: "Harbour officials said
# 120 people died", "the Red Cross said at least 300 had been killed" (issue 11's own
# example told in two sentences): a death toll, as "put the toll at" is.
DEATHS_SAID_RE = re.compile(
    rf"(?!{_NOT_A_PARTY})(?P<who>\w[^,;:]{{1,120}}?)\s+(?:(?:has|have|had|also|now)\s+)*"
    r"(?:says?|said|reported|estimated)\s+(?:that\s+)?"
    r"(?:(?:about|around|nearly|almost|some|over|at\s+least|more\s+than|as\s+many\s+as)\s+)?"
    r"(?P<other>\d[\d,]*(?:\s+(?:thousand|million))?)\s+(?:people\s+|persons\s+)?"
    r"(?:(?:had|have|has)\s+)?(?:died|(?:were|had\s+been|have\s+been)\s+killed|(?:were|are)\s+dead)\b",
    re.I,
)
# Or a party's count of a crowd, said in a sentence of its own: "Organisers said 50,000
# people marched", "the police said about 12,000 took part" (issue 11: two named
# sources' figures for one crowd, told in two articles; ``compose.rival_sources``).
CROWD_SAID_RE = re.compile(
    rf"(?!{_NOT_A_PARTY})(?P<who>\w[^,;:]{{1,120}}?)\s+(?:(?:has|have|had|also|now)\s+)*"
    r"(?:says?|said|estimated)\s+(?:that\s+)?"
    r"(?:(?:about|around|nearly|almost|some|over|at\s+least|more\s+than|as\s+many\s+as)\s+)?"
    r"(?P<other>\d[\d,]*(?:\s+(?:thousand|million))?)\s+"
    r"(?:(?:people|persons|protesters|demonstrators|marchers)\s+)?"
    r"(?:marched|rallied|demonstrated|protested|attended|took\s+part|turned\s+out)\b",
    re.I,
)
# The measures a crowd is put at by ("put the crowd at 12,000", "estimated turnout at").
CROWD_MEASURES = frozenset({"crowd", "crowds", "turnout", "attendance"})
# Words after which a measure's own words end: "the cost to the region of …": "cost".
_MEASURE_END_RE = re.compile(r"\s+(?:of|to|for|in|on|from|by|at|over)\b.*$", re.I)
# What a measure named only in general counts is told after it ("the number of dead"):
# such a measure must count the same thing in both.
_GENERAL_MEASURES = frozenset({"number", "numbers", "total", "count", "tally", "figure"})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def estimate_figure(m: re.Match[str]) -> tuple[str, str, float] | None:
    """The measure an ``ESTIMATE_AT_RE`` match estimates (its head word, lower case; with
    what it counts when that word is general: "number of homes"; "toll" for a count of
    the dead, as a ``DEATHS_SAID_RE`` match gives), the figure's kind (``figure_kind``)
    and value; None when the party is not named (``figure_party``) or no figure follows
    "at"."""
    if not figure_party(m.group("who")):
        return None
    rest = m.group("other")
    lead = _FIGURE_LEAD_RE.match(rest)
    lead_end = lead.end() if lead else 0
    closer = re.match(r"(?:closer\s+to|close\s+to)\s+[$£€]?\s*", rest[lead_end:], re.I)
    at = lead_end + (closer.end() if closer else 0)
    figure = FIGURE_TOKEN_RE.match(rest, at)
    if figure is None or not figure.group(0)[0].isdigit():
        return None
    # A count's digits at most ("9.000.000", 400 digits: none; float() read those as inf)
    value = word_value(figure.group(0).rstrip("."))
    if value is None:
        return None
    scale = re.match(r"\s+(thousand|million|billion|trillion)\b", rest[figure.end() :], re.I)
    value *= _SCALES[scale.group(1).lower()] if scale else 1.0
    if "measure" not in m.re.groupindex:  # ``DEATHS_SAID_RE``: a count of the dead
        return "toll", "count", value
    measure = m.group("measure").lower()
    head = _MEASURE_END_RE.sub("", measure).split()[-1]
    if head in _GENERAL_MEASURES and re.match(r"\w+\s+of\s+(?:the\s+)?(?:dead|deaths)\b", measure):
        return "toll", figure_kind(rest, figure), value  # "the number of dead": the toll
    if head in _GENERAL_MEASURES:
        counted = re.match(r"\s*\w+\s+of\s+(?:the\s+)?([\w'’-]+)", measure)
        if counted is None:
            return None  # "put the figure at …": a figure told before, not this one's
        head = f"{head} of {counted.group(1)}"
    return head, figure_kind(rest, figure), value


# Verbs that tell one deed in other words ("the plant made drugs", "the plant produced
# weapons"): two parties' claims of what one subject did are compared across them
# (``compose.exclusive_claims``).
SAME_DEED_VERBS = (
    frozenset({"make", "produce", "manufacture"}),
    frozenset({"sell", "supply", "export"}),
)
# What making or producing yields that is no product of a kind: "the mill made a
# mistake", "made money", "produced a profit" say nothing against "made only flour"
# (``compose.exclusive_claims``). By reasoning: English light-verb objects of "make".
NOT_PRODUCTS = frozenset(
    {"money", "profit", "progress", "sense", "headway", "mistake", "change", "decision"}
    | {"effort", "payment", "loss", "gain", "difference", "deal", "offer", "statement"}
    | {"claim", "promise", "threat", "plan", "move", "attempt", "bid", "call", "case"}
    | {"appearance", "comeback", "announcement", "arrangement", "point", "living", "use"}
)
# Nouns that name one thing in other words ("the plant" / "the factory", "the visit" /
# "the trip"): two dispute items whose claims tell one subject did one deed are one
# dispute (``compose.same_dispute``).
SAME_THING_NOUNS = (
    frozenset({"plant", "factory", "facility", "mill", "works"}),
    frozenset({"visit", "trip", "tour"}),
    frozenset({"plane", "jet", "aircraft", "airliner", "jetliner"}),
)
# What a party does when it takes a side, not the deed it tells ("denied", "suggested",
# "speculated"): a verb of these is no claimed fact of its own (``compose.same_dispute``).
STANCE_LEMMAS = frozenset(
    {"deny", "dispute", "reject", "refute", "dismiss", "disagree", "contest", "question",
     "doubt", "challenge", "counter", "rebut", "criticize", "criticise", "accuse",
     "suspect", "speculate", "suggest", "allege", "insist", "contend", "maintain", "say",
     "tell", "argue", "claim", "charge", "believe", "think", "report", "add", "note",
     "warn", "fear", "worry", "acknowledge", "admit", "declare", "explain", "stand",
     "call", "describe", "decide", "conclude", "indicate", "announce", "confirm"}
)  # fmt: skip
# Verbs too light to tell a deed of their own ("be", "have", "get"): no claimed fact's verb
# (``compose.same_dispute``, ``compose.quoted_views``).
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "become", "seem", "appear", "go", "come"})
# Verbs of a party's view of a thing ("the Sudenians see the visit as a boost"): the
# subject is a party and the view its side (``compose.same_dispute``).
VIEW_LEMMAS = frozenset({"see", "view", "regard"})
