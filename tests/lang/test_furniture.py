"""Page-furniture vocabularies (briefing.lang.furniture)."""

from __future__ import annotations

import time

import pytest

from briefing.lang.furniture import (
    COMMERCE_RE,
    COMMERCE_SCREENED,
    FORM_PROMPT_RE,
    FORM_PROMPT_SCREENED,
    SYNDICATION_RE,
    syndication_cue,
)

# One notice per alternative of SYNDICATION_RE, written in mixed case.
NOTICES = (
    "All content is Available Without Charge to members.",
    "Republished articles must credit the author.",
    "This column may be republished freely.",
    "Republished with permission of the author.",
    "Contributing authors are invited to send columns.",
    "The opinions they express are their own.",
    "Opinions expressed in this column are the writer's.",
    "Written under the oversight of the editorial staff.",
    "Copyright 2001 Example Corp. All Rights Reserved.",
    "Distributed to News Service clients.",
    "Syndicate clients may use it.",
    "For use by clients only.",
    "Story filed by the desk.",
    "END OF STORY",
    "Originally appeared in the Example Gazette.",
    "This story was first published on example.org today.",
    "A version of this article originally appeared at the weekly.",
    "This interview ran in the Sunday edition.",
    "The essay first published at www.example.com on Friday.",
    "This article was excerpted from a book.",
    "This story is reprinted with thanks.",
    "© the author",
)


@pytest.mark.parametrize("text", NOTICES)
def test_every_syndication_notice_has_a_cue(text: str) -> None:
    assert SYNDICATION_RE.search(text), text
    assert syndication_cue(text)


def test_letters_ignorecase_folds_to_latin_keep_the_pattern_asked() -> None:
    # "ſ" (long s) and the Kelvin sign match "s" and "k" in any case, yet lower-case to
    # neither: the cue may not rule such a line out.
    for text in ("Story filed by the deſk, all rights reſerved", "Opinions expressed here are"):
        if SYNDICATION_RE.search(text):
            assert syndication_cue(text)
    kelvin = "Story filed by the desk".replace("k", "\u212a")
    assert SYNDICATION_RE.search(kelvin)
    assert syndication_cue(kelvin)
    assert SYNDICATION_RE.search("all rights reserved".replace("s", "ſ"))
    assert syndication_cue("all rights reserved".replace("s", "ſ"))


def test_story_text_has_no_cue() -> None:
    text = "The council met on Tuesday and voted to close the bridge for repairs."
    assert not syndication_cue(text)
    assert not SYNDICATION_RE.search(text)


def test_a_long_paragraph_without_cues_is_ruled_out_quickly() -> None:
    text = "The ferry crossed the bay again and again. " * 5_000  # 215 KB
    start = time.process_time()
    assert not syndication_cue(text)
    assert time.process_time() - start < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to the Marlow ferry bulletin for updates.",
        "Sign up for the harbour newsletter.",
    ],
)
def test_a_form_prompt_is_page_text(text: str) -> None:
    assert FORM_PROMPT_RE.search(text)
    assert FORM_PROMPT_SCREENED.search(text.upper())


def test_a_story_sentence_is_no_form_prompt() -> None:
    assert not FORM_PROMPT_RE.search("Ferry owners signed a new contract with the port.")
    assert not FORM_PROMPT_SCREENED.holds_cue("Ferry owners signed a new contract with the port.")


# One notice per alternative of COMMERCE_RE.
COMMERCE_NOTICES = (
    "We may earn a commission when you buy through links on our site.",
    "Our site gets a share of sales from these links.",
    "This post contains affiliate links.",
    "Subscribe to continue reading.",
    "This article is for paid subscribers only.",
    "Log in or subscribe to read the full article.",
    "You have reached your limit of stories.",
    "Free articles remaining: 2",
    "Create a free account to keep reading.",
    "Unlock this article today.",
    "This story is available only to digital subscribers.",
    "Subscribe now and get unlimited access.",
    "You've read 3 of 5 free stories.",
    "Subscribe today for just $1.",
    "By signing up you agree to the terms.",
    "This form is protected by reCAPTCHA.",
)


@pytest.mark.parametrize("text", COMMERCE_NOTICES)
def test_every_commerce_notice_holds_a_cue(text: str) -> None:
    match = COMMERCE_RE.search(text)
    assert match is not None, text
    assert COMMERCE_SCREENED.holds_cue(match.group(0))
    assert COMMERCE_SCREENED.search(text.upper()) is not None


def test_story_text_is_not_searched_for_commerce_notices() -> None:
    assert not COMMERCE_SCREENED.holds_cue("The ferry crossed the bay on Monday, officials said.")
