"""Edit rules: rewrite a paragraph in place (inline cross-links and wire notes, a
hover card glued to a name, a newswire dateline whose place, date and agency go to ``Meta``,
a release note whose day goes to ``Meta``, a print lead-in's capitals)."""

from __future__ import annotations

import datetime as dt
import re

from briefing.ingest.clutter.context import Context, is_body, short
from briefing.ingest.clutter.notices import LINK_LINE_MAX_WORDS
from briefing.ingest.clutter.people import person_name, set_author, set_outlet
from briefing.ingest.text import normalise_key, parse_date
from briefing.lang.furniture import (
    BYLINE_NAME,
    DATE_DATELINE_RE,
    DATELINE_RE,
    LINK_LABEL_AT_RE,
    RELATED_INLINE_RE,
    RELEASE_NOTE_RE,
    TITLE_DATELINE_RE,
    WIRE_INLINE_NOTE_RE,
)
from briefing.lang.months import MONTH_RE, MONTHS, WEEKDAYS
from briefing.lang.stopwords import FUNCTION_WORDS
from briefing.lang.words import tokens
from briefing.model import PLACE_MAX_CHARS


def related_links(text: str, ctx: Context) -> str:
    """Remove inline cross-links such as "(RELATED: Another Headline)" or "[READ MORE: ...]".

    Only a parenthesis that opens with a link label and a colon is removed, so an
    ordinary parenthetical remark stays."""
    if "(" not in text and "[" not in text:  # most paragraphs: no bracket, no search
        return text
    return RELATED_INLINE_RE.sub("", text)


# Where a sentence ends inside a paragraph and another may begin.
_SENTENCE_END = re.compile(r"(?<=[.!?\"”’)])\s+(?=\S)")


def trailing_link(text: str, ctx: Context) -> str:
    """Cut a cross-link a page glued to the end of a paragraph: "The strike ended on
    Tuesday. Read more: Harbour operator poised to launch a new ferry line" keeps its
    first sentence (a paragraph that is only a link line is dropped by ``link_line``).
    The label must open a sentence and the link run to the paragraph's end in at most
    ``LINK_LINE_MAX_WORDS`` words, so "Read more about it in the report, she said." in a
    paragraph stays.

    Only the sentence ends whose tail is short can start the link, and they are the last
    ones: they are tried from the paragraph's end back, the tail's words counted one
    sentence at a time, so a paragraph of many sentences is read once, not once per
    sentence (a hostile page of 400,000 sentences; 30,000 bare full stops, which hold no
    word, were read once each and took 14 CPU s)."""
    ends = [m.span() for m in _SENTENCE_END.finditer(text)]
    cut = None
    words, later = 0, len(text)  # the tail's words, counted a sentence at a time
    for start, end in reversed(ends):
        words += len(tokens(text[end:later]))  # not ``short``: its cache would keep the tails
        later = end
        if words > LINK_LINE_MAX_WORDS:
            break
        if LINK_LABEL_AT_RE.match(text, end):
            cut = start
    return text if cut is None else text[:cut]


def inline_notes(text: str, ctx: Context) -> str:
    """Remove wire routing notes "(For use by ... clients)", "(ATTN: ...)" that sit
    inside a headline or paragraph (a paragraph that is only a note is dropped whole by
    ``wire_notice``)."""
    if text.startswith("(") and text.endswith(")"):
        return text
    if "(" not in text:  # most paragraphs: no note, no search
        return text.strip()
    return WIRE_INLINE_NOTE_RE.sub("", text).strip()


# A hover card's name: at most HOVER_MIDDLE_WORDS words between the first and the last,
# each at most HOVER_WORD_CHARS long. Unbounded, the pattern took 7.6 CPU s on 5,000
# capitalised words (hours on 40,000); bounded, it is linear. Set by hand; not benchmarked.
HOVER_MIDDLE_WORDS = 3
HOVER_WORD_CHARS = 40
_NAME_WORD = rf"[A-Z][\w'’-]{{1,{HOVER_WORD_CHARS - 1}}}"
# A lowercase particle is a middle word too ("Dana van HoutDana van Hout").
_PARTICLE = r"(?:de|del|der|den|di|da|dos|du|la|le|van|von|ter|ten|bin|al)"
_MIDDLE = rf"(?: (?:{_NAME_WORD}\.?|{_PARTICLE})){{0,{HOVER_MIDDLE_WORDS}}}"
_HOVER_CARD = re.compile(
    rf"\b(?P<first>{_NAME_WORD})(?P<middle>{_MIDDLE}) (?P<last>{_NAME_WORD}?)"
    rf"(?P=first){_MIDDLE} (?P=last)\b"
)


# The card's full name may give the first name in full where the page wrote a short
# form ("Rob TellerRobert Allan Teller"): then only the same last name, glued to a
# capitalised word and repeated within the card, tells the card.
_HOVER_CARD_OTHER_FIRST = re.compile(
    rf"\b(?P<name>{_NAME_WORD}{_MIDDLE} (?P<last>{_NAME_WORD}?))"
    rf"(?<=[a-z])[A-Z][a-z]{{1,{HOVER_WORD_CHARS - 1}}}{_MIDDLE} (?P=last)\b"
)


def hover_card(text: str, ctx: Context) -> str:
    """A profile hover card saved into a name: "Kristi NoemKristi Lynn Noem said ..."
    becomes "Kristi Noem said ...", "Rob TellerRobert Allan Teller" "Rob Teller", "Dana van
    HoutDana van Hout" "Dana van Hout". Only a
    name glued (no space) to a longer form that ends with the same last name is touched
    (and starts with the same first name, or a first name of its own)."""
    text = _HOVER_CARD.sub(lambda m: f"{m['first']}{m['middle']} {m['last']}", text)
    return _HOVER_CARD_OTHER_FIRST.sub(lambda m: m["name"], text)


# A headline with a byline run into it is at most this long (a headline variant's cap,
# ``layout.HEADLINE_VARIANT_MAX_WORDS``, and a name). Set by hand; not benchmarked.
GLUED_BYLINE_MAX_WORDS = 24
# "By" glued to the word before it, then a name to the end of the line.
_GLUED_BYLINE = re.compile(rf"(?<=[a-z.!?'\"’”])By\s+(?P<name>{BYLINE_NAME})\s*$")


def glued_byline(text: str, ctx: Context) -> str:
    """A byline run into the headline line before it, "Housing costs rise, study showsBy
    Ann Lee" (the page lost the break between them): the author is recorded and the
    headline kept (the page's title, when it has none yet and the line opens the page:
    then the line goes as a repeated headline). Only a short line whose "By" is glued to
    the word before it and followed by a name to the end of the line is touched."""
    m = _GLUED_BYLINE.search(text)
    if m is None or not short(text, GLUED_BYLINE_MAX_WORDS):
        return text
    name = person_name(m["name"])
    if name is None:
        return text
    set_author(ctx.meta, name)
    headline = text[: m.start()].rstrip()
    if not ctx.meta.title and ctx.in_lead:  # the page's headline: ``repeated_headline`` drops it
        ctx.meta.title = headline
    return headline


# A wire story is printed at most this many days after the day its dateline gives (a
# Friday story in Monday's paper); a dateline further back is not the filing day.
# Set by hand from the wire pages of the dev stories (Xinhua: 1 day); not benchmarked.
FILED_MAX_LAG_DAYS = 3
_MONTH_DAY = re.compile(rf"(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?")


def filed_before(written: str, published: dt.date) -> dt.date | None:
    """The day a dateline's "May 22" (or "May 22, 1999") names when it is one to
    ``FILED_MAX_LAG_DAYS`` days before ``published``, the page's date; else None."""
    m = _MONTH_DAY.fullmatch(written.strip())
    month = MONTHS.get(m["month"].rstrip(".").lower()) if m else None
    if m is None or month is None:
        return None
    years = [int(m["year"])] if m["year"] else [published.year, published.year - 1]
    for year in years:
        try:
            day = dt.date(year, month, int(m["day"]))
        except ValueError:
            continue
        if 1 <= (published - day).days <= FILED_MAX_LAG_DAYS:
            return day
    return None


# A wire story is released at most this many days after the page's date (an advance filed
# on a Tuesday for Sunday's papers). Set by hand from the release notes of the dev pages
# (1 to 5 days ahead); not benchmarked.
RELEASE_MAX_LEAD_DAYS = 7
_WEEKDAY = "|".join(name[:3] for name in WEEKDAYS)
_WEEKDAY_MONTH_DAY = re.compile(
    rf"(?:\b(?P<weekday>(?:{_WEEKDAY})[a-z]*)\.?,?\s+)?\b(?P<month>{MONTH_RE})\s+"
    r"(?P<day>\d{1,2})\b(?:,\s*(?P<year>\d{4}))?",
    re.IGNORECASE,
)


def release_day(when: str, published: dt.date) -> dt.date | None:
    """The day a release note's "Monday, Oct. 12" (or "Wed., June 7, 2000") names when it
    is one to ``RELEASE_MAX_LEAD_DAYS`` days after ``published``, the page's date, and falls
    on the weekday the note gives (if any); else None."""
    m = _WEEKDAY_MONTH_DAY.search(when)
    month = MONTHS.get(m["month"].rstrip(".").lower()) if m else None
    if m is None or month is None:
        return None
    weekday = (m["weekday"] or "").lower()[:3]
    named = [n for n, name in enumerate(WEEKDAYS) if weekday and name.startswith(weekday)]
    years = [int(m["year"])] if m["year"] else [published.year, published.year + 1]
    for year in years:
        try:
            day = dt.date(year, month, int(m["day"]))
        except ValueError:
            continue
        if named and day.weekday() != named[0]:
            continue  # "Monday, Nov. 22" when the 22nd is a Sunday: not that day
        if 1 <= (day - published).days <= RELEASE_MAX_LEAD_DAYS:
            return day
    return None


def release_note(text: str, ctx: Context) -> str:
    """Read the day a wire note in the lead says the story is for ("(For release at 7 a.m.
    EST, Sunday, Nov. 22)" on a page dated Friday, Nov. 20) as the day the text is written
    for (``Meta.filed``): its "the FBI reported Sunday" is that Sunday, not the one before
    the page's date. The page's own date stays the publication date; the note itself is
    removed by ``inline_notes`` or dropped by ``wire_notice``. A note naming a day outside
    ``RELEASE_MAX_LEAD_DAYS`` after the page, or a weekday that is not that day's, is not
    read."""
    if not ctx.in_lead or ctx.meta.date is None or ctx.meta.filed is not None:
        return text
    m = RELEASE_NOTE_RE.search(text)
    if m:
        ctx.meta.filed = release_day(m["when"], ctx.meta.date)
    return text


# The newswire's typed dash: " _ " between words, an em dash in print.
_WIRE_DASH = re.compile(r"(?<=\S) _ (?=\S)")


def wire_dash(text: str, ctx: Context) -> str:
    """The newswire's typed dash as the dash it stands for: "success _ and doubts _ came"
    becomes "success — and doubts — came". Only an underscore standing alone between
    words; "snake_case" and "__init__" stay. Runs after ``dateline``, which reads the wire's
    "CITY _ " itself."""
    return _WIRE_DASH.sub(" — ", text)


def dateline(text: str, ctx: Context) -> str:
    """Strip a newswire dateline from the first body paragraph and keep what it says.

    "SPRINGFIELD, Ill. (AP) -- The state senate passed ..." becomes "The state senate
    passed ...", with place "SPRINGFIELD, Ill." and outlet "AP"; also "CITY _ ", "City _ ",
    "CITY, March 20 (Xinhua) -- " and "February 26, 1989 -- ". Only the start of the
    article is looked at, so a dash later in the text is never taken for a dateline. The
    headline printed again above it is no body paragraph even when it reads like one
    (eight words ending "in U.S."): the dateline below it is still the lead's (D0633F)."""
    if not ctx.in_lead or ctx.state.get("dateline_done") or not is_body(text):
        return text
    if ctx.meta.title and normalise_key(text) == normalise_key(ctx.meta.title):
        return text
    ctx.state["dateline_done"] = True
    m = DATELINE_RE.match(text) or TITLE_DATELINE_RE.match(text) or DATE_DATELINE_RE.match(text)
    if not m or len(text) - m.end() < 20:
        return text
    groups = m.groupdict()
    place = (groups.get("place") or "").strip()
    if place and len(place) <= PLACE_MAX_CHARS:
        ctx.meta.place = place
    outlet = groups.get("outlet") or ""
    set_outlet(ctx.meta, outlet.title() if outlet.islower() else outlet)  # "(xinhua)"
    if groups.get("date") and not ctx.meta.date:
        ctx.meta.date = parse_date(groups["date"])
    elif groups.get("date") and ctx.meta.date and ctx.meta.filed is None:  # no release day
        ctx.meta.filed = filed_before(groups["date"], ctx.meta.date)
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:]


# Words a print lead-in sets in capitals ("IN the treatment of ...", "WHEN THE storm
# hit ..."); not "IT", "US", "WHO" or "OR", which are also names (information technology,
# the United States, the World Health Organization, an operating room).
_LEAD_IN_WORDS = (
    FUNCTION_WORDS
    | {"when", "after", "before", "while", "since", "during", "if", "although", "once", "until"}
) - {"it", "its", "or", "is", "be", "are", "was", "were", "has", "have", "had", "been"}
_LEAD_IN = re.compile(r"(?P<caps>[A-Z]{2,}(?: [A-Z]{1,})*)(?= [a-z])")


def lead_in_caps(text: str, ctx: Context) -> str:
    """A print lead-in set in capitals, "IN the care of old orchards ...",
    becomes "In the care of ...": only capitals that are all function words
    ("in", "the", "when" ...) and run into a lower-case word. "US officials said",
    "HUD says" and "CERT issued" stay."""
    m = _LEAD_IN.match(text)
    if not m or not all(w.lower() in _LEAD_IN_WORDS for w in m["caps"].split()):
        return text
    lead = m["caps"].lower()
    return lead[:1].upper() + lead[1:] + text[m.end() :]
