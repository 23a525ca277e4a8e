"""How many people have a condition: standing counts, told with the condition.

"gout, which affects 8 million Britons", "9 million Britons suffer from gout", "1.5
million people living with HIV", "1 million AIDS orphans", "HIV-positive people": two
sources' figures for the same condition are estimates of one number, not a running
count. Read by compose's figure readers (``figure_reading``, ``standing``,
``figure_divergences``).
"""

from __future__ import annotations

import re

from briefing.lang.figures import LEFT_QUALIFIER, LONGEST_WORD, NUMBER_WORDS, WORD_TAIL
from briefing.lang.patterns import alternation

# One condition under its other names ("living with HIV/AIDS", "infected with the AIDS
# virus"): compared as one.
CONDITION_NAMES = {"hiv/aids": "HIV", "hiv-aids": "HIV", "aids virus": "HIV"}

# A standing quantity: how many people have a condition, told with the condition
# ("gout, which affects 8 million Britons", "9 million Britons suffer from gout",
# "1.5 million people living with HIV"). Two sources' figures for
# the same condition are estimates of one number, not a running count.
_STANDING_VERBS = (
    r"(?:affects|afflicts|strikes|affecting|afflicting|striking|affect|afflict|"
    r"(?:has\s+|have\s+)?infected|infects)"  # "HIV has infected 1.5 million Kenyans"
)
# The condition's word is tried once per run of word characters, from the run's first
# letter (the word runs to the run's end whatever letter it starts at, so no later letter
# of the run can match where the first did not): a 10 KB word before a figure took 6.9
# CPU s, tried from each of its letters.
STANDING_BEFORE_RE = re.compile(
    rf"(?<![\w'’-])(?:(?![A-Za-z])[\w'’-])*+(?P<about>[A-Za-z][\w'’-]*+)"
    rf"(?:,?\s+(?:which|that|who))?\s+(?:now\s+)?{_STANDING_VERBS}\s+{LEFT_QUALIFIER}$",
    re.I,
)
# A short place phrase between the counted people and what they have ("1.9 million
# people in Kenya are living with HIV", "children in Zambia orphaned by AIDS").
_PLACE_WORD = rf"[\w'’-]{{1,{LONGEST_WORD}}}"
# "in connection with the riots", "in line with": no place, and what follows no condition.
_NO_PLACE = r"(?!(?:connection|contact|line|touch|addition|common|charge|keeping)\b)"
# "children under 15 living with HIV": an age between the people and what they have.
_AGE_PHRASE = r"(?:\s+(?:under|below|aged|over)\s+(?:the\s+age\s+of\s+)?\d{1,3})?"
_PLACE_PHRASE = (
    rf"{_AGE_PHRASE}(?:\s+(?:in|across|of)\s+{_NO_PLACE}(?:{_PLACE_WORD}\s+){{0,2}}?{_PLACE_WORD})?"
)
# Past participles not ending in -ed/-en: "have lost a parent", "have had", "have left" is
# no condition they have ("have AIDS").
_IRREGULAR_PARTICIPLES = alternation(
    ("lost", "had", "left", "made", "got", "gotten", "come", "become", "gone", "run", "done",
     "found", "fled", "kept", "paid", "spent", "met", "led", "bought", "brought", "caught",
     "fought", "taught", "thought", "sought", "told", "sold", "held", "heard", "felt", "won",
     "put", "set", "cut", "hit", "let", "begun", "seen", "said", "sent", "built", "struck")
)  # fmt: skip
STANDING_AFTER_RE = re.compile(
    rf"^{_PLACE_PHRASE},?\s+(?:who\s+|that\s+)?(?:(?:are|were|now)\s+)?"
    r"(?:suffer(?:s|ing)?\s+from|liv(?:e|es|ing)\s+with|infected\s+with|with|"
    r"carr(?:y|ies|ying)|"  # "2.2 million Kenyans carry HIV"
    # "have AIDS", "have the AIDS virus"; not "have died", "have been", "have children"
    rf"(?:have|has)(?!\s+(?:[a-z][\w'’-]*(?:ed|en)|{_IRREGULAR_PARTICIPLES})\b))\s+"
    r"(?:(?:the|a|an)\s+)?(?P<about>[A-Za-z][\w'’-]*)",
    re.I,
)
# The same standing count worded by what its people have or lost ("1 million AIDS
# orphans" / "children orphaned by AIDS" / "AIDS has left 700,000 children orphaned";
# "HIV positive" / "HIV-positive people" / "living with HIV"): its condition is the word
# before "orphans", "-positive" or "-infected", or after "orphaned by".
ORPHANED_BY_RE = re.compile(
    rf"^{_PLACE_PHRASE},?\s+(?:who\s+)?(?:(?:were|are|have\s+been|had\s+been)\s+)?orphaned\s+by\s+"
    # "orphaned by Ostravia's war": the owner is no cause, the noun after it is
    rf"(?:the\s+)?(?:[A-Z]{WORD_TAIL}['’]s\s+)?(?P<about>[A-Za-z][\w'’]*)(?<!['’]s)",
    re.I,
)
# "children who have lost a parent to AIDS", "have lost one or both parents to AIDS": the
# orphans of a condition, counted like "AIDS orphans".
LOST_PARENT_RE = re.compile(
    rf"^{_PLACE_PHRASE},?\s+(?:who\s+|that\s+)?(?:have|has|had)\s+(?:now\s+|already\s+)?lost\s+"
    r"(?:(?:a|one|both|their|either|one\s+or\s+both)\s+)?(?:of\s+their\s+)?"
    r"(?:parents?|mothers?|fathers?)\s+(?:or\s+(?:both\s+)?(?:parents?|mothers?|fathers?)\s+)?"
    r"to\s+(?:the\s+)?(?P<about>[A-Za-z][\w'’-]*)",
    re.I,
)
LEFT_ORPHANED_RE = re.compile(
    rf"(?P<about>[A-Za-z]{WORD_TAIL})\s+(?:has\s+|have\s+|had\s+)?left\s+{LEFT_QUALIFIER}$", re.I
)
ORPHANED_AFTER_RE = re.compile(rf"^{_PLACE_PHRASE}\s+orphaned\b", re.I)
# "AIDS has orphaned 700,000 children": the condition is the doer.
ORPHANED_BEFORE_RE = re.compile(
    rf"(?P<about>[A-Za-z]{WORD_TAIL})\s+(?:has\s+|have\s+|had\s+)?orphaned\s+{LEFT_QUALIFIER}$",
    re.I,
)
POSITIVE_RE = re.compile(
    r"(?P<about>[A-Za-z][\w'’]*)(?:-|\s+)(?:positive|infected)\b(?!\s+(?:for|with)\b)", re.I
)
POSITIVE_AFTER_RE = re.compile(
    # "people in the country are HIV positive": a short place phrase may come between
    rf"^{_PLACE_PHRASE},?\s+(?:who\s+|that\s+)?"
    r"(?:are|were|is|was)\s+(?:now\s+)?" + POSITIVE_RE.pattern,
    re.I,
)
ORPHAN_NOUNS = {"orphan", "orphans"}
# Words too general to name a condition ("a disease that afflicts 16 million"): two of
# them may be two conditions.
GENERIC_CONDITIONS = {
    "disease", "diseases", "condition", "conditions", "illness", "illnesses", "it", "that",
    "which", "this", "problem", "problems", "disorder", "been", "had", "no", "not", "to",
    "some", "more", "children", "their", "them", "its", "his", "her", "our", "jobs", "homes",
    "virus", "epidemic", "and", "or", "but", "also", "since", "each", "all", "both", "already",
    "just", "never", "ever", "very", "still", "only", "even", "yet", "much", "many", "few",
    "little", "long", "great", "good", "new", "own", "lot", "ailment", "ailments",
}  # fmt: skip
# Counted nouns that are people (a standing quantity is of people who have a condition;
# "computers infected with" a virus are a running count).
PEOPLE_NOUNS = {
    "person", "american", "adult", "child", "woman", "man", "patient", "resident", "citizen",
    "african", "sufferer", "youngster", "teenager", "kid", "worker", "elderly",
}  # fmt: skip


def standing_condition(text: str, at: int, noun_end: int) -> tuple[int, int] | None:
    """Where in ``text`` the condition is that a count of people has, from the words right
    before the figure (at ``at``) and right after its counted noun (ending at
    ``noun_end``); None when it is no such count or the condition is too general to
    tell apart."""
    m = STANDING_BEFORE_RE.search(text[:at])
    shift = 0
    if m is None:
        m, shift = STANDING_AFTER_RE.match(text[noun_end:]), noun_end
    about = m.group("about").lower() if m else ""
    if not about or about in GENERIC_CONDITIONS or about in NUMBER_WORDS or about.endswith("ly"):
        return None  # "have since been", "has a very", "have one of": no condition
    return m.start("about") + shift, m.end("about") + shift
