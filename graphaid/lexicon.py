"""Read the lexicons that ship in graphaid/data: one entry a line, '#' starts a comment."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a data file."""
    text = files("graphaid.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def any_of(words: tuple[str, ...]) -> re.Pattern:
    """One pattern that finds any of ``words``: a single search where a loop would test each word in turn."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def read_table(name: str, columns: int) -> list[tuple[str, ...]]:
    """Tab-separated rows of a data file, padded to ``columns`` fields."""
    rows = []
    text = files("graphaid.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        rows.append(tuple(fields + [""] * (columns - len(fields)))[:columns])
    return rows


@cache
def surnames() -> frozenset[str]:
    """Chinese family names (surnames.txt): where a person's name starts."""
    return frozenset(read_lines("surnames.txt"))
