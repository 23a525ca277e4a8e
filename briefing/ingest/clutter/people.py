"""Clutter rules about the people behind a page: bylines, job-title lines, "About the
author" blocks and bios; ``person_name`` tidies a byline name and the author and outlet
they name are recorded in ``Meta``."""

from __future__ import annotations

import re

from briefing.ingest.clutter.context import Context, Meta, short
from briefing.ingest.text import ends_sentence
from briefing.lang.furniture import (
    ABOUT_AUTHOR_RE,
    AUTHOR_BIO_RE,
    BY_LINE_RE,
    BYLINE_NAME,
    NEWSROOM_ROLE,
    NOT_BYLINE_NAMES,
    OUTLET_HINT_RE,
    ROLE_LINE_RE,
)

# Word caps: a longer line is story text, not a byline block.
# Set by hand on the sample and the clutter tests' pages (commit 2ccb86f); not benchmarked.
BYLINE_MAX_WORDS = 16
BYLINE_SENTENCE_MAX_WORDS = 8  # a byline ending in a full stop
ROLE_LINE_MAX_WORDS = 8
BIO_NAME_MAX_WORDS = 4  # the name line of an "About the author" block


def person_name(text: str) -> str | None:
    """Tidy a byline name ("JOHN Q. SMITH" -> "John Q. Smith"); None if it is not a name."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:|-–—")
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or tokens[0].lower() in NOT_BYLINE_NAMES:
        return None
    if not all(t[0].isupper() or t.lower() in _PARTICLES for t in tokens):
        return None
    # a wire byline in capitals: its two-letter words are names too ("DAVID HO" -> "David
    # Ho", "CLAR NI CHONGHAILE"), not initials; a Roman numeral stays ("JOHN DOE II")
    shouting = all(t.isupper() for t in tokens if t.lower() not in _PARTICLES)
    return " ".join(
        re.sub(r"[A-Z]+", lambda m: m[0].capitalize(), t)
        if t.isupper() and (len(t) > 2 or shouting and len(t) == 2 and t not in _ROMAN)
        else t
        for t in tokens
    )


_PARTICLES = {"and", "de", "van", "von", "da", "di"}
_ROMAN = {"II", "IV", "VI", "IX", "XI"}


# News agencies a wire byline names in capitals right after the author's name.
_AGENCIES = {"AP", "UPI", "AFP", "REUTERS", "XINHUA"}


def set_author(meta: Meta, name: str | None) -> None:
    if name and not meta.author:
        meta.author = name


def set_outlet(meta: Meta, name: str | None) -> None:
    name = (name or "").strip(" ,.;:")
    if name and not meta.outlet:
        meta.outlet = name


def byline(text: str, ctx: Context) -> bool:
    """A byline, "By JOHN SMITH", "By John Smith, Associated Press Writer",
    "By JANE DOE c.2001 Example News Service": the author (and an outlet named
    after the name) is recorded, the line dropped. Short lines only, and the words after
    "By" must be a name, so "By Tuesday, the talks had failed." stays."""
    m = BY_LINE_RE.match(text)
    if (
        not m
        or not short(text, BYLINE_MAX_WORDS)
        or (ends_sentence(text) and not short(text, BYLINE_SENTENCE_MAX_WORDS))
    ):
        return False
    rest = re.sub(r"\s*\|.*$", "", m["rest"])
    tokens = rest.split()
    if tokens[0].isupper() and len(tokens[0]) > 1:
        # wire style: the name is the run of capitalised tokens
        name_tokens = []
        for t in tokens:
            if len(name_tokens) >= 2 and t in _AGENCIES:  # "By JANE DOE AP Auto Writer"
                set_outlet(ctx.meta, t)
                break
            if t.isupper() or t.lower() == "and" or re.fullmatch(r"[A-Z][a-z]?[A-Z]+", t):
                name_tokens.append(t)
            else:
                break
        name, remainder = " ".join(name_tokens), " ".join(tokens[len(name_tokens) :])
    else:
        name, _, remainder = rest.partition(",")
        if not remainder:
            m2 = re.match(rf"^({BYLINE_NAME}?)\s+({NEWSROOM_ROLE}.*)$", rest)
            name, remainder = (m2[1], m2[2]) if m2 else (rest, "")
    author = person_name(name)
    if not author:
        return False
    set_author(ctx.meta, author)
    remainder = re.sub(r"c\.\s?\d{4}", "", remainder)
    remainder = re.sub(rf"\b{NEWSROOM_ROLE}\b", "", remainder).strip(" ,()")
    if remainder and OUTLET_HINT_RE.search(remainder):
        set_outlet(ctx.meta, remainder)
    return True


def name_with_job_title(text: str, ctx: Context) -> bool:
    """A byline block line naming a person and/or a newsroom role, with no sentence:
    "Eric Lieberman Managing Editor", "Contributor", "AP Science Writer",
    "Associated Press Writer". The person becomes the author, an agency the outlet."""
    if ends_sentence(text) or not short(text, ROLE_LINE_MAX_WORDS):
        return False
    m = ROLE_LINE_RE.match(text)
    if not m:
        return False
    prefix = m["prefix"].strip(" ,|-–")
    if prefix and OUTLET_HINT_RE.search(prefix):
        set_outlet(ctx.meta, prefix)
    elif prefix:
        name = person_name(prefix)
        if not name or len(name.split()) < 2:
            return False
        set_author(ctx.meta, name)
    return True


def about_the_author(text: str, ctx: Context) -> bool:
    """An "About the author" block: the heading, the author's name and role lines, and
    bio paragraphs that start with the name or a pronoun. The name is recorded as the
    author. The block ends at the first paragraph that is none of these."""
    if ABOUT_AUTHOR_RE.match(text):
        ctx.state["author_block"] = True
        return True
    if not ctx.state.get("author_block"):
        return False
    name = (
        person_name(text) if short(text, BIO_NAME_MAX_WORDS) and not ends_sentence(text) else None
    )
    if name:
        ctx.state["bio_name"] = name
        set_author(ctx.meta, name)
        return True
    bio_name = str(ctx.state.get("bio_name") or ctx.meta.author or "")
    first = bio_name.split()[0] if bio_name else None
    if (first and text.startswith(first)) or re.match(r"^(?:She|He|They)\b", text):
        return True
    ctx.state["author_block"] = False
    return False


def author_bio(text: str, ctx: Context) -> bool:
    """An author bio near the end of a page: "<Author> is a senior reporter covering ...".
    Near the top or in the middle such a sentence may be news, so only the tail is
    searched, or a paragraph that opens with the recorded author's full name."""
    m = AUTHOR_BIO_RE.match(text)
    if m and ctx.in_tail:
        return True
    author = ctx.meta.author
    return bool(author and ctx.in_tail and text.startswith(author + " ") and m)
