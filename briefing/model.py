"""The data that flows through the pipeline, as plain dataclasses.

Two families live here:

* the working data of the early stages: ``Document`` (what ingest read),
  ``Sentence``/``Mention``/``AnalysedDocument``/``Corpus`` (what analyse found);
* the ``Brief`` model, the centre of the product: compose produces it, every
  renderer only reads it, and ``Brief.to_dict()`` is the JSON contract.

Source ids are 1-based and equal to the document's position in the corpus + 1,
so ``[3]`` in a brief always means ``brief.sources[2]``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefing.parsed import ParsedDoc

# --------------------------------------------------------------------------- ingest


# The longest dateline place kept ("SAN LORENZO DEL MAR, Calif." is 27 characters): a
# longer capitalised run before a dash is no place, and would be copied into statements
# as "[in ...]" (session 23: a 180 KB run did). Set by reasoning, not benchmarked.
PLACE_MAX_CHARS = 60


@dataclass
class Document:
    """One readable source after ingest: main text with clutter removed, plus metadata."""

    location: str  # path or URL as the user gave it
    text: str  # main text; paragraphs separated by a blank line
    title: str = ""
    outlet: str | None = None
    author: str | None = None
    date: dt.date | None = None  # publication date, when known
    # the day the text was written for when it is not ``date``: the day the story's own
    # dateline gives when before ``date`` (wire copy printed a day later), or the day its
    # release note gives when after (an advance for Sunday's papers): what "today" and
    # "Monday" in the text refer to
    filed: dt.date | None = None
    # the place its dateline names, as written ("SPRINGFIELD, Ill."): where the text's
    # "here" is; at most PLACE_MAX_CHARS long
    place: str | None = None
    kind: str = "text"  # reader that produced it: text, markdown, html, pdf, docx, url, feed
    content_hash: str = ""  # sha256 of the raw bytes, for change detection

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def written(self) -> dt.date | None:
        """The day the text was written: relative dates in it count from here."""
        return self.filed or self.date


@dataclass
class Skipped:
    """A source that could not be used, and why (shown on the console and in the brief)."""

    location: str
    reason: str


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # sources used only in part (a limit)


# --------------------------------------------------------------------------- analyse


@dataclass
class Mention:
    """A named-entity mention found by analyse (one spaCy pass shared by later stages)."""

    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, DATE, ...
    start: int  # character offsets in Document.text
    end: int
    sentence: int  # index into AnalysedDocument.sentences


@dataclass
class Sentence:
    """One sentence of one document, with the tokens every later stage shares."""

    doc: int  # index of the document in the corpus (source id - 1)
    index: int  # position of the sentence in its document
    paragraph: int  # paragraph number in the document
    text: str
    start: int  # character offsets in Document.text
    end: int
    words: list[str] = field(default_factory=list)  # lower-cased word tokens (no punctuation)

    @property
    def source_id(self) -> int:
        return self.doc + 1


@dataclass
class AnalysedDocument:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    parse: ParsedDoc | None = None  # tokens, lemmas, dependencies, entities (entity pass)


@dataclass
class Corpus:
    """All analysed documents of one build, in source order."""

    docs: list[AnalysedDocument] = field(default_factory=list)

    def sentences(self) -> list[Sentence]:
        return [s for d in self.docs for s in d.sentences]


# --------------------------------------------------------------------------- summarise


@dataclass
class ScoredSentence:
    """A sentence with the score a summarizer gave it (higher = more important)."""

    sentence: Sentence
    score: float


# --------------------------------------------------------------------------- the Brief


@dataclass
class Statement:
    """A sentence of the brief. Extractive: ``text`` is a source sentence, lightly trimmed."""

    text: str
    sources: list[int]  # 1-based source ids that support it
    score: float = 0.0
    # Every source found reporting the same fact, perhaps in other words (the cited ones
    # included); empty when not looked for, and then ``sources`` decide.
    reported_by: list[int] = field(default_factory=list)
    # The sources among them that tell the fact in nearly the same words: the "reported by
    # N sources" the reader sees (a much stricter test than the † decision's).
    echoed_by: list[int] = field(default_factory=list)
    # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of what it reports: the date its sentence
    # gives its own event, else its earliest article's; None when neither is known.
    date: str | None = None
    # ``text`` as an editor prints it: relative dates and short names completed in
    # brackets ("on Friday [3 March 2006]", "the committee [Senate Ethics Committee]");
    # empty when there is nothing to add, and ``text`` is always the source's words.
    edited: str = ""

    @property
    def shown(self) -> str:
        """What a reader sees: the edited text, else the source's words."""
        return self.edited or self.text

    # Sources that probably tell the fact too, by a looser test that only withholds the †
    # (``compose.probable_reports``); neither cited nor counted. Empty unless the
    # sources reporting it are one.
    probably_reported_by: list[int] = field(default_factory=list)

    @property
    def single_source(self) -> bool:
        """No other source reports it, nor probably does: the † mark."""
        return _one_source(self.sources, self.reported_by) and not self.probably_reported_by

    @property
    def reporters(self) -> int:
        """How many sources tell the fact, cited or not ("reported by N sources")."""
        return len(set(self.sources) | set(self.echoed_by))


@dataclass
class Quote:
    text: str
    source: int


@dataclass
class Actor:
    name: str  # the fullest proper form
    type: str  # person, organisation, government body, country, group
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    mentions: int = 0
    sources: list[int] = field(default_factory=list)
    quote: Quote | None = None


@dataclass
class OpenQuestion:
    question: str
    context: str  # the source sentence it comes from
    sources: list[int]
    raised_by: str | None = None
    status: str = "open"  # "open" or "answered"
    answer: Statement | None = None  # the answering statement, when status == "answered"


@dataclass
class Claim:
    text: str
    sources: list[int]
    # Every source found reporting the claim's fact (the cited ones included), by the
    # summary's † test; empty when not looked for, and then ``sources`` decide.
    reported_by: list[int] = field(default_factory=list)

    @property
    def single_source(self) -> bool:
        """No other source reports it: the † mark, as on a statement."""
        return _one_source(self.sources, self.reported_by)


@dataclass
class Divergence:
    topic: str
    claims: list[Claim]
    kind: str = "figure"  # figure, characterisation, single-source


@dataclass
class TimelineEvent:
    date: str  # ISO (YYYY, YYYY-MM or YYYY-MM-DD) where resolved, else as written
    text: str
    sources: list[int]
    resolved: bool = True


@dataclass
class WhatsNew:
    since: str  # date of the previous edition
    new_sources: list[str] = field(default_factory=list)
    removed_sources: list[str] = field(default_factory=list)
    new_statements: list[Statement] = field(default_factory=list)
    new_actors: list[str] = field(default_factory=list)
    answered_questions: list[str] = field(default_factory=list)
    new_questions: list[str] = field(default_factory=list)
    # Why this edition was not compared with the last one ("" when it was): its state could
    # have been written by another user (briefing.history).
    not_compared: str = ""


@dataclass
class SourceEntry:
    id: int
    title: str
    location: str
    outlet: str | None = None
    author: str | None = None
    date: str | None = None  # ISO
    words: int = 0
    kind: str = "text"
    summary: list[str] = field(default_factory=list)  # the per-article sumy summary


# The brief's parts in the order a reader meets them (the title first, each source's
# digest under "sources"): ``ComposeError.section`` names one.
SECTIONS = (
    "title",
    "whats_new",
    "executive_summary",
    "background",
    "key_actors",
    "open_questions",
    "divergences",
    "timeline",
    "sources",
)


# ``ComposeError.shown`` of a section left empty (a digest or a title is plain instead).
SHOWN_EMPTY = "shown empty"


@dataclass
class ComposeError:
    """A part of the brief whose code failed (``briefing.compose.guarded``): the section
    is shown empty (the title plain), or with ``source``, that source's digest plain."""

    section: str  # one of SECTIONS
    error: str  # type, message and place: "IndexError: … (briefing/compose/x.py:57, in f)"
    source: int | None = None  # the source whose digest failed (section "sources")
    shown: str = ""  # what the reader gets instead: "shown empty", a plain digest or title


@dataclass
class Brief:
    title: str
    date: str  # ISO date of this edition
    executive_summary: list[Statement] = field(default_factory=list)
    background: list[Statement] = field(default_factory=list)
    key_actors: list[Actor] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)
    divergences: list[Divergence] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    sources: list[SourceEntry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    focus: str | None = None
    audience: str | None = None  # marking, e.g. "Internal"
    organisation: str | None = None
    summarizer: str = "lexrank"
    whats_new: WhatsNew | None = None
    generator: str = ""  # "briefing X.Y.Z"
    # The parts whose code failed, in SECTIONS order; in the JSON only when there are any.
    compose_errors: list[ComposeError] = field(default_factory=list)

    @property
    def unfinished(self) -> set[str]:
        """The sections shown empty because their code failed (not a plain digest or title)."""
        return {e.section for e in self.compose_errors if e.shown == SHOWN_EMPTY}

    def source(self, source_id: int) -> SourceEntry:
        return self.sources[source_id - 1]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract. Keys may be added over time, never removed."""
        return _jsonable(self)


def _one_source(sources: list[int], reported_by: list[int]) -> bool:
    return len(set(sources) | set(reported_by)) == 1


def _cited(obj: Statement | Claim) -> dict[str, Any]:
    """What a statement and a divergence claim both tell of their sources."""
    return {
        "text": obj.text,
        "sources": list(obj.sources),
        "single_source": obj.single_source,
        "reported_by": sorted(set(obj.sources) | set(obj.reported_by)),
    }


def _fields(obj: Any) -> dict[str, Any]:
    return {f.name: _jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, Statement):
        return {
            **_cited(obj),
            "echoed_by": sorted(set(obj.sources) | set(obj.echoed_by)),
            "probably_reported_by": list(obj.probably_reported_by),
            "score": round(obj.score, 6),
            "date": obj.date,
            "edited": obj.shown,
        }
    if isinstance(obj, Claim):
        return _cited(obj)
    if isinstance(obj, Brief) and not obj.compose_errors:  # a whole brief: as it always was
        return {k: v for k, v in _fields(obj).items() if k != "compose_errors"}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return _fields(obj)
    if isinstance(obj, list | tuple):
        return [_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj
