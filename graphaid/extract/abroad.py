"""Aid given abroad (援外医疗队, 援非): the countries a text names, and the clauses and institutions that lie in one.

A hospital's report on its team in a country abroad names its own and other Chinese hospitals beside the one the team
works in there, whose name may hold a Chinese place (某国的某某-北京医院): none of it is aid within China.
"""

from __future__ import annotations

from functools import cache, lru_cache

from graphaid.documents import Sentence
from graphaid.extract.sides import clause_bounds
from graphaid.lexicon import read_lines
from graphaid.words import Words


@cache
def _countries() -> Words:
    return Words(read_lines("foreign_countries.txt"))


@lru_cache(maxsize=8)  # asked by the references and by the aid words, for every article
def countries_named(text: str) -> tuple[tuple[int, int], ...]:
    """Where a text names a country abroad (start, end): where a word of aid or of going or being there stands
    right before it (援某国, 赴某国, 在某国) or its capital right after it; a name alone may be a person's (护师苏丹)
    or straddle two words (内蒙古|巴林右旗 holds 古巴)."""
    return tuple(
        (start, end)
        for start, end, _ in _countries().find(text)
        if text[start - 1 : start] in _BEFORE_A_COUNTRY or text.startswith("首都", end)
    )


# 援某国, 赴某国, 到某国, 前往某国, 在某国, 于某国
_BEFORE_A_COUNTRY = set("援赴到往在于")


def aid_abroad_named(text: str, countries: tuple[tuple[int, int], ...]) -> bool:
    """Whether a text names aid given abroad (援外, 援非, 援 and a country: 某省援某国医疗队)."""
    return any(w in text for w in read_lines("abroad_words.txt")) or any(text[a - 1 : a] == "援" for a, _ in countries)


def country_before(sentence: Sentence, at: int, countries: tuple[tuple[int, int], ...]) -> bool:
    """Whether the clause holding document offset ``at`` names a country abroad before it (某国首都的某医院)."""
    start = sentence.start + clause_bounds(sentence.text, at - sentence.start)[0]
    return any(start <= a and b <= at for a, b in countries)


def country_in_clause(sentence: Sentence, at: int, countries: tuple[tuple[int, int], ...]) -> bool:
    """Whether the clause holding document offset ``at`` names a country abroad (在某国开展医疗援助工作)."""
    start, end = (sentence.start + x for x in clause_bounds(sentence.text, at - sentence.start))
    return any(start <= a and b <= end for a, b in countries)
