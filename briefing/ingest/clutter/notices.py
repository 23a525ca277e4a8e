"""Drop rules for credits and notices: photo credits, logo and link lines, teasers,
contributor credits, commerce and syndication notices, wire routing notes."""

from __future__ import annotations

import re

from briefing.ingest.clutter.context import Context, short
from briefing.ingest.clutter.people import set_outlet
from briefing.lang.furniture import (
    COMMERCE_RE,
    CONTACT_RE,
    CONTRIBUTOR_RE,
    LINK_LABEL_RE,
    SIGNUP_DONE_RE,
    WEB_ADDRESS_LINE_RE,
)

_CREDIT = re.compile(
    r"(?:\b(?:CREDIT|Credit|PHOTO|Photo|IMAGE|Image|Photograph|Picture)s?(?: credit| by)?\s*:"
    r"\s*[^.:]{2,80}$)"
    r"|(?:\((?:AP|AFP|Reuters|Getty|EPA)[^()]{0,60}\)\.?$)"
    r"|(?:\((?:Photo|Image|Picture|Photograph)s?\s*[:/][^()]{1,60}\)\.?$)"
    r"|(?:\b(?:Getty Images|AFP via Getty|Shutterstock|iStock(?:photo)?)\b[^.]{0,30}\.?$)"
    r"|(?:^Photo(?:graph)? by [A-Z][^.]{2,60}\.?$)"
)
_AGENCY_SLASH = re.compile(r"^[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s?/\s?[A-Z][\w.'’ -]{1,40}\.?$")


def photo_credit(text: str, ctx: Context) -> bool:
    """Photo credits and the captions that carry them: "REUTERS/Shu Zhang.",
    "CREDIT: DREW ANGERER / GETTY", "<caption>. (AP Photo/Name)". A caption ends in a
    credit, so the whole line goes. "Credit" without a colon, as in "The credit
    agency said ...", does not match."""
    if _AGENCY_SLASH.match(text):
        return True
    return short(text, 60) and bool(_CREDIT.search(text))


def logo_line(text: str, ctx: Context) -> bool:
    """A saved logo image's alt text, "Daily Caller News Foundation logo": the name
    before "logo" is recorded as the outlet. A sentence mentioning a logo ends with a
    full stop and stays."""
    m = re.match(r"^(?P<name>.{2,60}?)\s+logo$", text.strip(), re.I)
    if not m or not short(text, 8):
        return False
    set_outlet(ctx.meta, m["name"])
    return True


def link_line(text: str, ctx: Context) -> bool:
    """A cross-link to another story: "Read more: Alibaba poised to launch ...", "READ
    MORE:", "SEE ALSO |", "Also on example.com ...", "[NEWS] ..." and "Agency Web site:
    http://..." lines. The label must open the paragraph, so "Read more about it in the
    report, she said." stays."""
    return short(text, 30) and bool(LINK_LABEL_RE.match(text) or WEB_ADDRESS_LINE_RE.match(text))


def teaser(text: str, ctx: Context) -> bool:
    """A promo teaser cut off with an ellipsis ("NFL office pool picks for Week 12
    SportsLine's advanced computer…"): a short paragraph that ends in "…" or "..." with
    no quotation in it (a quote trailing off is the speaker's, and stays)."""
    return (
        short(text, 25)
        and bool(re.search(r"(?:\.\.\.|…)$", text.rstrip()))
        and not re.search(r"[\"“”]", text)
    )


def credit_line(text: str, ctx: Context) -> bool:
    """Newsroom credits and contacts: "(Reporting by A; Editing by B)", "Additional
    reporting by C", "D contributed to this report.", "Email E at e@example.com", "Write
    to F at f@example.com". Short lines only; a sentence about a reporter stays."""
    return short(text, 30) and bool(CONTRIBUTOR_RE.search(text) or CONTACT_RE.match(text))


def commerce_notice(text: str, ctx: Context) -> bool:
    """Affiliate and paywall notices ("We may earn a commission when you buy through
    links on our site", "Subscribe to continue reading", "You have reached your limit of
    free articles") and newsletter widgets after sign-up ("Thanks for signing up!")."""
    return short(text, 40) and bool(COMMERCE_RE.search(text) or SIGNUP_DONE_RE.match(text))


_SYNDICATION = re.compile(
    r"available without charge|republished articles|may be republished|"
    r"republish(?:ed)? (?:with|by) permission|contributing authors are invited|"
    r"opinions (?:they express|expressed (?:here|in this (?:article|column))) are|"
    r"under the oversight of the editorial staff|all rights reserved|"
    r"(?:news service|syndicate) clients|for use by clients|story filed by|end of story|"
    r"^(?:this (?:\w+ )?(?:article|story|post|piece|column|essay|interview) )?(?:was )?"
    r"(?:originally|first) (?:appeared|published|ran) (?:on|in|at|by) |"
    r"\b(?:a version of )?this (?:\w+ )?(?:article|story|post|piece|column|essay|interview) "
    r"(?:was |is )?(?:originally |first )?(?:appeared|published|ran) (?:on|in|at|by) |"
    r"(?:originally|first) (?:appeared|published) (?:on|in|at) (?:www\.)?[\w-]+\.(?:com|org|net)\b|"
    r"this (?:article|story) (?:was|is) (?:excerpted|reprinted|distributed)|^copyright\b|©",
    re.I,
)


def syndication_notice(text: str, ctx: Context) -> bool:
    """Contributor and syndication notices: "All content created by the X ... is
    available without charge ...", "Contributing authors are invited ...",
    "All rights reserved", "Story Filed By ...". An outlet named as the content's
    creator is recorded."""
    if not _SYNDICATION.search(text):
        return False
    m = re.search(
        r"content (?:created|produced) by (?:the )?(?P<o>[A-Z][\w&.'’ -]+?)(?:,| is\b)", text
    ) or re.search(r"(?:content|articles?|stories) for (?:the )?(?P<o>[A-Z][\w&.'’-]+)", text)
    if m:
        set_outlet(ctx.meta, m["o"])
    return True


_WIRE_NOTE_WORDS = re.compile(
    r"clients|subscribers|\bATTN\b|ART ADV|PROFILE|excerpted|columnist|e-?mail|can be reached|"
    r"\bcontact\b|\bvisit\b|syndicate|copyright|for release|purchase|is (?:a|the) .{0,60}"
    r"(?:writer|editor|columnist|publisher|professor|correspondent|author)",
    re.I,
)


def wire_notice(text: str, ctx: Context) -> bool:
    """Newswire routing and service lines: a paragraph that is all one parenthesis and
    is either a short code ("(bl)", "(WITH FOO-HISTORY)") or an editorial note
    ("(For use by ... clients)", "(Jane Doe is a columnist ...)"); copyright lines
    ("c. 2001 Example Gazette", whose outlet is recorded); "Visit ... on the Web";
    URL-only lines; slug lines ("xy-zq", "RETRANSMITTING ...")."""
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        return short(s, 4) or bool(_WIRE_NOTE_WORDS.search(s))
    m = re.match(r"^c\.\s?\d{4}\s+(?P<o>.+)$", s)
    if m:
        if ctx.in_lead:
            set_outlet(ctx.meta, m["o"])
        return True
    if re.match(r"^(?:\(?visit\b.{0,60}\bweb\b|https?://\S+$|www\.\S+$)", s, re.I):
        return True
    if re.fullmatch(r"(?:https?://|www\.)\S+(?:[\s,]+\S+)?", s):
        return True
    return bool(
        re.fullmatch(
            r"[a-z]{1,5}(?:-[a-z]{1,5})+(?:/[a-z]+)?|[A-Z]+(?:-[A-Z]+)+|RETRANSMITT?ING\b.*|XX+.*|"
            r"AP Photos?\b.*|With:?\s+\S+-\S+|(?:EDS?|EDITORS?|ATTN|ATTENTION)\s*:.*",
            s,
        )
    )
