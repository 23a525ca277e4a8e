"""Source digests: the per-article condensation a reader sees next to each numbered source.

The chosen ``--summarizer`` scores every sentence of an article; the digest is its best few
sentences, in article order, with three precautions so it reads at a glance:

* a sentence that repeats the headline is skipped, since the entry already prints the title,
  and so is a lede that retells it with little more (``headline_restated``: "EPA orders
  Vellan Resorts to restore wetlands" over "The Environmental Protection Agency told
  Vellan Resorts on Friday to restore half an acre of wetlands, officials said."), and so is
  a standfirst (a short one-sentence first paragraph: the page's deck, written
  in headline style, "Facebook confirms data partnerships with Huawei ...");
* no two digest sentences state the same thing (a standfirst printed again as the lede),
  nor give the same figure of the same thing ("shared data with at least 60 different device
  makers" / "data-sharing relationships with approximately 60 device makers": ``counted``);
* sentences that need the article around them ("He said ...", a dateline, a question) are
  used only when no sentence of the article reads on its own (one sentence that does
  beats it and one that does not), and a line cut off ("The board voted, 3rd graf pvs") never;
  a leading connective ("Moreover,") is dropped, as in the executive summary.

A wire report's bare "here" gets the place of its dateline, "[in <place>]", as the
summary's statements and the timeline's entries do (``place_notes.place_here``), and a
person called by the surname or a body by its short name gets the summary's editor's note
("Corbin [Rep. John Corbin]", "the committee [Senate Ethics Committee]": ``digest_notes``),
the first time the digest names them. A sentence naming someone by one word whom its
article never named in full before it, one with a pronoun nothing in it stands for, one
pointing at a thing told before ("these products"), a quotation's inner words, a
recipe's bidding or a numbered list's item leans on the article (``digest_leans``), and
is taken, like "He said ...", only when too few others read alone; one whose bare
subject or object its article told before ("The trend is ...", "target the course") is
taken before the digest would have fewer sentences.

The summarizer weighs how central a sentence is, not where it stands, and may pick side
details from deep in a report while its news is left out (more so when the title prints
the lede): a choice with none of the article's opening sentences is made again with the
best of them that tells news first (``digest_lead``).

A third sentence is added only while the digest stays short enough to take in at a glance,
and a run-on "sentence" of over ``MAX_SENTENCE_WORDS`` words is never one.

The same list, notes and all, is the JSON's ``sources[].summary``: it is what every
document prints, and a note is told apart from the source's words by its square brackets
(the summary's statements keep both, ``text`` and ``edited``; a digest sentence is no
statement a tool cites by its words). Which sentences an article's digest takes, and their
notes, are a question of that article alone (its scored sentences, title, mentions and
parse), so ``source_digest`` remembers them as an article memo, kept across builds: a
second run over 875 articles chose every digest again.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from briefing.compose.article_memo import article_memo
from briefing.compose.digest_lead import LEAD_SENTENCES, news_lead
from briefing.compose.digest_leans import READS_ALONE, TOLD_BEFORE, leaning
from briefing.compose.digest_notes import (
    NotedSentences,
    decode_noted,
    digest_notes,
    encode_noted,
    noted_fit,
)
from briefing.compose.editorial import annotate
from briefing.compose.headline_restated import headline_words, restates_headline
from briefing.compose.near_duplicates import (
    CONTAINMENT,
    JACCARD,
    content_stems,
    near_duplicate,
    stem,
)
from briefing.compose.place_notes import dateline_place, place_here
from briefing.compose.sentence_filters import standalone, trim_connective
from briefing.lang.dates import YEAR_RE
from briefing.lang.deixis import bare_here
from briefing.lang.figures import NOT_COUNTED, NUMBER_SCALES, NUMBER_WORDS, UNIT_KG, figure_value
from briefing.lang.speech import SAY_RE
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument, Document, ScoredSentence, Sentence

# Fewest digest sentences worth showing before falling back to ones that lean on context.
# Chosen by hand in ff26656; not benchmarked.
MIN_SENTENCES = 2
# A sentence that does not read alone ("It said ...", "He had been ...", a quotation
# cut from its speaker) fills a digest only while it has fewer sentences than this: one
# that reads alone beats it and a second that does not. Judging DUC 2004 and the check
# set's digests (session 46), the sentences taken to fill were mostly judged bad.
LEANING_FILL = 1
# A finished statement ends with a full stop or "!" (a closing quote or bracket after
# it); a line cut off ("The board voted, 3rd graf pvs", a quotation cut at its comma before its
# speaker: '"The figures were wrong,"') fills no digest.
_FINISHED_RE = re.compile(r"[.!][\"'”’)»\]]*\s*$")
# A quotation given whole, its speaker after it ('"The figures were wrong," the harbour
# master told reporters.'): the summary's filter turns it away as mostly quoted words,
# but read alone it says who said what, so it fills a digest as far as
# ``MIN_SENTENCES`` (not when its speaker is a pronoun: '"We had no choice," he said.').
_CREDITED_RE = re.compile(
    r"\s*[\"“][^\"“”]+[,.!?][\"”]\s+(?!(?i:he|she|they|it|we|i)\b)(?P<credit>[^\"“”]+)$"
)
# A speaker credited as quoted ("..., Hale was quoted as saying.").
_QUOTED_RE = re.compile(r"\bquoted\b")
# A sentence at most this many times longer (in content words) than the title, that holds
# nearly all of the title's words, is a headline restated; a longer lede that contains the
# headline's words adds facts and stays. Chosen by eye on the sample and dev stories.
TITLE_SLACK = 1.5
# A one-sentence first paragraph this short is a standfirst (deck), not a news lede; wire
# ledes run longer (the sample's decks are 13-15 words, dev-story AP ledes 20-40).
STANDFIRST_WORDS = 16
# A title of this many words or more that a sentence opens with is that sentence cut short
# (a page without a headline titled by its lede); a shorter one may be a lede's subject
# and verb ("Varga sworn in"). Set by reading the dev stories' digests (session 39: two
# such titles of 12 words); not swept.
LEDE_TITLE_WORDS = 8
# Sentences beyond the second only while the digest stays within this many words; two long
# sentences already make a paragraph. Chosen by eye on the sample and dev stories.
DIGEST_WORDS = 75
# A "sentence" longer than this is a run-on (a flattened table or list, or a hostile line
# of thousands of words), never a digest sentence. The longest of 504 digest sentences on
# the 8 story_eval gold stories had 55 words (session 17).
MAX_SENTENCE_WORDS = 100
# Words after a figure (and its units) that say what it counts ("14 small river bridges":
# "small", "river", "bridges"); two digest sentences giving one figure with one of these in
# common tell one fact. Set by reading the digests of the 20 DUC 2006 dev stories
# (session 38: the sample's "60 device makers" twice, a Skylark digest's "June 12 crash"
# twice); not swept.
COUNTED_WORDS = 3
# A figure spelled in words is a figure only from this value up ("Five hundred workers",
# "Twenty-nine percent": wire style spells out a figure that opens a sentence); "two sides",
# "one man" are no figures of a thing. Set by reading the digests of the 20 DUC 2006 dev
# stories (session 39: "Five hundred ... workers" / "500 workers" in one digest); not swept.
SPELLED_FIGURE_MIN = 10
# A number as one token ("4,000", "5.3", "30-day"), else a word as ``lang.words`` reads it.
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*(?:-[^\W\d_]+)?|[^\W_]+(?:[-'’.][^\W_]+)*")


# Units and multipliers say how a figure counts, not what ("10 percent", "2 million").
@functools.cache
def _units() -> frozenset[str]:
    """Their stems, worked out on first use (``near_duplicates._stemmer``)."""
    return frozenset(stem(w) for w in (*NOT_COUNTED, *NUMBER_SCALES, *UNIT_KG, "degree", "point"))


def repeats_title(words: list[str], title_words: list[str]) -> bool:
    """Whether a sentence (as words) equals or near-equals the headline, or opens with
    all of a long headline's words: a page without a headline is titled by its first
    sentence cut short ("At a moment when the county's small farms are short of
    seasonal…"), which the entry already prints."""
    if len(title_words) >= LEDE_TITLE_WORDS and _opens_with(words, title_words):
        return True
    s, t = content_stems(words), content_stems(title_words)
    if not s or not t:
        return False
    shared = len(s & t)
    if shared / len(s | t) >= JACCARD:
        return True
    return len(s) <= TITLE_SLACK * len(t) and shared / len(s) >= CONTAINMENT


def _opens_with(words: list[str], title_words: list[str]) -> bool:
    """Whether ``words`` open with ``title_words``, the last perhaps cut short."""
    n = len(title_words)
    return (
        len(words) >= n
        and words[: n - 1] == title_words[: n - 1]
        and words[n - 1].startswith(title_words[-1])
    )


def counted(text: str) -> frozenset[tuple[str, str]]:
    """Each figure of a sentence (a number that is no year, in digits or in words from
    ``SPELLED_FIGURE_MIN`` up, read as its value: "Five hundred" is "500", "7 million" is
    "7000000") with the stems of the content words among the ``COUNTED_WORDS`` words after
    it and its units: "60 different device makers" gives ("60", "devic") and ("60",
    "maker"), "3 percent in the same week" none."""
    tokens = [t.lower() for t in _TOKEN_RE.findall(text)]
    out: set[tuple[str, str]] = set()
    i = 0
    while i < len(tokens):
        figure = _figure_at(tokens, i)
        if figure is None:
            i += 1
            continue
        number, unit, i = figure
        after = [unit, *tokens[i:]] if unit else tokens[i:]
        units = next((n for n, word in enumerate(after) if stem(word) not in _units()), len(after))
        for word in after[units : units + COUNTED_WORDS]:
            if word[0].isdigit() or _number_word(word):
                break
            if word not in STOP_WORDS:
                out.add((number, stem(word)))
    return frozenset(out)


def _number_word(token: str) -> bool:
    """Whether a token is a number word or a hyphened run of them ("twenty-nine")."""
    parts = token.split("-")
    return all(p in NUMBER_WORDS or p in NUMBER_SCALES for p in parts) and parts[0] not in (
        "a",
        "an",
    )


def _figure_at(tokens: list[str], i: int) -> tuple[str, str, int] | None:
    """The figure starting at ``tokens[i]`` as (its value written plainly, the unit glued
    to it by a hyphen as in "30-day", the index after it), or None: a year, a word that is
    no number, a number in words under ``SPELLED_FIGURE_MIN``. Scale words after it are
    part of it ("7 million")."""
    token = tokens[i]
    if token[0].isdigit():
        if YEAR_RE.fullmatch(token):
            return None
        number, _, unit = token.partition("-")
    elif _number_word(token):
        number, unit = token, ""
    else:
        return None
    end = i + 1
    while not unit and end < len(tokens) and _number_word(tokens[end]):
        end += 1
    if unit in NUMBER_SCALES:  # "1.5-million"
        number, unit = f"{number} {unit}", ""
    value, _ = figure_value(" ".join([number, *tokens[i + 1 : end]]))
    if value is None:
        return None
    if not token[0].isdigit() and value < SPELLED_FIGURE_MIN:
        return None
    return (str(int(value)) if value.is_integer() else repr(value)), unit, end


def retold(a: str, b: str) -> bool:
    """Whether two sentences of one article give the same figure of the same thing."""
    return not counted(a).isdisjoint(counted(b))


def _credited(text: str) -> bool:
    """Whether ``text`` is a quotation given whole with its speaker (``_CREDITED_RE``)
    and a verb of saying after it."""
    m = _CREDITED_RE.match(text)
    return (
        m is not None
        and _FINISHED_RE.search(text) is not None
        and bool(SAY_RE.search(m["credit"]) or _QUOTED_RE.search(m["credit"]))
    )


def _told_alone(document: Document | None) -> Callable[[Sentence], bool]:
    """Which sentences that the summary's filter turns away read alone in a digest all
    the same: a quotation with its speaker (``_credited``), and, with the article's
    ``document`` placed by its dateline, one whose bare "here" the digest places
    ("The council met here [in Marlow, Ore.] ...": ``place_notes.place_here``)."""
    placed = document is not None and dateline_place(document) is not None
    return lambda s: _credited(s.text) or (placed and bare_here(s.text) is not None)


def digest(
    scored: list[ScoredSentence],
    title_words: list[str],
    sentences: int,
    document: Document | None = None,
) -> list[str]:
    """The article's best ``sentences`` sentences by summarizer score, in article order;
    with the article's ``document``, a bare "here" is placed by its dateline and a
    sentence retelling its headline is left out (``headline_restated``)."""
    headline = headline_words(title_words, document.title if document is not None else "")
    chosen = _chosen(scored, title_words, sentences, headline=headline, fills=_told_alone(document))
    return _texts(chosen, document)


# The sentences each article's digest takes (indices) with their notes, by article, title,
# digest length and the scores (stored in its compose cache entry).
_CHOSEN = article_memo("digest_sentences", __name__, encode_noted, decode_noted, noted_fit)


def source_digest(
    adoc: AnalysedDocument, scored: list[ScoredSentence], title_words: list[str], sentences: int
) -> list[str]:
    """``digest`` of the article ``adoc``, its sentences chosen and noted
    (``digest_notes``) once per article, title, length and scores, within a build and
    across builds."""
    if not scored:
        return []
    # The scores come from the map (per article, cached with it); a key holding them makes
    # an answer for other scores (another summarizer) no answer here.
    scores = hashlib.sha256(repr([(s.sentence.index, s.score) for s in scored]).encode())
    args = (adoc.document.title, sentences, scores.hexdigest())
    noted = _CHOSEN.ask(adoc, args, lambda _, *__: _noted(adoc, scored, title_words, sentences))
    by_index = {s.sentence.index: s for s in scored}
    if not noted.keys() <= by_index.keys():  # a stored answer naming no sentence of these
        noted = _noted(adoc, scored, title_words, sentences)
    return [
        annotate(place_here(trim_connective(by_index[i].sentence.text), adoc.document), notes)
        for i, notes in sorted(noted.items())
    ]


def plain_digest(scored: list[ScoredSentence], sentences: int) -> list[str]:
    """The digest of an article whose ``source_digest`` failed (``compose.guarded``): the
    summarizer's best ``sentences`` finished sentences of at most ``MAX_SENTENCE_WORDS``
    words, in article order, a leading connective dropped (a pattern, and nothing more:
    none of the reading that may have failed)."""
    fit = [
        s
        for s in scored
        if len(s.sentence.text.split()) <= MAX_SENTENCE_WORDS
        and _FINISHED_RE.search(s.sentence.text)
    ]
    best = sorted(fit, key=lambda s: (-s.score, s.sentence.index))[:sentences]
    return [trim_connective(s.sentence.text) for s in sorted(best, key=lambda s: s.sentence.index)]


def _noted(
    adoc: AnalysedDocument, scored: list[ScoredSentence], title_words: list[str], sentences: int
) -> NotedSentences:
    """The sentences ``source_digest`` takes, by index, with their notes."""
    headline = headline_words(title_words, adoc.document.title)
    asked: dict[tuple[int, tuple[int, ...]], int] = {}

    def leans(sentence: Sentence, before: list[Sentence]) -> int:
        # Asked again of the same sentence and digest when ``_chosen`` chooses twice.
        key = (sentence.index, tuple(b.index for b in before))
        if key not in asked:
            asked[key] = leaning(adoc, sentence, before)
        return asked[key]

    chosen = _chosen(
        scored,
        title_words,
        sentences,
        leans,
        headline=headline,
        fills=_told_alone(adoc.document),
    )
    return digest_notes(adoc, [s.sentence for s in chosen])


def _texts(chosen: list[ScoredSentence], document: Document | None) -> list[str]:
    """The chosen sentences' texts in article order, a leading connective dropped and,
    with ``document``, a bare "here" placed by its dateline."""
    texts = [
        trim_connective(s.sentence.text) for s in sorted(chosen, key=lambda s: s.sentence.index)
    ]
    return texts if document is None else [place_here(text, document) for text in texts]


def _chosen(
    scored: list[ScoredSentence],
    title_words: list[str],
    sentences: int,
    leans: Callable[[Sentence, list[Sentence]], int] = lambda *_: READS_ALONE,
    *,
    headline: Sequence[str] = (),
    fills: Callable[[Sentence], bool] = lambda s: _credited(s.text),
) -> list[ScoredSentence]:
    """The sentences ``digest`` takes, in the order it chose them (none that retells the
    ``headline``, ``headline_restated``): those that read alone
    first; then, before the digest would shrink, those whose subject ``leans`` says an
    earlier sentence told (``digest_leans.TOLD_BEFORE``); those that lean further, like
    those that do not read alone, only while the digest has fewer than ``LEANING_FILL``
    (never a line cut off: ``_FINISHED_RE``), but those ``fills`` tells (a quotation
    with its speaker, ``_credited``; a "here" the dateline places) to reach
    ``MIN_SENTENCES``. When that choice has none of the article's opening sentences, it
    is made again with the news of one first (``digest_lead``)."""
    if not scored:
        return []
    lead = [s for s in scored if s.sentence.paragraph == scored[0].sentence.paragraph]
    standfirst = (
        lead[0]
        if len(lead) == 1 < len(scored) and len(lead[0].sentence.words) <= STANDFIRST_WORDS
        else None
    )
    candidates = [
        s
        for s in sorted(scored, key=lambda s: -s.score)
        if s is not standfirst
        and len(s.sentence.words) <= MAX_SENTENCE_WORDS
        and not repeats_title(s.sentence.words, title_words)
        and not restates_headline(s.sentence.words, headline)
    ]
    chosen = _filled(candidates, sentences, leans, fills=fills)
    # The news first when the summarizer's choice has none of the article's opening
    # candidates (``digest_lead``): the best of them that reads alone and tells news.
    opening = {id(s) for s in sorted(candidates, key=lambda s: s.sentence.index)[:LEAD_SENTENCES]}
    if any(id(c) in opening for c in chosen):
        return chosen
    return _filled(candidates, sentences, leans, opening=opening, fills=fills)


def _filled(
    candidates: list[ScoredSentence],
    sentences: int,
    leans: Callable[[Sentence, list[Sentence]], int],
    *,
    opening: AbstractSet[int] = frozenset(),
    fills: Callable[[Sentence], bool] = lambda s: _credited(s.text),
) -> list[ScoredSentence]:
    """``_chosen``'s sentences from ``candidates`` (best scored first); given ``opening``,
    the first is the best of those whose ``id`` is in it that reads alone and leads with
    news (``digest_lead.news_lead``), if one does."""
    chosen: list[ScoredSentence] = []

    def leaning(s: ScoredSentence) -> int:
        return leans(s.sentence, [c.sentence for c in chosen])

    def alone(most: int) -> Callable[[ScoredSentence], bool]:
        return lambda s: standalone(s.sentence) and leaning(s) <= most

    def news(s: ScoredSentence) -> bool:
        return (
            id(s) in opening
            and news_lead(s.sentence.index, s.sentence.text, len(s.sentence.words))
            and alone(READS_ALONE)(s)
        )

    def told(s: ScoredSentence) -> bool:
        return fills(s.sentence) and leaning(s) == READS_ALONE

    def filling(s: ScoredSentence) -> bool:
        return _FINISHED_RE.search(s.sentence.text) is not None

    # Each pool is a test of the candidates in order, asked of a candidate only once the
    # digest has room for it (within ``limit`` and ``DIGEST_WORDS``): ``leans`` reads the
    # parse (~0.4 ms a sentence), and asking it of every candidate first took most of a
    # first build's digests (the 717 usable articles of the DUC 2004 and open DUC 2006 dev
    # stories in one folder: 21,169 asks, now 2,426; 3.5 -> 1.6 CPU s).
    # Sentences that read alone are looked over again once the digest has told more (a
    # subject it has just named reads alone now).
    for accepts, limit in (
        (news if opening else None, min(sentences, 1)),
        (alone(READS_ALONE), sentences),
        (alone(READS_ALONE), sentences),
        (alone(TOLD_BEFORE), sentences),
        (told, min(sentences, MIN_SENTENCES)),
        (filling, min(sentences, LEANING_FILL)),
    ):
        for s in candidates if accepts is not None else ():
            if len(chosen) >= limit:
                break
            total = sum(len(c.sentence.words) for c in chosen) + len(s.sentence.words)
            if len(chosen) >= MIN_SENTENCES and total > DIGEST_WORDS:
                continue
            if any(s is c for c in chosen) or not accepts(s):
                continue
            if any(
                near_duplicate(s.sentence.words, c.sentence.words)
                or retold(s.sentence.text, c.sentence.text)
                for c in chosen
            ):
                continue
            chosen.append(s)
    return chosen
