"""Contact and copyright furniture: the lines a page or a wire service prints so a reader
can reach or credit it, never a statement about the story. A labelled phone, fax or telex
number ("Tel: 555-010-2000", "fax, 555-010-2001"), an e-mail address, a postal code after
a city ("SPRINGFIELD, XY 12345"), a copyright notice ("COPYRIGHT 1999 BY EXAMPLE INC.",
"© 2003 Example Media"; not prose that opens with the word and a year, "Copyright 2018
rules were challenged in court ..."), and a fragment with no word of letters left once its
numbers and contact labels are gone ("555-010-2000.)").

Shared by ingest's clutter rules (a paragraph that is such a notice) and by the readers (a
page title that is such a fragment is no headline)."""

from __future__ import annotations

import re

from briefing.lang.patterns import Screened, folded

# A phone, fax or telex number, a year or any other run of digits with their separators.
NUMBER_RE = re.compile(r"\+?\(?\d[\d().\-/]*\d|\d")
# The label of a contact field; "phone" alone is too common in prose ("by phone"), so it
# counts only with a number right after it (see CONTACT_FIELD_RE).
_LABELS = r"tel|telephone|phone|fax|telex|e-?mail"
_LABEL_RE = re.compile(rf"\b(?:{_LABELS})\b\.?", re.I)
# A labelled number: "Tel: 555-010-2000", "Fax 555 010 2001", "fax, 41-22-10-12",
# "telex, 123-456". The number must follow the label at once, so "faxed the story to 300
# donors" or "phone calls from 12 states" do not match.
CONTACT_FIELD_RE = re.compile(
    rf"\b(?:{_LABELS})\b\.?\s*[:,]?\s*\+?\(?\d{{2,4}}\)?[\s.-]\d{{2,4}}(?:[\s.-]\d{{2,4}})*", re.I
)
# The pieces of ``_LABELS`` every labelled number holds ("tel" in "telephone" and "telex",
# "mail" in "e-mail"): a line holding none is searched no further. Ingest asks every
# paragraph of every article for a notice (``clutter.notices.contact_notice``).
_CONTACT_FIELD = Screened(CONTACT_FIELD_RE, ("tel", "phone", "fax", "mail"))
# An address starts where a run of its characters starts (the look-behind) and its parts
# are bounded (64 for the local part, 63 a label, as RFC 5321 allows): a search that began
# inside a run and scanned it to its end at each dot was quadratic ("a.a.a.a..." of 80 KB
# took 20 CPU s to read).
EMAIL_ADDRESS_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b")
# A postal code after a city and its state: "SPRINGFIELD, XY 12345", "Capital, D.C.
# 20001-1234" (a US ZIP; a state's two capitals, with or without full stops).
POSTCODE_RE = re.compile(r",\s+(?:[A-Z]\.\s?[A-Z]\.|[A-Z]{2})\s+\d{5}(?:-\d{4})?\b")
# A copyright notice's start: the word or sign and then a year ("Copyright 1999", "© 2003",
# "(c) 2001", "Copyright © 2010"). Prose says "copyrighted in 1999" or "the copyright on",
# but it may open with the word and a year too ("Copyright 2018 rules were challenged"):
# the word and a year alone make a notice only as ``copyright_notice_at`` says.
COPYRIGHT_NOTICE_RE = re.compile(
    r"(?:\bcopyright\b|©|\(c\))\s*(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b", re.I
)
# What every match of COPYRIGHT_NOTICE_RE holds, in ``folded`` text (the sign has no case).
_COPYRIGHT_SIGN = "©"
_COPYRIGHT_CUES = ("copyright", "(c)")
# What makes a notice of the word "copyright" (a year after it or not): the sign ("©",
# "(c)"), "by" right after the year ("COPYRIGHT 1999 BY EXAMPLE INC.") or "All rights" on
# the line ("... All rights reserved.").
_COPYRIGHT_SIGN_RE = re.compile(r"©|\(c\)", re.I)
_BY_RE = re.compile(r"\s*by\b", re.I)
_ALL_RIGHTS_RE = re.compile(r"\ball rights\b", re.I)
# Else the line must be this short (words of letters, numbers not counted) and an owner's
# name follow the word and year ("Printed with the kind permission of the owner, copyright
# 2004 Harbour Gazette Media", 12 words): prose goes on in lower case ("Copyright 2018
# rules were challenged in court.", "Copyright holders sued ..."). As short as an address
# line (ingest's notices, ADDRESS_LINE_MAX_WORDS).
COPYRIGHT_LINE_MAX_WORDS = 14
# The next word (skipping the marks and figures before it), when it opens in lower case.
_LOWER_WORD_RE = re.compile(r"[\W\d_]*[a-z]")
_COPYRIGHT_OPENING_RE = re.compile(r"\s*copyright\b", re.I)
# A word of at least two letters, or an abbreviation ("M.Y.O.B"): a fragment with none
# left is no text.
_LETTERS_RE = re.compile(r"[^\W\d_]{2,}|[^\W\d_]\.[^\W\d_]")
# A run of two letters or more (whole: the letters before and after it are in the match).
_LETTER_RUN_RE = re.compile(r"[^\W\d_]{2,}")
# The runs of letters ``_LABEL_RE`` takes out whole ("e" of "e-mail" is one letter).
_LABEL_RUNS = frozenset({"tel", "telephone", "phone", "fax", "telex", "email", "mail"})


def notice_at(text: str) -> int | None:
    """Where the first contact field or copyright notice of ``text`` starts (the signs a
    line is a notice even when long), or None when it holds neither."""
    field = _CONTACT_FIELD.search(text)
    starts = [at for at in (field and field.start(), copyright_notice_at(text)) if at is not None]
    return min(starts) if starts else None


def copyright_notice_at(text: str) -> int | None:
    """Where the first copyright notice of ``text`` starts: the word or sign and a year,
    with the sign, "by" after the year or "All rights" on the line, or on a short line with
    an owner's name after the year; None when it holds none ("Copyright 2018 rules were
    challenged in court." is prose)."""
    if _COPYRIGHT_SIGN not in text:
        lowered = folded(text)
        if not any(cue in lowered for cue in _COPYRIGHT_CUES):
            return None
    for m in COPYRIGHT_NOTICE_RE.finditer(text):
        if _COPYRIGHT_SIGN_RE.search(m.group()) or _BY_RE.match(text, m.end()):
            return m.start()
        if _owner_after(text, m.end()):
            return m.start()
    return None


def copyright_line(text: str) -> bool:
    """Whether a line opening with the word "copyright" is a notice ("Copyright Example
    Media Inc.", "Copyright (c) Example", "Copyright 2020 Example. All rights reserved."),
    not prose about copyright ("Copyright holders sued the site in March.")."""
    m = _COPYRIGHT_OPENING_RE.match(text)
    if m is None:
        return False
    return (
        copyright_notice_at(text) == 0
        or _COPYRIGHT_SIGN_RE.search(text) is not None
        or _owner_after(text, m.end())
    )


def _owner_after(text: str, at: int) -> bool:
    """Whether a notice with neither sign nor "by" goes on at ``at``: "All rights" on the
    line, or a short line whose next word is no lower-case one (an owner's name, or none)."""
    if _ALL_RIGHTS_RE.search(text):
        return True
    words = NUMBER_RE.sub(" ", text).split()
    return len(words) <= COPYRIGHT_LINE_MAX_WORDS and not _LOWER_WORD_RE.match(text, at)


def without_addresses(text: str) -> str | None:
    """``text`` without its e-mail addresses and postal codes, or None when it holds
    neither (a weaker sign than a labelled number: prose names e-mail addresses too)."""
    rest = POSTCODE_RE.sub(" ", _without_emails(text))
    return None if rest == text else rest


def is_contact_fragment(text: str) -> bool:
    """True when ``text`` has no word of letters once its numbers, e-mail addresses and
    contact labels are gone: "555-010-2000.)", "Fax: 555-010-2001", "(12) 34-56"."""
    if _a_run_stays(text):
        return False
    rest = _LABEL_RE.sub(" ", NUMBER_RE.sub(" ", _without_emails(text)))
    return _LETTERS_RE.search(rest) is None


def _a_run_stays(text: str) -> bool:
    """Whether ``is_contact_fragment``'s substitutions surely leave a run of two letters
    of ``text``, found without making them: ingest asks it of every paragraph, and the
    first word of prose answers. With no "@" no address is taken out; a number holds no
    letter, and a space put in its place joins none; a label is taken out only as whole
    runs of letters (bounded by ``\\b``: a letter before or after would be a word
    character), so a run of ASCII letters that is no label (case aside, as ``re.I``
    compares ASCII) stays. A run with other letters is left to the substitutions
    ("ı" matches "i" under ``re.I``)."""
    if "@" in text:
        return False
    for m in _LETTER_RUN_RE.finditer(text):
        run = m.group()
        if run.isascii() and run.lower() not in _LABEL_RUNS:
            return True
    return False


def _without_emails(text: str) -> str:
    """``text`` with each e-mail address replaced by a space (none without an "@")."""
    return EMAIL_ADDRESS_RE.sub(" ", text) if "@" in text else text
