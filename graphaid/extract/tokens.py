"""Word segmentation (jieba), taught the division table's names and the institution endings once."""

from __future__ import annotations

import logging
from functools import cache, lru_cache

from graphaid.lexicon import read_lines, read_table
from graphaid.places import gazetteer


@cache
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for keyword in gazetteer().by_keyword:
        tokenizer.add_word(keyword, freq=100_000)
    for word in read_lines("hospital_suffixes.txt"):
        tokenizer.add_word(word, freq=100_000)
    for short, _ in read_table("agency_suffixes.txt", 2):
        tokenizer.add_word(short, freq=100_000)
    return tokenizer


@lru_cache(maxsize=4096)
def tokenize(sentence: str) -> tuple[str, ...]:
    """The words of a stretch of text (a small cache: names repeat within an article; a bounded one keeps a
    100,000-article build's memory flat)."""
    return tuple(_tokenizer().lcut(sentence, HMM=False))
