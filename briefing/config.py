"""Configuration: embedded defaults, an optional ``briefing.toml``, CLI overrides.

Precedence, lowest first: the defaults in ``Config`` -> the TOML file -> CLI flags.
Relative paths in a TOML file are resolved against the file's folder, so a cron job
that runs from another working directory still finds the sources.
"""

from __future__ import annotations

import dataclasses
import io
import math
import re
import stat
import tomllib
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.safefile import read_file
from briefing.zipparts import MAX_DOCX_TAGS, ZipRefused, checked_copy

DEFAULT_CONFIG_NAME = "briefing.toml"
# A config larger than this is refused unread: one is a few hundred bytes, and a list of
# 10,000 sources about 500 KB. Set by reasoning (s29 hostile review); not tuned.
MAX_CONFIG_BYTES = 2**20
# The output folder's own files (state, journal, caches), inside it. Defined here rather
# than in ``briefing.publish`` so the command can find the article cache before it forks
# the map's standby without importing the state schema (pydantic): cold start, issue 13.
STATE_DIR = ".briefing"
# File systems allow 255 bytes per name; an edition adds "-YYYY-MM-DD-NNN.docx" (20).
MAX_BASENAME_BYTES = 200
# Upper bounds on values no use needs, so a typo (1e12) gives a clear message, not a build
# that waits or reads for ever. Set by hand, not benchmarked: a day of waiting for the
# lock; 10,000 PDF pages (hostile.py's 10,000 empty pages take seconds, and text past
# max_source_chars is never read); 10,000 editions (27 years of daily briefs: the state
# file lists them all, and 200,000 took 4.6 CPU s to check).
MAX_LOCK_TIMEOUT = 86_400.0
MAX_PDF_PAGES = 10_000
MAX_RETENTION = 10_000
# Worker processes: each loads its own English model (~280 MB, briefing.mapping), so 256
# (the cores of a large server) already asks ~70 GB; "workers = 100000" on 10,000
# articles would start 1,250 of them. Set by hand, not benchmarked.
MAX_WORKERS = 256
# Free text that every document shows (title, marking, names) or that is matched against
# every sentence (focus). A focus is a question or a topic statement (the longest dev topic
# is about 330 characters); a 100,000-character title made the sample's PDF 4.3 MB and its
# build 35 s instead of 12 (s30 hostile review). Set by hand, not tuned.
# A title may pass the 255 characters a DOCX's core properties hold (it is cut there).
MAX_TEXT_CHARS = {"focus": 2_000, "title": 500, "audience": 200, "organisation": 200, "author": 200}
# The header logo is read whole and, in the HTML, inlined: a logo is tens of KB. Set by
# hand (s32 hostile review: `logo = "/etc/passwd"` was published base64 in the HTML).
MAX_LOGO_BYTES = 5 * 2**20
# Pixels (width x height) of a logo, read from its header: the PDF decodes it whole
# (reportlab through Pillow, 4 bytes a pixel: 40 MP is 160 MB) and so does every browser
# showing the HTML, while a 50 KB PNG may declare 100,000 x 100,000 (s32 hostile review).
# A logo is drawn 1 cm high, a few hundred pixels; 40 MP still passes an unresized photo
# from a 40 MP camera. Set by hand, not tuned (Pillow's own guard allows 179 MP: 716 MB).
MAX_LOGO_PIXELS = 40_000_000
# What a logo must start with: PNG, JPEG or GIF, the images every renderer takes; and the
# MIME type the HTML gives it.
LOGO_TYPES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


class ConfigError(ValueError):
    """A bad config file or flag value (exit code 2)."""


@dataclass
class Config:
    title: str = ""  # empty: derived from the sources
    focus: str = ""  # question or topic that steers selection
    audience: str = "Internal"  # marking shown in header and footer
    organisation: str = ""
    author: str = ""  # document author metadata; defaults to organisation
    sources: list[str] = field(default_factory=lambda: ["sources"])
    output: str = "output"
    formats: list[str] = field(default_factory=lambda: ["docx", "pdf"])
    basename: str = "brief"
    summarizer: str = "lexrank"
    summary_words: int = 120  # executive summary length (soft cap, whole sentences)
    background_words: int = 250
    max_actors: int = 20
    max_questions: int = 8
    max_timeline: int = 25  # dated events shown (the most corroborated first)
    per_article_sentences: int = 3  # per-article sumy summary in the JSON sources
    entities: bool = True  # spaCy entity analysis (key actors); off = faster, no actors
    templates: str = ""  # folder whose files override the bundled templates by name
    reference_docx: str = ""  # a .docx whose styles the DOCX output uses
    logo: str = ""
    accent_color: str = "#1F3A5F"
    language: str = "en"
    retention: int = 30  # editions kept in the output folder
    lock_timeout: float = 60.0  # seconds an overlapping run waits for the lock
    # The per-article analysis (the map): local worker processes (0 = one per core, 1 = in
    # this process), or a Dask scheduler such as "tcp://host:8786" (needs briefing[dask]).
    workers: int = 0
    scheduler: str = ""
    # Limits on what a build reads (README "Limits"; briefing.ingest.limits).
    fetch_timeout: float = 20.0  # seconds per URL/feed request, redirects included
    fetch_budget: float = 300.0  # seconds all requests of one build may take together
    allow_private_addresses: bool = False  # fetch from loopback/private/link-local hosts
    max_source_mb: float = 20.0  # a news page or feed is far smaller
    # Bytes all requests of one build may download together: a feed of 1,000 entries, each
    # a 20 MB page, would otherwise hold 20 GB at once.
    max_download_mb: float = 200.0
    # Characters read per source: ~35,000 words, far more than a news article (the largest
    # DUC dev article file is 32 KB). Compose time grows with the
    # sentences of a source (benchmarks/hostile.py).
    max_source_chars: int = 200_000
    max_pdf_pages: int = 300  # pages read per PDF
    # Inflated size of a DOCX (zip) before it is opened: python-docx parses all of its XML
    # (one inflating to 500 MB took 480 s; benchmarks/hostile.py).
    max_unzipped_mb: float = 50.0

    config_path: str | None = None  # where this config was read from (not a TOML key)

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)


_PATH_KEYS = {"output", "templates", "reference_docx", "logo"}
_KEYS = {f.name: f for f in dataclasses.fields(Config) if f.name != "config_path"}


def _check_type(key: str, value: Any) -> Any:
    default = getattr(Config(), key)
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, list):
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    else:
        ok = isinstance(value, str)
    if not ok:
        raise ConfigError(f"config key {key!r}: expected {type(default).__name__}, got {value!r}")
    return value


def load_config(path: str | Path | None = None, *, required: bool = False) -> Config:
    """Read ``path`` (or ``./briefing.toml`` if present) over the embedded defaults."""
    if path is None:
        candidate = Path(DEFAULT_CONFIG_NAME)
        if not candidate.is_file():
            return Config()
        path = candidate
    path = Path(path)
    if not path.is_file():
        if required:
            raise ConfigError(f"config file not found: {path}")
        return Config()
    raw = _read_capped(path, MAX_CONFIG_BYTES, "MAX_CONFIG_BYTES", str(path))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except RecursionError:  # tomllib reads nested arrays and tables recursively
        raise ConfigError(f"{path}: not valid TOML: arrays or tables nested too deeply") from None
    # A [briefing] table is accepted too, so the file can share space with other tools.
    if isinstance(data.get("briefing"), dict):
        data = data["briefing"]
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown key(s): {', '.join(unknown)}")
    base = path.resolve().parent
    values: dict[str, Any] = {}
    for key, raw in data.items():
        value = _check_type(key, raw)
        if key in _PATH_KEYS and value:
            value = str(base / value)
        elif key == "sources":
            value = [v if "://" in v else str(base / v) for v in value]
        values[key] = value
    return validate(Config(**values, config_path=str(path.resolve())))


def _read_capped(path: str | Path, most: int, cap: str, label: str) -> bytes:
    """The file's bytes; ``ConfigError`` (starting with ``label``) when it cannot be read or
    holds more than ``most`` bytes (named ``cap`` in the message)."""
    try:
        raw = read_file(path, most + 1)
    except OSError as exc:
        raise ConfigError(f"{label}: cannot read: {exc.strerror or exc}") from exc
    if len(raw) > most:
        raise ConfigError(f"{label}: larger than {most:,} bytes ({cap})")
    return raw


def is_plain_name(name: object) -> bool:
    """A file name that stays in its folder: not empty, ``.`` or ``..``, no separator, no
    control character (a newline in a name would also forge lines in a log)."""
    return (
        isinstance(name, str)
        and name not in {"", ".", ".."}
        and not any(c in "/\\" or ord(c) < 32 or ord(c) == 127 for c in name)
    )


def validate(config: Config) -> Config:
    """Range checks shared by TOML and CLI values."""
    if config.summary_words < 10:
        raise ConfigError("summary_words must be at least 10")
    counts = (config.background_words, config.max_actors, config.max_questions, config.max_timeline)
    if min(counts) < 0:
        raise ConfigError("lengths and counts must not be negative")
    positive = ("fetch_timeout", "fetch_budget", "max_source_mb", "max_source_chars")
    positive += ("max_pdf_pages", "max_unzipped_mb", "max_download_mb")
    for key in positive:
        if getattr(config, key) <= 0:
            raise ConfigError(f"{key} must be positive")
    for key in _KEYS:
        value = getattr(config, key)
        if isinstance(value, float) and not math.isfinite(value):  # TOML allows inf and nan
            raise ConfigError(f"{key} must be a finite number, got {value!r}")
    if config.lock_timeout < 0:
        raise ConfigError("lock_timeout must not be negative")
    if config.per_article_sentences < 0:
        raise ConfigError("lengths and counts must not be negative")
    if config.workers < 0:
        raise ConfigError("workers must be 0 (one per core) or more")
    if config.scheduler and not re.fullmatch(r"[a-z][a-z0-9+.-]*://\S+", config.scheduler):
        raise ConfigError(
            f"scheduler must be an address like tcp://host:8786, got {config.scheduler!r}"
        )
    if config.retention < 1:
        raise ConfigError("retention must be at least 1")
    for key, most in (
        ("lock_timeout", MAX_LOCK_TIMEOUT),
        ("max_pdf_pages", MAX_PDF_PAGES),
        ("retention", MAX_RETENTION),
        ("workers", MAX_WORKERS),
    ):
        if getattr(config, key) > most:
            raise ConfigError(f"{key} must be at most {most:,g}, got {getattr(config, key):,g}")
    for key, most in MAX_TEXT_CHARS.items():
        if len(getattr(config, key)) > most:
            raise ConfigError(
                f"{key} must be at most {most:,} characters long, "
                f"got {len(getattr(config, key)):,} (MAX_TEXT_CHARS)"
            )
    if not config.formats:
        raise ConfigError("formats must name at least one output format")
    # Editions are <basename>-<date>.<ext> inside the output folder: "../x" or "/tmp/x" would
    # write them elsewhere, and a leading dot would hide them among our temporary files.
    if not is_plain_name(config.basename) or config.basename.startswith("."):
        raise ConfigError(
            f"basename must be a plain file name (no folder, no leading dot), "
            f"got {config.basename!r}"
        )
    if len(config.basename.encode("utf-8")) > MAX_BASENAME_BYTES:
        raise ConfigError(f"basename must be at most {MAX_BASENAME_BYTES} bytes long")
    if not re.fullmatch(r"#?(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})", config.accent_color.strip()):
        raise ConfigError(
            f"accent_color must be a hex colour like #1F3A5F, got {config.accent_color!r}"
        )
    _check_output(config.output)
    # Fail before the analysis, not after it, when a file the renderers need is missing.
    for key, want_dir in (("templates", True), ("reference_docx", False), ("logo", False)):
        value = getattr(config, key)
        if value and not (Path(value).is_dir() if want_dir else Path(value).is_file()):
            kind = "folder" if want_dir else "file"
            raise ConfigError(f"{key}: {kind} not found: {value}")
    if config.logo:
        logo_bytes(config.logo)
    if config.reference_docx:
        reference_docx_bytes(config.reference_docx, config.max_unzipped_mb)
    return config


def _check_output(output: str) -> None:
    """``ConfigError`` when ``output``, or the nearest of its folders that exists, is not a
    folder (a file, a named pipe): the build failed with a bare 'Not a directory' (exit 1)
    once its work was done (s33 red team)."""
    if "\x00" in output:  # valid TOML; making the folder failed the build (ValueError)
        raise ConfigError(f"output must be a folder name without a NUL character, got {output!r}")
    for path in (Path(output), *Path(output).parents):
        try:
            mode = path.stat().st_mode
        except (OSError, ValueError):  # missing (the build makes it), unreadable, or a NUL
            continue
        if not stat.S_ISDIR(mode):
            where = "" if path == Path(output) else f" ({path} is not a folder)"
            raise ConfigError(f"output must be a folder, got {output}{where}")
        return


def logo_bytes(path: str) -> tuple[bytes, str]:
    """The logo's bytes and MIME type; ``ConfigError`` unless it is a PNG, JPEG or GIF image
    of at most ``MAX_LOGO_BYTES``. Any file would otherwise be inlined in the HTML as is: a
    config naming a secret (``logo = "~/.ssh/id_rsa"``) would publish it."""
    data = _read_capped(path, MAX_LOGO_BYTES, "MAX_LOGO_BYTES", f"logo: {path}")
    mime = next((mime for magic, mime in LOGO_TYPES.items() if data.startswith(magic)), None)
    if mime is None:
        raise ConfigError(f"logo: {path} is not a PNG, JPEG or GIF image")
    from PIL import Image  # here, not at start-up: only a config with a logo needs it

    over = f"over {MAX_LOGO_PIXELS:,} (MAX_LOGO_PIXELS)"
    try:  # Image.open reads the header only: the size without decoding a pixel
        with warnings.catch_warnings():  # Pillow warns from 89 MP: our message says more
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except Image.DecompressionBombError:  # Pillow refuses to open over 179 MP
        raise ConfigError(f"logo: {path} is of more than 178,956,970 pixels, {over}") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"logo: {path} is not a readable image ({exc})") from None
    if width * height > MAX_LOGO_PIXELS:
        raise ConfigError(f"logo: {path} is {width:,} x {height:,} pixels, {over}")
    return data, mime


def reference_docx_bytes(path: str, max_unzipped_mb: float) -> bytes:
    """The reference document as ``zipparts.checked_copy`` stores it, the only form handed
    to python-docx, which inflates every part it opens into memory whole (a 440 KB file
    holding a 400 MB part peaked at 850 MB, s32 hostile review); ``ConfigError`` unless it is
    a zip whose parts declare at most ``max_unzipped_mb`` in all and inflate to no more than
    they declare (each read in pieces, stopping there), each within ``MAX_DOCX_TAGS``."""
    try:
        return checked_copy(path, max_unzipped_mb, MAX_DOCX_TAGS)
    except ZipRefused as exc:
        raise ConfigError(f"reference_docx: {exc.of(path)}") from None
