"""Clutter removal: named rules that strip page furniture from a list of paragraphs.

Saved web pages and newswire copy carry text that is not part of the article: a
repeated headline, photo credits, sharing prompts, comment forms, bylines, author
bios, newsletter prompts, syndication notices, wire routing notes. Left in, these
lines become "sentences" that a summarizer may pick and a brief may cite.

Every rule is a small function with a docstring saying what it removes and why it is
safe, listed in ``RULES`` below (the order is the order they run in). Two kinds exist:

* **edit** rules rewrite a paragraph (remove an inline "(RELATED: ...)", strip a
  dateline prefix) — ``edits``;
* **drop** rules decide that a whole paragraph is clutter, grouped by what they look
  at: ``layout`` (repeats, headlines, labels), ``people`` (bylines, bios),
  ``prompts`` (calls to act), ``notices`` (credits, syndication, wire notes,
  contact and copyright lines).

Rules are general patterns (shape of the line, position, vocabulary of page
furniture), never matches on one site's strings. When clutter carries metadata (a
byline's author, an outlet named in a logo line or a syndication notice, a dateline's
place and agency) the rule records it in ``Meta`` before the line is dropped.

Entry point: ``clean(paragraphs, meta) -> paragraphs``; ``explain`` returns which rule
dropped what, for debugging and tests.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.ingest.clutter import edits, layout, notices, people, prompts
from briefing.ingest.clutter.context import Context, Meta, Rule, is_body
from briefing.ingest.clutter.people import person_name
from briefing.ingest.text import normalise_key, normalise_space

__all__ = ["RULES", "Context", "Meta", "Rule", "clean", "explain", "person_name"]

_EDITS: list[Callable[[str, Context], object]] = [
    edits.release_note,  # before inline_notes, which removes a note inside a line
    edits.related_links,
    edits.trailing_link,
    edits.inline_notes,
    edits.hover_card,
    edits.glued_byline,
    edits.dateline,
    edits.wire_dash,
    edits.lead_in_caps,
]
# first match wins, and a rule may record metadata, so the order matters
_DROPS: list[Callable[[str, Context], object]] = [
    layout.empty,
    layout.duplicate_paragraph,
    layout.repeated_headline,
    layout.truncated_standfirst,
    people.byline,
    people.name_with_job_title,
    people.about_the_author,
    people.author_bio,
    prompts.follow_prompt,
    prompts.contact_prompt,
    prompts.sharing_prompt,
    prompts.comment_form,
    prompts.page_control,
    notices.photo_credit,
    notices.logo_line,
    notices.link_line,
    notices.teaser,
    notices.credit_line,
    notices.commerce_notice,
    notices.syndication_notice,
    prompts.newsletter_prompt,
    prompts.chat_widget,
    notices.wire_notice,
    notices.contact_notice,  # after the rules that record an outlet from a notice
    layout.headline,
    layout.headline_variant,
    layout.section_label,
]
RULES: list[Rule] = [Rule(f.__name__, "edit", f) for f in _EDITS] + [
    Rule(f.__name__, "drop", f) for f in _DROPS
]


def clean(paragraphs: list[str], meta: Meta) -> list[str]:
    """Apply every rule in order; return the kept paragraphs (``meta`` is updated)."""
    return [p for p, reason in explain(paragraphs, meta) if reason is None]


def explain(paragraphs: list[str], meta: Meta) -> list[tuple[str, str | None]]:
    """Each paragraph after edits, with the name of the rule that dropped it (or None)."""
    kept: list[str] = []
    out: list[tuple[str, str | None]] = []
    state: dict[str, object] = {}
    keys: set[str] = set()
    lead = True
    paragraphs = [normalise_space(p) for p in paragraphs]
    for i, para in enumerate(paragraphs):
        ctx = Context(paragraphs, i, kept, meta, state, in_lead=lead, kept_keys=keys)
        text, settled = para, False  # settled: normalise_space(text) == text is known
        for rule in RULES:
            if rule.kind == "edit":
                edited = str(rule.func(text, ctx))
                if edited != text or not settled:  # else normalising gives text again
                    text = normalise_space(edited)
                    settled = text == edited
        reason = next((r.name for r in RULES if r.kind == "drop" and r.func(text, ctx)), None)
        if reason is None:
            kept.append(text)
            keys.add(normalise_key(text))
            lead = lead and not is_body(text)
        out.append((text, reason))
    return out
