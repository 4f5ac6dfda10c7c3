"""An article's source: title, canonical URL, outlet, author and publication date.

Read from an HTML page's metadata (``<title>``, ``og:`` tags, canonical link, meta dates: trafilatura) and from
the header lines news pages and saved copies carry at the top of their text (标题/TITLE:, URL:, 来源：, 作者：,
发布时间：). Every field is optional; a document keeps what its file says and nothing is guessed from elsewhere.
"""

from __future__ import annotations

import html as html_entities
import re
from functools import cache
from typing import TYPE_CHECKING

from graphaid.documents import parse_date
from graphaid.lexicon import read_lines

if TYPE_CHECKING:
    from lxml.html import HtmlElement

FIELDS = ("title", "url", "outlet", "site", "author", "date")

# the header of an article: its first lines, before the body starts
HEADER_LINES = 25
HEADER_CHARS = 1500
# a line this short holding a whole date (year, month, day) is a dateline
DATELINE_CHARS = 40
# a first line this short, without a full stop, is the article's title when no TITLE: line says otherwise
TITLE_MAX_CHARS = 60

_STOP = r"(?=\s|$|[|｜,，;；]|作者|记者|编辑|责任编辑|来源|发布|时间|日期|浏览|点击)"
_TITLE_LINE = re.compile(r"^\s*(?:TITLE|Title|title|标题)\s*[:：]\s*(?P<v>.+?)\s*$")
_URL_LINE = re.compile(r"(?:URL|Url|url|网址|原文链接|原文地址|链接)\s*[:：]\s*(?P<v>https?://\S+)")
_OUTLET = re.compile(r"(?:来源|来自|稿源|出处)\s*[:：]\s*(?P<v>[^\s|｜,，;；]+?)" + _STOP)
_AUTHOR = re.compile(r"(?:作者|记者|撰稿|文)\s*[:：/]\s*(?P<v>(?!图)[\u4e00-\u9fff][^\s|｜,，;；()（）]*?)" + _STOP)
_DATE_LABEL = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|更新时间|时间|日期|发布于|DATE|Date|date)\s*[:：]?\s*"
)
_HEADER_LINE = re.compile(r"^\s*(?:TITLE|Title|title|标题|URL|Url|url)\s*[:：]")
_LABEL = re.compile(r"^\s*\S{1,6}\s*[:：]")
_SENTENCE_END = re.compile(r"[。！？!?；;]\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# what a saving tool writes when it has no value ([title not present in stored copy])
_PLACEHOLDER = re.compile(r"^\s*[\[(（【].*[\])）】]\s*$")


def header_metadata(text: str) -> dict[str, str]:
    """Title, URL, outlet, author and date from the header lines at the top of an article's text."""
    found: dict[str, str] = {}
    lines = text[:HEADER_CHARS].splitlines()[:HEADER_LINES]
    for line in lines:
        for name, pattern in (("title", _TITLE_LINE), ("url", _URL_LINE), ("outlet", _OUTLET), ("author", _AUTHOR)):
            m = pattern.search(line)
            if m and name not in found and not _PLACEHOLDER.match(m.group("v")):
                found[name] = m.group("v").strip()
        if "date" not in found:
            m = _DATE_LABEL.search(line)
            date = parse_date(line[m.end() :]) if m else None
            # a date beside the outlet or author on one line is the publication date too
            if not date and (_OUTLET.search(line) or _AUTHOR.search(line)):
                date = parse_date(line)
            # a short line with a whole date (报名 2019-08-23 06:35) is the dateline under the title
            if not date and len(line.strip()) <= DATELINE_CHARS and not _URL_LINE.search(line):
                date = parse_date(line)
                date = date if date and len(date) == 10 else None
            if date:
                found["date"] = date
    if "title" not in found:
        first = next((line.strip() for line in lines if line.strip() and not _HEADER_LINE.match(line)), "")
        if (
            first
            and len(first) <= TITLE_MAX_CHARS
            and _HAN.search(first)
            and not _SENTENCE_END.search(first)
            and not _LABEL.match(first)
            and not parse_date(first)
        ):
            found["title"] = first
    return found


def first_date(text: str, chars: int = 600) -> str | None:
    """The first date in the start of a text, leaving out URL lines (a path's 201908 is no year 1908)."""
    lines = text[:chars].splitlines()
    return parse_date("\n".join(line for line in lines if not _URL_LINE.search(line) and "://" not in line))


def html_metadata(page: HtmlElement) -> dict[str, str]:
    """Title, canonical URL, site name, author and date from an HTML page's ``<head>`` (trafilatura), the page as
    ``trafilatura.load_html`` parsed it."""
    from trafilatura import extract_metadata

    try:
        meta = extract_metadata(page)
    except Exception:  # a page trafilatura cannot parse has no metadata worth a failed build
        return {}
    if meta is None:
        return {}
    found = {
        "title": meta.title,
        "url": meta.url,
        "site": meta.sitename or meta.hostname,
        "author": meta.author,
        "date": parse_date(meta.date) if meta.date else None,
    }
    return {name: value.strip() for name, value in found.items() if value and value.strip()}


def document_metadata(text: str, page: HtmlElement | None = None) -> dict[str, str]:
    """An article's metadata: its page's ``<head>`` first (the page as ``trafilatura.load_html`` parsed it), then
    its text's header lines.

    The outlet is the text's 来源 line (a page reposting another outlet's article names it there), else the site.
    """
    from_page = html_metadata(page) if page is not None else {}
    from_text = header_metadata(text)
    merged = {**from_text, **from_page}
    if "outlet" in from_text:
        merged["outlet"] = from_text["outlet"]
    elif "site" in merged:
        merged["outlet"] = merged["site"]
    return {name: merged[name] for name in FIELDS if merged.get(name)}


@cache
def site_owner() -> re.Pattern:
    """A footer's words naming the body whose site it is, and the body (版权所有：某县人民政府; after a copyright
    sign and a year: 版权所有 © 2024 某医院)."""
    words = "|".join(map(re.escape, sorted(read_lines("site_owner_words.txt"), key=len, reverse=True)))
    return re.compile(rf"(?:{words})\s*(?:[:：]|[©Ⓒ]\s*(?:\d{{4}}(?:\s*[-—–]\s*\d{{4}})?)?)\s*([^\s:：|©]{{2,40}})")


def page_owner_lines(html: str) -> list[str]:
    """The lines of a page's footer that name the site's owner (版权所有：某县人民医院), which its main text leaves
    out: a text saved from the page keeps them."""
    tail = html_entities.unescape(_TAG.sub(" ", html[-PAGE_FOOTER_CHARS:]))
    return [m.group(0) for m in site_owner().finditer(tail)]


# how far from a page's end its footer may start, markup included
PAGE_FOOTER_CHARS = 8000
_TAG = re.compile(r"<[^>]*>")
