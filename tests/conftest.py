"""Fixtures shared by the top-level tests (the CLI and the schedule module)."""

from __future__ import annotations

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
