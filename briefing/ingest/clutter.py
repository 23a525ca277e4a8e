"""Clutter removal: named rules that strip page furniture from a list of paragraphs.

Saved web pages and newswire copy carry text that is not part of the article: a
repeated headline, photo credits, sharing prompts, comment forms, bylines, author
bios, newsletter prompts, syndication notices, wire routing notes. Left in, these
lines become "sentences" that a summarizer may pick and a brief may cite.

Every rule is a small function registered in ``RULES`` under a name, with a docstring
saying what it removes and why it is safe. Two kinds exist:

* **edit** rules rewrite a paragraph (remove an inline "(RELATED: ...)", strip a
  dateline prefix);
* **drop** rules decide that a whole paragraph is clutter.

Rules are general patterns (shape of the line, position, vocabulary of page
furniture), never matches on one site's strings. When clutter carries metadata (a
byline's author, an outlet named in a logo line or a syndication notice, a dateline's
place and agency) the rule records it in ``Meta`` before the line is dropped.

Entry point: ``clean(paragraphs, meta) -> paragraphs``; ``explain`` returns which rule
dropped what, for debugging and tests.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.ingest.text import (
    ends_sentence,
    is_title_case,
    looks_like_headline,
    normalise_key,
    normalise_space,
    parse_date,
)
from briefing.lang.furniture import (
    COMMERCE_RE,
    CONTACT_RE,
    CONTRIBUTOR_RE,
    LINK_LABEL_RE,
    SIGNUP_DONE_RE,
    WEB_ADDRESS_LINE_RE,
)
from briefing.lang.months import MONTH_RE
from briefing.lang.words import words


@dataclass
class Meta:
    """Metadata collected while reading and cleaning one source."""

    title: str = ""
    author: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    place: str | None = None  # dateline place, e.g. "SPRINGFIELD, Ill."
    # plain-text sources have no markup for the title: take the first headline-like line
    detect_headline: bool = False


@dataclass
class Context:
    """What a rule may look at: the paragraph's neighbours, what was kept, the metadata."""

    paragraphs: list[str]
    index: int
    kept: list[str]
    meta: Meta
    state: dict[str, object] = field(default_factory=dict)
    # True until the first body paragraph (a real sentence of some length) is kept
    in_lead: bool = True
    kept_keys: set[str] = field(default_factory=set)  # normalised kept paragraphs

    @property
    def next(self) -> str:
        i = self.index + 1
        return self.paragraphs[i] if i < len(self.paragraphs) else ""

    @property
    def following(self) -> list[str]:
        return self.paragraphs[self.index + 1 : self.index + 4]

    @property
    def in_tail(self) -> bool:
        """The last 40% of the page, where bios and notices live."""
        return self.index >= 0.6 * len(self.paragraphs)


def _is_body(text: str) -> bool:
    return len(words(text)) >= 8 and ends_sentence(text)


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # "edit" or "drop"
    func: Callable[[str, Context], object]

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()


RULES: list[Rule] = []


def _rule(
    kind: str,
) -> Callable[[Callable[[str, Context], object]], Callable[[str, Context], object]]:
    def deco(func: Callable[[str, Context], object]) -> Callable[[str, Context], object]:
        RULES.append(Rule(func.__name__, kind, func))
        return func

    return deco


def edit(func: Callable[[str, Context], str]) -> Callable[[str, Context], str]:
    _rule("edit")(func)
    return func


def drop(func: Callable[[str, Context], bool]) -> Callable[[str, Context], bool]:
    _rule("drop")(func)
    return func


def _short(text: str, n: int) -> bool:
    return len(words(text)) <= n


# Vocabulary shared by several rules.
_ROLE = (
    r"(?:(?:Senior|Chief|Managing|Executive|Deputy|Associate|Assistant|Contributing|Staff|"
    r"Political|Tech(?:nology)?|Business|Medical|Science|Health|Foreign|National|Legal|"
    r"Investigative|Special|Sports|Economics|Diplomatic|Washington|White House|News|"
    r"Copy|Digital|Social Media)\s+)*"
    r"(?:Editor|Reporter|Writer|Correspondent|Contributor|Columnist|Producer|Journalist|"
    r"Analyst|Staff|Editor-in-Chief|Editor at Large|Intern)s?"
)
_OUTLET_HINT = re.compile(
    r"\b(?:AP|Associated Press|Reuters|AFP|Xinhua|UPI|Bloomberg|Press|News|Times|Post|"
    r"Journal|Herald|Tribune|Gazette|Agency|Foundation|Magazine|Wire|Service|Daily|Media)\b"
)
_NAME = r"[A-Z][A-Za-z'’.-]*(?:\s+(?:[A-Z][A-Za-z'’.-]*|de|van|von|da|di|del|bin|al))*"
_NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the",
    "then", "now", "this", "that", "early", "late", "last", "next",
}  # fmt: skip


def person_name(text: str) -> str | None:
    """Tidy a byline name ("JOHN Q. SMITH" -> "John Q. Smith"); None if it is not a name."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:|-–—")
    tokens = text.split()
    if not 1 <= len(tokens) <= 6 or tokens[0].lower() in _NOT_NAMES:
        return None
    if not all(
        t[0].isupper() or t.lower() in {"and", "de", "van", "von", "da", "di"} for t in tokens
    ):
        return None
    return " ".join(
        re.sub(r"[A-Z]+", lambda m: m[0].capitalize(), t) if t.isupper() and len(t) > 2 else t
        for t in tokens
    )


def _set_author(meta: Meta, name: str | None) -> None:
    if name and not meta.author:
        meta.author = name


def _set_outlet(meta: Meta, name: str | None) -> None:
    name = (name or "").strip(" ,.;:")
    if name and not meta.outlet:
        meta.outlet = name


# =========================================================================== edit rules


_RELATED = re.compile(
    r"\s*[(\[](?:RELATED|READ MORE|READ|SEE ALSO|SEE|WATCH|MORE|ALSO READ|LISTEN|VIDEO)\s*:"
    r"[^()\[\]]*[)\]]",
    re.IGNORECASE,
)


@edit
def related_links(text: str, ctx: Context) -> str:
    """Remove inline cross-links such as "(RELATED: Another Headline)" or "[READ MORE: ...]".

    Only a parenthesis that opens with a link label and a colon is removed, so an
    ordinary parenthetical remark stays."""
    return _RELATED.sub("", text)


_WIRE_INLINE = re.compile(
    r"\s*\((?:For use by|For release|ATTN|ATTENTION|ART ADV|EDS?|EDITORS|NOTE TO EDITORS)\b"
    r"[^()]*(?:\([^()]*\)[^()]*)*\)",
    re.IGNORECASE,
)


@edit
def inline_notes(text: str, ctx: Context) -> str:
    """Remove wire routing notes "(For use by ... clients)", "(ATTN: ...)" that sit
    inside a headline or paragraph (a paragraph that is only a note is dropped whole by
    ``wire_notice``)."""
    if text.startswith("(") and text.endswith(")"):
        return text
    return _WIRE_INLINE.sub("", text).strip()


_NAME_WORD = r"[A-Z][\w'’-]+"
_HOVER_CARD = re.compile(
    rf"\b(?P<first>{_NAME_WORD})(?P<middle>(?: {_NAME_WORD}\.?)*) (?P<last>{_NAME_WORD}?)"
    rf"(?P=first)(?: {_NAME_WORD}\.?)* (?P=last)\b"
)


@edit
def hover_card(text: str, ctx: Context) -> str:
    """A profile hover card saved into a name: "Kristi NoemKristi Lynn Noem said ..."
    becomes "Kristi Noem said ...". Only a name glued (no space) to a longer form that
    starts with the same first name and ends with the same last name is touched."""
    return _HOVER_CARD.sub(lambda m: f"{m['first']}{m['middle']} {m['last']}", text)


_DASH = r"(?:--|—|–|-|_)"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"  # CITY NAME in capitals
    r"(?:\s*\([A-Z][a-z][A-Za-z.]*\)(?=,))?"  # (Province), before ", March 5"
    rf"(?:,\s*(?!{MONTH_RE}\s+\d)[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){{0,2}})?)"  # , S.D.
    rf"(?:,\s*(?P<date>{MONTH_RE}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"  # , March 20
    rf"(?:\s*\((?P<outlet>[A-Z][A-Za-z. ]{{0,30}})\)\s*{_DASH}|\s+{_DASH})\s+"
)
_DATE_DATELINE = re.compile(rf"^(?P<date>{MONTH_RE}\s+\d{{1,2}},\s*\d{{4}})\s*{_DASH}\s+")


@edit
def dateline(text: str, ctx: Context) -> str:
    """Strip a newswire dateline from the first body paragraph and keep what it says.

    "SPRINGFIELD, Ill. (AP) -- The state senate passed ..." becomes "The state senate
    passed ...", with place "SPRINGFIELD, Ill." and outlet "AP"; also "CITY _ ",
    "CITY, March 20 (Xinhua) -- " and "February 26, 1989 -- ". Only the start of the
    article is looked at, so a dash later in the text is never taken for a dateline."""
    if not ctx.in_lead or ctx.state.get("dateline_done") or not _is_body(text):
        return text
    ctx.state["dateline_done"] = True
    m = _DATELINE.match(text) or _DATE_DATELINE.match(text)
    if not m or len(text) - m.end() < 20:
        return text
    groups = m.groupdict()
    if groups.get("place"):
        ctx.meta.place = groups["place"].strip()
    _set_outlet(ctx.meta, groups.get("outlet"))
    if groups.get("date") and not ctx.meta.date:
        ctx.meta.date = parse_date(groups["date"])
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:]


# =========================================================================== drop rules


@drop
def empty(text: str, ctx: Context) -> bool:
    """A line with no words left (rules of underscores, a lone bullet, an emptied edit)."""
    return not words(text)


@drop
def duplicate_paragraph(text: str, ctx: Context) -> bool:
    """A paragraph that repeats one already kept (a caption printed twice, a pull quote)."""
    return normalise_key(text) in ctx.kept_keys


@drop
def repeated_headline(text: str, ctx: Context) -> bool:
    """The title printed again at the top of the body, exactly or as a close variant
    (punctuation or an apostrophe changed, a word added)."""
    if not ctx.meta.title or ends_sentence(text) and not ctx.in_lead:
        return False
    a, b = normalise_key(text), normalise_key(ctx.meta.title)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


@drop
def truncated_standfirst(text: str, ctx: Context) -> bool:
    """A teaser cut off with ".." or "…" whose text a following paragraph repeats in full."""
    if not re.search(r"(?:\.\.|…)\s*$", text):
        return False
    stem = normalise_key(text).split()
    stem = stem[:-1] if len(stem) > 3 else stem  # the last word may be cut mid-way
    prefix = " ".join(stem)
    return bool(prefix) and any(normalise_key(p).startswith(prefix) for p in ctx.following)


_BYLINE = re.compile(r"^By\s+(?P<rest>[A-Z].*)$")


@drop
def byline(text: str, ctx: Context) -> bool:
    """A byline, "By JOHN SMITH", "By John Smith, Associated Press Writer",
    "By JANE DOE c.2001 Example News Service": the author (and an outlet named
    after the name) is recorded, the line dropped. Short lines only, and the words after
    "By" must be a name, so "By Tuesday, the talks had failed." stays."""
    m = _BYLINE.match(text)
    if not m or not _short(text, 16) or (ends_sentence(text) and not _short(text, 8)):
        return False
    rest = re.sub(r"\s*\|.*$", "", m["rest"])
    tokens = rest.split()
    if tokens[0].isupper() and len(tokens[0]) > 1:
        # wire style: the name is the run of capitalised tokens
        name_tokens = []
        for t in tokens:
            if t.isupper() or t.lower() == "and" or re.fullmatch(r"[A-Z][a-z]?[A-Z]+", t):
                name_tokens.append(t)
            else:
                break
        name, remainder = " ".join(name_tokens), " ".join(tokens[len(name_tokens) :])
    else:
        name, _, remainder = rest.partition(",")
        if not remainder:
            m2 = re.match(rf"^({_NAME}?)\s+({_ROLE}.*)$", rest)
            name, remainder = (m2[1], m2[2]) if m2 else (rest, "")
    author = person_name(name)
    if not author:
        return False
    _set_author(ctx.meta, author)
    remainder = re.sub(r"c\.\s?\d{4}", "", remainder)
    remainder = re.sub(rf"\b{_ROLE}\b", "", remainder).strip(" ,()")
    if remainder and _OUTLET_HINT.search(remainder):
        _set_outlet(ctx.meta, remainder)
    return True


_ROLE_LINE = re.compile(rf"^(?P<prefix>.*?)[\s,|–-]*\b(?P<role>{_ROLE})(?:\s+(?:at|for|of)\s+.+)?$")


@drop
def name_with_job_title(text: str, ctx: Context) -> bool:
    """A byline block line naming a person and/or a newsroom role, with no sentence:
    "Eric Lieberman Managing Editor", "Contributor", "AP Science Writer",
    "Associated Press Writer". The person becomes the author, an agency the outlet."""
    if ends_sentence(text) or not _short(text, 8):
        return False
    m = _ROLE_LINE.match(text)
    if not m:
        return False
    prefix = m["prefix"].strip(" ,|-–")
    if prefix and _OUTLET_HINT.search(prefix):
        _set_outlet(ctx.meta, prefix)
    elif prefix:
        name = person_name(prefix)
        if not name or len(name.split()) < 2:
            return False
        _set_author(ctx.meta, name)
    return True


_ABOUT = re.compile(r"^About (?:the |this )?(?:author|writer|reporter|contributor)s?:?$", re.I)


@drop
def about_the_author(text: str, ctx: Context) -> bool:
    """An "About the author" block: the heading, the author's name and role lines, and
    bio paragraphs that start with the name or a pronoun. The name is recorded as the
    author. The block ends at the first paragraph that is none of these."""
    if _ABOUT.match(text):
        ctx.state["author_block"] = True
        return True
    if not ctx.state.get("author_block"):
        return False
    name = person_name(text) if _short(text, 4) and not ends_sentence(text) else None
    if name:
        ctx.state["bio_name"] = name
        _set_author(ctx.meta, name)
        return True
    bio_name = str(ctx.state.get("bio_name") or ctx.meta.author or "")
    first = bio_name.split()[0] if bio_name else None
    if (first and text.startswith(first)) or re.match(r"^(?:She|He|They)\b", text):
        return True
    ctx.state["author_block"] = False
    return False


_BIO = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:is|was|has been|covers|writes|joined)\b.{{0,80}}"
    r"\b(?:reporter|editor|writer|correspondent|columnist|contributor|journalist|author of|"
    r"covers|covering)\b",
)


@drop
def author_bio(text: str, ctx: Context) -> bool:
    """An author bio near the end of a page: "<Author> is a senior reporter covering ...".
    Near the top or in the middle such a sentence may be news, so only the tail is
    searched, or a paragraph that opens with the recorded author's full name."""
    m = _BIO.match(text)
    if m and ctx.in_tail:
        return True
    author = ctx.meta.author
    return bool(author and ctx.in_tail and text.startswith(author + " ") and m)


_SOCIAL = r"(?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|Bluesky|Mastodon|TikTok|YouTube)"


@drop
def follow_prompt(text: str, ctx: Context) -> bool:
    """ "Follow Eric on Twitter", "Follow us on Facebook", "Connect with her on LinkedIn"."""
    return _short(text, 12) and bool(
        re.match(rf"^(?:Follow|Find|Connect with|Like)\b.{{0,50}}\b(?:on\s+{_SOCIAL}|@\w+)", text)
    )


@drop
def contact_prompt(text: str, ctx: Context) -> bool:
    """ "Send tips to", "Email the author", "Contact the writer at ...", phone/fax lines."""
    if not _short(text, 14):
        return False
    if re.match(
        r"^(?:Send|Email|E-mail)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?(?:tips|story ideas|"
        r"corrections|the (?:author|writer|reporter))\b",
        text,
        re.I,
    ):
        return True
    if re.match(r"^(?:Contact|Reach)\s+(?:the\s+)?(?:author|writer|reporter|us|him|her)\b", text):
        return True
    return bool(re.search(r"\b(?:fax|telex|phone)\b[^.]*\d{3}", text, re.I))


@drop
def sharing_prompt(text: str, ctx: Context) -> bool:
    """Share buttons saved as text: "Share this article", "Share on Facebook", "Tweet",
    "Email", "Print", "Copy link", or a line that is just network names."""
    if ends_sentence(text) or not _short(text, 8):
        return False
    if re.match(
        r"^(?:share|tweet|pin it|email|e-mail|print|copy link|click to share|whatsapp|reddit|"
        r"flipboard)(?:\s+(?:this|on|via|article|story|page|link|to)\b.*)?$",
        text,
        re.I,
    ):
        return True
    tokens = re.split(r"[\s,|/·•]+", text.strip())
    return all(re.fullmatch(_SOCIAL + r"|Email|WhatsApp|Reddit|Print|Share", t) for t in tokens)


_COMMENT = re.compile(
    r"please enter your (?:comment|name|email)|leave a (?:reply|comment)|cancel reply|"
    r"post (?:a )?comment|you have entered an incorrect|save my name,? email|"
    r"your email address will not be published|required fields are marked|"
    r"comments? (?:are|is) closed|log ?in to (?:comment|reply)|^\d+ comments?$|"
    r"^(?:show|view|hide|load) (?:\d+ )?(?:more )?comments",
    re.I,
)


@drop
def comment_form(text: str, ctx: Context) -> bool:
    """Comment-form furniture: "Please enter your comment!", "Please enter your name
    here", "Leave a Reply", "Your email address will not be published"."""
    return _short(text, 20) and bool(_COMMENT.search(text))


_UI = re.compile(
    r"^(?:font size|text size|listen to (?:this )?article|advertisement|skip to (?:main )?"
    r"content|read more|continue reading|related(?: articles| stories| posts)?|recommended"
    r"(?: for you)?|trending(?: now)?|most (?:read|popular)|sponsored(?: content)?|"
    r"ad|image|photo|video|menu|search|subscribe|sign in|log in|toggle navigation)"
    r"\s*[:.]?$",
    re.I,
)


@drop
def page_control(text: str, ctx: Context) -> bool:
    """Page controls and widget labels: "Font Size:", "Advertisement", "Read more",
    "Related Articles", and any one-to-three-word label ending in a colon."""
    return bool(_UI.match(text)) or (_short(text, 3) and text.rstrip().endswith(":"))


_CREDIT = re.compile(
    r"(?:\b(?:CREDIT|Credit|PHOTO|Photo|IMAGE|Image|Photograph|Picture)s?(?: credit| by)?\s*:"
    r"\s*[^.:]{2,80}$)"
    r"|(?:\((?:AP|AFP|Reuters|Getty|EPA)[^()]{0,60}\)\.?$)"
    r"|(?:\((?:Photo|Image|Picture|Photograph)s?\s*[:/][^()]{1,60}\)\.?$)"
    r"|(?:\b(?:Getty Images|AFP via Getty|Shutterstock|iStock(?:photo)?)\b[^.]{0,30}\.?$)"
    r"|(?:^Photo(?:graph)? by [A-Z][^.]{2,60}\.?$)"
)
_AGENCY_SLASH = re.compile(r"^[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s?/\s?[A-Z][\w.'’ -]{1,40}\.?$")


@drop
def photo_credit(text: str, ctx: Context) -> bool:
    """Photo credits and the captions that carry them: "REUTERS/Shu Zhang.",
    "CREDIT: DREW ANGERER / GETTY", "<caption>. (AP Photo/Name)". A caption ends in a
    credit, so the whole line goes. "Credit" without a colon, as in "The credit
    agency said ...", does not match."""
    if _AGENCY_SLASH.match(text):
        return True
    return _short(text, 60) and bool(_CREDIT.search(text))


@drop
def logo_line(text: str, ctx: Context) -> bool:
    """A saved logo image's alt text, "Daily Caller News Foundation logo": the name
    before "logo" is recorded as the outlet. A sentence mentioning a logo ends with a
    full stop and stays."""
    m = re.match(r"^(?P<name>.{2,60}?)\s+logo$", text.strip(), re.I)
    if not m or not _short(text, 8):
        return False
    _set_outlet(ctx.meta, m["name"])
    return True


@drop
def link_line(text: str, ctx: Context) -> bool:
    """A cross-link to another story: "Read more: Alibaba poised to launch ...", "READ
    MORE:", "SEE ALSO |", "Also on example.com ...", "[NEWS] ..." and "Agency Web site:
    http://..." lines. The label must open the paragraph, so "Read more about it in the
    report, she said." stays."""
    return _short(text, 30) and bool(LINK_LABEL_RE.match(text) or WEB_ADDRESS_LINE_RE.match(text))


@drop
def teaser(text: str, ctx: Context) -> bool:
    """A promo teaser cut off with an ellipsis ("NFL office pool picks for Week 12
    SportsLine's advanced computer…"): a short paragraph that ends in "…" or "..." with
    no quotation in it (a quote trailing off is the speaker's, and stays)."""
    return (
        _short(text, 25)
        and bool(re.search(r"(?:\.\.\.|…)$", text.rstrip()))
        and not re.search(r"[\"“”]", text)
    )


@drop
def credit_line(text: str, ctx: Context) -> bool:
    """Newsroom credits and contacts: "(Reporting by A; Editing by B)", "Additional
    reporting by C", "D contributed to this report.", "Email E at e@example.com", "Write
    to F at f@example.com". Short lines only; a sentence about a reporter stays."""
    return _short(text, 30) and bool(CONTRIBUTOR_RE.search(text) or CONTACT_RE.match(text))


@drop
def commerce_notice(text: str, ctx: Context) -> bool:
    """Affiliate and paywall notices ("We may earn a commission when you buy through
    links on our site", "Subscribe to continue reading", "You have reached your limit of
    free articles") and newsletter widgets after sign-up ("Thanks for signing up!")."""
    return _short(text, 40) and bool(COMMERCE_RE.search(text) or SIGNUP_DONE_RE.match(text))


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


@drop
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
        _set_outlet(ctx.meta, m["o"])
    return True


_SIGNUP_VERB = re.compile(
    r"^(?:sign up|subscribe|get|fuel up|join|stay|receive|register|download|don'?t miss|"
    r"never miss|want|like what you)\b",
    re.I,
)
_SIGNUP_WORD = re.compile(
    r"\b(?:free|newsletters?|insights|updates|daily|weekly|latest|inbox|e-?mail|briefing|"
    r"alerts?|informed|delivered)\b",
    re.I,
)


@drop
def newsletter_prompt(text: str, ctx: Context) -> bool:
    """Sign-up prompts: a short line that opens with an imperative (sign up, subscribe,
    get, join, stay, fuel up ...) and names what is on offer (free, newsletter,
    insights, updates, inbox ...), or any short line about a newsletter or an inbox.
    "Users can sign up for free." opens with its subject and stays."""
    if not _short(text, 14):
        return False
    if re.search(r"\b(?:newsletters?|your inbox)\b", text, re.I):
        return True
    return bool(_SIGNUP_VERB.match(text) and _SIGNUP_WORD.search(text))


@drop
def chat_widget(text: str, ctx: Context) -> bool:
    """Chat widgets saved as text: "Chat with MarTechBot", "Live chat", "Ask our bot"."""
    return not ends_sentence(text) and bool(
        re.match(
            r"^(?:(?:chat|talk) (?:with|to) \S+(?: \S+)?|live chat|chat now|ask \S*bot)$",
            text,
            re.I,
        )
    )


_WIRE_NOTE_WORDS = re.compile(
    r"clients|subscribers|\bATTN\b|ART ADV|PROFILE|excerpted|columnist|e-?mail|can be reached|"
    r"\bcontact\b|\bvisit\b|syndicate|copyright|for release|purchase|is (?:a|the) .{0,60}"
    r"(?:writer|editor|columnist|publisher|professor|correspondent|author)",
    re.I,
)


@drop
def wire_notice(text: str, ctx: Context) -> bool:
    """Newswire routing and service lines: a paragraph that is all one parenthesis and
    is either a short code ("(bl)", "(WITH FOO-HISTORY)") or an editorial note
    ("(For use by ... clients)", "(Jane Doe is a columnist ...)"); copyright lines
    ("c. 2001 Example Gazette", whose outlet is recorded); "Visit ... on the Web";
    URL-only lines; slug lines ("xy-zq", "RETRANSMITTING ...")."""
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        return _short(s, 4) or bool(_WIRE_NOTE_WORDS.search(s))
    m = re.match(r"^c\.\s?\d{4}\s+(?P<o>.+)$", s)
    if m:
        if ctx.in_lead:
            _set_outlet(ctx.meta, m["o"])
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


@drop
def headline(text: str, ctx: Context) -> bool:
    """Plain-text sources only: the first headline-like line before the article body
    becomes the title (short, no sentence-final full stop; see ``looks_like_headline``).
    A one-line article or a dateline sentence is never taken."""
    meta = ctx.meta
    if not meta.detect_headline or meta.title or not ctx.in_lead or ctx.index > 4:
        return False
    if ctx.state.get("headline_checked"):
        return False
    ctx.state["headline_checked"] = True
    if looks_like_headline(text):
        meta.title = text.strip()
        return True
    return False


@drop
def headline_variant(text: str, ctx: Context) -> bool:
    """An extra headline or deck in Title Case with no sentence punctuation
    ("Facebook's Data Sharing Partnership With Three Firms Confirmed"): sites print
    SEO and social variants of the title next to the article."""
    return not ends_sentence(text) and _short(text, 20) and is_title_case(text)


@drop
def section_label(text: str, ctx: Context) -> bool:
    """A short label between paragraphs that is not a sentence ("Data privacy",
    "What happened next"): six words or fewer and no sentence-final punctuation."""
    return _short(text, 6) and not ends_sentence(text)


# =========================================================================== driver


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
        text = para
        for rule in RULES:
            if rule.kind == "edit":
                text = normalise_space(str(rule.func(text, ctx)))
        reason = next((r.name for r in RULES if r.kind == "drop" and r.func(text, ctx)), None)
        if reason is None:
            kept.append(text)
            keys.add(normalise_key(text))
            lead = lead and not _is_body(text)
        out.append((text, reason))
    return out
