"""Penn Treebank tags of English verb forms, by the tense they tell.

spaCy's English tagger gives each verb a Penn Treebank tag; the compose modules read
a clause's tense from its verb's and its auxiliaries' tags. The sets are named here once
so that "present" means the same in every module.
"""

from __future__ import annotations

# "leads", "lead" (third person and other persons, present tense).
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# "led" (simple past).
PAST_TAGS = frozenset({"VBD"})
# "will", "may", "could": a modal auxiliary, telling what will or may be.
MODAL_TAGS = frozenset({"MD"})
# A verb in a finite tense of its own, past or present.
FINITE_TAGS = PAST_TAGS | PRESENT_TAGS
# A finite verb or a modal: what can head a clause that tells something.
FINITE_OR_MODAL_TAGS = FINITE_TAGS | MODAL_TAGS
# The present or the future: not told as past.
NOT_PAST_TAGS = PRESENT_TAGS | MODAL_TAGS
# The present, and a bare infinitive the tagger gives where its auxiliary is cut off.
PRESENT_OR_BARE_TAGS = PRESENT_TAGS | {"VB"}
