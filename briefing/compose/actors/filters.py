"""What is not an actor: page clutter around mentions, and clusters to drop.

``junk_spans`` finds the character ranges of bylines, photo credits, author bios and
boilerplate where mentions are ignored (not a quoted speaker's title: "said Ann Lee,
executive editor of ..."); ``headline_like`` spots Title Case lines where
the small model invents entities; ``common_words`` finds one-word forms the texts
mostly write in lower case; ``keep`` drops ordinary words, outlets cited only as a
source, departments seen only inside someone's job title and bodies named only as
where someone comes from ("Ann Lee of the Navy"); ``products`` finds the
products named after a company of the story ("Dorvale Mail").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing.compose.actors.clusters import Cluster, Match, NameForm
from briefing.compose.actors.written import lower_counts
from briefing.compose.article_memo import by_article, decode_spans, encode_spans, spans_fit
from briefing.lang.furniture import (
    AUDIENCE_BEFORE_RE,
    BOILERPLATE_RE,
    BYLINE_RE,
    CREDIT_RE,
    DATELINE_RE,
)
from briefing.lang.names import (
    ACRONYM_SKIP,
    CORPORATE_SUFFIXES,
    GOVERNMENT_WORDS,
    HEADLINE_SMALL_WORDS,
    UNIT_WORDS,
)
from briefing.lang.nicknames import NICKNAME_CUE_RE
from briefing.lang.outlets import (
    NEWS_OUTLETS,
    OUTLET_HEAD_WORDS,
    OUTLET_NAME_TAILS,
    OUTLET_NAME_WORDS,
    PUBLICATION_NOUNS,
    STATION_FIRST_WORDS,
)
from briefing.lang.patterns import alternation
from briefing.lang.places import ORGANISATION_WORDS
from briefing.lang.roles import (
    PORTFOLIO_AFTER_RE,
    PORTFOLIO_BEFORE_RE,
    PORTFOLIO_PAIR_AFTER_RE,
    TITLE_OF_RE,
)
from briefing.lang.speech import (
    CITE_AFTER_RE,
    CITE_BEFORE_RE,
    SAY_LEMMAS,
    SPEAKS_AFTER_RE,
    STORY_AFTER_RE,
)
from briefing.model import AnalysedDocument, Corpus
from briefing.parsed import ParsedDoc, tokens_at

# A line of at most this many words carrying a boilerplate cue is clutter as a whole;
# in a longer paragraph only the sentence with the cue is. Set by hand on the sample,
# not yet benchmarked.
CLUTTER_LINE_WORDS = 40
# Characters before a boilerplate cue searched for who it is the audience of.
AUDIENCE_CHARS = 40
# Verbs whose speaker's title may hold a cue word ("said Ann Lee, executive editor of
# ..."): the line is a quote of the story. Not "report": "Ann Lee, a staff writer,
# reported from ..." credits the page's author.
SPEAKER_TITLE_LEMMAS = SAY_LEMMAS - {"report"}
# How a cue word hangs on the head noun of a title: "executive editor", "the editor and
# publisher".
_TITLE_WORD_DEPS = {"compound", "amod", "conj"}
# A line of at least HEADLINE_MIN_WORDS words, this share of them capitalised, is a
# Title Case headline. Set by hand on the sample, not yet benchmarked.
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPS_SHARE = 0.75
# Characters looked at before/after a mention for citation cues and job titles. Set by
# hand on the sample, not yet benchmarked; before, room for a publication's noun and
# two words between the cue and the name ("according to the Colombian newspaper X").
CITE_BEFORE_CHARS = 50
CITE_AFTER_CHARS = 30
TITLE_BEFORE_CHARS = 30
# Characters before a body's name searched for ", of the" after a person's name (the
# longest such gap with room to spare).
AFFILIATION_BEFORE_CHARS = 12
# Characters before a mention searched for words that introduce a nickname.
NICKNAME_CUE_CHARS = 40
# A name introduced as a nickname in at least one of this many mentions is one; fewer is
# a body or a country once said to be "known as" something. Set on the 20 tuning+check
# stories of benchmarks/story_eval.py (a handle introduced in 2 of its 8 mentions; a
# core country once after "known as" in 142).
NICKNAME_SHARE = 5
# Types whose full name may be given a short one ("known as the SRB").
BODY_TYPES = {"organisation", "government body"}
# An outlet is a party only when named in at least 1/PUBLICATION_MIN_SHARE of the articles
# (a story about the outlet). Set by hand on issue 11's outlets (gold not_actors of the
# story_eval tuning stories), not tuned further.
PUBLICATION_MIN_SHARE = 2


@by_article("junk_spans", encode_spans, decode_spans, spans_fit)
def junk_spans(adoc: AnalysedDocument) -> list[tuple[int, int]]:
    """Character ranges of page clutter: bylines, credits, bios, boilerplate, headlines
    (remembered per article, across builds too: ``compose.article_memo``)."""
    text = adoc.document.text
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        dateline = DATELINE_RE.match(stripped)
        if dateline:
            # "WASHINGTON (AP) --": where the story was filed from, a place, no party.
            lead = start + line.index(stripped)
            spans.append((lead + dateline.start("place"), lead + dateline.end("place")))
        credit = CREDIT_RE.search(line)
        if credit:
            # A caption keeps its text; only the credit after the marker is clutter.
            spans.append((start + credit.start(), end))
        words = stripped.split()
        cues = [
            m
            for m in BOILERPLATE_RE.finditer(line)
            if not _audience(line, m.start())
            and not _speaker_title(adoc.parse, start + m.start(), start + m.end())
        ]
        if BYLINE_RE.match(stripped) or len(words) <= CLUTTER_LINE_WORDS and cues:
            spans.append((start, end))
        elif len(words) > CLUTTER_LINE_WORDS:
            for m in cues:
                # Long paragraphs: only the sentence carrying the cue is clutter.
                s = max(line.rfind(". ", 0, m.start()) + 1, 0)
                e = line.find(". ", m.end())
                spans.append((start + s, start + (e if e >= 0 else len(line))))
    return spans


def _audience(line: str, cue: int) -> bool:
    """ "told reporters", "said to a correspondent": the cue at ``cue`` is whom someone in
    the story spoke to, not page furniture."""
    return bool(AUDIENCE_BEFORE_RE.search(line, max(0, cue - AUDIENCE_CHARS), cue))


def _speaker_title(parse: ParsedDoc | None, start: int, end: int) -> bool:
    """Whether the cue word at ``start:end`` is the title of a person who speaks in the
    sentence: "said Ann Lee, executive editor of the Harbour Review", "Ann Lee, the
    veteran reporter, told ...": story text, not a byline or a bio (check story D0607G:
    an editor's full name was read as clutter and his bare surname typed an
    organisation). A title after "to" ("Mail questions to Ann Lee, garden editor") or of
    one who writes the page ("a staff writer, contributed") is no speaker's."""
    span = tokens_at(parse, start, end)
    if span is None:
        return False
    word = span.root
    while word.dep_ in _TITLE_WORD_DEPS and word.head.i != word.i:
        word = word.head
    if word.dep_ != "appos":
        return False
    name = word.head
    return (
        name.ent_type_ == "PERSON"
        and name.dep_ == "nsubj"
        and name.head.lemma_ in SPEAKER_TITLE_LEMMAS
    )


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one of the spans."""
    return any(s <= start and end <= e for s, e in spans)


def headline_like(text: str, start: int) -> bool:
    """True for Title Case lines (headlines), where the small model invents entities."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    return _title_case(text[ls : le if le >= 0 else len(text)])


@lru_cache(maxsize=4096)
def _title_case(line: str) -> bool:
    """``headline_like`` of one line (asked once per mention: a line holds several)."""
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
    # Phrases too: "Human Rights", "Black Death" written mostly in lower case are topics.
    phrases = [
        f
        for f in forms.values()
        if len(f.tokens) > 1 and f.key.replace(" ", "").replace("-", "").isalpha()
    ]
    lower, written = lower_counts(texts, (f.key for f in phrases))
    common = {k for k in singles if lower[k] >= sum(forms[k].surfaces.values())}
    common.update(f.key for f in phrases if written[f.key] >= sum(f.surfaces.values()))
    return common


def keep(corpus: Corpus, c: Cluster, common: set[str]) -> bool:
    """Filter what is not an actor: common words, outlets used as a credit only."""
    if all(f.key in common for f in c.forms):
        return False  # an ordinary word capitalised at a sentence start or in a heading
    if _citation_only(corpus, c):
        return False
    if (c.type != "person" and _publication(c)) or _called_a_publication(corpus, c):
        # "PV News", "Israel Radio": an outlet is the story's carrier; a party only in a
        # story about it, which names it in at least half of the articles.
        docs = {m.doc for m in c.matches}
        if len(docs) * PUBLICATION_MIN_SHARE < len(corpus.docs):
            return False
    if c.type != "person" and all(
        _inside_title(corpus, m) or _affiliation(corpus, m) for m in c.matches
    ):
        # "vice president of Mobile Partnerships": part of someone's title; "Ann Lee of the
        # Navy": where someone comes from, never a party of its own.
        return False
    if c.type != "country" and not any(len(f.tokens) > 1 and f.votes["PERSON"] for f in c.forms):
        nicknamed = [_nickname(corpus, m) for m in c.matches]
        # A body written out in full where no cue introduces it ("the Special Review Board,
        # known as the SRB"): the cue gives the body's short name, not someone's nickname.
        written_out = c.type in BODY_TYPES and any(
            not nick and len(_written(corpus, m).split()) > 1
            for m, nick in zip(c.matches, nicknamed, strict=True)
        )
        if not written_out and any(nicknamed) and sum(nicknamed) * NICKNAME_SHARE >= len(c.matches):
            return False  # "nicknamed 'Big X'", "who calls himself X": someone's other name
    # A bare surname seen once, with no full name anywhere, is too thin to list.
    single = c.type == "person" and not any(len(f.tokens) > 1 for f in c.forms)
    return not (single and len(c.matches) < 2)


def _publication(c: Cluster) -> bool:
    """A news outlet by its name ("Xinhua", "The Jerusalem Post", "PV News", "Times of
    Zambia")."""
    return any(
        f.key in NEWS_OUTLETS
        or f.tokens[-1] in OUTLET_NAME_WORDS
        or f.key.endswith(OUTLET_NAME_TAILS)
        or _named_for_place(f.tokens)
        for f in c.forms
    )


def _called_a_publication(corpus: Corpus, c: Cluster) -> bool:
    """A name written before a publication's noun ("said Vellor newspaper"), or always
    right after it ("the newspaper Vellor Dnes", "daily Vellor Dnes reported"; once is not
    enough there: "told the newspaper Ann Lee had left"), whatever the model took it
    for: a newspaper, not a person."""
    after_noun = 0
    for m in c.matches:
        text = corpus.docs[m.doc].document.text
        if _PUBLICATION_AFTER_RE.match(text, m.end):
            return True
        if _CITED_PUBLICATION_RE.search(text, max(0, m.start - CITE_BEFORE_CHARS), m.start):
            return True  # "according to the newspaper Vellor Dnes": once is enough
        before = text[max(0, m.start - PUBLICATION_BEFORE_CHARS) : m.start]
        after_noun += bool(_PUBLICATION_BEFORE_RE.search(before))
    return 0 < after_noun == len(c.matches)


# A publication's noun in lower case right after a name ("the official Kessa news agency
# reported": DUC 2004 d30034t listed a news agency as a person).
_PUBLICATION_AFTER_RE = re.compile(
    r"[ \t]+(?:newspaper|daily|weekly|magazine|tabloid|news[ \t]+(?:agency|service))\b"
)


# The same nouns right before a name, lower case, after an article or opening a clause
# ("by the newspaper Vellor Dnes", "daily Vellor Dnes reported": DUC 2004 d30044t listed a
# daily as a person), and the characters searched for them.
_PUBLICATION_BEFORE_RE = re.compile(
    r"(?:^|[\s,(])(?:newspaper|daily|weekly|magazine|tabloid|news[ \t]+agency)[ \t]+\Z"
)
PUBLICATION_BEFORE_CHARS = 16
# A publication's noun after a credit's words, right before a name: "according to the
# newspaper Vellor Dnes", "quoted by the weekly magazine Lumo" (not "told the newspaper
# X", where X may be the subject of what was told).
_CITED_PUBLICATION_RE = re.compile(
    r"\b(?:according[ \t]+to|(?:quoted|cited|reported)[ \t]+(?:by|in))[ \t]+(?:the[ \t]+)?"
    rf"(?:[\w.-]+[ \t]+){{0,2}}?{alternation(PUBLICATION_NOUNS)}[ \t]+\Z",
    re.I,
)


def _named_for_place(tokens: Sequence[str]) -> bool:
    """ "Times of Zambia", "The Journal of Commerce": a publication word, then "of"."""
    words = list(tokens[1:] if tokens and tokens[0] == "the" else tokens)
    return len(words) > 2 and words[0] in OUTLET_HEAD_WORDS and words[1] == "of"


def _nickname(corpus: Corpus, m: Match) -> bool:
    """A mention right after words that introduce a nickname or a handle."""
    text = corpus.docs[m.doc].document.text
    return bool(NICKNAME_CUE_RE.search(text[max(0, m.start - NICKNAME_CUE_CHARS) : m.start]))


def _written(corpus: Corpus, m: Match) -> str:
    return corpus.docs[m.doc].document.text[m.start : m.end]


def _inside_title(corpus: Corpus, m: Match) -> bool:
    """A department named inside someone's title: "vice president of | Mobile Partnerships",
    "Minister of Labour and | Housing", "the Labour and | Housing Minister", "the | Labour
    and Housing Minister" (tuning story D0607G: a ministry's second portfolio ranked 11)."""
    text = corpus.docs[m.doc].document.text
    before = text[max(0, m.start - TITLE_BEFORE_CHARS) : m.start]
    if TITLE_OF_RE.search(before) or PORTFOLIO_PAIR_AFTER_RE.match(text, m.end):
        return True
    return bool(PORTFOLIO_BEFORE_RE.search(before) and PORTFOLIO_AFTER_RE.match(text, m.end))


def _affiliation(corpus: Corpus, m: Match) -> bool:
    """A body named only as where a person named right before it comes from: "Ann Lee of
    the Navy", "Ann Lee, of the Kessel Institute" (DUC 2004 d30031t: an astronaut's
    service listed among a shuttle story's key actors)."""
    adoc = corpus.docs[m.doc]
    text = adoc.document.text
    of = _AFFILIATION_BEFORE_RE.search(text, max(0, m.start - AFFILIATION_BEFORE_CHARS), m.start)
    if of is None:
        return False
    return any(p.label == "PERSON" and p.end == of.start() for p in adoc.mentions)


# What lies between a person's name and the body they come from.
_AFFILIATION_BEFORE_RE = re.compile(r",?[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


def _citation_only(corpus: Corpus, c: Cluster) -> bool:
    """An outlet used as a credit ("Interfax reported", "told Bloomberg"), not a party.

    A body whose own report is part of the story ("the board's report revealed ...") is
    kept; a publication named as such ("The New York Times report revealed ...") is not:
    its report is the credit of what it says.
    """
    if c.type != "organisation":
        return False
    cites = stories = speaks = 0
    for m in c.matches:
        text = corpus.docs[m.doc].document.text
        after = text[m.end : m.end + CITE_AFTER_CHARS]
        speaks += bool(SPEAKS_AFTER_RE.search(after))
        if STORY_AFTER_RE.search(after):
            stories += 1
        elif CITE_BEFORE_RE.search(
            text[max(0, m.start - CITE_BEFORE_CHARS) : m.start]
        ) or CITE_AFTER_RE.search(after):
            cites += 1
    if _publication(c) or _station(c):
        # A publication ("the Times") whose reports are what the articles cite is still
        # a credit: a party only when most mentions are about it, not by it.
        return (cites + stories + speaks) * 2 >= len(c.matches)
    return stories < 2 and cites * 2 >= len(c.matches)


def _station(c: Cluster) -> bool:
    """A station by its name's first word ("Radio Vellor", "TV Lumo"): its reports are
    credits, like a newspaper's; not dropped as an outlet by its share of the articles
    (a station whose interview is the story's subject is one of its parties)."""
    return any(len(f.tokens) > 1 and f.tokens[0] in STATION_FIRST_WORDS for f in c.forms)


# Words that make a name a body's, never a product's.
_BODY_WORDS = ORGANISATION_WORDS | GOVERNMENT_WORDS | UNIT_WORDS | CORPORATE_SUFFIXES | ACRONYM_SKIP


def products(clusters: list[Cluster]) -> list[bool]:
    """For each cluster, whether it is a product of another organisation of the story:
    every longer name it has begins with that company's one-word name and names no body
    ("Dorvale Mail", "Harlan Antivirus" beside "Dorvale", "Harlan"), not "Army
    Corps of Engineers" or "Harvard Law School"."""
    makers = {
        f.key for c in clusters if c.type == "organisation" for f in c.forms if len(f.tokens) == 1
    }
    out = []
    for c in clusters:
        own = {f.key for f in c.forms if len(f.tokens) == 1}
        longer = [f for f in c.forms if len(f.tokens) > 1]
        # A name that heads names of its own ("Boeing 767s") or is written with a
        # corporate suffix ("Boeing Co") is a maker, whatever precedes it ("Skyline Boeing").
        maker = any(f.tokens[0] in own for f in longer) or any(
            s.split()[-1].lower().rstrip(".") in CORPORATE_SUFFIXES
            for f in c.forms
            for s in f.surfaces
        )
        out.append(
            c.type == "organisation"
            and not maker
            and bool(longer)
            and all(f.tokens[0] in makers - own and not set(f.tokens) & _BODY_WORDS for f in longer)
        )
    return out
