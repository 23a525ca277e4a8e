"""Expected events: what the coverage says a named party is expected or likely to do.

"Varga is expected to win easily" asks "Will Varga win easily?": the outcome is pending
when the article is written. Only a present expectation ("is expected to", "are likely
to"; not "was expected to", told after the fact, nor "would be expected to"), of a named
subject (a proper noun in it: "the Hollis amendment", not "the office" or "some
investigators"), told as the sentence's own claim or as what someone says, with an event
verb (no "be", "have": "is likely to be the first" is a forecast of a state) in the
active voice ("is expected to be sworn in" is a formality), not negated, not compared
("more likely to"), and not framed by a condition ("If Israel accepts ..., settlements are
likely to ...").

The question must name what the event acts on: "Will the court rule on the appeal?"
leaves which appeal to another sentence (a bare definite, even after a preposition,
unless clear on its own: "the public").

How it came out is then read from the later coverage: a report in a later-dated article
that the subject did it (the same verb, told done: "Varga won ...") marks the question
answered with that report. When later articles name the subject, or a noun of what the
event acts on ("the appeal"), without saying, the coverage moved on (the event may have
happened, or been made moot by another: a later report of an execution for a ruling on
the appeal) and its reader cannot tell: the question is dropped. So is one whose month
("by mid-February") the coverage has passed. It stays open only when no later article
names the subject or its object again. When unsure, it is dropped.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.compose.questions.candidates import KIND_SCORE
from briefing.compose.questions.context import (
    QuestionCandidate,
    QuestionContext,
    content_words,
    told_done,
    unhedged,
)
from briefing.compose.questions.phrasing import cut_clause, finish
from briefing.compose.questions.settled import MIN_OBJECTS
from briefing.lang.months import MONTHS
from briefing.lang.question_wording import (
    SELF_EVIDENT_DEFINITES,
    TIME_WORDS,
)
from briefing.lang.questions import (
    CONDITIONAL_RE,
)
from briefing.lang.settling import LIGHT_LEMMAS
from briefing.lang.tenses import PRESENT_TAGS
from briefing.model import AnalysedDocument, Sentence
from briefing.parsed import Token

# A present expectation of an event: "is expected to", "are widely expected to", "is
# likely to". A plain scan: linear in the sentence, whatever its length.
EXPECTED_CUE_RE = re.compile(
    r"\b(?:(?:is|are)\s+(?:(?:widely|still|also|now|generally)\s+)?"
    r"(?:expected|likely|due|set|poised)|plans?|intends?|aims?)\s+to\s+[a-z]",
    re.IGNORECASE,
)
# The words of the cue the parse is read from: an expectation told with "is"/"are", and a
# party's own plan in the present tense ("GM plans to close ...").
CUE_WORDS = frozenset({"expected", "likely", "due", "set", "poised"})
PLAN_WORDS = frozenset({"plans", "plan", "intends", "intend", "aims", "aim"})
# The present forms of "be" a present expectation is told with.
PRESENT_BE = frozenset({"is", "are"})
# Words that make the cue a comparison or a hedge on it ("more likely to", "less likely").
COMPARATIVE_WORDS = frozenset({"more", "less", "most", "least", "as", "so", "too"})
# Subjects of at most this many words: a longer one carries a clause of its own.
# Set by reading the expectations of the 20 TUNING+CHECK stories (s20); not benchmarked.
MAX_SUBJECT_WORDS = 6
# The parts of speech of what the expected verb acts on that a report must repeat.
OBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "JJ"})
# The clause relations under which the cue is still the sentence's own claim or what
# someone says ("Varga ... is expected to win", "analysts said Varga is likely to win").
CLAIM_DEPS = frozenset({"ROOT", "ccomp", "conj"})
# "the" and a lower-case noun in the question ("on the appeal"): a bare definite, whose
# referent is in another sentence; a word after it may name it ("the appeal of Acme").
UNNAMED_DEFINITE_RE = re.compile(r"\bthe\s+(?P<noun>[a-z][\w-]*)\b(?!\s+of\s+[A-Z])")


class Expectation:
    """An expected event read from a sentence's parse: its subject and its verb."""

    def __init__(self, head: Token, verb: Token) -> None:
        self.subject = list(head.subtree)
        self.verb = verb
        self.head = head
        self.names = {t.lower_ for t in self.subject if t.tag_ in ("NNP", "NNPS")}
        # What the verb acts on, by its nouns and numbers ("rise in the 21st century":
        # "century", "21st"), which the report must name too; not its adverbs ("easily").
        acted_on = " ".join(t.text for t in verb.subtree if t.i > verb.i and t.tag_ in OBJECT_TAGS)
        self.objects = content_words(acted_on) - TIME_WORDS


def expected_candidates(ctx: QuestionContext, adoc: AnalysedDocument) -> list[QuestionCandidate]:
    """The expected events of a document, as "Will ...?" questions nobody in particular
    raised (the coverage expects them)."""
    out: list[QuestionCandidate] = []
    if adoc.parse is None:
        return out
    for sent in adoc.sentences:
        found = expectation(adoc, sent)
        if found is None:
            continue
        question = _question(adoc, found)
        ctx.where = (adoc, sent)
        if question is None or ctx.one_off_names(adoc, sent, question):
            continue
        out.append(
            QuestionCandidate(
                question,
                sent.text,
                sent,
                "expected",
                score=KIND_SCORE["expected"],
                sources=[sent.source_id],
            )
        )
    return out


def expectation(adoc: AnalysedDocument, sent: Sentence) -> Expectation | None:
    """The sentence's expected event, when it is one a question can be asked about."""
    cue = EXPECTED_CUE_RE.search(sent.text)
    if cue is None or adoc.parse is None or CONDITIONAL_RE.search(sent.text[: cue.start()]):
        return None
    span = adoc.parse.char_span(sent.start + cue.start(), sent.start + cue.end(), "expand")
    word = next((t for t in span or [] if t.lower_ in CUE_WORDS | PLAN_WORDS), None)
    if word is None or (word.lower_ in PLAN_WORDS and word.tag_ not in PRESENT_TAGS):
        return None
    # "X is expected to": the cue verb holds subject and "is"; "X is likely to": "is" does.
    holder = word.head if word.dep_ == "acomp" else word
    kids = list(holder.children) + (list(word.children) if holder is not word else [])
    if holder.dep_ not in CLAIM_DEPS or any(k.dep_ == "neg" for k in kids):
        return None
    if any(k.lower_ in COMPARATIVE_WORDS for k in word.children if k.dep_ == "advmod"):
        return None
    be = holder if holder is not word else next((k for k in kids if k.dep_ == "auxpass"), None)
    if word.lower_ in PLAN_WORDS:
        be = word  # "plans": present by its tag
    elif be is None or be.lower_ not in PRESENT_BE:
        return None  # "was expected to": told after the fact
    if any(k.dep_ == "aux" for k in kids):
        return None  # "would be expected to", "does not plan to"
    verb = next((k for k in word.children if k.dep_ == "xcomp" and k.tag_ == "VB"), None)
    subj = next((k for k in holder.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and holder.dep_ == "conj":  # "Varga leads ... and is expected to win"
        subj = next((k for k in holder.head.children if k.dep_ == "nsubj"), None)
    if verb is None or subj is None or not _event_verb(verb):
        return None
    subject = list(subj.subtree)
    if (
        len(subject) > MAX_SUBJECT_WORDS
        or not any(t.tag_ in ("NNP", "NNPS") for t in subject)
        or any(t.tag_ in ("PRP", "WP", "WDT") or t.text in (",", "(") for t in subject)
        or subj.tag_ not in ("NN", "NNS", "NNP", "NNPS")
    ):
        return None
    return Expectation(subj, verb)


def _event_verb(verb: Token) -> bool:
    """An event a later report can tell: no light verb, no passive, no condition on it."""
    kids = list(verb.children)
    if verb.lemma_ in LIGHT_LEMMAS or any(k.dep_ == "auxpass" for k in kids):
        return False
    return not any(k.dep_ == "advcl" and CONDITIONAL_RE.match(k.left_edge.text) for k in kids)


def _question(adoc: AnalysedDocument, found: Expectation) -> str | None:
    assert adoc.parse is not None
    first = found.subject[0]
    subject = " ".join(t.text for t in found.subject)
    if first.tag_ == "DT":
        subject = first.lower_ + subject[len(first.text) :]
    last = max(t.i for t in found.verb.subtree)
    words = [t.text_with_ws for t in adoc.parse[found.verb.i : last + 1]]
    vp = cut_clause("".join(words)).strip()
    if CONDITIONAL_RE.search(vp):
        return None  # "is likely to vote if ...": a hypothetical
    if any(m.group("noun") not in SELF_EVIDENT_DEFINITES for m in UNNAMED_DEFINITE_RE.finditer(vp)):
        return None  # "rule on the appeal": which appeal is in another sentence
    return finish(f"will {subject} {vp}")


def outcome(ctx: QuestionContext, cand: QuestionCandidate) -> Sentence | None | bool:
    """How an expected event came out in the later coverage: the later report that tells
    it done; False when later articles name its subject without telling it (the question
    is no longer open, and no answer can be given); None when no later article names the
    subject (still open)."""
    adoc = ctx.corpus.docs[cand.sentence.doc]
    found = expectation(adoc, cand.sentence)
    if found is None:
        return None
    key = found.head.lower_
    if _month_passed(ctx, cand):
        return False

    def may_tell(s: Sentence) -> bool:
        low = s.text.lower()
        if key in low and all(n in low for n in found.names):
            return True
        return any(o in low for o in found.objects) and bool(found.objects & content_words(low))

    named_later = False
    asked = [m.sentence for m in cand.members or [cand]]
    for later, s in ctx.reports_after(asked, may_tell, strictly=True):
        named_later = True
        if _tells(later, s, found):
            return s
    return False if named_later else None


def _month_passed(ctx: QuestionContext, cand: QuestionCandidate) -> bool:
    """Whether the question names a month ("by mid-February") that ended, after it was
    asked, before the coverage's latest article."""
    asked_on = ctx.corpus.docs[cand.sentence.doc].document.date
    months = re.findall(r"\b[A-Z][a-z]+", cand.question)
    named = [MONTHS[w.lower()] for w in months if w.lower() in MONTHS]
    latest = max((d.document.date for d in ctx.corpus.docs if d.document.date), default=None)
    if asked_on is None or latest is None or not named:
        return False
    for month in named:
        year = asked_on.year + (month < asked_on.month)
        ends = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        if ends < latest:
            return True
    return False


def _tells(adoc: AnalysedDocument, sent: Sentence, found: Expectation) -> bool:
    """Whether the sentence tells the expected verb done, of the expected subject."""
    assert adoc.parse is not None
    span = adoc.parse.char_span(sent.start, sent.end, alignment_mode="expand")
    for tok in span if span is not None else []:
        if tok.lemma_ != found.verb.lemma_ or tok.tag_ not in ("VBD", "VBN"):
            continue
        if told_done(tok) is None:
            continue
        subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ != found.head.lower_:
            continue
        if not found.names <= {t.lower_ for t in subj.subtree}:
            continue
        acted_on = content_words(" ".join(t.text for t in tok.subtree if t.i > tok.i))
        need = min(MIN_OBJECTS, len(found.objects))
        if len(found.objects & acted_on) >= need and unhedged(sent.text, tok):
            return True
    return False
