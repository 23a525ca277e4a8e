"""Words that point at what an earlier sentence of the article told.

A timeline entry is read alone. "Aides said Wednesday that this case was ...", "Wiener
and the other team members met ...", "the Peterborough, N.H. man had surgery in July",
"he made his comments Wednesday": which case, which others, which man, what comments,
only the sentences before say (s31 judging of the dev timelines).
"""

from __future__ import annotations

import re

from briefing.lang.anaphora import NOT_A_THING_NAMED_BEFORE
from briefing.lang.patterns import alternation

# "this case", "these rules" anywhere in a sentence read alone: which one, an earlier
# sentence said (s31 judging, D0635H: "aides said Wednesday that this case was ...").
# A month or a day ("This February") is capitalised: no thing.
_THIS_THING = re.compile(rf"\b[Tt]h(?:is|ese) (?!{alternation(NOT_A_THING_NAMED_BEFORE)}\b)[a-z]")
# "Wiener and the other team members met ...", "On the other end of the phone": other
# than those an earlier sentence named (s31 judging: D0647B, D0631D); not "on the other
# hand".
_THE_OTHER = re.compile(r"\b[Tt]he other (?!hands?\b)[a-z]")
# "the Peterborough, N.H. man had surgery in July": a person the article named before,
# called by where he lives (s31 judging, D0605E); "the man accused of ..." says which.
_PLACED_PERSON = re.compile(
    r"\b[Tt]he (?:[A-Z][\w.'’-]*,? ){1,3}(?:[a-z]+ )?(?:man|woman|boy|girl|couple)\b"
    r"(?!,? (?:who|whose|accused|charged|named|identified|known)\b)"
)
# "he made his comments Wednesday": whose words the sentence says, but not what they were
# (no "on ...", "that ..." after them); "In his statement Friday, Hall said ..." goes on
# to say it. s31 judging of the dev timelines: two such entries (D0609I, D0635H), both
# leaning on the article; but "Muasher's remarks coincided with a government decision
# Friday to ..." dates another event (a story_eval gold event of D0609I), which it tells.
_WORDS_SAID = ("remarks", "comments", "statement", "statements")
_WORDS_SAID_BEFORE = re.compile(
    rf"(?<!\bin )(?<!\bIn )(?:\b(?:his|her|their)|\b[A-Z][\w.-]*['’]s?) "
    rf"(?:[a-z]+ )?{alternation(_WORDS_SAID)}\b"
    r"(?! (?:on|about|that|to|of|against|in which|calling|urging)\b)(?!,? (?:saying|that)\b)"
    r"(?! (?:coincided|came|followed)\b)"
)


def points_back(text: str) -> bool:
    """True when ``text`` calls a thing "this"/"these", people "the other ...", a person
    by where they live, or names someone's words without saying them."""
    return bool(
        _THIS_THING.search(text)
        or _THE_OTHER.search(text)
        or _PLACED_PERSON.search(text)
        or _WORDS_SAID_BEFORE.search(text)
    )
