"""Which sentences of an article get the full spaCy pass in a large build (issue 13).

The parse (tagger, parser, lemmas) and the entities are most of a build's time: on a
folder of hundreds of articles, spaCy over every sentence was four fifths of the CPU
(benchmarks/scale.py). Later stages read them only where they look: the opening of an
article (who, what, when, and the appositions that say who someone is), the sentences
the summarizer ranks high (summary candidates), and sentences that raise a question or
reject a claim. In a story of a few dozen articles every sentence may be the only
witness of something, so all of them are parsed; in a large folder every actor, event
and question recurs across many articles, so these sentences carry them, and names
found there are counted everywhere else by their text (``compose.actors.mentions``).

``deep_sentences`` picks the sentences of one article from its text and summarizer
scores only, so the choice is the same in every build and per-article results stay
cacheable.
"""

from __future__ import annotations

import re

from briefing.lang.patterns import Screened
from briefing.model import AnalysedDocument

# The opening sentences of an article, always parsed: news says who, what and when first.
# The summarizer's best sentences of an article, always parsed (summary candidates).
# Both set by hand (session 12) on 150 articles of benchmarks/scale.py (28% of sentences
# parsed, map 35 -> 13 CPU s) and checked by forcing the selective parse on
# benchmarks/story_eval.py's gold stories (p@10 0.99 -> 0.96, events hit 99 -> 96);
# 3 and 3 (23% parsed) was not checked for quality.
LEAD_SENTENCES = 4
TOP_SENTENCES = 4
# Cues of a question raised or a claim rejected (open questions, divergences): a cheap,
# wider net than compose's own patterns, kept here so that an edit to compose's English
# (``briefing.lang.questions``, ``.disputes``) does not void every cached article.
CUE_RE = re.compile(
    r"\?|\b(?:whether|unclear|not (?:yet |entirely |fully |altogether )?(?:clear|known)|"
    r"unknown|uncertain|remains? to be seen|"
    r"wants? to know|wanted to know|demand(?:s|ed|ing)?|call(?:s|ed|ing)? (?:for|on)|"
    r"urg(?:e|es|ed|ing)|press(?:es|ed|ing)? (?:for|on)|declined to|refused to|"
    r"would not (?:say|comment)|no comment|not aware of|dodged|ducked|"
    r"den(?:y|ies|ied|ial)|disput\w*|reject\w*|dismiss\w*|contradict\w*|disagree\w*|"
    r"untrue|false|wrong|baseless|groundless|unfounded|inaccurate|incorrect|misleading|"
    r"nonsense|fabricat\w+)\b",
    re.IGNORECASE,
)
# Words one of which every match of CUE_RE but a "?" holds ("clear" in "unclear", "known"
# in "not known", "deni" in "denied"): the pattern is searched only in sentences holding
# one. On the 21,555 sentences of the dev sets' 750 non-held-out articles the test took
# 0.41 CPU s, in every worker's map of a large build.
CUE_SCREENED = Screened(
    CUE_RE,
    (
        "whether", "clear", "known", "uncertain", "to be seen", "to know", "demand", "call",
        "urg", "press", "declined to", "refused to", "would not", "no comment",
        "not aware of", "dodged", "ducked", "deny", "denie", "denia", "disput", "reject",
        "dismiss", "contradict", "disagree", "untrue", "false", "wrong", "baseless",
        "groundless", "unfounded", "inaccurate", "incorrect", "misleading", "nonsense",
        "fabricat",
    ),
)  # fmt: skip


def deep_sentences(adoc: AnalysedDocument, scores: list[float]) -> set[int]:
    """Indices of the sentences of ``adoc`` to parse: its lead, its best-scored sentences
    (``scores``: the summarizer's, one per sentence) and those with a question or
    dispute cue."""
    chosen = {s.index for s in adoc.sentences[:LEAD_SENTENCES]}
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    chosen.update(adoc.sentences[i].index for i in ranked[:TOP_SENTENCES])
    for s in adoc.sentences:
        if "?" in s.text or CUE_SCREENED.search(s.text):
            chosen.add(s.index)
    return chosen
