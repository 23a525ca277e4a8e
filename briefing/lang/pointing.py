"""Words that point at what an earlier sentence of the article told.

A timeline entry is read alone. "Aides said Wednesday that this case was ...", "Brandt
and the other crew members met ...", "the Marlow, Vt. man had surgery in June",
"he made his comments Wednesday": which case, which others, which man, what comments,
only the sentences before say (s31 judging of the dev timelines).
"""

from __future__ import annotations

import re

from briefing.lang.anaphora import NOT_A_THING_NAMED_BEFORE
from briefing.lang.months import MONTH_NAMES
from briefing.lang.patterns import alternation
from briefing.lang.speech import CLOSING_QUOTES, OPENING_QUOTES

# "this case", "these rules" anywhere in a sentence read alone: which one, an earlier
# sentence said (s31 judging, D0635H: "aides said Wednesday that this case was ...").
# A month or a day ("This February") is capitalised: no thing.
_THIS_THING = re.compile(rf"\b[Tt]h(?:is|ese) (?!{alternation(NOT_A_THING_NAMED_BEFORE)}\b)[a-z]")
# "Keller and the other crew members met ...", "On the other bank of the river": other
# than those an earlier sentence named (s31 judging: D0647B, D0631D); not "on the other
# hand".
_THE_OTHER = re.compile(r"\b[Tt]he other (?!hands?\b)[a-z]")
# "the Tilton, Vt. man had surgery in June": a person the article named before,
# called by where he lives (s31 judging, D0605E); "the man accused of ..." says which.
_PLACED_PERSON = re.compile(
    r"\b[Tt]he (?:[A-Z][\w.'’-]*,? ){1,3}(?:[a-z]+ )?(?:man|woman|boy|girl|couple)\b"
    r"(?!,? (?:who|whose|accused|charged|named|identified|known)\b)"
)
# "he made his comments Wednesday": whose words the sentence says, but not what they were
# (no "on ...", "that ..." after them); "In his statement Friday, Hall said ..." goes on
# to say it. s31 judging of the dev timelines: two such entries (D0609I, D0635H), both
# leaning on the article; but "Varga's remarks coincided with a government decision
# Friday to ..." dates another event (a story_eval gold event of D0609I), which it tells.
_WORDS_SAID = ("remarks", "comments", "statement", "statements")
_WORDS_SAID_BEFORE = re.compile(
    rf"(?<!\bin )(?<!\bIn )(?:\b(?:his|her|their)|\b[A-Z][\w.-]*['’]s?) "
    rf"(?:[a-z]+ )?{alternation(_WORDS_SAID)}\b"
    r"(?! (?:on|about|that|to|of|against|in which|calling|urging)\b)(?!,? (?:saying|that)\b)"
    r"(?! (?:coincided|came|followed)\b)"
)


# The writer's own place, called by its kind: "a court of this compact colony", "leaders
# of this island nation", "this Texas city" (s32, unseen stories: a conviction in a court
# of "this compact colony" was dropped). Like a wire report's "here" it is the place of
# the article's dateline, not a thing an earlier sentence told: a city's kinds are the
# dateline's city, a state's its state, a country's its country. At most two words
# between ("this Chinese capital"); "this state of affairs" is no place.
CITY_KINDS = ("city", "town", "village", "capital", "colony", "territory", "port", "enclave")
STATE_KINDS = ("state", "province")
COUNTRY_KINDS = ("country", "nation", "republic", "kingdom")
_WRITERS_PLACE = re.compile(
    r"\b[Tt]his (?:(?!(?:the|a|an|in|of|on|at|to|and|or|for|by|with|from|is|was)\b)[\w-]+ ){0,2}?"
    rf"(?P<kind>{alternation(CITY_KINDS + STATE_KINDS + COUNTRY_KINDS)})\b"
    r"(?!['’]?\s*(?:of|which|that|where|whose)\b)"
)
# "this figure" of a sentence that states a figure before it ("Cases rose to 1,200 in
# May, and this figure may double"): the sentence's own (s32, an unseen story's
# statistic entry was dropped for it).
_THIS_FIGURE = re.compile(
    r"\b[Tt]h(?:is|ese) (?:figures?|numbers?|totals?|rates?|tolls?|counts?|amounts?|sums?)\b"
)
# A figure: a number that is no year and no day of a month ("1,200", "40 percent").
_FIGURE = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d(?![\d,.]))\d[\d,.]*")
# Characters before a number read for its month ("Sept. 15").
_MONTH_CHARS = 12
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+$", re.IGNORECASE)
# Straight or curly quotation marks: a speaker's "this country" is the speaker's.
_QUOTES = tuple(dict.fromkeys(OPENING_QUOTES + CLOSING_QUOTES))


def writers_place(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each "this <kind of place>" of ``text`` outside quotation
    marks, ``kind`` its last word ("city", "nation"): the writer's place."""
    out = []
    quotes = last = 0
    for m in _WRITERS_PLACE.finditer(text):
        quotes += sum(text.count(q, last, m.start()) for q in _QUOTES)
        last = m.start()
        if quotes % 2 == 0:  # else a speaker's words
            out.append((m.start(), m.end(), m.group("kind")))
    return out


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span written over by letters no pattern here reads."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            out += [text[last:start], "x" * (end - start)]
            last = end
    return "".join([*out, text[last:]])


def points_back(text: str, *, placed: bool = False) -> bool:
    """True when ``text`` calls a thing "this"/"these", people "the other ...", a person
    by where they live, or names someone's words without saying them; "this figure"
    after a figure is the sentence's own. When ``placed``
    (its article's dateline names the writer's place), "this city", "this nation" and
    their like (``writers_place``) are that place, not a thing told before."""
    first = next(
        (
            m.start()
            for m in _FIGURE.finditer(text)
            if not _MONTH_BEFORE.search(text, max(0, m.start() - _MONTH_CHARS), m.start())
        ),
        len(text),
    )
    spans = [m.span() for m in _THIS_FIGURE.finditer(text, first)]
    if placed:
        spans += [(start, end) for start, end, _ in writers_place(text)]
    if spans:
        text = _masked(text, spans)
    return bool(
        _THIS_THING.search(text)
        or _THE_OTHER.search(text)
        or _PLACED_PERSON.search(text)
        or _WORDS_SAID_BEFORE.search(text)
    )
