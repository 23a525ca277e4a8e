"""Bare definite subjects: "The virus overwrites ...", "The hearing was postponed ...",
"The scheme, which would cost ...": "the" and a plain noun that say no more of which
thing it is, so an earlier sentence must have named it (``lang.anaphora`` and
``compose.clarity`` decide what that means for a sentence).
"""

from __future__ import annotations

import re

from briefing.lang.patterns import alternation

# A bare definite subject ("The virus overwrites ...", "The goals are ...", "The studies
# indicated ...", "The viruses, believed to ...") with no word saying which one: the thing
# was named in an earlier sentence. A capitalised modifier ("The Texas party"), a
# restriction ("The rate of crime", "The treaty known as ...") or an apposition that
# names it ("The treaty, known as the Hague Convention, ...") keeps the sentence; so do
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
_FINITE_VERB = (*_AUXILIARIES, "said", r"\w+ed", r"\w+[^usi\W]s")
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
# scheme, which would cost ...", "The officials, who asked not to be named, ..."): the
# clause tells more about a thing an earlier sentence named, not which one it
# is. (A capitalised modifier names it: "The Marlow ferry, which ...".)
RELATIVE_DEFINITE_SUBJECT = re.compile(rf"{_THE_BARE}[a-z][a-z-]*, (?:which|who|whose)\b")


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
