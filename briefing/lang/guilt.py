"""A named party's denial of its own guilt or part in a deed, and the charge against it.

"Vesey has always maintained his innocence in the killing of a dock guard", "Kall pleaded
not guilty to the fraud charges", "Kall says he is innocent", "The Guild has rejected any
part in the harbour fire", "denied any wrongdoing" deny; "Vesey was convicted of killing
the guard", "the Port Authority accused the Guild of setting the fire", "officials said
the Guild was behind the fire" charge (issue 11, session 46: guilt or responsibility one
side claims and the other denies, a kind of disagreement the coverage tells in two
sentences apart). ``compose.guilt`` pairs them.
"""

from __future__ import annotations

import re

# A named party: one to four capitalised words ("Bin Laden", "Gary Graham", "the Guild"
# after its "the"), not a pronoun nor a sentence's opening adverb.
_NAME = r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
# What may stand between the name and its verb: an appositive (", 36,", ", a former
# dock hand,") and an auxiliary or adverb ("has long", "repeatedly").
_BETWEEN = r"(?:,[^,;:]{1,60},)?\s+(?:(?:has|had|have|always|long|repeatedly|consistently)\s+)*"
_DENYING = (
    r"(?:(?:maintain|proclaim|protest|assert)(?:s|ed)?|insist(?:s|ed)?\s+on)\s+"
    r"(?:his|her|its|their)\s+innocence"
    r"|pleaded\s+(?:not\s+guilty|innocent)"
    r"|(?:says?|said|insist(?:s|ed)?|maintain(?:s|ed)?)\s+(?:that\s+)?(?:he|she|it|they)\s+"
    r"(?:is|was|are|were)\s+innocent"
    r"|den(?:y|ies|ied)\s+(?:any\s+|a\s+)?"
    r"(?:role|involvement|part|responsibility|complicity|wrongdoing)"
    r"|den(?:y|ies|ied)\s+(?:killing|murdering|shooting|stabbing|bombing|setting|starting)"
    # any other deed denied ("Syria denies sheltering the rebels", "The Guild denied that
    # it had recruited Vesey"): its verb must be the charge's (``compose.guilt``)
    r"|den(?:y|ies|ied)\s+(?:that\s+)?(?:(?:it|he|she|they)\s+(?:(?:is|was|are|were|has|had|have)\s+)?"
    r"(?:been\s+)?)?(?P<verb>[a-z]+(?:ing|ed))\b"
)
# The denial: its party, and what it denies (the words after the verb).
GUILT_DENIAL_RE = re.compile(
    rf"(?:^|[,;]\s+)(?:the\s+)?{_NAME}{_BETWEEN}(?:{_DENYING})\b(?P<what>[^;]*)"
)
# Words that open a sentence without naming anyone ("But Vesey", "Still, Vesey"), and
# pronouns, which name no one ("He has pleaded innocent": whose guilt is the reader's guess).
NOT_A_NAME = frozenset(
    {"but", "and", "yet", "still", "however", "also", "then", "now", "the"}
    | {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "this", "that"}
)


def party_words(who: str) -> list[str]:
    """The words of the party a denial's ``who`` names: past its opening words that name
    nobody ("But Vesey": "Vesey"); [] for a pronoun."""
    name = who.split()
    while name and name[0].lower() in NOT_A_NAME:
        name = name[1:]
    return name


# A charge against a party named just before ("Vesey, 36, was convicted of", "Kall was
# charged with") or just after the accuser's verb ("accused Vesey of", "blamed the Guild
# for"), or a party said to be behind a deed ("the Guild was behind the fire", "the
# Guild's dock crews were behind it": two words after the name at most).
CHARGED_AFTER = (
    r"(?:,[^,;:]{1,60},)?\s+(?:(?:has|had|have|was|were|is|are|been|later|also)\s+)*"
    r"(?:convicted|charged|indicted|found\s+guilty|accused)\s+(?:of|with|in|on)\b"
    r"|(?:\s+[\w-]+){0,2}\s+(?:was|were|is|are)\s+(?:behind|responsible\s+for)\b"
)
# The accuser's verb, then the party's first names and initials ("accused David L. Vesey").
CHARGING_BEFORE = (
    r"\b(?:accused|accuses|accusing|blamed|blames|blaming|convicted)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
# A charge told as a condition, a doubt or a question is none: "if convicted", "whether
# Vesey was behind the fire", "could be charged".
UNCERTAIN_RE = re.compile(
    r"\b(?:if|whether|unless|could|would|might|may|not|never|no|denied|denies|deny)\b", re.I
)
# Words every denial and every charge above holds: a sentence without one is not
# searched with the patterns (a story's sentences are read once each, a denial's charges
# among the few sentences with a charge's word, not among all of them).
DENIAL_CUE_RE = re.compile(r"innocen|guilty|\bden(?:y|ies|ied)\b", re.I)
CHARGE_CUE_RE = re.compile(
    r"\b(?:convicted|charged|indicted|guilty|accus(?:ed|es|ing)|blam(?:ed|es|ing)|behind|"
    r"responsible)\b",
    re.I,
)
# A named party's bare denial of the charge against it, the charge told elsewhere ("Korvia
# denies the allegation.", "The Guild has flatly rejected the charges, calling them a
# smear"; ``compose.bare_denials``): what it denies is no clause of its own ("denied the
# charge that …", "denied the charges of fraud" are read as disputes and guilt denials),
# at most two words before the noun ("the fraud charges": words the charge must hold).
BARE_DENIAL_RE = re.compile(
    rf"(?:^|[,;]\s+)(?:the\s+)?{_NAME}(?:,[^,;:]{{1,60}},)?\s+"
    r"(?:(?:has|had|have|always|long|repeatedly|consistently|also|strongly|flatly|"
    r"vehemently|angrily|firmly)\s+)*"
    r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:the|these|those|all|such)\s+"
    r"(?P<kind>(?:[a-z][\w-]*\s+){0,2}?)(?:charges?|allegations?|accusations?)"
    r"(?=\s*(?:[.,;]|$)|\s+and\s)"
)
# Words every bare denial holds: a sentence without one is not searched with the pattern.
BARE_DENIAL_CUE_RE = re.compile(r"\b(?:charges?|allegations?|accusations?)\b")
# What a charge says the party did, told after the charging words ("accused Korvia of
# hiding the barges", "Vesey was convicted of killing the guard"), to a clause's end.
CHARGED_DEED_RE = re.compile(r"\s+(?:of|with)\s+(?P<deed>[^,;:()\"“”]+)")
