"""Drop rules for credits and notices: photo credits, logo and link lines, teasers,
contributor credits, commerce and syndication notices, wire routing notes."""

from __future__ import annotations

import re

from briefing.ingest.clutter.context import Context, short
from briefing.ingest.clutter.people import set_outlet
from briefing.lang.contacts import (
    NUMBER_RE,
    copyright_line,
    is_contact_fragment,
    notice_at,
    without_addresses,
)
from briefing.lang.furniture import (
    AGENCY_SLASH_RE,
    COMMERCE_SCREENED,
    CONTACT_RE,
    CONTRIBUTOR_RE,
    LINK_LABEL_RE,
    PHOTO_CREDIT_RE,
    SIGNUP_DONE_RE,
    SYNDICATION_RE,
    WEB_ADDRESS_LINE_RE,
    WIRE_NOTE_WORDS_RE,
    syndication_cue,
)

# Word caps: a longer line is story text, not the rule's furniture.
# Set by hand on the sample and the clutter tests' pages (commit 2ccb86f); not benchmarked.
PHOTO_CREDIT_MAX_WORDS = 60  # a caption ending in a credit goes whole
LOGO_LINE_MAX_WORDS = 8
LINK_LINE_MAX_WORDS = 30
TEASER_MAX_WORDS = 25
CREDIT_LINE_MAX_WORDS = 30
COMMERCE_NOTICE_MAX_WORDS = 40
WIRE_CODE_MAX_WORDS = 4  # "(bl)", "(WITH FOO-HISTORY)"
# A notice with a labelled number or a copyright: a wire service's footer runs to some 50
# words (address, numbers, rights); longer is story text. Set by hand (issue 12).
CONTACT_NOTICE_MAX_WORDS = 80
# A line with only an e-mail address or a postal code is an address line when this short,
# as a contact prompt is (prompts.CONTACT_PROMPT_MAX_WORDS). Set by hand (issue 12).
ADDRESS_LINE_MAX_WORDS = 14
# A story sentence ended before a notice: a lower-case word and a full stop, then a space
# ("... the council said. Tel: ..."); "D.C." or "INC." in a notice are not one.
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?][\"”’]?\s")


def photo_credit(text: str, ctx: Context) -> bool:
    """Photo credits and the captions that carry them: "REUTERS/Shu Zhang.",
    "CREDIT: DREW ANGERER / GETTY", "<caption>. (AP Photo/Name)". A caption ends in a
    credit, so the whole line goes. "Credit" without a colon, as in "The credit
    agency said ...", does not match."""
    if AGENCY_SLASH_RE.match(text):
        return True
    return short(text, PHOTO_CREDIT_MAX_WORDS) and bool(PHOTO_CREDIT_RE.search(text))


def logo_line(text: str, ctx: Context) -> bool:
    """A saved logo image's alt text, "Daily Caller News Foundation logo": the name
    before "logo" is recorded as the outlet. A sentence mentioning a logo ends with a
    full stop and stays."""
    m = re.match(r"^(?P<name>.{2,60}?)\s+logo$", text.strip(), re.I)
    if not m or not short(text, LOGO_LINE_MAX_WORDS):
        return False
    set_outlet(ctx.meta, m["name"])
    return True


def link_line(text: str, ctx: Context) -> bool:
    """A cross-link to another story: "Read more: Alibaba poised to launch ...", "READ
    MORE:", "SEE ALSO |", "Also on example.com ...", "[NEWS] ..." and "Agency Web site:
    http://..." lines. The label must open the paragraph, so "Read more about it in the
    report, she said." stays."""
    return short(text, LINK_LINE_MAX_WORDS) and bool(
        LINK_LABEL_RE.match(text) or WEB_ADDRESS_LINE_RE.match(text)
    )


def teaser(text: str, ctx: Context) -> bool:
    """A promo teaser cut off with an ellipsis ("NFL office pool picks for Week 12
    SportsLine's advanced computer…"): a short paragraph that ends in "…" or "..." (and
    perhaps a "»" arrow) with
    no quotation in it (a quote trailing off is the speaker's, and stays)."""
    return (
        short(text, TEASER_MAX_WORDS)
        and bool(re.search(r"(?:\.\.\.|…)\s*[»›]?$", text.rstrip()))
        and not re.search(r"[\"“”]", text)
    )


def credit_line(text: str, ctx: Context) -> bool:
    """Newsroom credits and contacts: "(Reporting by A; Editing by B)", "Additional
    reporting by C", "D contributed to this report.", "Email E at e@example.com", "Write
    to F at f@example.com". Short lines only; a sentence about a reporter stays."""
    return short(text, CREDIT_LINE_MAX_WORDS) and bool(
        CONTRIBUTOR_RE.search(text) or CONTACT_RE.match(text)
    )


def commerce_notice(text: str, ctx: Context) -> bool:
    """Affiliate and paywall notices ("We may earn a commission when you buy through
    links on our site", "Subscribe to continue reading", "You have reached your limit of
    free articles") and newsletter widgets after sign-up ("Thanks for signing up!")."""
    return short(text, COMMERCE_NOTICE_MAX_WORDS) and bool(
        COMMERCE_SCREENED.search(text) or SIGNUP_DONE_RE.match(text)
    )


def syndication_notice(text: str, ctx: Context) -> bool:
    """Contributor and syndication notices: "All content created by the X ... is
    available without charge ...", "Contributing authors are invited ...",
    "All rights reserved", "Story Filed By ...", a line opening with a copyright notice
    (``contacts.copyright_line``: not "Copyright 2018 rules were challenged in court.").
    An outlet named as the content's creator is recorded."""
    if not ((syndication_cue(text) and SYNDICATION_RE.search(text)) or copyright_line(text)):
        return False
    m = re.search(
        r"content (?:created|produced) by (?:the )?(?P<o>[A-Z][\w&.'’ -]+?)(?:,| is\b)", text
    ) or re.search(r"(?:content|articles?|stories) for (?:the )?(?P<o>[A-Z][\w&.'’-]+)", text)
    if m:
        set_outlet(ctx.meta, m["o"])
    return True


def wire_notice(text: str, ctx: Context) -> bool:
    """Newswire routing and service lines: a paragraph that is all one parenthesis and
    is either a short code ("(bl)", "(WITH FOO-HISTORY)") or an editorial note
    ("(For use by ... clients)", "(Jane Doe is a columnist ...)"); copyright lines
    ("c. 2001 Example Gazette", whose outlet is recorded); "Visit ... on the Web";
    URL-only lines; slug lines ("xy-zq", "RETRANSMITTING ...")."""
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        return short(s, WIRE_CODE_MAX_WORDS) or bool(WIRE_NOTE_WORDS_RE.search(s))
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


def contact_notice(text: str, ctx: Context) -> bool:
    """Contact and copyright lines of a page or a wire service (see ``briefing.lang.
    contacts``): a line with no word of letters once its numbers are gone ("555-010-2000.)");
    a line holding a labelled phone or fax number or a copyright notice ("SPRINGFIELD Tel:
    555-010-2000 Fax: 555-010-2001 COPYRIGHT 1999 BY EXAMPLE INC. ...") with no story
    sentence ended before it; a short line with an e-mail address or a postal code
    ("Example Inc., 12 Main St., SPRINGFIELD, XY 12345"). Numbers are not counted as words.
    A story sentence that names a fax or a copyright ("faxed the story to donors", "the
    copyright on the song") has no labelled number or year after the word, and stays."""
    if is_contact_fragment(text):
        return True
    at = notice_at(text)
    if at is not None:
        words = NUMBER_RE.sub("", text)
        return short(words, CONTACT_NOTICE_MAX_WORDS) and not _SENTENCE_END_RE.search(text[:at])
    rest = without_addresses(text)
    return rest is not None and short(NUMBER_RE.sub("", rest), ADDRESS_LINE_MAX_WORDS)
