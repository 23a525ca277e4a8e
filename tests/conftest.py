"""Fixtures shared by the tests: a stand-in crontab, a DOCX whose zip header lies, and a
folder of two sample articles to build."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def user_crontab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in ``crontab`` program over a file: ``-l`` prints it, ``crontab FILE`` installs.

    Tests never touch the real crontab (and there is no cron daemon here). Returns the file.
    """
    store = tmp_path / "user.crontab"
    fake = tmp_path / "crontab"
    fake.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "-l" ]; then cat "{store}" 2>/dev/null || '
        "{ echo 'no crontab for you' >&2; exit 1; }\n"
        f'else cp "$1" "{store}"; fi\n'
    )
    fake.chmod(0o755)
    monkeypatch.setattr("briefing.schedule.CRONTAB_COMMAND", str(fake))
    return store


@pytest.fixture
def forged_docx(tmp_path: Path) -> Callable[[int, int], Path]:
    """Makes a python-docx document holding ``word/media/pad.bin``: ``real`` zero bytes
    whose zip headers (local and central) declare only ``declared``. Returns its path."""

    def make(real: int, declared: int) -> Path:
        import docx

        out = io.BytesIO()
        docx.Document().save(out)
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("word/media/pad.bin", b"\0" * real)
        raw = out.getvalue()
        size = real.to_bytes(4, "little")
        assert raw.count(size) == 2  # the local header and the central directory
        path = tmp_path / "forged.docx"
        path.write_bytes(raw.replace(size, declared.to_bytes(4, "little")))
        return path

    return make


@pytest.fixture
def refuse_new_files(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """``refuse_new_files(folder)``: ``tempfile.mkstemp`` raises PermissionError in
    ``folder``, as the kernel refuses a new file in a read-only folder (chmod 555) to any
    user but root. Tests run as root, whom file modes do not stop."""
    import tempfile

    make = tempfile.mkstemp
    refused: set[Path] = set()

    def mkstemp(*args: object, dir: str | Path, **kwargs: object) -> tuple[int, str]:
        if Path(dir).absolute() in refused:
            raise PermissionError(13, "Permission denied", str(dir))
        return make(*args, dir=dir, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    return lambda folder: refused.add(Path(folder).absolute())


@pytest.fixture
def refuse_renames(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """``refuse_renames(folder)``: ``os.replace`` out of ``folder`` raises PermissionError,
    as the kernel refuses it in a read-only folder (chmod 555) to any user but root."""
    replace = os.replace
    refused: set[Path] = set()

    def guarded(src: str | Path, dst: str | Path) -> None:
        if Path(src).absolute().parent in refused:
            raise PermissionError(13, "Permission denied", str(src), None, str(dst))
        replace(src, dst)

    monkeypatch.setattr(os, "replace", guarded)
    return lambda folder: refused.add(Path(folder).absolute())


SAMPLE = Path(__file__).resolve().parents[1] / "sources"
ARTICLES = ["001_0395f38c4b602cee.txt", "003_d34468bfd4c192a6.txt"]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A folder holding ``src/`` with two of the sample articles (``ARTICLES``)."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ARTICLES:
        shutil.copy(SAMPLE / name, src / name)
    return tmp_path
