"""The lexicons that ship in graphaid/data (one entry a line, '#' starts a comment), and counts written in words."""

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


_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)} | {"两": 2}


def count_in_words(text: str) -> int | None:
    """A count written in digits or in characters up to 九十九 (3, 五, 十, 十五, 二十), the least it can be where 几
    follows 十 (十几: 10); None for any other (几)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _DIGITS.get(text)
    tens, _, ones = text.partition("十")
    if (tens and tens not in _DIGITS) or (ones and ones != "几" and ones not in _DIGITS):
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + _DIGITS.get(ones, 0)
