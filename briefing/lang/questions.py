"""How English asks, demands, refuses and promises: the cue patterns and word sets that
open questions are found with, and the words around a cue that make it raise none. How
a question is worded is ``lang.question_wording``'s; how a later report settles one,
``lang.settling``'s."""

from __future__ import annotations

import re

from briefing.lang.disputes import DOUBT_VERB
from briefing.lang.names import TITLE_ALTERNATION
from briefing.lang.patterns import Screened, cue_pattern

# Where a clause ends: a dash, a semicolon, a bracket, a comma, a closing quote after its
# punctuation ("... at all,” Sparks wrote"), a conjunction that starts another clause.
CLAUSE_STOP_RE = re.compile(
    r"\s+[—–_]\s+|\s+--\s+|;|\(|,\s|[,.][”\"]\s|"
    r"\s(?:because|but|although|though|while|since)\s"
)
# Words that say it is not known yet: "not yet clear", "not known", "remains to be seen"
# ("not immediately clear" is left out: a detail the next report gives, such as whether
# anyone was hurt).
UNKNOWN_CUE = (
    r"unclear|not (?:yet |entirely |fully |altogether )?(?:clear|known)|unknown|uncertain|"
    r"remains? to be seen|no word on"
)
# Words that say a party would not tell: "would not say whether", "declined to confirm
# if": the question stays open, and the one who would not tell did not raise it.
SAY_REFUSED_CUE = (
    r"(?:declined|refused|would not|wouldn[’']t|did not|didn[’']t|could not|couldn[’']t|"
    r"will not|won[’']t|cannot|can[’']t)(?: to)? (?:say|confirm|disclose|reveal|specify)"
)
# Words that say someone does not know ("officials don't know whether ...", "unsure
# whether ...", "uncertainty over how ...", "raised questions about what ..."): a cue of
# asking, not of a standing uncertainty (a later "did not know" of the same thing is not
# news that it is still unknown).
NOT_KNOWING_CUE = (
    r"not (?:yet )?sure|unsure|(?:do|does|did) not know|(?:don|doesn|didn)[’']t know|"
    r"(?:no one|nobody) knows|uncertainty (?:about|over|as to)"
)
# Words that say parties are divided on a question ("the debate over whether ...",
# "experts disagreed on whether ...", "scientists are split over whether ..."): it is
# open, and no one party raised it. A debate only "about how" a thing is done is an
# argument over a policy, not a question of fact; parties who disagree or are divided
# on how or what (``WH_RE``) differ on a fact. Only "whether" right after it: "split on
# Monday if ..." is no cue.
DIFFER_CUE = r"(?:disagree(?:s|d)?|divided|split)\s+(?:over|about|on|as\s+to)"
DEBATE_CUE = rf"debates?\s+(?:over|about|on|as\s+to)|{DIFFER_CUE}"
DEBATE_RE = re.compile(rf"^(?:{DEBATE_CUE})\b", re.IGNORECASE)
# A debate said to be settled ("the vote settled the debate over whether ..."), or to be
# settled by a step planned ("aims to end the debate"): unless denied right before it
# ("do nothing to settle", "failed to resolve", "has not ended"), no question is left.
DEBATE_SETTLED_BEFORE_RE = re.compile(
    r"\b(?:settl|resolv|end)(?:e|es|ed|ing|s)?\s+(?:the|a|an|this|that|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
DEBATE_LEFT_OPEN_RE = re.compile(
    r"\b(?:nothing|not|never|no|fail(?:s|ed|ing)?|unable|n['’]t)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A decision still to be made ("will decide whether ...", "a decision on whether ..."):
# what it will decide is open until told. Not "decided" (made).
PENDING_DECISION_CUE = r"decid(?:e|es|ing)|decisions?\s+(?:on|about|as\s+to)|rul(?:e|es|ing)\s+on"
PENDING_DECISION_RE = re.compile(rf"^(?:{PENDING_DECISION_CUE})\b", re.IGNORECASE)
ASK_RE = re.compile(
    rf"\b(?:{NOT_KNOWING_CUE}|{PENDING_DECISION_CUE}|"
    r"asked|asking|asks|ask|wondered|wonders|wondering|questioned|questions?|"
    r"wants? to know|wanted to know|find(?:ing)? out|determin(?:e|es|ing)|learn(?:ing)?|"
    r"investigat\w+|probe into|inquiry into|doubts? (?:about|over|as to)|"
    rf"{UNKNOWN_CUE}|{SAY_REFUSED_CUE}|(?:{DEBATE_CUE})(?=\s+whether\b))"
    r"(?:\s+[\w.’'-]+){0,3}?\s+(?P<wh>whether(?: or not)?|if)\s+(?P<clause>.+)",
    re.IGNORECASE,
)
# Cues of uncertainty no one in particular raises ("it is unclear whether ...").
UNKNOWN_RE = re.compile(rf"\b(?:{UNKNOWN_CUE})\b", re.IGNORECASE)
SAY_REFUSED_RE = re.compile(rf"\b{SAY_REFUSED_CUE}\b", re.IGNORECASE)
# What a sentence says is not known of a thing it names: "... is unknown", "remains a
# mystery", "has not been determined" (a present lack, not "was not determined until
# later").
UNKNOWN_STATE = (
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+)?(?:unclear|unknown|"
    r"uncertain|not\s+(?:yet\s+|entirely\s+|fully\s+)?(?:clear|known)|a\s+mystery|"
    r"undetermined|unexplained)|(?:has|have)\s+(?:not|never)\s+(?:yet\s+)?been\s+"
    r"(?:determined|established|identified|explained)"
)
UNKNOWN_STATE_RE = re.compile(rf"\b(?:{UNKNOWN_STATE})\b")
# Every match ends in one of these words ("unclear" holds "clear", "undetermined" holds
# "determined"): the sentence loops search only sentences that hold one.
_UNKNOWN_STATE_CUES = "clear known uncertain mystery determined established identified explained"
UNKNOWN_STATE_SCREENED = Screened(UNKNOWN_STATE_RE, _UNKNOWN_STATE_CUES.split())
# The nouns of what may be unknown about a thing ("the fate of X", "the connection between
# X and Y"); plural ones ask "What are ...?".
UNKNOWN_ASPECTS = (
    "fate|cause|causes|identity|whereabouts|source|sources|origin|origins|size|extent|"
    "number|motive|reason|connection|link|role|scope|nature|location"
)
# "The fate of X is unknown", "the immediate connection between X and Y, a name's aside,
# was not clear": the aspect, what it is of (at most 120 characters, no clause break)
# and one aside of at most 200: linear in the sentence.
UNKNOWN_ASPECT_RE = re.compile(
    r"\b[Tt]he\s+(?P<adj>(?:exact|precise|immediate|real|true|ultimate|full)\s+)?"
    rf"(?P<aspect>{UNKNOWN_ASPECTS})\s+(?P<prep>of|between|behind|for)\s+"
    r"(?P<x>[^,;:()\"“”]{3,120}?)(?:,[^,;:()]{1,200},)?\s+"
    rf"(?:{UNKNOWN_STATE})\b"
)
# An effort or a lack of finding out a thing's aspect ("to determine the source of the
# Acme 990 leak", "cannot yet establish the source of ..."): the same question as when
# it is said to be unknown. What it is of ends at a clause break (at most 120
# characters): linear in the sentence.
ASPECT_SOUGHT_RE = re.compile(
    r"(?:(?<=\bto )|(?<=\bcan )|(?<=\bcould )|(?<=\bnot )|(?<=n[’']t )|(?<=\byet ))"
    r"(?:determine|establish|pinpoint|identify|find out|learn)\s+the\s+"
    r"(?P<adj>(?:exact|precise|immediate|real|true|ultimate|full)\s+)?"
    rf"(?P<aspect>{UNKNOWN_ASPECTS})\s+(?P<prep>of|between|behind|for)\s+"
    r"(?P<x>[^,;:()\"“”]{3,120}?)"
    r"(?=[,;:.)]|\s+(?:and|but|which|that|who|when|after|before|because|in|by)\b|$)"
)
# Every match starts with one of its verbs (case-sensitive, as the pattern).
ASPECT_SOUGHT_SCREENED = Screened(
    ASPECT_SOUGHT_RE, ("determine", "establish", "pinpoint", "identify", "find out", "learn")
)
# A question put first and then said to be unknown ("How Garvin did it remains a
# mystery", "Whether the drug works is not known"), from the sentence's start.
FRONTED_UNKNOWN_RE = re.compile(
    r"^(?:(?:Exactly|Just|Precisely)\s+)?(?P<wh>How(?:\s+(?:many|much|long|soon))?|Why|"
    r"Where|When|What|Who|Whether)\s+"
    rf"(?P<clause>[^,;:()]{{3,200}}?),?\s+(?:{UNKNOWN_STATE})\b"
)
# Words that leave a thing unnamed: a pronoun or a pointing determiner.
UNNAMED_WORD_RE = re.compile(
    r"\b(?:it|its|they|them|their|he|him|his|she|her|this|that|these|those|we|our|you|your)\b",
    re.IGNORECASE,
)
# Words that say someone cannot make sense of a thing ("the crews could not
# understand why the pumps were turned off", "it was hard to fathom why the file
# was sealed"): they ask why, and raise it (not a refusal to tell). Added on tuning
# story D0617H (two gold questions asked so); no other TUNING+CHECK story has one.
PUZZLED_CUE = (
    r"(?:could not|couldn[’']t|cannot|can[’']t|(?:difficult|hard|impossible) to)\s+"
    r"(?:understand|fathom)"
)
PUZZLED_RE = re.compile(rf"^(?:{PUZZLED_CUE})\b", re.IGNORECASE)
# The finding-out verbs ask only as an effort or a lack ("met to try to determine what ...",
# "could not determine why ..."): a finite "determine what" is a thing setting it ("The
# standards determine what pupils will learn"), which asks nothing.
WH_RE = re.compile(
    rf"\b(?:asked|asking|{UNKNOWN_CUE}|{NOT_KNOWING_CUE}|{DIFFER_CUE}|{PUZZLED_CUE}|"
    r"questions? (?:about|of|over|as to)|"
    r"(?:(?<=\bto )|(?<=\bnot )|(?<=n[’']t )|(?<=\byet to )|(?<=\bnever ))"
    r"(?:determined?|find out|learn|established?)|"
    r"(?<=\bthe )(?:(?:key|big|main|real|central|open|unanswered)\s+)?question (?:is|remains)|"
    r"time ?frame for|timeline for|(?:declined|refused|would not|wouldn[’']t|did not|"
    r"didn[’']t|could not|couldn[’']t|won[’']t|cannot|can[’']t)(?: to)? "
    r"(?:say|specify|explain|disclose|clarify|confirm))"
    r"\s+(?P<wh>when|how(?:\s+(?:many|much|long|soon|far|fast|often|\w+ly\b))?|why|where|what|who|which)\s+"
    r"(?P<clause>.+)",
    re.IGNORECASE,
)
# A present worry about what may come ("Ferry owners are worried that the deckhands
# will team up with ...", "critics worry that the mayor might keep too much say",
# "fears that the layoffs could spark unrest"): what will happen is open. Only a present
# worry, about a clause led by a modal: a past one ("feared that ...") is history the
# coverage may since have settled, and a worry about a state ("that the county is turning into
# a dust bowl") asks no question a later report can settle.
CONCERN_RE = re.compile(
    r"\b(?:(?:is|are|remains?)\s+(?:\w+ly\s+)?(?:worried|concerned|afraid|fearful)|"
    r"worry|worries|fears?)\s+that\s+(?P<clause>(?:[\w.’'-]+\s+){1,8}?"
    r"(?:will|would|could|might|may)\s+[a-z][^;]*)",
    re.IGNORECASE,
)
# Before a worry, what makes it no open question: it is dispelled or denied ("allayed
# fears that", "do not fear that"), or only a pronoun holds it ("They worry that ...",
# "We're worried that ...": whose worry it is lies in a quote's context).
CONCERN_VOID_BEFORE_RE = re.compile(
    r"\b(?:allay\w*|eas(?:e|es|ed|ing)|dispel\w*|calm\w*|not|never|n['’]t|no longer)\s+"
    r"(?:[\w-]+\s+){0,2}$|"
    r"(?:^|[^\w\s]\s*|\b(?:and|but)\s+)(?:I|[Ww]e|[Tt]hey|[Yy]ou)(?:['’]re|['’]m)?\s+"
    r"(?:(?:are|am|is)\s+)?(?:\w+ly\s+)?$",
)
# The modals a worry's clause opens its question with; the question asks "Will ...?".
CONCERN_MODAL_RE = re.compile(r"^(?:Will|Would|Can|Could|Might|May)\s")
DEMAND_RE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for)\s+(?:that\s+)?"
    r"(?P<clause>(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)*\s+[a-z]+\b.*)",
)
URGE_RE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|"
    r"request(?:s|ed|ing)?|told|want(?:s|ed)?)\s+(?P<obj>(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*)*)\s+to\s+(?P<vp>[a-z]+\b.*)",
)
REFUSAL_RE = re.compile(
    r"\b(?:can(?:’|')?t|cannot|could(?:n(?:’|')t| not)|won(?:’|')t|would(?:n(?:’|')t| not)|"
    r"did(?:n(?:’|')t| not)|declined to|refused to|dodged|ducked|sidestepped|evaded|"
    r"would not say|no comment|not respond)",
    re.IGNORECASE,
)
# Every match holds one of these (in any case): "can" covers "can't" and "cannot".
REFUSAL_SCREENED = Screened(
    REFUSAL_RE,
    (
        "can", "could", "won", "would", "did", "declined to", "refused to", "dodged", "ducked",
        "sidestepped", "evaded", "no comment", "not respond",
    ),
)  # fmt: skip
COMMIT_RE = re.compile(
    r"\bcommit\b(?:\s+[\w’'-]+){0,5}?\s+to\s+(?P<gerund>[a-z]+ing)\b(?P<rest>[^?.]*)", re.IGNORECASE
)
DETERMINERS = {"our", "their", "his", "her", "its", "the", "a", "an", "this", "these", "those"}
INFINITIVE_RE = re.compile(
    r"^(?P<subj>(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)\s+to\s+(?P<vp>[a-z]+\b.*)$"
)
DUCKED_WORDS = ("dodged", "ducked", "sidestepped", "evaded", "deflected")
DUCKED_RE = cue_pattern(DUCKED_WORDS)
DUCKED_SCREENED = Screened(DUCKED_RE, DUCKED_WORDS)
NOT_AWARE_RE = re.compile(r"\bnot aware of (?P<np>(?:any|an?)\s+[^,.;”\"]+)", re.IGNORECASE)
QUOTED_QUESTION_RE = re.compile(r"[“\"`‘](?P<q>[^“”\"`‘]{8,}?\?)\s*[”\"'’]")
# The cue patterns a sentence must match to give a question at all
# (``compose.questions.candidates``), each searched only in sentences holding a word every
# match of it contains: ASK_RE's "whether" or "if", WH_RE's question word, and so on (an
# upper-case cue is no match of a case-sensitive pattern). On the 21,555 sentences of the
# dev sets' 750 articles (benchmarks/scale.py's folder without the held-out stories) that
# test took 2.0-2.1 CPU s and takes 0.65-0.73, with the same answer for every sentence.
ASK_SCREENED = Screened(ASK_RE, ("whether", "if"))
WH_SCREENED = Screened(WH_RE, ("when", "how", "why", "where", "what", "who", "which"))
DEMAND_SCREENED = Screened(DEMAND_RE, ("demand", "call"))
URGE_SCREENED = Screened(URGE_RE, ("urg", "press", "call", "ask", "request", "told", "want"))
COMMIT_SCREENED = Screened(COMMIT_RE, ("commit",))
NOT_AWARE_SCREENED = Screened(NOT_AWARE_RE, ("not aware of",))
CONCERN_SCREENED = Screened(CONCERN_RE, ("worr", "concerned", "afraid", "fear"))
# A title right before a name, with what makes it another office ("Deputy Prime Minister"
# is no "Prime Minister").
TITLE_BEFORE_RE = re.compile(
    rf"(?:\b(?:Deputy|Vice|Acting|Former|former|Ousted|ousted)\s+)?(?:{TITLE_ALTERNATION})\s*$"
)
# How far before a name its title is looked for (characters).
# Chosen by hand in b9568a3; not benchmarked.
TITLE_REACH = 32
TITLED_NAME_RE = re.compile(rf"(?:{TITLE_ALTERNATION})\s+(?:[A-Z][\w.’'-]+\s+){{0,2}}[A-Z][\w’'-]+")
OFFICIAL_RE = re.compile(
    rf"^(?:{TITLE_ALTERNATION})\s|\b(?:Committee|Congress|Senate|Commission)\b"
)


CLAUSE_SPLIT_RE = re.compile(r",\s+|;\s+|\s+[—–]\s+")


# A hypothetical or conditional before the cue: "asked what would happen if ...",
# "what if", "in case": the clause is no question of fact.
HYPOTHETICAL_CUES = (
    "what (?:would|will|might|could) happen", "what if", "in case", "suppose", "supposing",
    "imagine", r"hypothetical\w*",
)  # fmt: skip
HYPOTHETICAL_RE = cue_pattern(HYPOTHETICAL_CUES)

# Cues that raise no question of fact, by the words around them.
# A question put in an interview is answered in the same sentence ("Asked whether the
# raises were timed ..., he replied, ...").
INTERVIEW_ASKED_RE = re.compile(
    r"^\W*(?:when\s+|after being\s+|on being\s+|upon being\s+)?asked\b", re.IGNORECASE
)
# A condition or hypothesis: before the cue it frames it ("If auditors find a gap ...,
# the board will then determine whether ..."); inside the question it makes it hypothetical.
CONDITIONAL_RE = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# An ask that is only planned or scheduled ("is to urge", "is scheduled to ask", "will
# determine if", "hope to learn whether"): a schedule item or a study's aim.
PLANNED_BEFORE_RE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:(?:scheduled|expected|due|set|going|about)\s+)?to|"
    r"will|would|shall|(?:plans?|planned|planning|intends?|intended|hopes?|hoped|hoping|"
    r"aims?|aimed|seeks?|sought)\s+to)\s+$",
    re.IGNORECASE,
)
# A demand only attempted ("Acme tried to urge Bolt Corp. to halt ..."): an account of
# pressure put on someone, not a call still waiting for an answer. (Trying to find out
# stays a question: "investigators are trying to determine whether ...".)
ATTEMPT_BEFORE_RE = re.compile(
    r"\b(?:tried|tries|trying|attempted|attempts?|attempting)\s+to\s+$", re.IGNORECASE
)
# What asks or "calls for" without being a party that wants an answer: a text's mandate
# ("The motion asks the clerk to file ...") or a forecast ("estimates call for sales to
# reach ...").
NON_AGENT_ASKERS = (
    "resolutions?", "drafts?", "bills?", "measures?", "laws?", "rules?", "regulations?",
    "statutes?", "guidelines?", "treaty", "treaties", "accords?", "agreements?",
    "constitution", "estimates?", "forecasts?", "projections?", "predictions?", "budgets?",
    "plans?", "proposals?",
)  # fmt: skip
NON_AGENT_ASKER_RE = cue_pattern(NON_AGENT_ASKERS, after=r"\s+(?:[\w-]+\s+)?$")
# A cue inside what another piece of coverage is about ("The Courier ran the same report on
# page 5, beside a column about an inquiry into whether harbour officials had
# hidden ..."): a side matter a page carried, not a question of the story.
OTHER_COVERAGE_RE = re.compile(
    r"\b(?:an?|the|another|its)\s+(?:[\w-]+\s+)?(?:article|story|column|editorial|headline)"
    r"\s+(?:about|on)\b[^.;:]*$",
    re.IGNORECASE,
)
# A cue told as history: dated by a year before the article's ("In 1995 she asked the
# district to ...", "With the vote set for spring 1996, X called on ..."): what was
# asked then is settled or stale by the time of the article.
PAST_YEAR_RE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Oo]f)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d)\b|"
    r"\b(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?(?P<season>(?:19|20)\d\d)\b"
)
# Subjects that make a clause a rule for anyone ("a producer must operate ...", "whether
# a school receives accreditation"): no party is asked anything.
INDEFINITE = {"a", "an", "any", "every", "each"}
# A call to keep doing something rallies one's own side; nothing is in doubt.
RALLYING_VERBS = {"continue", "keep", "remain", "stay", "maintain", "carry", "persist"}
# A party's doubt about a standing claim ("the council questions whether the river is
# shrinking", "doubts whether the drug works"): one side against the rest, a dispute
# between them, not a question the coverage leaves open. The doubt's cue word, and the
# present-tense question ("Is ...?", "Does ...?") that a standing claim turns into.
DOUBT_CUE_RE = re.compile(
    rf"^{DOUBT_VERB}\s+(?:(?:about|over|as to)\s+)?(?:whether|if)\b",
    re.I,
)  # a party doubts ("raised doubts about whether"); "the question now is whether ..." only asks
STANDING_CLAIM_RE = re.compile(r"^(?:Is|Are|Does|Do)\s")
