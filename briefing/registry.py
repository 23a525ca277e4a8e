"""Name -> implementation registries (summarizers, source readers, output formats).

Modelled on spaCy's registries: an implementation is known under a string name so that
the config file and the CLI can name it. This module is a leaf: it imports no
implementation. The entries themselves are listed in one place,
:mod:`briefing.registrations`, as ``"module:attribute"`` references that are imported
on first use, so listing the names (``--help``) costs no import of sumy, spaCy or
reportlab, and a build imports only the formats and summarizer it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")


class UnknownName(KeyError):
    """Raised when a config or CLI names an implementation that is not registered."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        self.kind, self.name, self.known = kind, name, known
        super().__init__(f"unknown {kind} {name!r} (choose from: {', '.join(known)})")

    def __str__(self) -> str:
        return self.args[0]


class Registry(Generic[T]):
    """A small ordered mapping of names to implementations, resolved lazily.

    ``add("docx", "briefing.render.docx_writer:DocxRenderer")`` records a reference that
    ``get("docx")`` imports once and caches; an object may be added directly too.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._refs: dict[str, str | T] = {}  # name or alias -> reference or object
        self._loaded: dict[str, T] = {}  # primary name -> resolved object
        self._primary: dict[str, str] = {}  # name or alias -> primary name

    def add(self, name: str, target: str | T, *aliases: str) -> None:
        """Register ``target`` (an object, or a ``"module:attribute"`` string) under
        ``name`` and ``aliases`` (names are case-insensitive)."""
        primary = name.lower()
        for key in (primary, *(a.lower() for a in aliases)):
            if key in self._primary:
                raise ValueError(f"{self.kind} {key!r} registered twice")
            self._primary[key] = primary
        self._refs[primary] = target

    def get(self, name: str) -> T:
        primary = self.check(name)
        if primary not in self._loaded:
            self._loaded[primary] = cast(T, _resolve(self._refs[primary]))
        return self._loaded[primary]

    def check(self, name: str) -> str:
        """The primary name of ``name``, imported nothing (a build that finds its articles
        in the cache needs no summarizer); ``UnknownName`` if it is not registered."""
        primary = self._primary.get(name.lower())
        if primary is None:
            raise UnknownName(self.kind, name, self.names())
        return primary

    def names(self) -> list[str]:
        """Primary names in registration order (aliases are accepted but not listed)."""
        return list(self._refs)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._primary

    def __iter__(self) -> Iterator[str]:
        return iter(self._primary)


def _resolve(target: object) -> Any:
    """Import ``"package.module:attribute"``; any other target is returned as it is."""
    if not isinstance(target, str):
        return target
    module, _, attribute = target.partition(":")
    obj: Any = importlib.import_module(module)
    for part in attribute.split(".") if attribute else ():
        obj = getattr(obj, part)
    return obj
