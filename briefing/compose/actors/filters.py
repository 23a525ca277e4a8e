"""What is not an actor: page clutter around mentions, and clusters to drop.

``junk_spans`` finds the character ranges of bylines, photo credits, author bios and
boilerplate where mentions are ignored; ``headline_like`` spots Title Case lines where
the small model invents entities; ``common_words`` finds one-word forms the texts
mostly write in lower case; ``keep`` drops ordinary words, outlets cited only as a
source and departments seen only inside someone's job title.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.compose.actors.clusters import Cluster, Match, NameForm
from briefing.lang.furniture import BOILERPLATE_RE, BYLINE_RE, CREDIT_RE
from briefing.lang.names import HEADLINE_SMALL_WORDS, TITLE_OF_RE
from briefing.lang.speech import CITE_AFTER_RE, CITE_BEFORE_RE, STORY_AFTER_RE
from briefing.model import AnalysedDocument, Corpus

# A line of at most this many words carrying a boilerplate cue is clutter as a whole;
# in a longer paragraph only the sentence with the cue is. Set by hand on the sample,
# not yet benchmarked.
CLUTTER_LINE_WORDS = 40
# A line of at least HEADLINE_MIN_WORDS words, this share of them capitalised, is a
# Title Case headline. Set by hand on the sample, not yet benchmarked.
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPS_SHARE = 0.75
# Characters looked at before/after a mention for citation cues and job titles. Set by
# hand on the sample, not yet benchmarked.
CITE_BEFORE_CHARS = 20
CITE_AFTER_CHARS = 30
TITLE_BEFORE_CHARS = 30


def junk_spans(adoc: AnalysedDocument) -> list[tuple[int, int]]:
    """Character ranges of page clutter: bylines, credits, bios, boilerplate, headlines."""
    text = adoc.document.text
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        credit = CREDIT_RE.search(line)
        if credit:
            # A caption keeps its text; only the credit after the marker is clutter.
            spans.append((start + credit.start(), end))
        words = stripped.split()
        if (
            BYLINE_RE.match(stripped)
            or len(words) <= CLUTTER_LINE_WORDS
            and BOILERPLATE_RE.search(line)
        ):
            spans.append((start, end))
        elif len(words) > CLUTTER_LINE_WORDS:
            for m in BOILERPLATE_RE.finditer(line):
                # Long paragraphs: only the sentence carrying the cue is clutter.
                s = max(line.rfind(". ", 0, m.start()) + 1, 0)
                e = line.find(". ", m.end())
                spans.append((start + s, start + (e if e >= 0 else len(line))))
    return spans


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def headline_like(text: str, start: int) -> bool:
    """True for Title Case lines (headlines), where the small model invents entities."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls : le if le >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    caps = sum(w[0].isupper() for w in words if w.lower() not in HEADLINE_SMALL_WORDS)
    return caps >= HEADLINE_CAPS_SHARE * len(words)


def common_words(forms: dict[str, NameForm], texts: list[str]) -> set[str]:
    """Forms that the texts mostly write in lower case ("International", "Ministry", "human
    rights"): ordinary words capitalised in a name or at a sentence start, too vague to join
    names."""
    singles = {
        f.key for f in forms.values() if len(f.tokens) == 1 and f.key.replace("-", "").isalpha()
    }
    lower: Counter[str] = Counter()
    for text in texts:
        lower.update(w for w in re.findall(r"\b[a-z][a-z-]*\b", text) if w in singles)
    common = {k for k in singles if lower[k] >= sum(forms[k].surfaces.values())}
    # Phrases too: "Human Rights", "Black Death" written mostly in lower case are topics.
    for f in forms.values():
        if len(f.tokens) > 1 and f.key.replace(" ", "").replace("-", "").isalpha():
            written = sum(text.count(f.key) for text in texts)
            if written >= sum(f.surfaces.values()):
                common.add(f.key)
    return common


def keep(corpus: Corpus, c: Cluster, common: set[str]) -> bool:
    """Filter what is not an actor: common words, outlets used as a credit only."""
    if all(f.key in common for f in c.forms):
        return False  # an ordinary word capitalised at a sentence start or in a heading
    if _citation_only(corpus, c):
        return False
    if c.type != "person" and all(_inside_title(corpus, m) for m in c.matches):
        return False  # "vice president of Mobile Partnerships": part of someone's title
    # A bare surname seen once, with no full name anywhere, is too thin to list.
    single = c.type == "person" and not any(len(f.tokens) > 1 for f in c.forms)
    return not (single and len(c.matches) < 2)


def _inside_title(corpus: Corpus, m: Match) -> bool:
    text = corpus.docs[m.doc].document.text
    return bool(TITLE_OF_RE.search(text[max(0, m.start - TITLE_BEFORE_CHARS) : m.start]))


def _citation_only(corpus: Corpus, c: Cluster) -> bool:
    """An outlet used as a credit ("Interfax reported", "told Bloomberg"), not a party.

    An outlet whose own reporting is part of the story ("The New York Times report
    revealed ...") is kept.
    """
    if c.type != "organisation":
        return False
    cites = stories = 0
    for m in c.matches:
        text = corpus.docs[m.doc].document.text
        after = text[m.end : m.end + CITE_AFTER_CHARS]
        if STORY_AFTER_RE.search(after):
            stories += 1
        elif CITE_BEFORE_RE.search(
            text[max(0, m.start - CITE_BEFORE_CHARS) : m.start]
        ) or CITE_AFTER_RE.search(after):
            cites += 1
    return stories < 2 and cites * 2 >= len(c.matches)
