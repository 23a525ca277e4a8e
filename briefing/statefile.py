"""The schema of ``OUTPUT/.briefing/state.json`` and ``journal.json``, checked strictly on read.

The next run acts on what they say: it deletes the files an unfinished build listed and
prunes old editions by name. It reads them only when the build's user wrote them in a
``.briefing`` no other user can write (``briefing.history``; otherwise they are not used
at all), yet they are still checked as hostile input: a file damaged on disk, edited by
hand, written by another version, or changed by a colleague while the folder was shared
(``privacy.make_private`` takes their write permission away later, not what they wrote)
must not make a run delete or write files elsewhere. So every value must have its exact
JSON type (no coercion), every file name must be a plain name inside the output folder (no
``/``, ``..``, absolute path or control character), every format a short lower-case
extension. A file that breaks a rule is refused as a whole, with the reason; the caller
sets it aside and deletes nothing.

The previous brief kept in the state is read only as far as ``diff_briefs`` reads it
(``briefing.compose.whats_new``): briefs of older versions, with fewer keys, still pass;
unknown keys are skipped unread.

A hostile file must cost no more than its bytes: every list stops at its first bad item
(``FailFast``; listing a million errors took 85 CPU s and 6.6 GB for 8 MB of ``{},``), and
every kind of item is counted as it is read, so a file listing more than any build writes is
refused at the first item too many, not after all are checked (200,000 editions took 11 CPU s).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    FailFast,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from briefing.config import MAX_RETENTION, is_plain_name

SCHEMA = 1
LATEST = "latest"  # latest.<ext>: the newest edition's copies, never an edition's own file
_EXTENSION = re.compile(r"[a-z0-9]{1,16}")
# File systems allow 255 bytes in a name, so no longer name is one we wrote (and checking a
# 20 MB name character by character took seconds).
MAX_NAME_CHARS = 255
# Most items of one kind a state or journal file may list; more is no file we wrote. Set by
# hand, not benchmarked: the 880-source scale build's state lists 880 sources, 909 brief
# items and a few file names per edition; 100,000 sources would not fit MAX_STATE_BYTES.
MAX_ITEMS = 100_000


class UnsafeFile(ValueError):
    """A state or journal file that is not valid JSON, breaks the schema or names a bad path."""


def _plain_name(name: str) -> str:
    if len(name) > MAX_NAME_CHARS:
        raise ValueError(f"a file name of {len(name):,} characters is too long")
    if not is_plain_name(name):
        raise ValueError(f"{name!r} is not a plain file name inside the output folder")
    return name


def _extension(ext: str) -> str:
    if not _EXTENSION.fullmatch(ext):
        raise ValueError(f"{ext!r} is not a file extension")
    return ext


def _counted(kind: str, most: int = MAX_ITEMS) -> AfterValidator:
    """Count each item of ``kind`` read, in the validation context; refuse item ``most + 1``."""

    def count(value: Any, info: ValidationInfo) -> Any:
        if isinstance(info.context, dict):
            info.context[kind] = seen = info.context.get(kind, 0) + 1
            if seen > most:
                raise ValueError(f"more than {most:,} {kind}")
        return value

    return AfterValidator(count)


FileName = Annotated[str, AfterValidator(_plain_name), _counted("file names")]
Extension = Annotated[str, AfterValidator(_extension), _counted("formats")]
_BRIEF_ITEM = _counted("items in the previous brief")
BriefText = Annotated[str, _BRIEF_ITEM]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class EditionData(_Strict):
    name: FileName
    date: str
    formats: Annotated[list[Extension], FailFast()] = []
    files: Annotated[list[FileName], FailFast()] = []
    built_at: str = ""

    @model_validator(mode="after")
    def _only_its_own_files(self) -> EditionData:
        """An edition's files are ``<name>.<format>``: pruning deletes them, so a state
        listing ``briefing.log`` or ``latest.json`` under an old edition made a build delete
        the cron log and the ``latest`` copy it had just written (s32 hostile review)."""
        if self.name == LATEST:
            raise ValueError(f"an edition may not be named {LATEST!r}")
        own = {f"{self.name}.{ext}" for ext in self.formats}
        for name in self.files:
            if name not in own:
                raise ValueError(f"{name!r} is not a file of edition {self.name!r}")
        return self


# ---- what diff_briefs reads of the previous brief (every key optional: older briefs)


class _SourceData(_Strict):
    location: str | None = None
    title: str | None = None


class _StatementData(_Strict):
    text: str | None = None


class _ActorData(_Strict):
    name: str | None = None
    aliases: Annotated[list[BriefText] | None, FailFast()] = None


class _QuestionData(_Strict):
    question: str | None = None
    status: str | None = None


class _ComposeErrorData(_Strict):
    section: str | None = None
    shown: str | None = None


# Lists of the previous brief (or null): every item counted, stopping at the first bad one.
_BriefSources = Annotated[list[Annotated[_SourceData, _BRIEF_ITEM]] | None, FailFast()]
_BriefStatements = Annotated[list[Annotated[_StatementData, _BRIEF_ITEM]] | None, FailFast()]
_BriefActors = Annotated[list[Annotated[_ActorData, _BRIEF_ITEM]] | None, FailFast()]
_BriefQuestions = Annotated[list[Annotated[_QuestionData, _BRIEF_ITEM]] | None, FailFast()]
_BriefErrors = Annotated[list[Annotated[_ComposeErrorData, _BRIEF_ITEM]] | None, FailFast()]


class PreviousBrief(_Strict):
    date: str | None = None
    sources: _BriefSources = None
    executive_summary: _BriefStatements = None
    background: _BriefStatements = None
    key_actors: _BriefActors = None
    open_questions: _BriefQuestions = None
    compose_errors: _BriefErrors = None  # the sections it could not work out


class StateData(_Strict):
    schema_: Literal[1] = Field(alias="schema")  # a field named "schema" shadows BaseModel's
    fingerprint: str = ""
    sources: Annotated[list[Annotated[tuple[str, str], _counted("sources")]], FailFast()] = []
    editions: Annotated[
        list[Annotated[EditionData, _counted("editions", MAX_RETENTION)]], FailFast()
    ] = []
    brief: PreviousBrief | None = None  # only the keys diff_briefs reads; the rest skipped
    generator: str = ""


class JournalData(_Strict):
    edition: str = ""
    files: Annotated[list[FileName], FailFast()] = []
    latest: Annotated[list[Extension], FailFast()] = []


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "top level"
    return f"{where}: {err['msg']}"


def parse_state(raw: bytes) -> StateData:
    """The state file's content, checked; raises ``UnsafeFile`` with the first problem."""
    try:
        return StateData.model_validate_json(raw, strict=True, context={})
    except ValidationError as exc:
        raise UnsafeFile(_first_error(exc)) from None


def previous_brief(data: StateData) -> dict[str, Any] | None:
    """The previous brief as ``diff_briefs`` reads it: the keys the file had, checked."""
    return None if data.brief is None else data.brief.model_dump(exclude_unset=True)


def parse_journal(raw: bytes) -> JournalData:
    """The journal's content, checked; raises ``UnsafeFile`` with the first problem."""
    try:
        return JournalData.model_validate_json(raw, strict=True, context={})
    except ValidationError as exc:
        raise UnsafeFile(_first_error(exc)) from None
