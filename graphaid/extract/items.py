"""The news items of a round-up, and which of them tell of no aid.

A hospital's monthly news, a health commission's bulletin or a year's top ten events give the pairing aid one item
among others: a conference, an award, an inspection, a visit. The people and units of those other items (一位教授作
专题报告, 督导组组长带队检查) take no part in the aid, though the article as a whole tells of it. Such a page says
what it is in its title (院务动态, 工作简报, 十大新闻) and names no aid there; an item opens a line with the marks such
pages use (【学术交流】, ◆荣誉◆, ▍好消息, ●, 一、, 3., a headline ending in a full stop; a chronicle's date where no
line opens with another) and runs to the next line that opens with one.
"""

from __future__ import annotations

import re

from graphaid.documents import LIST_ITEM, Document, Sentence
from graphaid.extract.sides import has_aid_words
from graphaid.lexicon import read_lines

_ITEM_MARK = re.compile(
    rf"(?:【[^】\n]{{1,16}}】|[◆◇▍▌■□●○◎▶►★☆▪•※]|{LIST_ITEM.pattern}|\d{{1,2}}\s*[｜|]"
    # (or a headline of a few words ending in a full stop, the item's text after it: 学术与荣誉。6月，…)
    r"|[\u4e00-\u9fff、与和]{2,12}。(?=\S))"
)
# a chronicle's entry, on a page whose lines open with no other mark: 5月12日　医院举行…, 12月27日，医院召开…
_CHRONICLE_DATE = re.compile(r"\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?[ \t\u3000，,：:]")
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
    starts = [m.start() for m in _item_starts(text)] or [
        line for line in _line_starts(text) if _CHRONICLE_DATE.match(text, line)
    ]
    if len(starts) < _ROUND_UP_ITEMS:
        return frozenset()
    # (the lines before the first mark, the title and the source line, are no item)
    _, items = _by_item(starts, sentences)
    aid = set(aid_sents)
    told = [any(i in aid for i in item) for item in items]
    quiet = [item for item, tells in zip(items, told, strict=True) if item and not tells]
    if len(quiet) < _QUIET_ITEMS:
        return frozenset()
    return frozenset(i for item in quiet for i in item)


def _by_item(starts: list[int], sentences: list[Sentence]) -> tuple[list[int], list[list[int]]]:
    """The sentences before the first item's start (the page's opening lines), and those of each item, by index."""
    opening: list[int] = []
    items: list[list[int]] = [[] for _ in starts]
    at = 0
    for i, sentence in enumerate(sentences):
        while at + 1 < len(starts) and starts[at + 1] <= sentence.start:
            at += 1
        (items[at] if sentence.start >= starts[0] else opening).append(i)
    return opening, items


def _item_starts(text: str) -> list[re.Match]:
    return [m for m in (_ITEM_MARK.match(text, line) for line in _line_starts(text)) if m]


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n[ \t\u3000]*", text))]


def briefs(doc: Document) -> list[list[int]]:
    """The items of a page of short news briefs (某某协作简讯汇编, 帮扶工作动态) two or more of which tell of aid,
    each with the page's opening lines (its title names the programme every brief is of): the sentences of each,
    to be read as an article of its own (one brief's parties are no parties of another's). [] for any other page."""
    text = doc.text
    # (the page's title, not a breadcrumb above it: 首页 > 新闻中心 > 工作动态 names the section an article is in)
    title = doc.metadata.get("title") or next((x for x in text.split("\n") if x.strip() and not _CRUMB.search(x)), "")
    if not any(w in title for w in read_lines("brief_digest_words.txt")):
        return []
    starts = sorted({m.start() for m in _item_starts(text)} | set(_headlines(text)))
    if len(starts) < _ROUND_UP_ITEMS:
        return []
    opening, items = _by_item(starts, doc.sentences)
    items = [item for item in items if item]
    lengths = [sum(len(doc.sentences[i].text) for i in item) for item in items]
    told = sum(has_aid_words("".join(doc.sentences[i].text for i in item)) for item in items)
    # (each brief tells its day: 6月28日，…; sections of one story under their own headings do not)
    dated = sum(any(_DATE_OPENING.search(doc.sentences[i].text[:_DATE_REACH]) for i in item[:2]) for item in items)
    if told < 2 or max(lengths) > _BRIEF_LENGTH or dated * 3 < len(items) * 2:
        return []
    return [opening + item for item in items]


_CRUMB = re.compile(r"[>＞›»]|当前位置|您的位置")
# a day near the start of a brief's first sentences
_DATE_OPENING = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}[-/.年]\d{1,2}")
_DATE_REACH = 24
# a brief runs to a few hundred characters; a page of longer items is a report in sections
_BRIEF_LENGTH = 600
# a brief's headline: a line of a few words that no punctuation ends or breaks, a longer line right after it
_HEADLINE = re.compile(r"[^\n。！？!?；;，,：:]{6,40}")


def _headlines(text: str) -> list[int]:
    """Where the lines that head a brief start (not the page's title, the first line)."""
    out = []
    lines = text.split("\n")
    at = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i > 0 and stripped and _HEADLINE.fullmatch(stripped):
            following = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
            if len(following) > len(stripped) and not _HEADLINE.fullmatch(following):
                out.append(at + len(line) - len(line.lstrip()))
        at += len(line) + 1
    return out
