"""How a later report settles an open question: the verbs of ending, releasing and
deciding, the wording that reports an act done or still to come, and what finds out (or
still does not know, or only guesses) what an article said was unknown."""

from __future__ import annotations

import re

from briefing.lang.patterns import Screened

# Verbs of ending and of releasing, and the wording that reports them done.
END_VERBS = {"end", "wind", "terminate", "halt", "stop", "shut", "close", "cancel", "suspend"}
END_DONE_RE = re.compile(
    r"\b(?:ended|has ended|have ended|shut down|terminated|halted|no longer in effect|"
    r"no longer (?:active|exists?)|wound down|closed|cancell?ed|suspended)\b",
    re.IGNORECASE,
)
# Every match holds one of these, in any case ("cancel" for "canceled" and "cancelled").
END_DONE_SCREENED = Screened(
    END_DONE_RE,
    (
        "ended", "shut down", "terminated", "halted", "no longer", "wound down", "closed",
        "cancel", "suspended",
    ),
)  # fmt: skip
# Auxiliaries of an action reported done ("has returned", "was returned").
DONE_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "been", "'s"}
# Verbs of releasing or handing over: "provided"/"disclosed" say too little about what
# was released to tell an answer from an unrelated release.
RELEASE_VERBS = {
    "provide", "give", "share", "release", "disclose", "publish", "make", "hand", "reveal",
}  # fmt: skip
# Decisions a "Will ...?" question may wait on, by family: the verbs of one family report
# the outcome that settles a question asked with any of them, whichever way it went ("the
# governor commuted X's sentence" or "X was executed" answers "Will X be spared?"). Only
# outcomes that happened count (a past tense, a perfect or a passive; no negation, no
# modal): "may free" settles nothing.
DECISION_FAMILIES = (
    frozenset({"spare", "pardon", "commute", "reprieve", "execute"}),
    frozenset({
        "approve", "reject", "veto", "sign", "accept", "refuse", "deny", "grant", "uphold",
        "overturn", "overrule", "reconsider", "dismiss",
    }),
    frozenset({"return", "extradite", "deport", "release", "free"}),
)  # fmt: skip
# The openings of a question about a past event ("Did a fire cause ...?", "Was the strip
# part of ...?"), which a later report of the event settles.
PAST_EVENT_HEADS = frozenset({"Did", "Was", "Were", "Has", "Have", "Had"})
# Verbs that tell where something came from ("came from", "fell from", "belonged to",
# "originated in"); with "be part of", a report of any of them settles a question of origin
# whichever way it went.
ORIGIN_LEMMAS = frozenset({"come", "fall", "belong", "originate"})
# Verbs too light to name an event a later report could tell ("Did the visit have any
# connection with ...?", "Was the plan good?").
LIGHT_LEMMAS = frozenset({"be", "have", "do", "get", "seem", "appear", "become", "make"})
# Wording that tells an act not done yet (a plan, a wish, a condition, a negation).
NOT_DONE_RE = re.compile(
    r"\b(?:will|would|plans? to|expects? to|not yet|has(?:n(?:’|')t| not)|have(?:n(?:’|')t| not)|"
    r"did(?:n(?:’|')t| not)|if|whether|unless)\b",
    re.IGNORECASE,
)
# Words that say a later report found out what was not known ("identified as", "was
# caused by", "traced to", "was blamed on": the finding told in the reporter's voice, not
# a party's "Acme blamed it on ...").
FOUND_OUT_RE = re.compile(
    r"\b(?:identified as|determined that|established that|concluded that|found that|"
    r"traced (?:it |them )?to|(?:was|were) caused by|came from|confirmed that|"
    r"(?:was|were|has been|have been) (?:blamed on|attributed to|traced to)|resulted from)\b",
    re.IGNORECASE,
)
# The aspects a later sentence speaks of only with a word of causing ("What is the cause
# of the crash?" is not taken up by any later mention of the crash), and those words.
CAUSAL_ASPECTS = frozenset({"cause", "causes", "reason", "motive"})
CAUSING_RE = re.compile(
    r"\b(?:caus\w*|reasons?|motives?|blam\w*|trigger\w*|led to|attribut\w*|resulted from)\b", re.I
)
# A later sentence that still does not know: an indirect question of what caused it
# ("the dispute over what caused the crash"), or a failure to find out ("unable to
# conclude"), as well as the uncertainty cues.
STILL_UNKNOWN_RE = re.compile(
    r"\b(?:what|who|why|how)\s+(?:\w+\s+)?(?:caus|happen|led\b)|"
    r"\b(?:unable|failed|not able)\s+to\s+(?:\w+\s+)?(?:conclude|determine|establish|say|find)",
    re.I,
)
# A later sentence that only guesses ("could have caused"): neither an answer nor news.
GUESSED_RE = re.compile(
    r"\b(?:could|might|may|would)(?:\s+not)?\s+have\s+\w+|\b(?:possibly|perhaps|theory)\b", re.I
)
