"""Cross-document synthesis: choose the brief's statements from all articles.

Placeholder first version: per-article sumy scores, near-duplicates merged across
articles (their sources united), greedy selection up to the word budget.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.model import Corpus, ScoredSentence, Statement


@dataclass
class Synthesis:
    executive_summary: list[Statement] = field(default_factory=list)
    background: list[Statement] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)  # every merged statement, ranked


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def synthesise(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    *,
    summary_words: int = 120,
    background_words: int = 250,
    focus: str | None = None,
) -> Synthesis:
    merged: list[tuple[Statement, set[str]]] = []
    for scored in per_article:
        if not scored:
            continue
        top = max(s.score for s in scored) or 1.0
        for item in scored:
            if len(item.sentence.words) < 6:
                continue
            toks = set(item.sentence.words)
            for stmt, other in merged:
                if _jaccard(toks, other) > 0.6:
                    if item.sentence.source_id not in stmt.sources:
                        stmt.sources.append(item.sentence.source_id)
                    stmt.score += 0.5 * item.score / top
                    break
            else:
                merged.append(
                    (Statement(item.sentence.text, [item.sentence.source_id], item.score / top), toks)
                )
    ranked = sorted((s for s, _ in merged), key=lambda s: -s.score)
    summary, used = [], 0
    for stmt in ranked:
        if used >= summary_words:
            break
        summary.append(stmt)
        used += len(stmt.text.split())
    background, used = [], 0
    for stmt in ranked[len(summary) :]:
        if used >= background_words:
            break
        background.append(stmt)
        used += len(stmt.text.split())
    return Synthesis(summary, background, ranked)
