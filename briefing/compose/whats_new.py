"""What's new since the last edition: compare the previous brief (as stored JSON) with this one.

A scheduled run keeps the previous edition's ``Brief.to_dict()`` in the output folder's
state; ``diff_briefs`` reads it as plain data (not dataclasses) so that briefs written by an
older version, with fewer keys, still compare. Matching is deliberately forgiving: sources
match by location or by title (a moved file or a re-saved page is not "new"), statements
and questions by normalised text (case, spacing, punctuation and ``[n]`` citation markers
ignored, because source numbers shift as sources are added), actors by any of their names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from briefing.model import SHOWN_EMPTY, Brief, Statement, WhatsNew

_CITATION = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")
_NON_WORD = re.compile(r"[^\w]+")


def comparable(text: str) -> str:
    """Text reduced to lower-case words, for comparing sentences across editions."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _CITATION.sub(" ", text)
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _source_label(title: str | None, location: str | None) -> str:
    return (title or "").strip() or (location or "").strip()


def _statement_texts(brief: dict[str, Any]) -> set[str]:
    texts = set()
    for section in ("executive_summary", "background"):
        for item in brief.get(section) or []:
            text = item.get("text") if isinstance(item, dict) else None
            if text:
                texts.add(comparable(text))
    return texts


def _actor_names(actors: Iterable[dict[str, Any]]) -> set[str]:
    names = set()
    for actor in actors:
        for name in [actor.get("name"), *(actor.get("aliases") or [])]:
            if name:
                names.add(comparable(name))
    return names


def _unfinished(brief: dict[str, Any]) -> set[str]:
    """The sections the brief (a ``to_dict()``) shows empty because their code failed."""
    errors = [e for e in brief.get("compose_errors") or [] if isinstance(e, dict)]
    return {e.get("section") or "" for e in errors if e.get("shown") == SHOWN_EMPTY}


def diff_briefs(previous: dict[str, Any], current: Brief) -> WhatsNew:
    """What ``current`` has that the ``previous`` brief (its ``to_dict()``) did not. A
    section the previous brief could not work out (``compose_errors``) had nothing to
    compare with: what this one shows in it is not told as new."""
    news = WhatsNew(since=str(previous.get("date") or ""))
    before = _unfinished(previous)

    old_sources = [s for s in previous.get("sources") or [] if isinstance(s, dict)]
    old_locations = {s.get("location") for s in old_sources if s.get("location")}
    old_titles = {comparable(s.get("title") or "") for s in old_sources} - {""}
    new_locations = {s.location for s in current.sources}
    new_titles = {comparable(s.title) for s in current.sources} - {""}
    for s in current.sources:
        if s.location not in old_locations and comparable(s.title) not in old_titles:
            news.new_sources.append(_source_label(s.title, s.location))
    for s in old_sources:
        title = comparable(s.get("title") or "")
        if s.get("location") not in new_locations and title not in new_titles:
            news.removed_sources.append(_source_label(s.get("title"), s.get("location")))

    seen = _statement_texts(previous)
    told = [] if "executive_summary" in before else current.executive_summary
    for st in [*told, *([] if "background" in before else current.background)]:
        key = comparable(st.text)
        if key and key not in seen:
            seen.add(key)  # a sentence in both sections is reported once
            news.new_statements.append(
                Statement(
                    st.text,
                    list(st.sources),
                    st.score,
                    list(st.reported_by),
                    list(st.echoed_by),
                    st.date,
                    st.edited,
                    list(st.probably_reported_by),
                )
            )

    old_actors = _actor_names(a for a in previous.get("key_actors") or [] if isinstance(a, dict))
    for actor in [] if "key_actors" in before else current.key_actors:
        names = {comparable(n) for n in [actor.name, *actor.aliases] if n}
        if not names & old_actors:
            news.new_actors.append(actor.name)

    old_questions = {
        comparable(q.get("question") or ""): q.get("status", "open")
        for q in previous.get("open_questions") or []
        if isinstance(q, dict)
    }
    for q in [] if "open_questions" in before else current.open_questions:
        key = comparable(q.question)
        if key not in old_questions:
            if q.status == "answered":
                continue  # raised and answered between two editions: nothing to chase
            news.new_questions.append(q.question)
        elif q.status == "answered" and old_questions[key] != "answered":
            news.answered_questions.append(q.question)
    return news
