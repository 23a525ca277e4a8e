"""The words a party takes a side with: for or against a thing, good or bad of it.

Read by ``compose/positions.py`` (issue 11: opposed positions of named parties), by
lemma, off the parse:

* an attitude verb or noun, whose holder is its subject (or its passive's "by" phrase)
  and whose object is the thing: "the senator supports the bill", "announced their
  opposition to the measure", "a bill proposed by the minister"; a vote or a side in an
  "in … of" phrase ("voted against the ban", "spoke in favor of the bill"); a dismissal
  "as" something ("dismissed the plan as a stunt");
* an effect verb, whose subject is the thing and whose holder is who says so: "the ban
  protects workers", "the law hurts small bars";
* an evaluative adjective or verdict noun said of the thing: "said the ruling was
  unfair", "called the decision a victory".

Each word is +1 (for the thing) or -1 (against it). A negation turns an effect or a
verdict round ("would not harm", "is not safe"); it turns an attitude round only when the
attitude is for the thing ("does not support" is against it, "did not oppose" is not
for it).
"""

from __future__ import annotations

# A holder for or against its object.
ATTITUDE_VERBS = {
    **dict.fromkeys(
        ("support", "back", "endorse", "praise", "welcome", "applaud", "favor", "favour",
         "hail", "defend", "champion", "embrace", "advocate", "propose", "sponsor"),
        1,
    ),
    **dict.fromkeys(
        ("oppose", "criticize", "criticise", "condemn", "denounce", "decry", "assail",
         "lambaste", "blast", "deplore", "disapprove", "veto", "block", "appeal",
         "challenge"),
        -1,
    ),
}  # fmt: skip
# The same as nouns: "their support for the plan", "his opposition to the ban".
ATTITUDE_NOUNS = {
    **dict.fromkeys(("support", "backing", "endorsement", "praise"), 1),
    **dict.fromkeys(("opposition", "criticism", "condemnation"), -1),
}  # fmt: skip
# The same as adjectives, of the party they are said of: "Hale was critical of the ban".
ATTITUDE_ADJECTIVES = {
    **dict.fromkeys(("supportive", "positive", "enthusiastic", "favorable", "favourable"), 1),
    **dict.fromkeys(("critical", "skeptical", "sceptical", "hostile", "opposed", "wary"), -1),
}  # fmt: skip
# A thing doing good or harm, as a party says: "the ban protects workers".
EFFECT_VERBS = {
    **dict.fromkeys(
        ("protect", "help", "benefit", "improve", "save", "strengthen", "work", "succeed"),
        1,
    ),
    **dict.fromkeys(
        ("harm", "hurt", "damage", "threaten", "undermine", "weaken", "violate",
         "endanger", "discriminate", "fail", "cripple", "devastate", "deprive", "infringe"),
        -1,
    ),
}  # fmt: skip
# What a party calls a thing: "the rule is unfair", "called the ruling a victory".
VERDICT_WORDS = {
    **dict.fromkeys(
        ("safe", "effective", "legal", "fair", "constitutional", "necessary", "beneficial",
         "reasonable", "successful", "justified", "appropriate", "victory", "success",
         "triumph", "boon", "milestone", "good", "positive"),
        1,
    ),
    **dict.fromkeys(
        ("dangerous", "ineffective", "illegal", "unfair", "unconstitutional", "unnecessary",
         "harmful", "unreasonable", "unjustified", "inappropriate", "discriminatory",
         "offensive", "misguided", "flawed", "excessive", "unworkable", "mistake",
         "disaster", "outrage", "failure", "travesty", "setback", "bad", "sham", "fraud",
         "farce", "gimmick", "negative", "wrong"),
        -1,
    ),
}  # fmt: skip
# A verb whose "for"/"against" phrase names the thing and the side: "voted for the bill",
# "voted against the ban".
SIDE_PREPOSITIONS = {"for": 1, "against": -1}
SIDING_VERBS = frozenset({"vote"})
# Nouns of a party's side in an "in … of" phrase: "spoke in favor of the bill", "testified
# in support of the ban" (the holder is the subject of the verb the phrase is on).
IN_SIDE_NOUNS = {"favor": 1, "favour": 1, "support": 1}
# Verbs that give their object a verdict in an "as" phrase: "dismissed the method as junk
# science" (against it, whatever the verdict's words).
DISMISSING_VERBS = {"dismiss": -1}
# Verbs whose "to" clause does not happen: "refused to support", "failed to back".
REFUSING_VERBS = frozenset({"refuse", "decline", "fail"})
# Verbs by which a party gives a thing a verdict noun or adjective: "called it a victory".
NAMING_VERBS = frozenset({"call", "label", "brand", "term", "consider", "deem", "describe"})
# Parties named by the side they take on what their "of" names: "critics of the bill say
# …", "Hale, a supporter of the ban, …".
SIDE_PARTIES = {
    **dict.fromkeys(("supporter", "proponent", "backer", "advocate", "champion", "sponsor"), 1),
    **dict.fromkeys(("critic", "opponent", "foe"), -1),
}  # fmt: skip
# Verbs that tell of a thing doing something only with another word: "work to build",
# "work with" is no verdict on the worker, "the plan isn't working" is.
BARE_ONLY = frozenset({"work"})
# Verbs by which a party makes the thing their noun names, and so stands for it: "the
# Harbour Board decided to close the quay" is the Board's decision, which another party
# may call unfair ("the Harbour Board's decision is unfair"); read only against a stance
# on that noun whose owner is the party ("the Board's decision", "the Board ruling").
AUTHORING_VERBS = {
    "decide": ("decision",), "rule": ("ruling", "decision"), "propose": ("proposal", "plan"),
    "recommend": ("recommendation",), "order": ("order",),
}  # fmt: skip
# Words that make a clause a condition or a question, not a position held: "if Congress
# will back such a measure", "whether the ban hurts".
HEDGING_MARKS = frozenset({"if", "whether", "unless"})
# Objects too vague to be one thing two parties take sides on.
VAGUE_OBJECTS = frozenset(
    {"thing", "issue", "idea", "view", "way", "people", "one", "lot", "part", "kind",
     "matter", "case", "effort", "step", "position", "stance",
     "right", "group", "person", "man", "woman", "everything", "something", "anything"}
)  # fmt: skip


def _forms(word: str) -> set[str]:
    """A stance word's forms ("oppose": "opposes", "opposed", "opposing"; "deny":
    "denies", "denied"; "veto": "vetoes"), as a sentence's lower-cased words hold them."""
    stem = word[:-1] if word.endswith("e") else word
    forms = {word, word + "s", word + "es", word + "d", stem + "ed", stem + "ing"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


_TABLES = (
    ATTITUDE_VERBS, ATTITUDE_NOUNS, ATTITUDE_ADJECTIVES, EFFECT_VERBS, VERDICT_WORDS,
    SIDE_PARTIES, IN_SIDE_NOUNS, dict.fromkeys(SIDING_VERBS), DISMISSING_VERBS,
    AUTHORING_VERBS,
)  # fmt: skip
# Every form of every stance word: a sentence holding none is not parsed for stances
# (most sentences of a story hold none).
STANCE_FORMS = frozenset(form for table in _TABLES for word in table for form in _forms(word))
