"""Read articles: find the files, decode them, reduce HTML to its text, convert traditional characters to
simplified, drop page chrome, split sentences.

Offsets are kept: every sentence is a span ``text[start:end]`` of its document's text, so evidence can always
be shown in place.
"""

from __future__ import annotations

import codecs
import hashlib
import operator
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from graphaid.lexicon import read_lines, read_table
from graphaid.lexicon import surnames as family_names

if TYPE_CHECKING:
    from lxml.html import HtmlElement

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".shtml": "html"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# how long one article may take to extract before it is given up with a reason (checked between its parts)
DEFAULT_MAX_SECONDS = 300.0
# an article body starts with a paragraph at least this long (in a page without one, a shorter one that ends a
# sentence); chrome markers before it are page headers
BODY_LINE_CHARS = 50
SHORT_PARAGRAPH_CHARS = 15

# a "sentence" longer than this (a line with no full stop, a table flattened to one line) is cut into windows of
# at most this many characters, at a comma when one is near: extraction work and evidence stay bounded, and the
# longest real sentences in the seeds and the development corpus are under 260 characters
MAX_SENTENCE_CHARS = 500
_WINDOW_CUT = re.compile(r"[，,、：:（(]")
# (the lookahead first lets the regex engine skip to the next mark instead of trying both branches everywhere)
# (a line broken after a comma goes on in the next, unless that one opens a list's item: posts written a phrase a
# line, 今年9月，她和张三一起，⏎从长沙出发)
_ITEM_OPENING = (
    r"\s*(?:\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|[^\w\s“‘\"「『（(])"
)
_SENTENCE_END = re.compile(
    rf"(?=[。！？!?；;\n])(?:[。！？!?；;]+[”’\"」』)）]*|(?<![，,、])\n+|\n+(?={_ITEM_OPENING}))"
)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-/.])\s*(?:(?P<m>1[0-2]|0?[1-9])\s*(?:月|[-/.])\s*(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*日?)?)?"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
# a text is read as traditional when OpenCC changes at least this share of the Chinese characters of its start
TRADITIONAL_SHARE = 0.05
TRADITIONAL_SAMPLE = 2000


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    date: str | None = None


@dataclass(slots=True)
class Document:
    """One article: its id (file name and content hash, see ``document_id``), decoded text and its body's sentences."""

    doc_id: str
    path: str
    text: str
    encoding: str
    sha1: str
    sentences: list[Sentence] = field(default_factory=list)
    date: str | None = None
    traditional: bool = False  # written in traditional characters; ``text`` holds it converted to simplified
    metadata: dict[str, str] = field(default_factory=dict)  # title, url, outlet, site, author, date (metadata.py)


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


class UnreadableError(Exception):
    """A file that cannot be read as an article; the message is the one-line reason."""


def shown(path: str | Path) -> str:
    """A path as text that can always be printed and saved: bytes of a name that are not UTF-8 (a GBK name from
    a Windows zip) appear as ``\\xb0``; ``path_bytes`` keeps the exact name."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def path_bytes(path: str | Path) -> str | None:
    """The exact name of a path that is not valid UTF-8, as hex (so it round-trips through JSON); None otherwise."""
    raw = os.fsencode(path)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.hex()
    return None


def document_id(name: str, sha1: str) -> str:
    """A document's id: the name it was first read under and its content's hash, so the same text is one
    document wherever it lies and two different files of one name are two documents."""
    return f"{shown(name)}#{sha1[:10]}"


def find_articles(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Skipped]:
    """Every article file under the given files and folders (recursively), with its path relative to the folder
    given (shown readably). Sub-folders that cannot be read, linked folders (not followed: they can loop) and
    links to nothing are reported as Skipped."""
    for given in paths:
        root = Path(given)
        if not root.exists():
            reason = "broken symbolic link" if root.is_symlink() else "no such file or folder"
            yield Skipped(shown(given), reason)
        elif root.is_dir():
            found = False
            for item in _walk(root):
                if isinstance(item, Skipped):
                    yield item
                    continue
                found = True
                yield item, shown(item.relative_to(root).as_posix())
            if not found:
                yield Skipped(shown(given), "folder holds no .txt or .html articles")
        else:
            yield root, shown(root.name)


def _walk(root: Path) -> Iterator[Path | Skipped]:
    """Article files under ``root`` in name order, and what could not be looked into."""
    problems: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        problems.append(Skipped(shown(exc.filename or root), f"cannot read the folder: {exc.strerror}"))

    found: list[Path | Skipped] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable):
        base = Path(folder)
        for name in list(dirs):
            if (base / name).is_symlink():
                dirs.remove(name)
                found.append(Skipped(shown(base / name), "linked folder, not followed (give the folder itself)"))
        for name in files:
            path = base / name
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if path.is_symlink() and not path.exists():
                found.append(Skipped(shown(path), "broken symbolic link"))
            elif path.is_file():
                found.append(path)
    found.extend(problems)
    yield from sorted(found, key=lambda x: [os.fsencode(p) for p in Path(x if isinstance(x, Path) else x.path).parts])


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of raw bytes: BOMs first, then strict UTF-8, then charset detection."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    if b"\x00" in data[:8192]:
        raise UnreadableError("binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise UnreadableError("undecodable bytes: no text encoding fits")
    encoding = best.encoding
    # GBK and GB2312 are subsets of GB18030; decoding with the superset loses nothing
    if encoding in ("gbk", "gb2312", "hz"):
        encoding = "gb18030"
    return data.decode(encoding, errors="replace"), encoding


def unwrap(text: str) -> str:
    """Text whose paragraphs were broken into lines of one width (copied from a PDF or a mail, 潍坊市人民|医院 across
    two lines) with each paragraph on one line again; any other text as it is.

    A text is wrapped when one length is that of at least three lines and of a third of its lines of 20
    characters or more; a line of that length that ends no sentence goes on on the next line."""
    lines = text.split("\n")
    long_lengths = [len(line) for line in lines if len(line) >= WRAP_MIN]
    if len(long_lengths) < 3:
        return _join_broken_lines(text)
    width, count = Counter(long_lengths).most_common(1)[0]
    if count < 3 or count * 3 < len(long_lengths):
        return _join_broken_lines(text)
    out = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        if (
            len(previous) == width
            and line.strip()
            and not previous.rstrip().endswith(_SENTENCE_ENDS)
            and not LIST_ITEM.match(line)
            # (the rows of a table written as text, cells padded to one width, are lines of their own)
            and not _CELLS.search(previous)
            and not _CELLS.search(line)
        ):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _join_broken_lines(text: str) -> str:
    """Lines broken inside a sentence by a copy (…麻醉科主治医师许|蔓组成。): a long line of prose that ends in the
    middle of a word, the next going on in prose with no indent, no list's mark and no cells, are one line (not the
    first, a headline)."""
    # (each break is judged by the two lines around it alone, so only the breaks between two Han characters are
    # looked at, not every line of the text)
    parts, done = [], 0
    for m in _BREAK_IN_WORD.finditer(text):
        at = m.start()
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at + 1)
        previous, line = text[start:at], text[at + 1 : end if end >= 0 else len(text)]
        if (
            start > 0
            and len(previous.strip()) >= _BROKEN_MIN
            and not LIST_ITEM.match(line)
            and not LIST_ITEM.match(previous)  # (一、坚持问题导向，推进精准帮扶: a heading)
            and not _table_row(previous)
            and not _table_row(line)
            and not _ROW_OPENING.match(line)
            and not _FIELD_OPENING.match(line)  # (领队：甲，… / 副领队：乙，…: a field of its own)
            # (prose on both sides, or an indented paragraph's start: a page's links and headings hold no comma)
            and (_PROSE.search(previous) is not None or previous.startswith(("\u3000", " ")))
            and _PROSE.search(line) is not None
        ):
            parts.append(text[done:at])
            done = at + 1
    return "".join(parts) + text[done:] if parts else text


# a roster's line: a name of two to four characters (padded or not: 丁　蕾), then an ideographic space or a tab before
# its cells (某某　某医院心内科主任医师，…); prose a copy breaks goes on with no such gap after its first word
_ROW_OPENING = re.compile(r"[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,3}[\u3000\t]")


# a line opening with a field's label and its colon (副领队：, 队　员：), not with what someone says (某某说：)
_FIELD_OPENING = re.compile(r"[\u4e00-\u9fff](?:[\u3000 ]?[\u4e00-\u9fff]){1,5}(?<![说道示])[:：]")


def _table_row(line: str) -> bool:
    """A short line of cells apart (not a long line with a name spaced out: 主治医师许  蔓和…)."""
    return len(line.strip()) < _ROW_MAX and _CELLS.search(line) is not None


_PROSE = re.compile("[，。；,;]")
# a line break between two Han characters (the break first: the regex engine skips to the next one)
_BREAK_IN_WORD = re.compile(r"\n(?<=[\u4e00-\u9fff]\n)(?=[\u4e00-\u9fff])")
# the shortest line that a copy breaks inside a sentence, and the longest row of a table written as text
_BROKEN_MIN = 16
_ROW_MAX = 40


# a break between a table's cells in a line: a tab or a run of spaces between two words
_CELLS = re.compile(r"\S(?:\t|[ \u3000]{2,})\S|[|｜][^|｜\n]*[|｜]")
# the characters that are a list's number of their own: ③, ⑶, ⒊, ❸, ➂
NUMBER_SIGNS = "\u2460-\u249b\u24ea-\u24ff\u2776-\u2793"
# a numbered list's item (3. 某某, 3、, （3）, 三、, （三）, ③): a line of its own, however wide the one before
LIST_ITEM = re.compile(
    r"\s*(?:\d{1,3}\s*[.．、)）]|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、"
    rf"|[{NUMBER_SIGNS}][.．、]?)"
)


def unpad_names(text: str) -> str:
    """A two-character name padded to the width of three in a list or a roster (王　刚、李　明; or by two spaces,
    许  蔓和…) with its characters together, the padding after it: the same length, so every offset stays where it
    was. So is a two-character label a form pads the same way (领　队：某某 -> 领队　：某某)."""
    if "\u3000" not in text and " " not in text:
        return text
    text = _PADDED_LABEL.sub(r"\1\3\2", text)
    surnames = family_names()

    def unpadded(m: re.Match) -> str:
        family, padding, given = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        # (in running text, the line's one such gap: a table's row written with spaces has several)
        if not m.group(1):
            end = text.find("\n", m.end())
            if text.count("  ", text.rfind("\n", 0, m.start()) + 1, end if end >= 0 else len(text)) > 1:
                return m.group(0)
        return family + given + padding if family in surnames and given not in _SEXES else m.group(0)

    # (as _PADDED_NAME.sub would, left to right, but tried only where a gap follows a Han character: tried at every
    # character, the pattern took seven times as long)
    # (a pair that is no name leaves its second character free to start one: 队员　任　婷)
    parts, done = [], 0
    for gap in _NAME_GAP.finditer(text):
        at = gap.start() - 1
        if at >= done and (m := _PADDED_NAME.match(text, at)) and (name := unpadded(m)) != m.group(0):
            parts += (text[done:at], name)
            done = m.end()
    return "".join(parts) + text[done:] if parts else text


# a line's label of two characters padded to the width of three or four, before its colon (领　队：, 姓  名:) or
# before the next cell of a row written with spaces (组　长　张三　某科; not 站 内 搜 索, spaced-out characters)
_PADDED_LABEL = re.compile(
    r"^([ \t\u3000]*[\u4e00-\u9fff])([\u3000 ]+)([\u4e00-\u9fff])(?=[ \u3000]*[:：]|[\u3000 ]+[\u4e00-\u9fff]{2})", re.M
)


# a roster's cell of a person's sex, which follows a name's last character as a padded name's given name would
# (张三丰　男　某医院)
_SEXES = frozenset("男女")


# a family name, one space, a given name, then a list's or a line's mark or a cell's bar (not the end of a run of
# spaced characters)
_PADDED_NAME = re.compile(
    r"(?<![\u3000 ][\u4e00-\u9fff][\u3000 ])(?<!^[\u4e00-\u9fff][\u3000 ])"
    r"(?<![\u3000 ][\u4e00-\u9fff] {2})(?<!^[\u4e00-\u9fff] {2})([\u4e00-\u9fff])([\u3000 ]| {2})([\u4e00-\u9fff])"
    r"(?=[、，,。；;（(）)和\u3000 ｜|/／\t]|$)"
    # (two spaces in running text, right after a title, what the person does after: 医师何  川到某院)
    r"|(?<=[师长任家士员])([\u4e00-\u9fff])( {2})([\u4e00-\u9fff])(?=[\u4e00-\u9fff])",
    re.MULTILINE,
)
# where a padded name can start, one character before: a gap after a Han character, a Han character after it
_NAME_GAP = re.compile(r"[\u3000 ](?<=[\u4e00-\u9fff].)(?= ?[\u4e00-\u9fff])")


# the shortest line that counts when telling a wrapped text's width
WRAP_MIN = 20


def html_to_text(html: str, page: HtmlElement | None = None) -> str:
    """The main text of an HTML page (trafilatura), or all its visible text when no main text is found.

    ``page`` is the page as ``trafilatura.load_html`` parsed it, when the caller has it (its metadata are read from
    it too): unless its tables were rewritten, the page is not parsed again."""
    import trafilatura

    tables = _list_tables_as_lines(html)
    text = trafilatura.extract(
        page if page is not None and tables is html else tables,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    if text and _HAN.search(text):
        return text
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # a page that is not HTML at all
        return html
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return tree.text_content()


def _list_tables_as_lines(html: str) -> str:
    """A page with each table of short cells (a list of pairs under a header 支援医院 受援医院) written as
    paragraphs, a row each with a bar between its cells (支援医院｜受援医院: the main-text extractor keeps no tab
    nor run of spaces), as a table copied from a page reads; tables that lay out a page (long cells, tables inside)
    as they are."""
    if "<table" not in html and "<TABLE" not in html:
        return html
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # a page lxml cannot parse is read as it is
        return html
    changed = False
    for table in list(tree.iter("table")):
        rows = [
            [" ".join(cell.text_content().split()) for cell in row if cell.tag in ("td", "th")]
            for row in table.iter("tr")
        ]
        if (
            table.find(".//table") is not None
            or len(rows) < 2
            or any(len(c) > TABLE_CELL_CHARS for r in rows for c in r)
        ):
            continue
        lines = lxml.html.Element("div")
        for row in rows:
            if any(row):
                line = lxml.html.Element("p")
                line.text = "｜".join(row)
                lines.append(line)
        table.getparent().replace(table, lines)
        changed = True
    return lxml.html.tostring(tree, encoding="unicode") if changed else html


# the longest cell of a table read as a list (a name, a number, a date); longer ones lay out a page
TABLE_CELL_CHARS = 40


@cache
def _markers() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Chrome markers, those of them that open a list of links, and navigation markers, each as one search for
    any of its words."""
    chrome = read_table("chrome_markers.txt", 2)
    return (
        _any_of(marker for marker, _ in chrome),
        _any_of(marker for marker, kind in chrome if kind == "links"),
        _any_of(read_lines("nav_markers.txt")),
    )


def body_spans(text: str) -> list[tuple[int, int]]:
    """The parts of a page that are the article: its head, and its body up to the first chrome line (related
    links, share, copyright) after the body starts.

    The body starts with a long paragraph; in a page without one (a site that writes short paragraphs), with
    the first line that ends a sentence. A list of links that a chrome line opens before the body (热点新闻 and
    other articles' headlines) is left out: from that line to the body; a toolbar there (打印本页, 关闭窗口)
    opens no list."""
    tail_markers, link_markers, _ = _markers()
    lines = text.splitlines(keepends=True)
    short = not any(len(line) >= BODY_LINE_CHARS and _han_count(line) >= BODY_LINE_CHARS for line in lines)
    offset = 0
    body_started, body_start = False, 0
    links_from = None
    for at, line in enumerate(lines):
        stripped = line.strip(" \t\r\n\u3000\xa0·•|")
        marker = bool(stripped) and _has_marker(stripped, tail_markers)
        ends = marker or "的相关文章" in stripped[:40] or "的相关新闻" in stripped[:40]
        # a share bar or an editor's line inside the article (the body goes on right after it) ends nothing
        if body_started and stripped and ends and not _body_goes_on(lines[at + 1 :]):
            return _parts(links_from, body_start, offset)
        if not body_started:
            if marker and links_from is None and _has_marker(stripped, link_markers):
                links_from = offset
            han = _han_count(stripped)
            if han >= BODY_LINE_CHARS or (short and han >= SHORT_PARAGRAPH_CHARS and stripped.endswith(_SENTENCE_ENDS)):
                body_started, body_start = True, offset
        offset += len(line)
    return _parts(links_from, body_start, len(text)) if body_started else [(0, len(text))]


def _has_marker(line: str, markers: re.Pattern) -> bool:
    """Whether a line is one of the markers: it starts with one, or is short and holds one."""
    return (markers.search(line) if len(line) <= 40 else markers.match(line)) is not None


def _any_of(words: Iterable[str]) -> re.Pattern:
    """One search for any of the words (quicker than a test per word on the many short lines of a page)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


def _han_count(text: str) -> int:
    """How many Han characters a text holds (what is left when all else is taken out: the quickest count)."""
    return len(_NOT_HAN.sub("", text))


def _body_goes_on(rest: list[str]) -> bool:
    """Whether the next line with text is a paragraph of the body (as long as the one that starts a body)."""
    following = next((line for line in rest if line.strip()), "")
    return _han_count(following) >= BODY_LINE_CHARS


def article_sentences(text: str) -> list[Sentence]:
    """The sentences of the parts of a page that are the article."""
    return [s for start, end in body_spans(text) for s in split_sentences(text, start, end)]


def _parts(links_from: int | None, body_start: int, end: int) -> list[tuple[int, int]]:
    return [(0, end)] if links_from is None else [(0, links_from), (body_start, end)]


_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "。”", "！”", "？”")


def is_navigation(sentence: str) -> bool:
    """Short lines of site furniture: breadcrumbs, font-size switches, link bars."""
    s = sentence.strip()
    if len(s) <= 60 and _markers()[2].search(s):
        return True
    # (a table's rows and header written with bars open with a row's number or its label, 1|张三|某医院, or open
    # and close with a bar, as a pipe table does: | 张三 | 某医院 |)
    return (s.count("|") >= 2 and not _TABLE_ROW.match(s)) or s.count(">") >= 2


_TABLE_ROW = re.compile(r"\s*(?:\d{1,3}|序号)\s*\||\s*\|.*\|\s*$")


def parse_date(text: str) -> str | None:
    """The first date in the text as ISO (YYYY, YYYY-MM or YYYY-MM-DD)."""
    m = _DATE.search(text)
    if not m:
        return None
    year, month, day = m.group("y"), m.group("m"), m.group("d")
    if month and day:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{year}-{int(month):02d}"
    return year


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` with offsets into ``text``; blank and navigation lines dropped."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    rows = _bar_table_rows(text, start, end) if "|" in text[start:end] else frozenset()
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        # (a piece that is its end mark alone, the line break after a full stop, holds no Han: no sentence)
        if m.start() > pos:
            _add_sentences(out, text, pos, m.end(), rows)
        pos = m.end()
    if pos < end:
        _add_sentences(out, text, pos, end, rows)
    return out


def _bar_table_rows(text: str, start: int, end: int) -> frozenset[int]:
    """Where the lines of a table with bars between its cells only (姓名|科室|职称 over 张三|骨科|主任医师) start: two
    lines or more in a row with as many bars each, two at least. A site's link bar stands alone (before a table
    whose rows open with their numbers, 序号|姓名|…, which are rows by themselves)."""
    rows: set[int] = set()
    run: list[int] = []
    bars = 0
    at = start
    for line in text[start:end].split("\n"):
        count = 0 if _TABLE_ROW.match(line) else line.count("|")
        if count >= 2 and count == bars:
            run.append(at)
        else:
            if len(run) >= 2:
                rows.update(run)
            run, bars = ([at], count) if count >= 2 else ([], 0)
        at += len(line) + 1
    if len(run) >= 2:
        rows.update(run)
    return frozenset(rows)


def _add_sentences(out: list[Sentence], text: str, start: int, end: int, rows: frozenset[int]) -> None:
    """The sentence ``text[start:end]`` added to ``out``, cut into windows of at most MAX_SENTENCE_CHARS when
    longer; ``rows``: where the lines of a table with bars start, which are no link bars."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        # cut after the last comma in the window's second half, else at the limit
        cut = limit
        for m in _WINDOW_CUT.finditer(text, start + MAX_SENTENCE_CHARS // 2, limit):
            cut = m.end()
        _add_sentence(out, text, start, cut, rows)
        start = cut
    _add_sentence(out, text, start, end, rows)


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, rows: frozenset[int]) -> None:
    raw = text[start:end]
    stripped = raw.strip()
    if stripped and _HAN.search(stripped) and (not is_navigation(stripped) or text.rfind("\n", 0, start) + 1 in rows):
        s0 = start + len(raw) - len(raw.lstrip())
        out.append(Sentence(s0, s0 + len(stripped), stripped, parse_date(stripped)))


@cache
def _t2s() -> Callable[[str], str]:
    """OpenCC's traditional -> simplified conversion (phrases first, then characters), loaded once.

    It leaves simplified text as it is, so it tells whether a text is traditional.
    """
    import opencc

    return opencc.OpenCC("t2s.json").convert


@cache
def _any_traditional_to_simplified() -> Callable[[str], str]:
    """Traditional text of any standard -> simplified: OpenCC's Taiwan then Hong Kong conversions.

    Each one is t2s after mapping its region's variant forms (Taiwan's 著 for 着, Hong Kong's 衞 for 衛), which
    t2s alone leaves; text of the other standards passes through them unchanged. Not for simplified text:
    tw2s would read its 著 (显著) as Taiwan's.
    """
    import opencc

    taiwan, hong_kong = opencc.OpenCC("tw2s.json").convert, opencc.OpenCC("hk2s.json").convert
    return lambda text: hong_kong(taiwan(text))


def looks_traditional(text: str) -> bool:
    """Whether a text is written in traditional characters: OpenCC changes a good share of its start."""
    sample = text[:TRADITIONAL_SAMPLE]
    converted = _t2s()(sample)
    if converted == sample:  # simplified texts, nearly all of them, stop here
        return False
    if len(converted) != len(sample):
        converted = keep_length(sample, _t2s())
    changed = sum(map(operator.ne, sample, converted))
    return changed >= max(2, TRADITIONAL_SHARE * _han_count(sample))


def to_simplified(text: str) -> tuple[str, bool]:
    """The text in simplified characters if it is written in traditional ones, and whether it was converted.

    The conversion keeps every character where it was, so offsets into the converted text are offsets into
    the text as read.
    """
    if not looks_traditional(text):
        return text, False
    return keep_length(text, _any_traditional_to_simplified()), True


def keep_length(text: str, convert: Callable[[str], str]) -> str:
    """``convert(text)`` when it keeps the length; else line by line, and character by character in a line
    where a phrase would change the length (so offsets never shift)."""
    converted = convert(text)
    if len(converted) == len(text):
        return converted
    parts = []
    for line in text.splitlines(keepends=True):
        done = convert(line)
        if len(done) != len(line):
            done = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        parts.append(done)
    return "".join(parts)


def read_document(path: Path, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article file (its id by default ``document_id``). Raises UnreadableError with a one-line reason
    for anything that is not one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableError(f"cannot read: {exc.strerror}") from None
    if size == 0:
        raise UnreadableError("empty file")
    if size > max_bytes:
        raise UnreadableError(f"too large for an article ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableError(f"cannot read: {exc.strerror}") from None
    text, encoding = decode(data)
    html = page = None
    if ARTICLE_SUFFIXES.get(path.suffix.lower()) == "html" or text.lstrip()[:200].lower().startswith(
        ("<!doctype html", "<html")
    ):
        from trafilatura import load_html

        from graphaid.metadata import page_owner_lines

        # (parsed once, for its main text and its metadata)
        html, page = text, load_html(text)
        text = html_to_text(html, page)
        # (a text saved from the page keeps its footer's 版权所有：某县人民医院, the page's main text does not: the
        # same article reads the same either way)
        text += "".join(f"\n{line}" for line in page_owner_lines(html) if line not in text)
    text = unwrap(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not _HAN.search(text):
        raise UnreadableError("no Chinese text")
    text, traditional = to_simplified(text)
    text = unpad_names(text)
    metadata, date = _metadata(text, page, traditional)
    title = metadata.get("title", "")
    if html is not None and title and title not in text[: len(title) + 200]:
        # a page's heading is no part of its main text, but a text file's first line is: the same article reads
        # the same either way (某市医疗专家赴某县帮扶 states a pair)
        text = f"{title}\n{text}"
    sentences = article_sentences(text)
    sha1 = hashlib.sha1(data).hexdigest()
    return Document(
        doc_id=doc_id or document_id(path.name, sha1),
        path=shown(path),
        text=text,
        encoding=encoding,
        sha1=sha1,
        sentences=sentences,
        date=date,
        traditional=traditional,
        metadata=metadata,
    )


def _metadata(text: str, page: HtmlElement | None, traditional: bool) -> tuple[dict[str, str], str | None]:
    """The article's title, URL, outlet, author and date (see graphaid.metadata), in simplified characters, and
    its date: the one its page or header gives, else the first date in its start."""
    from graphaid.metadata import document_metadata, first_date

    metadata = document_metadata(text, page)
    if traditional:
        metadata = {name: keep_length(value, _any_traditional_to_simplified()) for name, value in metadata.items()}
    return metadata, metadata.get("date") or first_date(text)


def document_from_text(doc_id: str, text: str) -> Document:
    """A document made from text in memory (tests, notebooks)."""
    sha1 = hashlib.sha1(text.encode()).hexdigest()
    text, traditional = to_simplified(unwrap(text))
    text = unpad_names(text)
    metadata, date = _metadata(text, None, traditional)
    return Document(
        doc_id=doc_id,
        path=doc_id,
        text=text,
        encoding="utf-8",
        sha1=sha1,
        sentences=article_sentences(text),
        date=date,
        traditional=traditional,
        metadata=metadata,
    )
