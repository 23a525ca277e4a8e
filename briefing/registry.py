"""Name -> implementation registries (summarizers, source readers, output formats).

Modelled on spaCy's registries: an implementation registers itself under a string
name so that the config file and the CLI can name it, and adding a new one is one
new module that calls ``register``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class UnknownName(KeyError):
    """Raised when a config or CLI names an implementation that is not registered."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        self.kind, self.name, self.known = kind, name, known
        super().__init__(f"unknown {kind} {name!r} (choose from: {', '.join(known)})")

    def __str__(self) -> str:
        return self.args[0]


class Registry(Generic[T]):
    """A small ordered mapping of names to implementations."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}
        self._primary: list[str] = []

    def register(self, name: str, *aliases: str) -> Callable[[T], T]:
        """Decorator: ``@registry.register("lexrank")``."""

        def deco(obj: T) -> T:
            for key in (name, *aliases):
                key = key.lower()
                if key in self._items:
                    raise ValueError(f"{self.kind} {key!r} registered twice")
                self._items[key] = obj
            self._primary.append(name.lower())
            return obj

        return deco

    def add(self, name: str, obj: T) -> None:
        self.register(name)(obj)

    def get(self, name: str) -> T:
        try:
            return self._items[name.lower()]
        except KeyError:
            raise UnknownName(self.kind, name, self.names()) from None

    def names(self) -> list[str]:
        """Primary names in registration order (aliases are accepted but not listed)."""
        return list(self._primary)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)
