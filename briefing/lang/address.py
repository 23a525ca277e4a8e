"""Sentences that are not statements of fact about a story, whatever their words:
advice addressed to the reader ("Check your computer ...", "If you ..."), a feature's
opening scene greeting the reader ("Welcome to Marlow Mill, a walled garden ..."), a
writer's own voice or a quotation without its marks ("... eating my lettuces"), the
writer's judgement ("... ought to pay for the bridge"), web addresses,
fact-box labels ("IMPACT: ..."), a quotation or parenthesis cut off by the sentence splitter
(an odd number of quotation marks, a ")" without its "("), and text glued to a byline
("... study showsBy Jane Roe")."""

from __future__ import annotations

import re

from briefing.lang.patterns import alternation
from briefing.lang.speech import SAY_RE

# Verbs that open advice, followed by the kind of word an imperative takes next.
_ADVICE_VERBS = (
    "check", "make", "be", "remember", "try", "avoid", "consider", "keep", "take", "call",
    "visit", "click", "ask", "look", "watch", "use", "get", "find", "imagine", "think",
    "stop", "note", "beware", "learn", "read", "see", "go", "buy", "turn", "put", "give",
    "choose", "pick", "join", "follow", "contact", "write", "send", "protect", "save",
    "wash", "install", "download", "update", "log", "sign", "tell", "let", "forget",
    "welcome",  # "Welcome to ...": a feature's scene, no fact (s34, dev D0611B)
)  # fmt: skip
_OBJECT_NEXT = (
    "your", "you", "yourself", "the", "a", "an", "to", "that", "it", "them", "this",
    "these", "those", "what", "how", "out", "up", "for", "about", "on", "with", "sure",
    "in", "off", "all", "any", "some", "more", "into", "before", "whether", "if", "me", "us",
)  # fmt: skip
_IMPERATIVE = re.compile(
    rf"^(?:(?:don['’]t|do not|please|let['’]s)\b|never (?!before|again|mind|since)\w|"
    rf"{alternation(_ADVICE_VERBS)} {alternation(_OBJECT_NEXT)}\b)",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself|rselves|['’](?:re|ll|ve|d))?\b", re.IGNORECASE)
# "IMPACT: ...", "WHO: ...", "Q: ...", "Proof: ...": the label of a fact box, an
# interview line or a list of points.
_LABEL = re.compile(r"^(?:[A-Z][A-Z&/ -]{0,24}|[A-Z][a-z]+):\s")
# A word of three or more lower-case letters run into a capitalised one: text glued to
# a byline or a name ("showsBy", "reportedWASHINGTON").
_GLUED = re.compile(r"\b[a-z]{3,}[A-Z][A-Za-z]")
# Quotation marks, including the typewriter pairs ``...'' of wire copy.
# A lone backtick opens a single quote (`Huck'), unless a quote mark follows it.
_QUOTES = re.compile(r"``|''|[\"“”]|`(?=')")
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”]*[\"”]")
# A web address ("Department of Housing: http://...", "... Web page at www.x.org"): a
# pointer for the reader, not a fact about the story.
_WEB_ADDRESS = re.compile(r"\bhttps?://|\bwww\.\w", re.IGNORECASE)


# "I", "we", "our" outside quotation marks: a columnist's own voice ("Slugs are eating
# my lettuces") or a quotation printed without its marks ("The mayor does not want a
# toll where we have to pay twice"), not a fact told about others. "World War I",
# "Phase I" and "I-95" are names.
_FIRST_PERSON = re.compile(
    r"(?<!War )(?<!Phase )(?<!Type )(?<!Title )(?<!Class )(?<!Stage )\bI\b(?![-.’'])|"
    r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Mm]y|me|us|ourselves|myself)\b(?![-.])"
)


# "The council ought to pay for the bridge": the writer's judgement, not a fact; a
# speaker named in the sentence ("..., the mayor said") makes it a reported view.
_OUGHT = re.compile(r"\bought to\b", re.IGNORECASE)


def writers_judgement(text: str) -> bool:
    """'ought to' outside quotation marks, with no one said to hold the view."""
    bare = _QUOTED_SPAN.sub(" ", text)
    return bool(_OUGHT.search(bare)) and not SAY_RE.search(bare)


def speaks_in_first_person(text: str) -> bool:
    """A first-person pronoun outside quotation marks."""
    return bool(_FIRST_PERSON.search(_QUOTED_SPAN.sub(" ", text)))


def addresses_reader(text: str) -> bool:
    """Advice or an instruction to the reader: an imperative opening, or "you" outside
    quotation marks (news states facts about others; advice columns speak to you)."""
    return bool(_IMPERATIVE.match(text) or _SECOND_PERSON.search(_QUOTED_SPAN.sub(" ", text)))


def not_a_statement(text: str) -> bool:
    """A fact-box label, a cut quotation or parenthesis, glued page text, or advice to
    the reader."""
    return bool(
        _LABEL.match(text)
        or _GLUED.search(text)
        or len(_QUOTES.findall(text)) % 2
        or text.count("(") != text.count(")")
        or addresses_reader(text)
        or speaks_in_first_person(text)
        or writers_judgement(text)
        or _WEB_ADDRESS.search(text)
    )
