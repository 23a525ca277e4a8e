"""Drop rules about the page's layout: empty and repeated lines, the headline printed
again, a truncated standfirst, a plain-text headline and short section labels."""

from __future__ import annotations

import difflib
import re

from briefing.ingest.clutter.context import Context, short
from briefing.ingest.text import (
    ends_sentence,
    is_title_case,
    looks_like_headline,
    normalise_key,
)
from briefing.lang.words import WORD_RE

# Set by hand on the sample and the clutter tests' pages (commit 2ccb86f); not benchmarked.
# A line this similar to the title (difflib ratio) repeats it.
HEADLINE_SIMILARITY = 0.85
# A plain-text headline is one of the first lines (index up to this).
HEADLINE_LAST_INDEX = 4
# Word caps: a headline variant and a section label are at most this long.
HEADLINE_VARIANT_MAX_WORDS = 20
SECTION_LABEL_MAX_WORDS = 6


def empty(text: str, ctx: Context) -> bool:
    """A line with no words left (rules of underscores, a lone bullet, an emptied edit)."""
    return WORD_RE.search(text) is None  # not words(text), without listing them


def duplicate_paragraph(text: str, ctx: Context) -> bool:
    """A paragraph that repeats one already kept (a caption printed twice, a pull quote)."""
    return normalise_key(text) in ctx.kept_keys


def repeated_headline(text: str, ctx: Context) -> bool:
    """The title printed again at the top of the body, exactly or as a close variant
    (punctuation or an apostrophe changed, a word added)."""
    if not ctx.meta.title or ends_sentence(text) and not ctx.in_lead:
        return False
    a, b = normalise_key(text), normalise_key(ctx.meta.title)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= HEADLINE_SIMILARITY


def truncated_standfirst(text: str, ctx: Context) -> bool:
    """A teaser cut off with ".." or "…" whose text a following paragraph repeats in full."""
    if not re.search(r"(?:\.\.|…)\s*$", text):
        return False
    stem = normalise_key(text).split()
    stem = stem[:-1] if len(stem) > 3 else stem  # the last word may be cut mid-way
    prefix = " ".join(stem)
    return bool(prefix) and any(normalise_key(p).startswith(prefix) for p in ctx.following)


def headline(text: str, ctx: Context) -> bool:
    """Plain-text sources only: the first headline-like line before the article body
    becomes the title (short, no sentence-final full stop; see ``looks_like_headline``).
    A one-line article or a dateline sentence is never taken."""
    meta = ctx.meta
    if not meta.detect_headline or meta.title or not ctx.in_lead or ctx.index > HEADLINE_LAST_INDEX:
        return False
    if ctx.state.get("headline_checked"):
        return False
    ctx.state["headline_checked"] = True
    if looks_like_headline(text):
        meta.title = text.strip()
        return True
    return False


def headline_variant(text: str, ctx: Context) -> bool:
    """An extra headline or deck in Title Case with no sentence punctuation
    ("Facebook's Data Sharing Partnership With Three Firms Confirmed"): sites print
    SEO and social variants of the title next to the article."""
    return (
        not ends_sentence(text) and short(text, HEADLINE_VARIANT_MAX_WORDS) and is_title_case(text)
    )


def section_label(text: str, ctx: Context) -> bool:
    """A short label between paragraphs that is not a sentence ("Data privacy",
    "What happened next"): six words or fewer and no sentence-final punctuation."""
    return short(text, SECTION_LABEL_MAX_WORDS) and not ends_sentence(text)
