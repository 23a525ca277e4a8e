"""Definite descriptions: "the river", "the resort", "the tribe's lawyers", and bare
definite subjects: "The virus overwrites ...", "The hearing was postponed ...", "The
scheme, which would cost ...".

A sentence lifted out of its article may call a thing by "the" and a plain noun because
the article introduced it before ("a weir on the Marl River ... the river"). Plain word
data and the patterns that find such descriptions; what that means for a sentence is for
``lang.anaphora``, ``compose.clarity`` and ``compose.definites`` (they know the article
and the story).
"""

from __future__ import annotations

import re

from briefing.lang.patterns import alternation
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.wordforms import IRREGULAR_PAST

# A bare definite subject ("The virus wipes the memory ...", "The aims are ...", "The surveys
# suggested ...", "The viruses, believed to ...") with no word saying which one: the thing
# was named in an earlier sentence. A capitalised modifier ("The Texas party"), a
# restriction ("The rate of crime", "The treaty known as ...") or an apposition that
# names it ("The treaty, known as the harbour convention, ...") keeps the sentence; so do
# nouns with one referent in any story ("The economy", "The public").
_SUBJECT_FILLERS = (
    "of", "in", "on", "at", "for", "from", "with", "by", "and", "or", "to", "as", "that",
    "who", "which", "than", "about", "between", "over", "under",
)  # fmt: skip
# Nouns with one referent in any story (open questions use them too).
ONE_OF_A_KIND = ("economy", "world", "public", "internet", "web", "weather", "earth", "sun")
_NAMING_APPOSITION = ("known as", "called", "named", "dubbed", "a", "an", "the", "which", "who")
# Auxiliaries are verbs, never part of a subject ("The relatives have asked": head "relatives").
_AUXILIARIES = (
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "do",
)  # fmt: skip
# A negated auxiliary ("The partnership hasn't been ...") is one too.
_FINITE_VERB = (*_AUXILIARIES, r"[a-z]+n['’]t", "said", r"\w+ed", r"\w+[^usi\W]s")
# "The" and up to two words before the head noun, none of them a filler: the opening of
# every bare definite subject below (active, passive, with a relative clause).
_NOT_IN_SUBJECT = alternation(_SUBJECT_FILLERS + _AUXILIARIES)
_THE_BARE = (
    rf"^The (?!{alternation(ONE_OF_A_KIND)}\b)"
    rf"(?:(?!{_NOT_IN_SUBJECT}\b)[a-z][a-z-]* ){{0,2}}"
    rf"(?!{_NOT_IN_SUBJECT}\b)"
)
_BARE_DEFINITE_SUBJECT = re.compile(
    rf"{_THE_BARE}(?P<head>[a-z][a-z-]*)"
    rf"(?:,(?! {alternation(_NAMING_APPOSITION)}\b)| {alternation(_FINITE_VERB)}\b)"
)


# A bare definite subject in the passive ("The hearing was postponed until ...", "The
# claim was repeated by ..."): the sentence tells what happened to a thing an earlier one
# introduced, so names later in it do not say which hearing or claim; unless the story
# is about that thing ("The bridge was built in 1921" in a story on the bridge).
_IRREGULAR_PARTICIPLES = (
    "made", "held", "given", "taken", "seen", "found", "shown", "known", "done", "told",
    "sent", "built", "set", "put", "hit", "struck", "brought", "caught", "kept", "led",
    "paid", "sold", "won", "written", "chosen", "driven", "drawn", "begun", "broken",
    "thrown", "spent", "meant", "heard", "read", "laid", "cut", "shut", "hidden", "sought",
)  # fmt: skip
# "The new bridge has been dubbed the Iron Lady": the sentence names its thing.
_NAMING_PARTICIPLES = ("dubbed", "called", "named", "nicknamed", "known", "renamed", "titled")
_PASSIVE_DEFINITE_SUBJECT = re.compile(
    rf"{_THE_BARE}(?P<head>[a-z][a-z-]*) "
    r"(?:was|were|(?:has|have|had) been|is|are|will be) (?:\w+ly )?"
    rf"(?!{alternation(_NAMING_PARTICIPLES)}\b)(?:\w+ed|{alternation(_IRREGULAR_PARTICIPLES)})\b"
)


# A bare definite subject that a relative clause describes without naming it ("The
# scheme, which would cost ...", "The officials, who gave no names, ..."): the
# clause tells more about a thing an earlier sentence named, not which one it
# is. (A capitalised modifier names it: "The Marlow ferry, which ...".)
RELATIVE_DEFINITE_SUBJECT = re.compile(rf"{_THE_BARE}[a-z][a-z-]*, (?:which|who|whose)\b")


# Bodies an article introduced by name and then calls by a plain noun ("The group said
# ...", "The committee voted ..."): which group was told earlier, unless the story is about
# it (``compose.clarity`` decides, as for ``anaphora.PEOPLE_NAMED_BEFORE``).
BODIES_NAMED_BEFORE = frozenset(
    {
        "group", "groups", "organization", "organisation", "company", "firm", "agency",
        "committee", "commission", "panel", "council", "board", "team", "union", "party",
        "court", "ministry", "department", "movement", "coalition", "association",
    }
)  # fmt: skip


# Places an article names and then calls by a plain noun: a place named earlier in the
# sentence is the one ("farmers from a village outside Tongbu ... the city's office").
PLACE_HEADS = frozenset(
    {"city", "town", "village", "province", "state", "county", "region", "capital", "island"}
)


# Nouns that stand for a place without naming it ("the country", "the region", "in the
# north", "the lake area"): a sentence lifted out of its article says which place only
# when it names a place or a people itself (``compose.unanchored``). Set by hand from the
# kinds a session-26 reviewer found in held-out summaries, not tuned.
UNNAMED_PLACE_HEADS = frozenset(
    {
        "country", "nation", "region", "area", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "interior", "countryside",
    }
)  # fmt: skip
# Of them, parts of a place a plain noun before says the kind of ("the lake area", "the
# border region"): which lake or border, only a name after it says ("the lake area of
# Hunan"), not a place named elsewhere in the sentence.
AREA_HEADS = frozenset({"area", "region"})
# "the country", "the whole country", "the lake area", "the country's": "the", at most
# one plain word ("mod"), the "head". Bounded: words of letters.
UNNAMED_PLACE_RE = re.compile(
    rf"\b[Tt]he (?:(?P<mod>[a-z][a-z-]{{0,30}}) )?"
    rf"(?P<head>{alternation(sorted(UNNAMED_PLACE_HEADS))})\b(?![\w-])"
)
# "the local government", "the local People's Congress": a body or a thing of a place
# the sentence does not name is of the place its dateline or an earlier sentence told.
LOCAL_RE = re.compile(r"\b[Tt]he local (?=[A-Za-z])")
# Acts, and what records or answers them, that "the" and a plain noun point back to: "the
# bill", "the move", "the documents" are the bill, move or documents an earlier sentence
# told, whether or not it counted them ("a bill"). Set by hand from the s30 judging of
# the TUNING+CHECK timelines ("opposed the bill on Wednesday", "mailed the letter to
# local radio stations", "released the figures at a news conference"), not tuned.
TOLD_ACT_HEADS = frozenset(
    {
        "move", "moves", "decision", "decisions", "bill", "bills", "ban", "bans", "test",
        "tests", "change", "changes", "story", "stories", "report", "reports", "plan",
        "plans", "proposal", "proposals", "ruling", "rulings", "measure", "measures",
        "deal", "agreement", "order", "request", "demand", "demands", "announcement",
        "statement", "comments", "remarks", "incident", "meeting", "controversy",
        "dispute", "verdict", "vote", "step", "action", "effort", "efforts", "charge",
        "charges", "allegation", "allegations", "claim", "claims", "finding", "findings",
        "discovery", "concern", "concerns", "document", "documents", "letter", "interview",
        "speech", "visit", "trip",
    }
)  # fmt: skip
# What a story is about, never one thing an article named ("the issue", "the matter").
TOPIC_HEADS = frozenset({"issue", "matter", "subject", "topic", "question", "debate"})


def passive_definite_subject(text: str) -> str | None:
    """The head noun of a bare definite subject told in the passive ("The hearing was
    postponed ..." -> "hearing"): fine when the story is about that thing, which only
    the caller knows; None for any other sentence."""
    m = _PASSIVE_DEFINITE_SUBJECT.match(text)
    return m.group("head") if m else None


def definite_subject(text: str) -> str | None:
    """The head noun of a bare definite subject ("The virus overwrites ..." -> "virus"),
    which an earlier sentence must have named; None when the subject says which one."""
    m = _BARE_DEFINITE_SUBJECT.match(text)
    return m.group("head") if m else None


# At most this many words after "the" make the description ("the old tribal court"):
# layout bound, not tuned.
MAX_DESCRIPTION_WORDS = 3
# "the" and up to MAX_DESCRIPTION_WORDS plain lower-case words; the last one before a
# word that is not part of it is the head. Bounded: each word is a run of letters. The
# words are looked at, not taken: "The council approved the levy" holds "the levy" too.
DEFINITE_RE = re.compile(
    rf"\b[Tt]he(?=((?: [a-z][a-z-]{{0,30}}){{1,{MAX_DESCRIPTION_WORDS}}})(?=[\s,.;:!?)'’\"”]|$))"
)
# Words after the head that say which one: "of ...", "to ...", "for ...", "among ...", a
# restriction by place or name ("in Marlow", "(", a quoted, capitalised name or a
# figure), a naming ("known as", "called"), a restrictive clause ("the man who", "the
# river that") or participle ("the river known for", "the road built in"), an
# apposition naming it (", the Marl, ...").
SAYS_WHICH_RE = re.compile(
    r"\s*(?:\(|[\"“]|(?:of|to|for|on|about|against|among|with|over|between)\b|"
    r"(?:in|at|from|near|along) (?:the )?[A-Z\d]|and [a-z]+ of\b|"
    r",? (?:(?:is|was|has been|had been) )?(?:known as|called|named|dubbed)\b|"
    r"(?:who|whom|whose|that|where)\b|"
    r"[a-z]+ed (?:by|in|at|on|for|from|to|with|as)\b|, [\"“]?(?:the |a |an )?[A-Z]|[A-Z\d])"
)
# Of the words ``SAYS_WHICH_RE`` reads as saying which, prepositions that as often belong
# to the verb: "paint the entire hull with tar", "gave the money to the school".
# Only the parse can tell those from "the course with the lake", "the road to Marlow".
VERB_OR_NOUN_PREPOSITION_RE = re.compile(r"\s*(?:with|to|for|on|over|against)\b")
# A figure as a description gives it ("3,000", "$2 million"). Bounded: at most 20
# characters of digits, commas and points.
FIGURE = r"\$?\d[\d,.]{0,20}(?: (?:million|billion|thousand))?"
FIGURE_RE = re.compile(FIGURE)
# "the 3,000 units", "the $2 million grant": a figure and the plain noun it counts. The
# figure and its noun are the groups.
FIGURE_DEFINITE_RE = re.compile(rf"\b[Tt]he ({FIGURE}) ([a-z][a-z-]{{1,30}})\b")
# "the two cylinders", "the four envoys": "the", a count in words up to ten and the
# plural noun it counts: the set an earlier sentence told, unless something after it
# says which (``SAYS_WHICH_RE``). The count and the noun are the groups. A word ending
# in "-us" or "-ss" is no plural but an adjective before the noun ("the two previous
# attempts", "the two famous") or a singular ("the two campus").
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
COUNTED_DEFINITE_RE = re.compile(
    rf"\b[Tt]he ({alternation(_COUNTS)}) ([a-z][a-z-]{{1,30}}(?<![su])s)\b(?![-'’])"
)
# "this loan", "this long struggle": "this" and up to three plain words, which an
# earlier sentence told ("that" is as often a conjunction: "said that oil production").
DEMONSTRATIVE_RE = re.compile(r"\b[Tt]his((?: [a-z][a-z-]{0,30}){1,3})(?=[\s,.;:!?)'’\"”]|$)")
# Times "this" names without an earlier sentence ("this spring").
SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter", "quarter"})
# Heads that need no earlier sentence: times, one of a kind in any story, a rank or a
# set's part rather than a thing ("the first", "the rest"), the reader's own country
# and public ("the country", "the public"). Set by hand, not tuned.
SELF_EVIDENT_HEADS = frozenset(
    {
        "year", "years", "day", "days", "week", "weeks", "month", "months", "time", "times",
        "past", "future", "present", "end", "beginning", "start", "moment", "morning",
        "afternoon", "evening", "night", "weekend", "decade", "century", "era", "period",
        "season", "age", "world", "public", "economy", "internet", "web", "weather", "earth",
        "sun", "country", "nation", "people", "government", "police", "media", "press",
        "market", "markets", "industry", "environment", "way", "ways", "fact", "case",
        "rest", "same", "first", "second", "third", "last", "next", "other", "others",
        "former", "latter", "following", "previous", "most", "least", "majority",
        "minority", "number", "total", "top", "bottom", "middle", "side", "front", "back",
        "rule", "law", "idea", "need", "use", "right", "left", "lead", "nations", "poor",
        "rich", "elderly", "young", "sick", "dead", "wounded", "injured", "homeless",
        "unemployed", "disabled", "military", "army", "navy", "opposition", "sea", "ocean",
        "air", "ground", "body", "mind", "atmosphere", "climate",
    }
)  # fmt: skip
# Self-evident heads only when bare: "the law" may be the law of the land, but "the new
# law" or "the tobacco law" is one particular law an earlier sentence named (a session-23
# reviewer on check D0623E: "the new law" with no jurisdiction). Set by hand, not tuned.
GENERAL_WHEN_BARE = frozenset({"law", "rule"})
# Stop words that are plain adjectives of a description, not its end: "the new law", "the
# old bridge" are one law or bridge an earlier sentence named, as "the law" is not.
AGE_ADJECTIVES = frozenset({"new", "old"})
# Nouns in sumy's stop list (``STOP_WORDS``, for "of course", "for example"): after
# "the" they are a description's head ("the entire course", "the cause"). Set by hand
# from the list (check D0611B: "paint the entire hull" read "entire" as its head).
STOP_LIST_NOUNS = frozenset({"course", "cause", "example", "value", "name", "novel"})
# Stop-list words a head may still be (read by ``head_of``).
_HEAD_STOP_WORDS_KEPT = AGE_ADJECTIVES | STOP_LIST_NOUNS
# Nouns that end like a superlative ("the poorest county" says which): "the pest
# control", "the protest", "the arrest" do not. Set by hand (check D0611B: "The pest
# control begins in May ..." was read as a superlative's).
EST_NOUNS = frozenset(
    {
        "pest", "test", "protest", "request", "interest", "forest", "arrest", "contest",
        "harvest", "guest", "quest", "chest", "rest", "west", "nest", "inquest", "conquest",
        "crest", "vest", "digest", "unrest", "manifest", "behest", "priest", "tempest",
        "midwest", "southwest", "northwest",
    }
)  # fmt: skip
# Nouns ending in "-ly", which is otherwise an adverb's ending that ends a description
# ("the rally matched", not "the partly"). Set by hand, not tuned.
LY_NOUNS = frozenset(
    {
        "rally", "family", "ally", "assembly", "supply", "monopoly", "anomaly", "reply",
        "tally", "folly", "homily", "bully", "belly", "gully", "butterfly", "oligopoly",
    }
)  # fmt: skip
# Auxiliaries and other verbs that end a description without being its head.
_NOT_HEAD_WORDS = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "could", "can", "may", "might", "should", "must", "did", "does", "do",
        "said", "says", "say", "told", "tells", "made", "makes", "took", "takes", "got",
        "gets", "went", "goes", "came", "comes", "left", "became", "becomes", "remains",
        "began", "begins", "saw", "sees", "found", "finds", "gave", "gives", "set", "put",
        "hit", "shut", "cut", "won", "lost", "paid", "sold", "kept", "held", "led",
    }
)  # fmt: skip
# What a word before an apostrophe leaves of a negated auxiliary ("The choice isn't",
# "The bank doesn't"): a verb, not the head.
_NEGATED_AUXILIARIES = frozenset(
    {
        "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "doesn", "don", "didn",
        "wouldn", "couldn", "shouldn", "mustn", "can", "won", "ain",
    }
)  # fmt: skip


def head_of(words: list[str]) -> str | None:
    """The head noun of a description's words after "the" ("old tribal court" ->
    "court"; "tribe said" -> "tribe"): the words up to the first function word, verb or
    adverb ("new" and "old" are adjectives here), its last one; None when the first word
    is one of those ("the most", "the first") or an adjective of degree, or for a
    self-evident head ("the law"; "the new law" is one particular law)."""
    kept: list[str] = []
    for n, word in enumerate(words):
        if word in STOP_WORDS and word not in _HEAD_STOP_WORDS_KEPT:
            break
        if word in _NOT_HEAD_WORDS or (word.endswith("ly") and not _ly_noun(words, n)):
            break
        if kept and (word.endswith("ed") or word in IRREGULAR_PAST):
            break  # "the tribe decided", "the decision dealt": a verb after the head
        if word in _NEGATED_AUXILIARIES:
            break  # "the choice isn't"
        kept.append(word)
    if not kept or kept[-1].endswith(("ed", "ing")) or kept[-1] in AGE_ADJECTIVES:
        return None
    if kept[-1] in SELF_EVIDENT_HEADS and not (len(kept) > 1 and kept[-1] in GENERAL_WHEN_BARE):
        return None
    if any(w.endswith("est") and w not in EST_NOUNS for w in kept):
        return None  # a superlative says which one ("the poorest county")
    return kept[-1]


def _ly_noun(words: list[str], n: int) -> bool:
    """Whether ``words[n]``, ending in "-ly", is a noun (``LY_NOUNS``) that a word after it
    in ``words`` shows ends the description: the last of a full window may name what a
    noun past it is ("the old state supply depot")."""
    return words[n] in LY_NOUNS and (n + 1 < len(words) or len(words) < MAX_DESCRIPTION_WORDS)


def plural_of(noun: str) -> str:
    """The regular plural of a singular noun ("tribe" -> "tribes", "virus" ->
    "viruses", "county" -> "counties")."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def looks_plural(noun: str) -> bool:
    """ "tribes", "workers" (not "virus", "class", "analysis")."""
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
