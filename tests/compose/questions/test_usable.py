"""Whether a worded question is one a stranger can use (the text-only screens)."""

from __future__ import annotations

import pytest

from briefing.compose.questions.usable import points_back


@pytest.mark.parametrize(
    ("question", "pointed"),
    [
        ("Will Harbour Corp. stop these activities?", True),
        ("Will Marlow ban similar visits?", True),
        ("Will Harbour Corp. stop the ferry sale?", False),
    ],
)
def test_an_object_only_pointed_at(question: str, pointed: bool) -> None:
    assert points_back(question) is pointed
