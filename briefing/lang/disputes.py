"""How news says that one party rejects another's account.

The verbs and nouns of a dispute ("denied the report", ``DISPUTE_VERB``, ``CLAIM_NOUN``),
read by compose's dispute finders (``compose/disputes.py``, ``dispute_gate``,
``dispute_topics``, ``divergences``). Three shapes besides "disputed the report that …"
(``DISPUTE_RE``):

* a verdict: "branded as “false” a weekend newspaper report", "called the claim “absolute
  nonsense”", "dismissed the remarks as unfounded", "rejected as a fabrication the
  contention that …";
* a passive: "That theory has been firmly rejected by port inspectors";
* a claim said to be false: "the council said the estimates were wrong".

A rejection whose object only points back ("denied the report", "dispute that
theory") rejects what the article said just before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefing.lang.names import ABBREVIATED_TITLES
from briefing.lang.patterns import alternation, any_pattern, cue_pattern
from briefing.lang.speech import ASSERTING_VERBS, SAY_WORDS

DISPUTE_VERB = (
    r"(?:disputed|disputes|disputing|dispute|denied|denies|denying|deny|rejected|rejects|"
    r"rejecting|reject|contradicted|contradicts|contradict|refuted|refutes|refute|dismissed|"
    r"dismisses|challenged|challenges|questioned|contested|contests|contest|"
    r"countered|counter|took issue with|pushed back (?:on|against))"
)
CLAIM_NOUN = (
    r"(?:reports?|claims?|allegations?|assertions?|suggestions?|accounts?|charges?|"
    r"accusations?|speculation|theory|theories|notion|contentions?|statements?|stories|story|"
    r"findings?|conclusions?|version|figures?|rumou?rs?|ideas?|criticism|estimates?|"
    r"characteri[sz]ations?|portrayal|explanations?|results|fears|talk|remarks|arguments?|"
    r"assessments?)"
)
# The rest of a clause, to its sentence's end or a semicolon. The full stop of an
# abbreviation goes on: an initial ("the contention by U.N. experts that …", "John F.
# Kennedy"), a title ("by Gov. Reyes") or a decimal point ("2.5 tons").
CLAUSE_REST = (
    rf"(?:\b{alternation(ABBREVIATED_TITLES)}\."
    r"|(?-i:(?<=\b[A-Z]))\.(?=\s*[\w(“\"])|\.(?=\d)|[^.;])*"
)
# A heading or a shown phrase that opens with the dispute verb ("flatly rejected …").
DISPUTE_VERB_RE = re.compile(rf"(?:\w+ly\s+)?{DISPUTE_VERB}\b")
# "disputed an AP report that ...", "denied allegations of fraud", "denied that ...",
# "deny they recruited him" (a pronoun and a past verb: the clause with no "that").
DISPUTE_RE = re.compile(
    rf"\b{DISPUTE_VERB}\s+(?:[\w.&'’-]+\s+){{0,4}}?{CLAIM_NOUN}\b(?P<rest>{CLAUSE_REST})"
    rf"|\b(?:denied|denies|denying|deny|disputed|disputes)\s+(?:that\b|"
    r"there (?:was|were|is|are|has been|have been|had been)\b|"
    r"(?=(?:it|he|she|they) (?:was|were|is|are|had|has|have|did|would|[a-z]+ed)\b))"
    rf"(?P<rest2>{CLAUSE_REST})",
)
# "disputed such assertions", "rejected these claims", "disputed that claim": the claim
# is in an earlier sentence; unless a "that"/"of" clause says it, a reader cannot tell
# what is disputed. ("denied that the report was false" is no pointer: "that" must come
# right before the claim noun.)
BACK_POINTING = re.compile(r"\b(?:such|these|those|this)\s+(?:[\w-]+\s+)?$|\bthat\s+$", re.I)
# "never denied that ...", "did not dispute the report": no dispute.
NEGATED_BEFORE = re.compile(r"\b(?:never|not|n['’]t|no longer|nor)\s+(?:\w+\s+)?$", re.I)
# A quoted term one party disputes ("denied the bridge was “unsafe”"): the word a
# denier rejects, which another source may use as fact.
DISPUTED_TERM_RE = re.compile(
    r"\b(?:disputed?|disputes|denied|denies|deny|rejected|rejects|dismissed|objected to|"
    r"took issue with|pushed back (?:on|against)|refused to call|"
    r"insist(?:s|ed)? (?:it|they) (?:was|were|is|are) not)\b"
    # the term in the disputed words, not in a clause after them ("denied the report,
    # calling it a “smear”": the term is the denier's own)
    r"[^.?!,;]*?[“\"](?P<term>[^”\"]{2,40})[”\"]",
    re.IGNORECASE,
)
# What a party calls a report it rejects.
_FALSE = (
    "wrong", "false", "untrue", "not true", "baseless", "groundless", "unfounded",
    "inaccurate", "incorrect", "misleading", "nonsense", "absolute nonsense",
    r"(?:a |an )?(?:outright |complete )?(?:fabrication|lie|rumou?r|fiction|distortion)s?",
    "fabricated", "absurd", "ridiculous", "misplaced", "exaggerated", "overblown", "erroneous",
    "mistaken",
)  # fmt: skip
FALSE_WORDS = alternation(_FALSE)
_VERDICT_VERBS = (
    "blasted", "blasts", "dismissed", "dismisses", "rejected", "rejects", "denounced",
    "denounces", "branded", "brands", "labell?ed", "called", "calls", "described", "describes",
)  # fmt: skip
VERDICT_VERB = alternation(_VERDICT_VERBS)
# Words that point at a claim already named ("the claim", "such reports", "its account").
_POINTING = alternation(
    ("the", "that", "this", "these", "those", "such", "its", "their", "his", "her")
)
# "branded as “false” a weekend newspaper report that …" / "rejected as a fabrication the
# contention that …": the verdict first, the claim after it.
VERDICT_FIRST_RE = re.compile(
    rf"\b{VERDICT_VERB}\s+as\s+[“\"]?{FALSE_WORDS}[”\"]?,?\s+(?:[\w.&'’-]+\s+){{0,8}}?"
    rf"{CLAIM_NOUN}\b(?P<rest>{CLAUSE_REST})",
    re.I,
)
# "called the claim “absolute nonsense”", "dismissed the remarks as unfounded".
VERDICT_AFTER_RE = re.compile(
    rf"\b{VERDICT_VERB}\s+{_POINTING}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{CLAIM_NOUN}\s+(?:as\s+)?[“\"]?{FALSE_WORDS}\b",
    re.I,
)
# "That theory has been firmly rejected by port inspectors".
PASSIVE_RE = re.compile(
    rf"\b(?:that|this|these|those|such|the|his|her|its|their)\s+(?:[\w-]+\s+)?{CLAIM_NOUN}\s+"
    r"(?:has|have|had)?\s*(?:been|was|were|is|are)\s+(?:\w+ly\s+)?"
    r"(?:rejected|denied|disputed|dismissed|contested|refuted|contradicted|challenged|"
    r"questioned)\s+by\b",
    re.I,
)
# "the council said the estimates were wrong": said by a party, not a writer's aside.
CLAIM_FALSE_RE = re.compile(
    rf"\b{alternation((*ASSERTING_VERBS, 'added'))}\s+(?:that\s+)?"
    rf"{_POINTING}\s+(?:[\w-]+\s+)?{CLAIM_NOUN}\s+"
    rf"(?:was|is|were|are)\s+(?:\w+ly\s+)?{FALSE_WORDS}\b",
    re.I,
)
# Where a claim clause stops and the disputing party's own words begin: "denied that
# protests occurred, although they confirmed …", "…, saying the figures were old".
CLAIM_END_RE = any_pattern(
    (
        r",\s+(?:saying|adding|arguing|insisting|noting|although|though|but|while)\b",
        r"\s+(?:although|though|and said|and asked|and called|and added)\b",
        r",[\"”’]?\s+(?:the|a|an)?\s*[\w.]+(?:\s+[\w.]+){0,4}\s+(?:said|says|told)\b",
        r",\s+(?:said|says|according to)\s+[A-Z]",  # "…, said Liz Ortiz of the ACLU"
    )
)
# Where a dispute's heading may end with a whole clause: a comma before a clause of the
# party's own ("…, saying …", "…, although …", "…, who …"), a semicolon or a dash.
HEADING_BREAK_RE = any_pattern(
    (
        r",\s+(?:saying|adding|arguing|insisting|noting|citing|although|though|but|while|"
        r"which|who|because|since|after|as|and|when|whereas)\b",
        r"\s*;\s+",
        r"\s+[—–]\s+",
        r",?\s+(?:although|though|because|and said|and added)\b",
    )
)
# "disputed a report by the wire service that …", "a report this week that …": who made
# the claim or when, then what it is.
CLAIM_CLAUSE_RE = re.compile(
    r"^\s*(?:(?:(?!\b(?:and|but|said|says|saying)\b)[^,;]){1,80}?\s+)?that\b"
    r"|^\s*(?:(?:by|from)\s+[^,;]{1,60}?\s+)?of\b",
    re.I,
)
# A rejection whose subject points back ("These results refuted the claim …") rests on
# what was said before: the sentence before it is the rejecting side, not the claim.
_EVIDENCE = (
    "results", "findings", "figures", "data", "stud(?:y|ies)", "surveys?", "evidence",
    "numbers", "statistics", "tests?", "facts",
)  # fmt: skip
EVIDENCE_SUBJECT_RE = cue_pattern(
    _EVIDENCE,
    before=r"\b(?:these|this|those|such|the)\s+(?:[\w-]+\s+)?",
    after=r"\s+(?:\w+\s+)?$",
)
# A sentence told as a report's content: "…, AP reported Thursday", "the report said".
REPORT_CREDIT_RE = cue_pattern(
    (
        "reported",
        r"report(?:ed)? said",
        r"according to (?:the|a|an) (?:[\w-]+\s+)?report",
        r"the (?:[\w-]+\s+)?(?:report|story|article) (?:said|says|quoted)",
    )
)
# A sentence's opening up to its verb, naming its party: no pronoun, no clause of its own
# ("Officials who saw the plan denied it" rejects nothing the article has just told).
_NAMED_OPENING = (
    r"^(?:But |However,? )?(?!(?:It|They|We|I|This|That)\b)[A-Z]"
    r"(?:(?!\b(?:where|who|which|that|when|if)\b)[^,;:\"“”]){2,60}?"
)
# "County planning officers disagree." / "But the whole board firmly disagreed,":
# a party rejects what the article has just told.
DISAGREE_RE = re.compile(
    rf"{_NAMED_OPENING}\s+(?:\w+ly\s+)?(?:disagreed|disagrees|disagree)\s*(?:[.,;]|$)"
)
# "Ostby denied it." / "But the agency's counsel rejected that defense.": a named party
# rejects, in so many words, only what the article has just told (issue 11: the bare
# denial, shown only when the sentence before tells a named other party's claim,
# ``compose.pointed_claims``).
BARE_OBJECT = r"(?:it|this|that(?:\s+(?:defen[cs]e|view|position|reasoning|interpretation))?)"
BARE_REJECTION_RE = re.compile(
    rf"{_NAMED_OPENING}\s+(?:\w+ly\s+)?(?:denied|denies|disputed|disputes|rejected|rejects|"
    rf"contested|contests|refuted|refutes)\s+{BARE_OBJECT}\s*(?:[.;]|$)"
)
# The object of such a rejection in a heading: it says nothing of what is rejected.
BARE_OBJECT_RE = re.compile(rf"\s*{BARE_OBJECT}\s*(?:[.;]|$)")
# "Aides said the reporter misread the mayor's speech", "she says the paper misquoted
# her": a party says a report got it wrong, told just before ("The magazine quoted him as …").
_MISREPORTERS = (
    "reporters?", "writers?", "journalists?", "columnists?", "magazine", "newspaper", "paper",
    "article", "story", "report", "profile", "interview", "column", "network", "broadcast",
)  # fmt: skip
_MISREPORTED = (
    "misread", "misquoted", "misrepresented", "misinterpreted", "misconstrued",
    "mischaracteri[sz]ed", "distorted", "twisted",
)  # fmt: skip
# Besides asserting: a party complains or contends that a report got it wrong.
_COMPLAINING = ("complained", "complains", "contended", "contends")
MISREPORT_RE = re.compile(
    rf"\b{alternation((*ASSERTING_VERBS, *_COMPLAINING))}\s+(?:that\s+)?"
    r"(?:the|a|an|its|his|her|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{alternation(_MISREPORTERS)}\s+(?:had\s+|has\s+)?"
    rf"{alternation(_MISREPORTED)}\b",
    re.I,
)
# "insisting that she was not resigning", "insists it has never …": a denial in other words.
_INSIST_VERBS = (
    "insisted", "insists", "insisting", "maintained", "maintains", "contended", "contends",
)  # fmt: skip
INSIST_NOT_RE = cue_pattern(
    _INSIST_VERBS,
    after=rf"\s+(?:that\s+)?(?P<rest2>(?:[\w'’-]+\s+){{1,4}}?(?:not|never|n['’]t)\b{CLAUSE_REST})",
)
# The sentence tells the claim itself before rejecting it: "Gay rights groups suspected
# that …, but the governor denied the charge".
_CLAIM_TELLING_VERBS = (
    "suspected", "suspect", "said", "says", "alleged", "alleges", "accused", "accuse",
    "charged", "claimed", "claims", "reported", "argued", "argue", "believe", "believed",
    "called",
)  # fmt: skip
CLAIM_TOLD_BEFORE_RE = cue_pattern(_CLAIM_TELLING_VERBS, after=r"\b.{12,}")
# "Auditors found no proof of a tie between …", "there was no firm indication
# that the ferry firm took part": a party says a claim is unsupported. The clause is the
# claim, shown only next to a sentence of another party that makes it.
_NO_EVIDENCE_VERBS = (
    "found", "finds", "find", "had", "has", "have", "saw", "sees", "see", "there is",
    "there was", "there were", "there are", "presented", "offered", "showed", "shows",
)  # fmt: skip
NO_EVIDENCE_RE = re.compile(
    rf"\b(?:{alternation(_NO_EVIDENCE_VERBS)}\s+)?(?:no|not|little or no|not found any)\s+"
    r"(?:(?:conclusive|hard|credible|firm|direct|clear)\s+)?(?:evidence|proof|indication)\s+"
    rf"(?:(?:at this time|so far|yet)\s+)?(?:that|of)\s+(?P<rest2>{CLAUSE_REST})",
    re.I,
)
# A sentence's subject when it is a name, "Veldia" in "Veldia issued a statement Monday,
# saying …" (no "The", no adverbial opening): whom its "it" stands for.
OWN_SUBJECT_RE = re.compile(r"\s*(?P<name>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})\s+[a-z]")
# "Auditors said there was strong evidence that the pier was rammed": a claim of proof.
# Against it, "no evidence that the pier was rammed" is the other side, not a lack of
# proof that leaves the claim standing. The words before "evidence" hold no negation.
EVIDENCE_CLAIM_RE = re.compile(
    r"(?<![\w'’-])(?P<before>(?:[\w'’-]+\s+){0,3})(?:evidence|proof)\s+"
    r"(?:(?:[\w'’-]+\s+){0,5}?)(?:that|of)\b",
    re.I,
)


def claims_evidence(text: str) -> bool:
    """Whether ``text`` says there is evidence or proof of something ("found strong
    evidence that …"), with no negation before it ("no evidence", "not any proof")."""
    return any(
        not NEGATION_RE.search(m.group("before")) and not _LACK_RE.search(m.group("before"))
        for m in EVIDENCE_CLAIM_RE.finditer(text)
    )


_LACK_RE = re.compile(r"\b(?:lack|lacks|lacked|lacking|absence|little|any)\b", re.I)

# A party doubting a claim of fact ("the council questions whether the river is
# shrinking", "questioned whether the fraud was as costly as prosecutors claim"):
# a dispute when another source makes the claim. A doubt about what will or would
# happen ("question whether the dam would hold in a flood") is an open question.
# The verbs a party doubts a claim with, here and in open questions (``lang/questions``:
# a doubt about a standing claim is a dispute, not a question).
DOUBT_VERB = alternation(("questioned", "questions", "question", "doubted", "doubts", "doubt"))
DOUBTED_CLAIM_RE = re.compile(
    rf"\b{DOUBT_VERB}\s+whether\s+"
    rf"(?P<rest2>(?!{CLAUSE_REST}\b(?:will|would|could|might|can|may|should)\b){CLAUSE_REST})",
    re.I,
)
# The same reading in linear time (``doubted_claim``): the doubt's opening, its clause, and
# the modal words that make it a doubt about what will happen.
_DOUBT_OPENING_RE = re.compile(rf"\b{DOUBT_VERB}\s+whether\s+", re.I)
_DOUBTED_CLAUSE_RE = re.compile(rf"\b{DOUBT_VERB}\s+whether\s+(?P<rest2>{CLAUSE_REST})", re.I)
_CLAUSE_REST_RE = re.compile(CLAUSE_REST, re.I)
_MODAL_RE = re.compile(r"\b(?:will|would|could|might|can|may|should)\b", re.I)


def doubted_claim(text: str) -> re.Match[str] | None:
    """``DOUBTED_CLAIM_RE.search(text)``, in time linear in the sentence. The pattern's
    look-ahead reads a doubt's whole clause again at every doubt it tries: a run-on
    sentence of 40,000 characters with a doubt every few words took 10 CPU s. Every
    doubt inside one clause ends where that clause ends, so each clause and its modal
    words are read once."""
    end = -1
    modals: list[int] = []
    for m in _DOUBT_OPENING_RE.finditer(text):
        at = m.end()
        if at >= end:  # a new clause
            clause = _CLAUSE_REST_RE.match(text, at)  # it may be empty, never None
            end = clause.end() if clause else at
            modals = [x.start() for x in _MODAL_RE.finditer(text, at, end)]
        if bisect_left(modals, at) < len(modals):
            continue  # "questioned whether the dam would hold": what will happen
        return _DOUBTED_CLAUSE_RE.match(text, m.start())
    return None


# The verbs that only say a denied thing was there: "denied that any strikes had
# occurred" denies the strikes a union reported.
EXISTENCE_RE = re.compile(
    r"\b(?:occurr(?:ed|ing)|occurs?|happen(?:ed|ing|s)?|(?:took|taken|take|takes) place|"
    r"exist(?:ed|s)?)\b",
    re.I,
)
# A rejection not yet made: "the council would reject the mayor's claim that …", "if
# the court dismisses the tenant's argument that …", "declined to dispute …".
_NOT_YET = (
    "will", "would", "could", "might", "may", "can", "should", "must", "if", "unless",
    "whether", "(?:expected|likely|unlikely|declined|refused|wants?|plans?|hopes?|set) to",
)  # fmt: skip
HEDGED_BEFORE_RE = cue_pattern(_NOT_YET, after=r"\s+(?:\w+ly\s+)?$")
# A denied clause that tells the denier's own state of mind ("denied that he was
# worried about the vote"): nobody need have said so, and it is no claim about the story.
OWN_STATE_RE = re.compile(
    r"\s*(?:he|she|i|we|they)\s+(?:was|were|is|are|am|had been|has been|felt|feels|feel)\b",
    re.I,
)
# "whether the fraud was as costly as prosecutors claim": the doubted clause says whose
# claim it is, so the doubt states both sides (shown alone; not an open question either).
AS_ALLEGED_RE = re.compile(
    r"\bas\s+(?:[\w.'’-]+\s+){1,4}?(?:alleges?|alleged|claims?|claimed|contends?|contended|"
    r"maintains?|maintained|asserts?|asserted|insists?|insisted)\b",
    re.I,
)
# Where the subject of a denied clause ends ("a trend among Republicans to ...", "any
# protests had occurred"), and the pronouns and possessives that leave it to the context
# ("he shot ...", "his country had been involved ...").
CLAUSE_SUBJECT_END_RE = re.compile(
    r"\s(?:was|were|is|are|had|has|have|did|does|do|would|will|could|can|may|might|should|"
    r"must|of|among|in|on|at|for|from|with|by|to|that|who|which|whose)\b",
    re.I,
)
THERE_IS_RE = re.compile(r"^\s*there\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+", re.I)
PRONOUN_SUBJECT_RE = re.compile(
    r"^\s*(?:it|he|she|they|we|i|you|his|her|its|their|our|my|your|this|that|these|those)\b",
    re.I,
)
# A sentence that makes the claim another finds no evidence for asserts it: no negation,
# no open question.
# "whether global warming is occurring" asks, it does not assert.
NEGATION_RE = re.compile(r"\b(?:not|no|never|nor|neither|without|whether)\b|n['’]t\b", re.I)
# "tried to create the false impression that her staff backed the landlords".
IMPRESSION_RE = re.compile(
    rf"\b(?:false|mistaken|wrong|misleading)\s+impression\b(?P<rest>{CLAUSE_REST})", re.I
)
# A sentence of the rejecting article makes the rejected claim only when it says whose
# claim it is ("officials said", "Some harbour sources have speculated", "a profile that
# quoted him", "according to experts"): else the article's own account is set against a
# rejection it reports, and two claims from one source are no disagreement between sources.
_ATTRIBUTING = SAY_WORDS + (
    "suggested", "suggests", "suggest", "speculated", "reported", "reports", "believe",
    "believes", "believed", "concluded", "concludes", "claimed", "claims", "claim",
    "alleged", "alleges", "accused", "accuses", "accuse", "charged", "charges", "estimated",
    "estimates", "contended", "contends", "contend", "maintained", "maintains", "suspected",
    "suspect", "showed", "shows", "found", "quoted", "arguing", "decided", "concluding",
    "had argued", "testified", "insist", "portrayed", "depicted",
)  # fmt: skip
ATTRIBUTED_RE = cue_pattern(sorted(set(_ATTRIBUTING), key=len, reverse=True))
# A sentence that tells one party accusing another ("Harbour groups accused the
# port chief of putting his own ferry line first"): the claim a denial just after it
# answers, however the denial words it ("denied there was any private motive").
ACCUSING_RE = cue_pattern(
    ("accused", "accuses", "accusing", "alleged", "alleges", "alleging", "charged that",
     "charges that", "blamed", "blames"),
)  # fmt: skip
# A relative clause closing a denied clause ("…, who ran for the council in 1987"): who
# someone is, not what is denied.
TRAILING_RELATIVE_RE = re.compile(r",\s+(?:who|which)\b[^,;]*$")
# A sentence doubting a claim does not make it: "adds to doubts about its claim
# that the mill was dumping dye".
DOUBT_RE = re.compile(
    r"\b(?:skepticism|scepticism|doubts?|questions?|suspicions?)\s+(?:about|over|on|of)\b"
    rf"|\b{DOUBT_VERB}\s+(?:whether|if)\b",
    re.I,
)
# "unless there is no proof that …", "if there is no proof …": an argument's condition,
# not a party saying a claim is unsupported.
CONDITION_BEFORE_RE = re.compile(r"\b(?:when|if|unless|where|because|since)\s*$", re.I)

# ----------------------------------------------------------------- shown as is (dispute_gate)
# Words that open a heading or a claim sentence and stand for someone or something told
# elsewhere: "He denied …", "That idea has been rejected …", "His findings were …".
POINTING_OPENERS = frozenset(
    {
        "he", "she", "they", "it", "we", "i", "his", "her", "its", "their", "our",
        "this", "that", "these", "those", "such",
    }
)  # fmt: skip
# A sentence opening with a pointer other than "he"/"she" (which ``named_claim`` names):
# "They renewed their strike", "“It was a rumour,” he said": no claim read as is.
POINTER_OPENING_RE = re.compile(
    rf"[\s\"“‘']*{alternation(sorted(POINTING_OPENERS - {'he', 'she'}))}\b", re.I
)
# A conjunction or adverb opening a heading ties it to a sentence the reader has not seen:
# "But the full court disagreed" reads as "The full court disagreed".
LINKING_OPENER_RE = re.compile(r"^(?:But|And|Yet|However|Still|Also|So)\b,?\s+")
# The words of a rejection's object that only point back at a claim told elsewhere ("the
# report", "that theory", "the allegations", "the earlier findings"): what is rejected
# is not said.
POINTER_OBJECT_RE = re.compile(
    rf"^\s*(?:{_POINTING})\s+(?:(?:earlier|latest|recent|new|similar|same|whole|entire|"
    rf"original|initial|first|such)\s+)?{CLAIM_NOUN}\b",
    re.I,
)
# A theory named by its label ("the twin-track theory", "the official version", "the
# single-leak explanation"), not by what it holds: the label is a name ("the fraud
# allegations" say what is alleged, and are no label).
LABELLED_CLAIM_RE = re.compile(
    r"\s*(?:the|a|an|this|that)\s+(?P<label>(?:[\w'’-]+\s+){1,3}?)"
    r"(?:theory|theories|notion|thesis|version|explanations?|hypothesis|scenario|views?)\b"
    r"(?!\s+(?:that|of|about|on)\b)",
    re.I,
)
# What a party does with a claim in a heading: the verb a heading's rejection turns on.
REJECTING_VERB_RE = re.compile(
    rf"\b(?:{DISPUTE_VERB}|{DOUBT_VERB}|disagreed|disagrees|disagree|{VERDICT_VERB}|"
    rf"{alternation(_INSIST_VERBS)}|said|says)\b",
    re.I,
)
# A verdict on a claim that says nothing of what is true instead ("as unfounded",
# "“absolute nonsense”").
VERDICT_WORDS_RE = re.compile(rf"\b(?:as|were|was|is|are)\b|{FALSE_WORDS}", re.I)
# The pronouns a party is named by when a sentence names it no other way.
_PARTY_PRONOUN = r"(?:he|she|they|it|we)"
# A quote credited to a pronoun only: "“They set up a zone of fraud,” he said."
PRONOUN_CREDIT_RE = re.compile(
    rf"[,”\"][ ”\"]{{0,3}}{_PARTY_PRONOUN} (?:said|says|added|adds|told \w+)\.?\s*$"
)
# "He also dismissed fears that …", "She rejected …": the rejecter is named only by a
# pronoun, so a rejection shown alone would not say who rejects.
PRONOUN_OPENING_RE = re.compile(rf"\s*{_PARTY_PRONOUN}\b", re.I)
# "Dorvale said … and he rejected the notion …": the claim told before is the rejecter's own.
PRONOUN_REJECTER_RE = re.compile(rf"\b{_PARTY_PRONOUN}\s+(?:\w+ly\s+)?$", re.I)
# "That theory has been rejected by port inspectors, who contend that …": the party
# and what it holds instead, a heading that stands alone ("port inspectors contend …").
PASSIVE_COUNTER_RE = re.compile(
    r"\b(?:been|was|were|is|are)\s+(?:\w+ly\s+)?(?:rejected|denied|disputed|dismissed|"
    r"contested|refuted|contradicted|challenged|questioned)\s+by\s+(?:both\s+)?"
    r"(?P<who>[^,;]{2,80}?),\s+(?:who|which)\s+(?:both\s+|all\s+|also\s+)?(?P<says>(?:\w+ly\s+)?(?:contends?|contended|argues?|argued|says?|said|"
    r"insists?|insisted|maintains?|maintained|believes?|believed))\s+(?P<rest>[^;]{12,})$"
)
# What a rejecting party holds instead, told after its rejection: "dismissed the findings,
# noting that the samples were taken long after …", "denied the report, saying …".
COUNTER_CLAIM_RE = re.compile(r",\s+(?:noting|saying|arguing|insisting|contending)\b")
