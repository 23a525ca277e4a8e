"""Quotes: each actor's best quoted statement, from speaker attribution.

A quotation is attributed to the subject of a speech verb next to it (from the parse
when the document has one: "he"/"she" refer back to the last person named, a subject
that names no listed actor settles it as nobody's), else to the nearest actor around the
verb. Transcript lines ("Wyden: Let me turn ...") count a little below a quotation. Each
actor keeps its highest scoring quote: whole statements of about 45 words. A quotation
shown starts where the speaker's sentence starts: a capital or a figure, opening its
paragraph or after a full stop, a colon, a comma, a bracket or "that" (`said, "We ...`),
never words the writer's sentence runs into (`said the deals "didn't need to be ...`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from briefing.compose.actors.clusters import Cluster, Match
from briefing.compose.actors.referents import Named, article_people, last_person_named
from briefing.compose.article_memo import by_article, lower_written
from briefing.compose.memo import decode_strings, encode_strings
from briefing.lang.sentences import leading_sentences
from briefing.lang.speech import (
    LISTENER_BEFORE_RE,
    PERSONAL_SUBJECTS,
    RELATIVE_SUBJECTS,
    SAY_RE,
    TRANSCRIPT_LINE_RE,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.words import words
from briefing.model import Actor, AnalysedDocument, Corpus, Quote
from briefing.parsed import ParsedDoc

_QUOTE_RE = re.compile(r"“([^”]{10,800})”|\"([^\"\n]{10,800})\"")

# Quote scoring; set by hand on the sample, not yet benchmarked. A quote of fewer than
# MIN_QUOTE_WORDS words is a fragment; up to IDEAL_QUOTE_WORDS words each word scores
# one, beyond LONG_QUOTE_WORDS every two words cost one.
MIN_QUOTE_WORDS = 6
IDEAL_QUOTE_WORDS = 45
LONG_QUOTE_WORDS = 60
# Bonus each for ending like a statement and for starting with a capital.
WHOLE_STATEMENT_BONUS = 5
# A quote that speaks of the story scores STORY_TERM_BONUS for each of its words (up to
# STORY_TERMS_CAP) that at least 1/STORY_TERM_SHARE of the articles use ("adoption",
# "treaty"), so a line about the story beats a longer aside ("plenty of the crews have
# seemed keen": issue 11's held-out report, in other words). Set on the tuning stories of
# benchmarks/story_eval.py.
STORY_TERM_BONUS = 3
STORY_TERMS_CAP = 3
STORY_TERM_SHARE = 3
STORY_TERM_MIN_CHARS = 4
# What may come right before a quotation that opens a statement (spaces skipped): the
# start of its paragraph, or one of these.
_STATEMENT_LEAD = frozenset(".!?:;,([—–-\n")
# Transcript lines score this much below a quotation of the same length, and need at
# least MIN_TRANSCRIPT_WORDS words; a speaker label is at most MAX_SPEAKER_LABEL_CHARS.
# These three, the window and the distance below: chosen by hand in ccf42f0; not benchmarked.
TRANSCRIPT_PENALTY = 3
MIN_TRANSCRIPT_WORDS = 8
MAX_SPEAKER_LABEL_CHARS = 40
# Characters around a quotation searched for the speech verb and the speaker.
ATTRIBUTION_WINDOW_CHARS = 150
# A non-person named near the speech verb counts as this many characters further away.
NON_PERSON_DISTANCE = 40
# How far after a quotation its next word is looked for (spaces and tabs between).
_NEXT_WORD_CHARS = 40


def attach_quotes(corpus: Corpus, clusters: list[Cluster], actors: list[Actor]) -> None:
    """Set ``quote`` on the actors that have an attributed quotation or transcript line."""
    by_name = {a.name: a for a in actors}
    cluster_of = {c.name: c for c in clusters if c.name in by_name}
    matches_by_doc: dict[int, list[tuple[Match, Cluster]]] = defaultdict(list)
    for c in cluster_of.values():
        for m in c.matches:
            matches_by_doc[m.doc].append((m, c))
    best: dict[str, tuple[float, Quote]] = {}
    terms = story_terms(corpus)
    for d, adoc in enumerate(corpus.docs):
        text = adoc.document.text
        spans = sorted(matches_by_doc.get(d, []), key=lambda mc: mc[0].start)
        named = article_people(adoc)
        genders: dict[int, str] = {}  # each person's gender in this document, read once
        for q in _QUOTE_RE.finditer(text):
            quote = " ".join((q.group(1) or q.group(2)).split())
            n_words = len(quote.split())
            if n_words < MIN_QUOTE_WORDS or not starts_statement(text, q.start(), quote):
                continue
            speaker = _speaker(adoc.parse, text, q.start(), q.end(), spans, named, genders)
            if speaker is None:
                continue
            score = min(n_words, IDEAL_QUOTE_WORDS) - max(0, n_words - LONG_QUOTE_WORDS) / 2
            # A whole statement, not a fragment of one.
            score += (WHOLE_STATEMENT_BONUS if quote[-1:] in ".!?,;" else 0) + (
                WHOLE_STATEMENT_BONUS if quote[0].isupper() else 0
            )
            score += STORY_TERM_BONUS * min(len(terms.intersection(words(quote))), STORY_TERMS_CAP)
            cur = best.get(speaker.name)
            if cur is None or score > cur[0]:
                best[speaker.name] = (score, Quote(quote.rstrip(",; "), d + 1))
        # Transcripts and interviews: "Wyden: Let me turn now to ..." at the start of a line.
        starts = {m.start: c for m, c in spans}
        for line in TRANSCRIPT_LINE_RE.finditer(text):
            speaker = starts.get(line.start(1))
            if speaker is None or line.end(1) - line.start(1) > MAX_SPEAKER_LABEL_CHARS:
                continue
            quote = leading_sentences(line.group(2), IDEAL_QUOTE_WORDS)
            n_words = len(quote.split())
            # A little below a quoted statement.
            score = min(n_words, IDEAL_QUOTE_WORDS) + WHOLE_STATEMENT_BONUS - TRANSCRIPT_PENALTY
            cur = best.get(speaker.name)
            if n_words >= MIN_TRANSCRIPT_WORDS and (cur is None or score > cur[0]):
                best[speaker.name] = (score, Quote(quote, d + 1))
    for name, (_, quote) in best.items():
        by_name[name].quote = quote


def _words_fit(found: frozenset[str], text: str, sentences: int) -> bool:
    """Whether every word is written in the article ``text`` (in lower case)."""
    return lower_written(found, text)


@by_article("article_terms", encode_strings, decode_strings, _words_fit)
def article_terms(adoc: AnalysedDocument) -> frozenset[str]:
    """The content words one article uses, as ``story_terms`` counts them (remembered per
    article, across builds too: ``compose.article_memo``)."""
    return frozenset(
        w
        for w in words(adoc.document.text)
        if len(w) >= STORY_TERM_MIN_CHARS and w.isalpha() and w not in STOP_WORDS
    )


def story_terms(corpus: Corpus) -> frozenset[str]:
    """The story's own words: content words that at least 1/STORY_TERM_SHARE of the
    articles use (at least two articles)."""
    df: Counter[str] = Counter()
    for adoc in corpus.docs:
        df.update(article_terms(adoc))
    least = max(2, len(corpus.docs) / STORY_TERM_SHARE)
    return frozenset(w for w, n in df.items() if n >= least)


def starts_statement(text: str, start: int, quote: str) -> bool:
    """Whether the quotation ``quote`` opening at ``start`` in ``text`` starts the speaker's
    sentence: a capital or a figure, at its paragraph's start or after a full stop, colon,
    comma, dash, bracket or "that"; not a fragment run into the writer's sentence."""
    if not (quote[:1].isupper() or quote[:1].isdigit()):
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    # 'said that "Relations have never been better ...': a whole sentence, capital and all.
    after_that = text[max(0, i - 4) : i + 1].lower() == " that"
    return i < 0 or text[i] in _STATEMENT_LEAD or after_that


def _speaker(
    sdoc: ParsedDoc | None,
    text: str,
    qs: int,
    qe: int,
    spans: list[tuple[Match, Cluster]],
    named: Named,
    genders: dict[int, str] | None = None,
) -> Cluster | None:
    """Who said the quote at [qs, qe): the subject of a speech verb next to it."""
    line_start = text.rfind("\n", 0, qs) + 1
    line_end = text.find("\n", qe)
    line_end = len(text) if line_end < 0 else line_end
    after_end = min(line_end, qe + ATTRIBUTION_WINDOW_CHARS)
    for mark in ("“", '"'):
        nxt = text.find(mark, qe, after_end)
        after_end = nxt if nxt >= 0 else after_end
    stop = re.search(r"[.!?](?:\s|$)", text[qe + 1 : after_end])
    if stop:
        after_end = qe + 1 + stop.end()
    if _ends_sentence(text, qs, qe):
        after_end = qe  # '"... this facility." That was also said by ...': a new sentence
    before_start = max(line_start, qs - ATTRIBUTION_WINDOW_CHARS)
    cut = max(text.rfind("”", before_start, qs), text.rfind(". ", before_start, qs))
    before_start = max(before_start, cut + 1)
    for lo, hi in ((qe, after_end), (before_start, qs)):
        # The speech verb next to the quote first: after it the first, before it the last
        # ('When asked whether ..., Tolley replies, "..."': "replies", not "asked"); one
        # the parse gives no subject ("... and asked:") leaves it to the next one.
        says = list(SAY_RE.finditer(text, lo, hi))
        if not says:
            continue
        says = says if lo >= qe else says[::-1]
        for say in says if sdoc is not None else ():
            found, decided = _parsed_speaker(
                sdoc, say.start(), say.end(), qs, spans, named, genders
            )
            if decided:
                return found
        say = says[0]
        cands = []
        for m, c in spans:
            if lo <= m.start and m.end <= hi:
                if LISTENER_BEFORE_RE.search(text[max(lo, m.start - 10) : m.start]):
                    continue  # the listener, not the speaker
                gap = m.start - say.end() if m.start > say.start() else say.start() - m.end
                cands.append((gap + (0 if c.type == "person" else NON_PERSON_DISTANCE), m.start, c))
        if cands:
            return min(cands, key=lambda x: (x[0], x[1]))[2]
    return None


def _ends_sentence(text: str, qs: int, qe: int) -> bool:
    """Whether the quotation at [qs, qe) closes its writer's sentence: it ends with a full
    stop, "?" or "!" and a capital opens what follows, so a speech verb after it belongs
    to the next sentence and someone else ('"... this facility." Officials said ...')."""
    inner = text[qs:qe].rstrip("”\"' ")
    rest = text[qe : qe + _NEXT_WORD_CHARS].lstrip(" \t")
    return inner[-1:] in ".!?" and rest[:1].isupper()


def _parsed_speaker(
    sdoc: ParsedDoc,
    start: int,
    end: int,
    qs: int,
    spans: list[tuple[Match, Cluster]],
    named: Named,
    genders: dict[int, str] | None = None,
) -> tuple[Cluster | None, bool]:
    """Speaker from the parse: (actor or None, whether the parse settled the question)."""
    verb_span = sdoc.char_span(start, end, alignment_mode="expand")
    if verb_span is None:
        return None, False
    verb = verb_span.root
    if verb.lower_ == "according":
        subjects = [
            g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
        ]
    else:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subj in subjects:
        if subj.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
            subj = verb.head  # "Wyden, who said that ..."
        # The subject's own words, not an apposition after it ("X, Facebook's head of ...").
        lo = subj.left_edge.idx
        hi = subj.idx + len(subj)
        head = [c for m, c in spans if m.start <= subj.idx < m.end]
        if head:
            return head[0], True
        if subj.lower_ in PERSONAL_SUBJECTS:
            return last_person_named(sdoc, qs, spans, named, subj.lower_, genders), True
        # The subject's own word is someone else ("Ostrander's spokeswoman", "a
        # lawyer for Ostrander", "Ostrander aide Jane Roe"), who speaks for the names
        # inside it: a body may be quoted through its spokesman, a person only in their
        # own words.
        someone = subj.pos_ == "NOUN" or subj.ent_type_ == "PERSON"
        inside = sorted(
            ((c.type != "person", m.start, c) for m, c in spans if lo <= m.start and m.end <= hi),
            key=lambda x: (x[0], x[1]),
        )
        # A country inside someone else's name ("a White House official", "U.S. Chemical
        # Corp.") is not who speaks: a country is quoted only as the subject itself.
        inside = [
            x for x in inside if x[2].type != "country" and not (someone and x[2].type == "person")
        ]
        # A subject that names no known actor ("the spokesperson") settles it: nobody we list.
        return (inside[0][2] if inside else None), True
    return None, False
