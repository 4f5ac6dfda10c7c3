"""The news items of a round-up, and which of them tell of no aid.

A hospital's monthly news, a health commission's bulletin or a year's top ten events give the pairing aid one item
among others: a conference, an award, an inspection, a visit. The people and units of those other items (一位教授作
专题报告, 督导组组长带队检查) take no part in the aid, though the article as a whole tells of it. Such a page says
what it is in its title (院务动态, 工作简报, 十大新闻) and names no aid there; an item opens a line with the marks such
pages use (【学术交流】, ◆荣誉◆, ▍好消息, ●, 一、, 3., a headline ending in a full stop) and runs to the next line
that opens with one.
"""

from __future__ import annotations

import re

from graphaid.documents import LIST_ITEM, Sentence
from graphaid.extract.sides import has_aid_words
from graphaid.lexicon import read_lines

_ITEM_MARK = re.compile(
    rf"(?:【[^】\n]{{1,16}}】|[◆◇▍▌■□●○◎▶►★☆▪•※]|{LIST_ITEM.pattern}|\d{{1,2}}\s*[｜|]"
    # (or a headline of a few words ending in a full stop, the item's text after it: 学术与荣誉。6月，…)
    r"|[\u4e00-\u9fff、与和]{2,12}。(?=\S))"
)
# a page of fewer items is a report in sections, every section of which may carry the aid's people; and one of fewer
# items about other things names the aid in every part
_ROUND_UP_ITEMS = 3
_QUIET_ITEMS = 2


def items_without_aid(text: str, sentences: list[Sentence], aid_sents: list[int]) -> frozenset[int]:
    """The sentences of a round-up's items in which no sentence has an aid word: of a page whose title says it is a
    round-up and names no aid, and two items or more of which tell of none."""
    title = text.lstrip().split("\n", 1)[0]
    if not any(w in title for w in read_lines("digest_words.txt")) or has_aid_words(title):
        return frozenset()
    starts = [m.start() for m in _item_starts(text)]
    if len(starts) < _ROUND_UP_ITEMS:
        return frozenset()
    # (the lines before the first mark, the title and the source line, are no item)
    items: list[list[int]] = [[] for _ in starts]
    at = 0
    for i, sentence in enumerate(sentences):
        while at + 1 < len(starts) and starts[at + 1] <= sentence.start:
            at += 1
        if sentence.start >= starts[0]:
            items[at].append(i)
    aid = set(aid_sents)
    told = [any(i in aid for i in item) for item in items]
    quiet = [item for item, tells in zip(items, told, strict=True) if item and not tells]
    if len(quiet) < _QUIET_ITEMS:
        return frozenset()
    return frozenset(i for item in quiet for i in item)


def _item_starts(text: str) -> list[re.Match]:
    return [m for m in (_ITEM_MARK.match(text, line) for line in _line_starts(text)) if m]


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n[ \t\u3000]*", text))]
