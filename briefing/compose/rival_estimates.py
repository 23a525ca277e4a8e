"""Rival estimates: two named parties' figures for one measure, in two sentences of one
article.

"A report paid for by the county board put the cost of the new rule at $300
million annually. However, the harbour agency has put the added cost at closer
to $31 million." (issue 11, session 47: figures for one measure that differ between
named sources; ``lang.both_sides.RIVAL_FIGURES_RE`` reads them when one sentence tells
both, ``figure_divergences`` when two articles do, but drops two values one article
gives, as a running tally's.) Both are shown, the earlier first, when:

* each sentence opens with its party estimating or putting the measure at a figure
  ("X estimated the cost at", "Y put the toll at"), or saying how many died ("Z said
  120 people died": the toll): the party named (a name, a
  possessive or an official body, ``lang.both_sides.figure_party``), and the two
  parties share no word;
* the measure is the same by its head word ("the cost to the region of …" and "the
  added cost"), and by what it counts when that word is general ("the number of
  dead"); the figures are of one kind (a sum, a share, a count) and differ by
  ``MIN_RATIO`` at least; two counts of the dead said ("said 12 people died in the
  first blast") each say after the verb only what the other sentence says too (no
  second blast, other day or other place);
* the later sentence opens with a contrast ("However", "But", "By contrast"): the writer
  sets the two against each other, so no running count's update is read as a dispute;
  and it comes at most ``MAX_APART`` sentences after the earlier.
"""

from __future__ import annotations

import re

from briefing.compose.dispute_topics import unlinked
from briefing.compose.paired_sentences import shown_pairs
from briefing.lang.both_sides import (
    CONTRAST_OPENING_RE,
    DEATHS_SAID_RE,
    ESTIMATE_AT_RE,
    estimate_figure,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import Corpus, Divergence, Sentence

# How far apart two estimates of one article may be told: the contrast opens the next
# sentence or one after a sentence of detail. Set by hand on invented cases and the one
# dev pair (session 47); not benchmarked.
MAX_APART = 2
# Two estimates this far apart disagree: a higher one at most a tenth above the other
# may be the same figure rounded ("about 3,900" and "4,100"). By hand (session 47).
MIN_RATIO = 1.1

# (sentence, measure, kind, value, its party's words, and for a count of the dead said
# the words after its verb: "in a second blast at the depot")
_Estimate = tuple[Sentence, str, str, float, frozenset[str], frozenset[str] | None]


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, lower case, but function words."""
    return frozenset(re.findall(r"[\w'’-]+", text.lower())) - STOP_WORDS


def _estimate(sent: Sentence, contrast: bool) -> _Estimate | None:
    """A sentence's estimate (``_Estimate``), read past an opening contrast word only when
    ``contrast``; None when it gives none."""
    text = sent.text.strip()
    opening = CONTRAST_OPENING_RE.match(text)
    if opening is not None:
        if not contrast:
            return None
        text = text[opening.end() :]
    elif contrast:
        return None
    m = ESTIMATE_AT_RE.match(text) or DEATHS_SAID_RE.match(text)
    found = estimate_figure(m) if m is not None else None
    if found is None:
        return None
    of = _words(text[m.end() :]) if m.re is DEATHS_SAID_RE else None
    return sent, *found, _words(m.group("who")), of


def _rivals(earlier: _Estimate, later: _Estimate) -> bool:
    """Whether two estimates are two parties' figures for one measure that differ. Two
    counts of the dead said are of one toll when each says after its verb only what
    the other sentence says too ("said 12 people died in the first blast" / "said 3
    people died in a second blast at the depot": two blasts, no dispute; so too other
    days or places)."""
    _, measure, kind, value, party, of = earlier
    _, measure2, kind2, value2, party2, of2 = later
    low, high = sorted((value, value2))
    return (
        measure == measure2
        and kind == kind2
        and not party & party2
        and low > 0
        and high >= MIN_RATIO * low
        and (
            of is None
            or of2 is None
            or (of <= _words(later[0].text) and of2 <= _words(earlier[0].text))
        )
    )


def _estimate_pairs(corpus: Corpus, shown: set[str]) -> list[tuple[Sentence, Sentence, str]]:
    """(earlier, later, heading) of each pair of rival estimates (the module's rules)."""
    out = []
    for adoc in corpus.docs:
        sentences = adoc.sentences
        for i, sent in enumerate(sentences):
            if sent.text in shown or not CONTRAST_OPENING_RE.match(sent.text.strip()):
                continue
            later = _estimate(sent, contrast=True)
            if later is None:
                continue
            for before in sentences[max(0, i - MAX_APART) : i][::-1]:
                earlier = _estimate(before, contrast=False)
                if earlier is not None and _rivals(earlier, later):
                    out.append((before, sent, unlinked(sent.text.strip())))
                    break
    return out


def find_rival_estimates(corpus: Corpus, shown: set[str]) -> list[Divergence]:
    """Rival estimates with the earlier first (the module's rules); a sentence in
    ``shown`` (another divergence's claim) is not shown again."""
    return shown_pairs(corpus, _estimate_pairs(corpus, shown), shown)
