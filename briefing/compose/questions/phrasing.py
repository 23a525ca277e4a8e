"""Phrasing: a clause, a quoted question or an attributed plan turned into a readable question by
inversion (parse first, a regex fallback without one).
"""

from __future__ import annotations

import re

from briefing.compose.questions.context import QuestionContext
from briefing.lang.questions import (
    AUX_BACKSHIFT,
    BE_FORMS,
    CLAUSE_STOP_RE,
    DETERMINERS,
    DO_BY_TAG,
    INFINITIVE_RE,
    INTENT_LEMMAS,
    INTERROGATIVES,
    LAST_QUESTION_RE,
    crude_lemma,
)
from briefing.lang.speech import REPORTING_LEMMAS
from briefing.model import (
    AnalysedDocument,
    Sentence,
)
from briefing.parsed import Token

# Questions shorter or longer than this (words) are dropped.
# Set by hand on the sample (sources/); not benchmarked.
MIN_WORDS = 4
MAX_WORDS = 28


def direct_question(
    ctx: QuestionContext,
    question: str,
    *,
    addressee: str | None,
    speaker: str | None,
    asked: bool = False,
    speaker_is_turn: bool = False,
) -> str | None:
    """A question as asked, made readable out of context: 'you' becomes who is asked."""
    q = clean(question).strip(' “”"')
    q = re.sub(r"^(?:[A-Z][\w.’'-]*,\s+|(?:So|And|But|Well|Now),?\s+)", "", q)
    if not q.endswith("?"):
        return None
    first = re.split(r"[’']", q.split()[0].lower())[0] if q.split() else ""
    if first not in INTERROGATIVES.split("|"):
        # "We worried that when time runs out, what are they going to do?": the last clause.
        if m := LAST_QUESTION_RE.search(q):
            q = m.group("q")
        elif asked:  # asked if “our info resides in China?”: a statement spoken as a question
            return clause_question(ctx, q.rstrip("?"), backshift=False, hint=addressee)
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
        verb = gerund_to_base(ctx, m.group("g"))
        q = f"{m.group('aux')} {m.group('subj')} {verb}{m.group('rest')}"
    return finish(cut_clause(q.rstrip("?")))


def clause_question(
    ctx: QuestionContext,
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
    clause = cut_clause(clean(clause)).strip(' “”"').rstrip("?.!,")
    if len(clause.split()) < 2:
        return None
    if subjunctive and (m := INFINITIVE_RE.match(clause)):  # "the agency to release the data"
        return finish(f"will {m.group('subj')} {m.group('vp')}")
    parsed = ctx.parse(clause)
    if parsed is None:
        return regex_invert(clause, backshift)
    sent = next(iter(parsed.sents))
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return regex_invert(clause, backshift)
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subj:
        # A bare verb phrase after "demanding X ...": the parser took X for an object.
        return regex_invert(clause, backshift)
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
            head = AUX_BACKSHIFT.get(head, head)
        skip.add(auxes[0].i)
        replace: dict[int, str] = {}
    elif root.text.lower() in BE_FORMS:
        head = root.text.lower()
        skip.add(root.i)
        replace = {}
    else:
        head = DO_BY_TAG.get(root.tag_, "")
        if not head:
            return regex_invert(clause, backshift)
        replace = {root.i: ctx.lemma(root)}
    rest = []
    for tok in parsed:
        if tok.i in skip or tok.i < s_start:
            continue
        rest.append(replace.get(tok.i, tok.text) + tok.whitespace_)
    return finish(f"{head} {subject} {''.join(rest).strip()}")


def wh_question(ctx: QuestionContext, wh: str, clause: str, *, hint: str | None) -> str | None:
    """'when the information may be released' -> 'When will the information be released?'."""
    wh = wh.lower()
    if wh in ("when", "why", "where", "how", "how long", "how soon"):
        inverted = clause_question(ctx, clause, backshift=True, hint=hint)
        if not inverted:
            return None
        body = inverted[0].lower() + inverted[1:]
        body = re.sub(r"^(may|might|could|would) ", "will ", body)
        return finish(f"{wh} {body.rstrip('?')}")
    return finish(f"{wh} {cut_clause(clean(clause)).rstrip('.?!,')}")


def pending_question(
    ctx: QuestionContext, adoc: AnalysedDocument, sent: Sentence, hint: str | None
) -> str | None:
    """An attributed promise or plan: 'Facebook said it will end the deal this week'."""
    if adoc.parse is None:
        m = re.search(
            r"\b(?:said|says|told \w+(?: \w+)?|announced|expects|plans)\s+(?:that\s+)?"
            r"(?P<clause>\w+(?:\s+\w+){0,3}\s+(?:will|would)\s+(?!not\b).+)",
            sent.text,
        )
        return regex_invert(cut_clause(m.group("clause")), True) if m else None
    span = adoc.parse.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        verb = None
        if tok.lower_ in ("will", "would", "'ll") and tok.dep_ == "aux":
            verb = tok.head
        elif tok.lemma_ in INTENT_LEMMAS or ctx.lemma(tok) in INTENT_LEMMAS:
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
        ) or any(ctx.lemma(a) in INTENT_LEMMAS for a in [tok])
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
        return finish(f"will {subject} {cut_clause(clean(body))}")
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


# --------------------------------------------------------------------------- text helpers


def clean(text: str) -> str:
    """Undo editorial brackets ('reside[s]' -> 'resides') and squeeze spaces."""
    text = re.sub(r"\[(\w+)\]", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]", r"\1", text)
    return " ".join(text.split())


def cut_clause(text: str) -> str:
    """Keep the clause itself: stop at a dash, a semicolon or a trailing aside."""
    m = CLAUSE_STOP_RE.search(text)
    return text[: m.start()].rstrip(" ,") if m and m.start() > 5 else text


def finish(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.replace("“", "").replace("”", "").replace('"', "").split())
    text = re.sub(r"\s+([,.?’'])", r"\1", text).rstrip(" .,;:!?")
    # A date dropped from "ask for a review by <date>" leaves a dangling preposition.
    text = re.sub(r"\s+(?:by|on|in|at|for|until|before|after|from|of|to)$", "", text)
    if len(text.split()) < 3:
        return None
    return text[0].upper() + text[1:] + "?"


def well_formed(question: str) -> bool:
    words = question.split()
    return MIN_WORDS <= len(words) <= MAX_WORDS and question.endswith("?")


def regex_invert(clause: str, backshift: bool) -> str | None:
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
        aux = AUX_BACKSHIFT.get(aux, aux) if backshift else aux
        subj = m.group("subj")
        return finish(f"{aux} {subj} {m.group('rest')}")
    words = clause.split()
    if not words or not (words[0][:1].isupper() or words[0].lower() in DETERMINERS):
        return None
    # Tense from the first inflected word: "X failed" asks "did X fail", "X resides" asks
    # "does X reside"; a bare verb follows a demand: "Facebook hand over" asks "will ...".
    for k in range(1, min(5, len(words) - 1) + 1):
        subj, verb, rest = " ".join(words[:k]), words[k], " ".join(words[k + 1 :])
        if not verb.islower():
            continue
        if verb.endswith("ed") and len(verb) > 4:
            return finish(f"did {subj} {crude_lemma(verb)} {rest}")
        if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
            return finish(f"does {subj} {crude_lemma(verb)} {rest}")
        names = [w for w in words[:k] if w.lower() != "the"]
        if names and all(w[:1].isupper() for w in names):
            return finish(f"will {subj} {verb} {rest}")
    return None


def gerund_to_base(ctx: QuestionContext, gerund: str) -> str:
    parsed = ctx.parse(gerund)
    if parsed is not None and len(parsed):
        return ctx.lemma(parsed[0]) if parsed[0].tag_ == "VBG" else crude_lemma(gerund)
    return crude_lemma(gerund)
