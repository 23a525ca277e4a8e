"""Date expressions: a date that follows a report verb belongs to the report."""

from __future__ import annotations

import pytest

from briefing.lang.dates import REPORT_BEFORE_RE, REPORT_NEAR_BEFORE_RE


@pytest.mark.parametrize(
    "before", ["The mayor said ", "Officials announced on ", "She told reporters late "]
)
def test_a_date_right_after_a_report_verb_is_the_reports(before: str) -> None:
    assert REPORT_BEFORE_RE.search(before)
    assert REPORT_NEAR_BEFORE_RE.search(before)  # the near form holds the close one


@pytest.mark.parametrize(
    "before", ["The firm disclosed in a filing ", "The council said in a statement "]
)
def test_a_few_words_between_verb_and_date_count_only_as_near(before: str) -> None:
    assert not REPORT_BEFORE_RE.search(before)
    assert REPORT_NEAR_BEFORE_RE.search(before)


@pytest.mark.parametrize(
    "before",
    [
        "The bridge opened ",
        "The mayor said the bridge would open by the end of ",
        "An undisclosed ",
    ],
)
def test_no_report_verb_just_before_the_date_is_no_report(before: str) -> None:
    assert not REPORT_NEAR_BEFORE_RE.search(before)
