"""nltk's Porter stemmer for compose, without importing the nltk package.

Importing anything from nltk runs its ``__init__``, which imports every subpackage (~0.45
CPU s; ``nltk_stemmers`` trims it for the summarizers). Compose stems only the words its
stem table lacks (``compose.near_duplicates.stem``), a few per build once the compose
cache holds the table, and a build whose articles the cache holds imports no summarizer.
So ``porter_stemmer`` loads nltk's own ``nltk/stem/porter.py`` (and the three small
modules it imports) from nltk's folder under placeholder packages, then takes the
placeholders out of ``sys.modules``: the stemmer is nltk's code, run as nltk runs it,
and a later ``import nltk`` (the summarizers') imports the real package from scratch. Once
nltk is imported, or if anything of this fails, it is nltk's class as imported.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

# The packages the stemmer's module lives in, made as placeholders (no ``__init__`` run).
_PACKAGES = ("nltk", "nltk.stem")


def porter_stemmer() -> Any:
    """An instance of nltk's ``PorterStemmer`` (its default mode, as ``PorterStemmer()``)."""
    if "nltk" not in sys.modules:
        try:
            return _load_alone().PorterStemmer()
        except Exception:  # noqa: BLE001  # a layout this does not know: nltk's own way
            pass
    from briefing.lang.nltk_stemmers import PorterStemmer

    return PorterStemmer()


def _load_alone() -> types.ModuleType:
    """``nltk.stem.porter`` loaded under placeholder packages, which are then removed with
    every ``nltk`` module loaded meanwhile."""
    spec = importlib.util.find_spec("nltk")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not a package here")
    root = Path(next(iter(spec.submodule_search_locations)))
    before = set(sys.modules)
    try:
        for name in _PACKAGES:
            package = types.ModuleType(name)
            package.__path__ = [str(root.joinpath(*name.split(".")[1:]))]
            sys.modules[name] = package
        return importlib.import_module("nltk.stem.porter")
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]
