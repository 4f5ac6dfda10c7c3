"""Find the words of a list in a text all at once (Aho-Corasick): place names, institution endings, titles."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs


class Words:
    """A fixed list of words, searched for in texts: every occurrence, overlapping ones too, by where they end
    (the longest first where several end together)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(words))
        self._automaton = ahocorasick_rs.AhoCorasick(self.words)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each occurrence in ``text``; offsets in characters, end exclusive."""
        words = self.words
        return [(start, end, words[i]) for i, start, end in self._automaton.find_matches_as_indexes(text, True)]

    def occurs_in(self, text: str) -> bool:
        """Whether any of the words occurs in ``text``."""
        return bool(self._automaton.find_matches_as_indexes(text))
