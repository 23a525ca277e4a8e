"""Open questions: what the coverage leaves unresolved, phrased as questions a reader can act on.

Five kinds of evidence raise a question:

* **ask**: a reported question ("asked whether Facebook would provide more information"),
  or uncertainty with a clause ("it is unclear whether ...", "a probe to find out whether ...");
* **demand**: "demanding Facebook hand over details", "urged the agency to publish ...";
* **direct**: a question asked in a quote or a transcript ("Will you commit to ...?");
* **refusal**: a non-answer ("wouldn't offer a time frame for when ...", "can't commit to ...");
* **pending**: an attributed promise or plan ("said it will end the deal this week").

Each is turned into a question by general rules: the clause is re-parsed on its own with
spaCy and inverted ("Facebook would provide X" -> "Will Facebook provide X?", "our info
resides in China" -> "Does our info reside in China?"), pronouns are resolved to the
party they stand for, and who raised it is kept. Questions with the same content words are
merged (their sources united); a question that another sentence settles ("the relationship
has ended" for "Will Facebook end the deal?") is marked answered. Rhetorical questions with
no one asking them (headline teasers) are dropped. When the spaCy parse is missing
(entity analysis switched off) a regex inversion is used instead.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.lang.names import TITLE_ALTERNATION
from briefing.lang.speech import REPORTING_LEMMAS, SPEAKER_PREFIX_RE
from briefing.lang.stopwords import QUESTION_STOP_WORDS
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Corpus, Mention, OpenQuestion, Sentence, Statement
from briefing.parsed import ParsedDoc, Token

# --------------------------------------------------------------------------- cue patterns

_CLAUSE_STOP = re.compile(
    r"\s+[—–_]\s+|\s+--\s+|;|\(|,\s|\s(?:because|but|although|though|while|since)\s"
)
_ASK = re.compile(
    r"\b(?:asked|asking|asks|ask|wondered|wonders|wondering|questioned|questions?|"
    r"wants? to know|wanted to know|find out|determine|learn|investigat\w+|"
    r"unclear|not clear|unknown|uncertain|remains? to be seen|no word on)"
    r"(?:\s+[\w.’'-]+){0,3}?\s+(?P<wh>whether|if)\s+(?P<clause>.+)",
    re.IGNORECASE,
)
_WH = re.compile(
    r"\b(?:asked|asking|unclear|not clear|unknown|uncertain|remains? to be seen|"
    r"time ?frame for|timeline for|(?:declined|refused|would not|wouldn[’']t|did not|"
    r"didn[’']t|could not|couldn[’']t|won[’']t|cannot|can[’']t)(?: to)? "
    r"(?:say|specify|explain|disclose|clarify|confirm))"
    r"\s+(?P<wh>when|how(?:\s+(?:many|much|long|soon))?|why|where|what|who|which)\s+"
    r"(?P<clause>.+)",
    re.IGNORECASE,
)
_DEMAND = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for)\s+(?:that\s+)?"
    r"(?P<clause>(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)*\s+[a-z]+\b.*)",
)
_URGE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|"
    r"request(?:s|ed|ing)?|told|want(?:s|ed)?)\s+(?P<obj>(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*)*)\s+to\s+(?P<vp>[a-z]+\b.*)",
)
_REFUSAL = re.compile(
    r"\b(?:can(?:’|')?t|cannot|could(?:n(?:’|')t| not)|won(?:’|')t|would(?:n(?:’|')t| not)|"
    r"did(?:n(?:’|')t| not)|declined to|refused to|dodged|ducked|sidestepped|evaded|"
    r"would not say|no comment|not respond)",
    re.IGNORECASE,
)
_COMMIT = re.compile(
    r"\bcommit\b(?:\s+[\w’'-]+){0,5}?\s+to\s+(?P<gerund>[a-z]+ing)\b(?P<rest>[^?.]*)", re.IGNORECASE
)
_DETERMINERS = {"our", "their", "his", "her", "its", "the", "a", "an", "this", "these", "those"}
_INFINITIVE = re.compile(
    r"^(?P<subj>(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)\s+to\s+(?P<vp>[a-z]+\b.*)$"
)
_DUCKED = re.compile(r"\b(?:dodged|ducked|sidestepped|evaded|deflected)\b", re.IGNORECASE)
_NOT_AWARE = re.compile(r"\bnot aware of (?P<np>(?:any|an?)\s+[^,.;”\"]+)", re.IGNORECASE)
_QUOTED_Q = re.compile(r"[“\"`‘](?P<q>[^“”\"`‘]{8,}?\?)\s*[”\"'’]")
_INTERROGATIVE = (
    "will|would|can|could|do|does|did|is|are|was|were|has|have|should|shall|may|why|how|"
    "what|when|where|who|which"
)
_LAST_QUESTION = re.compile(rf"(?:^|[,;:.]\s+)(?P<q>(?:{_INTERROGATIVE})\b[^,;:.]*\?)$", re.I)
_TITLE_BEFORE = re.compile(rf"(?:{TITLE_ALTERNATION})\s*$")
_TITLED_NAME = re.compile(rf"(?:{TITLE_ALTERNATION})\s+(?:[A-Z][\w.’'-]+\s+){{0,2}}[A-Z][\w’'-]+")
_OFFICIAL = re.compile(rf"^(?:{TITLE_ALTERNATION})\s|\b(?:Committee|Congress|Senate|Commission)\b")

_INTENT = {"expect", "plan", "intend", "aim", "promise", "pledge", "vow", "hope"}
_AUX_MAP = {"would": "will", "'d": "will", "could": "can", "had": "has", "shall": "will"}
_BE_FORMS = {"is", "are", "was", "were", "am", "'s", "'re"}
_DO_BY_TAG = {"VBZ": "does", "VBP": "do", "VBD": "did", "VB": "will"}

# Verbs of ending and of releasing, and the wording that reports them done.
_END_VERBS = {"end", "wind", "terminate", "halt", "stop", "shut", "close", "cancel", "suspend"}
_END_DONE = re.compile(
    r"\b(?:ended|has ended|have ended|shut down|terminated|halted|no longer in effect|"
    r"no longer (?:active|exists?)|wound down|closed|cancell?ed|suspended)\b",
    re.IGNORECASE,
)
_TIME_WORDS = {"later", "week", "month", "year", "soon", "today", "end", "next", "morning"}
_CLAUSES = re.compile(r",\s+|;\s+|\s+[—–]\s+")
_NOT_DONE = re.compile(
    r"\b(?:will|would|plans? to|expects? to|not yet|has(?:n(?:’|')t| not)|have(?:n(?:’|')t| not)|"
    r"did(?:n(?:’|')t| not)|if|whether|unless)\b",
    re.IGNORECASE,
)

_SYNONYMS = {
    "agreement": "deal", "agreements": "deal", "deals": "deal", "partnership": "deal",
    "partnerships": "deal", "relationship": "deal", "relationships": "deal", "contract": "deal",
    "contracts": "deal", "ties": "deal", "tie-up": "deal", "tie-ups": "deal",
    "firm": "company", "firms": "company", "companies": "company", "winding": "end",
    "wind": "end", "ending": "end", "terminate": "end", "shut": "end", "info": "information",
    "data": "information", "servers": "server", "makers": "maker", "manufacturers": "maker",
}  # fmt: skip

_KIND_SCORE = {
    "demand": 3.0,
    "ask": 3.0,
    "direct": 2.2,
    "refusal": 2.0,
    "uncertainty": 1.6,
    "pending": 1.5,
}
_MIN_SCORE = 0.5


@dataclass
class _Candidate:
    question: str
    context: str
    sentence: Sentence
    kind: str
    raised_by: str | None = None
    score: float = 0.0
    sources: list[int] = field(default_factory=list)
    members: list[_Candidate] = field(default_factory=list)
    status: str = "open"
    answer: Statement | None = None


# --------------------------------------------------------------------------- entry point


def find_open_questions(
    corpus: Corpus,
    *,
    max_questions: int = 8,
    statements: list[Statement] | None = None,
) -> list[OpenQuestion]:
    """The most useful unresolved (or since answered) questions of the corpus, ranked.

    ``statements`` (the brief's merged statements) are optional: when given, an answer
    found in the corpus is reported as the matching statement, with all its sources.
    """
    ctx = _Context(corpus)
    candidates: list[_Candidate] = []
    for adoc in corpus.docs:
        candidates.extend(_document_candidates(ctx, adoc))
    candidates = [c for c in candidates if c.score >= _MIN_SCORE and _well_formed(c.question)]
    merged = _merge(ctx, candidates)
    for cand in merged:
        _mark_answered(ctx, cand, statements or [])
    merged.sort(key=lambda c: (c.status != "open", -c.score, c.sentence.doc, c.sentence.index))
    return [
        OpenQuestion(
            question=c.question,
            context=c.context,
            sources=sorted(c.sources),
            raised_by=c.raised_by,
            status=c.status,
            answer=c.answer,
        )
        for c in merged[:max_questions]
    ]


# --------------------------------------------------------------------------- shared context


class _Context:
    """Corpus-wide facts the rules need: clause parses, names, the main org, word rarity."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        # The sentence whose clauses are being parsed (set by ``_sentence_candidates``).
        self.where: tuple[AnalysedDocument, Sentence] | None = None
        df: Counter[str] = Counter()
        for s in corpus.sentences():
            df.update({_norm(w) for w in s.words})
        self.n_sentences = max(1, sum(len(d.sentences) for d in corpus.docs))
        self.df = df
        self.full_names: dict[str, str] = {}
        for adoc in corpus.docs:
            for m in adoc.mentions:
                if m.label == "PERSON":
                    self._learn_name(adoc, m.text.strip(), m.start)
        self.actors = _actor_counts(corpus)
        self.main_org = self.actors.most_common(1)[0][0] if self.actors else None
        # Names indexed by their first word, so a sentence is checked only against names
        # that can occur in it (stories have hundreds of names).
        self.names_by_first: dict[str, list[str]] = {}
        for name in self.actors:
            self.names_by_first.setdefault(name.split()[0], []).append(name)

    def names_in(self, text: str) -> list[str]:
        found = set(re.findall(r"[\w&.-]+", text))
        return [
            n
            for first in found & self.names_by_first.keys()
            for n in self.names_by_first[first]
            if _name_pattern(n).search(text)
        ]

    def _learn_name(self, adoc: AnalysedDocument, name: str, start: int) -> None:
        """Remember the fullest form (with a title when one precedes it) under its surname."""
        name = re.sub(r"[’']s$", "", name).strip()
        if not name or not name[0].isupper():
            return
        before = adoc.document.text[max(0, start - 16) : start]
        title = _TITLE_BEFORE.search(before)
        full = f"{title.group(0).strip()} {name}" if title else name
        surname = name.split()[-1]
        known = self.full_names.get(surname, "")
        if len(full.split()) > len(known.split()):
            self.full_names[surname] = full

    def person(self, name: str) -> str:
        """'Wyden' -> 'Sen. Ron Wyden' when the corpus names him so somewhere."""
        name = re.sub(r"[’']s$", "", name.strip())
        full = self.full_names.get(name.split()[-1]) if name else None
        if full and len(full.split()) >= len(name.split()) and full.endswith(name.split()[-1]):
            return full
        return name

    def is_person(self, mention: Mention) -> bool:
        """A PERSON mention, or a name the tagger mislabelled that the corpus knows as one."""
        if mention.label == "PERSON":
            return True
        name = re.sub(r"[’']s$", "", mention.text.strip())
        return name in self.full_names and self.full_names[name].endswith(name)

    def idf(self, word: str) -> float:
        return math.log((1 + self.n_sentences) / (1 + self.df.get(word, 0))) + 1.0

    def parse(self, text: str) -> ParsedDoc | None:
        """The parse of a clause of the sentence being read, cut from its document's parse.

        The clause keeps the analysis the whole document got (tags, lemmas, dependencies);
        its tokens whose heads lie outside become roots, as in spaCy's ``Span.as_doc``.
        None without a parse or when the clause is not a run of the sentence's tokens.
        """
        if self.where is None or self.where[0].parse is None:
            return None
        adoc, sent = self.where
        doc = adoc.parse
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        target = "".join(text.split())
        if span is None or not target:
            return None
        chars: list[str] = []
        owner: list[int] = []
        for tok in span:
            for ch in tok.text:
                if not ch.isspace():
                    chars.append(ch)
                    owner.append(tok.i)
        hay = "".join(chars)
        at = hay.find(target)
        while at >= 0:
            if at == 0 or owner[at - 1] != owner[at]:  # the clause starts a token
                return doc.window(owner[at], owner[at + len(target) - 1] + 1)
            at = hay.find(target, at + 1)
        return None

    def lemma(self, token: Token) -> str:
        """Base form of a verb: analyse's lemma, with the irregular auxiliaries looked up.

        spaCy's rule lemmatiser leaves auxiliaries as written ("does"), and stripping an
        "s" would make "doe".
        """
        return _IRREGULAR.get(token.lower_) or token.lemma_ or _crude_lemma(token.text)


# --------------------------------------------------------------------------- candidates


def _document_candidates(ctx: _Context, adoc: AnalysedDocument) -> list[_Candidate]:
    out: list[_Candidate] = []
    speaker_by_para = _transcript_speakers(adoc)
    doc_org = _doc_main_org(ctx, adoc) or ctx.main_org
    previous: list[_Candidate] = []
    for i, sent in enumerate(adoc.sentences):
        if len(sent.words) < 4 or _junk(sent.text):
            continue
        speaker = speaker_by_para.get(sent.paragraph)
        found = _sentence_candidates(ctx, adoc, sent, speaker, doc_org)
        # A non-answer right after a question makes that question more pressing.
        if _DUCKED.search(sent.text) or _REFUSAL.search(sent.text):
            for p in previous:
                if sent.index - p.sentence.index <= 3:
                    p.score += 1.0
        out.extend(found)
        previous = [c for c in out if c.sentence.index >= i - 3]
    return out


def _sentence_candidates(
    ctx: _Context,
    adoc: AnalysedDocument,
    sent: Sentence,
    speaker: str | None,
    doc_org: str | None,
) -> list[_Candidate]:
    ctx.where = (adoc, sent)
    text = _clean(sent.text)
    if speaker:
        text = SPEAKER_PREFIX_RE.sub("", text)
    cue = _ASK.search(sent.text) or _DEMAND.search(sent.text) or _URGE.search(sent.text)
    asker = (
        ctx.person(speaker) if speaker else _asker(ctx, adoc, sent, cue.start() if cue else None)
    )
    hint = _antecedent(ctx, adoc, sent) or doc_org
    out: list[_Candidate] = []

    def add(question: str | None, kind: str, raised_by: str | None = None) -> None:
        if not question:
            return
        if kind == "refusal":  # the one who declines to answer did not raise the question
            raised_by = None
        score = _KIND_SCORE[kind] + (0.5 if raised_by and _OFFICIAL.search(raised_by) else 0.0)
        if kind in ("ask", "demand", "direct") and not raised_by:
            score -= 1.0
        if question and re.search(r"\b(?:I|me|my|you|your)\b", question):
            score -= 1.0  # still tied to the conversation it was asked in
        if re.match(r"^\w+\s+(?:they|it|he|she|this|these|those)\b", question, re.I):
            return  # "Do they really help?": a reader cannot act on an unnamed subject
        out.append(_Candidate(question, sent.text, sent, kind, raised_by, score, [sent.source_id]))

    # Direct questions: in a transcript paragraph, in a quote, or the sentence itself.
    for quoted in _QUOTED_Q.finditer(text):
        asked = bool(re.search(r"\b(?:ask|wonder|question)\w*\b", text[: quoted.start()]))
        q = _direct_question(ctx, quoted.group("q"), addressee=doc_org, speaker=asker, asked=asked)
        add(q, "direct", asker)
    if not out and text.rstrip().endswith("?") and not _ASK.search(text):
        attributed = bool(speaker) or bool(asker and _QUOTE_CHARS.search(sent.text))
        q = _direct_question(
            ctx, text, addressee=doc_org, speaker=asker, speaker_is_turn=bool(speaker)
        )
        if attributed:
            add(q, "direct", asker)
        elif q:  # nobody asks it: a headline teaser or a rhetorical question
            out.append(_Candidate(q, sent.text, sent, "direct", None, 0.2, [sent.source_id]))
    if out:
        return out

    if m := _ASK.search(text):
        kind = "uncertainty" if re.search(r"unclear|unknown|uncertain|seen", m.group(0)) else "ask"
        add(_clause_question(ctx, m.group("clause"), backshift=True, hint=hint), kind, asker)
    elif m := _WH.search(text):
        kind = "refusal" if _REFUSAL.search(text[: m.start("wh")]) else "ask"
        add(_wh_question(ctx, m.group("wh"), m.group("clause"), hint=hint), kind, asker)
    elif m := _DEMAND.search(text):
        q = _clause_question(ctx, m.group("clause"), backshift=True, hint=hint, subjunctive=True)
        add(q, "demand", asker)
    elif (m := _URGE.search(text)) and not _reporting_only(m.group(0)):
        clause = f"{m.group('obj')} {m.group('vp')}"
        add(_clause_question(ctx, clause, backshift=True, subjunctive=True), "demand", asker)
    elif _REFUSAL.search(text) and (m := _COMMIT.search(text)):
        subject = hint or (ctx.person(speaker) if speaker else "they")
        rest = _cut(m.group("rest"))
        # "can't commit to making that public": the object is the question just asked.
        if not re.match(r"^\s*(?:that|this|it|those|these)\b", rest, re.IGNORECASE):
            vp = f"{_gerund_to_base(ctx, m.group('gerund'))}{rest}"
            add(_finish(f"will {subject} {vp}"), "refusal", None)
    elif m := _NOT_AWARE.search(text):
        add(_finish(f"has there been {_cut(m.group('np'))}"), "uncertainty", None)
    else:
        add(_pending_question(ctx, adoc, sent, hint), "pending", None)
    return out


_QUOTE_CHARS = re.compile(r"[“”\"]")


def _reporting_only(match_text: str) -> bool:
    """'told the Times to ...' is rare; 'wants X to' about a wish is not a demand on X."""
    return match_text.lower().startswith(("told", "want"))


def _direct_question(
    ctx: _Context,
    question: str,
    *,
    addressee: str | None,
    speaker: str | None,
    asked: bool = False,
    speaker_is_turn: bool = False,
) -> str | None:
    """A question as asked, made readable out of context: 'you' becomes who is asked."""
    q = _clean(question).strip(' “”"')
    q = re.sub(r"^(?:[A-Z][\w.’'-]*,\s+|(?:So|And|But|Well|Now),?\s+)", "", q)
    if not q.endswith("?"):
        return None
    first = re.split(r"[’']", q.split()[0].lower())[0] if q.split() else ""
    if first not in _INTERROGATIVE.split("|"):
        # "We worried that when time runs out, what are they going to do?": the last clause.
        if m := _LAST_QUESTION.search(q):
            q = m.group("q")
        elif asked:  # asked if “our info resides in China?”: a statement spoken as a question
            return _clause_question(ctx, q.rstrip("?"), backshift=False, hint=addressee)
        else:
            return None
    if addressee and speaker_is_turn:  # in a hearing transcript "you" is the witness's side
        q = re.sub(r"\byou\b", addressee, q, count=1)
        q = re.sub(r"\byour\b", "its", q)
        q = re.sub(r"\byou\b", addressee, q)
    if speaker:
        short = speaker.split()[-1]
        q = re.sub(r"\bme\b", short, q)
        q = re.sub(r"\bmy\b", f"{short}’s", q)
        q = re.sub(r"\bI think\b\s*", "", q)
    # "Will X commit (this morning) to making Y public?" asks "Will X make Y public?"
    if m := re.match(
        r"^(?P<aux>\w+) (?P<subj>.+?) commit\b.*?\bto (?P<g>[a-z]+ing)\b(?P<rest>.*)", q
    ):
        verb = _gerund_to_base(ctx, m.group("g"))
        q = f"{m.group('aux')} {m.group('subj')} {verb}{m.group('rest')}"
    return _finish(_cut(q.rstrip("?")))


def _clause_question(
    ctx: _Context,
    clause: str,
    *,
    backshift: bool,
    hint: str | None = None,
    subjunctive: bool = False,
) -> str | None:
    """Invert a declarative clause into a yes/no question ('X would do Y' -> 'Will X do Y?').

    ``subjunctive``: the clause follows a demand ("demanded that X provide Y", "X to
    provide Y"), so a bare verb asks "Will X provide Y?".
    """
    clause = _cut(_clean(clause)).strip(' “”"').rstrip("?.!,")
    if len(clause.split()) < 2:
        return None
    if subjunctive and (m := _INFINITIVE.match(clause)):  # "the agency to release the data"
        return _finish(f"will {m.group('subj')} {m.group('vp')}")
    parsed = ctx.parse(clause)
    if parsed is None:
        return _regex_invert(clause, backshift)
    sent = next(iter(parsed.sents))
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return _regex_invert(clause, backshift)
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subj:
        # A bare verb phrase after "demanding X ...": the parser took X for an object.
        return _regex_invert(clause, backshift)
    s_tokens = list(subj[0].subtree)
    if len(s_tokens) == 1 and s_tokens[0].tag_ == "NN" and s_tokens[0].is_lower:
        return None  # "demanded response form the CEO": a bare noun is no clause subject
    s_start, s_end = s_tokens[0].i, s_tokens[-1].i
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    infinitive = [a for a in auxes if a.tag_ == "TO"]
    if infinitive:  # "the U.S. to release ...": a demand's object and its infinitive
        auxes, subjunctive = [], True
    subject = parsed[s_start : s_end + 1].text
    if subject.lower() == "it" and hint:  # "they"/"she" are too often people
        subject = hint
    elif s_tokens[0].tag_ in ("DT", "PRP$", "JJ", "NN", "NNS") and s_tokens[0].ent_type_ == "":
        subject = subject[0].lower() + subject[1:]
    skip = set(range(s_start, s_end + 1)) | {a.i for a in infinitive}
    if subjunctive and not auxes and root.tag_ in ("VB", "VBP"):
        head = "will"
        replace = {}
    elif auxes:
        head = auxes[0].text.lower()
        if backshift:
            head = _AUX_MAP.get(head, head)
        skip.add(auxes[0].i)
        replace: dict[int, str] = {}
    elif root.text.lower() in _BE_FORMS:
        head = root.text.lower()
        skip.add(root.i)
        replace = {}
    else:
        head = _DO_BY_TAG.get(root.tag_, "")
        if not head:
            return _regex_invert(clause, backshift)
        replace = {root.i: ctx.lemma(root)}
    rest = []
    for tok in parsed:
        if tok.i in skip or tok.i < s_start:
            continue
        rest.append(replace.get(tok.i, tok.text) + tok.whitespace_)
    return _finish(f"{head} {subject} {''.join(rest).strip()}")


def _wh_question(ctx: _Context, wh: str, clause: str, *, hint: str | None) -> str | None:
    """'when the information may be released' -> 'When will the information be released?'."""
    wh = wh.lower()
    if wh in ("when", "why", "where", "how", "how long", "how soon"):
        inverted = _clause_question(ctx, clause, backshift=True, hint=hint)
        if not inverted:
            return None
        body = inverted[0].lower() + inverted[1:]
        body = re.sub(r"^(may|might|could|would) ", "will ", body)
        return _finish(f"{wh} {body.rstrip('?')}")
    return _finish(f"{wh} {_cut(_clean(clause)).rstrip('.?!,')}")


def _pending_question(
    ctx: _Context, adoc: AnalysedDocument, sent: Sentence, hint: str | None
) -> str | None:
    """An attributed promise or plan: 'Facebook said it will end the deal this week'."""
    if adoc.parse is None:
        m = re.search(
            r"\b(?:said|says|told \w+(?: \w+)?|announced|expects|plans)\s+(?:that\s+)?"
            r"(?P<clause>\w+(?:\s+\w+){0,3}\s+(?:will|would)\s+(?!not\b).+)",
            sent.text,
        )
        return _regex_invert(_cut(m.group("clause")), True) if m else None
    span = adoc.parse.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        verb = None
        if tok.lower_ in ("will", "would", "'ll") and tok.dep_ == "aux":
            verb = tok.head
        elif tok.lemma_ in _INTENT or ctx.lemma(tok) in _INTENT:
            xcomp = [c for c in tok.children if c.dep_ == "xcomp"]
            verb = xcomp[0] if xcomp else None
        if verb is None or verb.dep_ in ("relcl", "acl", "pcomp") or tok.dep_ == "relcl":
            continue
        if not (span.start <= verb.i < span.end):
            continue
        if any(c.dep_ == "neg" for c in verb.children) or any(
            c.tag_ in ("WRB", "WP", "WDT") for c in verb.subtree
        ):
            continue
        attributed = any(
            ctx.lemma(a) in REPORTING_LEMMAS for a in verb.ancestors if a.pos_ in ("VERB", "AUX")
        ) or any(ctx.lemma(a) in _INTENT for a in [tok])
        timed = any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree) or any(
            t.lower_ == "soon" for t in verb.subtree
        )
        if not (attributed and timed):
            continue
        subj_tok = next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
            next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None),
        )
        if subj_tok is None or subj_tok.lower_ in ("i", "we", "you", "who", "which", "that"):
            continue
        subj_span = [t for t in subj_tok.subtree if span.start <= t.i < span.end]
        if not subj_span or subj_span[-1].i - subj_span[0].i + 1 != len(subj_span):
            continue
        subject = " ".join(t.text for t in subj_span)
        if subject.lower() == "it":
            subject = _reporting_subject(verb) or hint or subject
        vp_tokens = [
            t
            for t in verb.subtree
            if verb.i <= t.i < span.end
            and t.dep_ not in ("mark",)
            and t.ent_type_ not in ("DATE", "TIME")
        ]
        if not vp_tokens:
            continue
        body = "".join(t.text_with_ws for t in vp_tokens)
        aux_be = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ == "be"]
        if aux_be:
            body = f"be {body}"
        return _finish(f"will {subject} {_cut(_clean(body))}")
    return None


def _reporting_subject(verb: Token) -> str | None:
    """For 'X said/told ... that it will ...', the organisation or person X."""
    for anc in verb.ancestors:
        subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        for t in subj.subtree:
            if t.ent_type_ in ("ORG", "PERSON") and t.ent_iob_ == "B":
                ent = next(e for e in t.doc.ents if e.start == t.i)
                return ent.text
        if subj.pos_ == "PROPN":
            return subj.text
    return None


# --------------------------------------------------------------------------- who and whom


def _transcript_speakers(adoc: AnalysedDocument) -> dict[int, str]:
    """Paragraphs of a transcript that start 'Name: ...', by paragraph number."""
    out: dict[int, str] = {}
    for s in adoc.sentences:
        if s.paragraph in out:
            continue
        m = SPEAKER_PREFIX_RE.match(s.text)
        if m and len(m.group("name").split()) <= 3 and s.text == _first_of_paragraph(adoc, s):
            out[s.paragraph] = m.group("name")
    for para in list(out):
        for s in adoc.sentences:
            if s.paragraph == para and s.text != _first_of_paragraph(adoc, s):
                break
    return out


def _first_of_paragraph(adoc: AnalysedDocument, sent: Sentence) -> str:
    return next(s.text for s in adoc.sentences if s.paragraph == sent.paragraph)


def _asker(ctx: _Context, adoc: AnalysedDocument, sent: Sentence, cue: int | None) -> str | None:
    """Who asks or demands: the cue verb's subject, else the person named closest before it."""
    if cue is not None and (named := _parsed_subject(ctx, adoc, sent.start + cue)):
        return named
    if adoc.parse is None:  # no entities: a titled name before the cue ("Sen. Mark Warner")
        titled = list(_TITLED_NAME.finditer(sent.text[: cue if cue is not None else None]))
        return ctx.person(titled[-1].group(0)) if titled else None
    persons = [m for m in adoc.mentions if m.sentence == sent.index and ctx.is_person(m)]
    if cue is not None:
        before = [m for m in persons if m.start - sent.start < cue]
        # A person named after the cue is asked, not asking ("urging Locke to ...").
        persons = sorted(before, key=lambda m: -m.start)
    if not persons and re.search(r"\b(?:he|she) (?:said|asked|added)\b", sent.text):
        prior = [
            m
            for m in adoc.mentions
            if m.label == "PERSON" and sent.index - 3 <= m.sentence < sent.index
        ]
        persons = prior[-1:]
    if persons:
        return ctx.person(persons[0].text)
    orgs = [m for m in adoc.mentions if m.sentence == sent.index and m.label in ("ORG", "GPE")]
    official = [m for m in orgs if _OFFICIAL.search(m.text)]
    return official[0].text if official else None


def _parsed_subject(ctx: _Context, adoc: AnalysedDocument, offset: int) -> str | None:
    """The named subject of the verb at ``offset`` ("The FDA questioned whether ...")."""
    if adoc.parse is None:
        return None
    span = adoc.parse.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span[0]
    for tok in [verb, *verb.ancestors][:3]:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        ents = [e for e in adoc.parse.ents if e.start <= subj.i < e.end]
        if ents and ents[0].label_ == "PERSON":
            return ctx.person(ents[0].text)
        if ents and ents[0].label_ in ("ORG", "NORP", "GPE"):
            return ents[0].text
        return None  # a pronoun or common noun: let the mention rules decide
    return None


def _actor_counts(corpus: Corpus) -> Counter[str]:
    """How often each organisation-like name occurs in the corpus.

    The small English model often misses the story's main company (it tags "Facebook"
    inconsistently), so capitalised words inside sentences count too; names of people,
    places and dates do not.
    """
    names: set[str] = set()
    for adoc in corpus.docs:
        text = adoc.document.text
        excluded = [(m.start, m.end) for m in adoc.mentions if m.label not in ("ORG", "PRODUCT")]
        for m in re.finditer(r"(?<=[a-z,;] )[A-Z][a-zA-Z]{2,}\b", text):
            if not any(a <= m.start() < b for a, b in excluded):
                names.add(m.group(0))
        names.update(re.sub(r"[’']s$", "", m.text) for m in adoc.mentions if m.label == "ORG")
    # A word also written in lower case ("The", "Senate" in "the senate") is no name.
    lower = {w for d in corpus.docs for w in re.findall(r"\b[a-z][\w-]*\b", d.document.text)}
    names = {n for n in names if n.lower() not in lower}
    # Count every occurrence, whatever the tagger labelled it, so the story's subject wins.
    counts: Counter[str] = Counter()
    for adoc in corpus.docs:
        found = Counter(re.findall(r"\b[A-Z][\w&.-]*[A-Za-z]\b", adoc.document.text))
        for name in names:
            counts[name] += found.get(name, 0) if " " not in name else 0
    return Counter({n: c for n, c in counts.items() if c})


@lru_cache(maxsize=8192)
def _name_pattern(name: str) -> re.Pattern[str]:
    # Stories have more names than re's own cache holds; recompiling them dominated run time.
    return re.compile(rf"\b{re.escape(name)}\b")


def _antecedent(ctx: _Context, adoc: AnalysedDocument, sent: Sentence) -> str | None:
    """The organisation 'it' most likely stands for: the most prominent name nearby."""
    for idx in (sent.index, sent.index - 1):
        if not 0 <= idx < len(adoc.sentences):
            continue
        text = adoc.sentences[idx].text
        if idx == sent.index:  # an antecedent comes before the pronoun
            pronoun = re.search(r"\b(?:it|its|they|their)\b", text, re.IGNORECASE)
            text = text[: pronoun.start()] if pronoun else text
        names = ctx.names_in(text)
        if names:
            return max(names, key=lambda n: ctx.actors[n])
    return None


def _doc_main_org(ctx: _Context, adoc: AnalysedDocument) -> str | None:
    text = adoc.document.text
    present = [n for n in ctx.actors if n in text]
    return max(present, key=lambda n: ctx.actors[n]) if present else None


# --------------------------------------------------------------------------- merge and answer


def _content(text: str) -> set[str]:
    return {
        _norm(w)
        for w in words(text)
        if w not in QUESTION_STOP_WORDS and len(w) > 1 and not w.isdigit()
    }


def _norm(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s$", "", word)
    return _SYNONYMS.get(word, word)


def _similar(ctx: _Context, a: set[str], b: set[str]) -> float:
    shared = a & b
    if len(shared) < 2:
        return 0.0
    weight = sum(ctx.idf(w) for w in shared)
    return weight / min(sum(ctx.idf(w) for w in a), sum(ctx.idf(w) for w in b))


def _merge(ctx: _Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """One question per issue: similar questions from several sentences/sources become one."""
    groups: list[tuple[_Candidate, set[str]]] = []
    for cand in sorted(candidates, key=lambda c: -c.score):
        words = _content(cand.question)
        for rep, rep_words in groups:
            if _similar(ctx, words, rep_words) >= 0.55:
                rep.members.append(cand)
                new_source = [s for s in cand.sources if s not in rep.sources]
                rep.sources.extend(new_source)
                rep.score += 0.5 * len(new_source) + 0.2
                rep.raised_by = rep.raised_by or cand.raised_by
                rep_words |= words
                break
        else:
            cand.members = [cand]
            groups.append((cand, set(words)))
    return [g for g, _ in groups]


def _mark_answered(ctx: _Context, cand: _Candidate, statements: list[Statement]) -> None:
    """Answered when another sentence reports the asked action done (ended, released, ...).

    Only questions about an action are settled this way; a denial by the party asked
    ("the data stayed on the phones") does not answer a question about where data went.
    The answer may come from the same article, but only after the question and never from
    a sentence that itself asks, promises or hedges.
    """
    q_words = _content(cand.question)
    # Releases are left open: "disclosed"/"provided" say too little about *what* was
    # released for a rule to tell an answer from an unrelated disclosure.
    if not q_words & (_END_VERBS | {"end"}):
        return
    # What must be named in the answer: what is to end (the object after the verb, or the
    # subject of "will the deal end?"), never just the actor who appears everywhere.
    tokens = [_norm(w) for w in words(cand.question)]
    at = next(i for i, w in enumerate(tokens) if w in _END_VERBS or w == "end")
    after = {w for w in tokens[at + 1 :] if w in q_words} - _TIME_WORDS - _END_VERBS - {"end"}
    before = {w for w in tokens[:at] if w in q_words} - _TIME_WORDS
    main = _norm(ctx.main_org) if ctx.main_org else ""
    names = (after or before) - {main}
    if not names:
        return
    own = {(m.sentence.doc, m.sentence.index) for m in cand.members}
    best: tuple[float, Sentence] | None = None
    for adoc in ctx.corpus.docs:
        for s in adoc.sentences:
            if (s.doc, s.index) in own or s.text.endswith("?"):
                continue
            same_doc_before = any(
                s.doc == m.sentence.doc and s.index <= m.sentence.index for m in cand.members
            )
            if same_doc_before or _ASK.search(s.text) or _QUOTED_Q.search(s.text):
                continue
            # The thing asked about must be named in the clause that reports it ended.
            clauses = [c for c in _CLAUSES.split(s.text) if _END_DONE.search(c)]
            clauses = [c for c in clauses if not _NOT_DONE.search(c)]
            shared = set().union(*(names & _content(c) for c in clauses)) if clauses else set()
            if not shared:
                continue
            score = sum(ctx.idf(w) for w in shared) - 0.01 * len(s.words)
            if best is None or score > best[0]:
                best = (score, s)
    if best is None:
        return
    sent = best[1]
    cand.status = "answered"
    cand.answer = _statement_for(sent, statements)
    cand.score *= 0.5


def _statement_for(sent: Sentence, statements: list[Statement]) -> Statement:
    mine = set(sent.words)
    for st in statements:
        other = set(words(st.text))
        if st.text == sent.text or (mine and len(mine & other) / len(mine | other) > 0.6):
            return st
    return Statement(text=sent.text, sources=[sent.source_id])


# --------------------------------------------------------------------------- text helpers


def _clean(text: str) -> str:
    """Undo editorial brackets ('reside[s]' -> 'resides') and squeeze spaces."""
    text = re.sub(r"\[(\w+)\]", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]", r"\1", text)
    return " ".join(text.split())


def _cut(text: str) -> str:
    """Keep the clause itself: stop at a dash, a semicolon or a trailing aside."""
    m = _CLAUSE_STOP.search(text)
    return text[: m.start()].rstrip(" ,") if m and m.start() > 5 else text


def _finish(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.replace("“", "").replace("”", "").replace('"', "").split())
    text = re.sub(r"\s+([,.?’'])", r"\1", text).rstrip(" .,;:!?")
    # A date dropped from "ask for a review by <date>" leaves a dangling preposition.
    text = re.sub(r"\s+(?:by|on|in|at|for|until|before|after|from|of|to)$", "", text)
    if len(text.split()) < 3:
        return None
    return text[0].upper() + text[1:] + "?"


def _well_formed(question: str) -> bool:
    words = question.split()
    return 4 <= len(words) <= 28 and question.endswith("?")


def _regex_invert(clause: str, backshift: bool) -> str | None:
    """Fallback inversion without a parse: move the first auxiliary before the subject."""
    m = re.match(
        r"^(?P<subj>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s+"
        r"(?P<aux>will|would|can|could|should|may|might|must|is|are|was|were|has|have|had)\s+"
        r"(?P<rest>.+)$",
        clause,
        re.IGNORECASE,
    )
    if m:
        aux = m.group("aux").lower()
        aux = _AUX_MAP.get(aux, aux) if backshift else aux
        subj = m.group("subj")
        return _finish(f"{aux} {subj} {m.group('rest')}")
    words = clause.split()
    if not words or not (words[0][:1].isupper() or words[0].lower() in _DETERMINERS):
        return None
    # Tense from the first inflected word: "X failed" asks "did X fail", "X resides" asks
    # "does X reside"; a bare verb follows a demand: "Facebook hand over" asks "will ...".
    for k in range(1, min(5, len(words) - 1) + 1):
        subj, verb, rest = " ".join(words[:k]), words[k], " ".join(words[k + 1 :])
        if not verb.islower():
            continue
        if verb.endswith("ed") and len(verb) > 4:
            return _finish(f"did {subj} {_crude_lemma(verb)} {rest}")
        if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
            return _finish(f"does {subj} {_crude_lemma(verb)} {rest}")
        names = [w for w in words[:k] if w.lower() != "the"]
        if names and all(w[:1].isupper() for w in names):
            return _finish(f"will {subj} {verb} {rest}")
    return None


def _gerund_to_base(ctx: _Context, gerund: str) -> str:
    parsed = ctx.parse(gerund)
    if parsed is not None and len(parsed):
        return ctx.lemma(parsed[0]) if parsed[0].tag_ == "VBG" else _crude_lemma(gerund)
    return _crude_lemma(gerund)


_IRREGULAR = {
    "does": "do", "did": "do", "done": "do", "has": "have", "had": "have",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "am": "be",
}  # fmt: skip


def _crude_lemma(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
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


def _junk(text: str) -> bool:
    """Page furniture that is not part of the story (comment forms, sharing prompts)."""
    return bool(
        re.search(
            r"\b(?:enter your|your comment|sign up|subscribe|newsletter|click here|"
            r"for any questions about|contact us|all rights reserved)\b",
            text,
            re.IGNORECASE,
        )
    )
