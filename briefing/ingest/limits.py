"""What one build may read: time, sizes, and which addresses it may fetch from.

Every source is hostile until read: a server may trickle a byte every few seconds, a URL
or a redirect may point at the machine's own services, a text file may hold a book, a
DOCX may inflate to gigabytes. ``Limits`` holds the caps (their defaults are the
``Config`` defaults, so the README's limits table and ``briefing.toml`` name the same
keys); ``ingest`` makes them current for its readers with ``applied``, and a reader
that cuts a source short says so with ``warn``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar

from briefing.config import Config

_DEFAULTS = Config()
T = TypeVar("T")

# Redirects followed per request (browsers allow ~20; news sites need one or two).
MAX_REDIRECTS = 5
# URLs fetched at the same time: 11 silent servers took 223 s one after the other.
FETCH_WORKERS = 8


@dataclass
class Limits:
    fetch_timeout: float = _DEFAULTS.fetch_timeout  # seconds per request, redirects included
    fetch_budget: float = _DEFAULTS.fetch_budget  # seconds for all requests of one ingest
    allow_private_addresses: bool = _DEFAULTS.allow_private_addresses
    max_source_mb: float = _DEFAULTS.max_source_mb
    max_source_chars: int = _DEFAULTS.max_source_chars
    max_pdf_pages: int = _DEFAULTS.max_pdf_pages
    max_unzipped_mb: float = _DEFAULTS.max_unzipped_mb
    max_download_mb: float = _DEFAULTS.max_download_mb
    max_redirects: int = MAX_REDIRECTS
    # Set by ``applied``: when fetching stops (time.monotonic()), and what was cut short.
    deadline: float = float("inf")
    warnings: list[str] = field(default_factory=list)
    # Where the notes of the source being read start (``warn`` keeps one note per source).
    warned_from: int = 0
    # Bytes downloaded so far by this ingest's requests (they run in threads).
    downloaded: int = 0
    # The download budget is shared out in the order the requests are made (``round``):
    # the bytes of the pages kept so far, and whether a page was refused for it (then every
    # later request is too).
    kept_bytes: int = 0
    spent: bool = False
    # Reads whose result may differ next time for no change of the source (a saved feed's
    # entry page that could not be fetched): the read cache keeps none of them.
    unsettled: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @classmethod
    def from_config(cls, config: Config) -> Limits:
        return cls(
            fetch_timeout=config.fetch_timeout,
            fetch_budget=config.fetch_budget,
            allow_private_addresses=config.allow_private_addresses,
            max_source_mb=config.max_source_mb,
            max_source_chars=config.max_source_chars,
            max_pdf_pages=config.max_pdf_pages,
            max_unzipped_mb=config.max_unzipped_mb,
            max_download_mb=config.max_download_mb,
        )

    def download(self, n: int) -> bool:
        """Count ``n`` more bytes downloaded; False once the build's download budget is spent
        (the bound of a request made outside any ``round``)."""
        with self._lock:
            self.downloaded += n
            return self.downloaded <= self.max_download_mb * 2**20

    def round(self) -> Share:
        """What is left of the download budget, for requests made together (``fetch_all``):
        shared out in their order like a feed's share, whichever server answers first."""
        left = int(self.max_download_mb * 2**20) - self.kept_bytes
        reason = (
            f"not fetched: the download budget of {self.max_download_mb:g} MB was used up "
            "(max_download_mb)"
        )
        return Share(0 if self.spent else max(0, left), float("inf"), "", "", refusal=reason)

    def end_round(self, share: Share) -> int | None:
        """Charge the pages ``round`` kept to the budget once its requests have ended; the
        first one it refused (it and every later one are refused), or None."""
        over = share.first_over()
        with self._lock:
            self.kept_bytes += share.held()
            self.spent = self.spent or over is not None
        return over

    @property
    def max_source_bytes(self) -> int:
        return int(self.max_source_mb * 2**20)

    @property
    def max_unzipped_bytes(self) -> int:
        return int(self.max_unzipped_mb * 2**20)


@dataclass
class Share:
    """The part of the build's download and fetch budgets one source's requests may use
    together (a feed's entry pages, ``briefing.ingest.web``), on top of the build's own.
    ``reason`` says why a request was refused, naming the constant that set the share.

    The bytes are shared out in the requests' order (their ``slot``, see ``in_slot``), not
    in the order downloads happen to finish: the pages kept are the first ones whose bytes
    together stay within ``max_bytes``, and every later one is refused, whichever server
    answers first. The share never holds more than ``max_bytes`` at once: when the bytes
    held pass it, the latest request holding any cannot be among those kept (with all
    before it, it already passes), so it and every later one are cut off and their bytes let
    go (``hold`` tells the share how: a reader's chunks, a finished page's data); a request
    is cut off too as soon as its bytes and those its earlier ones have received so far pass
    ``max_bytes`` (they only grow). ``first_over`` is then the first request refused."""

    max_bytes: int
    seconds: float
    bytes_name: str
    seconds_name: str
    deadline: float = float("inf")
    received: dict[int, int] = field(default_factory=dict)  # slot -> bytes held
    cut: int | None = None  # this slot and every later one are refused
    refusal: str = ""  # the reason a request is refused for the bytes, when not the feed's
    _drops: dict[int, Callable[[], None]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def download(self, slot: int, n: int) -> bool:
        """Count ``n`` more bytes of request ``slot``; False once it is refused: it and the
        requests before it have received more than the share's bytes, or a later one's
        bytes would not fit beside them."""
        with self._lock:
            if self._refused(slot):
                return False
            self.received[slot] = self.received.get(slot, 0) + n
            if self._up_to(slot) > self.max_bytes:
                self._cut_from(slot)
                return False
            while sum(self.received.values()) > self.max_bytes:
                self._cut_from(max(self.received))  # a later slot: this one's prefix fits
            return True

    def hold(self, slot: int, drop: Callable[[], None]) -> bool:
        """``drop`` lets go of request ``slot``'s bytes should it be cut off; False (and
        ``drop`` is not kept) when it already is."""
        with self._lock:
            if self._refused(slot):
                return False
            self._drops[slot] = drop
            return True

    def spent_before(self, slot: int) -> bool:
        """True when the requests before ``slot`` have used up the share's bytes (or it is
        cut off): no byte of the request would fit, so it is refused unread."""
        with self._lock:
            return self._refused(slot) or self._up_to(slot - 1) >= self.max_bytes

    def first_over(self) -> int | None:
        """Once every request has ended: the first slot whose bytes and those of the slots
        before it pass the share's bytes (it and every later one are refused), or None."""
        with self._lock:
            return self.cut

    def held(self) -> int:
        """The bytes the requests not cut off have received."""
        with self._lock:
            return sum(self.received.values())

    def _refused(self, slot: int) -> bool:
        return self.cut is not None and slot >= self.cut

    def _cut_from(self, slot: int) -> None:
        self.cut = slot if self.cut is None else min(self.cut, slot)
        for gone in [s for s in self.received if s >= slot]:
            del self.received[gone]
        for gone in [s for s in self._drops if s >= slot]:
            self._drops.pop(gone)()

    def _up_to(self, slot: int) -> int:
        return sum(n for s, n in self.received.items() if s <= slot)

    def bytes_reason(self) -> str:
        if self.refusal:
            return self.refusal
        mb = self.max_bytes / 2**20
        return f"not fetched: the feed's pages passed {mb:g} MB ({self.bytes_name})"

    def time_reason(self) -> str:
        return (
            f"not fetched: the feed's {self.seconds:g} s for its pages were used up "
            f"({self.seconds_name})"
        )


_CURRENT: ContextVar[Limits] = ContextVar("briefing_ingest_limits")
_SHARE: ContextVar[Share | None] = ContextVar("briefing_ingest_share", default=None)
_SLOT: ContextVar[int] = ContextVar("briefing_ingest_slot", default=0)
_ROUND: ContextVar[Share | None] = ContextVar("briefing_ingest_round", default=None)


def current() -> Limits:
    """The limits of the ingest in progress (the defaults outside one)."""
    return _CURRENT.get(None) or Limits()


def applied(limits: Limits) -> AbstractContextManager[Limits]:
    """Make ``limits`` current and start the fetch budget's clock."""
    limits.deadline = time.monotonic() + limits.fetch_budget
    return _made_current(_CURRENT, limits)


def current_share() -> Share | None:
    """The share the requests made now count against, if any (see ``shared``)."""
    return _SHARE.get()


def shared(share: Share) -> AbstractContextManager[Share]:
    """Count the requests made inside the block (``fetch_all`` copies this context into
    its threads) against ``share`` too, and start its clock."""
    share.deadline = time.monotonic() + share.seconds
    return _made_current(_SHARE, share)


def current_shares() -> list[Share]:
    """Every share the requests made now count against: a feed's first (its refusal costs
    the build nothing), then the build's round of the download budget (see ``in_round``)."""
    return [share for share in (_SHARE.get(), _ROUND.get()) if share is not None]


def current_round() -> Share | None:
    """The build's round of the download budget the requests made now count against."""
    return _ROUND.get()


def in_round(share: Share) -> AbstractContextManager[Share]:
    """Count the requests made inside the block against ``share``, a ``Limits.round``."""
    return _made_current(_ROUND, share)


def current_slot() -> int:
    """The place of the request made now among those sharing a ``Share`` (see ``in_slot``)."""
    return _SLOT.get()


def in_slot(slot: int) -> AbstractContextManager[int]:
    """Make the requests inside the block the ``slot``-th of their share (``fetch_all``
    numbers its URLs in the order given)."""
    return _made_current(_SLOT, slot)


@contextmanager
def _made_current(var: ContextVar[T], value: T) -> Iterator[T]:
    token = var.set(value)
    try:
        yield value
    finally:
        var.reset(token)


def unsettled() -> None:
    """Note that the source being read came out as it did for a passing reason (a page that
    could not be fetched), so its read must not be kept (``Limits.unsettled``)."""
    current().unsettled += 1


def warn(location: str, message: str) -> None:
    """Note that ``location`` was used only in part (shown as a warning by the build); the
    first limit a source hit is the one reported."""
    limits = current()
    notes = limits.warnings
    if not any(note.startswith(f"{location}: ") for note in notes[limits.warned_from :]):
        notes.append(f"{location}: {message}")
