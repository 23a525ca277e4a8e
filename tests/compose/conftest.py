"""Shared by the compose tests: small made-up articles turned into a timeline."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.timeline import build_timeline
from briefing.model import Document

JUNE_20 = dt.date(2018, 6, 20)


def dated_entries(*texts: str) -> list[tuple[str, list[int]]]:
    """The timeline of one article per text, all of June 20, 2018: (date, sources)."""
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=JUNE_20)
        for i, t in enumerate(texts)
    ]
    return [(e.date, e.sources) for e in build_timeline(analyse(docs, entities=True))]
