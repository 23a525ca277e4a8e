"""Items shared out between two processes, one from each end: each taken once, by
whichever process reaches it first; nobody waits for a process that died holding the lock."""

from __future__ import annotations

import pytest

from briefing import forked, shares
from briefing.shares import Shares


def test_the_ends_meet_and_every_item_is_taken_once() -> None:
    items = Shares(7, shared=False)
    front = items.first()
    back = items.last()
    taken = [next(front), next(back), next(back), next(front), next(front)]
    assert taken == [0, 6, 5, 1, 2]
    assert list(back) == [4, 3]
    assert list(front) == []


def test_an_empty_list_gives_nothing() -> None:
    items = Shares(0, shared=False)
    assert list(items.first()) == [] and list(items.last()) == []


def _front(items: Shares) -> list[int]:
    return list(items.first())


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_a_forked_process_and_this_one_share_the_items() -> None:
    items = Shares(2_000)
    with forked.start(_front, items) as job:
        here = list(items.last())
        there = job.result()
    assert sorted(here + there) == list(range(2_000))
    assert there == sorted(there) and here == sorted(here, reverse=True)


def test_a_lock_never_given_back_ends_the_taking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shares, "LOCK_SECONDS", 0.01)
    items = Shares(3, shared=False)
    assert next(items.first()) == 0
    items._lock.acquire()  # as a process killed while it held the lock leaves it
    assert list(items.last()) == []


def test_counters_that_cannot_be_shared_leave_every_item_to_the_front(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing

    def no_semaphores(method: str) -> None:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(multiprocessing, "get_context", no_semaphores)
    items = Shares(3)
    assert list(items.last()) == []
    assert list(items.first()) == [0, 1, 2]
