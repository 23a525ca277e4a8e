"""The brief's title when the user gives none: a name for the whole story, not one article's.

A brief of twenty articles titled with one of their headlines reads as a brief of that one
article ("X Provides Solar Technology to Zimbabwe" over a world solar-energy story). In order:

1. a ``--focus`` that reads as a short title ("NorAvia Flight 412", "civil unrest in China")
   is the stakeholder's own name for the story;
2. a headline every content word of which the story shares (each is in at least
   ``HEADLINE_SHARE`` of the articles) stands for the whole story; of those, the one whose
   words are most widely shared ("Facebook shared data with Chinese firms" on the sample);
3. the phrase of two words or more most headlines share ("Global Warming");
4. a phrase two headlines or more hold that most articles use in their text ("Death Row",
   "Harbour Tolls"): the story's own name for its subject;
5. with a question as focus, "Brief: <focus>";
6. else the headline whose words are most widely shared; a title cut from the text when
   no source has a headline; "Briefing" when no source has a title at all.

A title ingest cut from an article's first sentence (it ends in "…") is no headline. Wire
tags at a headline's end ("(2)", "(DW)", "(Updated)") are dropped, and a headline in
capitals is set in title case, as a title reads.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import chain
from statistics import mean

from briefing.compose.near_duplicates import content_stems, stem, stem_all
from briefing.lang.headlines import title_case
from briefing.lang.question_wording import (
    INTERROGATIVES,
)
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.words import tokens, words

# A headline stands for the story when each of its content words is in at least this share
# of the articles (headline and text). Chosen by reading the titles of the 20 TUNING+CHECK
# stories built without --focus: at 0.5 four have such a headline and none names a side
# matter; at 0.3 headlines of one event come in ("... Ferry Logbook Found"),
# where the phrase the headlines share ("Global Warming", "Harbour Dredging") is better.
HEADLINE_SHARE = 0.5
# A focus of at most this many words, not a question nor a sentence, reads as a title (the
# DUC 2006 topics' first lines run 1-8 words).
FOCUS_TITLE_WORDS = 10
# A phrase (two to four words) titles the story when at least this many headlines, and this
# share of them, hold it (read on the same 20 stories: 4 get one, all on topic).
PHRASE_MIN_HEADLINES = 3
PHRASE_SHARE = 0.2
PHRASE_WORDS = 4
# A phrase (two to four words) held by at least this many headlines names the story when at
# least this share of the articles write it (headline or text, words next to each other).
# Read on the 20 TUNING+CHECK stories built without --focus: at 0.6, 7 of the 13 that fell
# through to one article's headline get a phrase, each naming the story's subject; at 0.5 a
# generic phrase of a side matter titles one more (D0605E).
TEXT_PHRASE_MIN_HEADLINES = 2
TEXT_PHRASE_SHARE = 0.6
DEFAULT_TITLE = "Briefing"
NEUTRAL_TITLE = "Brief: {focus}"

_QUESTION_START = re.compile(rf"^(?:{INTERROGATIVES})\b", re.IGNORECASE)
_WIRE_TAG = re.compile(r"\s*\((?:[\d-]+|[A-Z]{1,4}|updated|corrected)\)\s*$", re.IGNORECASE)
# How many headlines hold each phrase (keyed by its stems), and how each is written.
Phrases = tuple[Counter[tuple[str, ...]], defaultdict[tuple[str, ...], Counter[str]]]
# ``stemmed_text`` of an article (by its index) and its cleaned headline.
Stemmed = Callable[[int, str], str]


def story_title(
    focus: str,
    headlines: Sequence[str],
    articles: Sequence[frozenset[str]],
    texts: Sequence[str] = (),
    stemmed: Stemmed | None = None,
) -> str:
    """The title for a story of articles with these ``headlines``, these content stems of
    their text and these ``texts`` (parallel lists); ``stemmed``: see ``_in_texts``."""
    focus = " ".join(focus.split())
    if focus_is_title(focus):
        return focus[0].upper() + focus[1:]
    cleaned = [_clean(h) for h in headlines]
    ranked = _ranked_headlines(cleaned, articles)
    if ranked and ranked[0][1] >= HEADLINE_SHARE:
        return title_case(ranked[0][2], cleaned)
    phrases = _headline_phrases(cleaned)  # a headline cut from the text ("") holds none
    phrase = _shared(phrases, sum(1 for h in cleaned if h)) or _in_texts(
        phrases, cleaned, texts, stemmed
    )
    if phrase:
        return title_case(phrase, cleaned)
    if focus:
        return NEUTRAL_TITLE.format(focus=focus)
    if ranked:
        return title_case(ranked[0][2], cleaned)
    return next((" ".join(h.split()) for h in headlines if h.strip()), DEFAULT_TITLE)


def focus_is_title(focus: str) -> bool:
    """A short topic ("civil unrest in China"), not a question or a sentence."""
    n = len(focus.split())
    return (
        0 < n <= FOCUS_TITLE_WORDS
        and not focus.rstrip().endswith(("?", "."))
        and not _QUESTION_START.match(focus)
    )


def shared_phrase(headlines: Sequence[str]) -> str:
    """The phrase (1-4 words, no stop word at either end) most headlines hold, as written
    most often (mixed case before capitals); "" when no phrase is shared widely enough."""
    return _shared(_headline_phrases(headlines), len(headlines))


def _shared(phrases: Phrases, headlines: int) -> str:
    """``shared_phrase`` of ``headlines`` headlines holding ``phrases``."""
    counts, written = phrases
    floor = max(PHRASE_MIN_HEADLINES, PHRASE_SHARE * headlines)
    shared = [(c, len(k), k) for k, c in counts.items() if c >= floor and len(k) > 1]
    if not shared:
        return ""
    return _as_written(written[max(shared)[2]])


def text_phrase(headlines: Sequence[str], texts: Sequence[str]) -> str:
    """The phrase (2-4 words) that at least ``TEXT_PHRASE_MIN_HEADLINES`` of the
    ``headlines`` hold and the most articles write (headline or text, words next to each
    other), when at least ``TEXT_PHRASE_SHARE`` of them do; "" otherwise. Parallel lists."""
    return _in_texts(_headline_phrases(headlines), headlines, texts)


def _in_texts(
    phrases: Phrases,
    headlines: Sequence[str],
    texts: Sequence[str],
    stemmed: Stemmed | None = None,
) -> str:
    """``text_phrase`` of ``headlines`` holding ``phrases``; ``stemmed(i, headline)``:
    ``stemmed_text`` of article ``i`` and its headline, when the caller remembers them."""
    counts, written = phrases
    held = [k for k, c in counts.items() if c >= TEXT_PHRASE_MIN_HEADLINES and len(k) > 1]
    if not held or not texts:
        return ""
    articles = [
        stemmed(i, h) if stemmed is not None else stemmed_text(h, t)
        for i, (h, t) in enumerate(zip(headlines, texts, strict=True))
    ]
    floor = TEXT_PHRASE_SHARE * len(texts)
    found = [(n, len(k), k) for k in held if (n := sum(f" {' '.join(k)} " in a for a in articles))]
    passing = [f for f in found if f[0] >= floor]
    if not passing:
        return ""
    # The most written, or a longer phrase holding it ("Nordair Flight 512", "Flight 512").
    best = " ".join(max(passing)[2])
    key = max((len(k), n, k) for n, _, k in passing if f" {best} " in f" {' '.join(k)} ")[2]
    return _as_written(written[key])


def stemmed_text(headline: str, text: str) -> str:
    """The stemmed words of a headline and its article's text, between spaces: " west
    bank settlement " holds the phrase " west bank "."""
    found = words(headline + "\n" + text)
    return f" {' '.join(stem_all(found))} "


def _headline_phrases(headlines: Sequence[str]) -> Phrases:
    """How many headlines hold each phrase of 1-4 words with no stop word at either end
    (keyed by stems), and how each is written."""
    counts: Counter[tuple[str, ...]] = Counter()
    written: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for headline in headlines:
        toks = tokens(headline)
        seen: set[tuple[str, ...]] = set()
        for i in range(len(toks)):
            for j in range(i + 1, min(i + PHRASE_WORDS, len(toks)) + 1):
                gram = toks[i:j]
                if gram[0].lower() in STOP_WORDS or gram[-1].lower() in STOP_WORDS:
                    continue
                key = tuple(stem(w.lower()) for w in gram)
                if key not in seen:
                    seen.add(key)
                    counts[key] += 1
                    written[key][" ".join(gram)] += 1
    return counts, written


def _as_written(forms: Counter[str]) -> str:
    """The spelling written most often, mixed case before capitals."""
    ranked = forms.most_common()
    return next((f for f, _ in ranked if not f.isupper()), ranked[0][0])


def _ranked_headlines(
    headlines: Sequence[str], texts: Sequence[frozenset[str]]
) -> list[tuple[float, float, str]]:
    """(mean share, least share, headline) of every headline with two content words or
    more, best first; a word's share is the part of the articles that use it."""
    heads = [content_stems(words(h)) for h in headlines]
    # How many articles use each stem, counted once over all of them (not per headline
    # word: 723 headlines each asked every article, 0.15 CPU s, now 0.05; min of 5).
    used = Counter(
        chain.from_iterable(head | stems for head, stems in zip(heads, texts, strict=True))
    )
    ranked = []
    for headline, stems in zip(headlines, heads, strict=True):
        if len(stems) < 2:
            continue
        shares = [used[s] / len(headlines) for s in stems]
        ranked.append((mean(shares), min(shares), headline))
    # widest least-shared word first, then the widest shared on average
    ranked.sort(key=lambda r: (r[1] >= HEADLINE_SHARE, r[0], r[1]), reverse=True)
    return ranked


def _clean(headline: str) -> str:
    """The headline without a wire tag; "" for a title cut from the text ("…")."""
    headline = " ".join(headline.split())
    return "" if headline.endswith("…") else _WIRE_TAG.sub("", headline)
