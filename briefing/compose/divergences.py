"""Where sources differ: disputes, conflicting figures and disputed characterisations.

* **figure**: two sources give different numbers for the same counted thing ("four
  Chinese companies" vs "at least three Chinese firms"): ``figure_divergences``; or two
  days for one event (sworn in on the 5th vs the 7th): ``figure_dates``; or two ages of
  one named person at one time ("Reyes, 34," vs "the 41-year-old Reyes"): ``ages``.
* **characterisation**: a source disputes a quoted term ("disputed the notion that it was
  a “data-sharing” partnership") that other sources use.
* **dispute**: a source reports that a party disputes, denies or rejects a report or
  claim (``disputes``), with the other sources that make the claim when found (alone
  when none is, a named party denying what it says and whose claim that is, unless a
  pair below holds that sentence: the pair shows both sides; with the next sentence
  when it names and quotes an unnamed party, "A witness disputed …" / "Hart said …",
  ``dispute_sequel``); or one party's claim and the next sentence's "But another party
  said it did not" (``corrections``);
  or one party's contention and the next sentence's "But another party contends …"
  (``contentions``); or one party's position and the next sentence's other party set
  against it by "however" ("Reyes, however, said he believed …", ``countered``); or one
  sentence's two named parties' voices joined by "while" or "but" ("While the Board said
  …, the crews accused it of …", ``two_voices``); or two
  named parties taking opposite sides on one thing ("Hale
  supports the ban" / "the Guild said the ban hurts small bars", ``positions``); or a
  named party's denial of its guilt or part in a deed and the sentence that charges it
  ("maintained his innocence in the killing" / "was convicted of the killing", ``guilt``),
  or its bare "denies the allegation" and the charge it answers, of its own article or
  another ("accused Korvia of hiding the barges", ``bare_denials``);
  or two named parties' estimates of one measure that one article sets against each
  other ("X estimated the cost at $300 million" / "However, Y has put the
  added cost at $26 million", ``rival_estimates``), or two articles of one day give
  ("Organisers said 50,000 people marched" / "The police put the crowd at 12,000",
  ``rival_sources``); or one party's "only" and another party's other account of one
  thing in another article ("the mill made only flour" / "the mill produced lamp oil",
  ``exclusive_claims``); or two named parties quoted the other way round on one deed
  ("“We never sank a civilian ferry,” Hale said" / "“Civilian ferries were sunk,” said
  Varga", ``quoted_views``).

Items that tell one dispute (one subject's deed and a party in common, or one thing
and both parties) are shown as one, every sentence kept (``same_dispute``).

A statement only one source makes is no disagreement and is not listed here: the †
mark says so where the statement is shown. A claim listed here carries the † by the
summary's own test (``Corroboration.reporting_sources``, anchored): a claim one source
cites that another source also tells, in other words, has none, here as in the summary.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing.compose.ages import age_divergences
from briefing.compose.article_memo import by_article, decode_indices, encode_indices, indices_fit
from briefing.compose.bare_denials import find_bare_denials
from briefing.compose.contentions import find_contentions
from briefing.compose.corrections import find_corrections
from briefing.compose.corroboration import story_reports
from briefing.compose.countered import find_countered
from briefing.compose.dispute_sequel import with_sequels
from briefing.compose.disputes import find_disputes
from briefing.compose.exclusive_claims import find_exclusive_claims
from briefing.compose.figure_dates import date_divergences
from briefing.compose.figure_divergences import figure_divergences
from briefing.compose.guilt import find_guilt
from briefing.compose.positions import find_positions
from briefing.compose.quoted_views import find_quoted_views
from briefing.compose.rival_estimates import find_rival_estimates
from briefing.compose.rival_sources import find_rival_sources
from briefing.compose.same_dispute import merge_repeats
from briefing.compose.tolls import source_count
from briefing.compose.two_voices import find_two_voices
from briefing.lang.disputes import DISPUTED_TERM_RE
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Claim, Corpus, Divergence, Sentence


def find_divergences(corpus: Corpus) -> list[Divergence]:
    """Attributed disputes, then figures and characterisations the sources disagree on.

    Statements one source alone makes are no disagreement: they carry the † mark in the
    summary instead.
    """
    characterisations = _characterisation_divergences(corpus)
    told = {c.text for d in characterisations for c in d.claims}
    out = [d for d in find_disputes(corpus) if d.claims[0].text not in told]
    out = with_sequels(corpus, out)  # "A witness disputed …" and the next "Hart said …"
    # A sentence shown alone ("Supporters of the measure deny that …") may be one side
    # of a pair found below, which shows it with the other side instead.
    alone = {d.claims[0].text for d in out if len(d.claims) == 1}
    out += find_corrections(corpus, _shown(out + characterisations) - alone)
    out += find_contentions(corpus, _shown(out + characterisations) - alone)
    out += find_countered(corpus, _shown(out + characterisations) - alone)
    out += find_two_voices(corpus, _shown(out + characterisations))
    out += find_positions(corpus, _shown(out + characterisations) - alone)
    out += find_guilt(corpus, _shown(out + characterisations) - alone)
    out += find_bare_denials(corpus, _shown(out + characterisations) - alone)
    out += find_rival_estimates(corpus, _shown(out + characterisations) - alone)
    out += find_rival_sources(corpus, _shown(out + characterisations) - alone)
    out += find_exclusive_claims(corpus, _shown(out + characterisations) - alone)
    out += find_quoted_views(corpus, _shown(out + characterisations) - alone)
    paired = {c.text for d in out if len(d.claims) > 1 for c in d.claims}
    out = [d for d in out if len(d.claims) > 1 or d.claims[0].text not in paired]
    out = merge_repeats(corpus, out)  # one dispute told by several items: one item
    out += figure_divergences(corpus) + age_divergences(corpus) + date_divergences(corpus)
    out += characterisations
    _find_reporters(out, corpus)
    return out


def _shown(divergences: list[Divergence]) -> set[str]:
    """The sentences ``divergences`` show."""
    return {c.text for d in divergences for c in d.claims}


def _find_reporters(divergences: list[Divergence], corpus: Corpus) -> None:
    """Add to ``reported_by`` of each claim one source cites, by the summary's † test (a
    death toll's claim already holds the sources giving its count). The divergence's
    other claims are the other side: they never count as telling it."""
    lone = [(d, c) for d in divergences for c in d.claims if len(c.sources) == 1]
    if not lone:
        return
    sentences = corpus.sentences()
    by_text: dict[tuple[str, int], Sentence] = {}
    for s in sentences:
        by_text.setdefault((s.text, s.source_id), s)
    reports = story_reports(corpus)
    for d, claim in lone:
        sent = by_text.get((claim.text, claim.sources[0]))
        if sent is None:
            continue  # not a source sentence as is: its cited source decides
        others = {c.text for c in d.claims if c is not claim}
        found = reports.reporting_sources(
            sent, anchored=True, accept=lambda x, others=others: x.text not in others
        )
        claim.reported_by = sorted(set(claim.reported_by) | set(found))


# --------------------------------------------------------------------------- characterisations


def _term_key(term: str) -> tuple[str, ...]:
    return tuple(sorted(words(term)))


def _uses_term(tokens: list[str], key: tuple[str, ...]) -> bool:
    """Whether lower-cased word ``tokens`` contain the term ``key`` (its words in any order)."""
    n = len(key)
    return any(tuple(sorted(tokens[i : i + n])) == key for i in range(len(tokens) - n + 1))


class _TermIndex:
    """Lower-cased words of every sentence and the sentences each word occurs in, so a
    term is looked up among the few sentences holding all its words rather than by a scan
    of the whole corpus per disputed term (quadratic over all sentences at scale)."""

    def __init__(self, corpus: Corpus, wanted: frozenset[str]) -> None:
        """Postings of the ``wanted`` words only (those of the terms to look up): every
        word of every sentence was 78% of the characterisations of 880 articles
        (benchmarks/scale.py)."""
        self.sentences = corpus.sentences()
        self.words = [s.words for s in self.sentences]  # ``words(s.text)``, as analysed
        self.postings: dict[str, set[int]] = defaultdict(set)
        for i, tokens in enumerate(self.words):
            for w in wanted.intersection(tokens):
                self.postings[w].add(i)

    def users(self, key: tuple[str, ...]) -> list[int]:
        """Positions (in corpus order) of the sentences that use the term ``key``."""
        sets = sorted((self.postings.get(w, set()) for w in set(key)), key=len)
        found = set(sets[0]).intersection(*sets[1:]) if sets else set()
        return sorted(i for i in found if _uses_term(self.words[i], key))


@by_article("term_sentences", encode_indices, decode_indices, indices_fit)
def term_sentences(adoc: AnalysedDocument) -> frozenset[int]:
    """The positions of the article's sentences that ``DISPUTED_TERM_RE`` finds a term
    in: remembered per article and across builds (``compose.article_memo``; searching
    every sentence of the story, on every build, cost ~0.1 CPU s of a second run over
    benchmarks/scale.py's 875 + 5 articles); a stored answer only says which sentences
    to search again."""
    return frozenset(i for i, s in enumerate(adoc.sentences) if DISPUTED_TERM_RE.search(s.text))


def _disputed_terms(corpus: Corpus) -> list[tuple[Sentence, str, tuple[str, ...]]]:
    """Each sentence disputing a quoted term, in corpus order, with the term and its key."""
    out = []
    for adoc in corpus.docs:
        for i in sorted(term_sentences(adoc)):
            sent = adoc.sentences[i]
            m = DISPUTED_TERM_RE.search(sent.text)
            if not m:
                continue
            if re.search(r"\bas\s*$", sent.text[: m.start("term") - 1]):
                continue  # "dismissed the plan as “destructive”" uses the term itself
            term = m.group("term").strip(" ,.")
            key = _term_key(term)
            if key and len(key) <= 4:
                out.append((sent, term, key))
    return out


def _characterisation_divergences(corpus: Corpus) -> list[Divergence]:
    out: list[Divergence] = []
    seen: set[tuple[str, ...]] = set()
    disputed = _disputed_terms(corpus)
    index: _TermIndex | None = None  # built on the first disputed term only
    for sent, term, key in disputed:
        if key in seen:
            continue
        index = index or _TermIndex(corpus, frozenset(w for *_, k in disputed for w in k))
        users: list[Sentence] = []
        for i in index.users(key):
            s = index.sentences[i]
            if s.doc == sent.doc and not re.search(r"\bdescribed\b|\bcalled\b", s.text):
                continue
            if s is not sent and s.text != sent.text:  # a wire copy uses nothing
                users.append(s)
        if not users:
            continue
        seen.add(key)
        others = sorted({s.source_id for s in users})
        # Prefer a full sentence that says who uses the term over a headline.
        example = min(
            users,
            key=lambda s: (
                not s.text.endswith((".", "”", '"')) or len(s.words) < 8,
                not re.search(r"\b(?:described|called|calls|describes)\b", s.text),
                len(s.words),
            ),
        )
        out.append(
            Divergence(
                topic=f"Whether “{term}” is the right description "
                f"(used by {source_count(len(others))})",
                # Cite only the example's own source: a claim's citations must all
                # contain its text. The topic says how many sources use the term.
                claims=[
                    Claim(sent.text, [sent.source_id]),
                    Claim(example.text, [example.source_id]),
                ],
                kind="characterisation",
            )
        )
    return out
