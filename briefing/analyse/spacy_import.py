"""spaCy, imported without its command line (cold start, issue 13).

``import spacy`` runs ``from .cli.info import info``, which imports the whole ``spacy.cli``
package: every subcommand, typer, click and weasel (about 0.19 of the 0.58 CPU s that
importing spaCy takes, on the process that maps a cold sample build: its critical path).
Briefing never runs spaCy's command line. ``import_spacy`` hides ``spacy.cli`` while
spaCy is imported, the way ``briefing.lang.nltk_stemmers`` hides ``scipy.stats`` from
nltk: ``spacy.info`` then imports the real one when called, and ``spacy.cli`` itself
stays importable. Nothing in spacy.cli registers a function spaCy's pipeline looks up.
If spaCy was imported already, nothing changes.
"""

from __future__ import annotations

import sys
import types
from typing import Any

# The modules hidden while spaCy imports; the second holds the one name it takes.
_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def import_spacy() -> types.ModuleType:
    """The ``spacy`` module, imported without ``spacy.cli`` if not imported yet."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        import spacy

        return spacy
    package = types.ModuleType(_CLI)
    package.__path__ = []  # a package with no submodules but the one below
    info = types.ModuleType(_INFO)
    info.info = _info  # type: ignore[attr-defined]
    sys.modules[_CLI], sys.modules[_INFO] = package, info
    try:
        import spacy
    finally:
        for name, stand_in in ((_CLI, package), (_INFO, info)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
