"""The last edition's state as a build starts: ``.briefing`` made private where it can be,
what a killed build left undone, and the state read only when it can be trusted.

The state and journal are acted on (What's new compares against the previous brief they
keep, old editions are pruned by their names, a killed build's files deleted) only when no
other user could have written them (``OutputFolder.check_history``), the same rule as the
caches (``privacy``); otherwise the build makes a whole edition that says it could not be
compared, deletes nothing on their say-so (old editions are pruned by the folder's own
files instead: ``disk_editions``), and the console says how to fix it.
"""

from __future__ import annotations

import os
from typing import Any

from briefing.console import Console
from briefing.ingest.cache import READ_CACHE_DIR
from briefing.mapping.cache import CACHE_DIR
from briefing.model import Brief, WhatsNew
from briefing.privacy import make_private, private
from briefing.publish import OutputFolder, State, StateError, UnwritableOutput

# The cache folders in .briefing: the read, analysis and compose caches ("features" is
# briefing.compose.features.FEATURES_DIR, named here so that a build finding its inputs
# unchanged never imports compose).
CACHE_FOLDERS = (READ_CACHE_DIR, CACHE_DIR, "features")
# What an edition's "What's new" says when the last edition's state was not used.
UNTRUSTED = (
    "This edition could not be compared with the last one: the history kept with the "
    "briefs could have been written by another user (see the build log)."
)


def last_state(folder: OutputFolder, console: Console) -> tuple[State, bool]:
    """The last edition's state, once ``.briefing`` is made private where it can be
    (``privacy.make_private``) and what a killed build left is undone; and whether a state
    was there but not used: another user could have written it (``check_history``), and
    a forged previous brief would change "What's new", a forged edition what is pruned."""
    made = make_private(folder.meta, CACHE_FOLDERS)
    if made:
        console.warning(made[0])
    said = made[1] if made else ""  # what that line said is not used
    distrust = folder.check_history()
    try:
        notes = folder.recover()
    except OSError as exc:  # a killed build's files in a folder made read-only since
        raise UnwritableOutput(folder.root, exc) from exc
    for note in notes:
        console.warning(f"recovering from an interrupted build: {note}")
    if not said and not all(private(folder.meta / name) for name in CACHE_FOLDERS):
        console.warning(
            f"caches not used: another user can write {folder.meta} or its cache folders "
            "(or they are not yours), and a planted entry would change the brief; "
            "chmod go-w them, or remove them, to build faster"
        )
    untrusted = distrust is not None and os.path.lexists(folder.state_path)
    if untrusted and "history" not in said:
        console.warning(
            f"history not used: {distrust}, and a forged last edition would change What's "
            "new: this edition is not compared with it, and old editions are pruned by the "
            "folder's own files, not by its list; chmod "
            f"go-w {folder.meta} (and remove what other users wrote in it) to keep the history"
        )
    try:
        return folder.read_state(), untrusted
    except StateError as exc:
        aside = folder.set_aside_state(str(exc))
        console.warning(f"{exc}; moved it to {aside.name} and starting a fresh history")
        return State(), False


def whats_new(state: State, brief: Brief, untrusted: bool) -> WhatsNew | None:
    """The brief's "What's new": since the last edition (``state``); that it could not be
    compared with it when its state was there but ``untrusted``; None before the first."""
    if state.brief is not None:
        return _compared(state.brief, brief)
    return WhatsNew(since="", not_compared=UNTRUSTED) if untrusted else None


def _compared(previous: dict[str, Any], brief: Brief) -> WhatsNew:
    """What's new since the ``previous`` brief; if its code fails, an empty section
    (said so in the brief) and the failure added to ``brief.compose_errors``."""
    from briefing.compose import guarded
    from briefing.compose.whats_new import diff_briefs

    errors = list(brief.compose_errors)
    news = guarded.run(
        errors,
        "whats_new",
        lambda: WhatsNew(since=str(previous.get("date") or "")),
        diff_briefs,
        previous,
        brief,
    )
    brief.compose_errors = guarded.in_order(errors)
    return news
