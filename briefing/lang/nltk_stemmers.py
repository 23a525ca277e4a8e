"""nltk's stemmers, imported without the statistics package nltk's ``__init__`` pulls in.

Importing anything from nltk runs its ``__init__``, which imports every subpackage;
``nltk.metrics.association`` imports ``scipy.stats`` for one collocation measure (the
Fisher exact test), inside ``try/except ImportError``. That is half of what importing
sumy's and nltk's stemmers costs (about 0.7 of 1.4 CPU s; a cold build imports it in
the build and again in the process that maps the articles), and nothing in Briefing
uses collocation measures. Importing this module first (``briefing.summarise`` does,
before sumy imports nltk) hides ``scipy.stats`` while nltk is imported, so that import
falls back to nltk's own stub; ``scipy.stats`` itself stays importable afterwards.
If nltk was imported already, nothing changes.
"""

from __future__ import annotations

import sys


def _import_nltk() -> None:
    if "nltk" in sys.modules or "scipy.stats" in sys.modules:
        return
    sys.modules["scipy.stats"] = None  # type: ignore[assignment]  # "import ... halted"
    try:
        import nltk  # noqa: F401
    finally:
        if sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]


_import_nltk()

from nltk.stem.porter import PorterStemmer  # noqa: E402

__all__ = ["PorterStemmer"]
