"""Digest lead: the opening sentence of a source digest carries its article's news.

A news report tells its news first: the lede, and the sentence or two after it that
complete it (who said so, the figure, the next step). The summarizer that scores an
article's sentences for its digest (``digests``) weighs how central a sentence is to the
article's words, not where it stands, and so may pick three side details from deep in
the report ("The delegation's bus was an hour late.") while the news is left out; more
so when the lede itself is no candidate because the entry prints it already as the
title (a page without a headline is titled by its lede cut short).

So when the summarizer's choice has none of the article's opening candidates
(``LEAD_SENTENCES`` of them, in article order, the headline and the standfirst skipped),
the digest first takes one of them instead: the best scored that reads alone, is no
short detail (``LEAD_MIN_WORDS``), does not open on a thing the lede told ("The effort
by Hale comes as ...") and ``tells_news``: it places what it tells at a time the report
dates ("on Friday", "yesterday", "last week", "Oct. 16") or says who tells it ("...,
officials said"). A feature's scene-setting opening ("As harbour towns go, Velmor is a
quiet one.") does neither, and is not put first for being first; the summarizer's
order may still take it.
"""

from __future__ import annotations

import re

from briefing.lang.dates import TIME_DAY_RE
from briefing.lang.months import MONTH_RE
from briefing.lang.speech import SAY_RE

# The opening candidates of an article (in article order) the digest's lead is taken from:
# the lede and the two sentences after it, where wire reports complete their news. Set by
# reading the digests of 8 DUC 2004 clusters (session 44: the sentence after a lede the
# title prints was the news's second half); not swept.
LEAD_SENTENCES = 3
# Fewest words of a lead taken before the summarizer's order: a shorter sentence after a
# lede tells a detail of it or points back at it ("A copy of the memo was seen Monday.",
# "Orla said all of it was false."), no news of its own; wire ledes and their second
# sentences run 20-40 words. Set by reading the same 8 clusters; not swept.
LEAD_MIN_WORDS = 15
# A time a report dates its news by, besides a day ("Friday", "yesterday": ``TIME_DAY_RE``):
# "last week", "this month", "Oct. 16", "on Nov. 13".
_DATED_RE = re.compile(rf"\b(?:(?i:last|this|next)\s+(?i:week|month)|{MONTH_RE}\s+\d{{1,2}}\b)")

# A sentence opening on "the", or a name's possessive, and a lower-case word: a thing or
# an act told before ("The effort by Hale ...", "Hale's appearance was ...").
_THE_OPENING_RE = re.compile(r"\s*[\"“‘']?(?:The|[A-Z][\w.-]*['’]s?)\s+[a-z]")


def news_lead(index: int, text: str, words: int) -> bool:
    """Whether an opening sentence (the ``index``-th of its article) of ``words`` words
    may lead the digest: it ``tells_news`` and is long enough to tell it
    (``LEAD_MIN_WORDS``); and, after the article's first, does not open on "the" or a
    name's possessive and a thing ("The effort by Hale comes as ...", "Hale's tactics
    were on display Friday"): what the lede told, whatever words after it say which."""
    if index > 0 and _THE_OPENING_RE.match(text):
        return False
    return words >= LEAD_MIN_WORDS and tells_news(text)


def tells_news(text: str) -> bool:
    """Whether a sentence dates what it tells ("on Friday", "last week", "Oct. 16") or
    says who tells it ("said", "announced", "according to"): a report's news, not a
    feature's scene."""
    return bool(TIME_DAY_RE.search(text) or _DATED_RE.search(text) or SAY_RE.search(text))
