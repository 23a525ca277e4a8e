"""Open questions, attribution: who raised a question is the cue's own subject, named or a
plain noun of people; a body named after the cue is asked, not asking."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "raiser"),
    [
        # A plain noun of people as the cue's subject: they asked ("the engineers", shown
        # lower-cased mid-sentence).
        (
            "The dam report came out on Monday.\n\n"
            "The engineers questioned whether the dam would hold the spring floods.",
            "the engineers",
        ),
        # A body named after the cue is the one asked ("called on Congress to ..."): the
        # officials who called raised it.
        (
            "The marsh rules were eased last year.\n\n"
            "Administration officials called on Congress to tighten the marsh rules.",
            "administration officials",
        ),
    ],
)
def test_the_cue_subject_raised_it(text, raiser, questions):
    qs = questions(text)
    assert len(qs) == 1
    assert (qs[0].raised_by or "").lower() == raiser


@pytest.mark.parametrize(
    "text",
    [
        # The cue's subject names no one: a question is no asker, "everyone" is nobody.
        "The larger question is whether the dam will hold the spring floods.",
        "The question everyone in town is asking is whether the dam will hold the spring floods.",
        # The subject of what a request asks for is not who requested it.
        "Ottawa hoped the council would agree to Greenland's request that an independent team "
        "inspect the dam to determine whether the builders had cut corners on the dam.",
    ],
)
def test_no_asker_when_the_cue_subject_names_no_one(text, questions):
    qs = questions("The dam has held for forty years.\n\n" + text)
    assert qs, "the question itself is found"
    assert qs[0].raised_by is None
