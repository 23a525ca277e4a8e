"""How a later report settles an open question (lang/settling.py)."""

from briefing.lang.settling import DECISION_FAMILIES, END_DONE_RE, END_DONE_SCREENED, NOT_DONE_RE


def test_an_end_is_reported_done_and_a_plan_is_not() -> None:
    assert END_DONE_RE.search("The ferry service was suspended on Monday.")
    assert not END_DONE_RE.search("The ferry service will stop in May.")
    assert END_DONE_SCREENED.search("The ferry service was CANCELLED on Monday.")
    assert not END_DONE_SCREENED.holds_cue("The ferry service will stop in May.")
    assert NOT_DONE_RE.search("The council plans to close the depot.")
    assert not NOT_DONE_RE.search("The council closed the depot.")


def test_one_family_holds_every_outcome_of_a_decision() -> None:
    (mercy,) = [f for f in DECISION_FAMILIES if "commute" in f]
    assert {"spare", "execute"} <= mercy
