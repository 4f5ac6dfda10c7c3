"""Places an article names by a word rather than a name: its own (我县, 本市) and the one it named last (该县).

A local outlet writes its own county as 我县 and its own hospital as 县人民医院: which county that is, its page
says (the footer's 版权所有：某县人民政府, the source line's 来源：某县融媒体中心); an article without one may still
name only one county, which is then the one it means. 该县 is the county named last before it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from graphaid.documents import Document
from graphaid.extract.mentions import Mention
from graphaid.extract.sides import find_triggers
from graphaid.lexicon import read_lines
from graphaid.metadata import site_owner
from graphaid.places import gazetteer

_PARTY = "中共"
# the lines of an article's start that may hold its source line (来源：…)
HEADER_LINES = 12
HEADER_CHARS = 2000
FOOTER_CHARS = 1500


@cache
def source_line() -> re.Pattern:
    words = "|".join(map(re.escape, read_lines("source_line_words.txt")))
    return re.compile(rf"(?:{words})\s*[:：]\s*([^\s:：|]{{2,40}})")


def source_values(text: str) -> list[str]:
    """What the source lines of an article's start or end name (来源：某某医院, 来源：某县融媒体中心), and the site
    a breadcrumb at its start opens with."""
    return list(_source_values(text))


@lru_cache(maxsize=8)  # asked by the page's own institution and its own places, for every article
def _source_values(text: str) -> tuple[str, ...]:
    head = text[:HEADER_CHARS].splitlines()[:HEADER_LINES]
    # a repost names its source under the text as often as above it
    foot = text[max(len("\n".join(head)), len(text) - FOOTER_CHARS) :].splitlines()[-HEADER_LINES:]
    found = [m.group(1) for line in head + foot for m in source_line().finditer(line)]
    found += [m.group(1) for line in head + foot for m in _CONTRIBUTED.finditer(line)]
    last = text.rstrip().rpartition("\n")[2]
    found += [m.group(1) for m in [_SIGN_OFF.match(last) or _CREDITED_FOOT.match(last)] if m]
    found += [m.group(1) for line in head if (m := _CORRESPONDENT.match(line))]
    found += [m.group(1) for line in head if (m := _BREADCRUMB.match(line))]
    found += [m.group(1) for line in head if (m := _ACCOUNT_LINE.match(line))]
    found += [m.group(1) for line in head if (m := _DATELINE.match(line))]
    found += [m.group(1) for line in head if (m := _PUBLISHER_LINE.match(line))]
    return tuple(found)


# a page's breadcrumb that starts with the site's name (某县人民医院 > 新闻中心 > 医院动态; or one section alone on
# its line: 某县人民医院 > 新闻动态)
_BREADCRUMB = re.compile(r"^\s*([^\s>＞»]{2,30}?)\s*[>＞»](?:[^>＞»\n]+[>＞»]|\s*[^\s>＞»]{2,12}\s*$)")


# who contributed the text, in brackets, perhaps with a department after it: （某县人民医院 医务科 供稿）
_CONTRIBUTED = re.compile(r"[（(]\s*([^\s（）()：:]{2,40}?)(?:\s+[^\s（）()]{1,12})?\s*供稿\s*[)）]")


# the body a report ends signed off by, in brackets on its last line (（某县人民医院办公室）)
_SIGN_OFF = re.compile(r"^\s*[（(]\s*([\u4e00-\u9fff]{4,40})\s*[)）]\s*$")


# or its last line opening with that body, then the credits of its text or pictures (某县人民医院　文/某某　图/某某)
_CREDITED_FOOT = re.compile(r"^\s*([\u4e00-\u9fff]{4,30})[ \u3000]+(?:文|图|摄影|撰稿|供稿|通讯员|编辑)\s*[/／:：]")


# a report opening with the body it comes from and its correspondent, in brackets: （某县人民医院 通讯员 某某）
_CORRESPONDENT = re.compile(r"^\s*[（(]\s*([^\s（）()：:]{2,40}?)\s+(?:通讯员|记者|撰稿人?)")


# a public account's line over a post: its name, the time, and where it was posted from (某县人民医院　2024-05-12
# 08:30　发表于某省), or with the province alone or nothing after the date and time, the line ending there
# (某县人民医院　2024年01月09日 17:32　某省, 某医院　2024-12-27); an author's name may stand between the account's
# and the time (原创　某县人民医院　某某　2023-06-21 18:05　发表于某省)
_ACCOUNT_LINE = re.compile(
    r"^\s*(?:原创\s*)?([^\s:：|]{2,40}?)(?:\s+[^\s:：|\d]{2,20})?\s+\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?"
    r"(?:\s*发表于|(?:\s+[\u4e00-\u9fff]{2,8})?\s*$)"
)


def is_account_line(line: str) -> bool:
    """Whether a line is a post's line of its account, its time and place (原创　某医院　2024-05-12 18:30　某省):
    it names the page's owner, no one in it is a person of the article."""
    return _ACCOUNT_LINE.match(line) is not None


# a report's opening that names who wrote it, as outlets do (某县人民医院讯　6月12日，…; 某医院讯（通讯员 某某）)
_DATELINE = re.compile(r"^\s*([\u4e00-\u9fff]{4,30}?)讯(?=[\s（(]|\d)")


# a line under the title that gives the publisher (and its office), then the date (某县人民医院　2022-03-15　浏览量：
# 2108; 某医院　党委宣传部　2023-12-18)
_PUBLISHER_LINE = re.compile(
    r"^\s*([\u4e00-\u9fff]{4,30})(?:[\s\u3000]+[\u4e00-\u9fff]{2,10})?[\s\u3000]+\d{4}\s*[-./年]\s*\d{1,2}"
)


def owner_values(text: str) -> list[str]:
    """What a page's footer names as the site's owner (版权所有：某县人民政府)."""
    return [m.group(1) for m in site_owner().finditer(text[-FOOTER_CHARS:])]


def signature_values(text: str) -> list[str]:
    """The body a notice ends signed by (落款: its name on a line of its own, the date on the last line), or the
    office a report ends credited to, in brackets on a line of its own (（某医院 办公室）)."""
    lines = [line.strip() for line in text[-FOOTER_CHARS:].splitlines() if line.strip()]
    # (its head's post and name may stand between: 某县人民医院 / 院长：某某 / 2024年3月15日)
    if len(lines) >= 3 and _HEAD_SIGNING.fullmatch(lines[-2]):
        lines = [*lines[:-2], lines[-1]]
    if len(lines) >= 2 and _DATE_LINE.fullmatch(lines[-1]) and _SIGNER_LINE.fullmatch(lines[-2]):
        return [lines[-2]]
    credit = _CREDIT_LINE.fullmatch(lines[-1]) if lines else None
    return ["".join(credit.group(1).split())] if credit else []


_DATE_LINE = re.compile(
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日"
)
_SIGNER_LINE = re.compile(r"[\u4e00-\u9fff（）()]{4,30}")
_HEAD_SIGNING = re.compile(r"[\u4e00-\u9fff]{1,8}[:：]\s*[\u4e00-\u9fff·]{2,8}")
_CREDIT_LINE = re.compile(r"[（(]([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{3,30})[)）]")


def account_values(text: str) -> list[str]:
    """The names a text gives as the holder of an official account or site (通过“某某医院”微信公众号预约,
    关注某某医院官方微信): an article's own institution tells readers where to find it."""
    return [m.group(1) for m in _ACCOUNT.finditer(text)]


_ACCOUNT = re.compile(r"[“\"]([\u4e00-\u9fff]{4,30})[”\"](?:微信公众号|官方微信|公众号|官方网站|官网)")


def byline_values(text: str) -> list[str]:
    """The outlets an article's start or end names in a byline (（某县融媒体中心 记者 某某）, 某市日报讯)."""
    head = "\n".join(text[:HEADER_CHARS].splitlines()[:HEADER_LINES])
    return [m.group(1) for part in (head, text[-FOOTER_CHARS:]) for m in _byline().finditer(part)]


@cache
def _byline() -> re.Pattern:
    outlets = sorted((w for w in read_lines("newsroom_words.txt") if len(w) >= 2), key=len, reverse=True)
    # (the outlet ends the byline's first part: 某市日报讯, （某县融媒体中心 记者…）; not a sentence about outlets,
    # 某省卫视、某市晚报等多家媒体进行了报道)
    return re.compile(
        rf"(?:^|[（(])\s*([\u4e00-\u9fff]{{2,16}}?(?:{'|'.join(map(re.escape, outlets))}))(?=讯|记者|\s|[)）]|$)", re.M
    )


def own_places(doc: Document) -> list[str]:
    """The finest place of each body the page's footer names as the site's owner, then of each its source line,
    a byline or a notice's signature names (an outlet or an office named after its place: 来源：某县融媒体中心,
    not a person)."""
    return list(_own_places(doc.text))


@lru_cache(maxsize=8)  # asked for every generic name and reference of the same article
def _own_places(text: str) -> tuple[str, ...]:
    return (
        *_leading_places(owner_values(text), whole_name=False),
        *_leading_places(source_values(text) + byline_values(text) + signature_values(text), whole_name=True),
    )


def _leading_places(values: list[str], whole_name: bool) -> list[str]:
    """The finest of the places each value opens with (中共某市某区委: the party committee of the place); with
    ``whole_name``, only a place written with its level (某县) or a province's or prefecture's name, and followed by
    the name of what it owns."""
    gz = gazetteer()
    out = []
    for value in values:
        value = value.removeprefix(_PARTY)
        codes: list[str] = []
        pos = 0
        for match in gz.scan(value):
            code = gz.resolve(match, set(codes))
            if match.start != pos or code is None or (codes and not gz.is_within(code, codes[-1])):
                break
            if whole_name and not match.strong:
                break
            codes.append(code)
            pos = match.end
        if codes and (not whole_name or len(value) - pos >= 2):
            out.append(codes[-1])
    return out


# the characters that point at a place rather than name it (我县, 本市, 该县)
REFERENCE_CHARACTERS = "我本该"
_PLACE_WORD = re.compile(rf"([{REFERENCE_CHARACTERS}])(省|自治区|市|州|盟|地区|县|区|旗)")
_PLACE_WORD_START = re.compile(f"[{REFERENCE_CHARACTERS}]")  # most sentences hold none: one quick search says so


def place_references(
    doc: Document, named: list[list[Mention]], inside: list[list[tuple[int, int]]]
) -> list[list[Mention]]:
    """For each sentence, the places it names by 我县, 本市, 该县 and the like.

    我县 / 本市: the article's own place of that level (the finest of its lineage whose name ends so), or, where
    its page names no place of its own, the one such place among those the article names. 该县: the last such
    place named before it. ``named``: each sentence's parties and institutions (the places they hold); not inside
    an institution's name (``inside``: each sentence's spans of them, offsets into the sentence)."""
    gz = gazetteer()
    out: list[list[Mention]] = []
    for i, sentence in enumerate(doc.sentences):
        found = []
        for m in _PLACE_WORD.finditer(sentence.text) if _PLACE_WORD_START.search(sentence.text) else ():
            if any(a <= m.start(2) < b for a, b in inside[i]):
                continue
            start = sentence.start + m.start()
            if m.group(1) == "该":
                # only where it may be a party: 该县地处…, 该县是…重点帮扶县 describe the place, and its antecedent
                # may be wrong
                code = that_place(named, start, m.group(2)) if find_triggers(sentence.text, 0) else None
            else:
                owned = own_places(doc)
                every = [c for ms in named for x in ms for c in x.places] if not owned else []
                code = _own_of_level(owned or every, m.group(2), several=not owned)
            if code is None:
                continue
            place = gz.places[code]
            found.append(Mention(place.level, m.group(), start, start + len(m.group()), i, code, code, [code]))
        out.append(found)
    return out


def is_place_reference(mention: Mention) -> bool:
    """Whether a mention is a place named by a word (我县, 该县) rather than by its name."""
    return _PLACE_WORD.fullmatch(mention.surface) is not None


def that_place(named: list[list[Mention]], before: int, ending: str) -> str | None:
    """The place of the lineages of the mentions last named before offset ``before`` whose name ends with
    ``ending`` (该县 after 某县人民医院: that county)."""
    gz = gazetteer()
    for mention in sorted((m for ms in named for m in ms if m.end <= before), key=lambda m: m.start, reverse=True):
        # where it stands, not what its name holds (宁南医院 is no hospital of a county named 宁南)
        for place in reversed(gz.lineage(mention.region) if mention.region else []):
            if place.name.endswith(ending):
                return place.code
    return None


def _own_of_level(places: list[str], ending: str, several: bool) -> str | None:
    """The place of the lineages of ``places`` whose name ends with ``ending``, the finest of each lineage; with
    ``several`` (places the article names, not its own), only where they hold one such place."""
    gz = gazetteer()
    found = []
    for code in places:
        for place in reversed(gz.lineage(code)):
            if place.name.endswith(ending):
                found.append(place.code)
                break
    distinct = list(dict.fromkeys(found))
    if not distinct or (several and len(distinct) > 1):
        return None
    return distinct[0]
