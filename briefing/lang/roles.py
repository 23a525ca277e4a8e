"""What a description says a person is: role nouns and the words around a role phrase.

"the company's chief executive", "a Democrat", "who serves as the top Democrat", "vice
president of", "Mark Warner (D-Va.)"; and the heads that are no role at all: how an
actor stands to another ("a rival of the union"), an amount ("about 40 percent of the
whole") or an event ("the last deadly attack"). Plain data, read by the key-actors step
(``compose/actors/roles.py``, ``filters.py``) and the notes on things (``thing_notes``).
"""

from __future__ import annotations

import re

# Nouns that state a person's role ("the company's chief executive", "a Democrat").
ROLE_NOUNS = {
    "president",
    "senator",
    "chief",
    "ceo",
    "coo",
    "cfo",
    "head",
    "chairman",
    "director",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "leader",
    "officer",
    "member",
    "democrat",
    "republican",
    "editor",
    "governor",
    "judge",
    "lawyer",
    "attorney",
    "executive",
    "manager",
    "official",
    "analyst",
    "professor",
    "chair",
    "representative",
    "ambassador",
    "commander",
    "general",
    "mayor",
    "candidate",
    "king",
    "queen",
    "prince",
    "premier",
    "adviser",
    "advisor",
    "counsel",
    "partner",
    "owner",
    "pilot",  # "co-pilot Karim ...": spaCy splits "co-pilot", the head is "pilot"
    "copilot",
}
# Words of a party membership ("a Republican", "a lifelong Democrat"): a role made of
# these alone names a party, not an office or a description (issue 11: "Republican" as a
# governor's role, D0635H; the apposition outweighed his titles "Vermont Governor").
PARTY_MEMBER_WORDS = frozenset({
    "democrat", "democrats", "republican", "republicans", "democratic", "gop", "tory",
    "independent", "lifelong", "staunch", "conservative", "liberal", "moderate", "fellow",
})  # fmt: skip
# Roles of someone who speaks for a party ("a Boeing spokesman", "press secretary"): its
# voice, no key actor of its own (issue 11: spokespeople at ranks 13-20 of the dev stories).
SPOKESPERSON_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press (?:secretary|officer|aide|spokesman))\b", re.I
)
# Head nouns of a role whose holder comments on the story from outside it ("a senior
# analyst with Larch Research", "an equity strategist at ...", "a pollster"): cited for an
# opinion or a forecast, no party (issue 11: analysts and strategists at ranks 11-20 of
# DUC 2004 and the dev stories; none a party). Not "economist", "expert", "professor" or
# "scientist": a trial's witness or a study's author is one (``EXPERT_NOUNS``).
COMMENTATOR_NOUNS = frozenset({
    "analyst", "strategist", "forecaster", "pollster", "commentator", "columnist",
})  # fmt: skip
# Head nouns of a description that make its holder an academic or an expert ("a professor
# of economics at ...", "an expert on farm policy"): a commentator when cited only for a
# view and given no office (``compose.actors.experts``); not "scientist" alone, whose
# findings may be a story's subject, but "political scientist" (``EXPERT_QUALIFIED``).
EXPERT_NOUNS = frozenset({
    "professor", "scholar", "expert", "specialist", "economist", "historian", "lecturer",
    "academic", "sinologist",
})  # fmt: skip
# A head noun that makes an expert only after one of its words ("political scientist").
EXPERT_QUALIFIED = {"scientist": frozenset({"political"})}
# Lemmas of a clause beside an expert's description that give the expert a post in the
# story ("a professor who leads the inquiry", "an economist heading the review"): a party.
LEADING_LEMMAS = frozenset({"lead", "head", "chair", "direct", "run", "oversee"})
# Words of a role that make its analyst an official's staff ("an intelligence analyst",
# "a State Department analyst"), who may act for a party of the story.
OFFICIAL_ANALYST_WORDS = frozenset({"intelligence", "defense", "defence", "security"})
# A job title ending in "of"/"for", just before a department's name ("vice president of").
TITLE_OF_RE = re.compile(
    r"\b(?:vice president|president|VP|SVP|EVP|head|director|chief|manager|officer|"
    r"secretary|chair(?:man|woman)?|minister)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.-]*\s+(?:and|&)\s+)?$",  # "Minister of Labour and | Housing"
    re.I,
)
# A minister's or a secretary's title right after a portfolio's name, the portfolio
# after another ("the Labour and | Housing Minister"): the name is part of the title.
PORTFOLIO_AFTER_RE = re.compile(r"\s+(?:Minister|Secretary)\b")
# ... and the portfolio it is joined to, right before it.
PORTFOLIO_BEFORE_RE = re.compile(r"\b[A-Z][\w.-]*\s+(?:and|&)\s+$")
# A portfolio joined to another before a minister's title: "the | Labour and Social
# Housing Minister" (up to three capitalised words for the second portfolio).
PORTFOLIO_PAIR_AFTER_RE = re.compile(
    r"\s+(?:and|&)\s+(?:[A-Z][\w.-]*\s+){1,3}(?:Minister|Secretary)\b"
)
# A US party and state after a name: "Mark Warner (D-Va.)".
PARTY_SUFFIX_RE = re.compile(r"\s*\(([A-Z]-[A-Z][A-Za-z.]{0,3})\)")
# Lemmas of verbs that state a role: "who serves as the top Democrat".
ROLE_VERB_LEMMAS = {"serve", "act", "work"}
# Words that open a role phrase but are not part of it ("a", "the", ", and").
ROLE_OPENERS = {"a", "an", "the", ",", "and"}
# Quantifiers that make a noun phrase a class ("other executives"), not one actor's role,
# or lean on an earlier one ("another antioxidant").
VAGUE_QUANTIFIERS = {"more", "other", "some", "many", "another"}
# Heads of a description that says how an actor stands to another party ("long a rival of
# the union"), not what the actor is: no role.
RELATION_NOUNS = {
    "adversary", "opponent", "rival", "critic", "ally", "friend", "foe", "enemy", "nemesis",
    "supporter", "backer", "admirer", "detractor",
}  # fmt: skip
# Openers and heads of a phrase that measures an amount ("about 40 percent of the whole"),
# never what an actor is.
AMOUNT_OPENERS = {"about", "nearly", "almost", "roughly", "around", "over", "less", "half"}
AMOUNT_HEADS = {"percent", "%", "share", "total", "number", "majority", "minority"}
# Heads of a description that is an event, never what a person is ("the last deadly
# attack on the border post": an apposition to the sentence, not to the name).
EVENT_HEADS = {
    "attack", "attacks", "bombing", "explosion", "crash", "accident", "incident", "shooting",
    "killing", "massacre", "war", "strike", "raid", "election", "vote", "decision",
    "ruling", "case", "trial", "hearing", "meeting", "visit", "announcement", "report",
    "institution", "organization", "organisation",
}  # fmt: skip
