"""The schema of ``OUTPUT/.briefing/state.json`` and ``journal.json``, checked strictly on read.

Both files sit in a folder other people can write to, and the next run acts on what they
say: it deletes the files an unfinished build listed and prunes old editions by name. So
nothing is trusted: every value must have its exact JSON type (no coercion), every file
name must be a plain name inside the output folder (no ``/``, ``..``, absolute path or
control character), every format a short lower-case extension. A file that breaks a rule
is refused as a whole, with the reason; the caller sets it aside and deletes nothing.

The previous brief kept in the state is checked only as far as ``diff_briefs`` reads it
(``briefing.compose.whats_new``): briefs of older versions, with fewer keys, still pass;
unknown keys are ignored.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from briefing.config import is_plain_name

SCHEMA = 1
_EXTENSION = re.compile(r"[a-z0-9]{1,16}")


class UnsafeFile(ValueError):
    """A state or journal file that is not valid JSON, breaks the schema or names a bad path."""


def _plain_name(name: str) -> str:
    if not is_plain_name(name):
        raise ValueError(f"{name!r} is not a plain file name inside the output folder")
    return name


def _extension(ext: str) -> str:
    if not _EXTENSION.fullmatch(ext):
        raise ValueError(f"{ext!r} is not a file extension")
    return ext


FileName = Annotated[str, AfterValidator(_plain_name)]
Extension = Annotated[str, AfterValidator(_extension)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class EditionData(_Strict):
    name: FileName
    date: str
    formats: list[Extension] = []
    files: list[FileName] = []
    built_at: str = ""


# ---- what diff_briefs reads of the previous brief (every key optional: older briefs)


class _SourceData(_Strict):
    location: str | None = None
    title: str | None = None


class _StatementData(_Strict):
    text: str | None = None


class _ActorData(_Strict):
    name: str | None = None
    aliases: list[str] | None = None


class _QuestionData(_Strict):
    question: str | None = None
    status: str | None = None


class PreviousBrief(_Strict):
    date: str | None = None
    sources: list[_SourceData] | None = None
    executive_summary: list[_StatementData] | None = None
    background: list[_StatementData] | None = None
    key_actors: list[_ActorData] | None = None
    open_questions: list[_QuestionData] | None = None


class StateData(_Strict):
    schema_: Literal[1] = Field(alias="schema")  # a field named "schema" shadows BaseModel's
    fingerprint: str = ""
    sources: list[tuple[str, str]] = []
    editions: list[EditionData] = []
    brief: dict[str, Any] | None = None
    generator: str = ""


class JournalData(_Strict):
    edition: str = ""
    files: list[FileName] = []
    latest: list[Extension] = []


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "top level"
    return f"{where}: {err['msg']}"


def parse_state(raw: bytes) -> StateData:
    """The state file's content, checked; raises ``UnsafeFile`` with the first problem."""
    try:
        data = StateData.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        raise UnsafeFile(_first_error(exc)) from None
    if data.brief is not None:
        try:
            PreviousBrief.model_validate(data.brief, strict=True)
        except ValidationError as exc:
            raise UnsafeFile("brief." + _first_error(exc)) from None
    return data


def parse_journal(raw: bytes) -> JournalData:
    """The journal's content, checked; raises ``UnsafeFile`` with the first problem."""
    try:
        return JournalData.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        raise UnsafeFile(_first_error(exc)) from None
