"""Words that make a clause hypothetical: what someone would do, not what they did.

"X, I am sure, would agree", "surely X would object", "if X were to resign": the
writer imagines X's act; X takes no part in the story. Read by
``compose.actors.hypotheticals`` on the parse of a mention's clause.
"""

from __future__ import annotations

# Modals of what someone would or might do ("X would agree"); not "will" (a plan), nor
# "can" or "may" (what is allowed).
HYPOTHETICAL_MODALS = frozenset({"would", "might", "could"})
# First-person verbs of a writer's aside that makes a guess of the clause: "X, I am sure,
# would agree", "X would, I suspect, object", "I bet X would laugh". "Be" stands in
# with its adjective ("I am sure", "I'm certain").
ASIDE_VERB_LEMMAS = frozenset({
    "suspect", "think", "bet", "imagine", "guess", "wager", "suppose", "daresay",
})  # fmt: skip
ASIDE_ADJECTIVES = frozenset({"sure", "certain", "confident", "convinced"})
# Pronouns a writer's aside speaks in.
ASIDE_SUBJECTS = frozenset({"i", "we"})
# Adverbs that make a modal clause a guess: "surely X would agree".
GUESS_ADVERBS = frozenset({"surely", "doubtless", "undoubtedly", "presumably"})
# Conjunctions opening a condition ("if X were to resign", "unless X were to ..."); with
# the subjunctive "were" the condition is one the writer imagines, not a plan of X's.
CONDITION_MARKS = frozenset({"if", "unless"})
SUBJUNCTIVE_WORDS = frozenset({"were"})
