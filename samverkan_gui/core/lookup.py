"""Finding one entry of an immutable model's tuple by its key (a block by id, a participant by code)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

T = TypeVar("T")


def find(items: Iterable[T], key: Callable[[T], Hashable], wanted: Hashable) -> T:
    """The first of ``items`` whose ``key`` is ``wanted``; KeyError(wanted) when there is none."""
    for item in items:
        if key(item) == wanted:
            return item
    raise KeyError(wanted)
