"""Briefing: turn a pile of news coverage on one story into a cited policy brief.

Pipeline: ingest -> analyse -> summarise -> compose -> render -> publish.
"""

__version__ = "0.1.0"
