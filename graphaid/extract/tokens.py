"""Words: segmentation (jieba), taught the division table's names and the institution endings once, and a word quoted
alone."""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from contextlib import suppress
from functools import cache, lru_cache
from pathlib import Path

from graphaid.lexicon import read_lines, read_table
from graphaid.places import LEVEL_SUFFIXES, gazetteer

# jieba's count for a bare county name: that of a common word (its dictionary counts 江南 5,000, 和平 8,000)
BARE_NAME_FREQ = 3_000
# the count from which jieba's own dictionary makes a word common (平安 1,438; 安宁 502; 古丈 6, 西吉 42)
COMMON_WORD_FREQ = 300
# and for a one-character name with its level: below that of the words it ends (落户 is counted 204)
ONE_CHARACTER_FREQ = 100


def _tokenizer():
    return _dictionary()[0]


@cache
def _dictionary():
    """jieba taught the table's names, and the names taught that its own dictionary counts as common words (平安,
    东方)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    taught = _taught_words()
    key = hashlib.sha256(repr((jieba.__version__, COMMON_WORD_FREQ, sorted(taught))).encode()).hexdigest()[:16]
    cached = _cache_dir() / f"words-{key}.marshal"
    try:
        # jieba reads its own cache through marshal.load on a file, four times slower than from bytes
        tokenizer.FREQ, tokenizer.total, words = marshal.loads(cached.read_bytes())
        tokenizer.initialized = True
    except (OSError, EOFError, ValueError, TypeError):
        tokenizer.initialize()
        words = [word for word, _ in taught if tokenizer.FREQ.get(word, 0) >= COMMON_WORD_FREQ]
        for word, freq in taught:
            tokenizer.add_word(word, freq=freq)
        _save(cached, marshal.dumps((tokenizer.FREQ, tokenizer.total, words)))
    return tokenizer, frozenset(words)


def _taught_words() -> list[tuple[str, int]]:
    """The words jieba is taught on top of its dictionary, with their counts."""
    gz = gazetteer()
    taught = []
    for keyword, codes in gz.by_keyword.items():
        # a bare county name (从江, 和平) is also the start or end of common words (从|江南, 和平|安): at the
        # weight of a common word jieba's own judgement of the words around decides; a name that states its
        # level, or a prefecture's or province's, always stands
        strong = gz.is_strong(keyword, tuple(sorted(codes)))
        # a one-character name with its level (户县, 和县) ends or starts common words (落户|县医院): weaker still
        one_character = len(keyword) == 2 and keyword.endswith(LEVEL_SUFFIXES)
        taught.append((keyword, ONE_CHARACTER_FREQ if one_character else 100_000 if strong else BARE_NAME_FREQ))
    taught += [(word, 100_000) for word in read_lines("hospital_suffixes.txt") + read_lines("zone_words.txt")]
    taught += [(short, 100_000) for short, _ in read_table("agency_suffixes.txt", 2)]
    return taught


def _cache_dir() -> Path:
    """Where the taught dictionary is kept between runs: $GRAPHAID_CACHE, else the user's cache directory."""
    if chosen := os.environ.get("GRAPHAID_CACHE"):
        return Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "graphaid"


def _save(path: Path, data: bytes) -> None:
    """Write the cache whole or not at all (a run that cannot write it just teaches jieba again next time)."""
    # (imported here: the graph module loads networkx, which extraction alone never needs)
    from graphaid.graph import GraphFileError, write_atomically

    with suppress(GraphFileError):
        write_atomically(path, lambda out: out.write(data))


@lru_cache(maxsize=4096)
def tokenize(sentence: str) -> tuple[str, ...]:
    """The words of a stretch of text (a small cache: names repeat within an article; a bounded one keeps a
    100,000-article build's memory flat)."""
    return tuple(_tokenizer().lcut(sentence, HMM=False))


def words_from(text: str, start: int, end: int) -> dict[int, str]:
    """The words the segmenter reads in ``text[start:end]``, by the offset in ``text`` where each starts
    (segmenting just the stretch a question needs keeps it cheap)."""
    words = {}
    for token in tokenize(text[start:end]):
        words[start] = token
        start += len(token)
    return words


def word_at(text: str) -> str:
    """The first word of a short stretch of text, unknown words guessed too (a person's name: 钱立波|挂职)."""
    words = _tokenizer().lcut(text, HMM=True)
    return words[0] if words else ""


def is_word(text: str) -> bool:
    """Whether the segmenter's dictionary holds ``text`` as a word or a place it was taught."""
    return _tokenizer().FREQ.get(text, 0) > 0


def is_common_word(text: str) -> bool:
    """Whether the segmenter's dictionary holds ``text`` as a word (陆续, 门诊), not as a place it was taught."""
    return _tokenizer().FREQ.get(text, 0) > 0 and text not in gazetteer().by_keyword


def is_name_word(text: str) -> bool:
    """Whether jieba's own dictionary tags ``text`` as a person's name (nr) as well: 田野, 高峰 and 乌云 are the
    field, the peak and a dark cloud, and people's names as often; 陆续 (an adverb) and 计划 (a noun) are not."""
    return text in _name_words()


@cache
def _name_words() -> frozenset[str]:
    """The words of two or three characters jieba's dictionary tags nr, kept between runs beside the taught words
    (reading them from its dictionary takes over half a second, the cache a thirtieth)."""
    import jieba

    cached = _cache_dir() / f"names-{jieba.__version__}.marshal"
    try:
        return frozenset(marshal.loads(cached.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    names = []
    with jieba.Tokenizer().get_dict_file() as lines:
        for line in lines:
            word, _, tag = (*line.decode("utf-8").split(), "", "")[:3]
            if tag == "nr" and 2 <= len(word) <= 3:
                names.append(word)
    _save(cached, marshal.dumps(names))
    return frozenset(names)


def is_word_too(text: str) -> bool:
    """Whether jieba's own dictionary counts ``text``, taught as a place, as a common word as well (平安 1,438 times,
    东方 3,993; not 古丈, 6)."""
    return text in _dictionary()[1]


_OPENING_QUOTES = frozenset("“‘「『\"'")
_CLOSING_QUOTES = frozenset("”’」』\"'")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone in quotation marks (名字里带着“北京”, 把“苏式”技术留下): the word
    itself, quoted, not a place or a person it may spell."""
    return text[start - 1 : start] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES
